"""The public course catalogue (server/web/catalogue.py, issue 17) over real HTTP: only
this tenant's open rounds with a published sign-up form, by category, with seats left,
base price and the link to the form; in English and Swedish."""

from __future__ import annotations

import re
from datetime import timedelta

import requests

from tests.approval.helpers import text_of
from tests.server.booking_world import KR, TODAY, course, person, register, round_
from tests.server.helpers import World

SV = {"Accept-Language": "sv-SE,sv;q=0.9"}


def rounds_on(page: str) -> dict[str, str]:
    """The page's round articles by round id: their text."""
    return {
        found.group(1): text_of(found.group(2))
        for found in re.finditer(
            r'<article class="round" data-round-id="([^"]+)"[^>]*>(.*?)</article>', page, re.S
        )
    }


def test_the_catalogue_lists_only_open_published_rounds_of_this_tenant(
    world: World, other_world: World
) -> None:
    tango = course(world, "Tango Fortsättare")
    milonga = course(world, "Milonga")
    yoga = course(world, "Yoga", category="Hälsa")
    fortsattare = round_(world, tango, "Onsdagar", seats=2, price_ore=1000 * KR, place="Salen")
    milonga_round = round_(world, milonga, "Torsdagar")
    yoga_round = round_(world, yoga, "Morgon", price_ore=450 * KR + 50)
    hidden = {
        round_(world, tango, "Stängd", status="closed"),
        round_(world, tango, "Utan formulär", form=False),
        round_(world, tango, "Opublicerad", published=False),
        round_(world, tango, "Slutade", starts=TODAY - timedelta(days=20), days=10),
        round_(other_world, course(other_world, "Salsa"), "Annan förening"),
    }
    register(world, fortsattare, person(world, "Maria", "Dansare", "maria@example.se"))

    page = requests.get(f"{world.url}/catalogue/{world.slug}", timeout=10)
    assert page.status_code == 200
    listed = rounds_on(page.text)
    assert set(listed) == {fortsattare, milonga_round, yoga_round}
    assert not hidden & set(listed)
    # By category (Hälsa before Tango), each round with its dates, price and seats left.
    assert page.text.index(yoga_round) < page.text.index(milonga_round)
    assert page.text.index(milonga_round) < page.text.index(fortsattare)
    starts = TODAY + timedelta(days=30)
    assert listed[fortsattare] == (
        f"Tango Fortsättare Onsdagar · {starts.isoformat()} – "
        f"{(starts + timedelta(days=60)).isoformat()} · Salen "
        "Price 1 000 kr Seats left 1 Sign up"  # text_of reads the no-break space as one
    )
    assert "Price 450,50 kr" in listed[yoga_round]
    assert "Price Free of charge Seats left Places available" in listed[milonga_round]
    assert re.search(rf'data-round-id="{fortsattare}".*?href="/signup/[^"]+"', page.text, re.S)
    assert "<script" not in page.text
    assert f'data-ore="{1000 * KR}"' in page.text

    # One category only.
    tango_only = requests.get(
        f"{world.url}/catalogue/{world.slug}", params={"category": "Tango"}, timeout=10
    )
    assert set(rounds_on(tango_only.text)) == {fortsattare, milonga_round}

    # In Swedish.
    swedish = requests.get(f"{world.url}/catalogue/{world.slug}", headers=SV, timeout=10)
    assert swedish.headers["Content-Language"] == "sv"
    assert "Pris 1 000 kr Platser kvar 1 Anmäl dig" in rounds_on(swedish.text)[fortsattare]


def test_a_full_round_says_so_and_an_unknown_catalogue_is_not_found(world: World) -> None:
    full = round_(world, course(world, "Vals"), "Fredagar", seats=1)
    register(world, full, person(world, "Anders", "Berg", "anders@example.se"))
    page = requests.get(f"{world.url}/catalogue/{world.slug}", timeout=10)
    assert "Seats left Full: you can join the waiting list" in rounds_on(page.text)[full]

    for slug in ("no-such-club", "x" * 300, "%00"):
        missing = requests.get(f"{world.url}/catalogue/{slug}", timeout=10)
        assert missing.status_code == 404
        assert "Catalogue not found" in missing.text
    for category in ("Nothing", "\x00", "x" * 500):
        empty = requests.get(
            f"{world.url}/catalogue/{world.slug}", params={"category": category}, timeout=10
        )
        assert empty.status_code == 200
        assert "No courses are open for sign-up right now." in text_of(empty.text)
