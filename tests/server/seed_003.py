"""Tangoklubben of seed 003 (its booking walk, steps 1-8, and what follows: payments and
bookkeeping) on the real server: the app under uvicorn over real HTTP, its mail worker
delivering to a real SMTP server (aiosmtpd). The world both walks share: the club as its
staff set it up by commands pushed through the sync API, and the steps that bring Maria and
Anders onto Tango Fortsättare (tests/server/test_seed_003_walk.py asserts each of them;
tests/server/test_seed_003_payments.py continues from there).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from email.message import EmailMessage
from typing import Any

import httpx
from sqlalchemy import select

from models import ledger
from models.ids import new_id, utcnow
from models.tenancy import Role
from server.db import migrate
from server.services import ledger as accounts
from server.services.accounts import create_tenant, create_user, grant_roles
from server.services.auth import issue_token
from server.services.database import Database
from server.services.round_notices import send_round_notices
from server.tables import MailOutbox
from tests.approval.helpers import hidden, text_of
from tests.server.conftest import api_settings
from tests.server.helpers import CHEAP_HASHER, PASSWORD, cmd
from tests.server.smtp import SmtpServer
from tests.utils.servers import InProcessServer, free_port, wait_until

KR = 100
#: Last term's and this term's labels (the "same term" discount compares them).
LAST_TERM, THIS_TERM = "HT26", "VT27"
#: Their mobile numbers (of the range PTS keeps for fiction: 070-174 06 05..99).
MOBILES = {"Maria": "070-174 06 41", "Anders": "070-174 06 42"}
#: Maria's browser asks for Swedish pages.
SWEDISH = {"Accept-Language": "sv-SE,sv;q=0.9,en;q=0.5"}


@dataclass
class Club:
    """Tangoklubben on the server: its staff's API session, and what the walk made."""

    server: InProcessServer
    smtp: SmtpServer
    tenant_id: str
    slug: str
    staff: httpx.Client
    ids: dict[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return self.server.url

    def push(self, *commands: dict[str, Any]) -> None:
        """Commands as the desktop pushes them; every one applied."""
        resp = self.staff.post("/api/v1/sync/push", json={"commands": list(commands)})
        assert resp.status_code == 200, resp.text
        results = resp.json()["results"]
        assert all(r["status"] == "applied" for r in results), results

    def address(self, name: str) -> str:
        """``name``'s address in this club (one SMTP server for the module)."""
        return f"{name.lower()}.{self.slug}@tango.example.se"

    def mails(self) -> list[EmailMessage]:
        """Every mail the SMTP server got for this club's people."""
        return [m for m in self.smtp.messages if self.slug in str(m["To"])]

    def mails_to(self, name: str, count: int) -> list[EmailMessage]:
        """The mails to ``name``, once ``count`` of them arrived."""
        address = self.address(name)

        def arrived() -> list[EmailMessage] | None:
            found = [m for m in self.smtp.messages if m["To"] == address]
            return found if len(found) >= count else None

        found: list[EmailMessage] = wait_until(arrived, timeout=30, what=f"{count} mails")
        return found

    def mail_to(self, name: str, subject: str) -> EmailMessage:
        """The one mail to ``name`` with ``subject``, once it arrived."""
        address = self.address(name)

        def arrived() -> list[EmailMessage]:
            return [m for m in self.smtp.messages if m["To"] == address and m["Subject"] == subject]

        found: list[EmailMessage] = wait_until(arrived, timeout=30, what=f"the mail {subject!r}")
        assert len(found) == 1, [str(m["Subject"]) for m in found]
        return found[0]

    def outbox(self) -> list[tuple[str, str]]:
        """(event, address) of every mail queued for the club, oldest first."""
        with self.server.db.sessions() as s:
            return [
                (row.event_type, row.to_address)
                for row in s.scalars(
                    select(MailOutbox)
                    .where(MailOutbox.tenant_id == self.tenant_id)
                    .order_by(MailOutbox.created_at, MailOutbox.id)
                )
            ]

    def account(self, person: str) -> dict[str, Any]:
        """GET /api/v1/people/{id}/account as staff."""
        resp = self.staff.get(f"/api/v1/people/{self.ids[person]}/account")
        assert resp.status_code == 200, resp.text
        body: dict[str, Any] = resp.json()
        return body


@contextmanager
def open_club(db_url: str, **overrides: object) -> Iterator[Club]:
    """The server (one for a test module and backend) with its mail worker polling every
    0.1 s into aiosmtpd, links pointing at itself (``overrides`` add to its settings); and
    Tangoklubben, in Swedish, with an administrator signed in."""
    migrate(db_url)
    smtp = SmtpServer().start()
    port = free_port()
    settings = api_settings(
        db_url,
        **{
            "smtp_port": smtp.port,
            "run_worker": True,
            "worker_poll_seconds": 0.1,
            "public_base_url": f"http://127.0.0.1:{port}",
            **overrides,
        },
    )
    db = Database(db_url)
    server = InProcessServer(settings, db, port=port).start()
    slug = f"tango-{new_id()[-6:].lower()}"
    with db.transaction() as s:
        tenant = create_tenant(session=s, slug=slug, name="Tangoklubben", language="sv")
        user = create_user(
            session=s,
            email=f"kansli.{slug}@tango.example.se",
            password=PASSWORD,
            display_name="Karin Kansli",
            hasher=CHEAP_HASHER,
        )
        grant_roles(session=s, user=user, tenant=tenant, roles=[Role.ADMIN.value])
        token, _ = issue_token(session=s, settings=settings, user=user, tenant=tenant)
        tenant_id = tenant.id
    staff = httpx.Client(
        base_url=server.url, headers={"Authorization": f"Bearer {token}"}, timeout=30
    )
    try:
        yield Club(server, smtp, tenant_id, slug, staff)
    finally:
        staff.close()
        server.stop()
        smtp.stop()
        db.dispose()


def today() -> date:
    return utcnow().date()


def iso(days: int) -> str:
    """The day ``days`` from today, as the wire carries it."""
    return (today() + timedelta(days=days)).isoformat()


def body(mail: EmailMessage) -> str:
    return str(mail.get_content()).replace("\r\n", "\n")


def publish_form(club: Club, round_id: str) -> str:
    """The round's sign-up form, published (the page asks name and address itself)."""
    form_id = new_id()
    changes = {"heading": {"old": None, "new": "Anmälan"}, "published": {"old": None, "new": True}}
    club.push(cmd("signup_form.set", v=2, form_id=form_id, round_id=round_id, changes=changes))
    return form_id


#: key: (code, name, category).
COURSES = {
    "nyborjare": ("TN", "Tango Nybörjare", "Tango"),
    "fortsattare": ("TF", "Tango Fortsättare", "Tango"),
    "milonga": ("MI", "Milonga", "Tango"),
    "vals": ("VA", "Vals", "Vals"),
}
#: key: (course, name, term, first and last day from today, seats, price in kronor).
#: Tango Nybörjare ended ten days ago (no evaluation mail is due any more). Vals is last
#: term's by its term; its sign-up was open when Maria booked it.
ROUNDS = {
    "nyborjare_ht": ("nyborjare", "Måndagar", LAST_TERM, -100, -10, 20, 900),
    "fortsattare_onsdagar": ("fortsattare", "Onsdagar", THIS_TERM, 30, 120, 16, 1000),
    "milonga_vt": ("milonga", "Torsdagar", THIS_TERM, 20, 110, 30, 700),
    "vals_ht": ("vals", "Fredagar", LAST_TERM, 40, 90, 20, 800),
}


def set_up(club: Club) -> None:
    """Tangoklubben as its staff set it up (see the module's docstring)."""
    ids = club.ids
    ids.update({key: new_id() for key in (*COURSES, *ROUNDS, "medlemskap", "maria", "anders")})
    club.push(
        *(
            cmd("course.create", course_id=ids[key], code=code, name=name, category=category)
            for key, (code, name, category) in COURSES.items()
        ),
        *(
            cmd(
                "round.create",
                round_id=ids[key],
                course_id=ids[course],
                name=name,
                term=term,
                starts_on=iso(first),
                ends_on=iso(last),
                place="Folkets hus",
                seats=seats,
                price_ore=price * KR,
            )
            for key, (course, name, term, first, last, seats, price) in ROUNDS.items()
        ),
    )
    club.push(
        # Tango Fortsättare is a partner course and needs Tango Nybörjare.
        cmd(
            "round.edit",
            round_id=ids["fortsattare_onsdagar"],
            changes={"partner_course": {"old": False, "new": True}},
        ),
        cmd(
            "prerequisite.add",
            prerequisite_id=new_id(),
            course_id=ids["fortsattare"],
            required_course_id=ids["nyborjare"],
        ),
        # Tango's prices: the membership fee with the course fee, the same-term discount.
        cmd(
            "membership_type.create",
            membership_type_id=ids["medlemskap"],
            name="Medlemskap",
            fee=100 * KR,
            account="3890",
        ),
        cmd(
            "price_rule.create",
            price_rule_id=new_id(),
            scope_kind="category",
            scope_id="Tango",
            account="3010",
            membership_type_id=ids["medlemskap"],
        ),
        cmd(
            "discount_rule.create",
            discount_rule_id=new_id(),
            scope_kind="category",
            scope_id="Tango",
            name="Anmäld till en annan kurs samma termin",
            condition="other_course_same_term",
            amount=200 * KR,
        ),
    )
    # Full refund less an administrative fee of 200 kr, as credit (Vals and this term's).
    for round_key in ("vals_ht", "fortsattare_onsdagar"):
        club.push(
            cmd(
                "cancellation_policy.set",
                policy_id=new_id(),
                round_id=ids[round_key],
                expected_version=0,
                admin_fee=200 * KR,
                refund_as="credit",
                refunds=True,
            )
        )
    for round_key in ("fortsattare_onsdagar", "milonga_vt", "vals_ht"):
        ids[f"form_{round_key}"] = publish_form(club, ids[round_key])
    club.push(
        *(
            cmd(
                "person.create",
                person_id=ids[first.lower()],
                first_name=first,
                last_name=last,
                emails=[{"address": club.address(first)}],
                phones=[{"number": MOBILES[first]}],
            )
            for first, last in (("Maria", "Lind"), ("Anders", "Berg"))
        ),
        # Maria is a member on the round's start; Anders's membership ended before it.
        *(
            cmd(
                "membership.add",
                membership_id=new_id(),
                person_id=ids[who],
                membership_type_id=ids["medlemskap"],
                since=iso(-400),
                until=until,
            )
            for who, until in (("maria", None), ("anders", iso(-30)))
        ),
        # Last term they took Tango Nybörjare together, each the other's partner.
        *(
            cmd(
                "registration.create",
                registration_id=new_id(),
                round_id=ids["nyborjare_ht"],
                participant_id=ids[one],
                partner_id=ids[other],
            )
            for one, other in (("maria", "anders"), ("anders", "maria"))
        ),
        # This term Maria takes Milonga.
        cmd(
            "registration.create",
            registration_id=new_id(),
            round_id=ids["milonga_vt"],
            participant_id=ids["maria"],
        ),
    )


def rows(club: Club, table: str) -> list[dict[str, Any]]:
    """The table's live rows as staff's desktop pulls them."""
    found: dict[str, dict[str, Any]] = {}
    cursor = ""
    while True:
        resp = club.staff.get("/api/v1/sync/pull", params={"cursor": cursor, "limit": 1000})
        assert resp.status_code == 200, resp.text
        page = resp.json()
        for row in page["changes"].get(table, []):
            found[row["id"]] = row
        for gone in page["tombstones"].get(table, []):
            found.pop(gone, None)
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return list(found.values())


def registrations(club: Club, round_key: str) -> dict[str, dict[str, Any]]:
    """The round's registrations by participant id."""
    return {
        r["participant_id"]: r
        for r in rows(club, "registration")
        if r["round_id"] == club.ids[round_key]
    }


def sign_up_for_vals(club: Club, pay: Callable[[Club, str], None] | None = None) -> str:
    """Last term Maria signed up for Vals on its public sign-up form, and paid its 800 kr
    (``pay(club, registration_id)``; by default as :func:`pay_vals_directly`). Returns
    her registration."""
    browser = httpx.Client(base_url=club.url, headers=SWEDISH, timeout=30)
    form = club.ids["form_vals_ht"]
    page = browser.get(f"/signup/{form}")
    assert page.status_code == 200, page.text
    assert "800 kr" in text_of(page.text)  # a priced round shows its price
    done = browser.post(
        f"/signup/{form}",
        data={
            "csrf_token": hidden(page.text, "csrf_token"),
            "f_first_name": "Maria",
            "f_last_name": "Lind",
            "f_email": club.address("Maria"),
        },
    )
    assert done.status_code == 200, done.text
    assert "Vals: kursavgift 800 kr" in text_of(done.text)  # her price, line by line
    browser.close()
    reg = registrations(club, "vals_ht")[club.ids["maria"]]
    assert reg["status"] == "registered"
    (pay or pay_vals_directly)(club, str(reg["id"]))
    return str(reg["id"])


def pay_vals_directly(club: Club, registration_id: str) -> None:
    """Maria's payment of Vals's 800 kr, written to the ledger as the payments of issue
    18 write one (the club has no Bankgiro, so Vals was not invoiced)."""
    with club.server.db.transaction() as s:
        accounts.record(
            s,
            club.tenant_id,
            ledger.payment(new_id(), club.ids["maria"], 800 * KR, today(), "OCR 4711"),
        )


def postings(tx: ledger.Transaction) -> set[tuple[str, int, str | None, str]]:
    """A transaction's postings: (account, öre, person, bookkeeping code)."""
    return {(p.account.value, p.amount, p.person_id, p.code) for p in tx.postings}


def own_postings(account: dict[str, Any]) -> list[tuple[str, list[tuple[str, int]]]]:
    """The account's transactions as the API answers them: (kind, [(account, öre)])."""
    return [
        (tx["kind"], sorted((p["account"], p["amount"]) for p in tx["postings"]))
        for tx in account["transactions"]
    ]


def set_terms(booking: dict[str, Any]) -> dict[str, Any]:
    """A stored booking's cancellation terms, without the days it does not set."""
    return {key: value for key, value in booking["terms"].items() if value is not None}


def kr(text: str) -> str:
    """``text`` with a no-break space between thousands, as amounts are written."""
    return re.sub(r"(\d) (\d{3})", "\\1\u00a0\\2", text)


def subjects(mails: list[EmailMessage]) -> list[tuple[str, str]]:
    return [(str(m["To"]).split(".")[0], str(m["Subject"])) for m in mails]


def link_in(club: Club, mail: EmailMessage, path: str = "book") -> str:
    """The personal link in ``mail`` (a line of its own): to ``path``/<token>, without the
    ``?lang=`` that opens it in the mail's language (it must be there)."""
    text = body(mail)
    found = re.search(
        rf"^({re.escape(club.url)}/{path}/[A-Za-z0-9_-]{{20,}})\?lang=(sv|en)$", text, re.M
    )
    assert found, text
    return found.group(1)


def confirm(browser: httpx.Client, url: str, page: httpx.Response, **data: str) -> httpx.Response:
    """``page``'s booking form sent as shown (its CSRF token and price fingerprint) with
    ``data`` chosen; the done page."""
    fields = {"csrf_token": hidden(page.text, "csrf_token"), "shown": hidden(page.text, "shown")}
    done = browser.post(url, data=fields | data)
    assert done.status_code == 200, done.text
    return done


@dataclass(frozen=True)
class Booked:
    """Where steps 1-8 leave the walk: Maria's browser on her done page."""

    browser: httpx.Client
    done: httpx.Response
    #: Tango Fortsättare's registrations by person key ("maria", "anders").
    registrations: dict[str, str]


def book_fortsattare_with_anders(
    club: Club, pay_vals: Callable[[Club, str], None] | None = None
) -> Booked:
    """Steps 1-8 as test_seed_003_walk walks them (and asserts them) in the club
    :func:`set_up` made: Maria's Vals booked, paid (``pay_vals``, see
    :func:`sign_up_for_vals`) and cancelled (600 kr credit), the follow-up mails, Maria
    books Tango Fortsättare Onsdagar with Anders from hers. The browser is the caller's
    to close."""
    vals = sign_up_for_vals(club, pay_vals)
    club.push(cmd("registration.cancel", registration_id=vals))
    send_round_notices(club.server.db, club.server.settings, today=today())
    link = link_in(club, club.mail_to("Maria", "Fortsätt efter Tango Nybörjare"))
    fortsattare = club.ids["fortsattare_onsdagar"]
    browser = httpx.Client(headers=SWEDISH, timeout=30)
    page = browser.get(f"{link}/{fortsattare}")
    assert page.status_code == 200, page.text
    done = confirm(browser, f"{link}/{fortsattare}", page, partner=club.ids["anders"])
    booked = registrations(club, "fortsattare_onsdagar")
    ids = {key: str(booked[club.ids[key]]["id"]) for key in ("maria", "anders")}
    return Booked(browser, done, ids)
