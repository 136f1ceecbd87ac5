"""Notifications of alumni registrations (issue 16): one was received, one was decided.

Kansli never mailed these: they go only to whom a binding of ``alumni.received`` /
``alumni.decided`` names (static recipients, such as the alumni office), so a tenant that
binds nothing sends nothing new. The member is not among the event's own recipients.

The alumnus is told the outcome (issue 20): ``alumni.approved`` when the registration is
approved (by the automatic check, by staff, or by the person's confirmation) and
``alumni.denied`` when staff deny it, with the reason staff chose to share
(``shared_reason``; the internal ``denial_reason`` is never sent). To the address the
registration gave, in the language of its form (the tenant's when not known), once per
outcome and shared text: a retried check or a command synced again finds the outcome told
(``outcome_told``, the mail's event and a digest of the shared reason; :func:`tell_outcome`).
A decision reversed and made again is told again only when the mail would say something
else (another outcome, another shared reason). An approval the alumnus was told and staff
take back (the registration is back in the manual queue) is told too:
``alumni.approval_withdrawn``. The end of a membership has its own mail
(``forms.unregister``).
"""

from __future__ import annotations

import hashlib
import textwrap

from sqlalchemy.orm import Session

from models.alumni import STATUS_LABELS, AlumniRegistration, AlumniStatus
from models.notifications import MAIL_WIDTH, EventType
from server.i18n import N_, gettext, use_language
from server.services.messages import tenant_language
from server.services.notify import Recipient, notify
from server.settings import Settings

#: The automatic check's decisions as a notification says them.
_DECISIONS = {
    AlumniStatus.APPROVED_REGISTERED_ALUMNUS: N_("approved as a registered alumnus"),
    AlumniStatus.APPROVED_ALUMNUS: N_("approved as an alumnus"),
    AlumniStatus.NOT_APPROVED: N_("not approved: it waits for a decision in Kansli"),
}


def _name(reg: AlumniRegistration) -> str:
    return f"{reg.first_name} {reg.last_name}".strip()


def tell_received(session: Session, settings: Settings, reg: AlumniRegistration) -> None:
    """``alumni.received`` for ``reg``, in ``session``'s transaction."""
    _tell(session, settings, reg, EventType.ALUMNI_RECEIVED, {"member_name": _name(reg)})


def tell_decided(session: Session, settings: Settings, reg: AlumniRegistration) -> None:
    """``alumni.decided`` for ``reg`` as it was just decided, in ``session``'s transaction;
    the decision in the tenant's language."""
    status = AlumniStatus(reg.status)
    label = _DECISIONS.get(status)
    with use_language(tenant_language(session, reg.tenant_id)):
        decision = gettext(label) if label else STATUS_LABELS.get(status, str(status))
    values = {"member_name": _name(reg), "decision": decision}
    _tell(session, settings, reg, EventType.ALUMNI_DECIDED, values)


def _tell(
    session: Session,
    settings: Settings,
    reg: AlumniRegistration,
    event: EventType,
    values: dict[str, str],
) -> None:
    notify(
        session, settings, tenant_id=reg.tenant_id, event=event, values=values, related_id=reg.id
    )


#: The outcomes the alumnus is told, with their event.
OUTCOMES = {
    AlumniStatus.APPROVED_REGISTERED_ALUMNUS: EventType.ALUMNI_APPROVED,
    AlumniStatus.APPROVED_ALUMNUS: EventType.ALUMNI_APPROVED,
    AlumniStatus.APPROVED_MANUALLY: EventType.ALUMNI_APPROVED,
    AlumniStatus.DENIED: EventType.ALUMNI_DENIED,
}


def told_key(event: EventType, reg: AlumniRegistration) -> str:
    """What ``outcome_told`` records of a mail: its event, and for a denial a digest of the
    shared reason it tells, so the same mail is never sent twice (at most 40 characters)."""
    if event != EventType.ALUMNI_DENIED:
        return event.value
    shared = reg.shared_reason.strip()
    return f"{event.value}:{hashlib.sha256(shared.encode()).hexdigest()[:16]}"


def _told_approval(reg: AlumniRegistration) -> bool:
    told = reg.outcome_told or ""
    if told in set(AlumniStatus):
        return OUTCOMES.get(AlumniStatus(told)) == EventType.ALUMNI_APPROVED
    return told == EventType.ALUMNI_APPROVED.value


def _told_before(event: EventType, reg: AlumniRegistration) -> bool:
    told = reg.outcome_told or ""
    if told in set(AlumniStatus):  # recorded as the status before the digest: same event
        return OUTCOMES.get(AlumniStatus(told)) == event
    return told == told_key(event, reg)


def tell_outcome(session: Session, settings: Settings, reg: AlumniRegistration) -> bool:
    """Tell the alumnus ``reg``'s outcome as it now is, in ``session``'s transaction; whether
    a notification was queued (not for the same mail told before, nor an outcome not told)."""
    event = OUTCOMES.get(AlumniStatus(reg.status))
    if event is None and reg.status == AlumniStatus.NOT_APPROVED and _told_approval(reg):
        event = EventType.ALUMNI_APPROVAL_WITHDRAWN  # an approval told, then taken back
    if event is None or not reg.email:
        return False
    if _told_before(event, reg):  # the same mail (a retry, a command synced again)
        return False
    language = reg.language or tenant_language(session, reg.tenant_id)
    values = {"member_name": reg.first_name, "reason": ""}
    if event == EventType.ALUMNI_DENIED and reg.shared_reason.strip():
        with use_language(language):
            lead = gettext("The reason:")
        # A block of the mail (its lines as they are): wrapped here like a paragraph.
        values["reason"] = "\n".join(
            textwrap.fill(" ".join(part.split()), MAIL_WIDTH, break_long_words=False)
            for part in f"{lead} {reg.shared_reason.strip()}".splitlines()
            if part.strip()
        )
    member = Recipient(
        "member", reg.first_name, (reg.email,), language=language, person_id=reg.person_id
    )
    notify(
        session,
        settings,
        tenant_id=reg.tenant_id,
        event=event,
        values=values,
        recipients={"member": [member]},
        related_id=reg.id,
    )
    reg.outcome_told = told_key(event, reg)
    return True
