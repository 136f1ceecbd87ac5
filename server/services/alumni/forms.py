"""The alumni office's public forms: registering, and terminating the membership (seed 001).

:func:`intake` stores what the registration form sent as a ``received``
registration; the automatic check (:mod:`.processing`) runs afterwards, so
the form answers at once and never fails because an outside system does.

Terminating goes through the alumnus' own mailbox: :func:`request_unregister_link`
mails a single-purpose link (a :class:`~server.tables.LinkToken`, stored
hashed, expiring, bound to the address) to an address that has a
membership, and says nothing either way; the page behind the link has the
"Terminate membership" box, and :func:`unregister_by_link` ends every
registration of that address (:func:`unregister`).

Only an address on a person's profile counts (security issue, item 1): the
address a registration was sent with is not enough, as a public form may
name anyone's personnummer with the sender's own address (that address is
then only *proposed* for the profile). When a membership ends, the member is
told at every address of the profile, in the tenant's language.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import validators
from models.alumni import AlumniRegistration, AlumniStatus
from models.errors import ValidationError
from models.ids import new_id
from models.notifications import EventType
from models.people import ActivityKind, CategoryKey, Person, PersonEmail
from models.tenancy import Tenant
from server.i18n import N_, valid_language
from server.services.alumni.categories import take_category
from server.services.alumni.links import MailedLink, mail_link
from server.services.approval import LinkKind, find_link
from server.services.notify import Recipient, notify
from server.services.seq import lock_tenant
from server.services.timeline import add_activity
from server.settings import Settings
from server.tables import LinkToken

UNREGISTER_PURPOSE = "alumni_unregister"
UNREGISTER_LINK = LinkKind(UNREGISTER_PURPOSE, timedelta(days=2))
#: Termination links mailed to one address per day at most (the form can be misused to
#: fill someone's mailbox; the answer stays the same when the limit is reached).
UNREGISTER_LINKS_PER_DAY = 3
UNREGISTER_MAIL_KIND = "alumni_unregister_link"
UNREGISTER_MAIL = MailedLink(
    UNREGISTER_LINK,
    "unregister",
    UNREGISTER_MAIL_KIND,
    UNREGISTER_LINKS_PER_DAY,
    EventType.ALUMNI_UNREGISTER_REQUESTED,
)
_UNREGISTER_USED = N_("This link was already used on {day}; the membership is terminated.")
_UNREGISTER_EXPIRED = N_(
    "This link expired on {day}. Ask for a new one on the page where you asked for this one."
)
ENDED_MAIL_KIND = "alumni_membership_ended"


class AlumniFormError(ValidationError):
    """A public form has errors; ``errors`` lists each with its field."""

    def __init__(self, errors: list[ValidationError]) -> None:
        first = errors[0]
        super().__init__(first.message, field=first.field)
        self.errors = errors
        self.details["errors"] = [{"field": e.field, "message": e.message} for e in errors]


_TEXT_LIMITS = {"first_name": 100, "last_name": 100, "program": 200, "street": 200, "city": 100}
#: The postal address's fields: given together or not at all (the country defaults to SE).
ADDRESS_FIELDS = ("street", "postal_code", "city", "country")
_ANSWERS_MAX_CHARS = 20_000


def _form_text(data: Mapping[str, Any], name: str, errors: list[ValidationError]) -> str:
    value = data.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        errors.append(ValidationError("must be text", field=name))
        return ""
    text = " ".join(value.split())
    limit = _TEXT_LIMITS.get(name)
    if limit is not None and len(text) > limit:
        errors.append(ValidationError(f"is longer than {limit} characters", field=name))
    try:
        validators.check_text(text, field=name)
    except ValidationError as exc:
        errors.append(exc)
    return text


def _form_year(data: Mapping[str, Any], now: datetime, errors: list[ValidationError]) -> int | None:
    value = data.get("graduation_year")
    if value is None or value == "":
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int):
        errors.append(ValidationError("must be a year such as 2015", field="graduation_year"))
        return None
    if not 1900 <= value <= now.year + 1:
        errors.append(
            ValidationError(f"must be between 1900 and {now.year + 1}", field="graduation_year")
        )
        return None
    return value


def _form_address(data: Mapping[str, Any], errors: list[ValidationError]) -> dict[str, str]:
    """The address the form gave, checked (all four ``""``: none given).

    Street, postal code and city are given together; the country is two letters
    (``SE`` when left out), and a Swedish postal code has five digits
    (:func:`models.validators.normalize_postal_code`).
    """
    street = _form_text(data, "street", errors)
    postal_text = _form_text(data, "postal_code", errors)
    city = _form_text(data, "city", errors)
    country_text = _form_text(data, "country", errors)
    if not (street or postal_text or city):
        return dict.fromkeys(ADDRESS_FIELDS, "")
    country = "SE"
    if country_text:
        try:
            country = validators.normalize_person_field("country", country_text)
        except ValidationError as exc:
            errors.append(exc)
    postal_code = ""
    if postal_text:
        try:
            postal_code = validators.normalize_postal_code(postal_text, country=country)
        except ValidationError as exc:
            errors.append(exc)
    for name, value in (("street", street), ("postal_code", postal_text), ("city", city)):
        if not value and not any(e.field == name for e in errors):
            errors.append(ValidationError("is required with an address", field=name))
    return {"street": street, "postal_code": postal_code, "city": city, "country": country}


def intake(
    *, session: Session, tenant_id: str, data: Mapping[str, Any], now: datetime
) -> AlumniRegistration:
    """Store a registration from the public alumni form, status ``received``.

    ``data`` holds ``email``, ``first_name`` and ``last_name`` (required),
    ``personnummer``, ``phone``, ``program``, ``graduation_year``, the postal
    address (``street``, ``postal_code``, ``city``, ``country``: :func:`_form_address`),
    ``answers`` (the form's other questions, an object), and ``language``
    (the form's: the alumnus is told the outcome in it; one Kansli does not
    have is left out). Other keys are ignored. Identifiers are stored in
    canonical form. The automatic check runs later (:func:`process_pending`),
    so the form answers at once.

    Raises:
        AlumniFormError: (a ValidationError) naming every wrong field.
    """
    if not isinstance(data, Mapping):
        raise ValidationError("The form must be a JSON object", field="form")
    errors: list[ValidationError] = []
    raw_email = data.get("email")
    email = ""
    if not isinstance(raw_email, str) or not raw_email.strip():
        errors.append(ValidationError("E-mail address is required", field="email"))
    else:
        try:
            email = validators.normalize_email(raw_email, field="email")
        except ValidationError as exc:
            errors.append(exc)
    first_name = _form_text(data, "first_name", errors)
    last_name = _form_text(data, "last_name", errors)
    for name, value in (("first_name", first_name), ("last_name", last_name)):
        if not value and not any(e.field == name for e in errors):
            errors.append(ValidationError("is required", field=name))
    pnr_text = _form_text(data, "personnummer", errors)
    pnr: str | None = None
    if pnr_text:
        try:
            pnr = validators.normalize_personnummer(pnr_text, today=now.date())
        except ValidationError as exc:
            errors.append(exc)
    phone_text = _form_text(data, "phone", errors)
    phone: str | None = None
    if phone_text:
        try:
            phone = validators.normalize_phone(phone_text, field="phone")
        except ValidationError as exc:
            errors.append(exc)
    program = _form_text(data, "program", errors)
    year = _form_year(data, now, errors)
    address = _form_address(data, errors)
    answers = data.get("answers") or {}
    if not isinstance(answers, dict) or not all(isinstance(k, str) for k in answers):
        errors.append(ValidationError("must be an object of answers", field="answers"))
        answers = {}
    else:
        try:
            validators.check_json(answers, field="answers")
        except ValidationError as exc:
            errors.append(exc)
            answers = {}
        else:
            if len(json.dumps(answers, default=str)) > _ANSWERS_MAX_CHARS:
                errors.append(ValidationError("are too long", field="answers"))
    if errors:
        raise AlumniFormError(errors)
    reg = AlumniRegistration(
        id=new_id(),
        tenant_id=tenant_id,
        email=email,
        first_name=first_name,
        last_name=last_name,
        personnummer=pnr,
        phone=phone,
        program=program,
        graduation_year=year,
        **address,
        answers=answers,
        language=valid_language(
            data.get("language") if isinstance(data.get("language"), str) else None
        )
        or "",
        status=AlumniStatus.RECEIVED,
        received_at=now,
    )
    session.add(reg)
    session.flush()
    return reg


def _owners_of_email(session: Session, tenant_id: str, address: str) -> list[Person]:
    return list(
        session.execute(
            select(Person)
            .join(PersonEmail, PersonEmail.person_id == Person.id)
            .where(
                PersonEmail.tenant_id == tenant_id,
                PersonEmail.address == address,
                PersonEmail.deleted_at.is_(None),
                Person.deleted_at.is_(None),
            )
            .order_by(Person.id)
        )
        .scalars()
        .unique()
    )


def _memberships(
    session: Session, tenant_id: str, address: str
) -> tuple[list[Person], list[AlumniRegistration]]:
    """The persons whose profile has ``address``, and the live registrations it terminates:
    theirs. A registration merely sent with ``address`` (proposed for someone's profile,
    not on it) terminates nothing."""
    owners = _owners_of_email(session, tenant_id, address)
    if not owners:
        return [], []
    regs = list(
        session.execute(
            select(AlumniRegistration)
            .where(
                AlumniRegistration.tenant_id == tenant_id,
                AlumniRegistration.deleted_at.is_(None),
                AlumniRegistration.status != AlumniStatus.UNREGISTERED,
                AlumniRegistration.person_id.in_([p.id for p in owners]),
            )
            .order_by(AlumniRegistration.received_at, AlumniRegistration.id)
        ).scalars()
    )
    return owners, regs


def unregister(
    *,
    session: Session,
    settings: Settings,
    tenant_id: str,
    email: str,
    terminate_membership: bool,
    now: datetime,
) -> list[AlumniRegistration]:
    """The alumnus' own "Terminate membership" form: every registration becomes ``unregistered``.

    Concerns the registrations of the persons whose profile has ``email``;
    those persons lose "Registered alumnus" ("Alumnus", a fact about their
    studies, stays), get an activity saying so, and are told by mail at every
    address of their profile (:func:`_tell_membership_ended`). The caller
    must have proved that the sender owns the address (a link token sent to
    it). Returns the registrations ended (empty if there were none: the page
    should answer alike, so the form does not reveal who is registered).

    Raises:
        ValidationError: the box was not ticked (``terminate_membership``) or
            the e-mail address is malformed (``email``).
    """
    if not terminate_membership:
        raise ValidationError(
            "Tick “Terminate membership” to end the membership", field="terminate_membership"
        )
    address = validators.normalize_email(email, field="email")
    # Serialised with the automatic check: it cannot approve what is being ended.
    lock_tenant(session, tenant_id)
    owners, regs = _memberships(session, tenant_id, address)
    for reg in regs:
        reg.unregister(now=now)
    for person in owners:
        ended = take_category(session, tenant_id, person.id, CategoryKey.REGISTERED_ALUMNUS, now)
        add_activity(
            session,
            person,
            ActivityKind.ALUMNI_DECISION,
            "Alumni membership terminated by the alumnus",
            actor=address,
            now=now,
            data={"alumni_registration_ids": [r.id for r in regs if r.person_id == person.id]},
        )
        if ended or any(r.person_id == person.id for r in regs):
            # In the language of the person's latest registration form (issue 20).
            mine = sorted(
                (r for r in regs if r.person_id == person.id and r.language),
                key=lambda r: r.received_at,
            )
            language = mine[-1].language if mine else None
            _tell_membership_ended(
                session, settings, tenant_id, person, address, now, language=language
            )
    session.flush()
    return regs


def _tell_membership_ended(
    session: Session,
    settings: Settings,
    tenant_id: str,
    person: Person,
    by_address: str,
    now: datetime,
    *,
    language: str | None = None,
) -> None:
    """Mail the member, at every address of the profile, that the membership has ended.

    In ``language`` (of the member's registration form), else the tenant's (the member
    did not necessarily ask from a page).
    """
    tenant = session.get(Tenant, tenant_id)
    if tenant is None:
        return
    addresses = sorted({e.address for e in person.emails if e.deleted_at is None and e.address})
    member = Recipient(
        "member",
        person.first_name,
        tuple(addresses),
        language=language or tenant.language,
        person_id=person.id,
    )
    notify(
        session,
        settings,
        tenant_id=tenant_id,
        event=EventType.ALUMNI_MEMBERSHIP_ENDED,
        values={
            "member_name": person.first_name,
            "address": by_address,
            "day": now.date().isoformat(),
        },
        recipients={"member": [member]},
        related_id=person.id,
        kind=ENDED_MAIL_KIND,
    )


def request_unregister_link(
    *, session: Session, settings: Settings, tenant: Tenant, email: str, now: datetime
) -> bool:
    """Mail the termination link to ``email`` if it has a membership in ``tenant``.

    The caller answers the same whether or not a mail went out, so the form
    does not reveal who is registered; the result (True: a mail was queued)
    is for tests and metrics only. At most :data:`UNREGISTER_LINKS_PER_DAY`
    links per address and day.

    Raises:
        ValidationError: the address is malformed (``email``).
    """
    address = validators.normalize_email(email, field="email")
    # Serialised with approvals and terminations: the address is on the profile now.
    lock_tenant(session, tenant.id)
    _owners, regs = _memberships(session, tenant.id, address)
    if not regs:
        return False
    # In the language of the page the alumnus asked from.
    until = (now + UNREGISTER_LINK.lifetime).strftime("%Y-%m-%d %H:%M UTC")
    return mail_link(
        session,
        settings,
        UNREGISTER_MAIL,
        tenant=tenant,
        entity_id=tenant.id,  # the link is about the address's membership, not one row
        email=address,
        now=now,
        values=lambda _url: {"address": address, "link_valid_until": until},
    )


def unregister_link(session: Session, token: str, *, tenant_id: str, now: datetime) -> LinkToken:
    """The live termination link ``token`` of ``tenant_id``.

    Raises:
        LinkProblem: forged, of another purpose or tenant, used or expired;
            the message says which, in words for the alumnus.
    """
    return find_link(
        session,
        token,
        now=now,
        purpose=UNREGISTER_PURPOSE,
        tenant_id=tenant_id,
        used=_UNREGISTER_USED,
        expired=_UNREGISTER_EXPIRED,
    )


def unregister_by_link(
    *,
    session: Session,
    settings: Settings,
    token: str,
    tenant_id: str,
    terminate_membership: bool,
    now: datetime,
) -> list[AlumniRegistration]:
    """Terminate the membership of the address a link was sent to; the link is then used.

    Raises:
        LinkProblem: the link cannot be used (see :func:`unregister_link`).
        ValidationError: the box was not ticked (``terminate_membership``).
    """
    link = unregister_link(session, token, tenant_id=tenant_id, now=now)
    regs = unregister(
        session=session,
        settings=settings,
        tenant_id=link.tenant_id,
        email=link.email,
        terminate_membership=terminate_membership,
        now=now,
    )
    link.used_at = now
    session.flush()
    return regs
