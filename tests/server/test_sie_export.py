"""GET /api/v1/accounting/sie and /accounting/credit-balances (issue 18) over real HTTP
on SQLite and PostgreSQL: the seed walk's ledger (issue 17, steps 1-8: Maria's Vals
charged, paid and cancelled to credit; Tango Fortsättare booked by Maria with her credit
and by Anders with the membership fee) exported as SIE 4 and read back with the
test-only reader: exactly the vouchers those transactions imply, each summing to zero,
balances that agree with them; the credit balances' sub-ledger adds up to the liability
account; only the money roles may export. The treasurer's settings (named objects, a VAT
code, series letters, a July fiscal year, accrual) shape the file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from models import ledger
from models.audit import AuditEvent
from models.courses import Course, CourseRound
from models.ids import new_id, utcnow
from models.people import Person
from models.pricing import CancellationTerms, PriceList, SignupFacts, cancel, price
from models.tenancy import Role
from server.services import ledger as accounts
from server.tables import Invoice
from tests import factories as f
from tests.server.helpers import World, cmd
from tests.server.seed_003 import Club, book_fortsattare_with_anders, open_club, set_up
from tests.utils import sie_reader


@pytest.fixture(scope="module")
def club(module_server_db_url: str) -> Iterator[Club]:
    with open_club(module_server_db_url) as club:
        yield club


def _kr(amount: int) -> Decimal:
    return Decimal(amount).quantize(Decimal("0.01"))


def test_the_walks_ledger_exports_as_exactly_its_vouchers(club: Club) -> None:
    set_up(club)
    booked = book_fortsattare_with_anders(club)
    booked.browser.close()
    today = utcnow().date()
    year = {"from": f"{today.year}-01-01", "to": today.isoformat()}
    with club.server.db.sessions() as s:
        vals = next(
            tx.reference
            for tx in accounts.history(s, club.tenant_id, club.ids["maria"])
            if tx.kind is ledger.Kind.CANCELLATION
        )

    resp = club.staff.get("/api/v1/accounting/sie", params={**year, "type": "4E"})
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"].startswith("text/plain; charset=IBM437")
    assert 'filename="kansli_' in resp.headers["content-disposition"]
    parsed = sie_reader.read(resp.content)
    assert parsed.checksum is not None and parsed.checksum[0] == parsed.checksum[1]
    assert parsed.one("#FNAMN").text(0) == "Tangoklubben"
    assert not parsed.all("#ORGNR")  # the club set no organisation number
    assert parsed.one("#FORMAT").text(0) == "PC8"

    vouchers = {v.text: v for v in parsed.vouchers()}
    lines = {
        text: (v.series, sorted((t.account, t.amount) for t in v.trans))
        for text, v in vouchers.items()
    }
    assert lines == {
        f"Bokning {vals}": ("A", [("1510", _kr(800)), ("3010", _kr(-800))]),
        "Inbetalning OCR 4711": ("B", [("1510", _kr(-800)), ("1930", _kr(800))]),
        f"Avbokning {vals}": ("C", [("2420", _kr(-600)), ("3010", _kr(600))]),
        f"Bokning {booked.registrations['maria']}": (
            "A",
            [("1510", _kr(200)), ("2420", _kr(600)), ("3010", _kr(-800))],
        ),
        f"Bokning {booked.registrations['anders']}": (
            "A",
            [("1510", _kr(1100)), ("3010", _kr(-1000)), ("3890", _kr(-100))],
        ),
    }
    for v in vouchers.values():
        assert sum(t.amount for t in v.trans) == 0
        assert v.day == today.strftime("%Y%m%d")
    numbers = sorted((v.series, int(v.number)) for v in vouchers.values())
    assert numbers == [("A", 1), ("A", 2), ("A", 3), ("B", 1), ("C", 1)]
    # Balances: nothing before this year; the period's movement on balance accounts is
    # the closing balance, on result accounts the result; both sum to the vouchers'.
    assert parsed.balances("#IB") == {}
    assert parsed.balances("#UB") == {"1510": _kr(1300), "1930": _kr(800)}
    assert parsed.balances("#RES") == {"3010": _kr(-2000), "3890": _kr(-100)}
    names = parsed.accounts()
    assert names["1510"] == "Kundfordringar" and names["3890"] == "Medlemsavgifter"
    assert {"1510", "1930", "2420", "3010", "3890"} <= set(names)

    # 4I: the same vouchers, no balances.
    resp = club.staff.get("/api/v1/accounting/sie", params={**year, "type": "4I"})
    assert resp.status_code == 200, resp.text
    only = sie_reader.read(resp.content)
    assert not only.all("#UB") and not only.all("#IB") and not only.all("#RES")
    assert {v.text for v in only.vouchers()} == set(vouchers)

    # A period before any of it: an empty file that still opens.
    resp = club.staff.get(
        "/api/v1/accounting/sie",
        params={"from": f"{today.year}-01-01", "to": f"{today.year}-01-01"},
    )
    empty = sie_reader.read(resp.content)
    if today > date(today.year, 1, 1):
        assert empty.vouchers() == []
    with club.server.db.sessions() as s:
        exports = s.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "accounting.sie_export",
                AuditEvent.tenant_id == club.tenant_id,
            )
        ).all()
    assert len(exports) == 3


def test_a_period_must_lie_in_one_fiscal_year(club: Club) -> None:
    resp = club.staff.get(
        "/api/v1/accounting/sie", params={"from": "2025-12-01", "to": "2026-01-31"}
    )
    assert resp.status_code == 422
    assert resp.json()["detail"]["code"] == "period_spans_years"
    resp = club.staff.get(
        "/api/v1/accounting/sie", params={"from": "2026-02-01", "to": "2026-01-31"}
    )
    assert resp.json()["detail"]["code"] == "invalid_period"
    resp = club.staff.get("/api/v1/accounting/sie", params={"from": "2026-01-01", "to": "x"})
    assert resp.status_code == 422
    resp = club.staff.get(
        "/api/v1/accounting/sie", params={"from": "2026-01-01", "to": "2026-01-31", "type": "4X"}
    )
    assert resp.status_code == 422


def _credit_of_600(world: World, first: str, last: str) -> str:
    """A person charged 800 last year, paid, cancelled keeping 200: 600 of credit."""
    person = new_id()
    charged = price(PriceList("Tango", 80_000), SignupFacts(date(2025, 8, 1), date(2025, 9, 1)))
    cancelled = cancel(
        CancellationTerms(admin_fee=20_000), date(2025, 9, 10), charged=80_000, paid=80_000
    )
    with world.db.transaction() as s:
        s.add(Person(id=person, tenant_id=world.tenant_id, first_name=first, last_name=last))
        s.flush()
        for tx in (
            ledger.charge(new_id(), person, charged, date(2025, 8, 1), "reg-1"),
            ledger.payment(new_id(), person, 80_000, date(2025, 8, 5), "OCR 4711"),
            ledger.cancellation(new_id(), person, cancelled, date(2025, 9, 10), "reg-1"),
        ):
            accounts.record(s, world.tenant_id, tx)
    return person


def test_credit_balances_are_the_liabilitys_sub_ledger(world: World, other_world: World) -> None:
    maria = _credit_of_600(world, "Maria", "Ek")
    anna = _credit_of_600(world, "Anna", "Al")
    _credit_of_600(other_world, "Olle", "Annan")
    url = f"{world.url}/api/v1/accounting/credit-balances"
    resp = world.client(Role.TREASURER).get(url, params={"day": "2025-12-31"}, timeout=30)
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["rows"] == [
        {"person_id": anna, "name": "Anna Al", "credit": 60_000},
        {"person_id": maria, "name": "Maria Ek", "credit": 60_000},
    ]
    assert body["total"] == 120_000
    # Before the cancellations nobody had credit.
    resp = world.client(Role.ADMIN).get(url, params={"day": "2025-09-09"}, timeout=30)
    assert resp.json()["rows"] == []

    # The 2026 export opens the year with last year's balances: the liability is the
    # sub-ledger's total; last year's result (2 x 200 kept) is carried to 2091.
    resp = world.client(Role.TREASURER).get(
        f"{world.url}/api/v1/accounting/sie",
        params={"from": "2026-01-01", "to": "2026-12-31"},
        timeout=30,
    )
    assert resp.status_code == 200, resp.text
    parsed = sie_reader.read(resp.content)
    assert parsed.balances("#IB") == {
        "1930": _kr(1600),
        "2420": _kr(-1200),
        "2091": _kr(-400),
    }
    assert parsed.balances("#UB") == parsed.balances("#IB")
    assert parsed.vouchers() == []
    assert sum(parsed.balances("#IB").values()) == 0


@pytest.mark.parametrize("role", [Role.VIEWER, Role.COURSE_ADMIN, Role.ALUMNI_OFFICER])
def test_only_money_roles_may_see_the_books(world: World, role: Role) -> None:
    for path, params in (
        ("sie", {"from": "2026-01-01", "to": "2026-01-31"}),
        ("credit-balances", {}),
    ):
        resp = world.client(role).get(
            f"{world.url}/api/v1/accounting/{path}", params=params, timeout=30
        )
        assert resp.status_code == 403, (path, resp.text)


def _objects(*objects: tuple[int, str, str]) -> list[dict[str, object]]:
    """The commands adding cost centres (1) and projects (6): code and name."""
    return [
        cmd(
            "accounting_object.create",
            accounting_object_id=new_id(),
            dimension=dimension,
            code=code,
            name=name,
        )
        for dimension, code, name in objects
    ]


def test_the_treasurers_mappings_choose_accounts_and_objects(world: World) -> None:
    """Mappings pushed as commands (the desktop's way): the bank on 1940 with cost centre
    K9; the credit liability on 2421 with project P1. The export follows them."""
    pushed = world.push(
        *_objects((1, "K9", "Kansliet"), (6, "P1", "Tillgodo")),
        cmd(
            "account_mapping.create",
            account_mapping_id=new_id(),
            purpose="bank",
            account="1940",
            cost_centre="K9",
        ),
        cmd(
            "account_mapping.create",
            account_mapping_id=new_id(),
            purpose="credit_liability",
            account="2421",
            project="P1",
        ),
        cmd(
            "payment_settings.set",
            settings_id=new_id(),
            expected_version=0,
            bankgiro="9912346",
            org_number="802000-0017",
        ),
        role=Role.TREASURER,
    )
    assert [r["status"] for r in pushed] == ["applied"] * 5, pushed
    _credit_of_600(world, "Maria", "Ek")
    resp = world.client(Role.TREASURER).get(
        f"{world.url}/api/v1/accounting/sie",
        params={"from": "2025-01-01", "to": "2025-12-31", "type": "4E"},
        timeout=30,
    )
    assert resp.status_code == 200, resp.text
    parsed = sie_reader.read(resp.content)
    lines = [
        (v.series, [(t.account, t.objects, t.amount) for t in v.trans]) for v in parsed.vouchers()
    ]
    assert lines == [
        ("A", [("3010", {}, _kr(-800)), ("1510", {}, _kr(800))]),
        ("B", [("1940", {"1": "K9"}, _kr(800)), ("1510", {}, _kr(-800))]),
        ("C", [("3010", {}, _kr(600)), ("2421", {"6": "P1"}, _kr(-600))]),
    ]
    assert {(r.text(0), r.text(1), r.text(2)) for r in parsed.all("#OBJEKT")} == {
        ("1", "K9", "Kansliet"),
        ("6", "P1", "Tillgodo"),
    }
    assert parsed.one("#ORGNR").text(0) == "802000-0017"  # from the payment settings
    assert parsed.balances("#UB") == {"1940": _kr(800), "2421": _kr(-600)}


def test_a_payment_by_ocr_is_booked_with_its_invoices_round(world: World) -> None:
    """A payment's reference is its invoice's OCR: the bank mapping of the invoice's
    course category (cost centre K7) applies to it."""
    with world.db.transaction() as s:
        reg = f.registration(s, world.tenant_id)
        round_ = s.get(CourseRound, reg.round_id)
        assert round_ is not None
        course = s.get(Course, round_.course_id)
        assert course is not None
        course.category = "Dans"
        s.add(
            Invoice(
                tenant_id=world.tenant_id,
                number=1,
                person_id=reg.participant_id,
                registration_id=reg.id,
                ocr="1230",
                amount=50_000,
                issued_on=date(2026, 3, 1),
                lines=[],
            )
        )
        s.flush()
        accounts.record(
            s,
            world.tenant_id,
            ledger.payment(new_id(), reg.participant_id, 50_000, date(2026, 3, 9), "1230"),
        )
        accounts.record(
            s,
            world.tenant_id,
            ledger.payment(new_id(), reg.participant_id, 100, date(2026, 3, 9), "9999"),
        )
    pushed = world.push(
        *_objects((1, "K7", "Dans")),
        cmd(
            "account_mapping.create",
            account_mapping_id=new_id(),
            purpose="bank",
            account="1930",
            scope_kind="category",
            scope_id="Dans",
            cost_centre="K7",
        ),
        role=Role.TREASURER,
    )
    assert [r["status"] for r in pushed] == ["applied"] * 2, pushed
    resp = world.client(Role.TREASURER).get(
        f"{world.url}/api/v1/accounting/sie",
        params={"from": "2026-03-01", "to": "2026-03-31", "type": "4I"},
        timeout=30,
    )
    assert resp.status_code == 200, resp.text
    banks = {
        v.text: [(t.account, t.objects) for t in v.trans if t.account == "1930"]
        for v in sie_reader.read(resp.content).vouchers()
    }
    assert banks == {
        "Inbetalning 1230": [("1930", {"1": "K7"})],
        "Inbetalning 9999": [("1930", {})],  # no invoice: the tenant's (BAS) account
    }


def test_the_treasurers_settings_shape_the_file(world: World) -> None:
    """The treasurer's settings pushed as commands: named objects, course fees on 3011
    (cost centre K1, project P1, VAT code 05), a fiscal year from July, accrual on, the
    charges' series K and the accruals' P. A round of 15 Aug – 31 Oct 2025 booked for
    900 kr in June (the previous fiscal year): #RAR is July–June, #IB holds the booking on
    prepaid revenue (2970), and August, September and October each have an accrual
    voucher moving their days' part (17, 30 and 31 of 78 days) to 3011."""
    with world.db.transaction() as s:
        reg = f.registration(s, world.tenant_id)
        round_ = s.get(CourseRound, reg.round_id)
        assert round_ is not None
        round_.starts_on, round_.ends_on = date(2025, 8, 15), date(2025, 10, 31)
        s.flush()
        fee = price(PriceList("Tango", 90_000), SignupFacts(date(2025, 6, 10), date(2025, 8, 15)))
        for tx in (
            ledger.charge(new_id(), reg.participant_id, fee, date(2025, 6, 10), reg.id),
            ledger.payment(new_id(), reg.participant_id, 90_000, date(2025, 8, 1), "OCR 1"),
        ):
            accounts.record(s, world.tenant_id, tx)
    pushed = world.push(
        *_objects((1, "K1", "Kansliet"), (6, "P1", "Höstterminen")),
        cmd(
            "account_mapping.create",
            account_mapping_id=new_id(),
            purpose="fees",
            account="3011",
            cost_centre="K1",
            project="P1",
            vat_code="05",
        ),
        cmd(
            "accounting_settings.set",
            settings_id=new_id(),
            expected_version=0,
            year_start_month=7,
            accrual=True,
            series=[
                {"kind": "charge", "letter": "K", "name": "Kursavgifter"},
                {"kind": "accrual", "letter": "P", "name": "Periodiseringar"},
            ],
        ),
        role=Role.TREASURER,
    )
    assert [r["status"] for r in pushed] == ["applied"] * 4, pushed

    def export(start: str, end: str, kind: str) -> sie_reader.SieFile:
        resp = world.client(Role.TREASURER).get(
            f"{world.url}/api/v1/accounting/sie",
            params={"from": start, "to": end, "type": kind},
            timeout=30,
        )
        assert resp.status_code == 200, resp.text
        parsed = sie_reader.read(resp.content)
        assert parsed.checksum is not None and parsed.checksum[0] == parsed.checksum[1]
        return parsed

    parsed = export("2025-07-01", "2025-12-31", "4E")
    rar = parsed.one("#RAR")
    assert (rar.text(0), rar.text(1), rar.text(2)) == ("0", "20250701", "20260630")
    assert parsed.balances("#IB") == {"1510": _kr(900), "2970": _kr(-900)}
    shares = [90_000 * 17 // 78, 90_000 * 30 // 78]
    shares.append(90_000 - sum(shares))
    objects = {"1": "K1", "6": "P1"}
    vouchers = [
        (v.series, v.number, v.day, [(t.account, t.objects, t.amount) for t in v.trans])
        for v in parsed.vouchers()
    ]
    assert vouchers == [
        ("B", "1", "20250801", [("1930", {}, _kr(900)), ("1510", {}, _kr(-900))]),
        *(
            (
                "P",
                str(n),
                day,
                [("2970", {}, Decimal(share) / 100), ("3011", objects, Decimal(-share) / 100)],
            )
            for n, day, share in zip(
                (1, 2, 3), ("20250831", "20250930", "20251031"), shares, strict=True
            )
        ),
    ]
    assert parsed.balances("#UB") == {"1930": _kr(900)}
    assert parsed.balances("#RES") == {"3011": _kr(-900)}
    assert {(r.text(0), r.text(1), r.text(2)) for r in parsed.all("#OBJEKT")} == {
        ("1", "K1", "Kansliet"),
        ("6", "P1", "Höstterminen"),
    }
    assert [(r.text(0), r.text(1)) for r in parsed.all("#MOMSKOD")] == [("3011", "05")]
    assert parsed.accounts()["2970"] == "Förutbetalda intäkter"

    # The charge itself, in the last fiscal year's file: series K, the fee on 2970.
    before = export("2025-06-01", "2025-06-30", "4I")
    assert before.one("#RAR").text(1) == "20240701"
    [charge] = before.vouchers()
    assert (charge.series, charge.number) == ("K", "1")
    assert sorted((t.account, t.amount) for t in charge.trans) == [
        ("1510", _kr(900)),
        ("2970", _kr(-900)),
    ]
    # 4I of September: only that month's accrual, numbered from 1.
    [september] = export("2025-09-01", "2025-09-30", "4I").vouchers()
    assert (september.series, september.number, september.day) == ("P", "1", "20250930")
