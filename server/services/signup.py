"""The public sign-up page of a round (seed 000): which forms are open, checking the
answers, and what a sign-up creates.

A sign-up finds the participant by e-mail address (or creates the person),
adds a registration with the answers (element id -> value) and the manager
given on the form (a person profile, found by e-mail address or created, linked
as the approving manager, so requests, reminders and the approval are on the
manager's timeline), queues a confirmation to the participant, and, when the
form's approving manager element requires confirmation by e-mail, requests
the approval through the ``registration.request_approval`` command, exactly
as a course administrator's request would.

The page always asks for first name, last name and e-mail: a person cannot
be created or found without them, so a form lacking those elements gets
them added at the top.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import (
    Course,
    CourseRound,
    FormElement,
    FormElementKind,
    Organisation,
    Person,
    PersonEmail,
    PersonPhone,
    Registration,
    RegistrationStatus,
    RoundStatus,
    SignupForm,
    Tenant,
)
from models import validators as v
from models.commands import Actor, build
from models.courses import new_status, seats_taken
from models.errors import DomainError, ValidationError
from models.ids import new_id
from models.notifications import EventType
from models.people import live_person
from models.prerequisites import Reason
from models.pricing import Breakdown
from models.tenancy import Role
from server.i18n import N_, current_language, domain_text, gettext
from server.services.booking import WAITING_TEXT as WAITING_TEXT  # the pages show it
from server.services.booking import (
    booking_of,
    breakdown_of,
    invoice_placed,
    is_priced,
    live_registration,
    notes,
    price_values,
    quote_for,
    review_reasons,
    store,
)
from server.services.effects import run_effects
from server.services.mail_text import paragraph, round_lines
from server.services.notify import Recipient, notify, registration_concerns
from server.settings import Settings

#: The actor of what the sign-up page does (activities and audit name it).
SYSTEM_ACTOR_EMAIL = "signup-form"
#: Not yet a FormElementKind; a form element of this kind is checked as a personnummer.
PERSONNUMMER_KIND = "personnummer"

_K = FormElementKind
_BUILTIN = (
    (_K.FIRST_NAME, "First name"),
    (_K.LAST_NAME, "Last name"),
    (_K.EMAIL, "E-mail"),
)
_MAX_LENGTH = {
    _K.FIRST_NAME: 100,
    _K.LAST_NAME: 100,
    _K.ORGANISATION: 200,
    _K.TEXT: 2000,
}
_MAX_ID = 36


class SignupUnavailable(DomainError):
    """The form cannot be used now; ``status`` is the page's HTTP status."""

    code = "signup_unavailable"

    def __init__(self, message: str, *, status: int) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Question:
    """One question of the public page: a form element, or a field the page adds."""

    key: str
    kind: str
    label: str
    required: bool
    options: tuple[str, ...] = ()
    confirm_by_email: bool = False

    @property
    def input_name(self) -> str:
        return f"f_{self.key}"

    @property
    def name_input(self) -> str:
        """For the approving manager: the input of the manager's name."""
        return f"f_{self.key}_name"

    @property
    def email_input(self) -> str:
        """For the approving manager: the input of the manager's e-mail."""
        return f"f_{self.key}_email"

    @property
    def is_element(self) -> bool:
        return self.key != self.kind


@dataclass
class PublicForm:
    """A published form of an open round, with its questions in page order."""

    form: SignupForm
    round: CourseRound
    course: Course
    tenant_name: str
    questions: list[Question]

    @property
    def tenant_id(self) -> str:
        return self.form.tenant_id


@dataclass
class Signup:
    """Checked answers of one submitted sign-up."""

    first_name: str
    last_name: str
    email: str
    phone: str | None = None
    organisation: str | None = None
    personnummer: str | None = None
    manager_name: str | None = None
    manager_email: str | None = None
    ask_manager: bool = False
    #: Stored on the registration: element id -> value (never the personnummer).
    answers: dict[str, str] = field(default_factory=dict)
    #: For the confirmation mail: (label, value) in page order.
    shown: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class SignupResult:
    participant_id: str
    registration_id: str
    #: The person was already registered on the round; nothing new was created.
    duplicate: bool
    #: The address the approval request went to, if one was sent.
    manager_asked: str | None
    #: The round was full: the registration is on its waiting list.
    waiting: bool = False
    #: The price, as stored with the booking (None: the round is free).
    breakdown: Breakdown | None = None
    #: Why it waits for staff's review (a prerequisite not met); empty: it does not.
    reasons: tuple[Reason, ...] = ()

    @property
    def review(self) -> bool:
        return bool(self.reasons)


def _questions(elements: list[FormElement]) -> list[Question]:
    kinds = {e.kind for e in elements}
    found = [
        Question(key=str(kind), kind=str(kind), label=label, required=True)
        for kind, label in _BUILTIN
        if kind not in kinds
    ]
    for e in elements:
        required = e.required or e.kind in (_K.FIRST_NAME, _K.LAST_NAME, _K.EMAIL)
        found.append(
            Question(
                key=e.id,
                kind=e.kind,
                label=e.label,
                required=required,
                options=tuple(e.options or ()),
                confirm_by_email=e.kind == _K.APPROVING_MANAGER and e.require_email_confirmation,
            )
        )
    return found


def load_form(session: Session, form_id: str, *, today: date) -> PublicForm:
    """The published form ``form_id`` of an open round, or SignupUnavailable."""
    form = _form_by_id(session, form_id)
    if form is None or not form.published:
        raise SignupUnavailable(
            "This sign-up form is not available. Check the address, or ask the course "
            "organiser for the right link.",
            status=404,
        )
    public = _page_of(session, form)
    ended = public.round.ends_on is not None and public.round.ends_on < today
    if public.round.status != RoundStatus.OPEN or ended:
        raise SignupUnavailable(
            f"Sign-up for {public.course.name} ({public.round.name}) is closed. "
            "Contact the course organiser if you still want to take part.",
            status=410,
        )
    return public


def load_preview(session: Session, form_id: str, *, tenant_id: str) -> PublicForm:
    """The page of the tenant's form ``form_id`` as the public would see it once published,
    also while it is unpublished or its round is closed (the staff preview); another
    tenant's form is reported as a missing one (SignupUnavailable, 404)."""
    form = _form_by_id(session, form_id)
    if form is None or form.tenant_id != tenant_id:
        raise SignupUnavailable("This sign-up form is not available.", status=404)
    return _page_of(session, form)


def _form_by_id(session: Session, form_id: str) -> SignupForm | None:
    """The live form ``form_id`` (an id from an address: anything may come)."""
    plausible = 0 < len(form_id) <= _MAX_ID and form_id.isascii() and form_id.isprintable()
    form = session.get(SignupForm, form_id) if plausible else None
    return form if form is not None and form.deleted_at is None else None


def _page_of(session: Session, form: SignupForm) -> PublicForm:
    """The form's page: its round, course and questions in page order."""
    round_ = session.get(CourseRound, form.round_id)
    course = session.get(Course, round_.course_id) if round_ else None
    if round_ is None or course is None or round_.deleted_at is not None:
        raise SignupUnavailable("This sign-up form is not available.", status=404)
    elements = list(
        session.scalars(
            select(FormElement)
            .where(FormElement.form_id == form.id, FormElement.deleted_at.is_(None))
            .order_by(FormElement.position, FormElement.id)
        )
    )
    tenant = session.get(Tenant, form.tenant_id)
    return PublicForm(
        form=form,
        round=round_,
        course=course,
        tenant_name=tenant.name if tenant else "",
        questions=_questions(elements),
    )


def _checked(q: Question, raw: str) -> str:
    """The stored form of one non-empty answer, or ValidationError."""
    if q.kind == _K.EMAIL:
        return v.normalize_email(raw, field=q.input_name)
    if q.kind == _K.PHONE:
        return v.normalize_phone(raw, field=q.input_name)
    if q.kind == PERSONNUMMER_KIND:
        return v.normalize_personnummer(raw, field=q.input_name)
    if q.kind == _K.DATE:
        try:
            return date.fromisoformat(raw.strip()).isoformat()
        except ValueError:
            raise ValidationError(
                gettext("Write the date as YYYY-MM-DD, such as 2027-03-15"), field=q.input_name
            ) from None
    if q.kind == _K.CHOICE:
        if raw not in q.options:
            raise ValidationError(gettext("Choose one of the options"), field=q.input_name)
        return raw
    limit = _MAX_LENGTH.get(_K(q.kind), 2000) if q.kind in set(_K) else 2000
    if len(raw) > limit:
        raise ValidationError(
            gettext("At most {limit} characters").format(limit=limit), field=q.input_name
        )
    # Names and the organisation go into mails: one line; a free text answer may have more.
    return v.check_text(raw, field=q.input_name, multiline=q.kind == _K.TEXT)


def _masked(personnummer: str) -> str:
    return f"{personnummer[:8]}-****"


def _manager_answer(
    q: Question, values: Mapping[str, str], signup: Signup, errors: dict[str, str]
) -> None:
    name = values.get(q.name_input, "").strip()
    email = values.get(q.email_input, "").strip()
    if q.required and not name:
        errors[q.name_input] = gettext("Enter your approving manager's name")
    if len(name) > 200:
        errors[q.name_input] = gettext("At most {limit} characters").format(limit=200)
    try:
        v.check_text(name, field=q.name_input)
    except ValidationError as exc:
        errors[q.name_input] = domain_text(exc)
    if email:
        try:
            email = v.normalize_email(email, field=q.email_input)
        except ValidationError as exc:
            errors[q.email_input] = domain_text(exc)
    elif q.required or (name and q.confirm_by_email):
        errors[q.email_input] = gettext("Enter your approving manager's e-mail address")
    if not (name or email) or q.email_input in errors or q.name_input in errors:
        return
    signup.manager_name = name or None
    signup.manager_email = email or None
    signup.ask_manager = q.confirm_by_email and bool(email)
    shown = f"{name} ({email})" if name and email else name or email
    signup.answers[q.key] = shown
    signup.shown.append((q.label, shown))


def check_answers(
    public: PublicForm, values: Mapping[str, str]
) -> tuple[Signup | None, dict[str, str]]:
    """Check the submitted ``values`` (input name -> text).

    Returns the sign-up, or None and the errors by input name, in plain words.
    """
    errors: dict[str, str] = {}
    signup = Signup(first_name="", last_name="", email="")
    person: dict[str, str] = {}
    for q in public.questions:
        if q.kind == _K.APPROVING_MANAGER:
            _manager_answer(q, values, signup, errors)
            continue
        raw = values.get(q.input_name, "").strip()
        if q.kind == _K.CHECKBOX:
            if q.required and not raw:
                errors[q.input_name] = gettext("Tick this box to sign up")
                continue
            value = N_("Yes") if raw else N_("No")  # stored as is; shown in the page's language
        elif not raw:
            if q.required:
                errors[q.input_name] = gettext("This field is required")
            continue
        else:
            try:
                value = _checked(q, raw)
            except ValidationError as exc:
                errors[q.input_name] = domain_text(exc)
                continue
        person.setdefault(q.kind, value)
        if q.kind == PERSONNUMMER_KIND:
            # Kept on the person only: answers sync to roles that may not see it.
            signup.shown.append((q.label, _masked(value)))
            continue
        if q.is_element:
            signup.answers[q.key] = value
        signup.shown.append((q.label, gettext(value) if q.kind == _K.CHECKBOX else value))
    if errors:
        return None, errors
    signup.first_name = person[_K.FIRST_NAME]
    signup.last_name = person[_K.LAST_NAME]
    signup.email = person[_K.EMAIL]
    signup.phone = person.get(_K.PHONE)
    signup.organisation = person.get(_K.ORGANISATION)
    signup.personnummer = person.get(PERSONNUMMER_KIND)
    return signup, {}


# -- what a sign-up creates -------------------------------------------------------------


def _live(person: Person | None, session: Session) -> Person | None:
    """The person, or the one it was merged into; None when removed."""
    return None if person is None else live_person(session, person.tenant_id, person.id)


def find_by_email(session: Session, tenant_id: str, email: str) -> Person | None:
    """The tenant's live person with ``email`` among any of their addresses, oldest first
    (one merged away: the person it was merged into).

    Addresses are stored lower-cased (:func:`models.validators.normalize_email` on every
    write), so comparing the lower-cased ``email`` is case-insensitive and uses the
    address index.
    """
    by_email = session.scalars(
        select(Person)
        .join(PersonEmail, PersonEmail.person_id == Person.id)
        .where(
            PersonEmail.tenant_id == tenant_id,
            PersonEmail.address == email.strip().lower(),
            PersonEmail.deleted_at.is_(None),
        )
        .order_by(Person.created_at, Person.id)
    )
    for candidate in by_email:
        found = _live(candidate, session)
        if found is not None:
            return found
    return None


def find_participant(session: Session, tenant_id: str, signup: Signup) -> Person | None:
    """The person with the sign-up's e-mail address (or personnummer), oldest first."""
    found = find_by_email(session, tenant_id, signup.email)
    if found is not None:
        return found
    if signup.personnummer:
        same_number = session.scalars(
            select(Person)
            .where(Person.tenant_id == tenant_id, Person.personnummer == signup.personnummer)
            .order_by(Person.created_at, Person.id)
        ).first()
        return _live(same_number, session)
    return None


def _organisation_id(session: Session, tenant_id: str, name: str | None) -> str | None:
    """The tenant's organisation of that name, when exactly one has it."""
    if not name:
        return None
    ids = session.scalars(
        select(Organisation.id)
        .where(
            Organisation.tenant_id == tenant_id,
            Organisation.deleted_at.is_(None),
            func.lower(Organisation.name) == name.strip().lower(),
        )
        .limit(2)
    ).all()
    return ids[0] if len(ids) == 1 else None


def _new_person(
    session: Session,
    tenant_id: str,
    *,
    first_name: str,
    last_name: str,
    email: str,
    organisation_id: str | None,
    now: datetime,
    phone: str | None = None,
    personnummer: str | None = None,
) -> Person:
    # Its id is the column's default, given by the flush below (before it is read).
    person = Person(
        tenant_id=tenant_id,
        first_name=first_name,
        last_name=last_name,
        organisation_id=organisation_id,
        personnummer=personnummer,
        birth_date=v.birth_date_from_personnummer(personnummer) if personnummer else None,
        created_at=now,
    )
    session.add(person)
    session.flush()
    session.add(
        PersonEmail(tenant_id=tenant_id, person_id=person.id, address=email, is_primary=True)
    )
    if phone:
        session.add(
            PersonPhone(tenant_id=tenant_id, person_id=person.id, number=phone, is_primary=True)
        )
    session.flush()  # its addresses are read at once (the manager's, by the request)
    return person


def _split_name(name: str | None) -> tuple[str, str]:
    """First and last name of a name typed in one field: the last word is the last name."""
    words = (name or "").split()
    if len(words) < 2:
        return (words[0] if words else ""), ""
    return " ".join(words[:-1]), words[-1]


def approving_manager(
    session: Session, tenant_id: str, signup: Signup, organisation_id: str | None, now: datetime
) -> Person | None:
    """The person profile of the manager the sign-up names (seed 000): found by the
    e-mail address given (any of a person's addresses, also the participant's own), or
    created with the name and address given. None when the form gave no manager address.

    A new manager gets the organisation the participant named: they approve for it.
    """
    if not signup.manager_email:
        return None
    found = find_by_email(session, tenant_id, signup.manager_email)
    if found is not None:
        return found
    first_name, last_name = _split_name(signup.manager_name)
    return _new_person(
        session,
        tenant_id,
        first_name=first_name,
        last_name=last_name,
        email=signup.manager_email,
        organisation_id=organisation_id,
        now=now,
    )


def system_actor(tenant_id: str) -> Actor:
    """The actor of commands the sign-up page runs on the server."""
    return Actor(
        tenant_id=tenant_id,
        email=SYSTEM_ACTOR_EMAIL,
        roles=frozenset({Role.ADMIN}),
        display_name="Sign-up form",
        authoritative=True,
    )


def request_approval(
    session: Session, *, tenant_id: str, registration_id: str, settings: Settings
) -> None:
    """Apply ``registration.request_approval`` as the sign-up page and carry out its effects."""
    actor = system_actor(tenant_id)
    command = build(
        "registration.request_approval", 1, {"registration_id": registration_id}, id=new_id()
    )
    outcome = command.apply(session, actor)
    run_effects(session=session, actor=actor, settings=settings, effects=outcome.effects)


def _values(public: PublicForm, signup: Signup) -> dict[str, object]:
    """The values of a sign-up's mails, in the language of the page it came from."""
    return {
        "participant_name": f"{signup.first_name} {signup.last_name}".strip(),
        "participant_first_name": signup.first_name,
        "course": public.course.name,
        "round": public.round.name,
        "round_details": "\n".join(round_lines(public.course, public.round)),
        "tenant": public.tenant_name,
    }


def _confirmation_values(
    public: PublicForm,
    signup: Signup,
    *,
    status: str,
    reasons: tuple[Reason, ...] = (),
    breakdown: Breakdown | None = None,
) -> dict[str, object]:
    """The confirmation's own values: what happens next, the price, the form's text, the
    answers."""
    asked = gettext(
        "Your approving manager ({email}) has been sent an e-mail asking them to "
        "approve your registration."
    ).format(email=signup.manager_email)
    return {
        **_values(public, signup),
        "notes": notes(status, reasons),
        **price_values(breakdown, status),
        "form_text": public.form.confirmation_text.strip(),
        "answers": "\n".join(f"  {label}: {value}" for label, value in signup.shown),
        "approval_notice": "\n".join(paragraph(asked)) if signup.ask_manager else "",
    }


def _reply(
    session: Session,
    settings: Settings,
    public: PublicForm,
    signup: Signup,
    *,
    participant_id: str,
    registration: Registration,
    event: EventType,
    kind: str,
    values: dict[str, object],
) -> None:
    """A sign-up's answer to the address it came with, in the language of its page."""
    notify(
        session,
        settings,
        tenant_id=public.tenant_id,
        event=event,
        values=values,
        concerns=registration_concerns(session, registration),
        recipients={
            "participant": [
                Recipient(
                    "participant",
                    f"{signup.first_name} {signup.last_name}".strip(),
                    (signup.email,),
                    language=current_language(),
                    person_id=participant_id,
                )
            ]
        },
        related_id=registration.id,
        kind=kind,
    )


def _booked(
    session: Session, reg: Registration, round_: CourseRound, now: datetime
) -> Breakdown | None:
    """A priced round's booking of ``reg``: the price now stored, and charged when it has
    a place (on the waiting list or held for review: when it gets one). None for a free
    round."""
    if not is_priced(session, reg.tenant_id, round_):
        return None
    breakdown = quote_for(
        session,
        tenant_id=reg.tenant_id,
        person_id=reg.participant_id,
        round_id=round_.id,
        today=now.date(),
    )
    store(session, reg, breakdown, now=now)
    return breakdown


def sign_up(
    *, session: Session, public: PublicForm, signup: Signup, settings: Settings, now: datetime
) -> SignupResult:
    """Register the sign-up in ``session``'s transaction (the caller commits).

    The caller holds the tenant's lock (:func:`server.services.seq.lock_tenant`),
    so two sign-ups with one address cannot both create a person.
    """
    tenant_id = public.tenant_id
    organisation_id = _organisation_id(session, tenant_id, signup.organisation)
    participant = find_participant(session, tenant_id, signup) or _new_person(
        session,
        tenant_id,
        first_name=signup.first_name,
        last_name=signup.last_name,
        email=signup.email,
        organisation_id=organisation_id,
        now=now,
        phone=signup.phone,
        personnummer=signup.personnummer,
    )
    existing = live_registration(session, tenant_id, public.round.id, participant.id)
    # Both answers go to the address the sign-up came with, queued in this transaction.
    reply = partial(_reply, session, settings, public, signup, participant_id=participant.id)
    if existing is not None:
        reply(
            registration=existing,
            event=EventType.REGISTRATION_DUPLICATE,
            kind="mail.signup_duplicate",
            values=_values(public, signup),
        )
        stored = booking_of(session, tenant_id, existing.id)
        return SignupResult(
            participant.id,
            existing.id,
            duplicate=True,
            manager_asked=None,
            breakdown=breakdown_of(stored.lines) if stored else None,
            reasons=tuple(Reason.from_json(r) for r in existing.review_reasons or ()),
        )
    manager = approving_manager(session, tenant_id, signup, organisation_id, now)
    reasons = tuple(
        review_reasons(session, tenant_id, participant.id, public.round, today=now.date())
    )
    reg = Registration(
        id=new_id(),
        tenant_id=tenant_id,
        round_id=public.round.id,
        participant_id=participant.id,
        organisation_id=organisation_id or participant.organisation_id,
        # Requests, reminders and the approval land on the manager's timeline; the form's
        # words stay as given.
        approving_manager_id=manager.id if manager else None,
        form_manager_name=signup.manager_name,
        form_manager_email=signup.manager_email,
        signup_answers=dict(signup.answers),
        review_reasons=[r.to_json() for r in reasons],
        # Under the tenant's lock: two sign-ups for the last seat cannot both count it free.
        status=RegistrationStatus.REVIEW
        if reasons
        else new_status(public.round, seats_taken(session, public.round.id)),
        created_at=now,
    )
    session.add(reg)
    session.flush()
    breakdown = _booked(session, reg, public.round, now)
    reply(
        registration=reg,
        event=EventType.REGISTRATION_CREATED,
        kind="mail.signup_confirmation",
        values=_confirmation_values(
            public, signup, status=reg.status, reasons=reasons, breakdown=breakdown
        ),
    )
    if breakdown is not None:
        invoice_placed(session, settings, reg, breakdown, now=now)
    asked = None
    if signup.ask_manager and signup.manager_email:
        request_approval(session, tenant_id=tenant_id, registration_id=reg.id, settings=settings)
        asked = signup.manager_email
    return SignupResult(
        participant.id,
        reg.id,
        duplicate=False,
        manager_asked=asked,
        waiting=reg.status == RegistrationStatus.WAITING,
        breakdown=breakdown,
        reasons=reasons,
    )
