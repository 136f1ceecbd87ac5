"""The SIE 4 export (issue 18): the people's ledger as the club's bookkeeping.

One voucher per ledger transaction of the period, in the series of its kind (the
accounting settings' series), its
postings on the accounts the accounting settings map them to
(:mod:`models.accounting`), with the cost centre and project of the round or category
the transaction is about (a transaction whose reference is a registration, or the OCR
reference of an invoice of one: that registration's round and its course's category;
anything else: the tenant's mappings). With accrual on, a charge's course fees for a
round of several months go to prepaid revenue and each month has an accrual voucher
(:class:`models.accounting.Books`), derived here from the ledger, which is not changed.
The fiscal year starts in the settings' month (#RAR, #IB, #RES).
Type 4E adds the chart of accounts, #IB (the fiscal year's opening balances), #UB (the
balances at the period's end) and #RES (the result accounts from the fiscal year's
start to the period's end); 4I has the vouchers only. :mod:`models.sie` writes the file.

Balance accounts are those of BAS classes 1-2; classes 3-8 are result accounts. The
result of earlier years is opened on 2091 (Balanserad vinst eller förlust) so the
opening balances sum to zero.

Also the sub-ledger report of credit balances: each person's credit balance (what the
liability account holds for them) at a day.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from models import accounting, ledger, sie
from models.courses import Course, CourseRound, Registration
from models.payments import payment_settings_of
from models.people import Person
from models.tenancy import Tenant
from server.tables import Invoice, LedgerPosting, LedgerTransaction

_ACCOUNTS = {a.value: a for a in ledger.Account}

#: Where the result of earlier years is opened (BAS).
RETAINED = ("2091", "Balanserad vinst eller förlust")


@dataclass(frozen=True)
class Settings:
    """What the export needs of the accounting settings."""

    chart: accounting.Chart
    #: The fiscal year's first month (1 = calendar year).
    year_start_month: int = 1


def settings_of(session: Session, tenant_id: str) -> Settings:
    """The tenant's accounting settings: their live account mappings (BAS's defaults for
    the purposes they do not map), objects, voucher series, fiscal year and accrual."""
    rows = session.scalars(
        select(accounting.AccountMappingRow).where(
            accounting.AccountMappingRow.tenant_id == tenant_id,
            accounting.AccountMappingRow.deleted_at.is_(None),
        )
    )
    mappings = [row.mapping() for row in rows]
    objects = {
        (int(dim), str(code)): str(name)
        for dim, code, name in session.execute(
            select(
                accounting.AccountingObjectRow.dimension,
                accounting.AccountingObjectRow.code,
                accounting.AccountingObjectRow.name,
            ).where(
                accounting.AccountingObjectRow.tenant_id == tenant_id,
                accounting.AccountingObjectRow.deleted_at.is_(None),
            )
        )
    }
    own = accounting.accounting_settings_of(session, tenant_id)
    if own is None:
        return Settings(accounting.Chart(mappings=mappings, objects=objects))
    chart = accounting.Chart(
        mappings=mappings, series=own.series_map(), objects=objects, accrual=own.accrual
    )
    return Settings(chart, own.year_start_month)


#: The fiscal year a day is in (the route checks a period against it).
fiscal_year = accounting.fiscal_year


def _is_result(code: str) -> bool:
    return code[:1] in "345678"


def _rows(
    session: Session, tenant_id: str, until: date, since: date | None = None
) -> Iterator[tuple[ledger.Transaction, accounting.Scope]]:
    """The tenant's transactions up to ``until`` (from ``since``), oldest first, each with
    its scope."""
    query = (
        select(
            LedgerTransaction.id,
            LedgerTransaction.kind,
            LedgerTransaction.day,
            LedgerTransaction.reference,
            LedgerPosting.account,
            LedgerPosting.amount,
            LedgerPosting.person_id,
            LedgerPosting.code,
            CourseRound.id,
            Course.category,
            CourseRound.starts_on,
            CourseRound.ends_on,
        )
        .join(LedgerPosting, LedgerPosting.transaction_id == LedgerTransaction.id)
        # A payment's reference is its invoice's OCR: the invoice's registration.
        .outerjoin(
            Invoice,
            and_(Invoice.tenant_id == tenant_id, Invoice.ocr == LedgerTransaction.reference),
        )
        .outerjoin(
            Registration,
            and_(
                Registration.id
                == func.coalesce(Invoice.registration_id, LedgerTransaction.reference),
                Registration.tenant_id == tenant_id,
            ),
        )
        .outerjoin(CourseRound, CourseRound.id == Registration.round_id)
        .outerjoin(Course, Course.id == CourseRound.course_id)
        .where(LedgerTransaction.tenant_id == tenant_id, LedgerTransaction.day <= until)
        .order_by(
            LedgerTransaction.day,
            LedgerTransaction.created_at,
            LedgerTransaction.id,
            LedgerPosting.id,
        )
    )
    if since is not None:
        query = query.where(LedgerTransaction.day >= since)
    current: tuple[str, str, date, str] | None = None
    scope = accounting.Scope()
    postings: list[ledger.Posting] = []
    scopes: dict[tuple[str | None, str | None, date | None, date | None], accounting.Scope] = {}

    def made() -> tuple[ledger.Transaction, accounting.Scope]:
        assert current is not None
        tx_id, kind, day, reference = current
        tx = ledger.Transaction(tx_id, ledger.Kind(kind), day, tuple(postings), reference)
        return tx, scope

    for row in session.execute(query).yield_per(5000):
        tx_id, kind, day, reference, account, amount, person_id, code = row[:8]
        if current is None or current[0] != tx_id:
            if current is not None:
                yield made()
            current = (tx_id, kind, day, reference)
            round_id, category, starts_on, ends_on = row[8:]
            key = (round_id, category or None, starts_on, ends_on)
            scope = scopes.get(key) or scopes.setdefault(key, accounting.Scope(*key))
            postings = []
        postings.append(ledger.Posting(_ACCOUNTS[account], int(amount), person_id, code))
    if current is not None:
        yield made()


def _add(sums: dict[str, int], made: sie.Voucher | None) -> None:
    for t in made.trans if made else ():
        sums[t.account] = sums.get(t.account, 0) + t.amount


def export(
    session: Session,
    tenant_id: str,
    *,
    start: date,
    end: date,
    kind: sie.SieType,
    today: date,
) -> bytes:
    """The SIE 4 file of ``start``..``end`` (both included; within one fiscal year)."""
    settings = settings_of(session, tenant_id)
    chart = settings.chart
    year_start, year_end = fiscal_year(start, settings.year_start_month)
    opening: dict[str, int] = {}
    moved: dict[str, int] = {}
    in_period: list[sie.Voucher] = []
    # Accrual vouchers come from charges before the period: a 4I file reads them too.
    since = None if kind is sie.SieType.E4 or chart.accrual else start
    books = accounting.Books(chart)

    def sort(made: list[sie.Voucher]) -> None:
        for v in made:
            if v.day >= start:
                in_period.append(v)
            elif kind is sie.SieType.E4:
                # Before the period (4E): only what it adds to the balances.
                _add(opening if v.day < year_start else moved, v)

    for tx, scope in _rows(session, tenant_id, end, since):
        sort(books.feed(tx, scope))
    sort(books.until(end))
    vouchers = accounting.numbered(in_period)
    if kind is sie.SieType.E4:
        for made in vouchers:
            _add(moved, made)
    # Earlier years' result accounts are closed to retained earnings.
    carried = sum(v for code, v in opening.items() if _is_result(code))
    ib = {code: v for code, v in opening.items() if not _is_result(code) and v}
    if carried:
        ib[RETAINED[0]] = ib.get(RETAINED[0], 0) + carried
    ub = dict(ib)
    result: dict[str, int] = {}
    for code, v in moved.items():
        target = result if _is_result(code) else ub
        target[code] = target.get(code, 0) + v
    codes = {t.account for made in vouchers for t in made.trans} | set(ub) | set(result)
    names = accounting.account_names(chart, codes)
    if RETAINED[0] in names:
        names[RETAINED[0]] = RETAINED[1]
    objects = chart.object_names({o for made in vouchers for t in made.trans for o in t.objects})
    vat_codes = {code: vat for code, vat in chart.vat_codes().items() if code in names}
    tenant = session.get(Tenant, tenant_id)
    payment = payment_settings_of(session, tenant_id)
    return sie.write(
        sie.Export(
            type=kind,
            company=tenant.name if tenant else "",
            org_number=payment.org_number if payment else "",
            year_start=year_start,
            year_end=year_end,
            generated=today,
            accounts=names,
            objects=objects,
            vat_codes=vat_codes,
            opening=ib,
            closing={c: v for c, v in ub.items() if v},
            result={c: v for c, v in result.items() if v},
            vouchers=vouchers,
        )
    )


@dataclass(frozen=True)
class CreditBalance:
    person_id: str
    name: str
    #: Öre the person has to their credit (the liability's sub-ledger).
    credit: int


def credit_balances(session: Session, tenant_id: str, *, day: date) -> list[CreditBalance]:
    """Everyone with a credit balance at the end of ``day``, by name: the sub-ledger of
    the credit liability account (their sum is that account's balance)."""
    held = func.sum(-LedgerPosting.amount)
    rows = session.execute(
        select(LedgerPosting.person_id, Person.first_name, Person.last_name, held)
        .join(LedgerTransaction, LedgerTransaction.id == LedgerPosting.transaction_id)
        .join(Person, Person.id == LedgerPosting.person_id)
        .where(
            LedgerPosting.tenant_id == tenant_id,
            LedgerPosting.account == ledger.Account.CREDIT.value,
            LedgerTransaction.day <= day,
        )
        .group_by(LedgerPosting.person_id, Person.first_name, Person.last_name)
        .having(held != 0)
        .order_by(Person.last_name, Person.first_name, LedgerPosting.person_id)
    ).all()
    return [
        CreditBalance(str(pid), f"{first} {last}".strip(), int(amount))
        for pid, first, last, amount in rows
    ]
