"""models/ledger.py's reminder charge (issue 18): a reminder's fee and late interest owed
by the person, credited to their own bookkeeping accounts, never VAT, always balanced."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models import ledger
from models.errors import ValidationError

A = ledger.Account
DAY = date(2026, 12, 4)


def test_a_reminder_charges_fee_and_interest_to_the_person() -> None:
    tx = ledger.reminder_charge("t1", "anders", fee=6000, interest=253, day=DAY, reference="133")
    assert (tx.kind, tx.day, tx.reference) == (ledger.Kind.REMINDER, DAY, "133")
    assert set(tx.postings) == {
        ledger.Posting(A.REVENUE, -6000, None, ledger.REMINDER_FEE_CODE),
        ledger.Posting(A.REVENUE, -253, None, ledger.INTEREST_CODE),
        ledger.Posting(A.RECEIVABLE, 6253, "anders"),
    }
    assert ledger.balance([tx], "anders") == ledger.Balance(owed=6253, credit=0)


def test_without_interest_only_the_fee_and_negative_amounts_are_refused() -> None:
    tx = ledger.reminder_charge("t2", "maria", fee=6000, interest=0, day=DAY, reference="232")
    assert set(tx.postings) == {
        ledger.Posting(A.REVENUE, -6000, None, "3540"),
        ledger.Posting(A.RECEIVABLE, 6000, "maria"),
    }
    with pytest.raises(ValidationError):
        ledger.reminder_charge("t3", "maria", fee=-1, interest=0, day=DAY, reference="232")


@given(st.integers(0, 6000), st.integers(0, 10**7))
def test_a_reminder_charge_always_balances(fee: int, interest: int) -> None:
    tx = ledger.reminder_charge("t", "p", fee=fee, interest=interest, day=DAY, reference="r")
    assert sum(p.amount for p in tx.postings) == 0
    assert ledger.balance([tx], "p").owed == fee + interest
    assert all(p.account is not A.VAT for p in tx.postings)
