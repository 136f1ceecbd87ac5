"""Courses, rounds, registrations and sign-up forms (seed 000).

``Registration`` carries the approval state machine of DOMAIN.md: a request
(or reminder) to the approving manager, one approval from an allowed
e-mail address, and a privileged, audited removal of an approval.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Integer, Select, String, Text, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from models.base import Base, SyncMixin
from models.errors import PermissionDenied, TransitionError, ValidationError
from models.ids import utcnow
from models.tenancy import Role


class RoundStatus(enum.StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class Course(SyncMixin, Base):
    __tablename__ = "course"

    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(100), default="")
    leader_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None)
    #: An archived course is kept with its rounds but no longer offered or listed by default.
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    rounds: Mapped[list[CourseRound]] = relationship(
        back_populates="course", order_by="CourseRound.starts_on"
    )


class CourseRound(SyncMixin, Base):
    """One scheduled run of a course."""

    __tablename__ = "course_round"

    course_id: Mapped[str] = mapped_column(ForeignKey("course.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    term: Mapped[str] = mapped_column(String(10), default="")  # "HT2026", "VT2027"
    starts_on: Mapped[date | None] = mapped_column(Date, default=None)
    ends_on: Mapped[date | None] = mapped_column(Date, default=None)
    place: Mapped[str] = mapped_column(String(200), default="")
    seats: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default=RoundStatus.OPEN)
    #: Terms the approving manager accepts, and their version.
    terms_text: Mapped[str] = mapped_column(Text, default="")
    terms_version: Mapped[str] = mapped_column(String(40), default="1")
    registration_opens_on: Mapped[date | None] = mapped_column(Date, default=None)
    registration_closes_on: Mapped[date | None] = mapped_column(Date, default=None)
    #: The price in öre (SEK/100); None: no price set.
    price_ore: Mapped[int | None] = mapped_column(Integer, default=None)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    #: A partner course: pairs sign up together (issue 17).
    partner_course: Mapped[bool] = mapped_column(Boolean, default=False)

    course: Mapped[Course] = relationship(back_populates="rounds")


class RoundSession(SyncMixin, Base):
    """One session (kurstillfälle) of a round: a day, a time, a room and a leader.

    The times are minutes after midnight (0-1440): the sync row codec carries integers as
    they are, they compare and sort as numbers, and "HH:MM" is only how they are shown.
    Both are optional (a session whose time is not decided yet); an end needs a start.
    """

    __tablename__ = "round_session"

    round_id: Mapped[str] = mapped_column(ForeignKey("course_round.id"), index=True)
    day: Mapped[date] = mapped_column(Date)
    start_minute: Mapped[int | None] = mapped_column(Integer, default=None)
    end_minute: Mapped[int | None] = mapped_column(Integer, default=None)
    room: Mapped[str] = mapped_column(String(200), default="")
    #: The person who leads the session (often the course's leader, not always).
    leader_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class RegistrationStatus(enum.StrEnum):
    REGISTERED = "registered"
    #: On the round's waiting list (the round was full); in order of ``created_at``.
    WAITING = "waiting"
    #: Offered a freed place (a mail with an accept link and a deadline); holds the seat.
    OFFERED = "offered"
    CANCELLED = "cancelled"
    #: Held for staff's review (a prerequisite was not met, issue 17): holds no seat, is not
    #: on the waiting list and counts nowhere as registered until accepted.
    REVIEW = "review"


#: The statuses that hold one of a round's seats.
SEAT_HOLDING = (RegistrationStatus.REGISTERED, RegistrationStatus.OFFERED)
#: The statuses that count nowhere as signed up (participant lists and their counts, the
#: other courses of a term a discount counts): cancelled, or held for review.
NOT_SIGNED_UP = (RegistrationStatus.CANCELLED, RegistrationStatus.REVIEW)


class ApprovalState(enum.StrEnum):
    NOT_REQUESTED = "not_requested"
    REQUESTED = "requested"
    APPROVED = "approved"


class Registration(SyncMixin, Base):
    """A person's place on a course round, with its manager approval."""

    __tablename__ = "registration"

    round_id: Mapped[str] = mapped_column(ForeignKey("course_round.id"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    approving_manager_id: Mapped[str | None] = mapped_column(
        ForeignKey("person.id"), default=None, index=True
    )
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), default=None)
    #: The manager as given on a sign-up form, when the form asked for one.
    form_manager_name: Mapped[str | None] = mapped_column(String(200), default=None)
    form_manager_email: Mapped[str | None] = mapped_column(String(254), default=None)
    #: The sign-up form's answers, element id -> value.
    signup_answers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(20), default=RegistrationStatus.REGISTERED)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    approval_requested_at: Mapped[datetime | None] = mapped_column(default=None)
    approval_request_count: Mapped[int] = mapped_column(Integer, default=0)
    approved_at: Mapped[datetime | None] = mapped_column(default=None, index=True)
    approved_by_email: Mapped[str | None] = mapped_column(String(254), default=None)
    approval_terms_version: Mapped[str | None] = mapped_column(String(40), default=None)
    #: Who they signed up with (a partner course, issue 17).
    partner_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None)
    #: Why it waits for review (:class:`models.prerequisites.Reason` as JSON: code, values).
    review_reasons: Mapped[list[Any]] = mapped_column(default=list)

    @property
    def approval_state(self) -> ApprovalState:
        if self.approved_at is not None:
            return ApprovalState.APPROVED
        if self.approval_requested_at is not None:
            return ApprovalState.REQUESTED
        return ApprovalState.NOT_REQUESTED

    def _refuse_if_approved(self) -> None:
        if self.approved_at is not None:
            raise TransitionError(
                f"Registration already approved by {self.approved_by_email} "
                f"on {self.approved_at.date().isoformat()}",
                details={
                    "approved_by_email": self.approved_by_email,
                    "approved_at": self.approved_at.isoformat(),
                },
            )

    def _refuse_if_cancelled(self) -> None:
        if self.status == RegistrationStatus.CANCELLED:
            raise TransitionError("The registration is cancelled")

    def request_approval(self, *, recipient_email: str | None, now: datetime) -> bool:
        """Record a request (or reminder) to the approving manager.

        ``recipient_email`` is the allowed approver's address (see
        :meth:`allowed_approver_emails`); without one there is nobody to ask.
        Returns True when this was a reminder (an earlier request exists).
        """
        self._refuse_if_cancelled()
        self._refuse_if_approved()
        if not recipient_email:
            raise TransitionError(
                "The registration has no approving manager with an e-mail address"
            )
        reminder = self.approval_requested_at is not None
        self.approval_requested_at = now
        self.approval_request_count = (self.approval_request_count or 0) + 1
        return reminder

    def allowed_approver_emails(self, manager_emails: Iterable[str]) -> set[str]:
        """Addresses an approval is accepted from.

        The current approving manager's addresses when one is linked;
        otherwise the manager e-mail given on the sign-up form.
        """
        if self.approving_manager_id is not None:
            return {e.strip().lower() for e in manager_emails}
        if self.form_manager_email:
            return {self.form_manager_email.strip().lower()}
        return set()

    def approve(
        self,
        *,
        by_email: str,
        manager_emails: Iterable[str],
        terms_version: str,
        now: datetime,
    ) -> None:
        """Approve from ``by_email``; only the current approver may, only once."""
        self._refuse_if_cancelled()
        self._refuse_if_approved()
        email = by_email.strip().lower()
        if email not in self.allowed_approver_emails(manager_emails):
            raise PermissionDenied(f"{by_email} is not the approving manager of this registration")
        self.approved_at = now
        self.approved_by_email = email
        self.approval_terms_version = terms_version

    def remove_approval(self, *, roles: Iterable[str]) -> tuple[str | None, datetime | None]:
        """Undo an approval (administrators only). Returns what was removed."""
        if Role.ADMIN not in set(roles):
            raise PermissionDenied("Only an administrator may remove an approval")
        if self.approved_at is None:
            raise TransitionError("The registration is not approved")
        removed = (self.approved_by_email, self.approved_at)
        self.approved_at = None
        self.approved_by_email = None
        self.approval_terms_version = None
        return removed

    def cancel(self) -> None:
        self._refuse_if_cancelled()
        self.status = RegistrationStatus.CANCELLED

    @property
    def holds_seat(self) -> bool:
        return self.status in SEAT_HOLDING

    def _refuse_if_in_review(self) -> None:
        if self.status == RegistrationStatus.REVIEW:
            raise TransitionError("The registration waits for review: accept or decline it")

    def to_waiting_list(self) -> None:
        """Staff move a registered (or offered) participant to the waiting list."""
        self._refuse_if_cancelled()
        self._refuse_if_in_review()
        if self.status == RegistrationStatus.WAITING:
            raise TransitionError("The registration is already on the waiting list")
        self.status = RegistrationStatus.WAITING

    def from_waiting_list(self) -> None:
        """Staff give a waiting (or offered) participant a place, also on a full round."""
        self._refuse_if_cancelled()
        self._refuse_if_in_review()
        if self.status == RegistrationStatus.REGISTERED:
            raise TransitionError("The registration is not on the waiting list")
        self.status = RegistrationStatus.REGISTERED

    def offer_place(self) -> None:
        """Offer the first on the waiting list a freed place (see :meth:`accept_offer`)."""
        if self.status != RegistrationStatus.WAITING:
            raise TransitionError("Only a registration on the waiting list can be offered a place")
        self.status = RegistrationStatus.OFFERED

    def accept_offer(self) -> None:
        """The participant takes the offered place."""
        self._refuse_if_cancelled()
        if self.status != RegistrationStatus.OFFERED:
            raise TransitionError("The registration has no offered place to accept")
        self.status = RegistrationStatus.REGISTERED

    def accept_review(self, status: RegistrationStatus) -> None:
        """Staff accept a registration held for review: ``status`` is a place or the
        waiting list (:func:`new_status`); its reasons are kept as the record of why."""
        if self.status != RegistrationStatus.REVIEW:
            raise TransitionError("The registration does not wait for review")
        self.status = status

    def decline_review(self) -> None:
        """Staff decline a registration held for review: it is cancelled."""
        if self.status != RegistrationStatus.REVIEW:
            raise TransitionError("The registration does not wait for review")
        self.status = RegistrationStatus.CANCELLED


def courses_taken(tenant_id: str, person_id: str, *conditions: Any) -> Select[str]:
    """The courses of the rounds ``person_id`` has a live registration on (one row per
    registration), where ``conditions`` hold (on :class:`Registration`, :class:`CourseRound`)."""
    return (
        select(CourseRound.course_id)
        .join(Registration, Registration.round_id == CourseRound.id)
        .where(
            Registration.tenant_id == tenant_id,
            Registration.participant_id == person_id,
            Registration.deleted_at.is_(None),
            *conditions,
        )
    )


def seats_taken(session: Session, round_id: str) -> int:
    """How many of the round's seats live registrations hold (:data:`SEAT_HOLDING`)."""
    count = session.scalar(
        select(func.count())
        .select_from(Registration)
        .where(
            Registration.round_id == round_id,
            Registration.status.in_(SEAT_HOLDING),
            Registration.deleted_at.is_(None),
        )
    )
    return int(count or 0)


def new_status(round_: CourseRound, taken: int) -> RegistrationStatus:
    """A new registration's status on ``round_`` with ``taken`` seats held: a place while
    a seat is free (0 seats: not limited), else the waiting list."""
    if round_.seats and taken >= round_.seats:
        return RegistrationStatus.WAITING
    return RegistrationStatus.REGISTERED


def waiting_position(session: Session, reg: Registration) -> int:
    """``reg``'s place on its round's waiting list (1 is first; 0 when not waiting)."""
    if reg.status != RegistrationStatus.WAITING:
        return 0
    count = session.scalar(
        select(func.count())
        .select_from(Registration)
        .where(
            Registration.round_id == reg.round_id,
            Registration.status == RegistrationStatus.WAITING,
            Registration.deleted_at.is_(None),
            (Registration.created_at < reg.created_at)
            | ((Registration.created_at == reg.created_at) & (Registration.id <= reg.id)),
        )
    )
    return int(count or 0)


def first_waiting(session: Session, round_id: str) -> Registration | None:
    """The first on the round's waiting list: the earliest registration waiting."""
    return session.scalars(
        select(Registration)
        .where(
            Registration.round_id == round_id,
            Registration.status == RegistrationStatus.WAITING,
            Registration.deleted_at.is_(None),
        )
        .order_by(Registration.created_at, Registration.id)
        .limit(1)
    ).first()


class FormElementKind(enum.StrEnum):
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    EMAIL = "email"
    PHONE = "phone"
    ORGANISATION = "organisation"
    APPROVING_MANAGER = "approving_manager"
    PERSONNUMMER = "personnummer"
    TEXT = "text"
    CHOICE = "choice"
    CHECKBOX = "checkbox"
    #: A day, answered as YYYY-MM-DD (the page's date picker).
    DATE = "date"


class SignupForm(SyncMixin, Base):
    """The public sign-up page of a round."""

    __tablename__ = "signup_form"

    round_id: Mapped[str] = mapped_column(ForeignKey("course_round.id"), index=True)
    heading: Mapped[str] = mapped_column(String(200), default="")
    intro: Mapped[str] = mapped_column(Text, default="")
    banner_url: Mapped[str] = mapped_column(String(500), default="")
    confirmation_text: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[bool] = mapped_column(Boolean, default=False)

    elements: Mapped[list[FormElement]] = relationship(
        back_populates="form", order_by="FormElement.position"
    )


class FormElement(SyncMixin, Base):
    """One question of a sign-up form."""

    __tablename__ = "form_element"

    form_id: Mapped[str] = mapped_column(ForeignKey("signup_form.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(200))
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: For APPROVING_MANAGER: mail the manager a request on sign-up.
    require_email_confirmation: Mapped[bool] = mapped_column(Boolean, default=False)
    options: Mapped[list[str]] = mapped_column(default=list)

    form: Mapped[SignupForm] = relationship(back_populates="elements")

    def check_kind(self) -> None:
        if self.kind not in set(FormElementKind):
            raise ValidationError(f"Unknown form element kind {self.kind!r}", field="kind")
