"""Accrual of course fees over their round's months (models/accounting.py, issue 18): the
shares of a fee per month sum to it exactly for any period and amount, and the vouchers
the export derives from the ledger (a charge on prepaid revenue, a voucher per month, a
cancellation stopping them) balance and end with nothing left on prepaid revenue."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from models import accounting, ledger
from models.sie import Voucher

PREPAID = accounting.DEFAULT_ACCOUNTS[accounting.Purpose.PREPAID][0]
FEES = accounting.DEFAULT_ACCOUNTS[accounting.Purpose.FEES][0]


@given(
    st.integers(-(10**10), 10**10),
    st.dates(date(2024, 1, 1), date(2028, 12, 31)),
    st.integers(0, 900),
)
def test_the_shares_sum_to_the_fee_month_by_month(amount: int, start: date, days: int) -> None:
    end = start + timedelta(days=days)
    shares = accounting.month_shares(amount, start, end)
    assert sum(share for _day, share in shares) == amount
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    assert len(shares) == months
    assert shares[-1][0] == end
    total = days + 1
    first = start
    for day, share in shares:
        assert (day.year, day.month) == (first.year, first.month) and first <= day <= end
        # Each month's share is its days' part of the fee, to the öre (the last: the rest).
        exact = amount * ((day - first).days + 1) / total
        assert abs(share - exact) < (1 if day != end else months)
        first = day + timedelta(days=1)


def test_a_period_in_one_month_does_not_span() -> None:
    assert not accounting.spans_months(date(2026, 9, 1), date(2026, 9, 30))
    assert accounting.spans_months(date(2026, 9, 30), date(2026, 10, 1))
    assert not accounting.spans_months(None, date(2026, 10, 1))


def _charge(tx_id: str, day: date, fee: int, reference: str = "reg1") -> ledger.Transaction:
    return ledger.Transaction(
        tx_id,
        ledger.Kind.CHARGE,
        day,
        (
            ledger.Posting(ledger.Account.REVENUE, -fee),
            ledger.Posting(ledger.Account.REVENUE, -20_000, code="3890"),  # membership
            ledger.Posting(ledger.Account.RECEIVABLE, fee + 20_000, "p1"),
        ),
        reference,
    )


def _cancel(tx_id: str, day: date, given_up: int, reference: str = "reg1") -> ledger.Transaction:
    return ledger.Transaction(
        tx_id,
        ledger.Kind.CANCELLATION,
        day,
        (
            ledger.Posting(ledger.Account.REVENUE, given_up),
            ledger.Posting(ledger.Account.CREDIT, -given_up, "p1"),
        ),
        reference,
    )


AUTUMN = accounting.Scope("r1", None, date(2026, 9, 15), date(2026, 11, 14))


def _lines(v: Voucher) -> dict[str, int]:
    return {t.account: t.amount for t in v.trans}


def test_a_fee_is_accrued_over_the_rounds_months() -> None:
    """100 000 öre for 15 Sep – 14 Nov (61 days): 16, 31 and 14 days' parts, in series H
    on each month's last day in the period; the membership fee is not accrued."""
    chart = accounting.Chart(accrual=True)
    made = accounting.vouchers(chart, [(_charge("t1", date(2026, 9, 1), 100_000), AUTUMN)])
    assert [(v.series, v.number, v.day) for v in made] == [
        ("A", 1, date(2026, 9, 1)),
        ("H", 1, date(2026, 9, 30)),
        ("H", 2, date(2026, 10, 31)),
        ("H", 3, date(2026, 11, 14)),
    ]
    assert _lines(made[0]) == {PREPAID: -100_000, "3890": -20_000, "1510": 120_000}
    shares = [100_000 * 16 // 61, 100_000 * 31 // 61]
    shares.append(100_000 - sum(shares))
    assert [_lines(v) for v in made[1:]] == [{PREPAID: s, FEES: -s} for s in shares]
    assert made[1].text == "Periodisering reg1"
    # Off: the fee is revenue at the charge, as before.
    (plain,) = accounting.vouchers(
        accounting.Chart(), [(_charge("t1", date(2026, 9, 1), 100_000), AUTUMN)]
    )
    assert _lines(plain)[FEES] == -100_000


def test_a_cancellation_stops_the_accrual_and_reverses_what_remains() -> None:
    """Cancelled on 10 Oct, 30 000 of the 100 000 given up: September's part was accrued;
    the 30 000 come off prepaid revenue, and the rest it holds goes to the fee account
    that day; nothing later is accrued."""
    chart = accounting.Chart(accrual=True)
    made = accounting.vouchers(
        chart,
        [
            (_charge("t1", date(2026, 9, 1), 100_000), AUTUMN),
            (_cancel("t2", date(2026, 10, 10), 30_000), AUTUMN),
        ],
        until=date(2026, 12, 31),
    )
    september = 100_000 * 16 // 61
    assert [(v.series, v.day) for v in made] == [
        ("A", date(2026, 9, 1)),
        ("H", date(2026, 9, 30)),
        ("C", date(2026, 10, 10)),
        ("H", date(2026, 10, 10)),
    ]
    assert _lines(made[2]) == {PREPAID: 30_000, "2420": -30_000}
    rest = 100_000 - september - 30_000
    assert _lines(made[3]) == {PREPAID: rest, FEES: -rest}
    totals: dict[str, int] = {}
    for v in made:
        for t in v.trans:
            totals[t.account] = totals.get(t.account, 0) + t.amount
    assert totals[PREPAID] == 0 and totals[FEES] == -70_000


def test_a_late_booking_catches_up_on_its_day() -> None:
    """Booked on 5 Nov for a round from 15 Sep: September's and October's parts are
    accrued on the charge's day."""
    made = accounting.vouchers(
        accounting.Chart(accrual=True), [(_charge("t1", date(2026, 11, 5), 61_000), AUTUMN)]
    )
    assert [(v.series, v.day) for v in made] == [
        ("A", date(2026, 11, 5)),
        ("H", date(2026, 11, 5)),
        ("H", date(2026, 11, 5)),
        ("H", date(2026, 11, 14)),
    ]


events = st.lists(
    st.tuples(
        st.sampled_from(["charge", "cancel"]),
        st.sampled_from(["reg1", "reg2", "reg3"]),
        st.integers(0, 120),  # days after 1 Aug
        st.integers(0, 300_000),
        st.sampled_from(
            [
                AUTUMN,
                accounting.Scope("r2", None, date(2026, 8, 20), date(2027, 1, 5)),
                accounting.Scope("r3", None, date(2026, 9, 1), date(2026, 9, 30)),
            ]
        ),
    ),
    max_size=10,
)


@given(events)
def test_any_bookings_balance_and_leave_nothing_prepaid(
    drawn: list[tuple[str, str, int, int, accounting.Scope]],
) -> None:
    """Every voucher sums to zero; at the end prepaid revenue holds nothing and every
    account holds what it would without accrual (accrual moves revenue in time only)."""
    txs = []
    for i, (what, reference, offset, amount, scope) in enumerate(sorted(drawn, key=lambda e: e[2])):
        day = date(2026, 8, 1) + timedelta(days=offset)
        tx = (
            _charge(f"t{i}", day, amount, reference)
            if what == "charge"
            else _cancel(f"t{i}", day, amount, reference)
        )
        txs.append((tx, scope))
    end = date(2027, 12, 31)
    with_accrual = accounting.vouchers(accounting.Chart(accrual=True), txs, until=end)
    without = accounting.vouchers(accounting.Chart(), txs, until=end)

    def totals(made: list[Voucher]) -> dict[str, int]:
        out: dict[str, int] = {}
        for v in made:
            assert sum(t.amount for t in v.trans) == 0
            for t in v.trans:
                out[t.account] = out.get(t.account, 0) + t.amount
        return {a: n for a, n in out.items() if n}

    assert totals(with_accrual) == totals(without)
    days = [v.day for v in with_accrual]
    assert days == sorted(days)
