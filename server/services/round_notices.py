"""The notifications of registrations and rounds that nothing sent before issue 16, all
through :func:`server.services.notify.notify`:

- ``registration.approved``: when the manager approves on the approval page
  (:func:`registration_approved`, called by ``server/web/approval.py``), to the participant;
- ``registration.cancelled``: effect ``notify.registration_cancelled`` of
  ``registration.cancel``, to the participant and, once approval was asked of them, to the
  approving manager;
- ``round.session_changed``: effect ``notify.session_changed`` of ``session.edit`` (its
  day, times or room changed) and ``session.remove``, to the round's participants with a
  place, with the session as it is now;
- ``round.opens``: effect ``notify.round_opens`` of ``signup_form.set`` publishing a
  round's form when its registration is open (no opening day, or one that has come), and
  the periodic job on the opening day when that lies ahead; to whom the tenant's bindings
  name (static recipients, contacts): the event has no people of its own;
- ``round.starts_soon`` (:data:`STARTS_SOON_DAYS` before the first day) and
  ``round.evaluation`` (the day after the last): the periodic job, to each participant
  with a place, with a personal link to the course's evaluation when it has one
  (:func:`evaluation_notice`); ``round.evaluation_reminder`` to those who have not answered
  it ``Settings.evaluation_reminder_days`` later, once
  (:func:`server.services.evaluations.reminders_due`);
- ``round.follow_up`` (issue 17): the periodic job, after a round ended, to each of its
  participants with a place: the open rounds of the courses that require the round's
  course (:class:`models.prerequisites.CoursePrerequisite`) and a personal booking link
  (:func:`server.services.booking_links.booking_link`), once, when there is one to offer
  (:func:`follow_up`).

The periodic job (:func:`send_round_notices`, run on the mail worker's beat by
:class:`RoundNoticeJob`) is idempotent: the outbox rows are the record of what was sent
(``event_type`` and ``related_id``: the registration, or the round for ``round.opens``),
each registration's (each round's) notification is queued and committed in a transaction
of its own under the tenant's lock after checking that record, so a second run sends
nothing and a run that crashed midway resends nothing it had committed.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import and_, func, or_, select, union
from sqlalchemy.orm import Session

from models.commands import Effect
from models.courses import (
    SEAT_HOLDING,
    Course,
    CourseRound,
    Registration,
    RegistrationStatus,
    RoundSession,
    RoundStatus,
    SignupForm,
)
from models.ids import utcnow
from models.notification_values import LABELS, _session_text, round_details, values_for
from models.notifications import EventType, RecipientKind
from models.people import Person
from models.prerequisites import CoursePrerequisite
from models.tenancy import Tenant
from server.services.booking_links import BOOKING_LINK, booking_link
from server.services.database import Database
from server.services.evaluations import evaluation_link, reminders_due
from server.services.notify import Concerns, Recipient, notify, registration_concerns
from server.services.seq import lock_tenant
from server.settings import Settings
from server.tables import MailOutbox, SmsOutbox

if TYPE_CHECKING:
    from server.services.effects import EffectContext

E = EventType

#: How many days before a round's first day ``round.starts_soon`` is sent. The bindings
#: (issue 16) have no field for it, so it is the same for every binding.
STARTS_SOON_DAYS = 7
#: A job that did not run on the day (the server was down) still sends what fell due
#: within this many days; older occasions are let go.
CATCH_UP_DAYS = 7
#: A round's participants are offered the courses that follow it (``round.follow_up``)
#: for this many days after its last day: when a follow-up round opens later in that
#: time, they are told then. Rounds that ended longer ago are let go.
FOLLOW_UP_DAYS = 365

#: The words of ``round_details`` and of a removed session, per tenant language.
_WORDS: Mapping[str, Mapping[str, str]] = {
    "en": {**LABELS, "removed": "{session} (cancelled)"},
    "sv": {
        "course": "Utbildning",
        "round": "Utbildningsomgång",
        "dates": "Datum",
        "place": "Plats",
        "session": "Kurstillfälle",
        "removed": "{session} (inställt)",
    },
}

Sent = list[MailOutbox | SmsOutbox]


def _words(session: Session, tenant_id: str) -> tuple[str, Mapping[str, str]]:
    tenant = session.get(Tenant, tenant_id)
    name = tenant.name if tenant is not None else ""
    language = tenant.language if tenant is not None else "en"
    return name, _WORDS.get(language, _WORDS["en"])


def round_values(session: Session, round_: CourseRound) -> dict[str, str]:
    """The round's ``course``, ``round`` and ``round_details`` in its tenant's language."""
    _, words = _words(session, round_.tenant_id)
    course = session.get(Course, round_.course_id)
    return {
        "course": course.name if course is not None else "",
        "round": round_.name,
        "round_details": round_details(session, course, round_, words),
    }


def round_concerns(round_: CourseRound) -> Concerns:
    """What a round's own notification is about: its round and course (the binding scopes;
    a registration's are :func:`server.services.notify.registration_concerns`)."""
    return Concerns(course_id=round_.course_id, round_id=round_.id)


def _manager(session: Session, reg: Registration) -> list[Recipient]:
    if reg.approving_manager_id:
        person = session.get(Person, reg.approving_manager_id)
        if person is not None and person.deleted_at is None:
            return [Recipient.of_person(RecipientKind.APPROVING_MANAGER, person)]
    if reg.form_manager_email:
        name = reg.form_manager_name or ""
        return [Recipient(RecipientKind.APPROVING_MANAGER, name, (reg.form_manager_email,))]
    return []


def notify_registration(
    session: Session,
    settings: Settings,
    reg: Registration,
    event: EventType,
    *,
    extra: Mapping[str, str] | None = None,
    manager: bool = False,
    today: date | None = None,
    personal: bool = False,
    only: Mapping[str, Sequence[Recipient]] | None = None,
) -> Sent:
    """Queue ``event`` about ``reg`` (its values from the rows, :func:`values_for`, and
    ``extra``) to its participant and, with ``manager``, its approving manager (``only``:
    to these people instead); ``personal``: ``extra`` holds a link personal to them (see
    :func:`notify`)."""
    tenant, words = _words(session, reg.tenant_id)
    values = values_for(session, event, reg.id, tenant=tenant, labels=words, today=today)
    values.pop("recipient_name", None)  # each recipient's own
    people: dict[str, Sequence[Recipient]] = {}
    participant = session.get(Person, reg.participant_id)
    if only is not None:
        people = dict(only)
    elif participant is not None and participant.deleted_at is None:
        people[RecipientKind.PARTICIPANT] = [
            Recipient.of_person(RecipientKind.PARTICIPANT, participant)
        ]
    if manager:
        people[RecipientKind.APPROVING_MANAGER] = _manager(session, reg)

    return notify(
        session,
        settings,
        tenant_id=reg.tenant_id,
        event=event,
        values=values | dict(extra or {}),
        concerns=registration_concerns(session, reg),
        recipients=people,
        related_id=reg.id,
        personal=personal,
    )


def registration_approved(session: Session, settings: Settings, reg: Registration) -> Sent:
    """``registration.approved``: the participant is told their manager approved."""
    return notify_registration(session, settings, reg, E.REGISTRATION_APPROVED)


# -- effects of commands ------------------------------------------------------------------


def _registration_cancelled(ctx: EffectContext, effect: Effect) -> None:
    reg = ctx.session.get(Registration, str(effect.data["registration_id"]))
    if reg is None or reg.tenant_id != ctx.actor.tenant_id:
        raise LookupError("cancellation of a registration that is not there")
    asked = reg.approval_requested_at is not None or reg.approved_at is not None
    notify_registration(ctx.session, ctx.settings, reg, E.REGISTRATION_CANCELLED, manager=asked)


def _session_changed(ctx: EffectContext, effect: Effect) -> None:
    s = ctx.session
    row = s.get(RoundSession, str(effect.data["session_id"]))
    round_ = s.get(CourseRound, row.round_id) if row is not None else None
    if row is None or round_ is None or round_.tenant_id != ctx.actor.tenant_id:
        raise LookupError("change of a session that is not there")
    today = utcnow().date()
    if round_.status == RoundStatus.CANCELLED or _last_day(s, round_) < today:
        return  # nobody is told of a change to a round that is over
    _, words = _words(s, round_.tenant_id)
    details = _session_text(row)
    if row.deleted_at is not None:
        details = words["removed"].format(session=details)
    registrations = s.scalars(
        select(Registration)
        .where(
            Registration.round_id == round_.id,
            Registration.status.in_(SEAT_HOLDING),
            Registration.deleted_at.is_(None),
        )
        .order_by(Registration.created_at, Registration.id)
    ).all()
    for reg in registrations:
        notify_registration(
            s, ctx.settings, reg, E.ROUND_SESSION_CHANGED, extra={"session_details": details}
        )


def _round_opens(ctx: EffectContext, effect: Effect) -> None:
    round_ = ctx.session.get(CourseRound, str(effect.data["round_id"]))
    if round_ is None or round_.tenant_id != ctx.actor.tenant_id:
        raise LookupError("a round that is not there")
    today = utcnow().date()
    opens = round_.registration_opens_on
    if opens is None or opens <= today:
        announce_round(ctx.session, ctx.settings, round_, today=today)


#: The effect kinds of this module (``server.services.effects.HANDLERS`` takes them in).
NOTICE_HANDLERS = {
    "notify.registration_cancelled": _registration_cancelled,
    "notify.session_changed": _session_changed,
    "notify.round_opens": _round_opens,
}


# -- round.opens --------------------------------------------------------------------------


def _already_sent(session: Session, event: EventType, related_ids: Sequence[str]) -> set[str]:
    """Of ``related_ids``, those an ``event`` notification was queued about (mail or SMS)."""
    if not related_ids:
        return set()
    found: set[str] = set()
    for start in range(0, len(related_ids), 500):
        chunk = related_ids[start : start + 500]
        query = union(
            *(
                select(table.related_id).where(
                    table.event_type == event.value, table.related_id.in_(chunk)
                )
                for table in (MailOutbox, SmsOutbox)
            )
        )
        found.update(str(r) for r in session.scalars(query))
    return found


def _is_open(session: Session, round_: CourseRound, today: date) -> SignupForm | None:
    """The round's published sign-up form when its registration is open ``today``."""
    if round_.status != RoundStatus.OPEN or round_.archived or round_.deleted_at is not None:
        return None
    closes, ends = round_.registration_closes_on, round_.ends_on
    if (closes is not None and closes < today) or (ends is not None and ends < today):
        return None
    return session.scalars(
        select(SignupForm)
        .where(
            SignupForm.round_id == round_.id,
            SignupForm.published.is_(True),
            SignupForm.deleted_at.is_(None),
        )
        .order_by(SignupForm.id)
    ).first()


def announce_round(
    session: Session, settings: Settings, round_: CourseRound, *, today: date
) -> Sent:
    """``round.opens`` of ``round_`` with its sign-up link, unless it is not open
    ``today`` or was announced before; to whom the tenant's bindings name."""
    form = _is_open(session, round_, today)
    if form is None or _already_sent(session, E.ROUND_OPENS, [round_.id]):
        return []
    tenant, words = _words(session, round_.tenant_id)
    values = values_for(session, E.ROUND_OPENS, round_.id, tenant=tenant, labels=words)
    values.pop("recipient_name", None)
    values["signup_link"] = f"{settings.public_base_url}/signup/{form.id}"
    return notify(
        session,
        settings,
        tenant_id=round_.tenant_id,
        event=E.ROUND_OPENS,
        values=values,
        concerns=round_concerns(round_),
        related_id=round_.id,
    )


# -- round.follow_up ----------------------------------------------------------------------


def _followers(session: Session, course_ids: Sequence[str]) -> dict[str, set[str]]:
    """Of ``course_ids``, those some course requires: course -> the courses requiring it."""
    found: dict[str, set[str]] = {}
    if not course_ids:
        return found
    rows = session.execute(
        select(CoursePrerequisite.required_course_id, CoursePrerequisite.course_id).where(
            CoursePrerequisite.required_course_id.in_(sorted(set(course_ids))),
            CoursePrerequisite.deleted_at.is_(None),
        )
    )
    for required, course_id in rows:
        found.setdefault(required, set()).add(course_id)
    return found


def follow_up_rounds(
    session: Session, course_id: str, *, today: date, person_id: str | None = None
) -> list[CourseRound]:
    """The rounds open for registration ``today`` (:func:`_is_open`) of the courses that
    require ``course_id``, by course name and first day; without those ``person_id``
    already has a live registration on."""
    followers = _followers(session, [course_id]).get(course_id, set())
    if not followers:
        return []
    rounds = session.scalars(
        select(CourseRound)
        .join(Course, Course.id == CourseRound.course_id)
        .where(
            CourseRound.course_id.in_(sorted(followers)),
            Course.deleted_at.is_(None),
            CourseRound.deleted_at.is_(None),
        )
        .order_by(Course.name, CourseRound.starts_on, CourseRound.name, CourseRound.id)
    ).all()
    taken: set[str] = set()
    if person_id is not None:
        taken = set(
            session.scalars(
                select(Registration.round_id).where(
                    Registration.participant_id == person_id,
                    Registration.round_id.in_([r.id for r in rounds]),
                    Registration.status != RegistrationStatus.CANCELLED,
                    Registration.deleted_at.is_(None),
                )
            )
        )
    return [r for r in rounds if r.id not in taken and _is_open(session, r, today) is not None]


def _round_line(session: Session, round_: CourseRound) -> str:
    """One line of ``follow_up_courses``: "Course: round (first – last day)"."""
    course = session.get(Course, round_.course_id)
    dates = " – ".join(d.isoformat() for d in (round_.starts_on, round_.ends_on) if d)
    line = f"{course.name if course is not None else ''}: {round_.name}"
    return f"{line} ({dates})" if dates else line


def follow_up(session: Session, settings: Settings, reg: Registration, *, today: date) -> Sent:
    """``round.follow_up`` of ``reg`` (a place on a round that ended): the open rounds
    that follow its course and a personal booking link for its participant. Nothing when
    it is no place, was followed up before, its participant has no address, or no round
    is there to offer (the job asks again on a later day)."""
    round_ = session.get(CourseRound, reg.round_id)
    participant = session.get(Person, reg.participant_id)
    if (
        round_ is None
        or participant is None
        or participant.deleted_at is not None
        or reg.status != RegistrationStatus.REGISTERED
        or reg.deleted_at is not None
        or _already_sent(session, E.ROUND_FOLLOW_UP, [reg.id])
    ):
        return []
    email = participant.primary_email
    offers = follow_up_rounds(session, round_.course_id, today=today, person_id=participant.id)
    if not email or not offers:
        return []
    now = utcnow()
    # A binding may send it by no channel this person has: then no link is kept either.
    with session.begin_nested() as attempt:
        link = booking_link(
            session,
            settings,
            tenant_id=reg.tenant_id,
            person_id=participant.id,
            email=email,
            now=now,
        )
        extra = {
            "follow_up_courses": "\n".join(_round_line(session, r) for r in offers),
            "booking_link": link,
            "link_valid_until": (now + BOOKING_LINK.lifetime).date().isoformat(),
        }
        queued = notify_registration(
            session, settings, reg, E.ROUND_FOLLOW_UP, extra=extra, today=today, personal=True
        )
        if not queued:
            attempt.rollback()
    return queued


def _follow_up_due(session: Session, today: date) -> list[tuple[EventType, str, str]]:
    """The places on rounds that ended within :data:`FOLLOW_UP_DAYS` before ``today``
    whose course some open round follows, not yet followed up (archived rounds too:
    staff archive a round once it is over)."""
    first = today - timedelta(days=FOLLOW_UP_DAYS)
    required = select(CoursePrerequisite.required_course_id).where(
        CoursePrerequisite.deleted_at.is_(None)
    )
    candidates = session.scalars(
        select(CourseRound)
        .where(
            CourseRound.deleted_at.is_(None),
            CourseRound.status != RoundStatus.CANCELLED,
            CourseRound.course_id.in_(required),
            or_(CourseRound.ends_on.is_(None), CourseRound.ends_on.between(first, today)),
        )
        .order_by(CourseRound.id)
    ).all()
    ended = [r for r in candidates if first <= _last_day(session, r) < today]
    offered: dict[str, bool] = {}
    for round_ in ended:
        if round_.course_id not in offered:
            offered[round_.course_id] = bool(
                follow_up_rounds(session, round_.course_id, today=today)
            )
    rounds = [r.id for r in ended if offered[r.course_id]]
    if not rounds:
        return []
    registrations = session.execute(
        select(Registration.tenant_id, Registration.id)
        .where(
            Registration.round_id.in_(rounds),
            Registration.status == RegistrationStatus.REGISTERED,
            Registration.deleted_at.is_(None),
        )
        .order_by(Registration.round_id, Registration.created_at, Registration.id)
    ).all()
    sent = _already_sent(session, E.ROUND_FOLLOW_UP, [reg_id for _, reg_id in registrations])
    return [(E.ROUND_FOLLOW_UP, t, reg_id) for t, reg_id in registrations if reg_id not in sent]


# -- round.evaluation and its reminder (issue 19) ------------------------------------------


def evaluation_notice(
    session: Session, settings: Settings, reg: Registration, event: EventType, *, today: date
) -> Sent:
    """``round.evaluation`` (or its reminder) of ``reg`` with its participant's personal
    evaluation link (:func:`server.services.evaluations.evaluation_link`; empty when the
    course has no questionnaire). A link goes only with a mail that is queued."""
    participant = session.get(Person, reg.participant_id)
    email = participant.primary_email if participant is not None else None
    with session.begin_nested() as attempt:
        link = evaluation_link(session, settings, reg, email, now=utcnow()) if email else ""
        queued = notify_registration(
            session,
            settings,
            reg,
            event,
            extra={"evaluation_link": link},
            today=today,
            personal=bool(link),
        )
        if not queued:
            attempt.rollback()
    return queued


# -- the periodic job ---------------------------------------------------------------------


def _first_day(session: Session, round_: CourseRound) -> date | None:
    if round_.starts_on is not None:
        return round_.starts_on
    return session.scalar(
        select(func.min(RoundSession.day)).where(
            RoundSession.round_id == round_.id, RoundSession.deleted_at.is_(None)
        )
    )


def _last_day(session: Session, round_: CourseRound) -> date:
    """The round's last day (its end, else its last session, else its start; else far
    ahead: a round without dates has not ended)."""
    last = round_.ends_on or session.scalar(
        select(func.max(RoundSession.day)).where(
            RoundSession.round_id == round_.id, RoundSession.deleted_at.is_(None)
        )
    )
    return last or round_.starts_on or date.max


def _live_rounds(session: Session, first: date, last: date) -> list[CourseRound]:
    """Rounds not cancelled, archived or removed with a date (start, end, opening or a
    session's day) between ``first`` and ``last``: the candidates of a pass."""
    between = [
        and_(column >= first, column <= last)
        for column in (
            CourseRound.starts_on,
            CourseRound.ends_on,
            CourseRound.registration_opens_on,
        )
    ]
    with_session = select(RoundSession.round_id).where(
        RoundSession.day >= first, RoundSession.day <= last, RoundSession.deleted_at.is_(None)
    )
    return list(
        session.scalars(
            select(CourseRound)
            .where(
                CourseRound.deleted_at.is_(None),
                CourseRound.archived.is_(False),
                CourseRound.status != RoundStatus.CANCELLED,
                or_(*between, CourseRound.id.in_(with_session)),
            )
            .order_by(CourseRound.id)
        )
    )


def _due(
    session: Session, today: date, settings: Settings | None = None
) -> list[tuple[EventType, str, str]]:
    """What is due ``today``: (event, tenant, round or registration id), not yet sent
    (with ``settings``, the evaluations' reminders too)."""
    due: list[tuple[EventType, str, str]] = []
    horizon = today + timedelta(days=STARTS_SOON_DAYS)
    window = today - timedelta(days=CATCH_UP_DAYS)
    participant_rounds: dict[EventType, list[CourseRound]] = {
        E.ROUND_STARTS_SOON: [],
        E.ROUND_EVALUATION: [],
    }
    opening: list[CourseRound] = []
    for round_ in _live_rounds(session, window, horizon):
        opens = round_.registration_opens_on
        if opens is not None and window <= opens <= today:
            opening.append(round_)
        first = _first_day(session, round_)
        if first is not None and today < first <= horizon:
            participant_rounds[E.ROUND_STARTS_SOON].append(round_)
        last = _last_day(session, round_)
        if window <= last < today:
            participant_rounds[E.ROUND_EVALUATION].append(round_)
    sent = _already_sent(session, E.ROUND_OPENS, [r.id for r in opening])
    due += [(E.ROUND_OPENS, r.tenant_id, r.id) for r in opening if r.id not in sent]
    for event, rounds in participant_rounds.items():
        registrations = session.execute(
            select(Registration.tenant_id, Registration.id)
            .where(
                Registration.round_id.in_([r.id for r in rounds]),
                Registration.status == RegistrationStatus.REGISTERED,
                Registration.deleted_at.is_(None),
            )
            .order_by(Registration.round_id, Registration.created_at, Registration.id)
        ).all()
        sent = _already_sent(session, event, [reg_id for _, reg_id in registrations])
        due += [(event, t, reg_id) for t, reg_id in registrations if reg_id not in sent]
    if settings is not None:
        reminders = reminders_due(session, settings, today)
        due += [(E.ROUND_EVALUATION_REMINDER, t, reg_id) for t, reg_id in reminders]
    return due + _follow_up_due(session, today)


def _send_one(
    db: Database, settings: Settings, event: EventType, tenant_id: str, row_id: str, today: date
) -> int:
    """Queue one due notification in a transaction of its own, under the tenant's lock,
    checking again that it was not sent meanwhile (another worker). Returns rows queued."""
    with db.transaction() as s:
        lock_tenant(s, tenant_id)
        if event is E.ROUND_OPENS:
            round_ = s.get(CourseRound, row_id)
            return len(announce_round(s, settings, round_, today=today)) if round_ else 0
        reg = s.get(Registration, row_id)
        if reg is None or reg.status != RegistrationStatus.REGISTERED:
            return 0
        if event is E.ROUND_FOLLOW_UP:
            return len(follow_up(s, settings, reg, today=today))
        if _already_sent(s, event, [reg.id]):
            return 0
        if event in (E.ROUND_EVALUATION, E.ROUND_EVALUATION_REMINDER):
            return len(evaluation_notice(s, settings, reg, event, today=today))
        return len(notify_registration(s, settings, reg, event, today=today))


def send_round_notices(db: Database, settings: Settings, *, today: date | None = None) -> int:
    """The periodic job: ``round.opens`` on a round's opening day, ``round.starts_soon``
    :data:`STARTS_SOON_DAYS` before its first day, ``round.evaluation`` after its last,
    ``round.follow_up`` after its last when a round follows it; each once (see the
    module's docstring). Returns how many outbox rows it queued."""
    today = today or utcnow().date()
    with db.sessions() as s:
        due = _due(s, today, settings)
    return sum(_send_one(db, settings, *item, today) for item in due)


class RoundNoticeJob:
    """:func:`send_round_notices` for the mail worker's beat (its ``also`` list), run at
    most once per ``interval_seconds``: the notices go by the day, not by the second."""

    def __init__(self, db: Database, settings: Settings, interval_seconds: float = 600) -> None:
        self.db = db
        self.settings = settings
        self.interval_seconds = interval_seconds
        self._next = 0.0

    def __call__(self) -> None:
        now = time.monotonic()
        if now < self._next:
            return
        self._next = now + self.interval_seconds
        self.run()

    def run(self) -> None:
        """The job itself (a subclass runs another daily job on the same beat:
        :class:`server.services.reminders.ReminderJob`)."""
        send_round_notices(self.db, self.settings)
