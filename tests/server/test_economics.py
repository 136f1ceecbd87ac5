"""The economics report (GET /api/v1/reports/economics, server.services.economics) over
the seed's booking walk (tests/server/test_seed_003_walk.py, run here as it is) on the
real server over HTTP, SQLite and PostgreSQL: exact figures per course, category and
term and for a period; another tenant's ledger never counted; money roles only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest

from models import ledger
from models.ids import new_id
from models.ledger import Account
from models.payments import ocr_reference
from models.tenancy import Role, Tenant
from server.services import ledger as accounts
from server.services.accounts import create_tenant, create_user, grant_roles
from server.services.auth import issue_token
from server.tables import Invoice
from tests.server.helpers import CHEAP_HASHER, PASSWORD
from tests.server.test_seed_003_walk import KR, Club, today
from tests.server.test_seed_003_walk import club as club  # the walk's server, its fixture
from tests.server.test_seed_003_walk import (
    test_maria_books_tango_fortsattare_with_anders_from_her_follow_up_mail as walk,
)

FIGURES = (
    "bookings",
    "invoiced",
    "cancelled",
    "paid",
    "outstanding",
    "discounts",
    "credit_used",
    "credit_given",
    "refunds",
)


def figures(**given: int) -> dict[str, int]:
    """A row's figures: those given in kronor (bookings as a count), the others 0."""
    return {f: given.get(f, 0) * (1 if f == "bookings" else KR) for f in FIGURES}


#: The walk's ledger: Vals charged 800 kr, paid (a payment whose reference names no
#: invoice: the row of money tied to no booking), cancelled with 600 kr given back as
#: credit; Tango Fortsättare booked by Maria (1 000 - 200 discount, 600 credit used: 200
#: to pay) and Anders (1 000 + 100 membership fee: 1 100 to pay), who paid 300 kr of his
#: invoice by card (the provider's fee is no refund).
VALS = figures(bookings=1, invoiced=800, cancelled=600, outstanding=800, credit_given=600)
FORTSATTARE = figures(
    bookings=2, invoiced=1900, paid=300, outstanding=1000, discounts=200, credit_used=600
)
UNTIED = figures(paid=800, outstanding=-800)


def report(client: httpx.Client, **params: str) -> dict[str, Any]:
    resp = client.get("/api/v1/reports/economics", params=params)
    assert resp.status_code == 200, resp.text
    body: dict[str, Any] = resp.json()
    return body


def by_name(body: dict[str, Any]) -> dict[str | None, dict[str, int]]:
    return {
        (row["name"] if row["key"] is not None else None): {f: row[f] for f in FIGURES}
        for row in body["rows"]
    }


def signed_in(club: Club, tenant_id: str, roles: list[str]) -> httpx.Client:
    """A user of ``tenant_id`` with ``roles``, signed in to the club's server."""
    db, settings = club.server.db, club.server.settings
    with db.transaction() as s:
        tenant = s.get(Tenant, tenant_id)
        assert tenant is not None
        user = create_user(
            session=s,
            email=f"{new_id()[-8:].lower()}@tango.example.se",
            password=PASSWORD,
            display_name="Test",
            hasher=CHEAP_HASHER,
        )
        grant_roles(session=s, user=user, tenant=tenant, roles=roles)
        token, _ = issue_token(session=s, settings=settings, user=user, tenant=tenant)
    return httpx.Client(base_url=club.url, headers={"Authorization": f"Bearer {token}"}, timeout=30)


@pytest.fixture(scope="module")
def walked(club: Club) -> Iterator[Club]:
    """The club after the seed's walk, and another tenant on the same server whose ledger
    names one of the club's registrations."""
    walk(club)
    with club.server.db.transaction() as s:
        other = create_tenant(session=s, slug=f"other-{new_id()[-6:].lower()}", name="Annan")
        club.ids["other_tenant"] = other.id
    registration = club.account("anders")["bookings"][0]["registration_id"]
    # Anders's invoice (as helper I's issue_invoice writes it), 300 kr of it paid by card,
    # the provider's fee of that payment: both name the invoice's OCR.
    ocr = ocr_reference(4711)
    with club.server.db.transaction() as s:
        s.add(
            Invoice(
                tenant_id=club.tenant_id,
                number=1,
                person_id=club.ids["anders"],
                registration_id=registration,
                ocr=ocr,
                amount=1100 * KR,
                issued_on=today(),
                due_on=today() + timedelta(days=30),
                lines=[],
            )
        )
        s.flush()
        for tx in (
            ledger.payment(new_id(), club.ids["anders"], 300 * KR, today(), ocr, via=Account.CARD),
            ledger.provider_fee(new_id(), 5 * KR, today(), ocr),
        ):
            accounts.record(s, club.tenant_id, tx)
    with club.server.db.transaction() as s:
        accounts.record(
            s,
            club.ids["other_tenant"],
            ledger.payment(new_id(), new_id(), 5_000 * KR, today(), registration),
        )
    yield club


def test_the_walks_figures_per_course_category_and_term(walked: Club) -> None:
    body = report(walked.staff, group="course")
    assert by_name(body) == {"Tango Fortsättare": FORTSATTARE, "Vals": VALS, None: UNTIED}
    assert [row["key"] for row in body["rows"][:2]] == [
        walked.ids["fortsattare"],
        walked.ids["vals"],
    ]
    total = {f: body["total"][f] for f in FIGURES}
    assert total == figures(
        bookings=3,
        invoiced=2700,
        cancelled=600,
        paid=1100,
        outstanding=1000,
        discounts=200,
        credit_used=600,
        credit_given=600,
    )
    # What is owed follows from the rest (the ledger is balanced).
    t = total
    assert (
        t["outstanding"]
        == (t["invoiced"] - t["cancelled"] - t["credit_used"] + t["credit_given"] - t["paid"])
        + t["refunds"]
    )
    assert by_name(report(walked.staff, group="category")) == {
        "Tango": FORTSATTARE,
        "Vals": VALS,
        None: UNTIED,
    }
    assert by_name(report(walked.staff, group="term")) == {
        "VT27": FORTSATTARE,
        "HT26": VALS,
        None: UNTIED,
    }


def test_a_period_counts_its_own_transactions_and_what_is_owed_at_its_end(
    walked: Club,
) -> None:
    day = today()
    this_day = report(walked.staff, group="term", **{"from": str(day), "to": str(day)})
    assert by_name(this_day) == {"VT27": FORTSATTARE, "HT26": VALS, None: UNTIED}
    assert this_day["start"] == this_day["end"] == str(day)
    # Everything happened today: from tomorrow only what is still owed is left.
    later = report(walked.staff, group="term", **{"from": str(day + timedelta(days=1))})
    assert by_name(later) == {
        "VT27": figures(outstanding=1000),
        "HT26": figures(outstanding=800),
        None: figures(outstanding=-800),
    }
    # Up to yesterday there was nothing.
    before = report(walked.staff, **{"to": str(day - timedelta(days=1))})
    assert before["rows"] == []
    assert {f: before["total"][f] for f in FIGURES} == figures()
    resp = walked.staff.get(
        "/api/v1/reports/economics",
        params={"from": str(day), "to": str(day - timedelta(days=1))},
    )
    assert resp.status_code == 422
    assert resp.json()["detail"]["code"] == "invalid_period"


def test_another_tenants_ledger_is_never_counted(walked: Club) -> None:
    # The other tenant's 5 000 kr name Anders's registration: not the club's.
    assert by_name(report(walked.staff))["Tango Fortsättare"] == FORTSATTARE
    with signed_in(walked, walked.ids["other_tenant"], [Role.ADMIN.value]) as other:
        assert by_name(report(other)) == {None: figures(paid=5000, outstanding=-5000)}


def test_money_roles_only(walked: Club) -> None:
    with signed_in(walked, walked.tenant_id, [Role.TREASURER.value]) as treasurer:
        assert by_name(report(treasurer, group="category"))["Vals"] == VALS
    for roles in ([Role.COURSE_ADMIN.value], [Role.VIEWER.value]):
        with signed_in(walked, walked.tenant_id, roles) as client:
            resp = client.get("/api/v1/reports/economics")
            assert resp.status_code == 403, resp.text
    assert walked.staff.get("/api/v1/reports/economics", params={"group": "x"}).status_code == 422
