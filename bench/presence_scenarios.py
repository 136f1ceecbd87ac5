"""Presence (issue 19) on the local database, as the desktop holds it (an SQLite file with
the models' schema):

* ``lok-period``: a club of 2,000 participants (``--size``) in 100 groups, 20,000
  sessions in one period (Jan-Jun), about 7 of every 10 participants present at each
  (some 200,000 attendance rows), five sports, leaders of all ages, some sessions short.
  Timed: the period read from the rows (:func:`models.grants.grant_sessions`) and counted
  under LOK-stöd's rules (:func:`models.grants.grant_periods`). Target: at most 2 s.
* ``checkin-scan``: 100,000 persons (``--size``) with personnummer and membership cards,
  a session of 20 registered participants. Timed: one scan to the green or red answer
  (:func:`models.presence.check_in_answer`: classify, look up, decide), cards and typed
  personnummer mixed, 20% unknown. Target: p95 at most 100 ms.
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session
from stdnum import luhn

from bench.harness import Result, load_average, peak_rss_mb, percentile, profiled, timer
from models.attendance import Attendance, MembershipCard, attendance_id
from models.base import Base
from models.courses import Course, CourseRound, Registration, RoundSession
from models.grants import LOK_STOD, grant_periods, grant_sessions
from models.ids import new_id
from models.people import Person
from models.presence import Green, check_in_answer
from server.db import make_engine

SPORTS = ("fotboll", "innebandy", "simning", "dans", "friidrott")
PERIOD = (date(2026, 1, 1), date(2026, 6, 30))
TODAY = date(2026, 3, 2)
NOW = datetime(2026, 3, 2, tzinfo=UTC)


def _engine(folder: str) -> Engine:
    engine = make_engine(f"sqlite:///{Path(folder) / 'presence.db'}")
    Base.metadata.create_all(engine)
    return engine


def _write(engine: Engine, model: Any, rows: list[dict[str, Any]]) -> None:
    """Rows of ``model`` in one multi-row INSERT per 5,000 (columns as the bench gives them)."""
    with engine.begin() as conn:
        for i in range(0, len(rows), 5000):
            conn.execute(insert(model), rows[i : i + 5000])


def _row(tenant_id: str, **values: Any) -> dict[str, Any]:
    return {"id": new_id(), "tenant_id": tenant_id, "updated_at": NOW, **values}


def _personnummer(rnd: random.Random, born: date) -> str:
    short = f"{born:%y%m%d}{rnd.randrange(1000):03d}"
    return f"{born.year}{short[2:]}{luhn.calc_check_digit(short)}"


def _club(engine: Engine, tenant_id: str, participants: int, sessions: int) -> int:
    """The club's courses, groups, leaders, participants, sessions and attendance; the
    number of attendance rows."""
    rnd = random.Random(19)  # made-up data, the same every run
    groups = 100
    persons = [
        _row(tenant_id, first_name=f"Deltagare{i}", last_name="Test",
             birth_date=date(rnd.randrange(2000, 2022), 1 + rnd.randrange(12), 1))
        for i in range(participants)
    ]  # fmt: skip
    leaders = [
        _row(tenant_id, first_name=f"Ledare{i}", last_name="Test",
             birth_date=date(rnd.choice([1980, 1995, 2005, 2013, 2014]), 6, 1))
        for i in range(groups)
    ]  # fmt: skip
    _write(engine, Person, persons + leaders)
    courses = [
        _row(tenant_id, code=f"G{g}", name=f"Grupp {g}", category=SPORTS[g % len(SPORTS)])
        for g in range(groups)
    ]
    _write(engine, Course, courses)
    rounds = [_row(tenant_id, course_id=c["id"], name=f"VT26 {c['name']}") for c in courses]
    _write(engine, CourseRound, rounds)
    per_group = sessions // groups
    span = (PERIOD[1] - PERIOD[0]).days
    session_rows, attendance = [], []
    for g, round_ in enumerate(rounds):
        members = persons[g * len(persons) // groups : (g + 1) * len(persons) // groups]
        for n in range(per_group):
            start = 17 * 60 + 15 * rnd.randrange(8)
            row = _row(
                tenant_id,
                round_id=round_["id"],
                day=PERIOD[0] + timedelta(days=n * span // per_group),
                start_minute=start,
                end_minute=start + rnd.choice([40, 44, 45, 60, 60, 60, 90]),
                leader_id=leaders[g]["id"],
            )
            session_rows.append(row)
            for p in members:
                if rnd.random() < 0.7:
                    attendance.append(
                        {
                            **_row(tenant_id, session_id=row["id"], person_id=p["id"]),
                            "id": attendance_id(row["id"], p["id"]),
                            "present": True,
                            "how": "scan",
                        }
                    )
    _write(engine, RoundSession, session_rows)
    _write(engine, Attendance, attendance)
    return len(attendance)


def lok_period(size: int | None) -> Result:
    participants, sessions = size or 2_000, 20_000
    result = Result(
        "lok-period",
        {"participants": participants, "sessions": sessions, "backend": "sqlite (local)"},
    )
    with tempfile.TemporaryDirectory() as folder:
        engine = _engine(folder)
        tenant_id = new_id()
        with timer() as took:
            rows = _club(engine, tenant_id, participants, sessions)
        result.notes.append(f"filled in {took():.0f} s: {rows} attendance rows")
        load = load_average()
        times = []
        with profiled("lok-period"):
            for _ in range(3):
                started = time.perf_counter()
                with Session(engine) as s:
                    read = grant_sessions(s, tenant_id, *PERIOD)
                counted = time.perf_counter()
                [period] = grant_periods(read, LOK_STOD)
                times.append((started, counted, time.perf_counter()))
        best = min(times, key=lambda t: t[2] - t[0])
        result.record("period_s", best[2] - best[0])
        result.record("read_s", best[1] - best[0])
        result.record("count_s", best[2] - best[1])
        result.record("activities", period.activities)
        result.record("participant_occasions", period.participant_occasions)
        result.record("sessions_not_counted", len(period.checks))
        result.record("peak_rss_mb", peak_rss_mb())
        result.notes.append("the best of 3 runs (the first reads the file cold)")
        result.notes.append(f"load average (1 min) before / after: {load} / {load_average()}")
        result.target("period_s", "<=", 2.0)
        engine.dispose()
    return result


def checkin_scan(size: int | None) -> Result:
    n = size or 100_000
    result = Result("checkin-scan", {"persons": n, "backend": "sqlite (local)"})
    rnd = random.Random(23)
    with tempfile.TemporaryDirectory() as folder:
        engine = _engine(folder)
        tenant_id = new_id()
        with timer() as took:
            births = [date(1950, 1, 1) + timedelta(days=rnd.randrange(365 * 70)) for _ in range(n)]
            persons = [
                _row(tenant_id, first_name=f"P{i}", last_name="Test", birth_date=born,
                     personnummer=_personnummer(rnd, born))
                for i, born in enumerate(births)
            ]  # fmt: skip
            _write(engine, Person, persons)
            cards = [
                _row(tenant_id, person_id=p["id"], code=f"KORT-{i:07d}")
                for i, p in enumerate(persons)
            ]
            _write(engine, MembershipCard, cards)
            course = _row(tenant_id, code="T1", name="Tango", category="dans")
            _write(engine, Course, [course])
            round_ = _row(tenant_id, course_id=course["id"], name="Tango VT26")
            _write(engine, CourseRound, [round_])
            session = _row(tenant_id, round_id=round_["id"], day=TODAY, start_minute=18 * 60)
            _write(engine, RoundSession, [session])
            group = rnd.sample(range(n), 20)
            _write(
                engine,
                Registration,
                [
                    _row(
                        tenant_id,
                        round_id=round_["id"],
                        participant_id=persons[i]["id"],
                        created_at=NOW,
                    )
                    for i in group
                ],
            )
        result.notes.append(f"filled in {took():.0f} s")
        scans = []
        for k in range(520):
            i = rnd.choice(group) if k % 3 == 0 else rnd.randrange(n)
            if k % 5 == 4:
                scans.append(f"KORT-X{k}")  # unknown
            elif k % 2:
                scans.append(cards[i]["code"])
            else:
                scans.append(persons[i]["personnummer"])
        times, green = [], 0
        with profiled("checkin-scan"):
            for k, text in enumerate(scans):
                started = time.perf_counter()
                with Session(engine) as s:
                    answer = check_in_answer(s, tenant_id, session["id"], text, today=TODAY)
                if k >= 20:  # the first ones warm the file's pages
                    times.append((time.perf_counter() - started) * 1000)
                    green += isinstance(answer, Green)
        result.record("scan_p50_ms", percentile(times, 50))
        result.record("scan_p95_ms", percentile(times, 95))
        result.record("scan_max_ms", max(times))
        result.record("peak_rss_mb", peak_rss_mb())
        result.notes.append(f"{len(times)} scans timed, {green} green")
        result.target("scan_p95_ms", "<=", 100.0)
        engine.dispose()
    return result
