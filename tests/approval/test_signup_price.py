"""The generic sign-up page of a priced round (issue 17) over real HTTP: the base price and
the rules that may change it before the submit; the thank-you page with the person's
price line by line as the booking stored it; a missing level's review and why."""

from __future__ import annotations

import re

import requests

from models.courses import CourseRound
from models.ids import new_id
from models.prerequisites import CoursePrerequisite
from tests.approval.helpers import hidden, text_of
from tests.server.booking_world import KR, course, discount, person, pushed, register, round_
from tests.server.helpers import World, cmd


def _form_of(world: World, round_id: str) -> str:
    found = re.search(r'href="/signup/([^"]+)"', requests.get(
        f"{world.url}/catalogue/{world.slug}", timeout=10
    ).text)  # fmt: skip
    assert found
    return found.group(1)


def _priced_round(world: World) -> str:
    tango = course(world, "Tango Fortsättare")
    round_id = round_(world, tango, "Onsdagar")
    member = new_id()
    pushed(
        world,
        cmd("membership_type.create", membership_type_id=member, name="Medlemskap", fee=100 * KR),
        cmd(
            "price_rule.create",
            price_rule_id=new_id(),
            scope_kind="category",
            scope_id="Tango",
            base_price=1000 * KR,
            membership_type_id=member,
        ),
        discount(
            "Registered on another course the same term",
            condition="other_course_same_term",
            amount=200 * KR,
        ),
        discount(
            "Student",
            condition="student",
            percent=1000,
            position=2,
            scope_kind="tenant",
            scope_id=None,
        ),
    )
    return round_id


def _sign_up(world: World, form_id: str, **headers: str) -> requests.Response:
    browser = requests.Session()
    url = f"{world.url}/signup/{form_id}"
    page = browser.get(url, headers=headers, timeout=10)
    assert page.status_code == 200
    return browser.post(
        url,
        data={"csrf_token": hidden(page.text, "csrf_token"), "f_first_name": "Anders",
              "f_last_name": "Berg", "f_email": "anders@example.se"},
        headers=headers,
        timeout=10,
    )  # fmt: skip


def test_a_priced_rounds_page_says_its_price_and_the_thanks_the_persons(world: World) -> None:
    form_id = _form_of(world, _priced_round(world))
    page = requests.get(f"{world.url}/signup/{form_id}", timeout=10)
    price = re.search(r'<section id="price-info".*?</section>', page.text, re.S)
    assert price, page.text
    assert text_of(price.group(0)) == (
        "Price 1 000 kr What may change your price: "
        "Registered on another course the same term: −200 kr "
        "Student: −10 % "
        "Membership fee Medlemskap: 100 kr, unless you are a member when the course starts "
        "A credit balance you have with us is used first. The confirmation shows your price "
        "line by line."
    )
    # The form is still before its price: the price comes before the submit button.
    assert page.text.index('id="price-info"') < page.text.index('type="submit"')

    thanks = _sign_up(world, form_id)
    assert thanks.status_code == 200, thanks.text
    said = text_of(thanks.text)
    assert "Thank you for signing up" in said
    assert "Tango Fortsättare: course fee 1 000 kr" in said
    assert "Membership fee: Medlemskap (not a member on" in said
    assert "To pay: 1 100 kr" in said
    assert 'data-ore="110000"' in thanks.text

    swedish = requests.get(
        f"{world.url}/signup/{form_id}", headers={"Accept-Language": "sv"}, timeout=10
    )
    assert "Medlemsavgift Medlemskap: 100 kr, om du inte är medlem när kursen börjar" in text_of(
        swedish.text
    )
    # The questions the page adds itself are in the page's language too.
    assert re.findall(r'<label for="f_(?:first_name|last_name|email)">([^<]+)', swedish.text) == [
        "Förnamn ",
        "Efternamn ",
        "E-post ",
    ]


def test_a_free_rounds_page_names_no_price(world: World) -> None:
    form_id = _form_of(world, round_(world, course(world, "Öppen praktika"), "Söndagar"))
    page = requests.get(f"{world.url}/signup/{form_id}", timeout=10)
    assert 'id="price-info"' not in page.text
    thanks = _sign_up(world, form_id)
    assert thanks.status_code == 200
    assert "To pay" not in text_of(thanks.text)


def test_a_missing_level_is_held_for_review_with_the_reason(world: World) -> None:
    nyborjare = course(world, "Tango Nybörjare")
    round_id = _priced_round(world)
    # The course requires Tango Nybörjare (the row prerequisite.add writes).
    with world.db.transaction() as s:
        row = s.get(CourseRound, round_id)
        assert row is not None
        s.add(
            CoursePrerequisite(
                id=new_id(),
                tenant_id=world.tenant_id,
                course_id=row.course_id,
                required_course_id=nyborjare,
            )
        )
    thanks = _sign_up(world, _form_of(world, round_id))
    said = text_of(thanks.text)
    assert "Your sign-up waits for review" in said
    assert re.search(r'<ul id="reasons"><li>[^<]*Tango Nybörjare[^<]*</li></ul>', thanks.text)
    assert "Charged when the review accepts your sign-up and you have a place." in said


def test_a_waiting_list_sign_up_is_told_its_price_and_that_nothing_is_charged(
    world: World,
) -> None:
    round_id = _priced_round(world)
    pushed(world, cmd("round.edit", round_id=round_id, changes={"seats": {"old": 0, "new": 1}}))
    register(world, round_id, person(world, "Eva", "Ek", "eva@example.se"))  # the one seat

    thanks = _sign_up(world, _form_of(world, round_id))

    assert thanks.status_code == 200, thanks.text
    said = text_of(thanks.text)
    assert "you are on its waiting list" in said
    assert "Price: 1 100 kr" in said and 'id="price-total" data-ore="110000"' in thanks.text
    assert "Nothing is charged while you are on the waiting list" in said
    assert "To pay" not in said
