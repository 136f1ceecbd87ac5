"""The alumni mails (confirm new contact details, the termination link, the membership
ended), over real HTTP and delivered through a real SMTP server (aiosmtpd) by the mail
worker, in English and Swedish, on SQLite and PostgreSQL: each says exactly what the
shipped default template of its event says, filled with the member's values
(server/services/message_defaults.py; issue 16)."""

from __future__ import annotations

import re
from email.message import EmailMessage

import pytest
import requests
from sqlalchemy import select, update

from models.ids import utcnow
from models.tenancy import Tenant
from server.i18n import gettext, use_language
from server.services.alumni.forms import UNREGISTER_PURPOSE
from server.services.mail import MailWorker
from server.tables import LinkToken
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
    assert_mail(mail, "alumni.confirm_details", language, {**values, "link": _link(mail)})


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
    asked = browser.post(url, data={"email": address, "csrf_token": csrf_of(form)}, timeout=10)
    assert asked.status_code == 200
    wakes.wait_for(wakes.count + 1)  # the link is looked up and mailed after the answer
    mail = _delivered(alumni_site, smtp, address, tenant)
    link = _link(mail)
    with alumni_site.db.sessions() as s:
        expires = s.scalars(
            select(LinkToken.expires_at).where(
                LinkToken.purpose == UNREGISTER_PURPOSE, LinkToken.email == address
            )
        ).one()
    values = {"tenant": tenant, "address": address, "link": link}
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
