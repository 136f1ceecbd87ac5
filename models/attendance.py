"""Attendance (närvaro) at a round's sessions, and the membership cards check-in scans
(issue 19; seed 003, steps 10-12).

* An :class:`Attendance` row says whether a person was at a session (a
  :class:`models.courses.RoundSession`), when and how they were checked in (a scan, a
  personnummer typed, marked by hand, or let in by staff despite a red answer, with the
  reason). There is one row per person and session: its id is derived from the two
  (:func:`attendance_id`), so two check-in stations working offline make the same row and
  the second check-in is refused ("already checked in at 18:02"), not counted twice.
* A :class:`MembershipCard` is the code printed on a person's card (barcode or QR); the
  check-in looks a person up by it (:func:`models.presence.find_person`).

Attendance is what LOK-stöd and the municipal grants count (:mod:`models.grants`).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, SyncMixin, sync_table_args
from models.ids import derived_id

#: The time zone a check-in's time is told in ("already checked in at 18:02").
LOCAL_ZONE = ZoneInfo("Europe/Stockholm")


class CheckInHow(enum.StrEnum):
    """How a person's attendance was recorded."""

    #: A membership card's code or an ID document's MRZ, read by a scanner or camera.
    SCAN = "scan"
    #: A personnummer (or card code) typed at the station.
    TYPED = "typed"
    #: Marked present or absent by hand (also afterwards, from the printed sheet).
    MANUAL = "manual"
    #: Let in by staff despite a red answer, with a reason (audited).
    OVERRIDE = "override"


class Attendance(SyncMixin, Base):
    """A person's attendance at one session: present or not, when, how, recorded by whom."""

    __tablename__ = "attendance"
    __table_args__ = sync_table_args(
        "attendance",
        # One row per person and session (the id is derived from the two as well).
        Index("ux_attendance_session_person", "session_id", "person_id", unique=True),
    )

    session_id: Mapped[str] = mapped_column(ForeignKey("round_session.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    #: When they were checked in (UTC; the station's time of the scan). None when marked
    #: by hand without a time (from the printed sheet) or marked absent.
    checked_in_at: Mapped[datetime | None] = mapped_column(default=None)
    how: Mapped[str] = mapped_column(String(20), default=CheckInHow.MANUAL)
    #: Why staff let them in despite a red answer (``how`` is ``override``).
    override_reason: Mapped[str] = mapped_column(Text, default="")
    #: The red answer that was overridden (:class:`models.presence.RedReason` code).
    overridden: Mapped[str] = mapped_column(String(40), default="")
    #: Who recorded it last (the staff member's name or e-mail).
    recorded_by: Mapped[str] = mapped_column(String(254), default="")


class MembershipCard(SyncMixin, Base):
    """The code on a person's membership card (barcode or QR). A person may hold several
    (a lost card replaced); a withdrawn card is a tombstone."""

    __tablename__ = "membership_card"
    __table_args__ = sync_table_args(
        "membership_card",
        # The check-in finds the card by its code at every scan (issue 19: 100k persons).
        Index("ix_membership_card_tenant_code", "tenant_id", "code"),
    )

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    code: Mapped[str] = mapped_column(String(100))


def attendance_id(session_id: str, person_id: str) -> str:
    """The id of a person's attendance row at a session: the same on every station."""
    try:
        return derived_id(session_id, "attendance", person_id)
    except ValueError:  # a session id that is no UUID (ids are client-made): still one id
        return derived_id(_NAMESPACE, "attendance", session_id, person_id)


#: The parent of :func:`attendance_id` for a session whose id is no UUID.
_NAMESPACE = "00000000-0000-7000-8000-000000000000"


def local_time(at: datetime) -> str:
    """``at`` (UTC, naive or aware) as ``HH:MM`` in :data:`LOCAL_ZONE`."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=ZoneInfo("UTC"))
    return aware.astimezone(LOCAL_ZONE).strftime("%H:%M")


class Told:
    """A coded answer (the check-in's, :mod:`models.presence`) or finding (the grants'
    check report, :mod:`models.grants`) with its values: :attr:`text` is the code's English
    text in ``texts``, the values filled in (the desktop translates it and fills them in)."""

    texts: ClassVar[Mapping[str, str]]
    code: str
    values: Mapping[str, Any]

    @property
    def text(self) -> str:
        return self.texts[self.code].format(**self.values)
