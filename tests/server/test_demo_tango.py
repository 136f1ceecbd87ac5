"""The seed's tango club in the demo (server/demo/tango.py, issue 17): seeded with the demo
(a small one), it prices, checks and follows up as the seed's walk says: Maria 1 000 − 200
= 800 kr, Anders (not a member) 1 000 + 100 = 1 100 kr, both past the level Tango
Fortsättare requires, each other's former partner, and both mailed a personal link to
Fortsättare by the follow-up job."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from models.courses import Course, CourseRound
from models.ids import utcnow
from models.notifications import EventType
from models.people import Person
from models.prerequisites import check
from server.db import migrate
from server.demo.generate import DemoSizes
from server.demo.seed import seed_demo
from server.demo.tango import ANDERS, MARIA
from server.services.booking_links import person_of_link
from server.services.database import Database
from server.services.partners import partners_of
from server.services.pricing import quote
from server.services.round_notices import send_round_notices
from server.tables import MailOutbox
from tests.server.conftest import api_settings

TODAY = date(2026, 11, 25)


@dataclass
class Club:
    db: Database
    tenant_id: str
    maria: str
    anders: str
    onsdagar: str


@pytest.fixture(scope="module")
def club(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Club]:
    url = f"sqlite:///{Path(tmp_path_factory.mktemp('demo')) / 'demo.db'}"
    migrate(url)
    db = Database(url)
    report = seed_demo(db, sizes=DemoSizes().scaled(0.02), today=TODAY)
    with db.sessions() as s:
        people = {
            p.first_name: p.id
            for p in s.scalars(
                select(Person).where(
                    Person.tenant_id == report.tenant_id,
                    Person.last_name.in_([MARIA[1], ANDERS[1]]),
                )
            )
            if (p.first_name, p.last_name) in {MARIA[:2], ANDERS[:2]}
        }
        onsdagar = s.scalars(
            select(CourseRound.id)
            .join(Course, Course.id == CourseRound.course_id)
            .where(Course.tenant_id == report.tenant_id, Course.name == "Tango Fortsättare")
        ).one()
    try:
        yield Club(db, report.tenant_id, people["Maria"], people["Anders"], onsdagar)
    finally:
        db.dispose()


def test_the_follow_up_course_is_priced_as_the_seed_says(club: Club) -> None:
    with club.db.sessions() as s:
        maria = quote(
            s, tenant_id=club.tenant_id, person_id=club.maria, round_id=club.onsdagar, today=TODAY
        )
        anders = quote(
            s, tenant_id=club.tenant_id, person_id=club.anders, round_id=club.onsdagar, today=TODAY
        )
    assert [line.amount for line in maria.lines] == [100_000, -20_000]
    assert maria.to_pay == 80_000
    assert [line.amount for line in anders.lines] == [100_000, 10_000]
    assert anders.to_pay == 110_000


def test_both_passed_the_level_and_were_each_others_partners(club: Club) -> None:
    with club.db.sessions() as s:
        round_ = s.get_one(CourseRound, club.onsdagar)
        assert round_.partner_course
        for person in (club.maria, club.anders):
            assert check(s, club.tenant_id, person, round_, today=TODAY, overdue=0) == []
        assert [p.id for p in partners_of(s, club.tenant_id, club.maria)] == [club.anders]
        assert [p.id for p in partners_of(s, club.tenant_id, club.anders)] == [club.maria]


def test_the_follow_up_job_mails_both_a_link_to_fortsattare(club: Club) -> None:
    settings = api_settings(club.db.url)
    send_round_notices(club.db, settings, today=TODAY)
    with club.db.sessions() as s:
        mails = s.scalars(
            select(MailOutbox).where(
                MailOutbox.tenant_id == club.tenant_id,
                MailOutbox.event_type == EventType.ROUND_FOLLOW_UP.value,
            )
        ).all()
        assert sorted(m.to_address for m in mails) == sorted([MARIA[2], ANDERS[2]])
        for mail in mails:
            assert mail.subject == "Fortsätt efter Tango Nybörjare"
            assert "Tango Fortsättare: Onsdagar (" in mail.body_text
            [link] = [line for line in mail.body_text.split("\n") if "/book/" in line]
            who = club.maria if mail.to_address == MARIA[2] else club.anders
            token = link.split("/book/")[1].removesuffix("?lang=sv")
            assert person_of_link(s, token, now=utcnow()) == (club.tenant_id, who)
