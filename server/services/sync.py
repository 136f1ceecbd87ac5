"""The sync protocol's server side: push (commands up) and pull (rows down).

Push applies a batch in one transaction that starts by locking the tenant
(:func:`server.services.seq.lock_tenant`), so the commands decide on data no
concurrent writer of the tenant can change before the batch commits. Each
command runs in its own savepoint: a refused or failed one is rolled back to it
and answered on its own (a domain error with the current server rows it
concerns) while the others apply. Idempotent: the first answer is kept in
``command_log`` and a repeat of the id, in a later batch or the same one, gets
it unchanged. Answers leave once the batch committed; a batch that cannot
commit applied nothing. Within the batch the tenant's seqs are counted in
memory (:class:`server.services.database.SeqBlock`), a new row's id is left to
the primary key (a refused command runs again with the guard's check, for its
usual answer), the log entries are written in one statement at the end, and
commands are first tried :data:`GROUP` at a time in one savepoint and one flush:
a group in which anything is refused, or a command changes a row an earlier one
answers with, is rolled back and runs command by command, each in its savepoint.

Pull reads changes after a cursor (the last ``server_seq`` seen) in seq
order. Seq assignment (:mod:`server.services.seq`) makes seq order commit
order, so ``seq > cursor`` never skips a row. The cursor also names the
reader's view (:func:`server.services.scope.view_key`): when what the reader may
see changed, the next pull starts over with ``"reset": true`` (:func:`pull_view`).
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
import time
import uuid
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Annotated, Any, cast

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import Table, bindparam, event, literal, select, union_all
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from models import validators
from models.commands import Actor, Command, Outcome, from_envelope, rows_of
from models.commands.base import collector_paused
from models.errors import DomainError, ValidationError
from models.ids import utcnow
from models.visibility import PERSONAL_COLUMNS
from server.i18n import N_
from server.services import scope
from server.services.auth import Principal
from server.services.database import NEW_IDS_BY_KEY, Database, SeqBlock
from server.services.effects import run_effects
from server.services.rows import (
    concerned_values,
    redact_columns,
    redact_result,
    rows_json,
    visible_tables,
)
from server.services.seq import current_seq, from_before_restore, lock_tenant
from server.settings import Settings
from server.tables import CommandLog

log = logging.getLogger("kansli.sync")

MAX_PUSH = 500
#: Commands of a push applied together in one savepoint and one flush (``_Batch.push_group``);
#: a group with a refusal runs again command by command, each in its own savepoint.
GROUP = 50
DEFAULT_PULL_LIMIT = 1000
MAX_PULL_LIMIT = 5000
_COMMAND_LOG = cast(Table, CommandLog.__table__)
_CURSOR = re.compile(r"[0-9]{1,18}")
_VIEW_CURSOR = re.compile(r"v([0-9a-f]{12})\.([0-9]{1,18})")


# -- push -------------------------------------------------------------------------


def _rejected(
    command_id: Any,
    code: str,
    message: str,
    details: Mapping[str, Any] | None = None,
    rows: dict[str, list[dict[str, Any]]] | None = None,
) -> dict[str, Any]:
    return {
        "id": command_id,
        "status": "rejected",
        "code": code,
        "message": message,
        "details": dict(details or {}),
        "rows": rows or {},
    }


def _is_uuid(value: Any) -> bool:
    """A UUID as clients write it: 36 characters, the canonical form in any case."""
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        return str(uuid.UUID(value)) == value.lower()
    except ValueError:
        return False


def _uuid_text(value: str) -> str:
    if not _is_uuid(value):
        raise ValueError("not a UUID")
    return value


class CommandEnvelope(BaseModel):
    """A pushed command as it travels (CONTRACTS.md "Commands"). Each envelope of a push
    is checked on its own, so a bad one is rejected naming its field while the others
    still apply; ``args`` are the command's own business (:func:`models.commands.build`)."""

    model_config = ConfigDict(strict=True, extra="allow")

    id: Annotated[str, AfterValidator(_uuid_text)]
    name: str = Field(max_length=80)
    version: int = Field(gt=0, lt=10_000)
    args: Any = None
    issued_at: str | None = None


#: What each envelope field must be, in the order the problems are told (``N_``: the
#: texts of the ValidationErrors they become stay in the web pages' catalog).
ENVELOPE_PROBLEMS = {
    "id": "The command id must be a UUID",
    "name": N_("Command name must be a text of at most 80 characters"),
    "version": N_("Command version must be a positive integer"),
    "issued_at": N_("issued_at must be an ISO-8601 text"),
}


def envelope_problems(env: Mapping[str, Any]) -> dict[str, str]:
    """The envelope's wrong fields (:class:`CommandEnvelope`), each with what it must be."""
    try:
        CommandEnvelope.model_validate(dict(env))
    except PydanticValidationError as exc:
        wrong = {str(error["loc"][0]) for error in exc.errors() if error["loc"]}
        return {name: text for name, text in ENVELOPE_PROBLEMS.items() if name in wrong}
    return {}


def parse_command(
    env: Mapping[str, Any], problems: Mapping[str, str] | None = None
) -> Command[Any]:
    """Rebuild a pushed command; every problem is a ValidationError naming the field.

    ``problems``: the envelope's :func:`envelope_problems` when the caller has them.
    """
    if problems is None:
        problems = envelope_problems(env)
    for name in ("name", "version"):
        if name in problems:
            raise ValidationError(problems[name], field=name)
    # Depth, size, integers and control characters bounded before anything walks the rest.
    for key, value in env.items():
        validators.check_json(value, field=str(key))
    if "issued_at" in problems:
        raise ValidationError(problems["issued_at"], field="issued_at")
    try:
        return from_envelope(env)
    except (ValueError, TypeError, OverflowError) as exc:
        raise ValidationError(
            "issued_at is not an ISO-8601 date and time", field="issued_at"
        ) from exc


def _version(env: Mapping[str, Any]) -> int | None:
    """The envelope's version when it is one a command can have (1-9999), else None."""
    version = env.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or not 0 < version < 10_000:
        return None
    return version


class _FifoLock:
    """A lock handed to its waiters in the order they came, at once on release."""

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._held = False
        self._waiters: deque[threading.Event] = deque()

    def acquire(self, timeout: float) -> bool:
        with self._mutex:
            if not self._held and not self._waiters:
                self._held = True
                return True
            turn = threading.Event()
            self._waiters.append(turn)
        if turn.wait(timeout):
            return True
        with self._mutex:
            if turn.is_set():  # handed over as the wait ended
                return True
            self._waiters.remove(turn)
            return False

    def release(self) -> None:
        with self._mutex:
            if self._waiters:
                self._waiters.popleft().set()  # the lock passes to the next, still held
            else:
                self._held = False


_SQLITE_WRITERS: dict[str, _FifoLock] = {}
_SQLITE_WRITERS_GUARD = threading.Lock()
#: How long a push waits for its turn before it relies on SQLite's own lock alone.
_TURN_TIMEOUT = 30.0


@contextlib.contextmanager
def _writer_turn(db: Database) -> Iterator[None]:
    """On SQLite, pushes of this process take their turn at the database's one write
    lock in the order they came (:class:`_FifoLock`).

    The write lock itself (``BEGIN IMMEDIATE``, :func:`server.services.seq.lock_tenant`)
    is still what excludes writers; but SQLite's waiters poll it with sleeps of up
    to 100 ms, so under load the lock passed late and unfairly: at 30 clients a
    push waited 0.5 s on average and 4.4 s at p99 for a lock held ~40 ms a command
    (bench ``many-clients``). Waiting here first, the next push starts the moment
    the previous one ends. PostgreSQL queues lock waiters itself: nothing to do.
    """
    if db.engine.dialect.name != "sqlite":
        yield
        return
    key = str(db.engine.url)
    with _SQLITE_WRITERS_GUARD:
        lock = _SQLITE_WRITERS.setdefault(key, _FifoLock())
    turn = lock.acquire(_TURN_TIMEOUT)
    try:
        yield
    finally:
        if turn:
            lock.release()


class Restored(Exception):
    """A push from a client whose pull cursor is from before the database was restored
    (:func:`cursor_before_restore`): nothing of it is applied. The client first sends
    again what the restore lost (its older work), then this push (``409 restored``)."""


class _IdTaken(Exception):
    """The command log already holds the id: another tenant's push logged it first."""


class _Regroup(Exception):
    """A group of commands must run command by command after all."""


def _written(row: Any) -> dict[str, Any]:
    """A row's loaded values as a command left them (without what the flush sets): a flat
    copy of the object's attributes, cheaper than reading each column."""
    values = dict(row.__dict__)
    for key in ("_sa_instance_state", "server_seq", "updated_at"):
        values.pop(key, None)
    return values


class _Answered:
    """The rows a group's commands answer with, as each command left them.

    Before every flush of the group, the rows it writes are compared with that: a
    difference is a later command's change (:attr:`changed`). The flush itself then
    sets what it sets (a new row's defaults), and that is taken as the row's values.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.seen: list[tuple[Any, dict[str, Any]]] = []
        self.changed = False
        self._flushed: list[int] = []
        event.listen(session, "before_flush", self._before_flush)
        event.listen(session, "after_flush_postexec", self._after_flush)

    def add(self, rows: Sequence[Any]) -> None:
        self.seen.extend((row, _written(row)) for row in rows)

    def _before_flush(self, session: Session, *_: Any) -> None:
        writes = {id(o) for o in session.new} | {id(o) for o in session.dirty}
        self._flushed = [i for i, (row, _) in enumerate(self.seen) if id(row) in writes]
        if any(_written(self.seen[i][0]) != self.seen[i][1] for i in self._flushed):
            self.changed = True

    def finish(self) -> bool:
        """Whether a later command changed a row an earlier one answers with; called
        before the group's last flush (nothing to follow it up after)."""
        self.close()
        self._before_flush(self.session)
        return self.changed

    def _after_flush(self, session: Session, *_: Any) -> None:
        for i in self._flushed:
            row = self.seen[i][0]
            self.seen[i] = (row, _written(row))

    def close(self) -> None:
        if event.contains(self.session, "before_flush", self._before_flush):
            event.remove(self.session, "before_flush", self._before_flush)
            event.remove(self.session, "after_flush_postexec", self._after_flush)


class _LogRace(Exception):
    """The batch's log entries, written at its end, met an id logged meanwhile."""


@dataclass
class _Batch:
    """One push request's commands in their one transaction."""

    session: Session
    principal: Principal
    actor: Actor
    settings: Settings
    #: Command id -> (tenant, user, first answer): logged before the batch or in it.
    logged: dict[str, tuple[str, str, Any]]
    #: The log entries of the batch's commands, written at its end in one statement; with
    #: None, each is written in its command's savepoint (:func:`_push_batch`, ``careful``).
    logs: list[dict[str, Any]] | None

    def entry(self, cmd_id: str, env: Mapping[str, Any], result: dict[str, Any]) -> dict[str, Any]:
        return {
            "command_id": cmd_id,
            "tenant_id": self.principal.tenant_id,
            "user_id": self.principal.user_id,
            "name": str(env.get("name"))[:80],
            "version": _version(env) or 0,
            "status": result["status"],
            "result": result,
            "received_at": utcnow(),
        }

    def write_now(self, cmd_id: str, env: Mapping[str, Any], result: dict[str, Any]) -> None:
        """Log ``result`` as the command's first answer now, in the caller's savepoint
        (a plain INSERT: the entry is no row the session needs to track)."""
        try:
            self.session.connection().execute(
                _COMMAND_LOG.insert(), self.entry(cmd_id, env, result)
            )
        except IntegrityError:
            raise _IdTaken from None

    def answer(self, cmd_id: str, outcome: Outcome) -> dict[str, Any]:
        """An applied command's answer: the rows it concerns, in the principal's scope.

        Call it once the command is flushed (``server_seq`` assigned): the rows are the
        session's own objects (held by :func:`_keep_rows`) or those it wrote in bulk, not
        read again.
        """
        session, principal = self.session, self.principal
        concerned = rows_of(session, outcome.concerns, outcome.written)
        rows = rows_json(
            scope.in_scope(session, principal, concerned),
            tenant_id=principal.tenant_id,
            reader=principal,
        )
        return {"id": cmd_id, "status": "applied", "rows": rows}

    def refusal(
        self, cmd_id: str, env: Mapping[str, Any], result: dict[str, Any]
    ) -> dict[str, Any]:
        """A refusal logged as the command's first answer."""
        if self.logs is not None:
            self.logs.append(self.entry(cmd_id, env, result))
        else:
            with self.session.begin_nested():
                self.write_now(cmd_id, env, result)
        return result

    def applied(
        self, cmd: Command[Any], env: Mapping[str, Any], timings: dict[str, float]
    ) -> dict[str, Any]:
        """Apply ``cmd`` in a savepoint with its effects and answer; a refusal (DomainError,
        a database error) rolls the savepoint back and is raised."""
        session, principal = self.session, self.principal
        with session.begin_nested():
            mark = time.perf_counter()
            outcome = cmd.apply(session, self.actor)
            scope.require_concerns_visible(session, principal, outcome.concerns)
            timings["apply"] = time.perf_counter() - mark
            mark = time.perf_counter()
            run_effects(
                session=session,
                actor=self.actor,
                settings=self.settings,
                effects=outcome.effects,
                command_id=cmd.id,
            )
            timings["effects"] = time.perf_counter() - mark
            mark = time.perf_counter()
            # Flushed by now (the command's and the effects' flush, server_seq assigned).
            result = self.answer(cmd.id, outcome)
            if self.logs is None:
                self.write_now(cmd.id, env, result)
            timings["rows"] = time.perf_counter() - mark
        if self.logs is not None:
            self.logs.append(self.entry(cmd.id, env, result))
        return result

    def run(
        self, env: Mapping[str, Any], problems: Mapping[str, str], timings: dict[str, float]
    ) -> dict[str, Any]:
        """Run one command in its savepoint and log its first answer.

        Applied: the command's rows, effects and answer are released together.
        Refused: the savepoint is rolled back and the refusal, with the server's
        current rows, is logged.
        """
        session, principal = self.session, self.principal
        cmd_id = str(env["id"])
        try:
            mark = time.perf_counter()
            cmd = parse_command(env, problems)
            timings["parse"] = time.perf_counter() - mark
        except DomainError as exc:
            return self.refusal(cmd_id, env, _rejected(cmd_id, exc.code, exc.message, exc.details))
        if not cmd.pushable:
            result = _rejected(cmd_id, "forbidden", f"{cmd.name} cannot be sent by a client")
            return self.refusal(cmd_id, env, result)
        try:
            try:
                return self.applied(cmd, env, timings)
            except (DataError, IntegrityError):
                # The fast way leaves a taken id to the primary key (``NEW_IDS_BY_KEY``):
                # run the command again with every check of the flush, for the usual answer.
                session.info[NEW_IDS_BY_KEY] = False
                try:
                    return self.applied(cmd, env, timings)
                finally:
                    session.info[NEW_IDS_BY_KEY] = True
        except DomainError as exc:
            session.expire_all()
            grouped = scope.in_scope(session, principal, rows_of(session, exc.concerns))
            rows = rows_json(grouped, tenant_id=principal.tenant_id, reader=principal)
            result = redact_result(
                principal,
                _rejected(cmd_id, exc.code, exc.message, exc.details, rows),
                concerned_values(grouped),
            )
        except (DataError, IntegrityError) as exc:
            # The guards should have caught it; a database refusal is still the
            # command's fault, not the server's.
            log.warning(
                "command refused by the database",
                extra={"fields": {"command": cmd.name, "error": type(exc.orig).__name__}},
            )
            session.expire_all()
            result = _rejected(cmd_id, "invalid", "The database refused a value of this command")
        return self.refusal(cmd_id, env, result)

    def push(
        self, env: Mapping[str, Any], problems: Mapping[str, str], timings: dict[str, float]
    ) -> dict[str, Any]:
        """One command of the batch: its first answer when the id is logged, else run."""
        cmd_id = str(env["id"])
        first = self.logged.get(cmd_id)
        if first is not None:
            tenant_id, user_id, answer = first
            if (tenant_id, user_id) != (self.principal.tenant_id, self.principal.user_id):
                return _rejected(
                    cmd_id, "invalid", "This command id was already used", {"field": "id"}
                )
            return scope.result_in_scope(self.session, self.principal, dict(answer))
        try:
            result = self.run(env, problems, timings)
        except _IdTaken:
            # Another tenant's push of the same id won the race for the command log; the
            # command's savepoint is rolled back.
            return _rejected(cmd_id, "invalid", "This command id was already used", {"field": "id"})
        except OperationalError:
            raise
        except Exception:
            log.exception(
                "command failed",
                extra={"fields": {"command_id": cmd_id, "name": str(env.get("name"))[:80]}},
            )
            return _rejected(
                cmd_id,
                "internal_error",
                "The server failed to apply this command; it was not applied",
            )
        self.logged[cmd_id] = (self.principal.tenant_id, self.principal.user_id, result)
        return result

    def push_group(
        self, items: Sequence[tuple[Mapping[str, Any], Mapping[str, str], dict[str, float]]]
    ) -> list[dict[str, Any]] | None:
        """The commands of ``items`` applied in one savepoint with one flush, or None (and
        nothing of them applied) when any of them needs its own savepoint: one that
        is refused or fails (or their flush is), a repeated id, an envelope that does
        not parse. The unit of work's fixed cost was most of a small command's time.
        """
        session, principal = self.session, self.principal
        ids = [str(env["id"]) for env, _, _ in items]
        if len(set(ids)) < len(ids) or any(cmd_id in self.logged for cmd_id in ids):
            return None
        cmds: list[Command[Any]] = []
        for env, problems, timings in items:
            mark = time.perf_counter()
            try:
                cmd = parse_command(env, problems)
            except DomainError:
                return None
            timings["parse"] = time.perf_counter() - mark
            if not cmd.pushable:
                return None
            cmds.append(cmd)
        answered = _Answered(session)
        try:
            with session.begin_nested():
                outcomes = []
                for cmd, (_, _, timings) in zip(cmds, items, strict=True):
                    mark = time.perf_counter()
                    outcome = cmd.apply(session, self.actor, flush=False)
                    scope.require_concerns_visible(session, principal, outcome.concerns)
                    answered.add(outcome.rows)
                    if outcome.effects:
                        run_effects(
                            session=session,
                            actor=self.actor,
                            settings=self.settings,
                            effects=outcome.effects,
                            command_id=cmd.id,
                        )
                    timings["apply"] = time.perf_counter() - mark
                    outcomes.append(outcome)
                if answered.finish():
                    # A row one command answers with was changed by a later one: each
                    # command's answer must be the row as that command left it.
                    raise _Regroup
                session.flush()
                results = []
                for cmd, outcome, (_, _, timings) in zip(cmds, outcomes, items, strict=True):
                    mark = time.perf_counter()
                    results.append(self.answer(cmd.id, outcome))
                    timings["rows"] = time.perf_counter() - mark
        except OperationalError:
            raise
        except Exception:  # rolled back to the group's savepoint: each on its own now
            return None
        finally:
            answered.close()
        assert self.logs is not None
        for cmd, (env, _, _), result in zip(cmds, items, results, strict=True):
            self.logs.append(self.entry(cmd.id, env, result))
            self.logged[cmd.id] = (principal.tenant_id, principal.user_id, result)
        return results

    def write_logs(self) -> None:
        """Write the batch's log entries (outside every savepoint, before the commit)."""
        if not self.logs:
            return
        try:
            self.session.connection().execute(_COMMAND_LOG.insert(), self.logs)
        except IntegrityError:
            raise _LogRace from None


def _first_answers(session: Session, ids: Sequence[str]) -> dict[str, tuple[str, str, Any]]:
    """Command id -> (tenant, user, first answer) of the ids the command log holds."""
    if not ids:
        return {}
    found = session.execute(
        select(
            CommandLog.command_id, CommandLog.tenant_id, CommandLog.user_id, CommandLog.result
        ).where(CommandLog.command_id.in_(sorted(set(ids))))
    )
    return {str(row[0]): (str(row[1]), str(row[2]), row[3]) for row in found}


def push(
    *,
    db: Database,
    principal: Principal,
    settings: Settings,
    envelopes: Sequence[Mapping[str, Any]],
    cursor: str | None = None,
) -> list[dict[str, Any]]:
    """Apply a batch of commands in order; one result per command (CONTRACTS.md), each as
    the principal may read it (``rows.redact_result``).

    ``cursor``: the client's pull cursor. One from before a restore of the database
    raises :class:`Restored` (checked under the tenant's lock) and nothing is applied.

    One transaction for the batch, under the tenant's lock, each command in its own
    savepoint: a refused or failed command is rolled back to it and answered on its
    own while the others apply. The answers are given once the batch committed; if
    the commit fails, nothing of the batch was applied.
    """
    results: list[dict[str, Any]] = []
    todo: list[tuple[int, Mapping[str, Any], dict[str, str]]] = []
    for index, env in enumerate(envelopes):
        problems = envelope_problems(env)
        if "id" in problems:
            cmd_id = env.get("id")
            shown = cmd_id if isinstance(cmd_id, str) and len(cmd_id) <= 100 else None
            results.append(_rejected(shown, "invalid", ENVELOPE_PROBLEMS["id"], {"field": "id"}))
        else:
            results.append({})
            todo.append((index, env, problems))
    if todo:
        # The collector paused meanwhile (as the client's execute_many does): an import's
        # push makes ~10^5 objects that live until its commit, and the collector walked them
        # again and again (2 s of a 10,000-row push's 9).
        with collector_paused():
            answers = _push_batch(
                db, principal, settings, [(env, p) for _, env, p in todo], cursor=cursor
            )
        for (index, _, _), answer in zip(todo, answers, strict=True):
            results[index] = answer
    return [redact_result(principal, result) for result in results]


def _keep_rows(session: Session) -> None:
    """Hold every row the batch writes or reads until it ends: the session's identity map
    holds them only weakly, and a command's answer (:func:`models.commands.rows_of`) or a
    later command of the batch then finds them there instead of reading them again."""
    kept: list[object] = []
    event.listen(session, "pending_to_persistent", lambda _s, row: kept.append(row))
    event.listen(session, "loaded_as_persistent", lambda _s, row: kept.append(row))


def _push_batch(
    db: Database,
    principal: Principal,
    settings: Settings,
    batch: Sequence[tuple[Mapping[str, Any], Mapping[str, str]]],
    *,
    careful: bool = False,
    cursor: str | None = None,
) -> list[dict[str, Any]]:
    """The commands of ``batch`` in one transaction, each in its savepoint (:class:`_Batch`).

    Their log entries are written at the end in one statement. An id logged meanwhile
    by another tenant's push (looked for at the start, under the tenant's lock; only
    another tenant can log it concurrently) makes that statement fail: the batch is
    then rolled back whole and runs again ``careful``ly, each entry written in its
    command's savepoint, so that command alone is refused.
    """
    started = time.perf_counter()
    # Where the time goes (the log lines' fields): the batch's wait for the tenant's lock
    # (``queue``: the SQLite writers' turn; ``begin``; ``lock``) and its ``commit`` (with
    # the log entries) are told on its first command's line; every command's own parse,
    # apply, effects and rows (its answer) on its own.
    shared: dict[str, float] = {}
    timings: list[dict[str, float]] = [{} for _ in batch]
    spent: list[float] = []
    try:
        with _writer_turn(db):
            shared["queue"] = time.perf_counter() - started
            with db.transaction() as session:
                shared["begin"] = time.perf_counter() - started - shared["queue"]
                mark = time.perf_counter()
                lock_tenant(session, principal.tenant_id)
                shared["lock"] = time.perf_counter() - mark
                if cursor_before_restore(session, principal.tenant_id, cursor):
                    raise Restored()
                seqs = SeqBlock.open(session, principal.tenant_id)
                session.info[NEW_IDS_BY_KEY] = True
                _keep_rows(session)
                run = _Batch(
                    session=session,
                    principal=principal,
                    actor=principal.actor(),
                    settings=settings,
                    logged=_first_answers(session, [str(env["id"]) for env, _ in batch]),
                    logs=None if careful else [],
                )
                results: list[dict[str, Any]] = []
                for start in range(0, len(batch), GROUP):
                    chunk = range(start, min(start + GROUP, len(batch)))
                    mark = time.perf_counter()
                    group = [(*batch[i], timings[i]) for i in chunk]
                    answers = None if careful else run.push_group(group)
                    if answers is not None:
                        results.extend(answers)
                        spent.extend([(time.perf_counter() - mark) / len(chunk)] * len(chunk))
                        continue
                    for env, problems, own in group:
                        mark = time.perf_counter()
                        results.append(run.push(env, problems, own))
                        spent.append(time.perf_counter() - mark)
                done = time.perf_counter()
                run.write_logs()
                seqs.close(session)
            shared["commit"] = time.perf_counter() - done
    except _LogRace:
        log.info("push runs again: a command id was logged meanwhile")
        return _push_batch(db, principal, settings, batch, careful=True, cursor=cursor)
    except (OperationalError, Restored):
        raise
    except Exception:
        log.exception("push failed", extra={"fields": {"commands": len(batch)}})
        return [
            _rejected(
                str(env["id"]),
                "internal_error",
                "The server failed to apply this command; it was not applied",
            )
            for env, _ in batch
        ]
    for index, ((env, _), result) in enumerate(zip(batch, results, strict=True)):
        waited = shared if index == 0 else dict.fromkeys(shared, 0.0)
        took = spent[index] + sum(waited.values())
        own = {**waited, **timings[index]}
        log.info(
            "command %s",
            result["status"],
            extra={
                "fields": {
                    "command_id": env["id"],
                    "name": str(env.get("name"))[:80],
                    "code": result.get("code"),
                    "tenant_id": principal.tenant_id,
                    "user_id": principal.user_id,
                    "batch": len(batch),
                    "ms": round(took * 1000, 2),
                    **{f"{k}_ms": round(v * 1000, 2) for k, v in own.items()},
                }
            },
        )
    return results


# -- status of pushed commands -------------------------------------------------------

#: The code of the answer logged for a command the client took back (``status`` with
#: ``withdraw``) before the server had it: a later push of that id gets this refusal.
WITHDRAWN = "withdrawn"
MAX_STATUS = 500


def status(
    *,
    db: Database,
    principal: Principal,
    ids: Sequence[str],
    withdraw: bool = False,
    light: bool = False,
) -> list[dict[str, Any]]:
    """What the server did with the principal's own commands ``ids``, in the order asked.

    For each id the first answer the server logged (the same result a repeated push
    gets, redacted for the reader: :func:`server.services.rows.redact_result`), or
    ``{"id", "status": "unknown"}`` when the server has no answer of this user for it
    (never applied, or another user's id: nothing is told about others' commands).

    With ``withdraw`` an unknown id is settled as taken back: in the tenant's lock,
    the same lock every push of the tenant takes before it looks in the command log,
    the refusal ``withdrawn`` is logged as the id's first answer, so a push of it
    still on the way (an answer lost, a request slow) can no longer apply it. The
    answer is then that refusal and the client may drop the command locally.

    ``light``: each answer only ``{"id", "status"}``, no rows read (a client asking which
    of its sent commands a restore lost).
    """
    try:
        return _status(db=db, principal=principal, ids=ids, withdraw=withdraw, light=light)
    except IntegrityError:
        # Another tenant's push took one of the ids meanwhile: ask again (it is now
        # logged, and answered as unknown to this user).
        return _status(db=db, principal=principal, ids=ids, withdraw=withdraw, light=light)


def _status(
    *, db: Database, principal: Principal, ids: Sequence[str], withdraw: bool, light: bool
) -> list[dict[str, Any]]:
    for value in ids:
        if not _is_uuid(value):
            raise ValidationError("Every id must be a command id (a UUID)", field="ids")
    results: list[dict[str, Any]] = []
    with db.transaction() as session:
        if withdraw:
            lock_tenant(session, principal.tenant_id)
        logged = {
            row.command_id: row
            for row in session.scalars(
                select(CommandLog).where(CommandLog.command_id.in_(list(dict.fromkeys(ids))))
            )
        }
        for cmd_id in ids:
            found = logged.get(cmd_id)
            if found is not None:
                own = (found.tenant_id, found.user_id) == (principal.tenant_id, principal.user_id)
                if own and light:
                    results.append({"id": cmd_id, "status": found.status})
                elif own:
                    result = scope.result_in_scope(session, principal, dict(found.result))
                    results.append(redact_result(principal, result))
                else:
                    results.append({"id": cmd_id, "status": "unknown"})
                continue
            if not withdraw:
                results.append({"id": cmd_id, "status": "unknown"})
                continue
            result = _rejected(
                cmd_id,
                WITHDRAWN,
                "This command was taken back before the server applied it",
            )
            entry = CommandLog(
                command_id=cmd_id,
                tenant_id=principal.tenant_id,
                user_id=principal.user_id,
                name="",
                version=0,
                status="rejected",
                result=result,
            )
            session.add(entry)
            logged[cmd_id] = entry  # the same id twice in one request: one answer
            results.append(result)
    return results


# -- pull -------------------------------------------------------------------------


def parse_view_cursor(cursor: str | None) -> tuple[str | None, int]:
    """The view key and seq a cursor stands for.

    A cursor handed out is ``v<view key>.<seq>`` (:func:`pull_view`). A plain number
    (what servers before view keys gave out) has no view: ``None``. "" and "0" are
    the start. Anything else is a ValidationError on ``cursor``.
    """
    text = (cursor or "").strip()
    if text == "":
        return None, 0
    viewed = _VIEW_CURSOR.fullmatch(text)
    if viewed is not None:
        return viewed.group(1), int(viewed.group(2))
    if not _CURSOR.fullmatch(text):
        raise ValidationError("The cursor is not one this server gave out", field="cursor")
    return None, int(text)


def parse_cursor(cursor: str | None) -> int:
    """The seq a cursor stands for; "" and "0" are the start."""
    return parse_view_cursor(cursor)[1]


def view_cursor(view: str, seq: int) -> str:
    """The cursor of ``seq`` in the view ``view`` (:func:`server.services.scope.view_key`)."""
    return f"v{view}.{seq}"


#: The cursor a client sets once it has sent again what a restore lost
#: (``sync.store.RESTART_CURSOR``): a plain number, so its pull starts over ("reset"),
#: but it is not from before the restore.
RESTART_CURSOR = "1"


def cursor_before_restore(session: Session, tenant_id: str, cursor: str | None) -> bool:
    """Whether a client's pull cursor was handed out before the database was restored
    (:func:`server.services.seq.from_before_restore`); never the restart cursor."""
    if not cursor or cursor == RESTART_CURSOR:
        return False
    _, after = parse_view_cursor(cursor)
    return after > 0 and from_before_restore(after, current_seq(session.connection(), tenant_id))


def pull_view(*, session: Session, principal: Principal, cursor: str, limit: int) -> dict[str, Any]:
    """One page of changes after the cursor ``cursor``, for the reader's current view.

    The cursor carries the view it was handed out in (:func:`scope.view_key`: tenant,
    agent scope, personal data, tables). When that is not the reader's view now
    (roles or agent scope changed since; or a plain number from before view keys,
    whose view is unknown), the page starts over from the beginning and says
    ``"reset": true``: the client replaces its cache with what follows, so rows that
    became visible arrive and rows that no longer are go away. A pull in the same
    view costs nothing more than before (the key comes from the principal, cached).
    """
    view, after = parse_view_cursor(cursor)
    current = scope.view_key(principal)
    # A cursor from before a restore of the database (server.services.seq): the reader
    # has seen changes the server lost, and seqs it passed are given out again.
    restored = cursor_before_restore(session, principal.tenant_id, cursor)
    reset = restored or (view != current and (view is not None or after > 0))
    page = pull(session=session, principal=principal, cursor=0 if reset else after, limit=limit)
    page["next_cursor"] = view_cursor(current, int(page["next_cursor"]))
    if restored:
        # The client sends again what it pushed since the backup (SyncEngine).
        page["restored"] = True
        log.warning(
            "pull starts over: the cursor is from before the database was restored",
            extra={"fields": {"tenant_id": principal.tenant_id, "user_id": principal.user_id}},
        )
    if reset:
        page["reset"] = True
        log.info(
            "pull starts over in a new view",
            extra={"fields": {"tenant_id": principal.tenant_id, "user_id": principal.user_id}},
        )
    return page


@lru_cache(maxsize=64)
def _changed_seqs(tables: tuple[Table, ...], agent_scoped: bool = False) -> Any:
    """The next changes' ``(seq, table index)`` over ``tables``, oldest first.

    One indexed range read per table (``tenant_id, server_seq``), merged. Built
    once per set of visible tables with bound parameters (``tenant``, ``after``,
    ``count``): building the 20-odd subqueries took longer than running them.
    ``agent_scoped`` adds each table's agent-scope condition (bound ``agent``).
    """
    subs = [
        select(table.c.server_seq.label("seq"), literal(index).label("t"))
        .where(
            table.c.tenant_id == bindparam("tenant"),
            table.c.server_seq > bindparam("after"),
            *([scope.pull_condition(table)] if agent_scoped else []),
        )
        .order_by(table.c.server_seq)
        .limit(bindparam("count"))
        .subquery()
        for index, table in enumerate(tables)
    ]
    merged = union_all(*[select(s.c.seq, s.c.t) for s in subs]).subquery()
    return select(merged.c.seq, merged.c.t).order_by(merged.c.seq).limit(bindparam("count"))


#: The synced tables with a personnummer column: a pulled page with their rows (the
#: personnummer not redacted) is a read of personnummer, audited (issue 23).
PERSONNUMMER_TABLES = tuple(
    sorted(name for name, columns in PERSONAL_COLUMNS.items() if "personnummer" in columns)
)


def personnummer_read(page: Mapping[str, Any]) -> dict[str, int]:
    """How many rows with a personnummer each table of a pulled ``page`` sent (the
    tables that sent none left out): what the pull route audits, one event per page."""
    changes: Mapping[str, Sequence[Mapping[str, Any]]] = page.get("changes", {})
    counts = {
        name: sum(1 for row in changes.get(name, ()) if row.get("personnummer"))
        for name in PERSONNUMMER_TABLES
    }
    return {name: n for name, n in counts.items() if n}


def personnummer_people(page: Mapping[str, Any]) -> list[str]:
    """The ids of the people whose personnummer a pulled ``page`` sent (a person row's
    own id, an alumni row's ``person_id``), sorted: what the pull's audit event names, so
    a person's register extract and the audit log find the reads of theirs."""
    changes: Mapping[str, Sequence[Mapping[str, Any]]] = page.get("changes", {})
    people = {
        str(row["id"] if name == "person" else row.get("person_id") or "")
        for name in PERSONNUMMER_TABLES
        for row in changes.get(name, ())
        if row.get("personnummer")
    }
    people.discard("")
    return sorted(people)


def pull(*, session: Session, principal: Principal, cursor: int, limit: int) -> dict[str, Any]:
    """One page of changes after ``cursor`` for the principal's tenant and roles.

    Returns Python values (datetimes, dates); the route serialises them.
    """
    tables = scope.scoped_tables(principal, visible_tables(principal.roles))
    tenant_id = principal.tenant_id
    params: dict[str, Any] = {"tenant": tenant_id, "after": cursor, "count": limit + 1}
    if principal.agent_id is not None:
        params["agent"] = principal.agent_id
    hits = session.execute(
        _changed_seqs(tuple(tables), principal.agent_id is not None), params
    ).all()
    changes: dict[str, list[dict[str, Any]]] = {}
    tombstones: dict[str, list[str]] = {}
    if not hits:
        return {
            "changes": changes,
            "tombstones": tombstones,
            "next_cursor": str(cursor),
            "has_more": False,
        }
    has_more = len(hits) > limit
    page = hits[:limit]
    upper = int(page[-1][0])
    erased: list[str] = []
    for index in sorted({int(t) for _, t in page}):
        table = tables[index]
        keys = [str(c.name) for c in table.columns]  # exact str: orjson refuses subclasses
        result = session.execute(
            select(table)
            .where(
                table.c.tenant_id == tenant_id,
                table.c.server_seq > cursor,
                table.c.server_seq <= upper,
                *scope.read_conditions(principal, table),
            )
            .order_by(table.c.server_seq)
        )
        live: list[dict[str, Any]] = []
        dead: list[str] = []
        for values in result:
            row = dict(zip(keys, values, strict=True))
            if row.get("erased_at") is not None and table.name == "person":
                erased.append(row["id"])
            if row["deleted_at"] is not None:
                dead.append(row["id"])
            else:
                live.append(redact_columns(principal, table.name, row))
        if live:
            changes[str(table.name)] = live
        if dead:
            tombstones[str(table.name)] = dead
    for name, rows in scope.companions(session, principal, changes).items():
        changes.setdefault(name, []).extend(redact_columns(principal, name, row) for row in rows)
    changes = {str(t.name): changes[str(t.name)] for t in tables if str(t.name) in changes}
    page_out: dict[str, Any] = {
        "changes": changes,
        "tombstones": tombstones,
        "next_cursor": str(upper),
        "has_more": has_more,
    }
    if erased:
        page_out["erased"] = erased
    return page_out
