"""The approving manager's page (seed 000): what it shows and what submitting it does.

The manager reaches the page through a link in a mail. The link carries a
random single-purpose token (stored hashed, expiring, bound to the address
it was sent to). Approval is accepted only from that address, and only when
it still belongs to the registration's current approving manager (or, with
no manager linked, is the manager e-mail given on the sign-up form).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Table, inspect, select, update
from sqlalchemy.orm import Session

from models import (
    Activity,
    ActivityKind,
    Consent,
    Course,
    CourseRound,
    FormElement,
    Person,
    Registration,
    SignupForm,
)
from models.commands.courses import addresses_of, request_address
from models.errors import DomainError, ValidationError
from models.ids import new_id, utcnow
from server.i18n import N_
from server.services.auth import token_hash as hash_token
from server.services.scope import get_for_tenant
from server.settings import Settings
from server.sql import count_rows
from server.tables import LinkToken


@dataclass(frozen=True)
class LinkKind:
    """What a mailed link is for (the ``purpose`` its token is stored under) and how long
    it can be used."""

    purpose: str
    lifetime: timedelta


LINK_PURPOSE = "registration_approval"
#: A manager's approval link; a reminder sends a fresh one.
APPROVAL_LINK = LinkKind(LINK_PURPOSE, timedelta(days=14))
#: The link in a waiting-list offer's mail: the participant accepts or declines before it
#: expires (:mod:`server.services.waiting_list`).
OFFER_LINK = LinkKind("waiting_list_offer", timedelta(days=3))

#: The personal-data consent the manager gives; its version is stored with the consent.
PERSONAL_DATA_VERSION = "pd-2026-1"
PERSONAL_DATA_TEXT = (
    "I agree that my name and e-mail address, and the participant's registration details, "
    "are processed to administer this course registration and to follow it up, in line "
    "with the course provider's privacy policy. I can withdraw this consent at any time."
)
#: The consent in each language of the pages, by version: the page shows one, the form
#: sends its version back, and exactly that text is stored with the consent.
PERSONAL_DATA_CONSENTS: dict[str, str] = {
    PERSONAL_DATA_VERSION: PERSONAL_DATA_TEXT,
    "pd-2026-1-sv": (
        "Jag samtycker till att mitt namn och min e-postadress samt deltagarens "
        "anmälningsuppgifter behandlas för att administrera och följa upp den här "
        "kursanmälan, i enlighet med kursanordnarens integritetspolicy. Jag kan när som "
        "helst återkalla samtycket."
    ),
}
_CONSENT_BY_LANGUAGE = {"en": PERSONAL_DATA_VERSION, "sv": "pd-2026-1-sv"}


def consent_language(version: str) -> str | None:
    """The language the personal-data consent ``version`` is written in (None: unknown)."""
    return next((lang for lang, v in _CONSENT_BY_LANGUAGE.items() if v == version), None)


def personal_data_consent(language: str) -> tuple[str, str]:
    """The version and the text of the personal-data consent in ``language`` (else English)."""
    version = _CONSENT_BY_LANGUAGE.get(language, PERSONAL_DATA_VERSION)
    return version, PERSONAL_DATA_CONSENTS[version]


class LinkProblem(DomainError):
    """The link cannot be used; the message is shown on the page as it is."""

    code = "link_invalid"


def links_mailed_today(
    session: Session, *, tenant_id: str, purpose: str, email: str, now: datetime
) -> int:
    """How many ``purpose`` links went to ``email`` in the last day: the per-address limit
    of the links a public form can make the server mail."""
    return count_rows(
        session,
        LinkToken,
        LinkToken.tenant_id == tenant_id,
        LinkToken.purpose == purpose,
        LinkToken.email == email,
        LinkToken.created_at > now - timedelta(days=1),
    )


def issue_link(
    session: Session, kind: LinkKind, *, tenant_id: str, entity_id: str, email: str, now: datetime
) -> str:
    """Make a new link token of ``kind`` for ``email``, about the row ``entity_id``; only its
    hash is stored. Returns the token."""
    token = secrets.token_urlsafe(32)
    session.add(
        LinkToken(
            tenant_id=tenant_id,
            token_hash=hash_token(token),
            purpose=kind.purpose,
            email=email.strip().lower(),
            entity_id=entity_id,
            created_at=now,
            expires_at=now + kind.lifetime,
        )
    )
    return token


def link_url(settings: Settings, page: str, token: str) -> str:
    """The absolute URL of the public ``page`` (``"book"``, ``"reports/invoice"`` ...) of
    the link ``token`` (:func:`issue_link`) on this server."""
    return f"{settings.public_base_url.rstrip('/')}/{page}/{token}"


def end_outstanding_links(session: Session) -> None:
    """End every unused approval link of a registration whose approval this flush
    changes: approved (the other links count as used: "nothing more needs to be
    done") or approval removed (they expire now: "ask for a new request").

    A cancelled registration keeps its links: the page says it was cancelled, and
    nothing makes a cancelled registration approvable again.

    Runs before every server flush (:mod:`server.services.database`), so no path
    that changes an approval, a command, a web page or a job, leaves an older link
    (a reminder) that would approve again without a new request.
    """
    approved: set[str] = set()
    ended: set[str] = set()
    for obj in [*session.new, *session.dirty]:
        if not isinstance(obj, Registration):
            continue
        state = inspect(obj)
        history = state.attrs["approved_at"].history
        if not state.pending and history.added and history.deleted != history.added:
            (approved if obj.approved_at else ended).add(obj.id)
    if not (approved or ended):
        return
    now = utcnow()
    table = cast(Table, LinkToken.__table__)
    # Core on the flush's connection: no autoflush, and a link loaded in the session
    # (the one being used right now) keeps what the session writes for it.
    for ids, values in ((approved, {"used_at": now}), (ended, {"expires_at": now})):
        if ids:
            session.connection().execute(
                update(table)
                .where(
                    table.c.entity_id.in_(sorted(ids)),
                    table.c.purpose == LINK_PURPOSE,
                    table.c.used_at.is_(None),
                    table.c.expires_at > now,
                )
                .values(**values)
            )


#: What :func:`find_link` says of a used or an expired link of a manager's request.
LINK_USED = N_("This link was already used on {day}. Nothing more needs to be done.")
LINK_EXPIRED = N_("This link expired on {day}. Ask the course administrator to send a new request.")


def find_link(
    session: Session,
    token: str,
    *,
    now: datetime,
    purpose: str = LINK_PURPOSE,
    tenant_id: str | None = None,
    used: str = LINK_USED,
    expired: str = LINK_EXPIRED,
) -> LinkToken:
    """The live link ``token`` of ``purpose``, or LinkProblem saying plainly what is wrong.

    Every kind of mailed link is checked here. ``tenant_id``: the link must also be
    that tenant's. ``used``, ``expired``: the message (marked with ``N_``, ``{day}``
    the day it was used or expired) for a link used already or past its time.
    """
    link = None
    if 20 <= len(token) <= 100:
        link = session.scalar(select(LinkToken).where(LinkToken.token_hash == hash_token(token)))
    if (
        link is None
        or link.purpose != purpose
        or (tenant_id is not None and link.tenant_id != tenant_id)
    ):
        raise LinkProblem(
            "This link is not valid. Check that you opened the whole link from the e-mail."
        )
    if link.used_at is not None:
        raise LinkProblem(used, params={"day": link.used_at.date().isoformat()})
    if link.expires_at <= now:
        raise LinkProblem(expired, params={"day": link.expires_at.date().isoformat()})
    return link


@dataclass
class ApprovalPage:
    """Everything the manager's page shows."""

    registration: Registration
    participant: Person
    participant_email: str | None
    round: CourseRound
    course: Course
    manager_email: str
    form: SignupForm | None = None
    answers: list[tuple[str, str]] = field(default_factory=list)
    personal_data_text: str = PERSONAL_DATA_TEXT
    personal_data_version: str = PERSONAL_DATA_VERSION
    preview: bool = False

    @property
    def terms_text(self) -> str:
        return self.round.terms_text

    @property
    def terms_version(self) -> str:
        return self.round.terms_version


def _page_for(
    session: Session, reg: Registration, *, manager_email: str, preview: bool
) -> ApprovalPage:
    participant = session.get(Person, reg.participant_id)
    round_ = session.get(CourseRound, reg.round_id)
    if participant is None or round_ is None:
        raise LinkProblem("The registration this link is for no longer exists.")
    course = session.get(Course, round_.course_id)
    assert course is not None
    form = session.execute(
        select(SignupForm).where(SignupForm.round_id == round_.id, SignupForm.deleted_at.is_(None))
    ).scalar_one_or_none()
    answers: list[tuple[str, str]] = []
    if form is not None and reg.signup_answers:
        elements = session.scalars(
            select(FormElement)
            .where(FormElement.form_id == form.id, FormElement.deleted_at.is_(None))
            .order_by(FormElement.position)
        )
        for element in elements:
            value = reg.signup_answers.get(element.id)
            if value not in (None, ""):
                answers.append((element.label, str(value)))
    return ApprovalPage(
        registration=reg,
        participant=participant,
        participant_email=participant.primary_email,
        round=round_,
        course=course,
        manager_email=manager_email,
        form=form,
        answers=answers,
        preview=preview,
    )


def _linked_registration(session: Session, link: LinkToken) -> Registration:
    """The registration a manager's link is for, or LinkProblem when it is gone."""
    reg = get_for_tenant(session, Registration, link.entity_id, link.tenant_id)
    if reg is None:
        raise LinkProblem("The registration this link is for no longer exists.")
    return reg


def approval_page(session: Session, token: str, *, now: datetime) -> ApprovalPage:
    """The page behind a manager's link; refuses expired, used and forged links."""
    link = find_link(session, token, now=now)
    reg = _linked_registration(session, link)
    return _page_for(session, reg, manager_email=link.email, preview=False)


def preview_page(session: Session, *, tenant_id: str, registration_id: str) -> ApprovalPage:
    """The same page for staff, read-only, without any link being made or used."""
    reg = get_for_tenant(session, Registration, registration_id, tenant_id)
    if reg is None:
        raise LinkProblem("The registration was not found.")
    manager = session.get(Person, reg.approving_manager_id) if reg.approving_manager_id else None
    # The address a request goes to, as the command chooses it.
    manager_email = request_address(reg, addresses_of(manager) if manager else [])
    return _page_for(session, reg, manager_email=manager_email or "", preview=True)


def manager_emails(session: Session, reg: Registration) -> list[str]:
    """The live e-mail addresses of the registration's approving manager (none without one)."""
    if not reg.approving_manager_id:
        return []
    manager = session.get(Person, reg.approving_manager_id)
    if manager is None:
        return []
    return [e.address for e in manager.emails if e.deleted_at is None]


def submit_approval(
    session: Session,
    token: str,
    *,
    accept_terms: bool,
    accept_personal_data: bool,
    shown_terms_version: str,
    now: datetime,
    shown_personal_data_version: str | None = None,
) -> Registration:
    """Approve through the manager's link. The caller commits (or rolls back on error).

    ``shown_personal_data_version``: the consent text the page showed (see
    :data:`PERSONAL_DATA_CONSENTS`; None: the English one); that text is stored.
    """
    link = find_link(session, token, now=now)
    reg = _linked_registration(session, link)
    round_ = session.get(CourseRound, reg.round_id)
    assert round_ is not None
    if not accept_terms:
        raise ValidationError(
            "Tick the box to approve the registration and the terms", field="accept_terms"
        )
    if not accept_personal_data:
        raise ValidationError(
            "Tick the box to consent to the processing of personal data",
            field="accept_personal_data",
        )
    if shown_terms_version != round_.terms_version:
        raise ValidationError(
            "The terms changed while the page was open. Read them again and submit.",
            field="terms_version",
        )
    consent_version = shown_personal_data_version or PERSONAL_DATA_VERSION
    consent_text = PERSONAL_DATA_CONSENTS.get(consent_version)
    if consent_text is None:
        raise ValidationError(
            "The consent text changed while the page was open. Read it again and submit.",
            field="personal_data_version",
        )
    reg.approve(
        by_email=link.email,
        manager_emails=manager_emails(session, reg),
        terms_version=round_.terms_version,
        now=now,
    )
    link.used_at = now
    person_id = reg.approving_manager_id
    for kind, text, version in (
        ("terms", round_.terms_text, round_.terms_version),
        ("personal_data", consent_text, consent_version),
    ):
        session.add(
            Consent(
                id=new_id(),
                tenant_id=reg.tenant_id,
                person_id=person_id,
                email=link.email,
                registration_id=reg.id,
                kind=kind,
                terms_text=text,
                terms_version=version,
                given_at=now,
            )
        )
    participant = session.get(Person, reg.participant_id)
    session.add(
        Activity(
            id=new_id(),
            tenant_id=reg.tenant_id,
            person_id=person_id or reg.participant_id,
            kind=ActivityKind.REGISTRATION_APPROVED,
            subject=f"Approved: {participant.full_name if participant else ''}".strip(),
            occurred_at=now,
            registration_id=reg.id,
            actor=link.email,
            data={"terms_version": round_.terms_version},
        )
    )
    session.flush()
    return reg
