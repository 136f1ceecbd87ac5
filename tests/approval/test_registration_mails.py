"""The registration mails through the notification dispatcher (issue 16): the sign-up's
confirmation and its duplicate notice, the manager's approval request and reminder, the
waiting-list offer. With nothing bound each is the shipped default, byte for byte the
mail Kansli sent before the dispatcher, in English and in Swedish, delivered over real
SMTP (aiosmtpd) by the real mail worker; each outbox row records the event, version 0
(the shipped default) and whom it went to as. A binding of the tenant's own published
template then changes the text and the version recorded, and a binding naming the
static recipients never gives them the manager's personal link (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from email.message import EmailMessage

import pytest
import requests
from sqlalchemy import select, update

from models.ids import new_id, utcnow
from models.tenancy import Tenant
from server.db import migrate
from server.services.approval import APPROVAL_LINK, OFFER_LINK
from server.services.mail import MailWorker
from server.tables import MailOutbox
from tests.approval.helpers import (
    answers,
    hidden,
    make_case,
    make_form,
    person,
    pushed,
    request_link,
)
from tests.approval.test_waiting_list_pages import form_with_seats, reg_id, sign_up
from tests.server.conftest import api_settings
from tests.server.helpers import World, cmd, make_world, pages_site
from tests.server.smtp import SmtpServer
from tests.utils.notify_events import delivers
from tests.utils.servers import InProcessServer


@dataclass
class Site:
    server: InProcessServer
    smtp: SmtpServer


@contextmanager
def mail_site(db_url: str, secret: str) -> Iterator[Site]:
    """A site of its own on ``db_url`` (migrated) and an SMTP server: the worker sends
    every queued mail, its module's only."""
    migrate(db_url)
    smtp = SmtpServer().start()
    try:
        with pages_site(db_url, secret=secret) as server:
            yield Site(server, smtp)
    finally:
        smtp.stop()


@pytest.fixture(scope="module")
def site(module_server_db_url: str) -> Iterator[Site]:
    with mail_site(module_server_db_url, "registration-mails") as started:
        yield started


@pytest.fixture
def world(site: Site) -> World:
    return make_world(site.server.url, site.server.db, site.server.settings, "rm")


def tenant_language(world: World, language: str) -> str:
    """Set the tenant's language; its name (the mails' signature)."""
    with world.db.transaction() as s:
        s.execute(update(Tenant).where(Tenant.id == world.tenant_id).values(language=language))
        return s.get_one(Tenant, world.tenant_id).name


def delivered(site: Site, world: World, to: str, count: int) -> list[EmailMessage]:
    """Send the outbox with the real worker; the ``count`` mails ``to`` got now, in order."""
    settings = api_settings(world.db.url, smtp_port=site.smtp.port)
    before = len(site.smtp.messages)
    MailWorker(world.db, settings).run_once()
    got = [m for m in site.smtp.messages[before:] if m["To"] == to]
    assert len(got) == count, [m["Subject"] for m in got]
    return got


def body(mail: EmailMessage) -> str:
    return mail.get_content().replace("\r\n", "\n").removesuffix("\n")


def outbox(world: World, to: str) -> list[MailOutbox]:
    with world.db.sessions() as s:
        return list(
            s.scalars(
                select(MailOutbox)
                .where(MailOutbox.tenant_id == world.tenant_id, MailOutbox.to_address == to)
                .order_by(MailOutbox.created_at, MailOutbox.id)
            )
        )


def dates() -> dict[str, str]:
    """The round's dates as :func:`tests.approval.helpers.course_and_round` sets them."""
    starts = date.today() + timedelta(days=30)
    return {"START": starts.isoformat(), "END": (starts + timedelta(days=1)).isoformat()}


def filled(text: str, **values: str) -> str:
    for marker, value in values.items():
        text = text.replace(marker, value)
    return text


ROUND = {
    "en": (
        "  Course:       Projektledning\n"
        "  Course round: Projektledning HT26\n"
        "  Dates:        START – END\n"
        "  Place:        Uppsala"
    ),
    "sv": (
        "  Utbildning:        Projektledning\n"
        "  Utbildningsomgång: Projektledning HT26\n"
        "  Datum:             START – END\n"
        "  Plats:             Uppsala"
    ),
}
PARTICIPANT = {"en": "  Participant:  Erik Lund\n", "sv": "  Deltagare:         Erik Lund\n"}
ANSWERS = """  Förnamn: Erik
  Efternamn: Lund
  E-postadress: ADDRESS
  Mobilnummer: +46701234567
  Organisation: Firma AB
  Godkännande chef: Karin Chef (karin.chef@firma.se)
  Specialkost: Vegetarisk
  Hur hörde du om kursen?: Kollega
  Jag vill ha nyhetsbrev: YES"""

CONFIRMATION = {
    "en": (
        "Registration received: Projektledning (Projektledning HT26)",
        """Hello Erik,

Thank you for signing up. We have received your registration:

ROUND

WAITINGPriset är 4 500 kr exkl. moms.

Your answers:
ANSWERS

Your approving manager (karin.chef@firma.se) has been sent an e-mail asking
them to approve your registration.

TENANT""",
    ),
    "sv": (
        "Anmälan mottagen: Projektledning (Projektledning HT26)",
        """Hej Erik,

Tack för din anmälan. Vi har tagit emot den:

ROUND

WAITINGPriset är 4 500 kr exkl. moms.

Dina svar:
ANSWERS

Din godkännande chef (karin.chef@firma.se) har fått ett e-postmeddelande med
en förfrågan om att godkänna din anmälan.

TENANT""",
    ),
}
WAITING = {
    "en": "The course is full, so you are on its waiting list. If a place becomes free,\n"
    "we will e-mail you an offer to accept.\n\n",
}
DUPLICATE = {
    "en": (
        "You are already registered for Projektledning",
        """Hello Erik,

We received a sign-up with this e-mail address, but you are already registered
for:

ROUND

Nothing was changed. If you did not sign up again yourself, you can ignore
this mail.

TENANT""",
    ),
    "sv": (
        "Du är redan anmäld till Projektledning",
        """Hej Erik,

Vi har tagit emot en anmälan med den här e-postadressen, men du är redan
anmäld till:

ROUND

Ingenting har ändrats. Om det inte var du som anmälde dig igen kan du bortse
från det här meddelandet.

TENANT""",
    ),
}
REQUEST = {
    "en": (
        "Please approve Erik Lund's registration for Projektledning",
        """Hello Maria Chef,

REMINDERErik Lund is registered for Projektledning, and you are named as the approving
manager.

PARTICIPANTROUND

MESSAGEPlease review the registration, the terms and the consent to the processing of
personal data, and approve the registration here:

LINK

The link is personal (for MANAGER), works once, and expires on
VALID.
If you are not the right person to approve, tell the course administrator.

TENANT""",
    ),
    "sv": (
        "Godkänn anmälan av Erik Lund till Projektledning",
        """Hej Maria Chef,

REMINDERErik Lund är anmäld till Projektledning, och du är angiven som godkännande
chef.

PARTICIPANTROUND

MESSAGELäs igenom anmälan, villkoren och samtycket till behandling av
personuppgifter, och godkänn anmälan här:

LINK

Länken är personlig (för MANAGER), kan användas en gång och gäller
till och med VALID.
Om du inte är rätt person att godkänna anmälan, meddela kursadministratören.

TENANT""",
    ),
}
REMINDER = {
    "en": ("Reminder: ", "This is a reminder of our earlier request.\n\n"),
    "sv": ("Påminnelse: ", "Det här är en påminnelse om vår tidigare förfrågan.\n\n"),
}
MESSAGE = {
    "en": "Message from the course administrator:\n",
    "sv": "Meddelande från kursadministratören:\n",
}
RULE = "-" * 60
OFFER = {
    "en": (
        "A place is free for you: Projektledning",
        """Hello Erik,

A place became free on the course you are on the waiting list for:

ROUND

Accept the place (or decline it) here:

LINK

The offer is yours until VALID; after that the place goes to the next on
the waiting list.

TENANT""",
    ),
    "sv": (
        "En plats är ledig för dig: Projektledning",
        """Hej Erik,

En plats har blivit ledig på kursen som du står på väntelistan till:

ROUND

Tacka ja till platsen (eller nej) här:

LINK

Erbjudandet gäller till och med VALID; därefter går platsen till nästa på
väntelistan.

TENANT""",
    ),
}


def _recorded(mail: MailOutbox, event: str, kind: str) -> None:
    """The outbox row names the event and the shipped default (version 0) it used."""
    record = (mail.event_type, mail.template_id, mail.template_version, mail.binding_id)
    assert record == (event, None, 0, None)
    assert mail.recipient_kind == kind and mail.status == "sent"


@delivers("registration.created", "registration.duplicate")
@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_sign_ups_confirmation_and_duplicate_are_todays_mails_in_the_pages_language(
    site: Site, world: World, language: str
) -> None:
    tenant = tenant_language(world, "en")
    form = make_form(world)
    browser = requests.Session()
    browser.headers["Accept-Language"] = language
    for _ in range(2):  # the second sign-up is a duplicate
        page = browser.get(form.url, timeout=10)
        values = {"csrf_token": hidden(page.text, "csrf_token"), **answers(form)}
        assert browser.post(form.url, data=values, timeout=30).status_code == 200
    address = "erik.lund@firma.se"
    confirmation, duplicate = delivered(site, world, address, 2)
    common = {"ROUND": ROUND[language], **dates(), "TENANT": tenant}
    subject, text = CONFIRMATION[language]
    yes = {"en": "Yes", "sv": "Ja"}[language]
    assert confirmation["Subject"] == subject
    assert body(confirmation) == filled(
        text, WAITING="", ANSWERS=ANSWERS, ADDRESS=address, YES=yes, **common
    )
    subject, text = DUPLICATE[language]
    assert (duplicate["Subject"], body(duplicate)) == (subject, filled(text, **common))
    first, again = outbox(world, address)
    _recorded(first, "registration.created", "participant")
    _recorded(again, "registration.duplicate", "participant")
    assert (first.kind, again.kind) == ("mail.signup_confirmation", "mail.signup_duplicate")


@delivers("registration.approval_requested", "registration.approval_reminder")
@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_managers_request_and_reminder_are_todays_mails_in_the_tenants_language(
    site: Site, world: World, language: str
) -> None:
    tenant = tenant_language(world, language)
    manager = f"maria.{language}@firma.se"
    case = make_case(world, manager_email=manager)
    first = request_link(world, case.registration_id, "Specialpris enligt avtal.\nRing mig.")
    second = request_link(world, case.registration_id)
    request, reminder = delivered(site, world, manager, 2)
    base = site.server.settings.public_base_url
    valid = (utcnow() + APPROVAL_LINK.lifetime).date().isoformat()
    common = {
        "PARTICIPANT": PARTICIPANT[language],
        "ROUND": ROUND[language],
        **dates(),
        "TENANT": tenant,
        "MANAGER": manager,
        "VALID": valid,
    }
    subject, text = REQUEST[language]
    message = f"{MESSAGE[language]}{RULE}\nSpecialpris enligt avtal.\nRing mig.\n{RULE}\n\n"
    assert request["Subject"] == subject
    assert body(request) == filled(
        text, REMINDER="", MESSAGE=message, LINK=f"{base}/approve/{first}?lang={language}", **common
    )
    prefix, line = REMINDER[language]
    assert reminder["Subject"] == prefix + subject
    assert body(reminder) == filled(
        text, REMINDER=line, MESSAGE="", LINK=f"{base}/approve/{second}?lang={language}", **common
    )
    asked, reminded = outbox(world, manager)
    _recorded(asked, "registration.approval_requested", "approving_manager")
    _recorded(reminded, "registration.approval_reminder", "approving_manager")
    assert asked.person_id == case.manager_id and asked.related_id == case.registration_id


@delivers("registration.waiting_list_offer")
@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_waiting_list_offer_is_todays_mail_in_the_tenants_language(
    site: Site, world: World, language: str
) -> None:
    tenant = tenant_language(world, language)
    form = form_with_seats(world, 1)
    first, second = f"forst.{language}@example.se", f"andra.{language}@example.se"
    sign_up(form, first)
    sign_up(form, second)  # the course is full: on the waiting list
    waiting = delivered(site, world, second, 1)[0]
    common = {"ROUND": ROUND["en"], **dates(), "TENANT": tenant}
    subject, text = CONFIRMATION["en"]  # the page's language: the browser asked for none
    assert body(waiting) == filled(
        text, WAITING=WAITING["en"], ANSWERS=ANSWERS, ADDRESS=second, YES="Yes", **common
    )
    pushed(world, cmd("registration.cancel", registration_id=reg_id(world, form, first)))
    [offer] = delivered(site, world, second, 1)
    [row] = [m for m in outbox(world, second) if m.kind == "mail.waiting_list_offer"]
    link = next(line for line in row.body_text.splitlines() if "/offer/" in line)
    subject, text = OFFER[language]
    valid = (utcnow() + OFFER_LINK.lifetime).date().isoformat()
    assert offer["Subject"] == subject
    assert link.startswith(f"{site.server.settings.public_base_url}/offer/")
    assert body(offer) == filled(
        text, ROUND=ROUND[language], LINK=link, VALID=valid, TENANT=tenant, **dates()
    )
    _recorded(row, "registration.waiting_list_offer", "participant")


def test_a_bound_template_changes_the_request_but_never_whom_the_managers_link_goes_to(
    site: Site, world: World
) -> None:
    tenant_language(world, "sv")
    template_id, static = new_id(), person(world, "Kerstin", "Ås", "kerstin@kansli.example")
    pushed(
        world,
        cmd(
            "message_template.create",
            template_id=template_id,
            event_type="registration.approval_requested",
            language="sv",
            name="Begäran",
            subject="Godkänn {participant_name}",
            email_body="Hej {manager_name},\n\n{link}\n\n{tenant}",
        ),
        cmd("message_template.publish", template_id=template_id, expected_version=0),
        cmd("notification_recipient.create", recipient_id=new_id(), person_id=static),
        cmd(
            "notification_binding.create",
            binding_id=(binding := new_id()),
            event_type="registration.approval_requested",
            template_id=template_id,
            # The static recipients only: the request still goes to the manager alone.
            recipients=["static"],
        ),
        role="admin",
    )
    case = make_case(world, manager_email="maria.bunden@firma.se")
    token = request_link(world, case.registration_id)
    [mail] = delivered(site, world, "maria.bunden@firma.se", 1)
    assert mail["Subject"] == "Godkänn Erik Lund"
    assert f"/approve/{token}" in body(mail)
    [row] = outbox(world, "maria.bunden@firma.se")
    assert (row.template_id, row.template_version, row.binding_id) == (template_id, 1, binding)
    assert outbox(world, "kerstin@kansli.example") == []
