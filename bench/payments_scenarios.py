"""``bgmax-import``: a Bankgirot BgMax file of 10,000 payments imported (issue 18).

A tenant of the generator's size 10,000 on PostgreSQL, with an invoice (OCR reference,
1 000-2 000 kr) for each of ``--size`` registrations (default 10,000). The file pays
them: 70 % exactly, 10 % in part, 10 % more than asked, and 10 % of its payments carry a
reference no invoice has. Timed: :func:`server.services.payments.import_bgmax` of the
whole file in one transaction as the route makes it (parsed, each payment matched by
OCR, booked in the ledger or on suspense) and its commit. Target: at most 3 s. Then,
untimed by the target, the receipts the mail worker queues after an import
(``queue_receipts``: one mail per matched payment) are timed as ``receipts_s``.
"""

from __future__ import annotations

import random
import time
from datetime import date

from sqlalchemy import select, text

from bench.env import filled_postgres
from bench.harness import Result, load_average, peak_rss_mb, profiled, timer
from models.bgmax import Written, write
from models.courses import Registration
from models.ids import new_id, utcnow
from models.payments import ocr_reference
from server.services.database import Database
from server.services.payments import import_bgmax, queue_receipts
from server.services.seq import lock_tenant
from server.settings import Settings

PERSONS = 10_000


def _invoices(db: Database, tenant_id: str, n: int, rnd: random.Random) -> list[tuple[str, int]]:
    """An invoice for each of ``n`` registrations: (OCR, amount)."""
    with db.transaction() as s:
        regs = s.execute(
            select(Registration.id, Registration.participant_id)
            .where(Registration.tenant_id == tenant_id)
            .limit(n)
        ).all()
    made = []
    with db.engine.begin() as conn:
        raw = conn.connection.driver_connection
        with raw.cursor().copy(  # type: ignore[union-attr]
            "COPY invoice (id, tenant_id, number, kind, person_id, registration_id, ocr, amount,"
            " issued_on, due_on, lines, reminder_fee, late_interest, created_at) FROM STDIN"
        ) as copy:
            for number, (reg, person) in enumerate(regs, 1):
                ocr, amount = ocr_reference(number), rnd.randrange(1000, 2000) * 100
                copy.write_row(
                    (new_id(), tenant_id, number, "invoice", person, reg, ocr, amount,
                     "2026-08-01", "2026-08-31", "[]", 0, False, "2026-08-01")
                )  # fmt: skip
                made.append((ocr, amount))
        conn.execute(text("ANALYZE"))
    return made


def _file(invoices: list[tuple[str, int]], rnd: random.Random) -> bytes:
    payments = []
    for serial, (ocr, amount) in enumerate(invoices, 1):
        roll = rnd.random()
        if roll < 0.1:
            payments.append(Written(amount // 2, ocr, "BETALARE", serial))
        elif roll < 0.2:
            payments.append(Written(amount + 10_000, ocr, "BETALARE", serial))
        elif roll < 0.3:
            payments.append(Written(amount, str(rnd.randrange(10**6, 10**7)), "OKÄND", serial))
        else:
            payments.append(Written(amount, ocr, "BETALARE", serial))
    return write(payments, paid_on=date(2026, 9, 1), deposit_number=1)


def bgmax_import(size: int | None) -> Result:
    n = size or 10_000
    result = Result("bgmax-import", {"payments": n, "persons": PERSONS, "backend": "postgresql"})
    rnd = random.Random(18)  # made-up data, the same every run
    with filled_postgres("bgmax", max(PERSONS, n)) as (db, tenant_id):
        invoices = _invoices(db, tenant_id, n, rnd)
        data = _file(invoices, rnd)
        result.record("file_bytes", len(data))
        settings = Settings(database_url=str(db.engine.url.render_as_string(hide_password=False)))
        with profiled("bgmax-import"), timer() as t, db.transaction() as s:
            lock_tenant(s, tenant_id)
            imported = import_bgmax(
                s, settings, tenant_id=tenant_id, data=data, name="bench.txt",
                user_id=None, now=utcnow(),
            )  # fmt: skip
        result.record("import_s", t())
        result.target("import_s", "<=", 3.0)
        for key, value in imported.counts.items():
            result.record(f"count_{key}", value)
        started = time.perf_counter()
        receipts = queue_receipts(db, settings, rounds=None)
        result.record("receipts_s", time.perf_counter() - started)
        result.record("receipts", receipts)
        started = time.perf_counter()
        with db.transaction() as s:
            again = import_bgmax(
                s, settings, tenant_id=tenant_id, data=data, name="again.txt", user_id=None,
                now=utcnow(),
            )  # fmt: skip
        result.record("same_file_again_s", time.perf_counter() - started)
        result.notes.append(f"the same file again: already_imported={again.already_imported}")
    result.record("peak_rss_mb", peak_rss_mb())
    result.record("load_avg_1m", load_average())
    return result
