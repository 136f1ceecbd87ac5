"""Prices of sign-ups and the person's ledger (models.pricing, models.ledger; issue 17).

The seed's walk in numbers, then properties: the order rules are given in never
matters, a price is never negative, credit is never used twice, every transaction
balances and a balance is always the sum of its history.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import ledger
from models.errors import ValidationError
from models.ledger import Account, balance
from models.pricing import (
    CancellationTerms,
    Condition,
    Discount,
    LineKind,
    Membership,
    MembershipFee,
    PriceList,
    RefundAs,
    SignupFacts,
    Stacking,
    cancel,
    price,
    vat_of,
)

KR = 100
TERM_START = date(2027, 1, 20)
TANGO = PriceList(
    course="Tango Fortsättare",
    base_price=1_000 * KR,
    account="3010",
    discounts=(
        Discount(
            "milonga",
            "Another course the same term",
            Condition.OTHER_COURSE_SAME_TERM,
            amount=200 * KR,
            account="3011",
        ),
    ),
    membership=MembershipFee("Medlemskap 2027", 100 * KR, account="3890"),
)


def test_the_seeds_walk_maria_pays_200_of_800_with_her_600_credit() -> None:
    """Maria: last term she paid 800 and cancelled under terms that keep a 200 kr
    administrative fee: 600 kr credit. Now (a member, on Milonga the same term) Tango's
    1,000 less 200 is 800, of which the 600 credit is used: she is asked for 200."""
    terms = CancellationTerms(admin_fee=200 * KR)
    history = [
        ledger.charge(
            "t1",
            "maria",
            price(
                PriceList("Tango Nybörjare", 800 * KR, account="3010"),
                SignupFacts(
                    date(2026, 8, 1), date(2026, 9, 1), memberships=(Membership(date(2026, 1, 1)),)
                ),
            ),
            date(2026, 8, 1),
            "reg-old",
        ),
        ledger.payment("t2", "maria", 800 * KR, date(2026, 8, 5), "OCR 1234"),
    ]
    cancelled = cancel(terms, date(2026, 9, 10), charged=800 * KR, paid=800 * KR)
    history.append(ledger.cancellation("t3", "maria", cancelled, date(2026, 9, 10), "reg-old"))
    assert (cancelled.kept, cancelled.returned, cancelled.written_off) == (200 * KR, 600 * KR, 0)
    assert balance(history, "maria") == ledger.Balance(owed=0, credit=600 * KR)

    facts = SignupFacts(
        signed_up_on=date(2027, 1, 5),
        round_starts_on=TERM_START,
        other_courses_same_term=1,
        memberships=(Membership(date(2027, 1, 1), date(2027, 12, 31)),),
        credit_balance=balance(history, "maria").credit,
    )
    maria = price(TANGO, facts)

    assert [(line.kind, line.message(), line.amount) for line in maria.lines] == [
        (LineKind.BASE_PRICE, "Tango Fortsättare: course fee", 1_000 * KR),
        (LineKind.DISCOUNT, "Discount: Another course the same term", -200 * KR),
        (LineKind.CREDIT_USED, "Your credit balance used", -600 * KR),
    ]
    assert (maria.total, maria.credit_used, maria.to_pay) == (800 * KR, 600 * KR, 200 * KR)
    history.append(ledger.charge("t4", "maria", maria, facts.signed_up_on, "reg-tango"))
    assert balance(history, "maria") == ledger.Balance(owed=200 * KR, credit=0)
    charge = history[-1]
    assert {(p.account, p.code, p.amount) for p in charge.postings} == {
        (Account.REVENUE, "3010", -1_000 * KR),
        (Account.REVENUE, "3011", 200 * KR),
        (Account.CREDIT, "", 600 * KR),
        (Account.RECEIVABLE, "", 200 * KR),
    }


def test_the_seeds_walk_anders_not_a_member_owes_1100() -> None:
    anders = price(TANGO, SignupFacts(signed_up_on=date(2027, 1, 5), round_starts_on=TERM_START))

    assert [(line.kind, line.message(), line.amount) for line in anders.lines] == [
        (LineKind.BASE_PRICE, "Tango Fortsättare: course fee", 1_000 * KR),
        (
            LineKind.MEMBERSHIP_FEE,
            "Membership fee: Medlemskap 2027 (not a member on 2027-01-20)",
            100 * KR,
        ),
    ]
    assert anders.to_pay == 1_100 * KR


def test_a_membership_ending_before_the_start_owes_the_fee() -> None:
    ended = SignupFacts(
        date(2027, 1, 5), TERM_START, memberships=(Membership(date(2026, 1, 1), date(2027, 1, 19)),)
    )
    assert price(TANGO, ended).to_pay == 1_100 * KR


def test_of_exclusive_discounts_only_the_largest_counts_and_stacking_ones_add() -> None:
    prices = PriceList(
        "Kurs",
        1_000 * KR,
        discounts=(
            Discount(
                "early",
                "Early booking",
                Condition.EARLY_BOOKING,
                percent=1000,
                stacking=Stacking.EXCLUSIVE,
                book_by=date(2027, 1, 1),
            ),
            Discount(
                "student",
                "Student",
                Condition.STUDENT,
                amount=150 * KR,
                stacking=Stacking.EXCLUSIVE,
            ),
            Discount("family", "Family", Condition.FAMILY, amount=50 * KR),
        ),
    )
    facts = SignupFacts(date(2026, 12, 20), TERM_START, student=True, family_registered=True)

    lines = price(prices, facts).lines

    # In evaluation order: position, then id ("family" before "student").
    assert [(line.params.get("name"), line.amount) for line in lines[1:]] == [
        ("Family", -50 * KR),
        ("Student", -150 * KR),
    ]


def test_a_discount_outside_its_validity_or_booking_day_does_not_count() -> None:
    prices = PriceList(
        "Kurs",
        1_000 * KR,
        discounts=(
            Discount(
                "early",
                "Early booking",
                Condition.EARLY_BOOKING,
                amount=100 * KR,
                book_by=date(2027, 1, 1),
            ),
            Discount(
                "spring",
                "Spring offer",
                Condition.ALWAYS,
                amount=100 * KR,
                valid_from=date(2027, 3, 1),
                valid_until=date(2027, 5, 31),
            ),
        ),
    )
    assert price(prices, SignupFacts(date(2027, 1, 2), TERM_START)).total == 1_000 * KR
    assert price(prices, SignupFacts(date(2027, 1, 1), TERM_START)).total == 900 * KR
    assert price(prices, SignupFacts(date(2027, 3, 1), TERM_START)).total == 900 * KR


def test_discounts_never_take_a_course_below_zero_and_the_cut_line_says_so() -> None:
    prices = PriceList(
        "Kurs",
        300 * KR,
        discounts=(
            Discount("a", "Big", Condition.ALWAYS, amount=250 * KR, position=1),
            Discount("b", "Bigger", Condition.ALWAYS, amount=250 * KR, position=2),
        ),
    )

    result = price(prices, SignupFacts(date(2027, 1, 1), TERM_START))

    assert result.total == 0
    assert (
        result.lines[-1].message() == "Discount: Bigger (cut to 50 kr: a price is never below zero)"
    )


def test_vat_is_included_in_each_amount_and_a_discount_carries_its_own() -> None:
    assert vat_of(1_250 * KR, 2500) == 250 * KR
    assert vat_of(-1_250 * KR, 2500) == -250 * KR
    assert vat_of(106 * KR, 600) == 6 * KR
    prices = PriceList(
        "Kurs",
        1_250 * KR,
        vat_rate=2500,
        discounts=(Discount("d", "D", Condition.ALWAYS, amount=125 * KR),),
    )
    assert price(prices, SignupFacts(date(2027, 1, 1), TERM_START)).vat == 225 * KR


@pytest.mark.parametrize(
    ("day", "kept", "returned", "written_off"),
    [
        (date(2027, 1, 1), 0, 800 * KR, 300 * KR),  # before the full-refund day
        (date(2027, 1, 15), 200 * KR, 600 * KR, 300 * KR),  # the fee is kept
        (date(2027, 2, 1), 1_100 * KR, 0, 0),  # too late: nothing back, the rest still owed
    ],
)
def test_a_cancellation_follows_the_terms_of_the_booking(
    day: date, kept: int, returned: int, written_off: int
) -> None:
    terms = CancellationTerms(
        full_refund_until=date(2027, 1, 1), fee_refund_until=date(2027, 1, 19), admin_fee=200 * KR
    )
    result = cancel(terms, day, charged=1_100 * KR, paid=800 * KR)
    assert (result.kept, result.returned, result.written_off) == (kept, returned, written_off)


def test_rules_that_cannot_be_priced_are_refused_naming_the_field() -> None:
    with pytest.raises(ValidationError) as e:
        Discount("x", "X", Condition.ALWAYS, amount=100, percent=100)
    assert e.value.field == "amount"
    with pytest.raises(ValidationError) as e:
        Discount("x", "X", Condition.EARLY_BOOKING, amount=100)
    assert e.value.field == "book_by"
    with pytest.raises(ValidationError) as e:
        PriceList("Kurs", -1)
    assert e.value.field == "base_price"
    with pytest.raises(ValidationError) as e:
        ledger.Transaction(
            "t", ledger.Kind.CORRECTION, date(2027, 1, 1), (ledger.Posting(Account.BANK, 100),)
        )
    assert e.value.field == "postings"


# -- properties --------------------------------------------------------------------------

amounts = st.integers(min_value=0, max_value=50_000 * KR)
days = st.dates(min_value=date(2026, 1, 1), max_value=date(2028, 12, 31))


@st.composite
def discounts(draw: st.DrawFn, index: int) -> Discount:
    condition = draw(st.sampled_from(list(Condition)))
    by_percent = draw(st.booleans())
    start = draw(st.none() | days)
    return Discount(
        id=f"d{index}",
        name=f"Rabatt {index}",
        condition=condition,
        amount=0 if by_percent else draw(st.integers(1, 5_000 * KR)),
        percent=draw(st.integers(1, 10_000)) if by_percent else 0,
        stacking=draw(st.sampled_from(list(Stacking))),
        valid_from=start,
        valid_until=draw(
            st.none() | st.dates(min_value=start or date(2026, 1, 1), max_value=date(2028, 12, 31))
        ),
        book_by=draw(days) if condition is Condition.EARLY_BOOKING else None,
        position=draw(st.integers(0, 3)),
    )


@st.composite
def price_lists(draw: st.DrawFn, most: int = 6) -> PriceList:
    count = draw(st.integers(0, most))
    fee = draw(st.none() | amounts.map(lambda a: MembershipFee("Medlem", a, vat_rate=0)))
    return PriceList(
        course="Kurs",
        base_price=draw(amounts),
        vat_rate=draw(st.sampled_from([0, 600, 1200, 2500])),
        discounts=tuple(draw(discounts(i)) for i in range(count)),
        membership=fee,
    )


@st.composite
def signups(draw: st.DrawFn) -> SignupFacts:
    signed = draw(days)
    return SignupFacts(
        signed_up_on=signed,
        round_starts_on=signed + timedelta(days=draw(st.integers(0, 200))),
        other_courses_same_term=draw(st.integers(0, 2)),
        student=draw(st.booleans()),
        family_registered=draw(st.booleans()),
        memberships=tuple(Membership(d) for d in draw(st.lists(days, max_size=2))),
        credit_balance=draw(amounts),
    )


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])  # large examples
@given(price_lists(), signups(), st.randoms(use_true_random=False))
def test_the_order_rules_are_given_in_never_changes_a_price(
    prices: PriceList, facts: SignupFacts, random: object
) -> None:
    shuffled = list(prices.discounts)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    again = PriceList(
        prices.course,
        prices.base_price,
        prices.vat_rate,
        prices.account,
        tuple(shuffled),
        prices.membership,
    )
    assert price(again, facts) == price(prices, facts)


@settings(suppress_health_check=[HealthCheck.too_slow])  # large examples
@given(price_lists(), signups())
def test_a_price_is_never_negative_and_its_lines_add_up(
    prices: PriceList, facts: SignupFacts
) -> None:
    result = price(prices, facts)
    assert result.total >= 0
    assert 0 <= result.credit_used <= min(facts.credit_balance, result.total)
    assert result.to_pay == result.total - result.credit_used >= 0
    assert sum(line.amount for line in result.lines) == result.to_pay
    # The course itself is never below zero: the membership fee is apart from it.
    course = sum(
        line.amount
        for line in result.lines
        if line.kind in (LineKind.BASE_PRICE, LineKind.DISCOUNT)
    )
    assert course >= 0


@st.composite
def histories(draw: st.DrawFn) -> list[tuple[str, object]]:
    """A person's life in the ledger: bookings, payments and cancellations in any order."""
    steps: list[tuple[str, object]] = []
    for _ in range(draw(st.integers(1, 6))):
        steps.append(draw(st.sampled_from(["book", "pay", "cancel"])))
        steps[-1] = (
            steps[-1],
            (draw(price_lists(most=2)), draw(signups()), draw(st.integers(0, 100))),
        )  # type: ignore[assignment]
    return steps


# A history is a large example (several price lists and sign-ups): slow to make on a
# loaded CI machine, which is no fault of the code under test.
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(
    histories(),
    st.sampled_from(
        [
            CancellationTerms(admin_fee=200 * KR),
            CancellationTerms(admin_fee=0, refund_as=RefundAs.MONEY),
            CancellationTerms(refunds=False),
        ]
    ),
)
def test_every_transaction_balances_credit_is_never_used_twice_and_balance_is_history(
    steps: list[tuple[str, object]], terms: CancellationTerms
) -> None:
    history: list[ledger.Transaction] = []
    bookings: list[tuple[int, int]] = []  # open bookings: (charged, paid)
    credit_granted = credit_used = 0
    for n, (step, (prices, facts, share)) in enumerate(steps):  # type: ignore[misc]
        now = balance(history, "p")
        if step == "book":
            facts = SignupFacts(
                facts.signed_up_on,
                facts.round_starts_on,
                facts.other_courses_same_term,
                facts.student,
                facts.family_registered,
                facts.memberships,
                credit_balance=now.credit,
            )
            result = price(prices, facts)
            credit_used += result.credit_used
            history.append(ledger.charge(f"t{n}", "p", result, facts.signed_up_on, f"b{n}"))
            bookings.append((result.total, result.credit_used))
        elif step == "pay" and bookings and now.owed > 0:
            charged, paid = bookings[-1]
            amount = max(1, min(now.owed, charged - paid) * share // 100)
            if paid + amount <= charged:
                history.append(ledger.payment(f"t{n}", "p", amount, date(2027, 1, 1), f"p{n}"))
                bookings[-1] = (charged, paid + amount)
        elif step == "cancel" and bookings:
            charged, paid = bookings.pop()
            result = cancel(terms, date(2027, 1, 1), charged=charged, paid=paid)
            if result.refund_as is RefundAs.CREDIT:
                credit_granted += result.returned
            history.append(ledger.cancellation(f"t{n}", "p", result, date(2027, 1, 1), f"c{n}"))
        # Every transaction balances (the constructor refuses one that does not) ...
        assert all(sum(p.amount for p in tx.postings) == 0 for tx in history)
        # ... the balance is the sum of the history, and never negative ...
        after = balance(history, "p")
        assert after.credit >= 0 and after.owed >= 0
        # ... and credit is used at most once: never more than was granted.
        assert credit_used <= credit_granted
        assert after.credit == credit_granted - credit_used
