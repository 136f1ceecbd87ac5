"""Notifications of alumni registrations (issue 16): one was received, one was decided.

Kansli never mailed these: they go only to whom a binding of ``alumni.received`` /
``alumni.decided`` names (static recipients, such as the alumni office), so a tenant that
binds nothing sends nothing new. The member is not among the event's own recipients.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from models.alumni import STATUS_LABELS, AlumniRegistration, AlumniStatus
from models.notifications import EventType
from server.i18n import N_, gettext, use_language
from server.services.messages import tenant_language
from server.services.notify import notify
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
