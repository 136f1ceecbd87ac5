"""Activity grants from attendance: LOK-stöd (RF, rules from 1 July 2023) and municipal
activity grants as configurable rule sets (issue 19; DOMAIN.md, "LOK-stöd").

A grant counts *activities* (sammankomster) and *participant occasions*
(deltagartillfällen) per period (Jan-Jun, Jul-Dec). :data:`LOK_STOD`'s rules:

* a participant counts from the calendar year they turn 7 to the year they turn 25 (age
  is the session's year minus the birth year, whatever the birthday);
* at least 3 counted participants besides the leader;
* a leader who turns at least 13 that year;
* at least 45 minutes;
* one counted activity per participant per sport and day: a second session of the same
  sport the same day does not count them again (sessions are taken in time order, the
  first that counts them keeps them).

A municipal grant is the same computation with other numbers (:class:`RuleSet`); two
examples ship (:data:`MUNICIPAL_EXAMPLES`): their numbers are typical of Swedish
municipalities' activity grants, not any one municipality's; a club enters its own
(:class:`GrantRuleSetRow`, synced, ``grant_rule_set.*`` commands).

Every session that does not count is in the period's check report with the reasons
(:class:`Issue`: a code and values; the desktop translates them), so a club can fix an
attendance list before it reports. Pure: :func:`grant_periods` works on plain values
(:class:`GrantSession`); :func:`grant_sessions` reads them from the local rows.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Date, Integer, String, func, select
from sqlalchemy.orm import Mapped, Session, aliased, mapped_column

from models.attendance import Attendance, Told
from models.base import Base
from models.courses import Course, CourseRound, RoundSession
from models.errors import ValidationError
from models.organisations import ArchivedByTombstone
from models.people import Person


class PerDay(enum.StrEnum):
    """How often one participant counts in a day."""

    #: Once per sport and day (LOK-stöd).
    SPORT = "sport"
    #: Once per day, whatever the sport.
    DAY = "day"
    #: In every session.
    SESSION = "session"


@dataclass(frozen=True)
class RuleSet:
    """The numbers of one activity grant."""

    key: str
    name: str
    min_age: int
    max_age: int
    #: Counted participants needed besides the leader.
    min_participants: int
    min_minutes: int
    leader_min_age: int
    per_day: PerDay
    #: The first day the rules hold (sessions before it are reported, not counted).
    valid_from: date = date(2000, 1, 1)
    #: At most this many participants are counted in one activity (None: no limit).
    max_participants: int | None = None


LOK_STOD = RuleSet(
    key="lok",
    name="LOK-stöd (RF)",
    min_age=7,
    max_age=25,
    min_participants=3,
    min_minutes=45,
    leader_min_age=13,
    per_day=PerDay.SPORT,
    valid_from=date(2023, 7, 1),
)

#: Two municipal activity grants, as examples of what a club configures.
MUNICIPAL_EXAMPLES = (
    RuleSet(
        key="municipal_a",
        name="Kommunalt aktivitetsstöd, exempel A",
        min_age=7,
        max_age=20,
        min_participants=3,
        min_minutes=60,
        leader_min_age=18,
        per_day=PerDay.DAY,
    ),
    RuleSet(
        key="municipal_b",
        name="Kommunalt aktivitetsstöd, exempel B",
        min_age=5,
        max_age=20,
        min_participants=5,
        min_minutes=45,
        leader_min_age=15,
        per_day=PerDay.SPORT,
        max_participants=30,
    ),
)


#: A rule set's first day when it names none.
ALWAYS = date(2000, 1, 1)


class GrantRuleSetRow(ArchivedByTombstone, Base):
    """A club's own activity grant rules (synced, ``grant_rule_set.*`` commands; archived
    by tombstone): the numbers of a :class:`RuleSet`. One live rule set per name."""

    __tablename__ = "grant_rule_set"

    name: Mapped[str] = mapped_column(String(200))
    min_age: Mapped[int] = mapped_column(Integer)
    max_age: Mapped[int] = mapped_column(Integer)
    min_participants: Mapped[int] = mapped_column(Integer)
    max_participants: Mapped[int | None] = mapped_column(Integer, nullable=True)
    min_minutes: Mapped[int] = mapped_column(Integer)
    leader_min_age: Mapped[int] = mapped_column(Integer)
    per_day: Mapped[str] = mapped_column(String(20))
    valid_from: Mapped[date | None] = mapped_column(Date, nullable=True)

    def rules(self) -> RuleSet:
        """The row as the :class:`RuleSet` the count uses (its key the row's id)."""
        return RuleSet(
            key=self.id,
            name=self.name,
            min_age=self.min_age,
            max_age=self.max_age,
            min_participants=self.min_participants,
            min_minutes=self.min_minutes,
            leader_min_age=self.leader_min_age,
            per_day=PerDay(self.per_day),
            valid_from=self.valid_from or ALWAYS,
            max_participants=self.max_participants,
        )


def check_rule_set(row: GrantRuleSetRow) -> None:
    """A rule set's numbers make sense (the name's uniqueness is the command's check)."""
    row.name = " ".join((row.name or "").split())
    if not row.name:
        raise ValidationError("A rule set has a name", field="name")
    for name in ("min_age", "max_age", "min_minutes", "leader_min_age"):
        if getattr(row, name) < 0:
            raise ValidationError("A number of zero or more", field=name)
    if row.min_participants < 1:
        raise ValidationError("At least one participant", field="min_participants")
    if row.max_age < row.min_age:
        raise ValidationError("The highest age is below the lowest", field="max_age")
    if row.max_participants is not None and row.max_participants < row.min_participants:
        raise ValidationError(
            "The most participants counted is below the fewest needed", field="max_participants"
        )
    if row.per_day not in set(PerDay):
        raise ValidationError("No such way of counting a day", field="per_day")


@dataclass(frozen=True)
class GrantSession:
    """A session as a grant sees it: its day and length, its sport, its leader and who
    was there (person ids; ``birth_years``: person id -> birth year, absent or None when
    not known, often one mapping shared by all sessions)."""

    id: str
    day: date
    minutes: int | None
    sport: str
    leader_id: str | None
    leader_birth_year: int | None
    participants: Sequence[str]
    birth_years: Mapping[str, int | None]
    start_minute: int = 0


class IssueCode(enum.StrEnum):
    """Why a session does not count (the check report's codes)."""

    BEFORE_RULES = "before_rules"
    NO_TIME = "no_time"
    TOO_SHORT = "too_short"
    NO_LEADER = "no_leader"
    LEADER_AGE_UNKNOWN = "leader_age_unknown"
    LEADER_TOO_YOUNG = "leader_too_young"
    TOO_FEW_PARTICIPANTS = "too_few_participants"


#: The check report's texts (English; the desktop translates them and fills in the values).
ISSUE_TEXTS: dict[str, str] = {
    IssueCode.BEFORE_RULES: "Before the rules hold ({day})",
    IssueCode.NO_TIME: "The session has no start and end time",
    IssueCode.TOO_SHORT: "{minutes} minutes; at least {min} count",
    IssueCode.NO_LEADER: "No leader",
    IssueCode.LEADER_AGE_UNKNOWN: "The leader's age is not known",
    IssueCode.LEADER_TOO_YOUNG: "The leader turns {age} this year; at least {min}",
    IssueCode.TOO_FEW_PARTICIPANTS: (
        "{count} participants count; at least {min} needed ({outside_age} outside the ages,"
        " {unknown_age} without a known age, {counted_already} counted already that day)"
    ),
}


@dataclass(frozen=True)
class Issue(Told):
    texts = ISSUE_TEXTS
    code: IssueCode
    values: dict[str, int | str] = field(default_factory=dict)


@dataclass(frozen=True)
class SessionCheck:
    """A session that does not count, and why."""

    session_id: str
    day: date
    sport: str
    issues: tuple[Issue, ...]


@dataclass
class PeriodReport:
    """One period's count (``year``, ``half`` 1 = Jan-Jun, 2 = Jul-Dec)."""

    year: int
    half: int
    activities: int = 0
    participant_occasions: int = 0
    #: Counted participant occasions by sport.
    by_sport: dict[str, int] = field(default_factory=dict)
    #: Every session that does not count, in time order.
    checks: list[SessionCheck] = field(default_factory=list)
    #: Every counted activity, in time order: (session id, the person ids it counts).
    counted: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.year} {'Jan–Jun' if self.half == 1 else 'Jul–Dec'}"


def period_of(day: date) -> tuple[int, int]:
    """The grant period of ``day``: (year, 1 for Jan-Jun or 2 for Jul-Dec)."""
    return day.year, 1 if day.month <= 6 else 2


def grant_periods(
    sessions: Iterable[GrantSession], rules: RuleSet = LOK_STOD
) -> list[PeriodReport]:
    """The periods' counts and check reports of ``sessions`` under ``rules``, by period."""
    reports: dict[tuple[int, int], PeriodReport] = {}
    counted_on: dict[tuple[date, str], set[str]] = defaultdict(set)
    for s in sorted(sessions, key=lambda s: (s.day, s.start_minute, s.id)):
        key = period_of(s.day)
        report = reports.get(key)
        if report is None:
            report = reports[key] = PeriodReport(*key)
        issues = _session_issues(s, rules)
        counted_key = (s.day, "" if rules.per_day == PerDay.DAY else s.sport)
        already = counted_on[counted_key] if rules.per_day != PerDay.SESSION else set()
        counted, tally = _participants(s, rules, already)
        if len(counted) < rules.min_participants:
            values: dict[str, int | str] = {
                "count": len(counted),
                "min": rules.min_participants,
                **tally,
            }
            issues.append(Issue(IssueCode.TOO_FEW_PARTICIPANTS, values))
        if issues:
            report.checks.append(SessionCheck(s.id, s.day, s.sport, tuple(issues)))
            continue
        if rules.max_participants is not None:
            # The same ones on every run, whatever order the rows were read in.
            counted = sorted(counted)[: rules.max_participants]
        already.update(counted)
        report.counted.append((s.id, tuple(counted)))
        report.activities += 1
        report.participant_occasions += len(counted)
        report.by_sport[s.sport] = report.by_sport.get(s.sport, 0) + len(counted)
    return [reports[k] for k in sorted(reports)]


def _session_issues(s: GrantSession, rules: RuleSet) -> list[Issue]:
    issues: list[Issue] = []
    if s.day < rules.valid_from:
        issues.append(Issue(IssueCode.BEFORE_RULES, {"day": rules.valid_from.isoformat()}))
    if s.minutes is None:
        issues.append(Issue(IssueCode.NO_TIME))
    elif s.minutes < rules.min_minutes:
        issues.append(Issue(IssueCode.TOO_SHORT, {"minutes": s.minutes, "min": rules.min_minutes}))
    if s.leader_id is None:
        issues.append(Issue(IssueCode.NO_LEADER))
    elif s.leader_birth_year is None:
        issues.append(Issue(IssueCode.LEADER_AGE_UNKNOWN))
    elif s.day.year - s.leader_birth_year < rules.leader_min_age:
        age = s.day.year - s.leader_birth_year
        issues.append(Issue(IssueCode.LEADER_TOO_YOUNG, {"age": age, "min": rules.leader_min_age}))
    return issues


def _participants(
    s: GrantSession, rules: RuleSet, already: set[str]
) -> tuple[list[str], dict[str, int]]:
    """Who counts in ``s`` (not the leader, of age that year, not counted already that
    day), and how many did not for each reason."""
    counted: list[str] = []
    tally = {"outside_age": 0, "unknown_age": 0, "counted_already": 0}
    seen: set[str] = set()
    years = s.birth_years
    for person_id in s.participants:
        if person_id == s.leader_id or person_id in seen:
            continue
        seen.add(person_id)
        born = years.get(person_id)
        if born is None:
            tally["unknown_age"] += 1
        elif not rules.min_age <= s.day.year - born <= rules.max_age:
            tally["outside_age"] += 1
        elif person_id in already:
            tally["counted_already"] += 1
        else:
            counted.append(person_id)
    return counted, tally


def birth_year(birth_date: date | None, personnummer: str | None) -> int | None:
    """A person's birth year: from the birth date, else the personnummer's first four
    digits (canonical, 12 digits), else None."""
    if birth_date is not None:
        return birth_date.year
    if personnummer and len(personnummer) == 12 and personnummer[:4].isdigit():
        return int(personnummer[:4])
    return None


def grant_sessions(db: Session, tenant_id: str, start: date, end: date) -> list[GrantSession]:
    """The tenant's live sessions from ``start`` to ``end`` (both included) as grants see
    them: the sport is the course's category (its name when it has none), the leader the
    session's (else the course's), the participants those present (:class:`Attendance`)."""
    leader = aliased(Person)
    rows = db.execute(
        select(
            RoundSession.id,
            RoundSession.day,
            RoundSession.start_minute,
            RoundSession.end_minute,
            Course.category,
            Course.name,
            func.coalesce(RoundSession.leader_id, Course.leader_id),
            leader.birth_date,
            leader.personnummer,
        )
        .join(CourseRound, CourseRound.id == RoundSession.round_id)
        .join(Course, Course.id == CourseRound.course_id)
        .outerjoin(leader, leader.id == func.coalesce(RoundSession.leader_id, Course.leader_id))
        .where(
            RoundSession.tenant_id == tenant_id,
            RoundSession.deleted_at.is_(None),
            RoundSession.day.between(start, end),
        )
    ).all()
    # Ids only from the attendance (hundreds of thousands of rows: no value to convert),
    # then each person's birth year once.
    present: dict[str, list[str]] = defaultdict(list)
    for session_id, person_id in db.connection().execute(
        select(Attendance.session_id, Attendance.person_id)
        .join(RoundSession, RoundSession.id == Attendance.session_id)
        .where(
            Attendance.tenant_id == tenant_id,
            Attendance.present.is_(True),
            Attendance.deleted_at.is_(None),
            RoundSession.day.between(start, end),
        )
    ):
        present[session_id].append(person_id)
    born = _birth_years(db, {p for persons in present.values() for p in persons})
    return [
        GrantSession(
            id=sid,
            day=day,
            minutes=None if first is None or last is None else last - first,
            sport=category or course_name,
            leader_id=leader_id,
            leader_birth_year=birth_year(leader_born, leader_pnr),
            participants=present.get(sid, ()),
            birth_years=born,
            start_minute=first or 0,
        )
        for sid, day, first, last, category, course_name, leader_id, leader_born, leader_pnr in rows
    ]


def _birth_years(db: Session, person_ids: set[str]) -> dict[str, int | None]:
    ids = sorted(person_ids)
    years: dict[str, int | None] = {}
    for i in range(0, len(ids), 500):
        for pid, birth_date, pnr in db.execute(
            select(Person.id, Person.birth_date, Person.personnummer).where(
                Person.id.in_(ids[i : i + 500])
            )
        ):
            years[pid] = birth_year(birth_date, pnr)
    return years
