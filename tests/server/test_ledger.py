"""The people's accounts on the server (server/services/ledger.py, issue 17): balanced
transactions written once, refused by the database itself if anything tries to change
or delete them, and a balance that is the sum of the history, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
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
