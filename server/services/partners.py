"""Partners (issue 17; seed 003): the people a person signed up with before, and the
invitation of a new partner to a partner course.

A partner course's pairs sign up together: each registration's ``partner_id`` names the
other. :func:`partners_of` reads those links in both directions, so the booking page can
offer Maria her former partner Anders without her typing anything about him.
:func:`invite_partner` is the other way in: a partner named by name and address (found by
the address, or created) gets a mail (event ``registration.partner_invitation``) with a
personal booking link to the round, and books their own place with it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models.courses import CourseRound, Registration, RegistrationStatus
from models.errors import NotFoundError, ValidationError
from models.notifications import EventType, RecipientKind
from models.people import Person, live_person
from models.validators import normalize_email
from server.i18n import N_
from server.services.booking_links import BOOKING_LINK, booking_link
from server.services.notify import Recipient, notify
from server.services.round_notices import round_concerns, round_values
from server.services.signup import _new_person, _split_name, find_by_email
from server.settings import Settings

#: The refusal of an invitation to the inviter's own address.
OWN_ADDRESS = N_("That is your own address: write your partner's.")


def partners_of(session: Session, tenant_id: str, person_id: str) -> list[Person]:
    """The people ``person_id`` signed up with before: the other person of each of the
    tenant's live registrations (not cancelled) whose ``partner_id`` links the two, in
    either direction; live persons only (a merged partner as the one they were merged
    into), each once, by name."""
    me = session.get(Person, person_id)
    if me is None or me.tenant_id != tenant_id:
        return []
    linked = session.execute(
        select(Registration.participant_id, Registration.partner_id).where(
            Registration.tenant_id == tenant_id,
            Registration.deleted_at.is_(None),
            Registration.status != RegistrationStatus.CANCELLED,
            Registration.partner_id.is_not(None),
            or_(
                Registration.participant_id == person_id,
                Registration.partner_id == person_id,
            ),
        )
    ).all()
    others = {
        partner if participant == person_id else participant for participant, partner in linked
    }
    found: dict[str, Person] = {}
    for other in sorted(o for o in others if o):
        person = live_person(session, tenant_id, other)
        if person is not None and person.id != person_id:
            found[person.id] = person
    return sorted(found.values(), key=lambda p: (p.full_name.casefold(), p.id))


def invite_partner(
    session: Session,
    settings: Settings,
    *,
    tenant_id: str,
    round_id: str,
    inviter_id: str,
    name: str,
    email: str,
    now: datetime,
) -> Person:
    """Invite the partner ``name`` <``email``> to book ``round_id`` with ``inviter_id``:
        the tenant's person with that address (:func:`server.services.signup.find_by_email`),
        or a new person of that name and address, gets the mail of event
        ``registration.partner_invitation`` with a personal booking link to the round, in
        ``session``'s transaction (the caller holds the tenant's lock and commits). Returns
        the partner. A round or inviter not of the tenant is refused (NotFoundError), an address
    that is none or the inviter's own (ValidationError of field ``partner_email``)."""
    round_ = session.get(CourseRound, round_id)
    if round_ is None or round_.tenant_id != tenant_id or round_.deleted_at is not None:
        raise NotFoundError("Course round not found", params={"id": round_id})
    inviter = live_person(session, tenant_id, inviter_id)
    if inviter is None:
        raise NotFoundError("Person not found", params={"id": inviter_id})
    email = normalize_email(email, field="partner_email")
    partner = find_by_email(session, tenant_id, email)
    if partner is not None and partner.id == inviter.id:
        raise ValidationError(OWN_ADDRESS, field="partner_email")
    if partner is None:
        first_name, last_name = _split_name(name)
        partner = _new_person(
            session,
            tenant_id,
            first_name=first_name,
            last_name=last_name,
            email=email,
            organisation_id=None,
            now=now,
        )
    values: dict[str, object] = dict(round_values(session, round_))
    values |= {
        "inviter_name": inviter.full_name,
        "booking_link": booking_link(
            session,
            settings,
            tenant_id=tenant_id,
            person_id=partner.id,
            email=email,
            now=now,
            round_id=round_.id,
        ),
        "link_valid_until": (now + BOOKING_LINK.lifetime).date().isoformat(),
    }
    # The mail goes to the address the inviter gave, which the link is bound to.
    recipient = Recipient(
        RecipientKind.PARTICIPANT,
        partner.full_name,
        (email,),
        person_id=partner.id,
    )
    notify(
        session,
        settings,
        tenant_id=tenant_id,
        event=EventType.REGISTRATION_PARTNER_INVITATION,
        values=values,
        concerns=round_concerns(round_),
        recipients={RecipientKind.PARTICIPANT: [recipient]},
        related_id=round_.id,
        personal=True,
    )
    return partner
