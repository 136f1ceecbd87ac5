"""``sie-export``: the SIE 4 export of a year (issue 18) on PostgreSQL.

A tenant of the generator's size 5,000 (persons, courses, rounds, registrations) and a
ledger of ``--size`` transactions (default 50,000) in 2026 plus 10,000 in 2025 (for the
opening balances): charges of registrations (fee and membership revenue, VAT, credit
used, receivable), payments by Bankgiro and card, card fees, cancellations to credit and
reminders, the mix of a club's year. Timed: :func:`server.services.sie_export.export`
of the whole year as type 4E (every transaction read, mapped, summed and written, the
file made) in a session of its own, as the route makes it. Target: at most 5 s.
"""

from __future__ import annotations

import random
import time
from datetime import date, timedelta

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from bench.env import filled_postgres
from bench.harness import Result, load_average, peak_rss_mb, profiled, timer
from models import sie
from models.courses import Registration
from models.ids import new_id
from models.tenancy import Tenant
from server.services.database import Database
from server.services.sie_export import export

PERSONS = 5_000
EARLIER = 10_000


def _postings(
    kind: str, amount: int, person: str, rnd: random.Random
) -> list[tuple[str, int, str | None, str]]:
    """One transaction's postings (account, amount, person, code), summing to zero."""
    if kind == "charge":
        vat = amount // 5 if rnd.random() < 0.1 else 0
        member = 10_000 if rnd.random() < 0.3 else 0
        credit = min(amount // 2, 30_000) if rnd.random() < 0.2 else 0
        return [
            ("revenue", -(amount - vat), None, "3010"),
            ("revenue", -member, None, "3890"),
            ("vat", -vat, None, ""),
            ("credit", credit, person, ""),
            ("receivable", amount + member - credit, person, ""),
        ]
    if kind == "payment":
        via = "card" if rnd.random() < 0.4 else "bank"
        return [(via, amount, None, ""), ("receivable", -amount, person, "")]
    if kind == "fee":
        return [("fees", amount // 40, None, ""), ("card", -(amount // 40), None, "")]
    if kind == "cancellation":
        return [
            ("revenue", amount, None, ""),
            ("receivable", -(amount // 2), person, ""),
            ("credit", -(amount - amount // 2), person, ""),
        ]
    return [
        ("revenue", -6000, None, "3540"),
        ("revenue", -(amount // 100), None, "8313"),
        ("receivable", 6000 + amount // 100, person, ""),
    ]


KINDS = ["charge"] * 40 + ["payment"] * 35 + ["fee"] * 12 + ["cancellation"] * 8 + ["reminder"] * 5


def _ledger(
    db: Database, tenant_id: str, registrations: list[tuple[str, str]], n: int, rnd: random.Random
) -> int:
    """``n`` transactions in 2026 and :data:`EARLIER` in 2025; the postings' count."""
    txs = []
    for i in range(n + EARLIER):
        year_start = date(2025, 1, 1) if i >= n else date(2026, 1, 1)
        day = year_start + timedelta(days=rnd.randrange(365))
        reg, person = rnd.choice(registrations)
        kind = rnd.choice(KINDS)
        reference = reg if kind in ("charge", "cancellation") else str(rnd.randrange(10**6))
        txs.append((new_id(), kind, day, reference, person, rnd.randrange(10_000, 300_000)))
    count = 0
    with db.engine.begin() as conn:
        raw = conn.connection.driver_connection
        with raw.cursor().copy(  # type: ignore[union-attr]
            "COPY ledger_transaction (id, tenant_id, kind, day, reference, created_at) FROM STDIN"
        ) as copy:
            for tx, kind, day, reference, _person, _amount in txs:
                copy.write_row((tx, tenant_id, kind, day, reference, f"{day} 12:00"))
        with raw.cursor().copy(  # type: ignore[union-attr]
            "COPY ledger_posting (id, tenant_id, transaction_id, account, amount, person_id, code)"
            " FROM STDIN"
        ) as copy:
            for tx, kind, _day, _reference, person, amount in txs:
                for account, ore, who, code in _postings(kind, amount, person, rnd):
                    if ore:
                        copy.write_row((new_id(), tenant_id, tx, account, ore, who, code))
                        count += 1
        conn.execute(text("ANALYZE"))
    return count


def sie_export(size: int | None) -> Result:
    n = size or 50_000
    result = Result(
        "sie-export",
        {"vouchers": n, "earlier_transactions": EARLIER, "type": "4E", "backend": "postgresql"},
    )
    rnd = random.Random(18)  # made-up data, the same every run
    with timer() as took, filled_postgres("sie", PERSONS) as (db, tenant_id):
        with db.transaction() as s:
            if s.get(Tenant, tenant_id) is None:
                s.add(Tenant(id=tenant_id, slug="sie-bench", name="Bänkklubben"))
            registrations = [
                (str(r), str(p))
                for r, p in s.execute(
                    select(Registration.id, Registration.participant_id).where(
                        Registration.tenant_id == tenant_id
                    )
                )
            ]
        postings = _ledger(db, tenant_id, registrations, n, rnd)
        result.notes.append(f"filled in {took():.0f} s; {postings} postings in the ledger")
        load = load_average()
        cpu = time.process_time()
        with profiled("sie-export"), timer() as exported, Session(db.engine) as s:
            data = export(
                s,
                tenant_id,
                start=date(2026, 1, 1),
                end=date(2026, 12, 31),
                kind=sie.SieType.E4,
                today=date(2027, 1, 15),
            )
        result.record("export_s", exported())
        # This process's CPU (the database's own work not included): the figure that
        # does not depend on what else the machine runs.
        result.record("export_cpu_s", time.process_time() - cpu)
        result.record("vouchers", data.count(b"\r\n#VER "))
        result.record("file_mb", len(data) / 1e6)
        result.record("peak_rss_mb", peak_rss_mb())
        result.notes.append(f"load average (1 min) before / after: {load} / {load_average()}")
        result.target("export_s", "<=", 5.0)
    return result
