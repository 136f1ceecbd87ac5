"""The person confirms contact data a registration proposed, from an address of the profile.

A registration that matched a person on one identifier, with the name and
birth date agreeing but an e-mail, phone or personnummer the profile lacks,
goes to the manual queue with those details only *proposed* (security issue
13, item 1). The person can settle it without an officer: a single-purpose
link is mailed to every address the profile already has (never to the
proposed one), in the tenant's language. Following it and confirming adds
the proposed details to the profile and decides the registration as the
automatic check decides a confirmed match (:func:`confirm_by_link`).

A registration whose name or birth date disagrees gets no such mail: it may
well be someone else, and an officer compares the two side by side.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from models.alumni import AlumniRegistration, AlumniStatus, ProposalState
from models.alumni_matching import Disagreement
from models.alumni_proposals import PROPOSABLE, apply_proposal, proposed_address
from models.ids import new_id
from models.notifications import EventType
from models.people import ActivityKind, CategoryKey, Person, PersonEmail
from models.tenancy import Tenant
from server.i18n import N_, gettext, use_language
from server.services.alumni.categories import category_keys, give_category
from server.services.alumni.links import MailedLink, mail_link
from server.services.alumni.notices import tell_outcome
from server.services.approval import LinkKind, LinkProblem, find_link
from server.services.seq import lock_tenant
from server.services.timeline import add_activity
from server.settings import Settings
from server.sql import count_rows
from server.tables import LinkToken

CONFIRM_PURPOSE = "alumni_confirm_details"
CONFIRM_MAIL_KIND = "alumni_confirm_details"
CONFIRM_LINK = LinkKind(CONFIRM_PURPOSE, timedelta(days=7))
#: Confirmation mails to one address per day at most (the public form must not be a way
#: to fill a member's mailbox).
CONFIRM_MAILS_PER_DAY = 3
CONFIRM_MAIL = MailedLink(
    CONFIRM_LINK,
    "confirm",
    CONFIRM_MAIL_KIND,
    CONFIRM_MAILS_PER_DAY,
    EventType.ALUMNI_CONFIRM_DETAILS,
)
_CONFIRM_USED = N_("This link was already used on {day}; the details are confirmed.")
_CONFIRM_EXPIRED = N_("This link expired on {day}. Register again to get a new one.")

#: The proposal's fields as the mail names them.
_FIELD_NAMES = {
    "email": "E-mail address",
    "phone": "Phone",
    "personnummer": "Personnummer",
}
ADDRESS_NAME = N_("Postal address")


def can_confirm(mismatch: list[Disagreement]) -> bool:
    """Whether the person may settle these disagreements: only contact data the profile lacks."""
    return bool(mismatch) and all(d.field in PROPOSABLE for d in mismatch)


def ask_to_confirm(
    session: Session,
    settings: Settings,
    reg: AlumniRegistration,
    person: Person,
    addresses: list[str],
    now: datetime,
) -> int:
    """Mail a confirmation link to each of ``addresses`` (the profile's, before this
    registration); the number of mails queued."""
    tenant = session.get(Tenant, reg.tenant_id)
    if tenant is None or reg.proposal_state != ProposalState.PENDING:
        return 0
    with use_language(tenant.language):  # the person asked from no page of ours
        values = {"member_name": person.first_name, "details": _details(reg)}
        return sum(
            mail_link(
                session,
                settings,
                CONFIRM_MAIL,
                tenant=tenant,
                entity_id=reg.id,
                email=address,
                now=now,
                values=lambda _url: values,
                name=person.first_name,
                related_id=reg.id,
            )
            for address in sorted(set(addresses))
        )


def _details(reg: AlumniRegistration) -> str:
    """The proposed details, one per line ("  Phone: 070-…"), named in the current language."""
    proposed = reg.proposed if isinstance(reg.proposed, dict) else {}
    lines = [f"  {gettext(_FIELD_NAMES[k])}: {proposed[k]}" for k in PROPOSABLE if proposed.get(k)]
    address = proposed_address(proposed)
    if address:
        lines.append(f"  {gettext(ADDRESS_NAME)}: {address}")
    return "\n".join(lines)


def confirmation_link(
    session: Session, token: str, *, tenant_id: str, now: datetime
) -> tuple[LinkToken, AlumniRegistration]:
    """The live confirmation link ``token`` of ``tenant_id`` and its registration.

    Raises:
        LinkProblem: forged, of another purpose or tenant, used, expired, or the
            registration was decided meanwhile; the message says which.
    """
    link = find_link(
        session,
        token,
        now=now,
        purpose=CONFIRM_PURPOSE,
        tenant_id=tenant_id,
        used=_CONFIRM_USED,
        expired=_CONFIRM_EXPIRED,
    )
    reg = session.get(AlumniRegistration, link.entity_id)
    if (
        reg is None
        or reg.deleted_at is not None
        or reg.status != AlumniStatus.NOT_APPROVED
        or reg.proposal_state != ProposalState.PENDING
    ):
        raise LinkProblem("The registration has been handled already; nothing needs confirming.")
    return link, reg


def confirm_by_link(
    *,
    session: Session,
    token: str,
    tenant_id: str,
    now: datetime,
    settings: Settings | None = None,
) -> AlumniRegistration:
    """Apply the proposal of the link's registration and decide it; the link is then used.

    The link's address must still be on the profile. The registration becomes
    ``approved_registered_alumnus`` or ``approved_alumnus`` (given "Registered
    alumnus") as for a confirmed match; a person with neither category stays in
    the manual queue, the details added. With the server's ``settings`` an approved
    alumnus is told (:func:`~server.services.alumni.notices.tell_outcome`).

    Raises:
        LinkProblem: the link cannot be used (see :func:`confirmation_link`), or its
            address is no longer on the profile.
    """
    lock_tenant(session, tenant_id)  # serialised with the officers' decisions
    link, reg = confirmation_link(session, token, tenant_id=tenant_id, now=now)
    person = session.get(Person, reg.person_id) if reg.person_id else None
    if person is None or person.deleted_at is not None:
        raise LinkProblem("The registration has been handled already; nothing needs confirming.")
    on_profile = count_rows(
        session,
        PersonEmail,
        PersonEmail.person_id == person.id,
        PersonEmail.address == link.email,
        PersonEmail.deleted_at.is_(None),
    )
    if not on_profile:
        raise LinkProblem(
            "This link is not valid. Check that you opened the whole link from the e-mail."
        )
    applied = apply_proposal(reg, person, new_id=lambda _part: new_id(), add=session.add)
    had = category_keys(session, tenant_id, person.id)
    if CategoryKey.REGISTERED_ALUMNUS in had:
        reg.confirm_by_person(
            status=AlumniStatus.APPROVED_REGISTERED_ALUMNUS, by=link.email, now=now
        )
    elif CategoryKey.ALUMNUS in had:
        give_category(session, tenant_id, person.id, CategoryKey.REGISTERED_ALUMNUS)
        reg.confirm_by_person(status=AlumniStatus.APPROVED_ALUMNUS, by=link.email, now=now)
    add_activity(
        session,
        person,
        ActivityKind.ALUMNI_DECISION,
        "New contact details confirmed by the alumnus",
        actor=link.email,
        now=now,
        data={"alumni_registration_id": reg.id, "applied": applied},
    )
    link.used_at = now
    if settings is not None:
        tell_outcome(session, settings, reg)
    session.flush()
    return reg
