"""Alumni registrations, the institution's rules and student records (seed 001).

``AlumniRegistration`` carries the alumni state machine of DOMAIN.md::

    received ──automatic──▶ approved_registered_alumnus
        │                   approved_alumnus
        │                   not_approved ──officer──▶ approved_manually | denied
        │                        ▲ └──officer reverses, with a reason──┘
        │                        └──person confirms new contact data from a known
        │                           address──▶ approved_registered_alumnus | approved_alumnus
        └ (technical error: stays received, retried)
    any but unregistered ──alumnus' own form──▶ unregistered
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, SyncMixin, sync_table_args
from models.errors import ConflictError, TransitionError


class AlumniStatus(enum.StrEnum):
    RECEIVED = "received"
    APPROVED_REGISTERED_ALUMNUS = "approved_registered_alumnus"
    APPROVED_ALUMNUS = "approved_alumnus"
    NOT_APPROVED = "not_approved"
    APPROVED_MANUALLY = "approved_manually"
    DENIED = "denied"
    UNREGISTERED = "unregistered"


AUTOMATIC_OUTCOMES = frozenset(
    {
        AlumniStatus.APPROVED_REGISTERED_ALUMNUS,
        AlumniStatus.APPROVED_ALUMNUS,
        AlumniStatus.NOT_APPROVED,
    }
)

#: An officer's decisions: only these can be reversed (back to the manual queue).
MANUAL_DECISIONS = frozenset({AlumniStatus.APPROVED_MANUALLY, AlumniStatus.DENIED})

#: What a confirmed match is approved as (by the automatic check or the person's confirmation).
_APPROVED_BY_CHECK = frozenset(
    {AlumniStatus.APPROVED_REGISTERED_ALUMNUS, AlumniStatus.APPROVED_ALUMNUS}
)

STATUS_LABELS = {
    AlumniStatus.RECEIVED: "received",
    AlumniStatus.APPROVED_REGISTERED_ALUMNUS: "approved (registered alumnus)",
    AlumniStatus.APPROVED_ALUMNUS: "approved (alumnus)",
    AlumniStatus.NOT_APPROVED: "not approved",
    AlumniStatus.APPROVED_MANUALLY: "approved manually",
    AlumniStatus.DENIED: "denied",
    AlumniStatus.UNREGISTERED: "unregistered",
}


class ProposalState(enum.StrEnum):
    """What became of the data a registration proposed for its matched profile."""

    NONE = ""
    PENDING = "pending"
    APPLIED = "applied"
    DISCARDED = "discarded"


class AlumniRegistration(SyncMixin, Base):
    """An alumnus' registration as entered, and what became of it."""

    __tablename__ = "alumni_registration"
    __table_args__ = sync_table_args(
        "alumni_registration",
        Index("ix_alumni_registration_retry", "tenant_id", "status", "next_attempt_at"),
    )

    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None, index=True)
    email: Mapped[str] = mapped_column(String(254))
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    personnummer: Mapped[str | None] = mapped_column(String(12), default=None)
    phone: Mapped[str | None] = mapped_column(String(20), default=None)
    program: Mapped[str] = mapped_column(String(200), default="")
    graduation_year: Mapped[int | None] = mapped_column(Integer, default=None)
    #: The postal address the form gave (all four empty: none given; issue 20). Contact
    #: data: it fills a person made for the registration; for an existing person it is
    #: only proposed (``proposed``), as the security rule on unconfirmed contact data says.
    street: Mapped[str] = mapped_column(String(200), default="", server_default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="", server_default="")
    city: Mapped[str] = mapped_column(String(100), default="", server_default="")
    #: Two capital letters (``"SE"``), ``""`` when no address was given.
    country: Mapped[str] = mapped_column(String(2), default="", server_default="")
    answers: Mapped[dict[str, Any]] = mapped_column(default=dict)

    status: Mapped[str] = mapped_column(String(40), default=AlumniStatus.RECEIVED, index=True)
    received_at: Mapped[datetime] = mapped_column()
    #: "email", "personnummer" or "created" (no match; person made by rules).
    matched_on: Mapped[str | None] = mapped_column(String(20), default=None)
    #: Why the automatic check decided as it did, in one readable line.
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    decision_details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    decided_at: Mapped[datetime | None] = mapped_column(default=None)
    decided_by: Mapped[str | None] = mapped_column(String(254), default=None)
    denial_reason: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    #: After a technical error: when the automatic check is tried again.
    next_attempt_at: Mapped[datetime | None] = mapped_column(default=None)
    #: What the form gave that the matched profile does not have (``email``, ``phone``,
    #: ``personnummer``): kept here, never written on the person by the automatic check;
    #: applied when an officer approves or the person confirms from an address the
    #: profile had (:mod:`models.alumni_proposals`).
    proposed: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")
    #: ``""`` (nothing proposed), ``"pending"``, ``"applied"`` or ``"discarded"``.
    proposal_state: Mapped[str] = mapped_column(String(20), default="", server_default="")
    #: The language of the form the alumnus registered on (``"sv"``, ``"en"``; ``""``:
    #: not known, the tenant's): the outcome is told in it.
    language: Mapped[str] = mapped_column(String(10), default="", server_default="")
    #: The part of a denial's reason staff chose to tell the alumnus (``""``: the mail
    #: gives none); ``denial_reason`` stays internal.
    shared_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: The mail the alumnus was last told (server only): ``alumni.approved`` /
    #: ``alumni.denied`` and a digest of the shared reason, so the same mail is never
    #: sent twice (``""``: none; a status: told before the digest was kept).
    outcome_told: Mapped[str] = mapped_column(String(40), default="", server_default="")

    def _decided_message(self) -> str:
        label = STATUS_LABELS.get(AlumniStatus(self.status), self.status)
        when = self.decided_at.strftime("%Y-%m-%d %H:%M") if self.decided_at else "an earlier time"
        by = self.decided_by or "the system"
        return f"Already {label} by {by} at {when}"

    def _expect(self, expected: str | None, *allowed: AlumniStatus) -> None:
        if expected is not None and self.status != expected:
            raise ConflictError(
                self._decided_message(),
                details={
                    "status": self.status,
                    "decided_by": self.decided_by,
                    "decided_at": self.decided_at.isoformat() if self.decided_at else None,
                },
            )
        if self.status not in allowed:
            if self.status == AlumniStatus.RECEIVED:
                raise TransitionError("The registration has not been checked automatically yet")
            raise TransitionError(self._decided_message())

    def record_automatic_decision(
        self,
        *,
        status: AlumniStatus,
        person_id: str,
        matched_on: str,
        reason: str,
        details: dict[str, Any],
        now: datetime,
    ) -> None:
        """The automatic check's outcome; only from ``received``."""
        if status not in AUTOMATIC_OUTCOMES:
            raise TransitionError(f"{status} is not an automatic outcome")
        self._expect(None, AlumniStatus.RECEIVED)
        self.status = status
        self.person_id = person_id
        self.matched_on = matched_on
        self.decision_reason = reason
        self.decision_details = details
        self.decided_at = now
        self.decided_by = None
        self.last_error = ""
        self.next_attempt_at = None

    def record_technical_error(
        self, *, error: str, next_attempt_at: datetime | None = None
    ) -> None:
        """The check failed for a technical reason: stays ``received``, retried later.

        ``next_attempt_at``: when the automatic check is to be tried again
        (None: at the next run).
        """
        self._expect(None, AlumniStatus.RECEIVED)
        self.attempts = (self.attempts or 0) + 1
        self.last_error = error[:2000]
        self.next_attempt_at = next_attempt_at

    def approve_manually(self, *, by: str, now: datetime, expected_status: str | None) -> None:
        """An officer approves an item of the manual queue."""
        self._expect(expected_status, AlumniStatus.NOT_APPROVED)
        self.status = AlumniStatus.APPROVED_MANUALLY
        self.decided_by = by
        self.decided_at = now

    def confirm_by_person(self, *, status: AlumniStatus, by: str, now: datetime) -> None:
        """The person confirmed the registration from an address the profile already had:
        an item of the manual queue held only by contact data the profile lacked is then
        decided as the automatic check would have decided a confirmed match."""
        if status not in _APPROVED_BY_CHECK:
            raise TransitionError(f"{status} is not an outcome of a confirmation")
        self._expect(None, AlumniStatus.NOT_APPROVED)
        self.status = status
        self.decided_by = by
        self.decided_at = now

    def deny(
        self,
        *,
        by: str,
        reason: str,
        now: datetime,
        expected_status: str | None,
        shared_reason: str = "",
    ) -> None:
        """An officer denies an item of the manual queue; ``shared_reason`` is what the
        alumnus is told of why (``reason`` stays internal)."""
        self._expect(expected_status, AlumniStatus.NOT_APPROVED)
        self.status = AlumniStatus.DENIED
        self.decided_by = by
        self.decided_at = now
        self.denial_reason = reason
        self.shared_reason = shared_reason
        if self.proposal_state == ProposalState.PENDING:
            self.proposal_state = ProposalState.DISCARDED

    def reopen(self, *, by: str, now: datetime, expected_status: str | None) -> str:
        """An officer reverses a manual decision: the item is back in the manual queue.

        Only ``approved_manually`` and ``denied`` can be reversed; an automatic
        outcome (or one the person confirmed) and a terminated membership cannot.
        A denied item's discarded proposal is pending again. Returns the status
        reversed (the caller takes back what the approval gave the person).
        """
        if self.status in _APPROVED_BY_CHECK:
            raise TransitionError(
                "An automatic decision cannot be reversed; only an officer's decision can"
            )
        if self.status == AlumniStatus.UNREGISTERED:
            raise TransitionError(
                "The alumnus has terminated the membership; the decision cannot be reversed"
            )
        if self.status == AlumniStatus.NOT_APPROVED and expected_status in (
            None,
            AlumniStatus.NOT_APPROVED,
        ):
            raise TransitionError("The registration is in the manual queue; nothing to reverse")
        self._expect(expected_status, *MANUAL_DECISIONS)
        previous = self.status
        self.status = AlumniStatus.NOT_APPROVED
        self.decided_by = by
        self.decided_at = now
        self.denial_reason = ""
        self.shared_reason = ""
        if self.proposal_state == ProposalState.DISCARDED:
            self.proposal_state = ProposalState.PENDING
        return previous

    def unregister(self, *, now: datetime) -> None:
        """The alumnus terminated the membership through the unregister form."""
        if self.status == AlumniStatus.UNREGISTERED:
            raise TransitionError("The membership is already terminated")
        self.status = AlumniStatus.UNREGISTERED
        self.decided_at = now
        self.decided_by = self.email
        self.next_attempt_at = None


class AlumniRuleKind(enum.StrEnum):
    DEGREE_AWARDED = "degree_awarded"
    MIN_CREDITS = "min_credits"
    PROGRAM_IN = "program_in"
    GRADUATED_AFTER = "graduated_after"


class AlumniRule(SyncMixin, Base):
    """One rule of the institution for automatic approval; all active rules must hold."""

    __tablename__ = "alumni_rule"

    kind: Mapped[str] = mapped_column(String(40))
    params: Mapped[dict[str, Any]] = mapped_column(default=dict)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    description: Mapped[str] = mapped_column(String(300), default="")


class StudentRecord(SyncMixin, Base):
    """What the student system knows of a (former) student."""

    __tablename__ = "student_record"

    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None, index=True)
    personnummer: Mapped[str | None] = mapped_column(String(12), default=None, index=True)
    email: Mapped[str | None] = mapped_column(String(254), default=None, index=True)
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    program_code: Mapped[str] = mapped_column(String(40), default="")
    program_name: Mapped[str] = mapped_column(String(200), default="")
    degree: Mapped[str | None] = mapped_column(String(200), default=None)
    credits: Mapped[float] = mapped_column(Float, default=0.0)
    graduation_year: Mapped[int | None] = mapped_column(Integer, default=None)
    source: Mapped[str] = mapped_column(String(40), default="import")
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
