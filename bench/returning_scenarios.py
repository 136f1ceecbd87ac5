"""Returning participants (issue 19) on the local database, as the desktop holds it:

* ``returning-report``: a club with 5,000 participants (``--size``) over eight terms
  (VT2023-HT2026), 60 courses in six categories with a round each term, about 40,000
  registrations (some cancelled or on the waiting list) and 2% of the persons merged
  duplicates. Timed: what Reports › Returning participants… does when it opens — the
  takings read (:func:`models.returning.load_takings`: one query, one for the merges) and
  the report counted per course, per category and for every course. Target: at most 1 s.
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import date

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bench.harness import Result, load_average, peak_rss_mb, profiled, timer
from bench.presence_scenarios import _engine, _row, _write
from models.courses import Course, CourseRound, Registration, RegistrationStatus
from models.ids import new_id
from models.people import Person
from models.returning import GROUPS, load_takings, returning_report

CATEGORIES = ("Tango", "Vals", "Milonga", "Teknik", "Musikalitet", "Kropp")
#: The terms, their names sorting otherwise than their days.
TERMS = [(f"{half}{year}", date(year, 1 if half == "VT" else 8, 20))
         for year in range(2023, 2027) for half in ("VT", "HT")]  # fmt: skip


def _club(engine: Engine, tenant_id: str, participants: int) -> int:
    """Persons, courses, a round per course and term, registrations; their number."""
    rnd = random.Random(14)  # made-up data, the same every run
    persons = [_row(tenant_id, first_name=f"D{i}", last_name="Test") for i in range(participants)]
    for p in rnd.sample(persons, participants // 50):
        p["merged_into_id"] = rnd.choice(persons)["id"]
    _write(engine, Person, persons)
    courses = [
        _row(tenant_id, code=f"K{c}", name=f"Kurs {c}", category=CATEGORIES[c % len(CATEGORIES)])
        for c in range(60)
    ]
    _write(engine, Course, courses)
    rounds = [
        _row(tenant_id, course_id=c["id"], name=f"{c['name']} {term}", term=term, starts_on=day)
        for c in courses
        for term, day in TERMS
    ]
    _write(engine, CourseRound, rounds)
    statuses = [RegistrationStatus.REGISTERED] * 8 + [
        RegistrationStatus.CANCELLED,
        RegistrationStatus.WAITING,
    ]
    registrations = [
        _row(
            tenant_id,
            round_id=rnd.choice(rounds)["id"],
            participant_id=p["id"],
            status=rnd.choice(statuses),
        )
        for p in persons
        for _ in range(rnd.choice((1, 2, 4, 8, 25)))
    ]
    _write(engine, Registration, registrations)
    return len(registrations)


def returning_report_bench(size: int | None) -> Result:
    participants = size or 5_000
    result = Result("returning-report", {"participants": participants, "terms": len(TERMS)})
    with tempfile.TemporaryDirectory() as folder:
        engine = _engine(folder)
        tenant_id = new_id()
        with timer() as took:
            registrations = _club(engine, tenant_id, participants)
        result.notes.append(f"filled in {took():.0f} s: {registrations} registrations")
        load = load_average()
        times = []
        with profiled("returning-report"):
            for _ in range(3):
                cpu, started = time.process_time(), time.perf_counter()
                with Session(engine) as s:
                    takings = load_takings(s, tenant_id)
                read = time.perf_counter()
                reports = {group: returning_report(takings, group) for group in GROUPS}
                times.append((started, read, time.perf_counter(), time.process_time() - cpu))
        best = min(times, key=lambda t: t[2] - t[0])
        result.record("report_s", best[2] - best[0])
        result.record("read_s", best[1] - best[0])
        result.record("count_s", best[2] - best[1])
        # The processor time too: the machine the bench runs on may be shared.
        result.record("cpu_s", best[3])
        result.record("takings", len(takings))
        result.record("course_rows", len(reports["course"].rows))
        result.record("peak_rss_mb", peak_rss_mb())
        result.notes.append("the best of 3 runs (the first reads the file cold)")
        result.notes.append(f"load average (1 min) before / after: {load} / {load_average()}")
        result.target("report_s", "<=", 1.0)
        engine.dispose()
    return result
