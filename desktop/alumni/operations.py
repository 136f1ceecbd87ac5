"""Operations of the Alumni queue: decide, reverse a decision, dismiss a conflict,
the institution's rules, duplicate candidates and merging.

Decisions and rules are commands (``alumni.decide``, ``alumni.reverse_decision``,
``alumni.rule_set``):
applied locally at once and queued for the server, so they work offline.
Candidates and merging are server calls (the network pool): they need a
connection, and say so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from sqlalchemy import select, text

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import DbOp, NetOp, OpContext
from desktop.operations.undo import withdraw_command
from desktop.sync_ui.operations import discard
from models import AlumniRegistration, AlumniRule, Base, Person
from models.commands import build
from models.commands.edits import changes_between
from models.errors import DomainError
from models.ids import new_id

if TYPE_CHECKING:
    from sync.client import ServerClient


def _t(source: str) -> str:
    return QCoreApplication.translate("AlumniOps", source)


@dataclass(frozen=True)
class Decided:
    """A decision queued: which item, which command (for undo), what was decided."""

    registration_id: str
    command_id: str
    decision: str


def _queued_decision(ctx: OpContext, registration_id: str) -> tuple[str, str] | None:
    """(command id, expected status) of this user's decision on the item still in the outbox."""
    found = ctx.store.queued_commands(
        "alumni.decide", "alumni_registration_id", [registration_id]
    ).get(registration_id)
    if found is None:
        return None
    return found.command_id, str(found.args.get("expected_status") or "not_approved")


def decide(
    *,
    parent: QObject | None,
    registration_id: str,
    decision: str,
    reason: str = "",
    expected_status: str = "not_approved",
    command_id: str | None = None,
    shared_reason: str = "",
) -> DbOp[Decided]:
    """Approve or deny one item of the manual queue (queued for the server).

    A decision of this user on the same item that still waits in the outbox
    is replaced (taken back, then the new one queued with what the user
    originally saw), so changing one's mind never reads as a conflict.
    ``command_id`` lets the caller know the command's id before it runs
    (an undo pressed at once is queued behind it). ``shared_reason``: what the
    alumnus is told of a denial (the server mails it).
    """
    command_id = command_id or new_id()

    def run(ctx: OpContext) -> Decided:
        expected = expected_status
        queued = _queued_decision(ctx, registration_id)
        if queued is not None:
            ctx.changed(withdraw_command(ctx, queued[0]))
            expected = queued[1]
        args: dict[str, Any] = {
            "alumni_registration_id": registration_id,
            "decision": decision,
            "expected_status": expected,
        }
        if reason:
            args["reason"] = reason
        if shared_reason:  # what the alumnus is told of a denial
            args["shared_reason"] = shared_reason
        command = build("alumni.decide", 1, args, id=command_id)
        ctx.execute(command)
        return Decided(registration_id, command.id, decision)

    label = (
        QCoreApplication.translate("AlumniOps", "Approving")
        if decision == "approve"
        else QCoreApplication.translate("AlumniOps", "Denying")
    )
    return DbOp(run, parent=parent, label=label)


def review_proposal(*, parent: QObject | None, registration_id: str, apply: bool) -> DbOp[str]:
    """Apply (or discard) the new name or personnummer a returning registered alumnus's
    approved registration proposed (queued for the server, like a decision); the
    command's id."""

    def run(ctx: OpContext) -> str:
        args = {"alumni_registration_id": registration_id, "apply": apply}
        command = build("alumni.review_proposal", 1, args, id=new_id())
        ctx.execute(command)
        return command.id

    label = (
        QCoreApplication.translate("AlumniOps", "Applying the new details")
        if apply
        else QCoreApplication.translate("AlumniOps", "Discarding the new details")
    )
    return DbOp(run, parent=parent, label=label)


@dataclass(frozen=True)
class Decision:
    """An item's decision as this computer knows it: for the question before a reversal."""

    registration_id: str
    name: str
    status: str
    queued: bool


def decision_of(ctx: OpContext, registration_id: str) -> Decision:
    """The item's status, its alumnus' name, and whether a decision of it is still queued."""
    queued = _queued_decision(ctx, registration_id) is not None
    with ctx.read() as s:
        item = s.get(AlumniRegistration, registration_id)
        if item is None:
            return Decision(registration_id, "", "", queued)
        name = f"{item.first_name} {item.last_name}".strip() or item.email
        return Decision(registration_id, name, item.status, queued)


def reverse_decision(
    *, parent: QObject | None, registration_id: str, reason: str, command_id: str | None = None
) -> DbOp[Decided]:
    """Reverse an officer's decision that reached the server (``alumni.reverse_decision``,
    queued like a decision): the item goes back to the manual queue. The decision it
    reverses is the one this computer shows (what the officer saw); someone else's change
    meanwhile is a conflict in the sync issues."""
    command_id = command_id or new_id()

    def run(ctx: OpContext) -> Decided:
        status = decision_of(ctx, registration_id).status
        args = {
            "alumni_registration_id": registration_id,
            "reason": reason,
            "expected_status": status,
        }
        ctx.execute(build("alumni.reverse_decision", 1, args, id=command_id))
        return Decided(registration_id, command_id, "reverse")

    label = _t(QT_TRANSLATE_NOOP("AlumniOps", "Reversing the decision"))
    return DbOp(run, parent=parent, label=label)


def dismiss_conflict(*, parent: QObject | None, command_id: str) -> DbOp[None]:
    """Accept the other officer's decision: the refusal is marked seen (kept, discarded)."""
    return discard(parent=parent, command_id=command_id)


# -- rules ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RuleRow:
    """One of the institution's rules as the editor shows it."""

    id: str
    kind: str
    params: dict[str, Any]
    position: int
    active: bool
    description: str
    pending: bool


def load_rules(ctx: OpContext) -> list[RuleRow]:
    """The tenant's rules (active and inactive), in their order."""
    with ctx.read() as s:
        pending = ctx.store.pending_ids("alumni_rule", session=s)
        rules = s.scalars(
            select(AlumniRule)
            .where(AlumniRule.deleted_at.is_(None))
            .order_by(AlumniRule.position, AlumniRule.id)
        )
        return [
            RuleRow(
                id=r.id,
                kind=r.kind,
                params=dict(r.params or {}),
                position=r.position,
                active=bool(r.active),
                description=r.description or "",
                pending=r.id in pending,
            )
            for r in rules
        ]


def set_rule(
    *, parent: QObject | None, rule_id: str, values: dict[str, Any], shown: RuleRow | None
) -> DbOp[str]:
    """Create a rule or change the fields of ``shown`` that ``values`` changes
    (``alumni.rule_set`` v2, administrators); returns its id.

    Only the changed fields are sent, each with the value the form showed, so
    another administrator's change of another field meanwhile is kept, and of
    the same field becomes a conflict in the sync issues. Nothing changed:
    nothing is queued. The arguments are checked when the command is built: a
    ValidationError names the field.
    """
    before = None if shown is None else rule_values(shown)

    def run(ctx: OpContext) -> str:
        changes = changes_between(before, values)
        if changes:
            args = {"rule_id": rule_id, "changes": changes}
            ctx.execute(ctx.command("alumni.rule_set", args, version=2))
        return rule_id

    return DbOp(
        run, parent=parent, label=QCoreApplication.translate("AlumniOps", "Saving the rule")
    )


def rule_values(rule: RuleRow) -> dict[str, Any]:
    """The editable fields of a rule as the form shows them."""
    return {
        "kind": rule.kind,
        "params": dict(rule.params),
        "position": rule.position,
        "active": rule.active,
        "description": rule.description,
    }


# -- duplicates and merging ------------------------------------------------------------


class NeedsConnection(DomainError):
    code = "offline"


def _client(engine: Any) -> ServerClient:
    client: ServerClient | None = engine.client
    if client is None:
        raise NeedsConnection(
            QCoreApplication.translate("AlumniOps", "This needs a connection to the server.")
        )
    return client


def fetch_candidates(*, parent: QObject | None, engine: Any, registration_id: str) -> NetOp[Any]:
    """The server's possible duplicates of a registration's alumnus, best first, with scores."""
    client = _client(engine)
    label = QCoreApplication.translate("AlumniOps", "Looking for possible duplicates")
    return NetOp(lambda: client.alumni_candidates(registration_id), parent=parent, label=label)


def merge_persons(
    *, parent: QObject | None, engine: Any, survivor_id: str, duplicate_id: str
) -> NetOp[Any]:
    """Merge ``duplicate_id`` into ``survivor_id`` on the server (audited); then sync."""
    client = _client(engine)
    label = QCoreApplication.translate("AlumniOps", "Merging persons")
    return NetOp(
        lambda: client.merge_persons(survivor_id=survivor_id, duplicate_id=duplicate_id),
        parent=parent,
        label=label,
    )


@dataclass(frozen=True)
class MergePreview:
    """What a merge will move, as far as this computer knows: rows per kind."""

    survivor_name: str
    duplicate_name: str
    moves: dict[str, int]


#: Readable names of the tables that refer to a person.
MOVED_KINDS = {
    "person_email": QT_TRANSLATE_NOOP("AlumniOps", "e-mail addresses"),
    "person_phone": QT_TRANSLATE_NOOP("AlumniOps", "phone numbers"),
    "person_category": QT_TRANSLATE_NOOP("AlumniOps", "categories"),
    "registration": QT_TRANSLATE_NOOP("AlumniOps", "course registrations"),
    "alumni_registration": QT_TRANSLATE_NOOP("AlumniOps", "alumni registrations"),
    "activity": QT_TRANSLATE_NOOP("AlumniOps", "activities"),
    "consent": QT_TRANSLATE_NOOP("AlumniOps", "consents"),
    "student_record": QT_TRANSLATE_NOOP("AlumniOps", "student records"),
}


def moved_kind(table: str) -> str:
    """The readable name of a kind of row a merge moves."""
    return _t(MOVED_KINDS[table]) if table in MOVED_KINDS else table.replace("_", " ")


def merge_preview(ctx: OpContext, survivor_id: str, duplicate_id: str) -> MergePreview:
    """Count the local rows that refer to the duplicate, per table (what will move)."""
    moves: dict[str, int] = {}
    with ctx.read() as s:
        survivor = s.get(Person, survivor_id)
        duplicate = s.get(Person, duplicate_id)
        for table in Base.metadata.sorted_tables:
            if table.name == "person" or not table.info.get("synced"):
                continue
            columns = [
                c
                for c in table.columns
                if any(
                    fk.column.table.name == "person" and fk.column.name == "id"
                    for fk in c.foreign_keys
                )
            ]
            if not columns:
                continue
            where = " OR ".join(f"{c.name} = :pid" for c in columns)
            count = s.execute(
                text(f"SELECT count(*) FROM {table.name} WHERE ({where}) AND deleted_at IS NULL"),
                {"pid": duplicate_id},
            ).scalar_one()
            if count:
                moves[table.name] = int(count)
    return MergePreview(
        survivor_name=survivor.full_name if survivor else "",
        duplicate_name=duplicate.full_name if duplicate else "",
        moves=moves,
    )
