"""Returning participants (issue 19, seed 003 step 14): per course or course category and
term, how many of the participants had taken part in an earlier term, from which earlier
courses they came, and how many of a term's participants came back in each later term.

Taking part is a registration with a place (``registered``) on a round that was not
cancelled; the round's term ("HT2026", "VT2027") says when, and a round without one is
put in the term its start day falls in (from July: HT). Terms are ordered by their
rounds' first start day (a term with no dated round by its name), never by the string.

"Coming back" is club-wide: a participant of a course in a term returns when they took part
in any course in an earlier term; *came from* counts, per earlier course, the returning
participants who had taken it (one person may come from several courses). A cohort (a
group's participants of a term) comes back in a later term when they take part in any
course then. A person is counted once per group and term, as the live person they are:
a merged duplicate counts as its survivor. (Merging never raises a term's participants;
it can raise "returning", when the duplicate held the earlier history.)

:func:`returning_report` is pure over :class:`Taking` rows; :func:`load_takings` reads
them from the local database in one query (plus one for the merges).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.courses import Course, CourseRound, Registration, RegistrationStatus, RoundStatus
from models.people import MAX_MERGES, Person

#: What a row is: a course, a category, or every course together ("all": one row, key "").
Group = Literal["course", "category", "all"]
GROUPS: tuple[Group, ...] = ("course", "category", "all")

_TERM = re.compile(r"^(VT|HT)(\d{4})$")


@dataclass(frozen=True, slots=True)
class Taking:
    """One person taking part in one round: who, which course (and its category), when."""

    person_id: str
    course_id: str
    course_name: str
    category: str
    term: str
    starts_on: date | None = None


@dataclass
class TermCount:
    """A group's participants of one term, those returning and where they came from."""

    participants: int = 0
    returning: int = 0
    #: Earlier course id -> how many of the returning participants had taken it.
    came_from: dict[str, int] = field(default_factory=dict)

    @property
    def share(self) -> float | None:
        """Returning / participants (None: nobody took part)."""
        return self.returning / self.participants if self.participants else None


@dataclass
class GroupRow:
    """A course (key: its id) or a category (key: its name, "" for none) over the terms."""

    key: str
    name: str
    terms: dict[str, TermCount] = field(default_factory=dict)
    #: Term -> later term -> how many of the term's participants took part in it.
    cohorts: dict[str, dict[str, int]] = field(default_factory=dict)

    def total(self) -> TermCount:
        """All terms summed (a person in two terms counts in each)."""
        out = TermCount()
        for count in self.terms.values():
            out.participants += count.participants
            out.returning += count.returning
            for course, n in count.came_from.items():
                out.came_from[course] = out.came_from.get(course, 0) + n
        return out


@dataclass
class ReturningReport:
    group: Group
    #: The terms in order of time.
    terms: list[str]
    rows: list[GroupRow]
    #: Course id -> name (for "came from").
    course_names: dict[str, str]


def term_of(term: str, starts_on: date | None) -> str:
    """The round's term: as given, else the term its start day falls in ("" when neither)."""
    term = term.strip().upper()
    if term or starts_on is None:
        return term
    return f"{'HT' if starts_on.month >= 7 else 'VT'}{starts_on.year}"


def term_start(term: str) -> date | None:
    """The day a term named "VT2027"/"HT2026" starts (1 January / 1 July), else None."""
    m = _TERM.match(term)
    if m is None:
        return None
    return date(int(m.group(2)), 1 if m.group(1) == "VT" else 7, 1)


def order_terms(takings: Iterable[Taking]) -> list[str]:
    """The terms of ``takings`` in order of time: by their rounds' first start day, else the
    day the name says; terms with neither last, by name."""
    return _ordered({(term_of(t.term, t.starts_on), t.starts_on) for t in takings})


def _ordered(dated: Iterable[tuple[str, date | None]]) -> list[str]:
    """The terms of (term, start day) pairs in order of time (see :func:`order_terms`)."""
    first: dict[str, date | None] = {}
    for key, day in dated:
        if not key:
            continue
        known = first.get(key)
        if day is not None and (known is None or day < known):
            first[key] = day
        else:
            first.setdefault(key, None)
    when = {k: d or term_start(k) for k, d in first.items()}
    return sorted(when, key=lambda k: (when[k] is None, when[k] or date.min, k))


def returning_report(takings: Iterable[Taking], group: Group = "course") -> ReturningReport:
    """The report of ``takings`` per ``group`` (see the module's docstring)."""
    rows = [(term_of(t.term, t.starts_on), t) for t in takings]
    terms = _ordered({(term, t.starts_on) for term, t in rows})
    rank = {t: i for i, t in enumerate(terms)}
    names: dict[str, str] = {}
    #: person -> term rank -> courses taken then.
    history: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    #: group key -> term rank -> persons.
    members: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    group_names: dict[str, str] = {}
    for term, t in rows:
        if not term:
            continue
        names[t.course_id] = t.course_name
        key = (
            t.course_id if group == "course" else t.category.strip() if group == "category" else ""
        )
        group_names[key] = t.course_name if group == "course" else key
        history[t.person_id][rank[term]].add(t.course_id)
        members[key][rank[term]].add(t.person_id)

    # Each person's courses before each term they took part in, and those terms.
    before: dict[str, dict[int, frozenset[str]]] = {}
    for person, taken in history.items():
        seen: set[str] = set()
        before[person] = {}
        for r in sorted(taken):
            before[person][r] = frozenset(seen)
            seen |= taken[r]

    out: list[GroupRow] = []
    for key, by_term in members.items():
        row = GroupRow(key=key, name=group_names[key])
        for r, persons in sorted(by_term.items()):
            came_from: Counter[str] = Counter()
            later: Counter[int] = Counter()
            returning = 0
            for person in persons:
                theirs = before[person]
                earlier = theirs[r]
                if earlier:
                    returning += 1
                    came_from.update(earlier)
                later.update(theirs.keys())
            count = TermCount(len(persons), returning)
            count.came_from = dict(sorted(came_from.items(), key=lambda kv: (-kv[1], kv[0])))
            row.terms[terms[r]] = count
            row.cohorts[terms[r]] = {terms[tr]: n for tr, n in sorted(later.items()) if tr > r}
        out.append(row)
    out.sort(key=lambda g: (g.name.casefold(), g.key))
    return ReturningReport(group=group, terms=terms, rows=out, course_names=names)


def follow_merges(merged: Mapping[str, str], person_id: str) -> str:
    """The survivor ``person_id`` was merged into (itself when not merged)."""
    for _ in range(MAX_MERGES):
        survivor = merged.get(person_id)
        if survivor is None:
            return person_id
        person_id = survivor
    return person_id


def load_takings(db: Session, tenant_id: str) -> list[Taking]:
    """The tenant's takings from the local database: one query over registrations, rounds
    and courses, one over the merged persons (each taking as its live person)."""
    merged: dict[str, str] = {
        person: str(survivor)
        for person, survivor in db.connection().execute(
            select(Person.id, Person.merged_into_id).where(
                Person.tenant_id == tenant_id, Person.merged_into_id.is_not(None)
            )
        )
    }
    rows = db.connection().execute(
        select(
            Registration.participant_id,
            Course.id,
            Course.name,
            Course.category,
            CourseRound.term,
            CourseRound.starts_on,
        )
        .join(CourseRound, CourseRound.id == Registration.round_id)
        .join(Course, Course.id == CourseRound.course_id)
        .where(
            Registration.tenant_id == tenant_id,
            Registration.deleted_at.is_(None),
            Registration.status == RegistrationStatus.REGISTERED,
            CourseRound.deleted_at.is_(None),
            CourseRound.status != RoundStatus.CANCELLED,
            Course.deleted_at.is_(None),
        )
    )
    return [
        Taking(
            person_id=follow_merges(merged, person),
            course_id=course_id,
            course_name=name or "",
            category=category or "",
            term=term or "",
            starts_on=starts_on,
        )
        for person, course_id, name, category, term, starts_on in rows
    ]
