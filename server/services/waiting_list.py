"""Waiting lists of full rounds (issue 15): the offer of a freed place to the first on the
list, by mail with a personal accept link and a deadline; the participant's answer on the
offer page; and the job that passes an offer not answered in time on to the next.

The rules (who waits, who is offered, what a cancellation frees) are the commands'
(:mod:`models.commands.courses`); the server runs them as the system actor under the
tenant's lock and carries out their effects here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, aliased

from models.commands import Actor, build
from models.courses import Course, CourseRound, Registration, RegistrationStatus
from models.errors import TransitionError
from models.ids import new_id, utcnow
from models.people import Person
from server.i18n import N_
from server.services.approval import OFFER_LINK, find_link
from server.services.database import Database
from server.services.effects import run_effects
from server.services.seq import lock_tenant
from server.services.signup import system_actor
from server.settings import Settings
from server.tables import LinkToken

OFFER_USED = N_("This offer was already answered on {day}. Nothing more needs to be done.")
OFFER_EXPIRED = N_("This offer expired on {day}; the place went to the next on the waiting list.")


def _apply(
    session: Session, actor: Actor, settings: Settings, name: str, registration_id: str
) -> None:
    """Run command ``name`` on a registration as ``actor`` and carry out its effects."""
    command = build(name, 1, {"registration_id": registration_id}, id=new_id())
    outcome = command.apply(session, actor)
    run_effects(session=session, actor=actor, settings=settings, effects=outcome.effects)


@dataclass(frozen=True)
class Offer:
    """What the offer page shows."""

    registration: Registration
    participant: Person
    round: CourseRound
    course: Course | None


def offer_for(session: Session, token: str, *, now: datetime) -> tuple[LinkToken, Offer]:
    """The live offer behind ``token`` (LinkProblem when the link is not one)."""
    link = find_link(
        session,
        token,
        now=now,
        purpose=OFFER_LINK.purpose,
        used=OFFER_USED,
        expired=OFFER_EXPIRED,
    )
    reg = session.get_one(Registration, link.entity_id)
    round_ = session.get_one(CourseRound, reg.round_id)
    return link, Offer(
        registration=reg,
        participant=session.get_one(Person, reg.participant_id),
        round=round_,
        course=session.get(Course, round_.course_id),
    )


def answer_offer(
    db: Database, token: str, *, accept: bool, settings: Settings, now: datetime
) -> Offer:
    """Accept (``registration.accept_offer``) or decline (``registration.cancel``, which
    offers the place to the next) the offer behind ``token``, under the tenant's lock.

    Raises LinkProblem for a link that is not live, TransitionError when the registration
    is no longer offered (staff moved it meanwhile).
    """
    with db.transaction() as s:
        link, _offer = offer_for(s, token, now=now)
        lock_tenant(s, link.tenant_id)
        s.refresh(link)
        link, offer = offer_for(s, token, now=now)  # still live, under the lock
        name = "registration.accept_offer" if accept else "registration.cancel"
        if offer.registration.status != RegistrationStatus.OFFERED:
            raise TransitionError("The registration has no offered place to answer")
        _apply(s, system_actor(link.tenant_id), settings, name, offer.registration.id)
        link.used_at = now
        return offer


def expire_offers(db: Database, settings: Settings, *, now: datetime | None = None) -> int:
    """Pass every offer whose link expired unanswered on to the next on the waiting list
    (the offered registration is cancelled). Returns how many were passed on. Run by the
    mail worker on its beat."""
    now = now or utcnow()
    live = aliased(LinkToken)
    with db.sessions() as s:
        due = s.execute(
            select(LinkToken.tenant_id, LinkToken.entity_id)
            .join(Registration, Registration.id == LinkToken.entity_id)
            .where(
                LinkToken.purpose == OFFER_LINK.purpose,
                LinkToken.used_at.is_(None),
                LinkToken.expires_at <= now,
                Registration.status == RegistrationStatus.OFFERED,
                # Not offered again since (moved back to the list by hand, then offered).
                ~exists().where(
                    live.entity_id == LinkToken.entity_id,
                    live.purpose == OFFER_LINK.purpose,
                    live.expires_at > now,
                ),
            )
        ).all()
    passed = 0
    for tenant_id, registration_id in due:
        with db.transaction() as s:
            lock_tenant(s, tenant_id)
            reg = s.get(Registration, registration_id)
            if reg is None or reg.status != RegistrationStatus.OFFERED:
                continue  # answered or moved meanwhile
            _apply(s, system_actor(tenant_id), settings, "registration.cancel", reg.id)
            passed += 1
    return passed
