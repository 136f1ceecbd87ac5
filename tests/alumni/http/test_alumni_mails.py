"""The alumni mails (confirm new contact details, the termination link, the membership
ended; the alumni office told of a registration and its decision when bound), over real
HTTP and delivered through a real SMTP server (aiosmtpd) by the mail worker, in English and
Swedish, on SQLite and PostgreSQL: each says exactly what the shipped default template of
its event says, filled with its values (server/services/message_defaults.py; issue 16)."""

from __future__ import annotations

import re
from email.message import EmailMessage

import pytest
import requests
from sqlalchemy import select, update

from models.alumni import AlumniStatus
from models.ids import utcnow
from models.notifications import (
    Channel,
    EventType,
    NotificationBinding,
    NotificationRecipient,
    RecipientKind,
)
from models.tenancy import Tenant
from server.i18n import gettext, use_language
from server.services.alumni.forms import UNREGISTER_PURPOSE
from server.services.mail import MailWorker
from server.tables import LinkToken, MailOutbox
from tests.alumni import builders as b
from tests.alumni.http.site import AlumniSite, Wakes, csrf_of
from tests.alumni.http.test_takeover import decided, mails_to, member, register_on_page
from tests.alumni.http.test_unregister_flow import registered_alumnus
from tests.server.helpers import World
from tests.server.mail_texts import assert_mail, expected
from tests.server.smtp import SmtpServer
from tests.utils.notify_events import delivers
from tests.utils.servers import wait_until

LINK = re.compile(r"http://127\.0\.0\.1:\d+/alumni/[^/\s]+/(?:confirm|unregister)/[\w-]+")


def _in_language(site: AlumniSite, world: World, language: str) -> str:
    """Set the tenant's language; its name."""
    with site.db.transaction() as s:
        s.execute(update(Tenant).where(Tenant.id == world.tenant_id).values(language=language))
        tenant = s.get(Tenant, world.tenant_id)
        assert tenant is not None
        return tenant.name


def _delivered(site: AlumniSite, smtp: SmtpServer, to: str, subject_has: str) -> EmailMessage:
    MailWorker(site.db, site.settings).run_once()
    [mail] = wait_until(
        lambda: [m for m in mails_to(smtp, to) if subject_has in str(m["Subject"])],
        what=f"the mail {subject_has!r}",
    )
    return mail


def _link(mail: EmailMessage) -> str:
    found = LINK.search(mail.get_content())
    assert found, mail.get_content()
    return found.group(0)


@delivers("alumni.confirm_details")
@pytest.mark.parametrize("language", ["en", "sv"])
def test_confirm_details_mail_in_the_tenants_language(
    alumni_site: AlumniSite, smtp: SmtpServer, world: World, language: str
) -> None:
    tenant = _in_language(alumni_site, world, language)
    home, new = f"anna.{world.slug}@home.se", f"anna.{world.slug}@new.se"
    member(alumni_site, world, home)
    register_on_page(
        alumni_site,
        world,
        {"first_name": "Anna", "last_name": "Berg", "email": new, "personnummer": b.ANNA_PNR},
    )
    decided(alumni_site, world, new)
    mail = _delivered(alumni_site, smtp, home, tenant)
    with use_language(language):
        field = gettext("E-mail address")
    values = {"tenant": tenant, "member_name": "Anna", "details": f"  {field}: {new}"}
    link = f"{_link(mail)}?lang={language}"  # the page opens in the mail's language
    assert_mail(mail, "alumni.confirm_details", language, {**values, "link": link})


@delivers("alumni.unregister_requested", "alumni.membership_ended")
@pytest.mark.parametrize("language", ["en", "sv"])
def test_termination_link_in_the_pages_language_and_the_end_in_the_tenants(
    alumni_site: AlumniSite, smtp: SmtpServer, world: World, wakes: Wakes, language: str
) -> None:
    # The tenant writes in the other language: the link's mail follows the page.
    tenant = _in_language(alumni_site, world, "sv" if language == "en" else "en")
    address = f"per.{world.slug}@example.se"
    registered_alumnus(alumni_site, world, address)
    browser = requests.Session()
    browser.headers["Accept-Language"] = language
    url = f"{alumni_site.url}/alumni/{world.slug}/unregister"
    form = browser.get(url, timeout=10)
    # Counted before the post: the job after the answer may be done before the answer is read.
    jobs_before = wakes.count
    asked = browser.post(url, data={"email": address, "csrf_token": csrf_of(form)}, timeout=10)
    assert asked.status_code == 200
    wakes.wait_for(jobs_before + 1)  # the link is looked up and mailed after the answer
    mail = _delivered(alumni_site, smtp, address, tenant)
    link = _link(mail)
    with alumni_site.db.sessions() as s:
        expires = s.scalars(
            select(LinkToken.expires_at).where(
                LinkToken.purpose == UNREGISTER_PURPOSE, LinkToken.email == address
            )
        ).one()
    values = {"tenant": tenant, "address": address, "link": f"{link}?lang={language}"}
    values["link_valid_until"] = expires.strftime("%Y-%m-%d %H:%M UTC")
    assert_mail(mail, "alumni.unregister_requested", language, values)

    opened = requests.get(link, timeout=10)
    done = requests.post(
        link, data={"csrf_token": csrf_of(opened), "terminate_membership": "yes"}, timeout=10
    )
    assert done.status_code == 200, done.text
    tenant_language = "sv" if language == "en" else "en"
    ended_subject = expected("alumni.membership_ended", tenant_language, {"tenant": tenant})[0]
    ended = _delivered(alumni_site, smtp, address, ended_subject)
    assert_mail(
        ended,
        "alumni.membership_ended",
        tenant_language,
        {
            "tenant": tenant,
            "member_name": "Anna",
            "address": address,
            "day": utcnow().date().isoformat(),
        },
    )


#: What the staff's mail calls the automatic check's decisions, per language.
DECISIONS = {
    "en": {
        AlumniStatus.APPROVED_REGISTERED_ALUMNUS: "approved as a registered alumnus",
        AlumniStatus.APPROVED_ALUMNUS: "approved as an alumnus",
        AlumniStatus.NOT_APPROVED: "not approved: it waits for a decision in Kansli",
    },
    "sv": {
        AlumniStatus.APPROVED_REGISTERED_ALUMNUS: "godkänd pga registrerad alumn",
        AlumniStatus.APPROVED_ALUMNUS: "godkänd pga alumn",
        AlumniStatus.NOT_APPROVED: "ej godkänd: den väntar på manuell behandling i Kansli",
    },
}


def _alumni_office(site: AlumniSite, world: World, *, bound: bool) -> str:
    """A static recipient (no login) of the tenant, and, if ``bound``, the tenant's bindings
    of alumni.received and alumni.decided to the static recipients; the office's address."""
    address = f"alumnikontoret.{world.slug}@example.se"
    with site.db.transaction() as s:
        office = b.person(s, world.tenant_id, "Alma", "Kontor", emails=[address])
        s.add(NotificationRecipient(tenant_id=world.tenant_id, person_id=office.id, role="Alumn"))
        for event in (EventType.ALUMNI_RECEIVED, EventType.ALUMNI_DECIDED):
            if bound:
                s.add(
                    NotificationBinding(
                        tenant_id=world.tenant_id,
                        event_type=event,
                        recipients=[RecipientKind.STATIC],
                        channels=[Channel.EMAIL],
                    )
                )
    return address


@delivers("alumni.received", "alumni.decided")
@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_alumni_office_is_told_of_a_registration_and_its_decision_when_bound(
    alumni_site: AlumniSite, smtp: SmtpServer, world: World, language: str
) -> None:
    tenant = _in_language(alumni_site, world, language)
    office = _alumni_office(alumni_site, world, bound=True)
    email = f"nils.{world.slug}@example.se"
    register_on_page(
        alumni_site, world, {"first_name": "Nils", "last_name": "Holm", "email": email}
    )
    status = AlumniStatus(decided(alumni_site, world, email).status)
    values = {"tenant": tenant, "member_name": "Nils Holm", "recipient_name": "Alma Kontor"}
    received = expected("alumni.received", language, values)[0]
    assert_mail(
        _delivered(alumni_site, smtp, office, received), "alumni.received", language, values
    )
    values["decision"] = DECISIONS[language][status]
    decided_subject = expected("alumni.decided", language, values)[0]
    assert_mail(
        _delivered(alumni_site, smtp, office, decided_subject), "alumni.decided", language, values
    )
    # The member is not among the event's recipients: only the office was told.
    with alumni_site.db.sessions() as s:
        told = s.scalars(
            select(MailOutbox.to_address).where(
                MailOutbox.tenant_id == world.tenant_id,
                MailOutbox.event_type.in_([EventType.ALUMNI_RECEIVED, EventType.ALUMNI_DECIDED]),
            )
        ).all()
    assert told == [office, office]


def test_without_a_binding_nobody_is_told_of_an_alumni_registration(
    alumni_site: AlumniSite, world: World
) -> None:
    _alumni_office(alumni_site, world, bound=False)
    email = f"nils.{world.slug}@example.se"
    register_on_page(
        alumni_site, world, {"first_name": "Nils", "last_name": "Holm", "email": email}
    )
    decided(alumni_site, world, email)
    with alumni_site.db.sessions() as s:
        kinds = s.scalars(
            select(MailOutbox.kind).where(MailOutbox.tenant_id == world.tenant_id)
        ).all()
    assert kinds == []
