"""The person confirms contact details a public registration proposed, from a known address
(security issue 13, item 1): over real HTTP and real SMTP, on both backends."""

from __future__ import annotations

import re

import requests

from models.alumni import AlumniStatus
from server.services.alumni.categories import category_keys
from server.services.alumni.confirmation import CONFIRM_MAIL_KIND
from server.services.mail import MailWorker
from tests.alumni import builders as b
from tests.alumni.http.site import AlumniSite, csrf_of
from tests.alumni.http.test_takeover import (
    decided,
    emails_of,
    mails_to,
    member,
    queued,
    register_on_page,
)
from tests.server.helpers import World
from tests.server.smtp import SmtpServer
from tests.utils.servers import wait_until

LINK = re.compile(r"http://127\.0\.0\.1:\d+/alumni/[^/\s]+/confirm/[A-Za-z0-9_-]+")


def test_the_member_confirms_a_new_address_from_the_one_on_the_profile(
    alumni_site: AlumniSite, smtp: SmtpServer, world: World
) -> None:
    home = f"anna.{world.slug}@home.se"
    anna = member(alumni_site, world, home)
    new = f"anna.{world.slug}@new.se"
    register_on_page(
        alumni_site,
        world,
        {"first_name": "Anna", "last_name": "Berg", "email": new, "personnummer": b.ANNA_PNR},
    )
    reg = decided(alumni_site, world, new)
    assert (reg.status, reg.proposal_state) == (AlumniStatus.NOT_APPROVED, "pending")
    assert emails_of(alumni_site, anna) == [home]

    # The link goes to the address the profile had, never to the proposed one.
    assert queued(alumni_site, world, new) == 0
    MailWorker(alumni_site.db, alumni_site.settings).run_once()
    [mail] = wait_until(lambda: mails_to(smtp, home), what="the confirmation mail")
    assert mail["Subject"].startswith("Confirm your new contact details")
    assert new in mail.get_content()
    found = LINK.search(mail.get_content())
    assert found, mail.get_content()
    link = found.group(0)

    page = requests.get(link, timeout=10)
    assert page.status_code == 200 and new in page.text
    forged = requests.post(link, data={"csrf_token": "x"}, timeout=10)
    assert forged.status_code == 403
    assert emails_of(alumni_site, anna) == [home]
    done = requests.post(link, data={"csrf_token": csrf_of(page)}, timeout=10)
    assert done.status_code == 200, done.text
    assert "Your new contact details are added" in done.text

    assert emails_of(alumni_site, anna) == sorted([home, new])
    reg = decided(alumni_site, world, new)
    assert (reg.status, reg.proposal_state, reg.decided_by) == (
        AlumniStatus.APPROVED_REGISTERED_ALUMNUS,
        "applied",
        home,
    )
    again = requests.get(link, timeout=10)
    assert again.status_code == 403 and "already used" in again.text
    with alumni_site.db.sessions() as s:
        assert category_keys(s, world.tenant_id, anna) == {"alumnus", "registered_alumnus"}


def test_no_confirmation_is_offered_when_the_name_differs(
    alumni_site: AlumniSite, world: World
) -> None:
    home = f"anna.{world.slug}@home.se"
    member(alumni_site, world, home)
    attacker = f"eve.{world.slug}@example.net"
    register_on_page(
        alumni_site,
        world,
        {
            "first_name": "Eve",
            "last_name": "Mallory",
            "email": attacker,
            "personnummer": b.ANNA_PNR,
        },
    )
    reg = decided(alumni_site, world, attacker)
    assert reg.status == AlumniStatus.NOT_APPROVED
    assert queued(alumni_site, world, home, CONFIRM_MAIL_KIND) == 0
    assert queued(alumni_site, world, attacker) == 0
