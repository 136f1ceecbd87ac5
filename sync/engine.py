"""The sync engine: push the outbox, pull changes, report state (ARCHITECTURE.md, "Sync protocol").

One round of :meth:`SyncEngine.sync_once`:

1. **Push.** Outbox commands go up in order, in batches. Each answer is
   recorded in one local transaction (``ClientStore.record_push_results``):
   applied commands leave the outbox; refused ones move to the ``rejection``
   table with the server's code, message, details and rows, and are never
   dropped silently. A command whose answer was lost (cut connection,
   server restart, client killed) is simply sent again with the same id;
   the server answers a repeat with its first answer, so it has no second
   effect.
2. **Pull.** Pages of changes after the cursor, each applied with the cursor
   in one transaction, and only while the outbox is empty (the checkpoint
   rule): if the user queued a command meanwhile, the engine goes back to
   pushing first. The next page is fetched while the current one is
   written. Only two pages are ever in memory.

**Reverting refused commands (the choice made here).** Restoring "the rows
the rejection names" alone is not enough: the command may have created
rows the server never made, and later queued commands may build on its
effects. The store therefore keeps, for every row a local command touched,
the server's version of that row (its *base*, captured by triggers before
the first local write, and replaced by any row the server sends back for
it). When a command is refused, or when the outbox becomes empty, the store
*rebases* in the same transaction that records the answers: every touched
row goes back to its base (rows only local commands created are deleted),
then the commands still queued are applied again in order. A queued command
that no longer applies locally keeps no local effect and stays queued: the
server decides, and its refusal is kept like any other. The local database
is thus always "server truth as last known + effects of the queued
commands", and after a push round that emptied the outbox and a pull that
caught up it equals the server's view exactly.

**Tombstones** set ``deleted_at`` locally (soft delete, as the server does)
rather than deleting: local commands then see what the server's commands
see (``person.set_category`` revives a removed link instead of creating a
second one), and rows that refer to a deleted row keep a valid reference.
Lists filter on ``deleted_at IS NULL`` as they must anyway.

**State.** ``offline`` (server not reachable; ``offline_since`` says since
when; before the first contact the engine also reports ``offline`` with no
``offline_since``), ``syncing``, ``online`` (the last round succeeded), or
``error`` (the server refused the session or the request; ``error`` says
what). The background loop syncs every ``interval`` seconds, at once on
:meth:`trigger` or after a local write, and after failures with exponential
backoff and jitter.
"""

from __future__ import annotations

import contextlib
import logging
import random
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Literal

import orjson

from models.commands import Actor, Command, Outcome
from models.ids import utcnow
from sync.changes import Changes
from sync.client import (
    ApiError,
    AuthError,
    ClientError,
    ClientTooOld,
    ServerClient,
    ServerUnavailable,
)
from sync.recovery import is_damage
from sync.reverse import reverse_command
from sync.store import (
    RESTART_CURSOR,
    AlreadyOnServer,
    ClientStore,
    InDoubt,
    InDoubtUntilUpdated,
    StoreError,
    is_disk_full,
)

log = logging.getLogger(__name__)

#: ``local``: a database without a server (:class:`sync.local.LocalEngine`).
Status = Literal["offline", "online", "syncing", "error", "local"]

#: Commands per push request: as many as the server takes in one
#: (``server.services.sync.MAX_PUSH``), within :data:`PUSH_MAX_BYTES`; an import of
#: thousands of commands goes up in few round trips.
PUSH_BATCH = 500
#: The server's limit on a request body (``server.app.MAX_BODY_BYTES``, CONTRACTS.md).
SERVER_MAX_BODY = 20 * 1024 * 1024
#: Bytes of commands in one push request at most: batches are cut well under the
#: server's limit, so a batch of large commands is never refused as a whole.
PUSH_MAX_BYTES = 4 * 1024 * 1024
#: A command whose envelope alone is larger can never be sent (the request's own
#: framing needs a little room): it becomes a local rejection with code ``too_large``.
COMMAND_MAX_BYTES = SERVER_MAX_BODY - 4096
#: The code of a command the server answered it had taken back (``/sync/status``).
WITHDRAWN = "withdrawn"
TOO_LARGE = "too_large"
#: What the state says when the disk is full (the desktop shows its own translation).
DISK_FULL = "The disk is full: sync paused; free some space (your unsent changes are kept)"
#: What the state says when the local database is found damaged while syncing.
DAMAGED = (
    "The local database is damaged: restart Kansli to rebuild it from the server "
    "(your unsent changes are kept)"
)
#: What the state says when the server takes sync requests only from a newer client
#: (``{version}``: this one's; ``{oldest}``: the oldest it accepts); the desktop shows its own
#: translation (``SyncState.update_required``).
UPDATE_REQUIRED = (
    "This version of Kansli ({version}) is too old for the server: update Kansli to "
    "{oldest} or later (your unsent changes are kept)"
)
#: Push/pull rounds in one sync when the user keeps queueing commands meanwhile.
MAX_ROUNDS = 5
#: Ids asked about in one ``/sync/status`` (the server's limit).
STATUS_BATCH = 500


@dataclass(frozen=True)
class SyncState:
    """What the status bar shows: connection, pending and refused commands, last sync."""

    status: Status = "offline"
    pending: int = 0
    rejected: int = 0
    last_sync_at: datetime | None = None
    error: str | None = None
    offline_since: datetime | None = None
    #: The account's roles as last recorded; they change after a view reset.
    roles: frozenset[str] | None = None
    #: The last sync stopped because the disk is full (``error`` says so); the loop
    #: keeps trying with its backoff and goes on by itself once there is space.
    disk_full: bool = False
    #: The local database turned out damaged (``error`` says so): restarting rebuilds it.
    store_damaged: bool = False
    #: The server takes sync requests only from this version of Kansli or later (426
    #: ``client_too_old``; ``error`` says so): the user must update; the outbox is kept.
    update_required: str | None = None


@dataclass(frozen=True)
class SyncProgress:
    """Progress of the running sync, for a progress bar."""

    phase: Literal["push", "pull"]
    pages: int = 0
    rows: int = 0
    pushed: int = 0
    elapsed: float = 0.0

    @property
    def rate(self) -> float:
        """Rows per second pulled so far."""
        return self.rows / self.elapsed if self.elapsed > 0 else 0.0


@dataclass
class SyncReport:
    """What one :meth:`SyncEngine.sync_once` did."""

    pushed: int = 0
    applied: int = 0
    rejected: int = 0
    pulled_rows: int = 0
    pages: int = 0
    caught_up: bool = False
    cancelled: bool = False
    seconds: float = 0.0
    rejected_ids: list[str] = field(default_factory=list)
    #: The server started the view over (the account's roles or scope changed): the
    #: cache was replaced and the account's roles asked again.
    view_reset: bool = False
    #: What the sync changed in the local database: rows pulled (and tombstoned), rows
    #: the server sent with its answers, rows reverted after a refusal; ``outbox`` when
    #: answers were recorded. Everything after a view reset.
    changes: Changes = field(default_factory=Changes)


class _Cancelled(Exception):
    pass


def _roles(store: ClientStore) -> frozenset[str] | None:
    actor = store.actor()
    return actor.roles if actor is not None else None


def _page_rows(page: Mapping[str, Any]) -> int:
    changes = page.get("changes") or {}
    tombstones = page.get("tombstones") or {}
    return sum(len(v) for v in changes.values()) + sum(len(v) for v in tombstones.values())


class SyncEngine:
    """Keeps one client store in sync with the server; no Qt, thread-safe.

    ``on_state`` is called with a new :class:`SyncState` whenever it
    changes, ``on_progress`` with :class:`SyncProgress` during a sync and
    ``on_changes`` with what a sync changed locally (:attr:`SyncReport.changes`,
    once per sync that changed something, before its final state); all may be
    called from the engine's thread.
    """

    def __init__(
        self,
        store: ClientStore,
        client: ServerClient,
        *,
        on_state: Callable[[SyncState], None] | None = None,
        on_progress: Callable[[SyncProgress], None] | None = None,
        on_changes: Callable[[Changes], None] | None = None,
        page_size: int = 1000,
        push_batch: int = PUSH_BATCH,
        push_max_bytes: int = PUSH_MAX_BYTES,
        command_max_bytes: int = COMMAND_MAX_BYTES,
        backoff_base: float = 1.0,
        rng: random.Random | None = None,
    ) -> None:
        self.store = store
        self.client = client
        self.on_state = on_state
        self.on_progress = on_progress
        self.on_changes = on_changes
        self.page_size = page_size
        self.push_batch = push_batch
        self.push_max_bytes = push_max_bytes
        self.command_max_bytes = command_max_bytes
        self.backoff_base = backoff_base
        self._rng = rng or random.Random()  # noqa: S311  (jitter, not a secret)
        self._state_lock = threading.Lock()
        self._publish_lock = threading.RLock()
        self._sync_lock = threading.Lock()
        self._cancel = threading.Event()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._fetcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kansli-pull")
        self._state = SyncState(
            pending=store.pending_count(),
            rejected=store.rejected_count(),
            last_sync_at=store.last_sync_at(),
            roles=_roles(store),
        )
        #: Seconds the loop waits before its next attempt (for tests and the status bar).
        self.next_delay: float = 0.0

    # -- state ----------------------------------------------------------------

    @property
    def state(self) -> SyncState:
        with self._state_lock:
            return self._state

    def _publish(self, **changes: Any) -> SyncState:
        # One publisher at a time, so listeners get states in the order they were made.
        with self._publish_lock:
            pending = self.store.pending_count()
            rejected = self.store.rejected_count()
            with self._state_lock:
                old = self._state
                new = replace(old, pending=pending, rejected=rejected, **changes)
                self._state = new
            if new != old and self.on_state is not None:
                try:
                    self.on_state(new)
                except Exception:
                    log.exception("on_state callback failed")
            return new

    def _tell_changes(self, changes: Changes) -> None:
        if changes and self.on_changes is not None:
            try:
                self.on_changes(changes)
            except Exception:
                log.exception("on_changes callback failed")

    def _progress(self, progress: SyncProgress) -> None:
        if self.on_progress is not None:
            try:
                self.on_progress(progress)
            except Exception:
                log.exception("on_progress callback failed")

    # -- local work -------------------------------------------------------------

    def actor(self) -> Actor:
        """The signed-in account as recorded in the store (tenant, e-mail, roles)."""
        actor = self.store.actor()
        if actor is None:
            raise StoreError("No account is recorded in this local database; sign in first")
        return actor

    def execute(self, command: Command[Any], actor: Actor) -> Outcome:
        """Apply ``command`` locally, queue it, and wake the loop to push it."""
        outcome = self.store.execute(command, actor)
        state = self._publish()
        # While offline or refused, the loop's backoff decides when to try again.
        if not (state.status == "error" or state.offline_since is not None):
            self._wake.set()
        return outcome

    def execute_many(
        self,
        commands: Sequence[Command[Any]],
        actor: Actor,
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[Outcome]:
        """Apply ``commands`` locally in one transaction (all or nothing), queue them, wake."""
        outcomes = self.store.execute_many(commands, actor, progress=progress)
        state = self._publish()
        if not (state.status == "error" or state.offline_since is not None):
            self._wake.set()
        return outcomes

    def withdraw(self, command_id: str) -> int:
        """Take back a queued command (undo) unless a sync is sending it right now.

        Holding the sync lock means no push can carry the command while it is
        withdrawn. A command that was pushed and whose answer never came is *in
        doubt* (:meth:`ClientStore.in_doubt`): the server may have carried it out
        (and mailed someone). It is taken back only after the server said it had
        not: ``/sync/status`` with ``withdraw`` settles the id as taken back on the
        server in the lock every push takes, so a push still on the way cannot
        apply it later.

        Raises StoreError when a sync is running; :class:`InDoubt` when the
        command is in doubt and the server cannot be asked (offline);
        :class:`AlreadyOnServer` (a NotQueued) when the server had carried it
        out: its answer is then recorded as a push's would have been and the
        exception carries the command that reverses it, if the domain has one;
        NotQueued when the server's answer had come. Returns how many queued
        commands were replayed.
        """
        if not self._sync_lock.acquire(blocking=False):
            raise StoreError("Your changes are being sent right now; try again in a moment")
        try:
            doubt = self.store.in_doubt(command_id)
            if doubt and self._settle(command_id):
                replayed = 0
            else:
                replayed = self.store.withdraw(command_id, actor=self.actor(), settled=doubt)
        finally:
            self._sync_lock.release()
            self._publish()  # also after a refusal: the server's answer may be recorded
        return replayed

    def _settle(self, command_id: str) -> bool:
        """Ask the server about an in-doubt command before it is withdrawn.

        Returns False when the server took it back (withdraw locally now), True when
        the server had refused it (its answer recorded, the refusal let go: nothing of
        it stands anywhere); raises :class:`AlreadyOnServer` when the server had
        applied it, :class:`InDoubt` when the server cannot be asked
        (:class:`InDoubtUntilUpdated` when it refuses this version: it says so, and the
        state asks for the update as a sync's refusal does).
        """
        envelope = next(
            (e.envelope() for e in self.store.outbox() if e.command_id == command_id), None
        )
        if envelope is None:
            return False  # not queued: the store's withdraw says so
        try:
            answers = self.client.command_status([command_id], withdraw=True)
        except ClientTooOld as exc:
            # Online, but this version may not ask: only an update lets it be undone.
            oldest = exc.oldest or "?"
            self._publish(
                status="error",
                error=UPDATE_REQUIRED.format(version=self.client.version, oldest=oldest),
                update_required=oldest,
            )
            raise InDoubtUntilUpdated(
                f"This action was sent to the server, but its answer did not arrive, and the "
                f"server accepts only Kansli {oldest} or later: update Kansli, then it can be "
                f"undone",
                oldest=oldest,
            ) from exc
        except ClientError as exc:
            raise InDoubt(
                "This action was sent to the server, but its answer did not arrive; "
                "it can be undone when you are back online"
            ) from exc
        answer = answers.get(command_id) or {}
        status = answer.get("status")
        if status not in ("applied", "rejected"):
            raise InDoubt("The server did not say what became of this action; try again later")
        if status == "rejected" and answer.get("code") == WITHDRAWN:
            return False
        self.store.record_push_results([answer], actor=self.actor())
        if status == "rejected":
            self.store.discard_rejection(command_id)
            return True
        log.info("undo of a command the server had applied (its answer was lost)")
        raise AlreadyOnServer(
            "This action had already been carried out on the server; it was not undone",
            envelope=envelope,
            result=answer,
            reverse=reverse_command(envelope, answer),
        )

    def discard_rejection(self, command_id: str) -> None:
        """The user lets a refused command go; it stays recorded as discarded."""
        self.store.discard_rejection(command_id)
        self._publish()

    def retry_rejection(self, command_id: str, args: dict[str, Any] | None = None) -> None:
        """Queue a refused command again as a new command, optionally with edited ``args``.

        The new command is applied locally at once (a domain error is raised
        and nothing changes) and the refusal is marked retried.
        """
        self.store.retry(command_id, args, self.actor())
        self._publish()
        self._wake.set()

    # -- one sync ---------------------------------------------------------------

    def cancel(self) -> None:
        """Interrupt the running sync between two pages or batches (it resumes later)."""
        self._cancel.set()

    def _check_cancel(self) -> None:
        stopping = self._stop.is_set() and threading.current_thread() is self._thread
        if self._cancel.is_set() or stopping:
            raise _Cancelled()

    def sync_once(self) -> SyncReport:
        """Push the outbox, then pull until caught up; one at a time.

        Raises the client's errors (:class:`ServerUnavailable`,
        :class:`AuthError`, :class:`ApiError`) after reporting them in
        :attr:`state`. A cancelled sync returns with ``cancelled`` set.
        """
        with self._sync_lock:
            self._cancel.clear()
            report = SyncReport()
            started = time.monotonic()
            self._publish(status="syncing")
            try:
                try:
                    self._refresh_account()  # a reset whose /me a kill cut off
                    self.store.prune_pushed()  # kept no longer than they must be
                    actor = self.actor()
                    for _ in range(MAX_ROUNDS):
                        self._push_all(report, actor, started)
                        if self._pull_all(report, started):
                            report.caught_up = True
                            break
                        actor = self._refresh_account() or actor
                    self._refresh_account()  # after a reset, or a page of another view
                    if report.caught_up and self.store.scrub_pending():
                        # An erasure or a narrower view: the bytes leave the file now.
                        self.store.scrub()
                        report.changes = report.changes.merged(Changes.everything())
                finally:
                    # What was written stays written, whatever stopped the sync.
                    self._tell_changes(report.changes)
            except _Cancelled:
                report.cancelled = True
                self._publish(status="online", error=None, offline_since=None)
            except ServerUnavailable as exc:
                state = self.state
                self._publish(
                    status="offline",
                    error=exc.message,
                    offline_since=state.offline_since or utcnow(),
                )
                raise
            except AuthError as exc:
                if exc.code == "no_access":
                    # The user no longer belongs to the organisation: its data leaves this
                    # file (the unsent work stays, should access be given back).
                    self.store.drop_view()
                    log.info("access to the organisation ended; its cached data was removed")
                    self._tell_changes(Changes.everything())
                self._publish(
                    status="error",
                    error=f"The server no longer accepts your sign-in; sign in again ({exc})",
                    update_required=None,
                )
                raise
            except ClientTooOld as exc:
                # Refused before anything was taken: what was sent stays queued.
                log.warning("sync refused: the server needs Kansli %s or later", exc.oldest)
                self._publish(
                    status="error",
                    error=UPDATE_REQUIRED.format(
                        version=self.client.version, oldest=exc.oldest or "?"
                    ),
                    update_required=exc.oldest or "?",
                )
                raise
            except ApiError as exc:
                # Past the version gate: an update asked for earlier is no longer the
                # news (the status bar tells it before any other error).
                self._publish(status="error", error=str(exc), update_required=None)
                raise
            except Exception as exc:
                if is_damage(exc):
                    # Met while syncing (a page the open did not read): the next open
                    # checks the whole file and rebuilds it, keeping the unsent work.
                    log.warning("sync stopped: the local database is damaged")
                    self.store.suspect_damage()
                    self._publish(
                        status="error", error=DAMAGED, store_damaged=True, update_required=None
                    )
                    raise
                if is_disk_full(exc):
                    # The page (or the answers) rolled back with its cursor: the outbox
                    # and the last good state stand.
                    log.warning("sync paused: the disk is full")
                    self._publish(
                        status="error", error=DISK_FULL, disk_full=True, update_required=None
                    )
                    raise
                log.exception("sync failed")
                self._publish(status="error", error=f"Sync failed: {exc}", update_required=None)
                raise
            else:
                self._publish(
                    status="online",
                    error=None,
                    offline_since=None,
                    last_sync_at=self.store.last_sync_at(),
                    disk_full=False,
                    store_damaged=False,
                    update_required=None,
                )
            finally:
                report.seconds = time.monotonic() - started
            return report

    def _next_batch(
        self, limit: int, after: Sequence[Mapping[str, Any]] = ()
    ) -> tuple[list[dict[str, Any]], int]:
        """The next outbox commands to push, at most ``limit`` and ``push_max_bytes``
        (at least one), and the size of the first (its serialised envelope). ``after``:
        a batch on its way, whose commands are still in the outbox (skipped)."""
        batch: list[dict[str, Any]] = []
        total = first = 0
        skipped = {str(e["id"]) for e in after}
        for entry in self.store.outbox(limit=limit + len(skipped)):
            if entry.command_id in skipped:
                continue
            envelope = entry.envelope()
            size = len(orjson.dumps(envelope))
            if not batch:
                first = size
            elif total + size > self.push_max_bytes or size > self.command_max_bytes:
                break
            batch.append(envelope)
            total += size
            if first > self.command_max_bytes:
                break
        return batch, first

    @staticmethod
    def _too_large(
        envelope: Mapping[str, Any], size: int, limit: int | None = None
    ) -> dict[str, Any]:
        """Refuse a command no push can carry, locally, as the server would: kept and
        shown with the other refusals, so the commands behind it go on. ``limit``:
        the size known to be too much (None when the server refused it alone)."""
        bound = f"; at most {limit / 1048576:.1f} MB can be sent" if limit else ""
        result = {
            "id": envelope["id"],
            "status": "rejected",
            "code": TOO_LARGE,
            "message": f"This change is too large to send ({size / 1048576:.1f} MB{bound})",
            "details": {"bytes": size, **({"limit": limit} if limit else {})},
            "rows": {},
        }
        log.warning("a queued %s is too large to send; refused locally", envelope.get("name"))
        return result

    def _push_all(self, report: SyncReport, actor: Actor, started: float) -> None:
        """Push the outbox batch by batch, recording each answer.

        The next batch is sent once an answer has come and before it is recorded: the
        server applies it while this side records the answer (an import's pushes: both
        machines' cores at work). The server still gets the batches in order, each after
        the one before it was answered.
        """
        limit = self.push_batch
        restarted = False
        self._check_cancel()
        sent = self._send(limit)
        try:
            while sent is not None:
                envelopes, first, answer = sent
                sent = None
                ids = [str(e["id"]) for e in envelopes]
                view: str | None = None  # the view the answers' rows were read in
                if answer is None:
                    results: list[dict[str, Any]] = [
                        self._too_large(envelopes[0], first, self.command_max_bytes)
                    ]
                else:
                    try:
                        results, view = answer.result()
                    except ApiError as exc:
                        self.store.clear_sent(ids)  # refused as a whole: none was applied
                        if exc.status == 409 and exc.code == "restored" and not restarted:
                            # The server was restored from a backup: what it lost of ours
                            # goes first, ahead of this newer work (then the pull restarts).
                            restarted = True
                            if not self._requeue_lost():
                                self.store.set_state("cursor", RESTART_CURSOR)
                            sent = self._send(limit)
                            continue
                        if exc.status != 413:
                            raise
                        if len(envelopes) > 1:
                            # The server takes less than we thought: smaller batches.
                            limit = max(1, len(envelopes) // 2)
                            log.info("push refused as too large; batches of %d now", limit)
                            sent = self._send(limit)
                            continue
                        results = [self._too_large(envelopes[0], first)]
                if not self._cancel.is_set():
                    sent = self._send(limit, after=envelopes)
                record = self.store.record_push_results(results, actor=actor, view=view)
                if record.applied + record.rejected == 0:
                    raise ApiError(
                        200, "no_answer", "The server answered none of the pushed commands"
                    )
                report.pushed += record.applied + record.rejected
                report.applied += record.applied
                report.rejected += record.rejected
                report.changes = report.changes.merged(record.changes)
                report.rejected_ids.extend(
                    str(r["id"]) for r in results if r.get("status") == "rejected"
                )
                self._publish()
                self._progress(
                    SyncProgress(
                        "push",
                        pages=report.pages,
                        rows=report.pulled_rows,
                        pushed=report.pushed,
                        elapsed=time.monotonic() - started,
                    )
                )
                if sent is None:
                    self._check_cancel()
                    sent = self._send(limit)
        finally:
            if sent is not None and sent[2] is not None:
                # Stopped while a batch was on its way: its answer is waited for and left
                # unrecorded (the batch stays in doubt: asked for at the next sync).
                with contextlib.suppress(Exception):
                    sent[2].result()

    def _send(
        self, limit: int, after: Sequence[Mapping[str, Any]] = ()
    ) -> (
        tuple[list[dict[str, Any]], int, Future[tuple[list[dict[str, Any]], str | None]] | None]
        | None
    ):
        """Send the next batch (after ``after``, on its way): its envelopes, the size of
        the first and its answer to come (None for a first command too large to send,
        which is refused here); None when nothing is left to push."""
        envelopes, first = self._next_batch(limit, after)
        if not envelopes:
            return None
        if first > self.command_max_bytes:
            return envelopes, first, None
        self.store.mark_sent([str(e["id"]) for e in envelopes])  # in doubt until answered
        cursor = self.store.cursor()
        return envelopes, first, self._fetcher.submit(self.client.push_in_view, envelopes, cursor)

    def _refresh_account(self) -> Actor | None:
        """After a view reset, record the account's roles from ``/me``; the new actor.

        The store notes a reset in the transaction that applied it
        (:data:`sync.store.VIEW_RESET`), so a kill between that and this call is
        caught up at the next sync. Local commands then run with the new roles.
        """
        if not self.store.view_reset_pending():
            return None
        me = self.client.me()
        self.store.refresh_account(me)
        self._publish(roles=self.actor().roles)
        return self.actor()

    def _fetch(self, cursor: str) -> Future[dict[str, Any]]:
        return self._fetcher.submit(self.client.pull, cursor, self.page_size)

    def _pull_all(self, report: SyncReport, started: float) -> bool:
        """Pull pages until caught up (True) or until the outbox is not empty (False)."""
        cursor = self.store.cursor()
        pull_started = time.monotonic()
        pulled = 0
        future: Future[dict[str, Any]] | None = self._fetch(cursor)
        try:
            while future is not None:
                page = future.result()
                future = None
                has_more = bool(page.get("has_more"))
                next_cursor = str(page.get("next_cursor") or cursor)
                if page.get("restored") and self._requeue_lost():
                    return False  # what the restore lost goes again first, then the pull
                if has_more:
                    future = self._fetch(next_cursor)  # fetched while this page is written
                written = self.store.apply_page(page, cursor=cursor)
                if written is None:
                    return False
                report.changes = report.changes.merged(
                    Changes.of_server_rows(page.get("changes") or {}, page.get("tombstones"))
                )
                if page.get("reset"):
                    report.view_reset = True
                    report.changes = report.changes.merged(Changes.everything())
                    log.info("the server started the view over (roles or scope changed)")
                rows = _page_rows(page)
                pulled += rows
                report.pages += 1
                report.pulled_rows += rows
                self._progress(
                    SyncProgress(
                        "pull",
                        pages=report.pages,
                        rows=pulled,
                        pushed=report.pushed,
                        elapsed=time.monotonic() - pull_started,
                    )
                )
                if not has_more:
                    return True
                cursor = next_cursor
                self._check_cancel()
            return True
        finally:
            if future is not None:
                # Never leave a request running on the shared HTTP session.
                try:
                    future.result()
                except Exception:
                    log.debug("prefetched page discarded", exc_info=True)

    def _requeue_lost(self) -> int:
        """The server was restored from a backup (a pull said ``"restored"``): queue again
        the kept applied commands it no longer knows (:class:`sync.store.PushedCommand`).

        The pull that said so starts the cache over; it is applied only once the outbox
        is empty, so these commands reach the server before the cache is replaced.
        """
        ids = self.store.pushed_ids()
        lost: list[str] = []
        for start in range(0, len(ids), STATUS_BATCH):
            part = ids[start : start + STATUS_BATCH]
            answers = self.client.command_status(part, light=True)
            lost += [i for i in part if answers.get(i, {}).get("status") == "unknown"]
        return self.store.requeue_lost(lost) if lost else 0

    # -- the background loop ------------------------------------------------------

    def start(self, interval: float = 30.0, *, max_backoff: float = 300.0) -> None:
        """Sync now and then every ``interval`` seconds on a background thread."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._wake.clear()
        self._thread = threading.Thread(
            target=self._run, args=(interval, max_backoff), name="kansli-sync", daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Stop the loop, interrupting a running sync at its next step."""
        self._stop.set()
        self._cancel.set()
        self._wake.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def close(self) -> None:
        """Stop the loop and release the engine's threads and connections."""
        self.stop()
        # A prefetch stuck on a stalled connection ends with its own timeout.
        self._fetcher.shutdown(wait=False, cancel_futures=True)

    def trigger(self) -> None:
        """Sync as soon as possible (the user's "Sync now")."""
        self._wake.set()

    def backoff(self, failures: int, max_backoff: float) -> float:
        """Exponential backoff with jitter: about base·2^(n-1), in [half, full], capped."""
        full = min(max_backoff, self.backoff_base * 2 ** min(failures - 1, 30))
        return float(full / 2 + self._rng.uniform(0, full / 2))

    def _run(self, interval: float, max_backoff: float) -> None:
        failures = 0
        while not self._stop.is_set():
            self._wake.clear()
            delay = interval
            try:
                self.sync_once()
                failures = 0
            except (ServerUnavailable, AuthError, ApiError) as exc:
                failures += 1
                delay = self.backoff(failures, max_backoff)
                if isinstance(exc, ApiError) and exc.retry_after:
                    delay = max(delay, exc.retry_after)
                if isinstance(exc, AuthError):
                    delay = max(delay, interval)  # needs the user; do not hammer
                log.info("sync failed (%s); next attempt in %.1f s", type(exc).__name__, delay)
            except Exception:
                failures += 1
                delay = self.backoff(failures, max_backoff)
            self.next_delay = delay
            if self._stop.is_set():
                break
            self._wake.wait(delay)
