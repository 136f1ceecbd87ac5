"""The people's accounts on the server (server/services/ledger.py, issue 17): balanced
transactions written once, refused by the database itself if anything tries to change
or delete them, and a balance that is the sum of the history, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from models import ledger
from models.ids import new_id
from models.pricing import CancellationTerms, PriceList, SignupFacts, cancel, price
from server.services import ledger as accounts
from server.services.database import Database

KR = 100
TENANT = "tenant-ledger"


@pytest.fixture(scope="module")
def db(shared_db_url: str) -> Database:
    database = Database(shared_db_url)
    yield database  # type: ignore[misc]
    database.dispose()


def _seed_walk_for_maria(db: Database, person: str) -> list[ledger.Transaction]:
    """Last term: 800 charged and paid, cancelled keeping a 200 fee (600 credit); this
    term: Tango 1,000 - 200 with the credit used: 200 owed."""
    old = price(
        PriceList("Tango Nybörjare", 800 * KR), SignupFacts(date(2026, 8, 1), date(2026, 9, 1))
    )
    txs = [
        ledger.charge(new_id(), person, old, date(2026, 8, 1), "reg-old"),
        ledger.payment(new_id(), person, 800 * KR, date(2026, 8, 5), "OCR 4711"),
    ]
    cancelled = cancel(
        CancellationTerms(admin_fee=200 * KR), date(2026, 9, 10), charged=800 * KR, paid=800 * KR
    )
    txs.append(ledger.cancellation(new_id(), person, cancelled, date(2026, 9, 10), "reg-old"))
    with db.transaction() as s:
        for tx in txs:
            accounts.record(s, TENANT, tx)
    with db.transaction() as s:
        credit = accounts.balance_of(s, TENANT, person).credit
    tango = PriceList("Tango Fortsättare", 1_000 * KR, discounts=())
    new = price(tango, SignupFacts(date(2027, 1, 5), date(2027, 1, 20), credit_balance=credit))
    # The 200 discount of the seed is the price engine's (tests/models/test_pricing.py):
    # here the 1,000 with 600 credit, 400 owed.
    txs.append(ledger.charge(new_id(), person, new, date(2027, 1, 5), "reg-tango"))
    with db.transaction() as s:
        accounts.record(s, TENANT, txs[-1])
    return txs


def test_a_balance_is_the_sum_of_the_persons_history(db: Database) -> None:
    person = new_id()
    txs = _seed_walk_for_maria(db, person)

    with db.transaction() as s:
        stored = accounts.history(s, TENANT, person)
        summed = accounts.balance_of(s, TENANT, person)

    assert stored == txs
    assert summed == ledger.balance(txs, person) == ledger.Balance(owed=400 * KR, credit=0)


def test_another_persons_or_tenants_postings_are_not_in_a_balance(db: Database) -> None:
    person, other = new_id(), new_id()
    _seed_walk_for_maria(db, person)
    with db.transaction() as s:
        accounts.record(
            s, "another-tenant", ledger.payment(new_id(), person, 5 * KR, date(2027, 1, 1), "x")
        )
        accounts.record(s, TENANT, ledger.payment(new_id(), other, 7 * KR, date(2027, 1, 1), "y"))

    with db.transaction() as s:
        assert accounts.balance_of(s, TENANT, person) == ledger.Balance(owed=400 * KR, credit=0)
        assert accounts.balance_of(s, TENANT, other) == ledger.Balance(owed=-7 * KR, credit=0)
        assert accounts.balance_of(s, TENANT, new_id()) == ledger.Balance(owed=0, credit=0)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE ledger_posting SET amount = amount + 1 WHERE person_id = :p",
        "DELETE FROM ledger_posting WHERE person_id = :p",
        "UPDATE ledger_transaction SET reference = 'changed' "
        "WHERE id IN (SELECT transaction_id FROM ledger_posting WHERE person_id = :p)",
        "DELETE FROM ledger_transaction "
        "WHERE id IN (SELECT transaction_id FROM ledger_posting WHERE person_id = :p)",
    ],
)
def test_the_database_refuses_to_change_or_delete_history(db: Database, statement: str) -> None:
    person = new_id()
    txs = _seed_walk_for_maria(db, person)

    with pytest.raises(DatabaseError, match="append only"), db.transaction() as s:
        s.execute(text(statement), {"p": person})

    with db.transaction() as s:
        assert accounts.history(s, TENANT, person) == txs


def _charged(person: str, amount: int, day: date) -> ledger.Transaction:
    return ledger.Transaction(
        new_id(),
        ledger.Kind.CHARGE,
        day,
        (
            ledger.Posting(ledger.Account.REVENUE, -amount),
            ledger.Posting(ledger.Account.RECEIVABLE, amount, person),
        ),
        "reg",
    )


def _overdue(db: Database, person: str, today: date, *txs: ledger.Transaction) -> int:
    with db.transaction() as s:
        for tx in txs:
            accounts.record(s, TENANT, tx)
    with db.transaction() as s:
        return accounts.overdue_of(s, TENANT, person, today=today)


def test_overdue_is_what_is_left_of_old_charges_first_in_first_out(db: Database) -> None:
    person = new_id()
    today = date(2027, 3, 1)
    assert _overdue(db, person, today) == 0
    # 500 charged 40 days ago, 300 ten days ago: the old one is overdue.
    assert (
        _overdue(
            db,
            person,
            today,
            _charged(person, 500 * KR, date(2027, 1, 20)),
            _charged(person, 300 * KR, date(2027, 2, 19)),
        )
        == 500 * KR
    )
    # A payment pays the oldest charge first.
    paid = ledger.payment(new_id(), person, 200 * KR, date(2027, 2, 25), "OCR 1")
    assert _overdue(db, person, today, paid) == 300 * KR
    # Paid more than the old charge: nothing overdue, though 100 of the new one is owed.
    paid = ledger.payment(new_id(), person, 500 * KR, date(2027, 2, 26), "OCR 2")
    assert _overdue(db, person, today, paid) == 0
    with db.transaction() as s:
        assert accounts.balance_of(s, TENANT, person).owed == 100 * KR
    # Thirty days later the new charge is overdue by what is left of it.
    assert _overdue(db, person, date(2027, 3, 22)) == 100 * KR


def test_a_charge_is_overdue_only_after_the_payment_days(db: Database) -> None:
    person = new_id()
    day = date(2027, 1, 1)
    assert _overdue(db, person, date(2027, 1, 31), _charged(person, 45_000, day)) == 0  # 30 days
    assert _overdue(db, person, date(2027, 2, 1)) == 45_000  # 31 days
    with db.transaction() as s:
        assert accounts.overdue_of(s, TENANT, person, today=date(2027, 2, 1), days=40) == 0


def test_credit_and_other_accounts_never_make_overdue_negative_or_shared(db: Database) -> None:
    person, other = new_id(), new_id()
    today = date(2027, 6, 1)
    # Paid in advance (the receivable credited before any charge): never below 0.
    ahead = ledger.payment(new_id(), person, 300 * KR, date(2027, 1, 1), "OCR 3")
    assert _overdue(db, person, today, ahead) == 0
    # An old charge is paid by the earlier payment too (first in, first out).
    assert _overdue(db, person, today, _charged(person, 200 * KR, date(2027, 2, 1))) == 0
    # Another person's or tenant's old charge is not theirs.
    assert _overdue(db, other, today, _charged(other, 700 * KR, date(2027, 1, 1))) == 700 * KR
    with db.transaction() as s:
        accounts.record(s, "another-tenant", _charged(person, 900 * KR, date(2027, 1, 1)))
    with db.transaction() as s:
        assert accounts.overdue_of(s, TENANT, person, today=today) == 0
        assert accounts.overdue_of(s, "another-tenant", person, today=today) == 900 * KR
    # Credit used in a charge is the credit account's, not a payment of the receivable.
    maria = new_id()
    _seed_walk_for_maria(db, maria)  # 400 owed, charged 2027-01-05
    with db.transaction() as s:
        assert accounts.overdue_of(s, TENANT, maria, today=date(2027, 2, 4)) == 0
        assert accounts.overdue_of(s, TENANT, maria, today=date(2027, 2, 5)) == 400 * KR


#: A person's receivable moves: (charge or payment, öre, days before today).
_moves = st.lists(st.tuples(st.booleans(), st.integers(1, 100_000), st.integers(0, 90)), max_size=6)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_moves, min_size=1, max_size=4), st.integers(0, 60))
def test_overdue_among_many_is_overdue_of_each(
    db: Database, people_moves: list[list[tuple[bool, int, int]]], days: int
) -> None:
    """The batched sum (one grouped query) is the one rule: for every person what
    :func:`overdue_of` says and what first in, first out computed by hand says."""
    tenant, today = new_id(), date(2027, 5, 1)
    people = [new_id() for _ in people_moves]
    expected: dict[str, int] = {}
    with db.transaction() as s:
        for person, moves in zip(people, people_moves, strict=True):
            for charge, amount, ago in moves:
                day = today - timedelta(days=ago)
                tx = (
                    _charged(person, amount, day)
                    if charge
                    else ledger.payment(new_id(), person, amount, day, "OCR")
                )
                accounts.record(s, tenant, tx)
            old = sum(a for c, a, ago in moves if c and ago > days)
            paid = sum(a for c, a, _ in moves if not c)
            if old - paid > 0:
                expected[person] = old - paid
    with db.transaction() as s:
        many = accounts.overdue_among(s, tenant, [*people, new_id()], today=today, days=days)
        each = {p: accounts.overdue_of(s, tenant, p, today=today, days=days) for p in people}
    assert many == expected
    assert each == {p: expected.get(p, 0) for p in people}
