"""Ending the membership end to end: form, mail over real SMTP, link, checkbox, unregistered."""

from __future__ import annotations

import re
from datetime import timedelta
from email.message import EmailMessage

import requests
from sqlalchemy import func, select, update

from models.alumni import AlumniStatus
from models.ids import utcnow
from models.people import Activity, ActivityKind
from server.services.alumni.categories import category_keys, give_category
from server.services.alumni.forms import UNREGISTER_LINKS_PER_DAY, UNREGISTER_PURPOSE, intake
from server.services.alumni.processing import process_pending
from server.services.alumni.student_records import DatabaseStudentRecords
from server.services.mail import MailWorker
from server.tables import LinkToken, MailOutbox
from tests.alumni import builders as b
from tests.alumni.http.site import AlumniSite, Wakes, csrf_of, registrations
from tests.server.helpers import World
from tests.server.smtp import SmtpServer
from tests.utils.servers import wait_until

LINK = re.compile(r"http://127\.0\.0\.1:\d+/alumni/[^/\s]+/unregister/[A-Za-z0-9_-]+")


def registered_alumnus(site: AlumniSite, world: World, email: str) -> tuple[str, str]:
    """A person who is an alumnus, and their processed registration: (person id, reg id)."""
    now = utcnow()
    with site.db.transaction() as s:
        person = b.person(s, world.tenant_id, emails=[email])
        give_category(s, world.tenant_id, person.id, "alumnus")
        person_id = person.id
        reg_id = intake(
            session=s,
            tenant_id=world.tenant_id,
            data={"email": email, "first_name": "Anna", "last_name": "Berg"},
            now=now,
        ).id
    process_pending(
        session_factory=site.db.sessions,
        tenant_id=world.tenant_id,
        source=DatabaseStudentRecords(site.db.sessions, tenant_id=world.tenant_id),
        now=now,
    )
    return person_id, reg_id


def ask_for_link(site: AlumniSite, world: World, email: str) -> requests.Response:
    browser = requests.Session()
    form = browser.get(f"{site.url}/alumni/{world.slug}/unregister", timeout=10)
    assert form.status_code == 200
    return browser.post(
        f"{site.url}/alumni/{world.slug}/unregister",
        data={"email": email, "csrf_token": csrf_of(form)},
        timeout=10,
    )


def mails_to(smtp: SmtpServer, address: str) -> list[EmailMessage]:
    return [m for m in smtp.messages if m["To"] == address]


def queued_to(site: AlumniSite, world: World, address: str) -> int:
    with site.db.sessions() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(MailOutbox)
                .where(MailOutbox.tenant_id == world.tenant_id, MailOutbox.to_address == address)
            )
            or 0
        )


def test_link_mailed_to_the_alumnus_opens_the_checkbox_that_ends_the_membership(
    alumni_site: AlumniSite,
    smtp: SmtpServer,
    world: World,
    wakes: Wakes,
) -> None:
    address = f"anna.{world.slug}@example.se"
    person_id, reg_id = registered_alumnus(alumni_site, world, address)
    assert registrations(alumni_site.db, world.tenant_id)[0].status == (
        AlumniStatus.APPROVED_ALUMNUS
    )

    asked = ask_for_link(alumni_site, world, f"  {address.upper()} ")
    assert asked.status_code == 200 and "Check your mailbox" in asked.text
    wakes.wait_for(1)  # the link is looked up and mailed after the answer
    MailWorker(alumni_site.db, alumni_site.settings).run_once()
    [mail] = wait_until(lambda: mails_to(smtp, address), what="the mail with the link")
    text = mail.get_content()
    assert "Terminate your alumni membership" in mail["Subject"]
    found = LINK.search(text)
    assert found, text
    link = found.group(0)

    opened = requests.get(link, timeout=10)
    assert opened.status_code == 200
    assert 'name="terminate_membership"' in opened.text and "Terminate membership" in opened.text
    assert address in opened.text
    token = csrf_of(opened)

    unticked = requests.post(link, data={"csrf_token": token}, timeout=10)
    assert unticked.status_code == 422
    assert 'id="e-terminate_membership"' in unticked.text and "Tick" in unticked.text
    assert registrations(alumni_site.db, world.tenant_id)[0].status != AlumniStatus.UNREGISTERED

    done = requests.post(
        link, data={"csrf_token": token, "terminate_membership": "yes"}, timeout=10
    )
    assert done.status_code == 200 and "Your membership is terminated" in done.text
    [reg] = registrations(alumni_site.db, world.tenant_id)
    assert (reg.id, reg.status, reg.decided_by) == (reg_id, AlumniStatus.UNREGISTERED, address)
    with alumni_site.db.sessions() as s:
        assert category_keys(s, world.tenant_id, person_id) == {"alumnus"}
        ended = s.scalars(
            select(Activity)
            .where(Activity.person_id == person_id, Activity.kind == ActivityKind.ALUMNI_DECISION)
            # The order they happened in (without it PostgreSQL may return any order).
            .order_by(Activity.occurred_at, Activity.id)
        ).all()
        assert [a.subject for a in ended][-1] == "Alumni membership terminated by the alumnus"
        assert ended[-1].data == {"alumni_registration_ids": [reg_id]}

    again = requests.get(link, timeout=10)
    assert again.status_code == 403 and "already used" in again.text

    # The member is told at the profile's addresses, in the tenant's language (English).
    MailWorker(alumni_site.db, alumni_site.settings).run_once()
    notices = wait_until(
        lambda: [m for m in mails_to(smtp, address) if "has ended" in m["Subject"]],
        what="the notice that the membership ended",
    )
    assert [m["Subject"].split(" – ")[0] for m in notices] == ["Your alumni membership has ended"]
    assert address in notices[0].get_content()


def test_the_answer_is_the_same_for_an_address_without_membership_and_no_mail_is_sent(
    alumni_site: AlumniSite,
    world: World,
    wakes: Wakes,
) -> None:
    member = f"member.{world.slug}@example.se"
    stranger = f"stranger.{world.slug}@example.se"
    registered_alumnus(alumni_site, world, member)

    for_member = ask_for_link(alumni_site, world, member)
    for_stranger = ask_for_link(alumni_site, world, stranger)
    wakes.wait_for(2)

    assert for_member.status_code == for_stranger.status_code == 200
    assert for_member.text.replace(member, "ADDRESS") == for_stranger.text.replace(
        stranger, "ADDRESS"
    )
    assert queued_to(alumni_site, world, member) == 1
    assert queued_to(alumni_site, world, stranger) == 0


def test_a_malformed_address_is_named_next_to_the_field(
    alumni_site: AlumniSite,
    world: World,
) -> None:
    resp = ask_for_link(alumni_site, world, "anna at example")
    assert resp.status_code == 422
    assert 'id="e-email">E-mail address must not contain spaces</p>' in resp.text


def test_links_are_capped_per_address_and_day_with_the_same_answer(
    alumni_site: AlumniSite,
    world: World,
    wakes: Wakes,
) -> None:
    address = f"anna.{world.slug}@example.se"
    registered_alumnus(alumni_site, world, address)

    answers = {
        ask_for_link(alumni_site, world, address).text for _ in range(UNREGISTER_LINKS_PER_DAY + 1)
    }

    assert len(answers) == 1
    wakes.wait_for(UNREGISTER_LINKS_PER_DAY + 1)
    assert queued_to(alumni_site, world, address) == UNREGISTER_LINKS_PER_DAY


def test_forged_expired_and_other_tenants_links_are_refused(
    alumni_site: AlumniSite,
    world: World,
    wakes: Wakes,
) -> None:
    address = f"anna.{world.slug}@example.se"
    registered_alumnus(alumni_site, world, address)
    other = alumni_site.world()
    ask_for_link(alumni_site, world, address)
    wakes.wait_for(1)
    with alumni_site.db.sessions() as s:
        body = s.scalar(select(MailOutbox.body_text).where(MailOutbox.to_address == address))
    found = LINK.search(body or "")
    assert found
    link = found.group(0)
    token = link.rsplit("/", 1)[1]

    elsewhere = requests.get(
        f"{alumni_site.url}/alumni/{other.slug}/unregister/{token}", timeout=10
    )
    forged = requests.get(f"{link[:-6]}AAAAAA", timeout=10)
    with alumni_site.db.transaction() as s:
        s.execute(
            update(LinkToken)
            .where(LinkToken.purpose == UNREGISTER_PURPOSE, LinkToken.email == address)
            .values(expires_at=utcnow() - timedelta(seconds=1))
        )
    expired_page = requests.get(link, timeout=10)

    assert elsewhere.status_code == forged.status_code == 403
    assert "not valid" in elsewhere.text and "not valid" in forged.text
    assert expired_page.status_code == 403 and "expired" in expired_page.text
    posted = requests.post(
        link, data={"csrf_token": "x", "terminate_membership": "yes"}, timeout=10
    )
    assert posted.status_code == 403
    assert registrations(alumni_site.db, world.tenant_id)[0].status != AlumniStatus.UNREGISTERED
