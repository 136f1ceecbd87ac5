"""Field edits merged per field: the one rule every editing command goes through.

ARCHITECTURE.md, "Conflicts are domain decisions, not last-writer-wins": a
command that changes fields of an existing row sends only the fields it
changes, each with the value the user saw (``{"field": {"old": .., "new": ..}}``).
:func:`merge_changes` then decides per field:

- the row already has the new value: nothing to do (both made the same edit);
- the row still has the old value: the field takes the new one;
- the row has something else: someone changed that field meanwhile, and the
  whole command is refused with a :class:`~models.errors.ConflictError` whose
  ``details["fields"][field]`` holds ``yours``, ``theirs`` and ``base`` (and
  ``changed_by`` / ``changed_at`` when the server knows who changed it last),
  for the user to resolve side by side.

Edits to different fields therefore merge, and an edit never silently undoes
someone else's. :func:`set_fields` writes the merged values and, on the
server, an audit event naming the fields (never their values): that event is
where the next conflict on the same field learns who changed it and when.

Each command declares its shape (:attr:`models.commands.base.Command.shape`);
``tests/models/test_edit_commands.py`` enumerates every registered command
and holds each field-edit command to this rule.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from datetime import date, datetime
from functools import partial
from typing import Annotated, Any, ClassVar

import pydantic
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.audit import AuditEvent
from models.base import SyncMixin
from models.commands.base import MULTILINE, Args, ArgsT, Command, CommandContext, id_args
from models.errors import ConflictError, NotFoundError, ValidationError

#: The shapes a command can have (``Command.shape``); the edit-commands test
#: refuses a registered command without one of them.
SHAPES = {
    "create": "makes new rows only (ids made by the client: nothing to overwrite)",
    "field_edit": "changes fields of an existing row, each with its old value (this module)",
    "expected_state": "a decision carrying the state the user saw (expected_status, ...)",
    "transition": "a step of a state machine the row's current state allows or refuses",
    "set_membership": "makes a link present or absent: idempotent, commutes with itself",
    "placement": "puts a row after a sibling (or first): idempotent, the last placement wins",
    "delete": "removes a row (a tombstone); removing twice is the same",
    "send": "asks the server to send something and changes no row: sending twice sends twice",
    "superseded": "an older version still accepted for outboxes queued before an upgrade",
}

#: The audit action of a field edit (details: the command, the fields, who).
EDIT_ACTION = "fields.edit"


#: An editable text field of a field edit's ``fields`` that may hold line breaks.
MultilineField = Annotated[str | None, MULTILINE]


class FieldChange(Args):
    """One field's change: the value the user saw and the value they set."""

    old: Any = None
    new: Any = None


class TextFieldChange(FieldChange):
    """A change whose values may be multi-line text; each field's own rules are
    checked by the command's ``fields_model`` (:class:`FieldEditArgs`)."""

    old: Annotated[Any, MULTILINE] = None
    new: Annotated[Any, MULTILINE] = None


class FieldEditArgs(Args):
    """Arguments of a field-edit command: ``changes`` maps field -> old and new value.

    Subclasses set ``fields_model``: an :class:`Args` model with every editable
    field optional (its type, limits and multi-line mark), which checks and
    normalises both values of each change.
    """

    fields_model: ClassVar[type[Args]]
    changes: dict[str, TextFieldChange]

    @pydantic.field_validator("changes")
    @classmethod
    def _fields_checked(cls, value: dict[str, TextFieldChange]) -> dict[str, TextFieldChange]:
        return check_changes(cls.fields_model, value)


def check_changes(
    fields_model: type[Args], changes: Mapping[str, FieldChange]
) -> dict[str, TextFieldChange]:
    """Refuse an empty or unknown change; check each value by the field's own rules.

    Returns the changes with normalised JSON values (stripped text, enums as
    their value, nested models as dicts without empty members).
    """
    if not changes:
        raise ValueError("no field changed")
    unknown = sorted(set(changes) - set(fields_model.model_fields))
    if unknown:
        raise ValueError(f"fields that cannot be edited: {', '.join(unknown)}")
    out: dict[str, TextFieldChange] = {}
    for name, change in changes.items():
        values: dict[str, Any] = {}
        for side in ("old", "new"):
            value = getattr(change, side)
            if value is None:
                values[side] = None
                continue
            try:
                parsed = fields_model.model_validate({name: value})
            except pydantic.ValidationError as exc:
                first = exc.errors(include_url=False)[0]
                raise ValueError(f"{name}.{side}: {first['msg']}") from None
            values[side] = parsed.model_dump(mode="json", exclude_none=True).get(name)
        out[name] = TextFieldChange(**values)
    return out


def as_json(value: Any) -> Any:
    """A column value as the wire carries it (dates as ISO text, enums as their value)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _blank(value: Any) -> Any:
    return None if value is None or value == "" else value


def same(a: Any, b: Any) -> bool:
    """Equal as the user sees them: an empty text and no value are the same."""
    return bool(_blank(as_json(a)) == _blank(as_json(b)))


def changes_between(
    shown: Mapping[str, Any] | None, wanted: Mapping[str, Any]
) -> dict[str, dict[str, Any]]:
    """The ``changes`` argument of a field edit: the fields the user changed, each with
    the value they were shown. ``shown`` None (a new row): every wanted value, no old.

    Callers build their commands with this, from what their form showed.
    """
    if shown is None:
        return {field: {"new": as_json(value)} for field, value in wanted.items()}
    return {
        field: {"old": as_json(shown.get(field)), "new": as_json(value)}
        for field, value in wanted.items()
        if not same(shown.get(field), value)
    }


def _seen(norm: Callable[[str, Any], Any], field: str, value: Any) -> Any:
    """The value the user saw, normalised like a new one when it passes today's rule;
    one stored before the rule (a postal code with a dash) is compared as it is, so
    the user can still correct it."""
    try:
        return norm(field, value)
    except ValidationError:
        return value


def merge_changes(
    ctx: CommandContext,
    row: SyncMixin,
    changes: Mapping[str, FieldChange],
    *,
    what: str,
    normalise: Callable[[str, Any], Any] | None = None,
) -> dict[str, Any]:
    """The fields of ``row`` to set: those whose old value still holds.

    ``normalise(field, value)`` turns a wire value into the column's (default:
    as given). Raises :class:`ConflictError` if any field was changed to
    something else meanwhile; nothing is written then. ``what`` names the row
    in the message ("sign-up form of Ekonomi 1").
    """
    norm = normalise or (lambda _field, value: value)
    conflicts: dict[str, dict[str, Any]] = {}
    updates: dict[str, Any] = {}
    for field, change in changes.items():
        new = norm(field, change.new)
        old = _seen(norm, field, change.old) if _blank(change.old) is not None else None
        current = getattr(row, field)
        if same(current, new):
            continue
        if not same(current, old):
            conflicts[field] = {
                "yours": as_json(new),
                "theirs": as_json(current),
                "base": as_json(old),
            }
        else:
            updates[field] = new
    if conflicts:
        raise _conflict(ctx, row, conflicts, what=what)
    return updates


def set_fields(ctx: CommandContext, row: SyncMixin, updates: Mapping[str, Any]) -> None:
    """Write merged values and, on the server, audit which fields changed (not their values)."""
    for field, value in updates.items():
        setattr(row, field, value)
    if updates:
        ctx.concern(row)
        ctx.audit(
            EDIT_ACTION, row, command=ctx.command.name, fields=sorted(updates), by=ctx.actor.label
        )


def _last_changes(ctx: CommandContext, row: SyncMixin, fields: list[str]) -> dict[str, Any]:
    """Who changed each field last and when, from the audit trail (server only)."""
    if not ctx.actor.authoritative:
        return {}
    events = ctx.session.scalars(
        select(AuditEvent)
        .where(
            AuditEvent.tenant_id == ctx.actor.tenant_id,
            AuditEvent.entity_type == row.__tablename__,  # type: ignore[attr-defined]
            AuditEvent.entity_id == row.id,
            AuditEvent.action == EDIT_ACTION,
        )
        .order_by(AuditEvent.at.desc())
        .limit(200)
    )
    found: dict[str, Any] = {}
    for event in events:
        for field in (event.details or {}).get("fields", []):
            if field in fields and field not in found:
                by = (event.details or {}).get("by") or event.actor_email
                found[field] = {"changed_by": by, "changed_at": as_json(event.at)}
        if len(found) == len(fields):
            break
    return found


def _conflict(
    ctx: CommandContext, row: SyncMixin, conflicts: dict[str, dict[str, Any]], *, what: str
) -> ConflictError:
    names = sorted(conflicts)
    last = _last_changes(ctx, row, names)
    for field, known in last.items():
        conflicts[field].update(known)
    who = sorted({str(v["changed_by"]) for v in last.values()})
    someone = ", ".join(who) if who and len(last) == len(names) else "Someone else"
    return ConflictError(
        f"{someone} changed {', '.join(names)} of {what} meanwhile",
        details={"fields": conflicts},
    )


# -- the commands that edit one row ---------------------------------------------------------


class RowCommand(Command[ArgsT]):
    """A command on one live row of ``model``, its id the argument ``id_arg`` (``what``
    names the row when it is not found). Unless the class sets ``args_model`` itself, its
    arguments are ``{cls.__name__}Args``, made by :meth:`made_args`."""

    model: ClassVar[type[Any]]
    id_arg: ClassVar[str]
    what: ClassVar[str] = ""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "id_arg" in cls.__dict__ and "args_model" not in cls.__dict__:
            cls.args_model = cls.made_args(f"{cls.__name__}Args")

    @classmethod
    def made_args(cls, name: str) -> type[Args]:
        """The arguments ``name``: the row's id only."""
        return id_args(name, cls.id_arg, cls, Args)

    def load(self, ctx: CommandContext, row_id: str) -> Any:
        """The live row of the actor's tenant (:meth:`CommandContext.get`)."""
        return ctx.get(self.model, row_id, what=self.what)


class FieldEditCommand(RowCommand[ArgsT]):
    """A field edit of one row, merged per field (:func:`merge_changes`) and written
    (:func:`set_fields`): the ``*.edit`` commands (and the archives) say only what is
    their own.

    The arguments are made from ``fields`` (the editable fields, :class:`FieldEditArgs`)
    and ``id_arg``. Hooks: :meth:`label` (the row in a conflict's message, by ``named``),
    and, each a no-op here, :meth:`value` (a wire value as the column holds it),
    :meth:`check` (refuse the merged updates, before they are written) and :meth:`written`
    (after).
    """

    shape = "field_edit"
    fields: ClassVar[type[Args]]
    #: How a conflict's message names the row: a format of ``row`` ("the terms of
    #: {row.name}"); none: ``what``, else the model's name.
    named: ClassVar[str] = ""

    @classmethod
    def made_args(cls, name: str) -> type[Args]:
        model = id_args(name, cls.id_arg, cls, FieldEditArgs)
        model.fields_model = cls.fields
        return model

    def run(self, ctx: CommandContext, args: ArgsT) -> None:
        row = self.load(ctx, str(getattr(args, self.id_arg)))
        changes = args.changes  # type: ignore[attr-defined]
        updates = merge_changes(
            ctx, row, changes, what=self.label(ctx, row), normalise=partial(self.value, row)
        )
        self.check(ctx, row, updates)
        set_fields(ctx, row, updates)
        self.written(ctx, row, updates)

    def label(self, ctx: CommandContext, row: Any) -> str:
        """How a conflict's message names the row (:attr:`named`)."""
        if self.named:
            return self.named.format(row=row)
        return self.what or str(self.model.__name__)

    def value(self, row: Any, field: str, value: Any) -> Any:
        """The wire value of ``field`` as the column of ``row`` holds it."""
        return value

    def check(self, ctx: CommandContext, row: Any, updates: dict[str, Any]) -> None:
        """Refuse ``updates`` to ``row`` (they may be normalised in place)."""

    def written(self, ctx: CommandContext, row: Any, updates: dict[str, Any]) -> None:
        """What follows from ``updates``, now written to ``row``."""


class SupersededCommand(Command[ArgsT]):
    """Version 1 of a command whose version 2 is a field edit: the whole values, without
    what the user saw.

    Still accepted for commands queued before version 2 (outboxes, older clients); it
    cannot tell a concurrent change and sets all it carries.
    """

    version = 1
    shape = "superseded"


class ArchivedField(Args):
    archived: bool | None = None


class ArchiveArgs(FieldEditArgs):
    """``changes``: ``{"archived": {"old": false, "new": true}}`` (or back)."""

    fields_model = ArchivedField


class ArchiveCommand(FieldEditCommand[Any]):
    """The base of the ``*.archive`` commands of rows whose tombstone is their ``archived``
    (:class:`~models.organisations.ArchivedByTombstone`): archive the row or take it back
    out of the archive, merged like any field edit. An archived row is found here, unlike
    :meth:`CommandContext.get`, so that it can be restored; :meth:`restored` then checks
    that it may come back. Each command names its ``model`` and ``id_arg``."""

    fields = ArchivedField

    def load(self, ctx: CommandContext, row_id: str) -> Any:
        row = ctx.session.get(self.model, row_id)
        if row is None or row.tenant_id != ctx.actor.tenant_id:
            raise NotFoundError(f"{self.model.__name__} {row_id} was not found")
        ctx.concern(row)
        return row

    def written(self, ctx: CommandContext, row: Any, updates: dict[str, Any]) -> None:
        if not row.archived:
            self.restored(ctx, row)

    def restored(self, ctx: CommandContext, row: Any) -> None:
        """The row is live again: refuse when another live row now holds its place."""


class RemoveCommand(RowCommand[Any]):
    """A ``*.remove`` command: the row gets its tombstone, and :meth:`removed` does what
    follows."""

    shape = "delete"

    def run(self, ctx: CommandContext, args: Any) -> None:
        row = self.load(ctx, getattr(args, self.id_arg))
        row.deleted_at = ctx.now
        self.removed(ctx, row)

    def removed(self, ctx: CommandContext, row: Any) -> None:
        """What follows from ``row``'s removal."""


def set_versioned(
    ctx: CommandContext,
    model: type[Any],
    of_parent: Any,
    new: Callable[[], Any],
    *,
    expected: int,
    stale: str,
    params: dict[str, Any],
) -> Any:
    """The row of a ``….set`` command that sets a row of its parent (a course's
    questionnaire, a round's terms) as a whole from the version the user saw: the
    tenant's live ``model`` row where ``of_parent``, or ``new()`` added when there is none
    yet; concerned and its version the next. A version other than ``expected`` (someone
    changed it meanwhile) is a conflict: ``stale`` with ``params`` and ``{theirs}`` (the
    row's version)."""
    current = ctx.session.scalars(
        select(model).where(
            model.tenant_id == ctx.actor.tenant_id, of_parent, model.deleted_at.is_(None)
        )
    ).first()
    version = current.version if current is not None else 0
    if version != expected:
        raise ConflictError(
            stale,
            params={**params, "theirs": version},
            details={"expected_version": expected, "version": version},
        )
    row = current
    if row is None:
        row = new()
        ctx.add(row)
    ctx.concern(row)
    row.version = version + 1
    return row


class SettingsSetCommand(Command[ArgsT]):
    """The base of the ``*_settings.set`` commands: the tenant's one row of ``model`` (found
    by ``settings_of``) set as a whole from the version the user saw. The arguments hold
    ``settings_id`` (the row's id; a new id for a tenant without one) and
    ``expected_version`` (0: none yet); each change is a new version, and one from a stale
    view (or naming another row) is a conflict, ``stale`` its message. :meth:`values`
    checks the rest of the arguments and gives the columns they set."""

    shape = "expected_state"
    model: ClassVar[type[Any]]
    settings_of: ClassVar[Callable[[Session, str], Any]]
    #: The conflict's message (``{theirs}``: the row's version) and the row's name when
    #: ``settings_id`` is not found.
    stale: ClassVar[str]
    what: ClassVar[str]
    #: Refuse a stale version before looking up an id that is not the tenant's row (a
    #: stale command naming a missing row is then a conflict, not "not found").
    stale_first: ClassVar[bool] = False

    def run(self, ctx: CommandContext, args: ArgsT) -> None:
        settings_id, expected = args.settings_id, args.expected_version  # type: ignore[attr-defined]
        current = type(self).settings_of(ctx.session, ctx.actor.tenant_id)
        version = current.version if current is not None else 0
        stale = version != expected
        other = current is not None and settings_id != current.id
        if other and not (stale and self.stale_first):
            # The tenant's row is the one set (another id: not the tenant's settings).
            ctx.get(self.model, settings_id, what=self.what)
        if stale or other:
            raise ConflictError(
                self.stale,
                params={"theirs": version},
                details={"expected_version": expected, "version": version},
            )
        values = self.values(ctx, args)
        row = current
        if row is None:
            row = self.model(id=settings_id, version=0)
            ctx.add(row)
        ctx.concern(row)
        changed = sorted(c for c, value in values.items() if getattr(row, c, None) != value)
        for column, value in values.items():
            setattr(row, column, value)
        row.version = version + 1
        # A privileged change (issue 23): which settings changed, never their values.
        ctx.audit(self.name, row, version=row.version, fields=changed)

    def values(self, ctx: CommandContext, args: ArgsT) -> dict[str, Any]:
        """The columns ``args`` set, checked."""
        raise NotImplementedError
