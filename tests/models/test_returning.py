"""Returning participants (models/returning.py): a hand-computed example, the properties
of the counts, term order by date, and the local database read (statuses, merges)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from models.courses import Course, CourseRound, Registration, RegistrationStatus, RoundStatus
from models.ids import new_id
from models.returning import (
    Taking,
    load_takings,
    order_terms,
    returning_report,
    term_of,
)
from tests import factories as f

COURSES = {"b1": ("Tango 1", "Tango"), "b2": ("Tango 2", "Tango"), "v1": ("Vals", "Vals")}


def _t(person: str, course: str, term: str, starts_on: date | None = None) -> Taking:
    name, category = COURSES[course]
    return Taking(person, course, name, category, term, starts_on)


#: VT2027 is named so it sorts before HT2026 as a string; the dates say otherwise.
EXAMPLE = [
    _t("anna", "b1", "HT2026", date(2026, 9, 1)),
    _t("bo", "b1", "HT2026", date(2026, 9, 1)),
    _t("cia", "v1", "HT2026", date(2026, 9, 3)),
    _t("anna", "b2", "VT2027", date(2027, 1, 20)),
    _t("bo", "v1", "VT2027", date(2027, 1, 22)),
    _t("cia", "b2", "VT2027", date(2027, 1, 20)),
    _t("dan", "b2", "VT2027", date(2027, 1, 20)),
    _t("anna", "b2", "HT2027", date(2027, 9, 1)),  # the same course again
    _t("dan", "b1", "HT2027", date(2027, 9, 1)),
    _t("dan", "v1", "HT2027", date(2027, 9, 2)),
]


def test_a_report_per_course_as_computed_by_hand() -> None:
    report = returning_report(EXAMPLE, "course")
    assert report.terms == ["HT2026", "VT2027", "HT2027"]
    rows = {r.key: r for r in report.rows}
    assert [r.name for r in report.rows] == ["Tango 1", "Tango 2", "Vals"]
    b2 = rows["b2"]
    # VT2027: anna (from b1), cia (from v1) return; dan is new.
    vt = b2.terms["VT2027"]
    assert (vt.participants, vt.returning, vt.came_from) == (3, 2, {"b1": 1, "v1": 1})
    assert vt.share == 2 / 3
    # HT2027: anna returns from b1 and b2 (both earlier).
    ht = b2.terms["HT2027"]
    assert (ht.participants, ht.returning, ht.came_from) == (1, 1, {"b1": 1, "b2": 1})
    # Of b2's VT2027 cohort (anna, cia, dan) two took part in HT2027.
    assert b2.cohorts["VT2027"] == {"HT2027": 2}
    b1 = rows["b1"]
    assert b1.cohorts["HT2026"] == {"VT2027": 2, "HT2027": 1}
    assert (b1.terms["HT2026"].participants, b1.terms["HT2026"].returning) == (2, 0)
    # dan took two courses in HT2027 and b2 in VT2027: returns to b1 and to v1.
    assert rows["v1"].terms["HT2027"].came_from == {"b2": 1}
    assert rows["v1"].terms["VT2027"].came_from == {"b1": 1}
    assert b2.total().participants == 4 and b2.total().returning == 3


def test_a_report_per_category_counts_a_person_once_per_term() -> None:
    report = returning_report(EXAMPLE, "category")
    rows = {r.key: r for r in report.rows}
    assert set(rows) == {"Tango", "Vals"}
    tango = rows["Tango"]
    assert {t: (c.participants, c.returning) for t, c in tango.terms.items()} == {
        "HT2026": (2, 0),
        "VT2027": (3, 2),
        "HT2027": (2, 2),  # anna and dan (dan in b1; twice in the term counts once)
    }
    assert tango.terms["HT2027"].came_from == {"b2": 2, "b1": 1}


def test_terms_are_ordered_by_date_then_by_name() -> None:
    takings = [
        _t("a", "b1", "VT2027"),
        _t("a", "b1", "HT2026"),
        _t("a", "b1", "", date(2025, 3, 1)),  # no term: VT2025 by its day
        _t("a", "b1", "Sommar"),  # neither a date nor a known name: last
    ]
    assert order_terms(takings) == ["VT2025", "HT2026", "VT2027", "SOMMAR"]
    assert term_of("", date(2026, 7, 1)) == "HT2026"
    assert term_of("", None) == ""


def test_a_taking_without_term_or_day_is_left_out() -> None:
    report = returning_report([_t("a", "b1", "")])
    assert (report.terms, report.rows) == ([], [])


people = st.sampled_from(["p1", "p2", "p3", "p4", "p5"])
terms = st.sampled_from(["VT2026", "HT2026", "VT2027", "HT2027"])
takings = st.lists(st.builds(_t, people, st.sampled_from(sorted(COURSES)), terms), max_size=30)


@given(takings, st.sampled_from(["course", "category"]))
def test_counts_hold_together(rows: list[Taking], group: str) -> None:
    report = returning_report(rows, group)  # type: ignore[arg-type]
    for row in report.rows:
        for term, count in row.terms.items():
            persons = {
                t.person_id
                for t in rows
                if t.term == term and (t.course_id if group == "course" else t.category) == row.key
            }
            assert count.participants == len(persons)  # once per group and term
            assert 0 <= count.returning <= count.participants
            assert all(0 < n <= count.returning for n in count.came_from.values())
            # Came from earlier terms' courses only.
            earlier = {
                t.course_id for t in rows if report.terms.index(t.term) < report.terms.index(term)
            }
            assert set(count.came_from) <= earlier
            # Came back later: at most the cohort, and only in later terms.
            for later, n in row.cohorts[term].items():
                assert report.terms.index(later) > report.terms.index(term)
                assert 0 < n <= count.participants
        # The first term has nobody returning.
        first = report.terms[0]
        if first in row.terms:
            assert row.terms[first].returning == 0


@given(takings, people, people, st.sampled_from(["course", "category"]))
def test_merging_two_persons_never_raises_the_participants(
    rows: list[Taking], survivor: str, duplicate: str, group: str
) -> None:
    def merged(t: Taking) -> Taking:
        if t.person_id != duplicate:
            return t
        return Taking(survivor, t.course_id, t.course_name, t.category, t.term, t.starts_on)

    before = returning_report(rows, group)  # type: ignore[arg-type]
    after = returning_report([merged(t) for t in rows], group)  # type: ignore[arg-type]
    was = {(r.key, t): c for r in before.rows for t, c in r.terms.items()}
    for row in after.rows:
        for term, count in row.terms.items():
            assert count.participants <= was[row.key, term].participants
            # Returning can rise (the duplicate held the history) but never past those there.
            assert count.returning <= count.participants


def test_merging_can_reveal_a_returning_participant() -> None:
    rows = [_t("dup", "b1", "HT2026"), _t("anna", "b2", "VT2027")]
    assert returning_report(rows).rows[1].terms["VT2027"].returning == 0
    merged = [_t("anna", "b1", "HT2026"), _t("anna", "b2", "VT2027")]
    assert returning_report(merged).rows[1].terms["VT2027"].returning == 1


def _round(
    session: Session, tenant_id: str, course: Course, term: str, **kw: object
) -> CourseRound:
    r = CourseRound(
        id=new_id(),
        tenant_id=tenant_id,
        course_id=course.id,
        name=f"{course.name} {term}",
        term=term,
        starts_on=date(2026, 9, 1) if term == "HT2026" else date(2027, 1, 20),
        **kw,
    )
    session.add(r)
    return r


def test_takings_are_read_from_the_local_database(session: Session) -> None:
    t = f.tenant(session)
    other = f.tenant(session, "t2")
    b1 = Course(id=new_id(), tenant_id=t.id, code="B1", name="Tango 1", category="Tango")
    b2 = Course(id=new_id(), tenant_id=t.id, code="B2", name="Tango 2", category="Tango")
    session.add_all([b1, b2])
    session.flush()
    ht = _round(session, t.id, b1, "HT2026")
    vt = _round(session, t.id, b2, "VT2027")
    gone = _round(session, t.id, b2, "VT2027", status=RoundStatus.CANCELLED)
    session.flush()
    anna, dup, bo, cia = (f.person(session, t.id, n) for n in ("Anna", "Anna", "Bo", "Cia"))
    dup.merged_into_id = anna.id
    outsider = f.person(session, other.id, "Ulf")

    def reg(round_: CourseRound, who: str, status: str = RegistrationStatus.REGISTERED) -> None:
        session.add(
            Registration(
                id=new_id(),
                tenant_id=round_.tenant_id,
                round_id=round_.id,
                participant_id=who,
                status=status,
            )
        )

    reg(ht, dup.id)  # counts as anna
    reg(ht, bo.id, RegistrationStatus.CANCELLED)
    reg(vt, anna.id)
    reg(vt, bo.id)
    reg(vt, cia.id, RegistrationStatus.WAITING)
    reg(gone, cia.id)
    session.flush()
    reg_other = Registration(
        id=new_id(), tenant_id=other.id, round_id=ht.id, participant_id=outsider.id
    )
    session.add(reg_other)
    session.flush()

    got = load_takings(session, t.id)
    assert sorted((x.person_id, x.course_name, x.term, x.starts_on) for x in got) == sorted(
        [
            (anna.id, "Tango 1", "HT2026", date(2026, 9, 1)),
            (anna.id, "Tango 2", "VT2027", date(2027, 1, 20)),
            (bo.id, "Tango 2", "VT2027", date(2027, 1, 20)),
        ]
    )
    [tango] = returning_report(got, "category").rows
    vt_count = tango.terms["VT2027"]
    assert (vt_count.participants, vt_count.returning, vt_count.came_from) == (2, 1, {b1.id: 1})


def test_every_course_together_is_one_row() -> None:
    [every] = returning_report(EXAMPLE, "all").rows
    assert (every.key, every.name) == ("", "")
    assert {t: (c.participants, c.returning) for t, c in every.terms.items()} == {
        "HT2026": (3, 0),
        "VT2027": (4, 3),
        "HT2027": (2, 2),
    }
    assert every.cohorts["HT2026"] == {"VT2027": 3, "HT2027": 1}
