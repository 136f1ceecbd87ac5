"""Security issue 13, items 1 and 18, end to end over real HTTP and real SMTP, on both backends.

The attack: a public registration with a member's personnummer, another name
and the attacker's own e-mail address was approved as "already a registered
alumnus" and the address joined the member's profile; asking for a
termination link for that address then mailed the link to the attacker, who
ended the membership. Now such a registration goes to the manual queue with
the disagreements side by side, the address is only proposed, no link goes
to it, and when the membership does end the member is told at the addresses
of the profile.
"""

from __future__ import annotations

import re
from email.message import EmailMessage
from typing import Any

import requests
from sqlalchemy import func, select

from models.alumni import AlumniRegistration, AlumniStatus
from models.ids import new_id, utcnow
from models.people import Person
from server.services.alumni.categories import category_keys, give_category
from server.services.alumni.forms import UNREGISTER_MAIL_KIND
from server.services.mail import MailWorker
from server.services.seq import lock_tenant
from server.tables import MailOutbox
from tests.alumni import builders as b
from tests.alumni.http.site import AlumniSite, Wakes, csrf_of
from tests.server.helpers import World, cmd
from tests.server.smtp import SmtpServer
from tests.utils.servers import wait_until

LINK = re.compile(r"http://127\.0\.0\.1:\d+/alumni/[^/\s]+/unregister/[A-Za-z0-9_-]+")


def member(site: AlumniSite, world: World, *addresses: str) -> str:
    """Anna Berg, a registered alumnus with a personnummer and ``addresses``; her id."""
    with site.db.transaction() as s:
        anna = b.person(s, world.tenant_id, pnr=b.ANNA_PNR, emails=addresses)
        give_category(s, world.tenant_id, anna.id, "alumnus")
        give_category(s, world.tenant_id, anna.id, "registered_alumnus")
        now = utcnow()
        s.add(  # her own registration of some years ago
            AlumniRegistration(
                id=new_id(),
                tenant_id=world.tenant_id,
                person_id=anna.id,
                email=addresses[0],
                first_name="Anna",
                last_name="Berg",
                status=AlumniStatus.APPROVED_ALUMNUS,
                received_at=now,
                decided_at=now,
            )
        )
        return anna.id


def register_on_page(site: AlumniSite, world: World, form: dict[str, str]) -> None:
    browser = requests.Session()
    page = browser.get(f"{site.url}/alumni/{world.slug}/register", timeout=10)
    sent = browser.post(
        f"{site.url}/alumni/{world.slug}/register",
        data={**form, "csrf_token": csrf_of(page)},
        timeout=10,
    )
    assert sent.status_code == 200, sent.text


def decided(site: AlumniSite, world: World, email: str) -> AlumniRegistration:
    """The registration sent with ``email``, once the automatic check has decided it."""

    def found() -> AlumniRegistration | None:
        with site.db.sessions() as s:
            reg = s.scalar(
                select(AlumniRegistration).where(
                    AlumniRegistration.tenant_id == world.tenant_id,
                    AlumniRegistration.email == email,
                )
            )
            return reg if reg is not None and reg.status != AlumniStatus.RECEIVED else None

    reg = wait_until(found, what="the automatic check")
    assert isinstance(reg, AlumniRegistration)
    return reg


def ask_for_link(site: AlumniSite, world: World, email: str) -> requests.Response:
    browser = requests.Session()
    form = browser.get(f"{site.url}/alumni/{world.slug}/unregister", timeout=10)
    return browser.post(
        f"{site.url}/alumni/{world.slug}/unregister",
        data={"email": email, "csrf_token": csrf_of(form)},
        timeout=10,
    )


def emails_of(site: AlumniSite, person_id: str) -> list[str]:
    with site.db.sessions() as s:
        person = s.get(Person, person_id)
        assert person is not None
        return sorted(e.address for e in person.emails if e.deleted_at is None)


def queued(site: AlumniSite, world: World, address: str, kind: str | None = None) -> int:
    with site.db.sessions() as s:
        query = (
            select(func.count())
            .select_from(MailOutbox)
            .where(MailOutbox.tenant_id == world.tenant_id, MailOutbox.to_address == address)
        )
        if kind is not None:
            query = query.where(MailOutbox.kind == kind)
        return int(s.scalar(query) or 0)


def mails_to(smtp: SmtpServer, address: str) -> list[EmailMessage]:
    return [m for m in smtp.messages if m["To"] == address]


def test_a_members_personnummer_with_another_name_and_address_cannot_end_the_membership(
    alumni_site: AlumniSite, smtp: SmtpServer, world: World, wakes: Wakes
) -> None:
    home, work = f"anna.{world.slug}@home.se", f"anna.{world.slug}@work.se"
    anna = member(alumni_site, world, home, work)
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
    assert reg.status == AlumniStatus.NOT_APPROVED  # the manual queue, not "already registered"
    assert (reg.person_id, reg.matched_on) == (anna, "personnummer")
    assert reg.decision_reason.startswith("Match not certain:")
    side_by_side = {d["code"]: d for d in reg.decision_details["mismatch"]}
    assert side_by_side["name_differs"]["registration"] == "Eve Mallory"
    assert side_by_side["name_differs"]["profile"] == "Anna Berg"
    assert side_by_side["email_not_on_profile"]["registration"] == attacker
    assert side_by_side["email_not_on_profile"]["profile"] == f"{home}, {work}"
    assert (reg.proposed, reg.proposal_state) == ({"email": attacker}, "pending")
    assert emails_of(alumni_site, anna) == [home, work]  # only proposed, never added

    asked = ask_for_link(alumni_site, world, attacker)
    assert asked.status_code == 200 and "Check your mailbox" in asked.text
    wakes.wait_for(1)
    MailWorker(alumni_site.db, alumni_site.settings).run_once()
    assert queued(alumni_site, world, attacker) == 0
    assert mails_to(smtp, attacker) == []
    with alumni_site.db.sessions() as s:
        assert category_keys(s, world.tenant_id, anna) == {"alumnus", "registered_alumnus"}

    # The member herself can still end it from an address of her profile, and is told at
    # every address of the profile; the attacker hears nothing.
    ask_for_link(alumni_site, world, work)
    wakes.wait_for(2)
    MailWorker(alumni_site.db, alumni_site.settings).run_once()
    [mail] = wait_until(lambda: mails_to(smtp, work), what="the link to the member")
    found = LINK.search(mail.get_content())
    assert found
    link = found.group(0)
    opened = requests.get(link, timeout=10)
    done = requests.post(
        link, data={"csrf_token": csrf_of(opened), "terminate_membership": "yes"}, timeout=10
    )
    assert done.status_code == 200 and "Your membership is terminated" in done.text
    MailWorker(alumni_site.db, alumni_site.settings).run_once()
    for address in (home, work):
        notices = wait_until(
            lambda a=address: [m for m in mails_to(smtp, a) if "has ended" in m["Subject"]],
            what=f"the notice to {address}",
        )
        assert work in notices[0].get_content()  # which address ended it
    assert mails_to(smtp, attacker) == []
    with alumni_site.db.sessions() as s:
        assert category_keys(s, world.tenant_id, anna) == {"alumnus"}


def test_the_right_name_with_an_unknown_address_over_the_api_is_only_a_proposal(
    alumni_site: AlumniSite, world: World, wakes: Wakes
) -> None:
    home = f"anna.{world.slug}@home.se"
    anna = member(alumni_site, world, home)
    attacker = f"eve.{world.slug}@example.net"
    sent = requests.post(
        f"{alumni_site.url}/api/v1/public/alumni/{world.slug}/registrations",
        json={
            "first_name": "Anna",
            "last_name": "Berg",
            "email": attacker,
            "personnummer": b.ANNA_PNR,
            "phone": "070-765 43 21",
        },
        timeout=10,
    )
    assert sent.status_code == 201, sent.text

    reg = decided(alumni_site, world, attacker)
    assert reg.status == AlumniStatus.NOT_APPROVED
    assert [d["code"] for d in reg.decision_details["mismatch"]] == [
        "email_not_on_profile",
        "phone_not_on_profile",
    ]
    assert reg.proposed == {"email": attacker, "phone": "+46707654321"}
    assert emails_of(alumni_site, anna) == [home]
    ask_for_link(alumni_site, world, attacker)
    wakes.wait_for(1)
    assert queued(alumni_site, world, attacker, UNREGISTER_MAIL_KIND) == 0

    # An officer who knows the alumnus approves: the proposal joins the profile then.
    [result] = world.push(
        cmd(
            "alumni.decide",
            alumni_registration_id=reg.id,
            decision="approve",
            expected_status="not_approved",
        ),
        role="alumni_officer",
    )
    assert result["status"] == "applied", result
    assert emails_of(alumni_site, anna) == sorted([home, attacker])
    with alumni_site.db.sessions() as s:
        row = s.get(AlumniRegistration, reg.id)
        assert row is not None
        assert (row.status, row.proposal_state) == (AlumniStatus.APPROVED_MANUALLY, "applied")
        person = s.get(Person, anna)
        assert person is not None
        assert [p.number for p in person.phones] == ["+46707654321"]


def test_the_unregister_answer_is_sent_before_the_lookup_runs(
    alumni_site: AlumniSite, world: World, wakes: Wakes
) -> None:
    home = f"anna.{world.slug}@home.se"
    member(alumni_site, world, home)
    with alumni_site.db.transaction() as s:
        b.person(s, world.tenant_id, "Other", "Person")  # the tenant has someone else too
    held = alumni_site.db.sessions()
    held.begin()
    try:
        # The lookup takes the tenant's lock, which this test holds: if the answer waited for
        # the lookup, it would not come.
        lock_tenant(held, world.tenant_id)
        answers: list[Any] = [ask_for_link(alumni_site, world, home)]
        assert answers[0].status_code == 200 and "Check your mailbox" in answers[0].text
        assert wakes.count == 0 and queued(alumni_site, world, home) == 0
    finally:
        held.rollback()
        held.close()
    wakes.wait_for(1)
    assert queued(alumni_site, world, home, UNREGISTER_MAIL_KIND) == 1
