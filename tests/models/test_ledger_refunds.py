"""models/ledger.py's refunds (issue 18): a cancellation whose terms pay money back owes it to
the person (refund due, a liability) instead of crediting the bank as if it had left; the
REFUND transaction pays it by card or bank, or pays out a credit balance; every step
balanced, the person's balance its history."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models import ledger
from models.errors import ValidationError
from models.pricing import CancellationTerms, RefundAs, cancel

A = ledger.Account
DAY = date(2026, 12, 4)
MONEY_BACK = CancellationTerms(refund_as=RefundAs.MONEY, full_refund_until=DAY)


def test_money_back_is_owed_until_a_refund_pays_it() -> None:
    cancelled = cancel(MONEY_BACK, DAY, charged=80_000, paid=80_000)
    tx = ledger.cancellation("c1", "maria", cancelled, DAY, "reg-1")
    assert set(tx.postings) == {
        ledger.Posting(A.REVENUE, 80_000),
        ledger.Posting(A.REFUND_DUE, -80_000, "maria"),
    }
    assert all(p.account not in (A.BANK, A.CARD) for p in tx.postings)
    assert ledger.balance([tx], "maria") == ledger.Balance(0, 0, refund_due=80_000)
    paid = ledger.refund("r1", "maria", 80_000, DAY, "reg-1", via=A.CARD)
    assert (paid.kind, set(paid.postings)) == (
        ledger.Kind.REFUND,
        {ledger.Posting(A.REFUND_DUE, 80_000, "maria"), ledger.Posting(A.CARD, -80_000)},
    )
    assert ledger.balance([tx, paid], "maria") == ledger.Balance(0, 0, 0)


def test_a_credit_balance_paid_out_and_what_is_refused() -> None:
    out = ledger.refund("r2", "anders", 15_000, DAY, "", via=A.BANK, owed_from=A.CREDIT)
    assert set(out.postings) == {
        ledger.Posting(A.CREDIT, 15_000, "anders"),
        ledger.Posting(A.BANK, -15_000),
    }
    for amount, via, owed_from in (
        (0, A.BANK, A.REFUND_DUE),
        (100, A.SUSPENSE, A.REFUND_DUE),
        (100, A.BANK, A.RECEIVABLE),
    ):
        with pytest.raises(ValidationError):
            ledger.refund("r3", "anders", amount, DAY, "", via=via, owed_from=owed_from)


@given(st.integers(0, 10**7), st.integers(0, 10**7), st.booleans())
def test_any_cancellation_and_refund_keep_the_ledger_balanced(
    charged: int, paid_part: int, by_card: bool
) -> None:
    paid = min(paid_part, charged)
    charge = ledger.Transaction(
        "ch", ledger.Kind.CHARGE, DAY,
        (ledger.Posting(A.REVENUE, -charged), ledger.Posting(A.RECEIVABLE, charged, "p")),
    )  # fmt: skip
    payment = [ledger.payment("pay", "p", paid, DAY, "ocr")] if paid else []
    cancelled = ledger.cancellation(
        "c", "p", cancel(MONEY_BACK, DAY, charged=charged, paid=paid), DAY, "reg"
    )
    history = [charge, *payment, cancelled]
    due = ledger.balance(history, "p").refund_due
    assert due == paid
    if due:
        history.append(ledger.refund("r", "p", due, DAY, "reg", via=A.CARD if by_card else A.BANK))
    assert ledger.balance(history, "p") == ledger.Balance(0, 0, 0)
    assert sum(p.amount for tx in history for p in tx.postings) == 0
