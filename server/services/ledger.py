"""Writing and summing the people's accounts (issue 17; :mod:`models.ledger` says what a
transaction is, :mod:`server.tables.ledger` stores them, append only).

:func:`record` writes a balanced transaction in the caller's database transaction (so a
charge exists exactly when the booking that caused it does); :func:`balance_of` is the
person's balance as the database sums it, which is always the sum of their history.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any, cast

from sqlalchemy import Select, Table, case, func, insert, select
from sqlalchemy.orm import Session

from models import ledger
from models.ids import new_id, utcnow
from models.prerequisites import PAYMENT_DAYS
from server.tables import LedgerPosting, LedgerTransaction


def postings(*columns: Any) -> Select[Any]:
    """``select(*columns)`` over the ledger's postings, each joined to its transaction."""
    return select(*columns).join_from(
        LedgerPosting, LedgerTransaction, LedgerTransaction.id == LedgerPosting.transaction_id
    )


def record(
    session: Session, tenant_id: str, tx: ledger.Transaction, *, created_by: str | None = None
) -> None:
    """Write ``tx`` (balanced: :class:`models.ledger.Transaction` refuses anything else)."""
    record_many(session, tenant_id, [tx], created_by=created_by)


def record_many(
    session: Session,
    tenant_id: str,
    txs: Sequence[ledger.Transaction],
    *,
    created_by: str | None = None,
) -> None:
    """Write ``txs``: their transactions, then their postings, in two bulk inserts."""
    if not txs:
        return
    # Core inserts of complete rows: executemany in batches (an ORM bulk insert of rows
    # whose keys come from Python defaults goes a row at a time).
    now = utcnow()
    session.execute(
        insert(cast(Table, LedgerTransaction.__table__)),
        [
            {
                "id": tx.id,
                "tenant_id": tenant_id,
                "kind": tx.kind.value,
                "day": tx.day,
                "reference": tx.reference,
                "created_by": created_by,
                "created_at": now,
            }
            for tx in txs
        ],
    )
    session.execute(
        insert(cast(Table, LedgerPosting.__table__)),
        [
            {
                "id": new_id(),
                "tenant_id": tenant_id,
                "transaction_id": tx.id,
                "account": p.account.value,
                "amount": p.amount,
                "person_id": p.person_id,
                "code": p.code,
            }
            for tx in txs
            for p in tx.postings
        ],
    )


def balance_of(session: Session, tenant_id: str, person_id: str) -> ledger.Balance:
    """What the person owes, the credit they have and the money owed back to them: their
    postings summed."""
    receivable = ledger.Account.RECEIVABLE.value
    credit = ledger.Account.CREDIT.value
    due = ledger.Account.REFUND_DUE.value

    def summed(account: str, sign: int) -> Any:
        return func.coalesce(
            func.sum(case((LedgerPosting.account == account, sign * LedgerPosting.amount))), 0
        )

    owed, held, back = session.execute(
        select(summed(receivable, 1), summed(credit, -1), summed(due, -1)).where(
            LedgerPosting.tenant_id == tenant_id,
            LedgerPosting.person_id == person_id,
            LedgerPosting.account.in_([receivable, credit, due]),
        )
    ).one()
    return ledger.Balance(owed=int(owed), credit=int(held), refund_due=int(back))


def overdue_of(
    session: Session, tenant_id: str, person_id: str, *, today: date, days: int = PAYMENT_DAYS
) -> int:
    """What the person owes of charges older than ``days`` days (öre, never below 0).

    First in, first out: everything credited to their receivable (payments, write-offs,
    cancellations), whenever it came, pays their oldest charges first; what is left of
    the charges to their receivable made before ``today - days`` is overdue
    (:func:`overdue_among` of the one person).
    """
    return overdue_among(session, tenant_id, [person_id], today=today, days=days).get(person_id, 0)


def overdue_among(
    session: Session,
    tenant_id: str,
    person_ids: Iterable[str],
    *,
    today: date,
    days: int = PAYMENT_DAYS,
) -> dict[str, int]:
    """:func:`overdue_of` of each of ``person_ids`` in one grouped query: the people with
    something overdue (öre > 0); the others are not in it."""
    wanted = sorted(set(person_ids))
    if not wanted:
        return {}
    cutoff = today - timedelta(days=days)
    amount = LedgerPosting.amount
    found: dict[str, int] = {}
    # In slices: a database takes only so many bound values in one IN list.
    for start in range(0, len(wanted), 500):
        rows = session.execute(
            postings(
                LedgerPosting.person_id,
                func.coalesce(
                    func.sum(case(((amount > 0) & (LedgerTransaction.day < cutoff), amount))), 0
                ),
                func.coalesce(func.sum(case((amount < 0, -amount))), 0),
            )
            .where(
                LedgerPosting.tenant_id == tenant_id,
                LedgerPosting.person_id.in_(wanted[start : start + 500]),
                LedgerPosting.account == ledger.Account.RECEIVABLE.value,
            )
            .group_by(LedgerPosting.person_id)
        ).all()
        for person_id, old_debits, credits in rows:
            overdue = int(old_debits) - int(credits)
            if overdue > 0:
                found[str(person_id)] = overdue
    return found


def history(session: Session, tenant_id: str, person_id: str) -> list[ledger.Transaction]:
    """The person's transactions, oldest first, as :mod:`models.ledger` reads them (each
    with all its postings, also the other sides)."""
    ids = select(LedgerPosting.transaction_id).where(
        LedgerPosting.tenant_id == tenant_id, LedgerPosting.person_id == person_id
    )
    txs = session.scalars(
        select(LedgerTransaction)
        .where(LedgerTransaction.tenant_id == tenant_id, LedgerTransaction.id.in_(ids))
        .order_by(LedgerTransaction.created_at, LedgerTransaction.id)
    ).all()
    postings: dict[str, list[ledger.Posting]] = {}
    for p in session.scalars(
        select(LedgerPosting)
        .where(LedgerPosting.transaction_id.in_([t.id for t in txs]))
        .order_by(LedgerPosting.id)
    ):
        postings.setdefault(p.transaction_id, []).append(
            ledger.Posting(ledger.Account(p.account), int(p.amount), p.person_id, p.code)
        )
    return [_transaction(t, postings.get(t.id, [])) for t in txs]


def _transaction(row: LedgerTransaction, postings: Sequence[ledger.Posting]) -> ledger.Transaction:
    return ledger.Transaction(
        row.id, ledger.Kind(row.kind), row.day, tuple(postings), row.reference
    )
