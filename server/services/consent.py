"""Consent withdrawal (issue 23, GDPR art. 7(3): "as easy to withdraw as to give").

A consent is recorded when a manager approves a registration on the manager's page
(:func:`server.services.approval.submit_approval`): the round's terms and the consent to
the processing of personal data, each with the exact text shown. The personal-data
consent is the withdrawable one; the terms are the agreement the approval is.

- :func:`consent_recorded`: the receipt mailed to the manager right after
  (``registration.consent_recorded``), with the consent's text and a personal withdrawal
  link (a token like every mailed link, stored hashed and mailed only to the address
  that consented; whoever holds it can use it, as every mailed link; usable again and
  again, so a second click says when it was withdrawn).
- :func:`withdraw_by_link`: the link's page's POST; idempotent (the first withdrawal's
  time stands). Staff withdraw on the person with the synced ``consent.withdraw``.
- :func:`models.people.withdrawn_recipients`: whom a withdrawn consent stops mailing. The
  personal-data consent gates the marketing mails
  (:data:`server.services.notify.CONSENT_GATED_EVENTS`: new rounds opening, follow-up
  courses); :func:`server.services.notify.notify` leaves out every person and address
  that withdrew a personal-data consent, whichever registration's: a later approval's
  consent does not undo the opt-out. Mails the service itself needs (a request to
  approve, a cancellation) still go.

The withdrawal is appended to the consent (``withdrawn_at``, ``withdrawn_via``); the
consent as given is never changed nor deleted, the proof that processing was lawful while
the consent lasted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.commands.people import withdrawal_entry
from models.courses import Course, CourseRound, Registration
from models.notifications import EventType, RecipientKind
from models.people import ActivityKind, Consent, ConsentKind, Person, WithdrawnVia
from server.i18n import N_
from server.services.approval import LinkKind, consent_language, find_link, issue_link, link_url
from server.services.audit import audit
from server.services.database import Database
from server.services.notify import Recipient
from server.services.round_notices import Sent, notify_registration
from server.services.seq import lock_tenant
from server.services.timeline import add_activity
from server.settings import Settings
from server.tables import LinkToken

#: A manager's link to withdraw a consent: "at any time", so it lasts long (ten years);
#: it is never used up (withdrawing twice shows the first withdrawal).
WITHDRAW_LINK = LinkKind("consent_withdrawal", timedelta(days=3653))
WITHDRAW_EXPIRED = N_(
    "This link expired on {day}. To withdraw the consent, contact the course provider."
)


@dataclass(frozen=True)
class ConsentPage:
    """What the withdrawal page shows: the consent and the course it was given for (not the
    participant: whoever holds the link learns no one's name from it)."""

    consent: Consent
    course: str
    round: str


def personal_data_consent_of(session: Session, reg: Registration) -> Consent | None:
    """The registration's latest personal-data consent (None: none was given)."""
    return session.scalars(
        select(Consent)
        .where(
            Consent.registration_id == reg.id,
            Consent.kind == ConsentKind.PERSONAL_DATA,
            Consent.deleted_at.is_(None),
        )
        .order_by(Consent.given_at.desc(), Consent.id.desc())
    ).first()


def consent_recorded(
    session: Session, settings: Settings, reg: Registration, *, now: datetime
) -> Sent:
    """Mail the manager who just consented the receipt with a personal withdrawal link, to
    the address that consented, in the language the consent was given in."""
    consent = personal_data_consent_of(session, reg)
    if consent is None:
        return []
    token = issue_link(
        session,
        WITHDRAW_LINK,
        tenant_id=reg.tenant_id,
        entity_id=consent.id,
        email=consent.email,
        now=now,
    )
    person = session.get(Person, consent.person_id) if consent.person_id else None
    manager = Recipient(
        RecipientKind.APPROVING_MANAGER,
        person.full_name if person is not None else reg.form_manager_name or "",
        emails=(consent.email,),
        language=consent_language(consent.terms_version),
        person_id=person.id if person is not None else None,
    )
    return notify_registration(
        session,
        settings,
        reg,
        EventType.REGISTRATION_CONSENT_RECORDED,
        extra={
            "consent_text": consent.terms_text,
            "withdraw_link": link_url(settings, "consent", token),
        },
        only={RecipientKind.APPROVING_MANAGER: [manager]},
        personal=True,
    )


def _find(session: Session, token: str, *, now: datetime) -> LinkToken:
    return find_link(
        session, token, now=now, purpose=WITHDRAW_LINK.purpose, expired=WITHDRAW_EXPIRED
    )


def consent_page(session: Session, token: str, *, now: datetime) -> ConsentPage:
    """The consent behind a withdrawal link (LinkProblem when the link is not one)."""
    link = _find(session, token, now=now)
    consent = session.get_one(Consent, link.entity_id)
    reg = session.get(Registration, consent.registration_id) if consent.registration_id else None
    round_ = session.get(CourseRound, reg.round_id) if reg is not None else None
    course = session.get(Course, round_.course_id) if round_ is not None else None
    return ConsentPage(
        consent=consent,
        course=course.name if course is not None else "",
        round=round_.name if round_ is not None else "",
    )


def withdraw_by_link(db: Database, token: str, *, now: datetime) -> tuple[Consent, bool]:
    """Withdraw the consent behind ``token``, under the tenant's lock; returns the consent and
    whether this call withdrew it (False: it was withdrawn before, and stays as it was)."""
    with db.transaction() as s:
        link = _find(s, token, now=now)
        lock_tenant(s, link.tenant_id)
        consent = s.get_one(Consent, link.entity_id)
        if consent.withdrawn_at is not None:
            s.expunge(consent)
            return consent, False
        consent.withdrawn_at = now
        consent.withdrawn_via = WithdrawnVia.LINK
        audit(
            s,
            actor_user_id=None,
            tenant_id=link.tenant_id,
            action="consent.withdraw",
            target_type="consent",
            target_id=consent.id,
            details={"via": WithdrawnVia.LINK.value},
        )
        person = s.get(Person, consent.person_id) if consent.person_id else None
        if person is not None:
            subject, data = withdrawal_entry(s, consent)
            add_activity(
                s,
                person,
                ActivityKind.CONSENT_WITHDRAWN,
                subject,
                actor=consent.email,
                now=now,
                data=data,
            )
        s.flush()
        s.refresh(consent)
        s.expunge(consent)
        return consent, True
