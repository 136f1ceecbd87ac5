"""The follow-up after a round ended (issue 17, event ``round.follow_up``): the periodic job
(server/services/round_notices.py) mails each participant with a place on an ended round
the open rounds of the courses that require its course and a personal booking link, once;
set up with commands over real HTTP, delivered by the real mail worker through a real SMTP
server (aiosmtpd), on SQLite and PostgreSQL."""

# ruff: noqa: F811  (the fixtures of the events' tests, imported, are the tests' arguments)
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage

import requests
from sqlalchemy import select

from models.ids import new_id, utcnow
from models.notifications import EventType
from server.services.booking_links import person_of_link
from server.services.round_notices import FOLLOW_UP_DAYS, send_round_notices
from server.tables import LinkToken
from tests.approval.helpers import person, pushed
from tests.server.helpers import World, cmd
from tests.server.test_notify_events import (  # noqa: F401  (fixtures)
    Site,
    body,
    delivered,
    in_swedish,
    outbox,
    publish_form,
    register,
    site,
    tag,
    tenant_name,
    today,
    world,
)

E = EventType


@dataclass
class Tango:
    """A club's beginners' course and the course that requires it."""

    beginners: str
    follow_up: str

    def round(self, world: World, course_id: str, name: str, starts: int, ends: int) -> str:
        """A round of ``course_id`` from ``starts`` to ``ends`` days from today."""
        round_id = new_id()
        pushed(
            world,
            cmd(
                "round.create",
                round_id=round_id,
                course_id=course_id,
                name=name,
                starts_on=(today() + timedelta(days=starts)).isoformat(),
                ends_on=(today() + timedelta(days=ends)).isoformat(),
                place="Danslokalen",
            ),
        )
        return round_id


def tango(world: World) -> Tango:
    """Tango Nybörjare, Tango Fortsättare requiring it, and Milonga requiring nothing."""
    beginners, follow_up = new_id(), new_id()
    pushed(
        world,
        cmd("course.create", course_id=beginners, code="T1", name="Tango Nybörjare"),
        cmd("course.create", course_id=follow_up, code="T2", name="Tango Fortsättare"),
        cmd(
            "prerequisite.add",
            prerequisite_id=new_id(),
            course_id=follow_up,
            required_course_id=beginners,
        ),
    )
    return Tango(beginners, follow_up)


def dancer(world: World, first: str) -> tuple[str, str]:
    """A person with an address of this test's own: (person id, address)."""
    address = f"{first.lower()}.{tag(world)}@dans.se"
    return person(world, first, "Dansare", address), address


def follow_ups(site: Site, to: str) -> list[EmailMessage]:
    """The mails with a booking link ``to`` got (the job sends the round's evaluation too)."""
    return [m for m in delivered(site, to) if "/book/" in body(m)]


def link_of(message: EmailMessage) -> str:
    [link] = [line for line in body(message).split("\n") if "/book/" in line]
    return link


def test_an_ended_rounds_participants_get_their_own_link_to_the_courses_that_follow(
    site: Site, world: World
) -> None:
    in_swedish(world)
    club = tango(world)
    ended = club.round(world, club.beginners, "Tango Nybörjare VT", -60, -1)
    running = club.round(world, club.beginners, "Tango Nybörjare HT", -7, 0)
    onsdagar = club.round(world, club.follow_up, "Onsdagar", 20, 90)
    publish_form(world, onsdagar)
    club.round(world, club.follow_up, "Lördagar", 30, 60)  # no published form: not open
    milonga_course = new_id()
    pushed(world, cmd("course.create", course_id=milonga_course, code="M1", name="Milonga"))
    publish_form(world, club.round(world, milonga_course, "Milonga VT", 20, 90))
    (maria, maria_at), (anders, anders_at) = dancer(world, "Maria"), dancer(world, "Anders")
    (olle, olle_at), (sara, sara_at) = dancer(world, "Olle"), dancer(world, "Sara")
    (kalle, kalle_at) = dancer(world, "Kalle")
    maria_reg, anders_reg = register(world, ended, maria), register(world, ended, anders)
    pushed(world, cmd("registration.to_waiting_list", registration_id=register(world, ended, olle)))
    pushed(world, cmd("registration.cancel", registration_id=register(world, ended, sara)))
    register(world, running, kalle)  # ends today: not over yet

    send_round_notices(site.db, site.settings, today=today())
    send_round_notices(site.db, site.settings, today=today())  # the second run sends nothing

    rows = outbox(world, E.ROUND_FOLLOW_UP)
    assert sorted((m.to_address, m.related_id) for m in rows) == sorted(
        [(maria_at, maria_reg), (anders_at, anders_reg)]
    )
    assert {m.recipient_kind for m in rows} == {"participant"}
    ends = (today() + timedelta(days=90)).isoformat()
    starts = (today() + timedelta(days=20)).isoformat()
    valid = (utcnow() + timedelta(days=60)).date().isoformat()
    for who, address in ((maria, maria_at), (anders, anders_at)):
        [got] = follow_ups(site, address)
        assert got["Subject"] == "Fortsätt efter Tango Nybörjare"
        first = "Maria" if who == maria else "Anders"
        assert body(got) == (
            f"Hej {first},\n\n"
            "Tack för att du gick Tango Nybörjare. De här kurserna bygger vidare på den,\n"
            "och anmälan till dem är öppen:\n\n"
            f"Tango Fortsättare: Onsdagar ({starts} – {ends})\n\n"
            "Boka din plats här, utan att fylla i dina uppgifter igen (länken är personlig,\n"
            "för dig):\n\n"
            f"{link_of(got)}\n\n"
            f"Länken gäller till och med {valid}.\n\n"
            f"{tenant_name(world)}\n"
        )
        assert link_of(got).startswith("http://kansli.test/book/")
        assert link_of(got).endswith("?lang=sv")  # the page opens in the mail's language
        # The link opens as the person it was mailed to: their page, the follow-up first.
        token = link_of(got).split("/book/")[1].removesuffix("?lang=sv")
        with site.db.sessions() as s:
            assert person_of_link(s, token, now=utcnow()) == (world.tenant_id, who)
        page = requests.get(
            f"{world.url}/book/{token}", headers={"Accept-Language": "sv"}, timeout=10
        )
        assert page.status_code == 200, page.text
        assert f"Hej {first}" in page.text and f"/book/{token}/{onsdagar}" in page.text
    for address in (olle_at, sara_at, kalle_at):
        assert follow_ups(site, address) == [], address


def test_a_follow_up_opened_later_is_offered_then_and_a_booked_one_is_not(
    site: Site, world: World
) -> None:
    club = tango(world)
    ended = club.round(world, club.beginners, "Beginners, spring", -100, -90)
    maria, maria_at = dancer(world, "Maria")
    anders, anders_at = dancer(world, "Anders")
    register(world, ended, maria)
    anders_reg = register(world, ended, anders)
    autumn = club.round(world, club.follow_up, "Autumn", 10, 40)

    send_round_notices(site.db, site.settings, today=today())
    assert outbox(world, E.ROUND_FOLLOW_UP) == []  # the follow-up's sign-up is not open

    publish_form(world, autumn)
    register(world, autumn, maria)  # Maria booked it herself meanwhile: nothing to offer her
    send_round_notices(site.db, site.settings, today=today())
    [mail] = outbox(world, E.ROUND_FOLLOW_UP)
    assert (mail.to_address, mail.related_id) == (anders_at, anders_reg)
    [got] = follow_ups(site, anders_at)
    assert got["Subject"] == "Continue after Tango Nybörjare"  # the tenant's language: English
    assert body(got).startswith(
        "Hello Anders,\n\nThank you for taking part in Tango Nybörjare. These courses follow it,"
    )
    assert "Tango Fortsättare: Autumn (" in body(got)
    assert follow_ups(site, maria_at) == []


def test_a_round_that_ended_longer_ago_than_the_follow_up_days_is_let_go(
    site: Site, world: World
) -> None:
    club = tango(world)
    long_ago = club.round(
        world, club.beginners, "Long ago", -FOLLOW_UP_DAYS - 9, -FOLLOW_UP_DAYS - 1
    )
    lately = club.round(world, club.beginners, "Lately", -FOLLOW_UP_DAYS - 9, -FOLLOW_UP_DAYS)
    publish_form(world, club.round(world, club.follow_up, "Onsdagar", 10, 40))
    bo, bo_at = dancer(world, "Bo")
    eva, eva_at = dancer(world, "Eva")
    register(world, long_ago, bo)
    eva_reg = register(world, lately, eva)

    send_round_notices(site.db, site.settings, today=today())
    assert [(m.to_address, m.related_id) for m in outbox(world, E.ROUND_FOLLOW_UP)] == [
        (eva_at, eva_reg)
    ]
    assert follow_ups(site, bo_at) == [] and len(follow_ups(site, eva_at)) == 1


def test_a_round_whose_course_no_course_requires_sends_no_follow_up(
    site: Site, world: World
) -> None:
    club = tango(world)
    alone = new_id()
    pushed(world, cmd("course.create", course_id=alone, code="S1", name="Salsa"))
    salsa = club.round(world, alone, "Salsa VT", -30, -2)
    publish_form(world, club.round(world, alone, "Salsa HT", 10, 40))  # the same course again
    publish_form(world, club.round(world, club.follow_up, "Onsdagar", 10, 40))
    erik, erik_at = dancer(world, "Erik")
    register(world, salsa, erik)

    send_round_notices(site.db, site.settings, today=today())
    assert outbox(world, E.ROUND_FOLLOW_UP) == []
    # The round's evaluation still goes: the job ran.
    assert [m.to_address for m in outbox(world, E.ROUND_EVALUATION)] == [erik_at]


def test_a_follow_up_a_binding_sends_by_no_channel_they_have_keeps_no_link(
    site: Site, world: World
) -> None:
    club = tango(world)
    ended = club.round(world, club.beginners, "Beginners", -20, -2)
    publish_form(world, club.round(world, club.follow_up, "Onsdagar", 10, 40))
    pushed(
        world,
        cmd(
            "notification_binding.create",
            binding_id=new_id(),
            event_type=E.ROUND_FOLLOW_UP.value,
            recipients=["participant"],
            channels=["sms"],
        ),
        role="admin",
    )
    erik, erik_at = dancer(world, "Erik")  # an address, no phone
    register(world, ended, erik)

    send_round_notices(site.db, site.settings, today=today())
    send_round_notices(site.db, site.settings, today=today())
    assert outbox(world, E.ROUND_FOLLOW_UP) == []
    with site.db.sessions() as s:
        links = s.scalars(
            select(LinkToken).where(
                LinkToken.tenant_id == world.tenant_id, LinkToken.entity_id == erik
            )
        ).all()
    assert links == []
    assert follow_ups(site, erik_at) == []
