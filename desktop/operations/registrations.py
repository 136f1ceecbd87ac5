"""Operations on registrations: approval requests, managers, removal, cancellation, adding.

Each factory returns a :class:`DbOp` the caller starts. Batch operations
execute one command per registration (each its own transaction, as on the
server), report progress, can be cancelled, and collect what was refused
instead of stopping at the first refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from sqlalchemy import select

from desktop.common.domain_text import error_text
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations.executor import DbOp, OpContext
from models import Person, PersonEmail, Registration
from models.commands.courses import request_address
from models.errors import DomainError
from models.ids import new_id


@dataclass
class BatchResult:
    """What a batch did: how many commands applied, and each refusal in words."""

    applied: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)
    #: The registrations of ``refused``, in the same order.
    refused_ids: list[str] = field(default_factory=list)


def _addresses(ctx: OpContext, person_ids: set[str]) -> dict[str, list[str]]:
    """Each person's live e-mail addresses, the main one first."""
    if not person_ids:
        return {}
    out: dict[str, list[str]] = {}
    with ctx.read() as s:
        rows = s.execute(
            select(PersonEmail.person_id, PersonEmail.address)
            .where(PersonEmail.person_id.in_(person_ids), PersonEmail.deleted_at.is_(None))
            .order_by(PersonEmail.person_id, PersonEmail.is_primary.desc(), PersonEmail.position)
        )
        for pid, address in rows:
            out.setdefault(pid, []).append(address)
    return out


@dataclass(frozen=True)
class PlanItem:
    """One line of the "who gets what" list of the approval request dialog."""

    registration_id: str
    participant: str
    manager: str
    recipient: str | None
    reminder: bool
    request_count: int
    skip_reason: str | None
    #: Why skipped, as a code: "cancelled", "approved" or "no_recipient" (None: not skipped).
    skip_code: str | None = None
    #: When the last request (or reminder) was sent; None before the first.
    last_requested_at: datetime | None = None
    #: A reminder sooner than the minimum gap after the last request: held back unless
    #: the user chooses to send it anyway.
    too_soon: bool = False


def _names(ctx: OpContext, person_ids: set[str]) -> dict[str, str]:
    if not person_ids:
        return {}
    with ctx.read() as s:
        rows = s.execute(
            select(Person.id, Person.first_name, Person.last_name).where(Person.id.in_(person_ids))
        )
        return {pid: f"{first} {last}".strip() for pid, first, last in rows}


def _chunks(ids: list[str], size: int = 500) -> list[list[str]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def _registrations(ctx: OpContext, ids: list[str]) -> list[Registration]:
    regs: list[Registration] = []
    with ctx.read() as s:
        for chunk in _chunks(ids):
            regs.extend(s.scalars(select(Registration).where(Registration.id.in_(chunk))))
    order = {rid: n for n, rid in enumerate(ids)}
    return sorted(regs, key=lambda r: order.get(r.id, 0))


def plan_approval_requests(
    ctx: OpContext,
    ids: list[str],
    *,
    min_gap: timedelta = timedelta(0),
    now: datetime | None = None,
) -> list[PlanItem]:
    """Who gets a request (or reminder) and who is skipped, and why; a reminder within
    ``min_gap`` of the last request (at ``now``, default the current time) is ``too_soon``."""
    now = now or datetime.now(UTC)
    regs = _registrations(ctx, ids)
    people = {r.participant_id for r in regs} | {
        r.approving_manager_id for r in regs if r.approving_manager_id
    }
    names = _names(ctx, people)
    emails = _addresses(ctx, {r.approving_manager_id for r in regs if r.approving_manager_id})
    plan = []
    for r in regs:
        # The address the command will mail, by its rule.
        recipient = request_address(r, emails.get(r.approving_manager_id or "", []))
        if r.approving_manager_id:
            manager = names.get(r.approving_manager_id, "")
        else:
            manager = r.form_manager_name or ""
        skip = code = None
        if r.status == "cancelled":
            code = "cancelled"
            skip = QCoreApplication.translate("RegistrationOps", "the registration is cancelled")
        elif r.approved_at is not None:
            code = "approved"
            skip = QCoreApplication.translate("RegistrationOps", "already approved by %1").replace(
                "%1", r.approved_by_email or ""
            )
        elif not recipient:
            code = "no_recipient"
            skip = QCoreApplication.translate(
                "RegistrationOps", "no approving manager with an e-mail address"
            )
        last = _utc(r.approval_requested_at)
        plan.append(
            PlanItem(
                registration_id=r.id,
                participant=names.get(r.participant_id, ""),
                manager=manager,
                recipient=recipient,
                reminder=last is not None,
                request_count=r.approval_request_count or 0,
                skip_reason=skip,
                skip_code=code,
                last_requested_at=last,
                too_soon=skip is None and last is not None and now - last < min_gap,
            )
        )
    return plan


def _utc(value: datetime | None) -> datetime | None:
    """A stored time (UTC when it says no zone) as an aware UTC time."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def registration_names(ctx: OpContext, ids: list[str]) -> list[str]:
    """The participants' names of registrations ``ids``, in that order (for a confirmation
    that names whom it changes: ask for the first few only)."""
    labels = _registration_labels(ctx, ids)
    return [labels.get(rid, rid) for rid in ids]


def _run_batch(
    ctx: OpContext,
    ids: list[str],
    make: Callable[[str], tuple[str, dict[str, Any]] | None],
) -> BatchResult:
    result = BatchResult()
    names: dict[str, str] = {}
    for n, rid in enumerate(ids):
        ctx.report(n, len(ids))
        spec = make(rid)
        if spec is None:
            continue
        name, args = spec
        try:
            ctx.execute(ctx.command(name, args))
            result.applied += 1
        except DomainError as exc:
            if not names:
                names = _registration_labels(ctx, ids)
            result.refused.append((names.get(rid, rid), error_text(exc)))
            result.refused_ids.append(rid)
    ctx.report(len(ids), len(ids))
    return result


def _registration_labels(ctx: OpContext, ids: list[str]) -> dict[str, str]:
    regs = _registrations(ctx, ids)
    names = _names(ctx, {r.participant_id for r in regs})
    return {r.id: names.get(r.participant_id, r.id) for r in regs}


# What a batch of each registration command says while it runs.
_BATCH_LABELS = {
    "registration.request_approval": QT_TRANSLATE_NOOP(
        "RegistrationOps", "Sending approval requests"
    ),
    "registration.remove_approval": QT_TRANSLATE_NOOP("RegistrationOps", "Removing approvals"),
    "registration.cancel": QT_TRANSLATE_NOOP("RegistrationOps", "Cancelling registrations"),
    "registration.to_waiting_list": QT_TRANSLATE_NOOP(
        "RegistrationOps", "Moving to the waiting list"
    ),
    "registration.from_waiting_list": QT_TRANSLATE_NOOP(
        "RegistrationOps", "Giving places from the waiting list"
    ),
}


def _for_each(
    name: str, ids: list[str], args: dict[str, str], *, parent: QObject | None
) -> DbOp[BatchResult]:
    """Command ``name`` with ``args`` on every registration of ``ids``, as one batch."""
    return DbOp(
        lambda ctx: _run_batch(ctx, ids, lambda rid: (name, {"registration_id": rid, **args})),
        parent=parent,
        label=QCoreApplication.translate("RegistrationOps", _BATCH_LABELS[name]),
    )


def request_approvals(
    *, parent: QObject | None, ids: list[str], message: str = ""
) -> DbOp[BatchResult]:
    """Send (or re-send as a reminder) the request to each registration's approving manager."""
    return _for_each("registration.request_approval", ids, {"message": message}, parent=parent)


def set_manager(
    *, parent: QObject | None, ids: list[str], manager_id: str | None
) -> DbOp[BatchResult]:
    """Link ``manager_id`` as approving manager of each registration (None unlinks)."""

    def run(ctx: OpContext) -> BatchResult:
        current = {r.id: r.approving_manager_id for r in _registrations(ctx, ids)}
        return _run_batch(
            ctx,
            ids,
            lambda rid: (
                "registration.set_manager",
                {
                    "registration_id": rid,
                    "approving_manager_id": manager_id,
                    "expected_manager_id": current.get(rid),
                },
            ),
        )

    return DbOp(
        run,
        parent=parent,
        label=QCoreApplication.translate("RegistrationOps", "Setting the approving manager"),
    )


def remove_approvals(*, parent: QObject | None, ids: list[str], reason: str) -> DbOp[BatchResult]:
    """Take back approvals (administrators), with the reason for the audit trail."""
    return _for_each("registration.remove_approval", ids, {"reason": reason}, parent=parent)


def cancel_registrations(*, parent: QObject | None, ids: list[str]) -> DbOp[BatchResult]:
    return _for_each("registration.cancel", ids, {}, parent=parent)


def move_registrations(
    *, parent: QObject | None, ids: list[str], to_waiting_list: bool
) -> DbOp[BatchResult]:
    """Staff move registrations to the round's waiting list, or give them a place from it
    (also beyond the seats)."""
    name = "registration.to_waiting_list" if to_waiting_list else "registration.from_waiting_list"
    return _for_each(name, ids, {}, parent=parent)


@dataclass(frozen=True)
class NewPerson:
    first_name: str
    last_name: str
    email: str = ""
    organisation_id: str | None = None


def add_registration(
    *,
    parent: QObject | None,
    round_id: str,
    participant_id: str | None,
    new_person: NewPerson | None = None,
    manager_id: str | None = None,
    partner_id: str | None = None,
) -> DbOp[str]:
    """Register an existing person, or a new one made first, on a round (with their
    partner on a partner course); returns the id."""

    def run(ctx: OpContext) -> str:
        person_id = participant_id
        if person_id is None:
            if new_person is None:
                raise ValueError("either participant_id or new_person")
            person_id = new_id()
            emails = [{"address": new_person.email}] if new_person.email else []
            ctx.execute(
                ctx.command(
                    "person.create",
                    {
                        "person_id": person_id,
                        "first_name": new_person.first_name,
                        "last_name": new_person.last_name,
                        "organisation_id": new_person.organisation_id,
                        "emails": emails,
                    },
                )
            )
        registration_id = new_id()
        ctx.execute(
            ctx.command(
                "registration.create",
                {
                    "registration_id": registration_id,
                    "round_id": round_id,
                    "participant_id": person_id,
                    "approving_manager_id": manager_id,
                }
                | ({"partner_id": partner_id} if partner_id else {}),
            )
        )
        return registration_id

    return DbOp(
        run,
        parent=parent,
        label=QCoreApplication.translate("RegistrationOps", "Adding a registration"),
    )
