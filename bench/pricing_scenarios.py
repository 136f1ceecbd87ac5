"""``pricing``: pricing a sign-up on the server (issue 17) on a large tenant.

A tenant of 100,000 persons and 100,000 registrations (``--size``), the booking rules of
a club (a membership type, a tenant price with a membership fee, a discount for another
course the same term, a category's early-booking price, half the persons members) and a
ledger of 1,000,000 postings (250,000 transactions of four postings over the persons),
on PostgreSQL. Each timed call is :func:`server.services.pricing.quote` for a random
person and round in a session of its own, as a request makes it: the round's rules, the
person's facts (courses the same term, memberships) and their credit balance summed from
the ledger. Target: p95 at most 20 ms.
"""

from __future__ import annotations

import random
import time
from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from bench.env import fill
from bench.harness import Result, load_average, peak_rss_mb, percentile, profiled, timer
from devtools.postgres import PostgresCluster
from models.booking import DiscountRule, MembershipType, PriceRule
from models.courses import Course, CourseRound
from models.ids import new_id
from models.people import Person
from server.db import migrate
from server.services.database import Database
from server.services.pricing import quote

TODAY = date(2026, 11, 15)
POSTINGS = 1_000_000


def _rules(db: Database, tenant_id: str, persons: list[str]) -> None:
    member = new_id()
    with db.transaction() as s:
        category = s.scalar(select(Course.category).where(Course.tenant_id == tenant_id).limit(1))
        s.add(MembershipType(id=member, tenant_id=tenant_id, name="Medlemskap", fee=10_000))
        s.flush()
        s.add(
            PriceRule(
                id=new_id(),
                tenant_id=tenant_id,
                scope_kind="tenant",
                base_price=100_000,
                membership_type_id=member,
                account="3010",
            )
        )
        s.add(
            DiscountRule(
                id=new_id(),
                tenant_id=tenant_id,
                scope_kind="tenant",
                name="Två kurser samma termin",
                condition="other_course_same_term",
                amount=20_000,
            )
        )
        s.add(
            DiscountRule(
                id=new_id(),
                tenant_id=tenant_id,
                scope_kind="category",
                scope_id=category or "",
                name="Tidig anmälan",
                condition="early_booking",
                percent=1000,
                book_by=date(2026, 12, 1),
                stacking="exclusive",
            )
        )
    with db.engine.begin() as conn:
        raw = conn.connection.driver_connection
        with raw.cursor().copy(  # type: ignore[union-attr]
            "COPY person_membership (id, tenant_id, updated_at, person_id, membership_type_id,"
            " since, until) FROM STDIN"
        ) as copy:
            for person in persons[::2]:
                copy.write_row(
                    (new_id(), tenant_id, "2026-01-01", person, member, "2026-01-01", "2026-12-31")
                )


def _ledger(db: Database, tenant_id: str, persons: list[str], rnd: random.Random) -> None:
    """250,000 balanced transactions (a charge with its credit, debt and payment), four
    postings each: the transactions first, their postings after (the foreign key)."""
    txs = [
        (new_id(), rnd.choice(persons), rnd.randrange(100, 200_000)) for _ in range(POSTINGS // 4)
    ]
    with db.engine.begin() as conn:
        raw = conn.connection.driver_connection
        with raw.cursor().copy(  # type: ignore[union-attr]
            "COPY ledger_transaction (id, tenant_id, kind, day, reference, created_at) FROM STDIN"
        ) as copy:
            for tx, person, _amount in txs:
                copy.write_row((tx, tenant_id, "charge", "2026-09-01", person[:8], "2026-09-01"))
        with raw.cursor().copy(  # type: ignore[union-attr]
            "COPY ledger_posting (id, tenant_id, transaction_id, account, amount, person_id, code)"
            " FROM STDIN"
        ) as copy:
            for tx, person, amount in txs:
                for row in (
                    ("revenue", -amount, None, "3010"),
                    ("credit", amount // 4, person, ""),
                    ("receivable", amount - amount // 4 - amount // 8, person, ""),
                    ("bank", amount // 8, None, ""),
                ):
                    copy.write_row((new_id(), tenant_id, tx, row[0], row[1], row[2], row[3]))
        conn.execute(text("ANALYZE"))


def pricing(size: int | None) -> Result:
    n = size or 100_000
    result = Result("pricing", {"persons": n, "ledger_postings": POSTINGS, "backend": "postgresql"})
    rnd = random.Random(17)  # made-up data, the same every run
    cluster = PostgresCluster().start()
    try:
        url = cluster.create_database("pricing")
        migrate(url)
        tenant_id = new_id()
        with timer() as took:
            fill(url, tenant_id, n)
            db = Database(url)
            with db.transaction() as s:
                persons = list(s.scalars(select(Person.id).where(Person.tenant_id == tenant_id)))
                rounds = list(
                    s.scalars(select(CourseRound.id).where(CourseRound.tenant_id == tenant_id))
                )
            _rules(db, tenant_id, persons)
            _ledger(db, tenant_id, persons, rnd)
        result.notes.append(f"filled in {took():.0f} s")
        load = load_average()
        asks = [(rnd.choice(persons), rnd.choice(rounds)) for _ in range(520)]
        times: list[float] = []
        paying = 0
        with profiled("pricing"):
            for i, (person, round_id) in enumerate(asks):
                started = time.perf_counter()
                with Session(db.engine) as s:
                    priced = quote(
                        s, tenant_id=tenant_id, person_id=person, round_id=round_id, today=TODAY
                    )
                if i >= 20:  # the first ones warm the connection pool and caches
                    times.append((time.perf_counter() - started) * 1000)
                    paying += priced.to_pay > 0
        result.record("quote_p50_ms", percentile(times, 50))
        result.record("quote_p95_ms", percentile(times, 95))
        result.record("quote_max_ms", max(times))
        result.record("peak_rss_mb", peak_rss_mb())
        result.notes.append(
            f"{len(times)} quotes timed; {paying} with something to pay after credit"
        )
        result.notes.append(f"load average (1 min) before / after: {load} / {load_average()}")
        result.target("quote_p95_ms", "<=", 20.0)
        db.dispose()
    finally:
        cluster.stop()
    return result
