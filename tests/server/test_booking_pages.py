"""A person's booking pages (server/web/booking.py, issue 17; seed 003) over real HTTP:
the personal link recognises Maria, her follow-up course comes first, she picks her
former partner Anders (by name only: no one's details on the page), sees her price line
by line and the cancellation terms, confirms and both are booked; a new partner is
invited by mail; a missing level sends the sign-up to review with the reason shown; a
price changed meanwhile is the page again (409); forged, expired, foreign and closed are
clear 404/410 pages; a post without the page's CSRF token books nothing; in English and
Swedish."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
import requests
from sqlalchemy import select

from models.courses import Registration
from models.ids import new_id, utcnow
from server.services.booking_links import booking_link
from server.services.rate_limits import RateLimiter
from server.settings import Settings
from server.tables import MailOutbox
from server.web import booking as booking_web
from tests.approval.helpers import hidden, text_of
from tests.server.booking_world import (
    KR,
    TODAY,
    course,
    discount,
    person,
    pushed,
    register,
    round_,
)
from tests.server.helpers import World, cmd
from tests.utils.servers import InProcessServer

SV = {"Accept-Language": "sv-SE,sv;q=0.9"}


@dataclass
class Club:
    """The seed's Tangoklubben, as far as the pages need it."""

    world: World
    settings: Settings
    maria: str
    anders: str
    fortsattare: str
    milonga: str

    def link(self, person_id: str, *, now: datetime | None = None) -> str:
        """A person's booking page, as the follow-up mail links it."""
        with self.world.db.transaction() as s:
            url = booking_link(
                s,
                self.settings,
                tenant_id=self.world.tenant_id,
                person_id=person_id,
                email="maria@example.se",
                now=now or utcnow(),
            )
        return self.world.url + url.removeprefix(self.settings.public_base_url)


def club(world: World, settings: Settings) -> Club:
    nyborjare = course(world, "Tango Nybörjare")
    fortsattare_course = course(world, "Tango Fortsättare")
    milonga_course = course(world, "Milonga")
    maria = person(world, "Maria", "Dansare", "maria@example.se")
    anders = person(world, "Anders", "Berg", "anders@example.se")
    # Last term: Maria and Anders took Tango Nybörjare as partners.
    last_term = round_(
        world, nyborjare, "HT", starts=TODAY - timedelta(days=120), days=60, form=False
    )
    register(world, last_term, maria, partner_id=anders)
    register(world, last_term, anders, partner_id=maria)
    fortsattare = round_(world, fortsattare_course, "Onsdagar", price_ore=1000 * KR, seats=10)
    pushed(
        world,
        cmd(
            "prerequisite.add",
            prerequisite_id=new_id(),
            course_id=fortsattare_course,
            required_course_id=nyborjare,
        ),
        cmd(
            "round.edit",
            round_id=fortsattare,
            changes={"partner_course": {"old": False, "new": True}},
        ),
        discount("Registered on another course the same term", amount=200 * KR),
    )
    milonga = round_(world, milonga_course, "Torsdagar", price_ore=600 * KR)
    return Club(world, settings, maria, anders, fortsattare, milonga)


def rounds_in(page: str, section: str) -> list[str]:
    """The round ids listed in the page's section ``section`` (its id), in order."""
    part = re.search(rf'<section id="{section}".*?</section>', page, re.S)
    assert part, f"no section {section}"
    return re.findall(r'data-round-id="([^"]+)"', part.group(0))


def price_rows(page: str) -> list[tuple[str, int]]:
    """The price table's lines and the sum to pay, as (text, öre)."""
    return [
        (text_of(text), int(ore))
        for text, ore in re.findall(
            r'<tr class="[^"]*"><t[dh][^>]*>(.*?)</t[dh]><td class="amount" data-ore="(-?\d+)"',
            page,
            re.S,
        )
    ]


def open_round(browser: requests.Session, url: str, **headers: str) -> tuple[str, str, str]:
    page = browser.get(url, headers=headers, timeout=10)
    assert page.status_code == 200, page.text
    return page.text, hidden(page.text, "csrf_token"), hidden(page.text, "shown")


def registrations(world: World, round_id: str) -> dict[str, Registration]:
    with world.db.sessions() as s:
        return {
            r.participant_id: r
            for r in s.scalars(select(Registration).where(Registration.round_id == round_id))
        }


def mails_to(world: World, address: str) -> list[MailOutbox]:
    with world.db.sessions() as s:
        return list(
            s.scalars(
                select(MailOutbox).where(
                    MailOutbox.tenant_id == world.tenant_id, MailOutbox.to_address == address
                )
            )
        )


def test_maria_books_her_follow_up_with_anders(world: World, api: InProcessServer) -> None:
    tango = club(world, api.settings)
    browser = requests.Session()
    link = tango.link(tango.maria)

    home = browser.get(link, timeout=10)
    assert home.status_code == 200
    assert "Hello Maria" in text_of(home.text)
    # The follow-up (it requires Tango Nybörjare, which she completed) comes first.
    assert rounds_in(home.text, "follow-ups") == [tango.fortsattare]
    assert rounds_in(home.text, "all-rounds") == [tango.milonga]
    assert f'href="/book/{link.rsplit("/", 1)[1]}/{tango.fortsattare}"' in home.text

    page, csrf, shown = open_round(browser, f"{link}/{tango.fortsattare}")
    text = text_of(page)
    assert "Book Tango Fortsättare" in text
    # Anders is offered by name; nothing else of him is on Maria's page.
    assert re.search(rf'value="{tango.anders}"> <span>Anders Berg</span>', page)
    assert "anders@example.se" not in page
    assert price_rows(page) == [
        ("Tango Fortsättare: course fee", 1000 * KR),
        ("Discount: Registered on another course the same term", -200 * KR),
        ("To pay", 800 * KR),
    ]
    assert "No cancellation terms are set: the organiser decides what is returned." in text
    assert "Confirm booking" in text
    assert "review-notice" not in page  # she completed Tango Nybörjare

    done = browser.post(
        f"{link}/{tango.fortsattare}",
        data={"csrf_token": csrf, "shown": shown, "partner": tango.anders},
        timeout=10,
    )
    assert done.status_code == 200, done.text
    said = text_of(done.text)
    assert "You are booked on Tango Fortsättare (Onsdagar)." in said
    assert "Anders Berg is booked too and gets their own confirmation." in said
    assert "To pay: 800 kr" in said
    booked = registrations(world, tango.fortsattare)
    assert {p: (r.status, r.partner_id) for p, r in booked.items()} == {
        tango.maria: ("registered", tango.anders),
        tango.anders: ("registered", tango.maria),
    }
    assert mails_to(world, "anders@example.se")  # his own confirmation

    # Back on her page: booked, no second booking offered; the round's page says so.
    home = browser.get(link, timeout=10)
    assert "You have a place" in text_of(home.text)
    assert f'/{tango.fortsattare}"' not in home.text
    again = browser.get(f"{link}/{tango.fortsattare}", timeout=10)
    assert "You are already signed up" in text_of(again.text)


def test_a_new_partner_is_invited_and_a_bad_address_is_refused(
    world: World, api: InProcessServer
) -> None:
    tango = club(world, api.settings)
    browser = requests.Session()
    url = f"{tango.link(tango.maria)}/{tango.fortsattare}"
    _page, csrf, shown = open_round(browser, url)

    def invite(email: str) -> requests.Response:
        fields = {"partner": "new", "partner_name": "Eva Ek", "partner_email": email}
        return browser.post(url, data={"csrf_token": csrf, "shown": shown, **fields}, timeout=10)

    refused = invite("not an address")
    assert refused.status_code == 422
    assert 'id="partner_email-error"' in refused.text
    assert 'value="Eva Ek"' in refused.text  # what was typed is kept
    assert not registrations(world, tango.fortsattare)

    nobody = browser.post(url, data={"csrf_token": csrf, "shown": shown}, timeout=10)
    assert nobody.status_code == 422
    assert "Choose whom you sign up with" in text_of(nobody.text)

    done = invite("Eva.Ek@Example.se")
    assert done.status_code == 200, done.text
    assert "We have e-mailed Eva Ek an invitation to book their place with you." in text_of(
        done.text
    )
    [invitation] = mails_to(world, "eva.ek@example.se")
    assert "/book/" in invitation.body_text and tango.fortsattare in invitation.body_text
    maria = registrations(world, tango.fortsattare)[tango.maria]
    assert maria.status == "registered" and maria.partner_id is not None


def test_a_missing_level_goes_to_review_with_the_reason_shown(
    world: World, api: InProcessServer
) -> None:
    tango = club(world, api.settings)
    newcomer = person(world, "Nils", "Ny", "nils@example.se")
    browser = requests.Session()
    link = tango.link(newcomer)
    home = browser.get(link, timeout=10)
    assert "follow-ups" not in home.text  # nothing completed: no follow-ups
    assert set(rounds_in(home.text, "all-rounds")) == {tango.fortsattare, tango.milonga}
    assert "Maria" not in home.text and "Anders" not in home.text

    url = f"{link}/{tango.fortsattare}"
    page, csrf, shown = open_round(browser, url)
    assert "Anders" not in page  # not his partner
    # Told before confirming why it will wait for review.
    review = re.search(r'<div class="notice" role="note" id="review-notice">.*?</div>', page, re.S)
    assert review and "Tango Nybörjare" in text_of(review.group(0))
    done = browser.post(url, data={"csrf_token": csrf, "shown": shown, "partner": ""}, timeout=10)
    assert done.status_code == 200, done.text
    said = text_of(done.text)
    assert "Your sign-up waits for review" in said
    assert re.search(r'<ul id="reasons"><li>[^<]*Tango Nybörjare[^<]*</li></ul>', done.text)
    assert registrations(world, tango.fortsattare)[newcomer].status == "review"


def test_a_price_changed_meanwhile_is_shown_again_with_409(
    world: World, api: InProcessServer
) -> None:
    tango = club(world, api.settings)
    browser = requests.Session()
    url = f"{tango.link(tango.maria)}/{tango.milonga}"
    _page, csrf, shown = open_round(browser, url)
    pushed(
        world,
        cmd(
            "round.edit",
            round_id=tango.milonga,
            changes={"price_ore": {"old": 600 * KR, "new": 650 * KR}},
        ),
    )
    changed = browser.post(url, data={"csrf_token": csrf, "shown": shown}, timeout=10)
    assert changed.status_code == 409
    assert "The price changed while the page was open" in text_of(changed.text)
    assert ("To pay", 450 * KR) in price_rows(changed.text)
    assert not registrations(world, tango.milonga)
    # Confirmed with the new price: booked.
    done = browser.post(
        url, data={"csrf_token": csrf, "shown": hidden(changed.text, "shown")}, timeout=10
    )
    assert done.status_code == 200
    assert "To pay: 450 kr" in text_of(done.text)


def test_links_and_rounds_that_cannot_be_used_are_clear_pages(
    world: World, other_world: World, api: InProcessServer
) -> None:
    tango = club(world, api.settings)
    browser = requests.Session()
    link = tango.link(tango.maria)
    for forged in ("x" * 43, "short", "%20" * 30):
        page = browser.get(f"{world.url}/book/{forged}", timeout=10)
        assert page.status_code == 404 and "Link not valid" in page.text
    expired = tango.link(tango.maria, now=utcnow() - timedelta(days=61))
    page = browser.get(expired, timeout=10)
    assert page.status_code == 410 and "This link expired on" in text_of(page.text)
    foreign = round_(other_world, course(other_world, "Salsa"), "Måndagar")
    closed = round_(world, course(world, "Vals"), "Stängd", status="closed")
    for round_id, status in (
        (foreign, 404),
        ("../../x", 404),
        ("z" * 300, 404),
        ("%00", 404),
        (closed, 410),
    ):
        page = browser.get(f"{link}/{round_id}", timeout=10)
        assert page.status_code == status, (round_id, page.status_code)
        posted = browser.post(f"{link}/{round_id}", data={}, timeout=10)
        assert posted.status_code in (status, 405 if "/" in round_id else status)
    assert not registrations(other_world, foreign)


def test_a_post_without_the_pages_token_books_nothing(world: World, api: InProcessServer) -> None:
    tango = club(world, api.settings)
    url = f"{tango.link(tango.maria)}/{tango.milonga}"
    _page, _csrf, shown = open_round(requests.Session(), url)
    for token in ("", "0" * 64):
        refused = requests.post(url, data={"csrf_token": token, "shown": shown}, timeout=10)
        assert refused.status_code == 403
        assert "The page had expired, so nothing was booked." in text_of(refused.text)
    # The token of another round's page is worth nothing here either.
    _other, other_csrf, _shown = open_round(
        requests.Session(), f"{tango.link(tango.maria)}/{tango.fortsattare}"
    )
    assert (
        requests.post(url, data={"csrf_token": other_csrf, "shown": shown}, timeout=10).status_code
        == 403
    )
    assert not registrations(world, tango.milonga)


def test_the_pages_in_swedish(world: World, api: InProcessServer) -> None:
    tango = club(world, api.settings)
    browser = requests.Session()
    link = tango.link(tango.maria)
    home = browser.get(link, headers=SV, timeout=10)
    assert home.headers["Content-Language"] == "sv"
    assert "Hej Maria" in text_of(home.text)
    page, csrf, shown = open_round(browser, f"{link}/{tango.fortsattare}", **SV)
    text = text_of(page)
    assert "Boka Tango Fortsättare" in text and "Bekräfta bokning" in text
    assert ("Att betala", 800 * KR) in price_rows(page)
    done = browser.post(
        f"{link}/{tango.fortsattare}",
        data={"csrf_token": csrf, "shown": shown, "partner": tango.anders},
        headers=SV,
        timeout=10,
    )
    said = text_of(done.text)
    assert "Du är bokad på Tango Fortsättare (Onsdagar)." in said
    assert "Att betala: 800 kr" in said


def test_bookings_from_one_address_are_rate_limited(
    world: World, api: InProcessServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(booking_web, "limiter", RateLimiter(2, 600))
    tango = club(world, api.settings)
    url = f"{tango.link(tango.maria)}/{tango.milonga}"
    _page, csrf, shown = open_round(requests.Session(), url)
    answers = [
        requests.post(url, data={"csrf_token": csrf, "shown": "x"}, timeout=10).status_code
        for _ in range(2)
    ]
    assert answers == [409, 409]  # a stale price: shown again, nothing booked
    refused = requests.post(url, data={"csrf_token": csrf, "shown": shown}, timeout=10)
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) > 0
    assert not registrations(world, tango.milonga)


def test_a_booking_on_the_waiting_list_is_told_its_price_and_owes_nothing(
    world: World, api: InProcessServer
) -> None:
    tango = club(world, api.settings)
    full = round_(world, course(world, "Vals"), "Fredagar", price_ore=600 * KR, seats=1)
    register(world, full, tango.anders)  # the one seat
    nils = person(world, "Nils", "Ny", "nils@example.se")
    for who, headers, words in (
        (tango.maria, {}, ("You are on the waiting list", "Price: 400 kr", "Nothing is charged")),
        (nils, SV, ("Du står på väntelistan", "Pris: 400 kr", "Inget debiteras medan du står")),
    ):
        browser = requests.Session()
        url = f"{tango.link(who)}/{full}"
        page, csrf, shown = open_round(browser, url, **headers)
        # Before confirming, too: the price, nothing to pay.
        assert all(word in text_of(page) for word in words[1:])
        assert "To pay" not in text_of(page) and "Att betala" not in text_of(page)
        done = browser.post(
            url, data={"csrf_token": csrf, "shown": shown}, headers=headers, timeout=10
        )
        assert done.status_code == 200, done.text
        said = text_of(done.text)
        assert all(word in said for word in words), said
        assert "To pay" not in said and "Att betala" not in said
        assert [ore for _text, ore in price_rows(done.text)] == [600 * KR, -200 * KR]
        assert 'id="price-total" data-ore="40000"' in done.text
        assert registrations(world, full)[who].status == "waiting"
