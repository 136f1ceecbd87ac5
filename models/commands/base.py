"""The command mechanism shared by client and server (ARCHITECTURE.md, "Sync protocol").

A command is a named, versioned record with a client-made UUID and JSON
arguments. ``Command.apply(session, actor)`` runs the same domain code
optimistically in the client's local database and authoritatively on the
server. Rows a command creates get ids derived from the command id, so both
applies create the same rows.

What only the server may do (send mail, write the audit trail) is returned
as :class:`Effect` values and carried out by the server; the client ignores
them.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Annotated, Any, ClassVar, Generic, TypeVar, get_args

import pydantic
from pydantic_core import PydanticCustomError
from sqlalchemy import Table, insert, inspect
from sqlalchemy.orm import Mapper, Session
from sqlalchemy.orm.attributes import instance_dict, instance_state, manager_of_class

from models import validators
from models.audit import AuditEvent
from models.base import Base, SyncMixin
from models.errors import DomainError, NotFoundError, PermissionDenied, ValidationError
from models.ids import derived_id, utcnow
from models.personal_data import PERSON_REFERENCES, Fate
from models.visibility import (
    PERSONAL_COLUMNS,
    RESTRICTED_COLUMNS,
    hidden_columns,
    may_read_table,
    reads_personal_data,
)

ArgsT = TypeVar("ArgsT", bound="Args")
RowT = TypeVar("RowT", bound=SyncMixin)


#: Marks a text argument that may hold line breaks (notes, free text):
#: ``note: Annotated[str, MULTILINE] = ""``. Every other text is one line.
MULTILINE = "multiline"
_TEMPLATE = "kansli_template"
#: A text argument that may hold line breaks.
MultilineText = Annotated[str, MULTILINE]


class Args(pydantic.BaseModel):
    """Base of every command's arguments: strict about unknown keys.

    Every argument of every command passes :meth:`_bounded` (the one rule for
    all of them, so a new command is covered without doing anything): no
    control characters in text (no line break either unless the field is
    marked :data:`MULTILINE`), integers that fit a column, JSON values of
    bounded depth and size (:func:`models.validators.check_json`).
    """

    model_config = pydantic.ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    @pydantic.field_validator("*", mode="after")
    @classmethod
    def _bounded(cls, value: Any, info: pydantic.ValidationInfo) -> Any:
        # What passes every check is returned at once (an import's arguments hold ~20
        # values a row, on both sides): text without any control character (the same
        # for one-line and multi-line text), an integer that fits a column, a list of
        # argument models (each checked by its own fields; one value each for the count).
        kind = value.__class__
        if value is None or kind is bool:
            return value
        if kind is str:
            if validators.CONTROL_CHARACTER.search(value) is None:
                return value
        elif kind is int:
            if validators.INT_MIN <= value <= validators.INT_MAX:
                return value
        elif kind is list and len(value) < validators.JSON_MAX_ITEMS and _models(value):
            return value
        name = info.field_name or "value"
        multiline = name in _multiline_fields(cls)
        try:
            if isinstance(value, str):
                return validators.check_text(value, field=name, multiline=multiline)
            if isinstance(value, int | float | dict | list | tuple):
                return validators.check_json(value, field=name, multiline=multiline)
        except ValidationError as exc:
            context = {**exc.params, _TEMPLATE: exc.template}
            raise PydanticCustomError("kansli_invalid", exc.template, context) from None
        return value


def _models(values: list[Any]) -> bool:
    """Whether every item of ``values`` is an argument model (pydantic has checked it)."""
    return all(isinstance(item, pydantic.BaseModel) for item in values)


@cache
def _multiline_fields(model: type[pydantic.BaseModel]) -> frozenset[str]:
    """The fields of ``model`` marked :data:`MULTILINE` (worked out once per model: asked
    for every argument of every command, an import's tens of thousands)."""
    return frozenset(n for n, f in model.model_fields.items() if MULTILINE in f.metadata)


def roles_allow(allowed: frozenset[str], roles: Iterable[str]) -> bool:
    """Whether ``roles`` hold any one of ``allowed`` (an empty ``allowed``: anyone)."""
    return not allowed or not allowed.isdisjoint(roles)


@dataclass(frozen=True)
class Actor:
    """Who runs a command, in which tenant, with which roles.

    ``authoritative`` is True on the server only: there a command also
    writes the audit trail and its effects are carried out.
    """

    tenant_id: str
    email: str
    roles: frozenset[str]
    user_id: str | None = None
    display_name: str = ""
    session_hash: str | None = None
    authoritative: bool = False

    @property
    def label(self) -> str:
        return self.display_name or self.email


@dataclass(frozen=True)
class Effect:
    """Something only the server does after a command applied, e.g. send a mail."""

    kind: str
    data: dict[str, Any]


@dataclass
class Outcome:
    """What applying a command did: rows it concerns, effects for the server."""

    effects: list[Effect] = field(default_factory=list)
    concerns: list[tuple[str, str]] = field(default_factory=list)
    #: The concerned rows themselves (ORM objects), in the order of ``concerns``.
    rows: list[Any] = field(default_factory=list, repr=False, compare=False)
    #: The rows the command wrote in bulk (:meth:`CommandContext.collecting`) by
    #: ``(table, id)``: objects the session does not hold, as they were written (with
    #: their ``server_seq`` on the server), for the command's answer (:func:`rows_of`).
    written: dict[tuple[str, str], Any] = field(default_factory=dict, repr=False, compare=False)


#: The tables whose rows of a person an anonymisation keeps, by the column naming them.
_KEPT_OF_A_PERSON = {
    r.table: r.columns[0]
    for r in PERSON_REFERENCES
    if r.fate is Fate.ANONYMISE and r.through is None and len(r.columns) == 1
}


@cache
def _person_model() -> type[Any]:
    return next(
        m.class_
        for m in Base.registry.mappers
        if isinstance(m.local_table, Table) and m.local_table.name == "person"
    )


def refuse_erased(row: Any) -> None:
    """Refuse a command on an erased or anonymised person (``person.erase``): what it
    wrote would be personal data again, on a person no list shows (only a second
    ``person.erase`` may write them)."""
    if getattr(row, "erased_at", None) is not None:
        raise ValidationError(
            "This person is erased: their data cannot be filled in again", field="person_id"
        )


class CommandContext:
    """What a command's ``run`` works with: session, actor, time and id helpers."""

    def __init__(self, *, session: Session, actor: Actor, command: Command[Any]) -> None:
        self.session = session
        self.actor = actor
        self.command = command
        self.now: datetime = utcnow()
        self.outcome = Outcome()
        #: ``outcome.concerns`` as a set: a bulk command concerns thousands of rows.
        self._concerned: set[tuple[str, str]] = set()
        #: The new rows :meth:`add` collects instead of adding them (:meth:`collecting`).
        self._collected: list[SyncMixin] | None = None

    def new_id(self, *parts: str) -> str:
        """An id for a row this command creates, the same on client and server."""
        return derived_id(self.command.id, *parts)

    def get(self, model: type[RowT], row_id: str, *, what: str | None = None) -> RowT:
        """Load a live row of the actor's tenant or raise NotFoundError.

        A row of another tenant is reported exactly as a missing one.
        """
        row = self.session.get(model, row_id)
        if row is None or row.tenant_id != self.actor.tenant_id or row.deleted_at is not None:
            label = what or model.__name__
            raise NotFoundError(f"{label} {row_id} was not found")
        refuse_erased(row)
        if row.__tablename__ in _KEPT_OF_A_PERSON:  # type: ignore[attr-defined]
            # An anonymised person's rows that stay (registrations, memberships): not
            # written again either.
            owner = getattr(row, _KEPT_OF_A_PERSON[row.__tablename__], None)  # type: ignore[attr-defined]
            if isinstance(owner, str):
                refuse_erased(self.session.get(_person_model(), owner))
        self.concern(row)
        return row

    def new(self, model: type[RowT], **values: Any) -> RowT:
        """A new row of ``model`` holding ``values``: ``model(**values)``.

        While :meth:`collecting`, a row of column values only is made without the
        attribute events of the ORM's constructor (:func:`new_row`): the row never
        enters the session, so it needs no history, and those events were most of the
        time of making a row (an import makes four a row, on both sides).
        """
        if self._collected is None:
            return model(**values)
        return new_row(model, values)

    def new_from(
        self, model: type[RowT], args: Args, id_arg: str, *, but: Iterable[str] = (), **values: Any
    ) -> RowT:
        """A new row of ``model`` (:meth:`new`) made from a ``*.create`` command's arguments:
        its id the argument ``id_arg``, each other argument (but those named in ``but``) the
        column of the same name, as it is; ``values`` set columns otherwise (they win)."""
        left = {id_arg, *but}
        given = {k: getattr(args, k) for k in type(args).model_fields if k not in left}
        return self.new(model, id=getattr(args, id_arg), **{**given, **values})

    def add(self, row: SyncMixin) -> None:
        if self._collected is not None:
            instance_dict(row)["tenant_id"] = self.actor.tenant_id  # as new_row's values
            self._collected.append(row)
        else:
            row.tenant_id = self.actor.tenant_id
            self.session.add(row)
        self.concern(row)

    @contextmanager
    def collecting(self) -> Iterator[None]:
        """The new rows :meth:`add` is given in the block are written at its end in a few
        multi-row INSERTs (:meth:`write_rows`) instead of by the session's flush.

        For a command that creates thousands of rows (``registration.import``): the unit
        of work's per-object cost, and the per-row work of the flush hooks, were most of
        its time on both sides. The rows are the same objects the command's code made
        (the same functions, the same rules); the session never holds them, so code in
        the block must not expect to find them by a query.
        """
        if self._collected is not None:
            yield
            return
        self._collected = []
        try:
            yield
            rows = self._collected
        finally:
            self._collected = None
        self.write_rows(rows)

    def write_rows(self, rows: Sequence[SyncMixin]) -> None:
        """Write new rows of this command (their tenant set, concerned) in bulk.

        Does, explicitly and for all of them at once, what a flush of the same rows
        does: their column defaults are filled in, the backstop
        :func:`refuse_unreadable_writes` is asked for them, and the session's
        :data:`ROW_WRITER` (the server's: its flush guards and ``server_seq``; else
        :func:`insert_rows`) writes them. They are kept, as written, in
        ``outcome.written`` for the command's answer.
        """
        if not rows:
            return
        for row in rows:
            fill_defaults(row)
        refuse_unreadable_rows(self.actor, rows)
        writer: RowWriter = self.session.info.get(ROW_WRITER, insert_rows)
        writer(self.session, rows)
        for row in rows:
            self.outcome.written[(row.__tablename__, row.id)] = row  # type: ignore[attr-defined]

    def concern(self, row: SyncMixin) -> None:
        key = (row.__tablename__, row.id)  # type: ignore[attr-defined]
        if key not in self._concerned:
            self._concerned.add(key)
            self.outcome.concerns.append(key)
            self.outcome.rows.append(row)

    def effect(self, kind: str, **data: Any) -> None:
        self.outcome.effects.append(Effect(kind, data))

    def audit(self, action: str, entity: SyncMixin, **details: Any) -> None:
        """Write an audit event (server only; the client has no audit table)."""
        if not self.actor.authoritative:
            return
        self.session.add(
            AuditEvent(
                tenant_id=self.actor.tenant_id,
                at=self.now,
                actor_user_id=self.actor.user_id,
                actor_email=self.actor.email,
                action=action,
                entity_type=entity.__tablename__,  # type: ignore[attr-defined]
                entity_id=entity.id,
                details=details,
            )
        )


class Command(Generic[ArgsT]):
    """Base class of every command type.

    Subclasses set ``name``, ``version``, ``args_model`` (a pydantic model; by default
    the one the class is generic in, ``Command[XArgs]``), ``roles`` (any one of them
    suffices) and implement :meth:`run`.
    """

    name: ClassVar[str]
    version: ClassVar[int] = 1
    args_model: ClassVar[type[Args]]
    roles: ClassVar[frozenset[str]] = frozenset()
    #: False for commands only the server issues (from a web flow or a job).
    pushable: ClassVar[bool] = True
    #: How the command meets concurrent offline work: one of
    #: :data:`models.commands.edits.SHAPES` ("field_edit": old value per field).
    shape: ClassVar[str] = ""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "args_model" not in cls.__dict__:
            # ``class X(Command[XArgs])``: the arguments are XArgs (unless set otherwise).
            for base in cls.__dict__.get("__orig_bases__", ()):
                given = [a for a in get_args(base) if isinstance(a, type) and issubclass(a, Args)]
                if given:
                    cls.args_model = given[0]

    def __init__(self, *, id: str, args: ArgsT, issued_at: datetime | None = None) -> None:
        self.id = id
        self.args = args
        self.issued_at = issued_at or utcnow()

    @classmethod
    def may_run(cls, roles: Iterable[str]) -> bool:
        """Whether an actor with ``roles`` may run this command: the one role check,
        asked by :meth:`apply` and by the desktop before it offers the action."""
        return roles_allow(cls.roles, roles)

    def apply(self, session: Session, actor: Actor, *, flush: bool = True) -> Outcome:
        """Check the actor's roles, then run the command in ``session``.

        The caller owns the transaction: on any error it rolls back. With ``flush``
        False the rows stay pending (written by the session's next flush or query):
        for a caller that applies many commands and flushes them together, and takes
        what that flush refuses as a refusal of all of them.
        """
        if not self.may_run(actor.roles):
            raise PermissionDenied(f"Your roles do not allow {self.name}")
        ctx = CommandContext(session=session, actor=actor, command=self)
        try:
            self.run(ctx, self.args)
            refuse_unreadable_writes(session, actor)
            if flush:
                session.flush()
        except DomainError as exc:
            exc.concerns = list(ctx.outcome.concerns)
            raise
        return ctx.outcome

    def run(self, ctx: CommandContext, args: ArgsT) -> None:
        raise NotImplementedError

    def envelope(self) -> dict[str, Any]:
        """The JSON form sent over the wire and kept in the outbox."""
        return {
            "id": self.id,
            "name": self.name,
            "version": self.version,
            "args": self.args.model_dump(mode="json"),
            "issued_at": self.issued_at.isoformat(),
        }


def id_args(name: str, id_arg: str, owner: type, base: type[ArgsT]) -> type[ArgsT]:
    """Arguments ``name(base)`` holding also the row id ``id_arg``, as the class would be
    written out in ``owner``'s module: for commands whose arguments follow from the row."""
    fields: dict[str, Any] = {id_arg: (str, ...)}
    return pydantic.create_model(name, __base__=base, __module__=owner.__module__, **fields)


def _changed(state: Any, key: str, new: bool) -> bool:
    attr = state.attrs[key]
    if new:
        return attr.value is not None
    history = attr.history
    if not history.added:
        return False
    return not history.deleted or history.added[0] != history.deleted[0]


def refuse_unreadable_writes(session: Session, actor: Actor) -> None:
    """Refuse a command that writes personal data its actor may not read
    (:mod:`models.visibility`): a row of a personal table, or a personal column
    set to a value.

    The backstop under every command: whatever a command's code does, nothing
    the actor cannot read is written in their name (and so cannot be probed).
    """
    if reads_personal_data(actor):
        return
    writes = [(o, True) for o in session.new] + [(o, False) for o in session.dirty]
    _refuse_unreadable(actor, writes, session)


def refuse_unreadable_rows(actor: Actor, rows: Iterable[SyncMixin]) -> None:
    """:func:`refuse_unreadable_writes` of new rows written without the session
    (:meth:`CommandContext.write_rows`)."""
    if not reads_personal_data(actor):
        _refuse_unreadable(actor, [(o, True) for o in rows], None)


def _refuse_unreadable(
    actor: Actor, writes: Iterable[tuple[Any, bool]], session: Session | None
) -> None:
    for obj, new in writes:
        if not isinstance(obj, SyncMixin):
            continue
        table = str(obj.__tablename__)  # type: ignore[attr-defined]
        if not may_read_table(actor, table):
            if new or (session is not None and session.is_modified(obj)):
                raise PermissionDenied(f"Your roles do not allow changing {table} rows")
            continue
        state = inspect(obj)
        restricted = RESTRICTED_COLUMNS.get(table, {}).keys() & hidden_columns(actor, table)
        for column in sorted(PERSONAL_COLUMNS.get(table, frozenset()) | restricted):
            key = state.mapper.get_property_by_column(state.mapper.local_table.c[column]).key
            if _changed(state, key, new):
                raise PermissionDenied(
                    f"Your roles do not allow reading or changing {column}",
                    details={"field": column},
                )


_REGISTRY: dict[tuple[str, int], type[Command[Any]]] = {}


def register(cls: type[Command[Any]]) -> type[Command[Any]]:
    """Class decorator: make a command type known by (name, version)."""
    key = (cls.name, cls.version)
    if key in _REGISTRY and _REGISTRY[key] is not cls:
        raise RuntimeError(f"command {cls.name} v{cls.version} registered twice")
    _REGISTRY[key] = cls
    return cls


def registered() -> Mapping[tuple[str, int], type[Command[Any]]]:
    return dict(_REGISTRY)


def _pydantic_error(err: pydantic.ValidationError) -> ValidationError:
    """The first problem pydantic found, as a ValidationError naming the argument."""
    first = err.errors(include_url=False)[0]
    loc = ".".join(str(p) for p in first["loc"])
    where = f"args.{loc}" if loc else "args"
    ctx = dict(first.get("ctx") or {})
    if first["type"] == "kansli_invalid" and _TEMPLATE in ctx:
        # One of Args._bounded's: keep the template and its values (pages translate it).
        template = str(ctx.pop(_TEMPLATE))
        return ValidationError(template, field=where, params=ctx or None)
    return ValidationError(str(first["msg"]), field=where)


def build(
    name: str, version: int, args: Any, *, id: str, issued_at: datetime | None = None
) -> Command[Any]:
    """Make a command from its parts, validating the arguments.

    Raises ValidationError naming the argument and the reason.
    """
    cls = _REGISTRY.get((name, version))
    if cls is None:
        known = sorted({n for n, _ in _REGISTRY})
        if name in known:
            raise ValidationError(f"Unsupported version {version} of {name}", field="version")
        raise ValidationError(f"Unknown command {name!r}", field="name")
    if not isinstance(args, dict):
        raise ValidationError("Arguments must be a JSON object", field="args")
    try:
        parsed = cls.args_model.model_validate(args)
    except pydantic.ValidationError as exc:
        raise _pydantic_error(exc) from exc
    return cls(id=id, args=parsed, issued_at=issued_at)


def from_envelope(env: Mapping[str, Any]) -> Command[Any]:
    """Rebuild a command from its JSON envelope (outbox row or push body)."""
    for key in ("id", "name", "version", "args"):
        if key not in env:
            raise ValidationError(f"Command has no {key}", field=key)
    issued = env.get("issued_at")
    issued_at = datetime.fromisoformat(issued) if isinstance(issued, str) else None
    return build(
        str(env["name"]), int(env["version"]), env["args"], id=str(env["id"]), issued_at=issued_at
    )


#: Mapped class by table name (:func:`_mapped_class`).
_CLASSES: dict[str, type[Any]] = {}


def _mapped_class(table: str) -> type[Any] | None:
    """The mapped class of ``table``; the registry is walked again only for a name not
    seen yet (walking it for every command row took longer than reading the row)."""
    if table not in _CLASSES:
        for mapper in Base.registry.mappers:
            _CLASSES.setdefault(mapper.local_table.name, mapper.class_)  # type: ignore[attr-defined]
    return _CLASSES.get(table)


def rows_of(
    session: Session,
    concerns: Iterable[tuple[str, str]],
    written: Mapping[tuple[str, str], Any] | None = None,
) -> dict[str, list[Any]]:
    """The current rows a command concerns, as ORM objects grouped by table.

    ``written``: the rows the command wrote in bulk (``Outcome.written``), taken as they
    are (the session does not hold them); only for a command whose writes stand.

    A row the session holds (and has not expired) is taken as it is, without reading
    it again: what a command just wrote and flushed is the current row. (The session
    holds a row only while something refers to it: a caller that wants this keeps
    the rows, e.g. ``pending_to_persistent`` and ``loaded_as_persistent`` listeners.)
    """
    by_table: dict[str, list[Any]] = {}
    for table, row_id in concerns:
        row = written.get((table, row_id)) if written else None
        if row is not None:
            by_table.setdefault(table, []).append(row)
            continue
        cls = _mapped_class(table)
        if cls is None:
            continue
        row = session.get(cls, row_id)
        if row is not None:
            by_table.setdefault(table, []).append(row)
    return by_table


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector in the block (it is on again after).

    An import makes tens of thousands of ORM rows that all live until its
    commit; the collector walked them again and again as they piled up (a
    quarter of the import's local time; on the server, 2 of a 10,000-row push's 9
    seconds). Reference counting still frees what the block drops; cycles made in it
    are collected once the block ends.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


# -- rows written in bulk (CommandContext.write_rows) -----------------------------------

#: ``session.info`` key of the function that writes a command's new rows in bulk
#: (:data:`RowWriter`); the server's sessions set theirs, every other session (the
#: client's) writes them with :func:`insert_rows`.
ROW_WRITER = "kansli.row_writer"
#: ``writer(session, rows)``: write new synced rows (defaults filled) in few statements.
RowWriter = Callable[[Session, Sequence[SyncMixin]], None]


@cache
def _defaults(mapper: Mapper[Any]) -> tuple[tuple[str, str, Any, bool], ...]:
    """Per column of a mapped class: attribute key, column name, its Python-side default
    (the ``ColumnDefault`` or None) and whether that is a callable."""
    found = []
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        default = column.default
        found.append((attr.key, str(column.name), default, bool(default and default.is_callable)))
    return tuple(found)


#: The column attribute keys of a mapped class (:func:`new_row`).
_COLUMN_KEYS: dict[type[Any], frozenset[str]] = {}


def _column_keys(model: type[Any]) -> frozenset[str]:
    keys = _COLUMN_KEYS.get(model)
    if keys is None:
        keys = _COLUMN_KEYS[model] = frozenset(a.key for a in inspect(model).column_attrs)
    return keys


def new_row(model: type[RowT], values: Mapping[str, Any]) -> RowT:
    """A new (transient) row of ``model`` holding ``values``, put in its dict as a load
    puts them, without the constructor's attribute events; for a row written without the
    session (:meth:`CommandContext.write_rows`). Values of anything but columns (a
    relationship, an unknown name) go through the constructor as before."""
    if not _column_keys(model).issuperset(values):
        return model(**values)
    row: RowT = manager_of_class(model).new_instance()
    instance_dict(row).update(values)
    return row


def fill_defaults(row: Any) -> None:
    """Set every column attribute ``row`` has no value for to its column's default, as
    the INSERT of a flush would (and as the object holds after one)."""
    state = instance_state(row)
    values = state.dict
    for key, _name, default, call in _defaults(state.mapper):
        if key not in values:
            # Into the object's dict, as a flush leaves them: a row never in a session
            # has no history to keep.
            values[key] = None if default is None else default.arg(None) if call else default.arg


def column_values(row: Any) -> dict[str, Any]:
    """A (defaults-filled) row's values by column name: one row of a multi-row INSERT."""
    state = instance_state(row)
    values = state.dict
    return {name: values[key] for key, name, _d, _c in _defaults(state.mapper)}


#: ``write(session, table, values)``: insert rows (column name -> value) into one table.
TableWriter = Callable[[Session, Table, list[dict[str, Any]]], None]


def execute_insert(session: Session, table: Table, values: list[dict[str, Any]]) -> None:
    """One multi-row INSERT (``executemany``) through the session."""
    session.execute(insert(table), values)


def insert_rows(
    session: Session, rows: Sequence[SyncMixin], write: TableWriter = execute_insert
) -> None:
    """Write new rows table by table, parents first, each table's rows by one ``write``
    (a store's own way, e.g. PostgreSQL's COPY; else one multi-row INSERT).

    What the session holds pending is flushed first (a flush the caller holds back
    too: ``sync.batching``), so the rows follow everything the command wrote before.
    """
    getattr(session, "flush_held", session.flush)()
    by_table: dict[Table, list[dict[str, Any]]] = {}
    for row in rows:
        by_table.setdefault(row.__table__, []).append(column_values(row))  # type: ignore[attr-defined]
    for table in Base.metadata.sorted_tables:
        values = by_table.get(table)
        if values:
            write(session, table, values)
