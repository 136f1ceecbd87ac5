"""``invoice-run``: 5,000 invoices issued with their PDFs (issue 18).

A tenant of the generator's size 5,000 on PostgreSQL with its payment settings (a
Bankgiro), and ``--size`` registrations (default 5,000) booked and charged (a booking row
and its charge in the ledger: what ``book()`` leaves before the invoice). Timed: an invoice
run, :func:`server.services.invoices.issue_invoices` (for each: number, OCR, due date, the
row, the invoice mail with its PDF link queued; the lookups made once) in one transaction
and its commit, then every invoice's PDF (:func:`server.services.invoices.invoice_pdfs`: what
the links serve, the sender and texts looked up once). Target: all of it in at most 60 s.
"""

from __future__ import annotations

import random
import time

from sqlalchemy import func, select

from bench.env import filled_postgres
from bench.harness import Result, load_average, peak_rss_mb, profiled, timer
from models import ledger
from models.courses import Registration
from models.ids import new_id, utcnow
from models.payments import PaymentSettings, check_ocr
from models.pricing import Breakdown, Line, LineKind
from server.services import ledger as accounts
from server.services.booking import record_booking
from server.services.database import Database
from server.services.invoices import invoice_pdfs, issue_invoices
from server.services.seq import lock_tenant
from server.settings import Settings
from server.tables import Invoice, MailOutbox

PERSONS = 5_000


def _charged(db: Database, tenant_id: str, n: int, rnd: random.Random) -> list[str]:
    """``n`` registrations booked (their lines stored) and charged: their ids."""
    from models.booking import NO_REFUND

    now = utcnow()
    with db.transaction() as s:
        s.add(
            PaymentSettings(
                tenant_id=tenant_id,
                bankgiro="9912346",
                reminder_fee=6000,
                late_interest=True,
                sender_name="Bänkklubben",
                sender_address="Box 1\n111 11 Stockholm",
                org_number="802000-0017",
            )
        )
        regs = s.scalars(
            select(Registration).where(Registration.tenant_id == tenant_id).limit(n)
        ).all()
        for reg in regs:
            price = rnd.randrange(500, 2500) * 100
            membership = {"name": "Medlem", "day": "2026-09-01"}
            breakdown = Breakdown(
                (
                    Line(LineKind.BASE_PRICE, "base_price", {"course": "Bänkkurs"}, price),
                    Line(LineKind.MEMBERSHIP_FEE, "membership_fee", membership, 10_000),
                )
            )
            record_booking(s, reg, breakdown, NO_REFUND, now=now)
            tx = ledger.charge(new_id(), reg.participant_id, breakdown, now.date(), reg.id)
            accounts.record(s, tenant_id, tx)
        return [r.id for r in regs]


def invoice_run(size: int | None) -> Result:
    n = size or 5_000
    result = Result("invoice-run", {"invoices": n, "persons": PERSONS, "backend": "postgresql"})
    rnd = random.Random(18)  # made-up data, the same every run
    with filled_postgres("invoices", max(PERSONS, n)) as (db, tenant_id):
        started = time.perf_counter()
        registrations = _charged(db, tenant_id, n, rnd)
        result.record("setup_s", time.perf_counter() - started)
        settings = Settings(
            database_url=str(db.engine.url.render_as_string(hide_password=False)),
            public_base_url="https://kansli.example.se",
        )
        with profiled("invoice-run"), timer() as total:
            with timer() as t, db.transaction() as s:
                lock_tenant(s, tenant_id)
                issued = issue_invoices(
                    s, settings, tenant_id=tenant_id, registration_ids=registrations, now=utcnow()
                )
                ids = [invoice.id for invoice in issued]
            result.record("issue_s", t())
            pdf_bytes = 0
            with timer() as t, db.sessions() as s:
                invoices = list(s.scalars(select(Invoice).where(Invoice.id.in_(ids))))
                for pdf in invoice_pdfs(s, invoices):
                    pdf_bytes += len(pdf)
            result.record("pdf_s", t())
        result.record("total_s", total())
        result.target("total_s", "<=", 60.0)
        result.record("pdf_kb_avg", round(pdf_bytes / max(1, len(ids)) / 1024, 1))
        with db.sessions() as s:
            made = s.scalar(select(func.count()).select_from(Invoice)) or 0
            mails = (
                s.scalar(
                    select(func.count())
                    .select_from(MailOutbox)
                    .where(MailOutbox.event_type == "payment.invoice")
                )
                or 0
            )
            ocrs = list(s.scalars(select(Invoice.ocr).limit(50)))
        assert made == n and all(o and check_ocr(o) == o for o in ocrs)
        result.record("invoices", made)
        result.record("mails_queued", mails)
    result.record("peak_rss_mb", peak_rss_mb())
    result.record("load_avg_1m", load_average())
    return result
