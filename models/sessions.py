"""The rules of a round's sessions (kurstillfällen, issue 15): when a session may be, and its
times as people write them.

A session's times are minutes after midnight (:class:`models.courses.RoundSession`);
"HH:MM" is only how they are written and shown. The rules live here once: the commands
(``session.add`` / ``session.edit``) check them on the desktop and on the server alike.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Protocol

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models.courses import RoundSession
from models.errors import ValidationError


class RoundDates(Protocol):
    """A round's dates (a round, or a round about to be created)."""

    @property
    def starts_on(self) -> date | None: ...

    @property
    def ends_on(self) -> date | None: ...


#: Minutes in a day: a session ends at 24:00 at the latest.
DAY_MINUTES = 24 * 60

_CLOCK = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?")
_COMPACT = re.compile(r"(\d{1,2})(\d{2})")


def clock_text(minute: int | None) -> str:
    """Minutes after midnight as "HH:MM" (570 -> "09:30"); None: ""."""
    if minute is None:
        return ""
    hours, minutes = divmod(minute, 60)
    return f"{hours:02d}:{minutes:02d}"


def parse_clock(text: str, *, field: str = "start_minute") -> int | None:
    """A time as people write it ("9", "09:30", "9.30", "0930") in minutes after midnight;
    empty: None. Anything else, or past 24:00, is refused naming ``field``."""
    cleaned = text.strip()
    if not cleaned:
        return None
    match = _CLOCK.fullmatch(cleaned) or _COMPACT.fullmatch(cleaned)
    if match is not None:
        hours, minutes = int(match.group(1)), int(match.group(2) or 0)
        total = hours * 60 + minutes
        if minutes < 60 and total <= DAY_MINUTES:
            return total
    raise ValidationError("Write the time as HH:MM, such as 09:30", field=field)


def session_span(session: RoundSession) -> str:
    """The session's time as a line shows it: "09:00–16:00", "09:00" or ""."""
    start, end = clock_text(session.start_minute), clock_text(session.end_minute)
    return f"{start}–{end}" if end else start


def check_session(
    round_: RoundDates, day: date, start_minute: int | None, end_minute: int | None
) -> None:
    """The one rule of a session's time: an end needs a start and comes after it, and the
    day lies within the round's dates (when the round has them)."""
    if end_minute is not None and start_minute is None:
        raise ValidationError("A session with an end time needs a start time", field="start_minute")
    if start_minute is not None and end_minute is not None and end_minute <= start_minute:
        raise ValidationError("The session ends before it starts", field="end_minute")
    starts, ends = round_.starts_on, round_.ends_on
    if (starts is not None and day < starts) or (ends is not None and day > ends):
        raise ValidationError(
            "The session is on {day}, outside the round's dates ({starts} to {ends})",
            field="day",
            params={
                "day": day.isoformat(),
                "starts": starts.isoformat() if starts else "…",
                "ends": ends.isoformat() if ends else "…",
            },
        )


def check_round_sessions(db: Session, round_id: str, tenant_id: str, dates: RoundDates) -> None:
    """The round's live sessions lie within its (new) dates: else refused, naming how many
    do not and the first one's day, on the date field that day falls outside of."""
    starts, ends = dates.starts_on, dates.ends_on
    outside = [
        c
        for c in (
            RoundSession.day < starts if starts else None,
            RoundSession.day > ends if ends else None,
        )
        if c is not None
    ]
    if not outside:
        return
    days = db.scalars(
        select(RoundSession.day)
        .where(
            RoundSession.round_id == round_id,
            RoundSession.tenant_id == tenant_id,
            RoundSession.deleted_at.is_(None),
            or_(*outside),
        )
        .order_by(RoundSession.day)
    ).all()
    if days:
        raise ValidationError(
            "Sessions outside these dates: {count}, the first on {day}; move or remove them first",
            field="starts_on" if starts and days[0] < starts else "ends_on",
            params={"count": len(days), "day": days[0].isoformat()},
        )
