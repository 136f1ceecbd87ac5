"""The approving manager's page opens in the language of the mail that linked to it (issue
20, seed 000), whatever the manager's browser asks for: a Swedish mail's link opened by a
browser asking for English shows Swedish, and the other way round. The language switch on
the page still works, and the page's form answers in the language the page was in (a
switch included). The registration's internal notes are on neither the page nor the mail.

Delivered over real SMTP (aiosmtpd) by the real mail worker, the pages over real HTTP
(SQLite and PostgreSQL). Screenshots of the Swedish page opened by an English browser go
to /tmp/shots/h7/ (see ``tests/approval/shots.py``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from email.message import EmailMessage

import pytest
import requests
from sqlalchemy import select

from models.ids import new_id
from models.registration_notes import RegistrationNote
from server.services.mail import MailWorker
from tests.approval.helpers import hidden, make_case, pushed, text_of
from tests.approval.test_registration_mails import (
    Site,
    body,
    delivered,
    mail_site,
    tenant_language,
)
from tests.server.conftest import api_settings
from tests.server.helpers import World, cmd, make_world

#: The page's heading and submit button in each language.
HEADING = {"sv": "Godkänn anmälan", "en": "Approve registration"}
NOTE = "Chefen godkände per telefon; hemligt internt: rabatt 20 % efter förhandling."


@pytest.fixture(scope="module")
def site(module_server_db_url: str) -> Iterator[Site]:
    with mail_site(module_server_db_url, "mailed-link-language") as started:
        yield started


@pytest.fixture
def world(site: Site) -> World:
    return make_world(site.server.url, site.server.db, site.server.settings, "ml")


def mailed_link(site: Site, mail: EmailMessage) -> str:
    base = site.server.settings.public_base_url
    found = re.search(rf"{re.escape(base)}/approve/[A-Za-z0-9_-]{{20,}}\S*", body(mail))
    assert found, body(mail)
    return site.server.url + found.group(0).removeprefix(base)  # this server, as mailed


def browser(language: str) -> requests.Session:
    session = requests.Session()
    session.headers["Accept-Language"] = {"sv": "sv-SE,sv;q=0.9", "en": "en-GB,en;q=0.9"}[language]
    return session


def _requested(site: Site, world: World, mail_language: str) -> tuple[str, EmailMessage]:
    """A registration with an internal note, its manager asked in ``mail_language``; the
    link of the delivered mail."""
    tenant_language(world, mail_language)
    manager = f"karin.{mail_language}.{new_id()[-6:]}@firma.se"
    case = make_case(world, manager_email=manager)
    pushed(
        world,
        cmd(
            "registration.add_note",
            registration_id=case.registration_id,
            note_id=new_id(),
            text=NOTE,
        ),
    )
    pushed(world, cmd("registration.request_approval", registration_id=case.registration_id))
    [mail] = delivered(site, world, manager, 1)
    assert NOTE not in body(mail) and "hemligt" not in body(mail)
    return mailed_link(site, mail), mail


@pytest.mark.parametrize(("mail_language", "asks_for"), [("sv", "en"), ("en", "sv")])
def test_the_managers_page_opens_in_the_language_of_the_mail(
    site: Site, world: World, mail_language: str, asks_for: str
) -> None:
    link, _mail = _requested(site, world, mail_language)
    assert link.endswith(f"?lang={mail_language}")
    who = browser(asks_for)
    page = who.get(link, timeout=10)
    assert page.status_code == 200, page.text
    assert f'<html lang="{mail_language}"' in page.text
    assert page.headers["Content-Language"] == mail_language
    assert HEADING[mail_language] in text_of(page.text)
    assert NOTE not in page.text and "hemligt" not in page.text
    # Without the mail's choice, the same browser gets its own language: the link decides.
    bare = browser(asks_for).get(link.split("?")[0], timeout=10)
    assert f'<html lang="{asks_for}"' in bare.text
    # The form's answer comes in the page's language.
    fields = {
        "csrf_token": hidden(page.text, "csrf_token"),
        "terms_version": hidden(page.text, "terms_version"),
        "personal_data_version": hidden(page.text, "personal_data_version"),
        "accept_terms": "yes",
        "accept_personal_data": "yes",
    }
    answered = who.post(link.split("?")[0], data=fields, timeout=10)
    assert answered.status_code == 200, answered.text
    assert f'<html lang="{mail_language}"' in answered.text
    assert NOTE not in answered.text


def test_a_language_chosen_on_the_page_is_kept_on_its_form(site: Site, world: World) -> None:
    link, _mail = _requested(site, world, "sv")
    who = browser("sv")
    page = who.get(link, timeout=10)
    assert '<html lang="sv"' in page.text
    switch = re.search(r'href="([^"]*lang=en)"[^>]*>English<', page.text)
    assert switch, page.text
    english = who.get(site.server.url + switch.group(1).replace("&amp;", "&"), timeout=10)
    assert '<html lang="en"' in english.text and HEADING["en"] in text_of(english.text)
    fields = {
        "csrf_token": hidden(english.text, "csrf_token"),
        "terms_version": hidden(english.text, "terms_version"),
        "personal_data_version": hidden(english.text, "personal_data_version"),
        "accept_terms": "yes",
        "accept_personal_data": "yes",
    }
    answered = who.post(link.split("?")[0], data=fields, timeout=10)
    assert answered.status_code == 200, answered.text
    assert '<html lang="en"' in answered.text


def test_the_registration_mails_never_carry_an_internal_note(site: Site, world: World) -> None:
    """The note is internal: the request, the approval's confirmation and the
    cancellation, to the manager and the participant, are written without it."""
    link, _request = _requested(site, world, "sv")
    page = browser("sv").get(link, timeout=10)
    fields = {
        "csrf_token": hidden(page.text, "csrf_token"),
        "terms_version": hidden(page.text, "terms_version"),
        "personal_data_version": hidden(page.text, "personal_data_version"),
        "accept_terms": "yes",
        "accept_personal_data": "yes",
    }
    assert browser("sv").post(link.split("?")[0], data=fields, timeout=10).status_code == 200
    with world.db.sessions() as s:
        [reg_id] = s.scalars(
            select(RegistrationNote.registration_id).where(
                RegistrationNote.tenant_id == world.tenant_id
            )
        )
    pushed(world, cmd("registration.cancel", registration_id=reg_id))
    before = len(site.smtp.messages)
    settings = api_settings(world.db.url, smtp_port=site.smtp.port)
    MailWorker(world.db, settings).run_once()
    sent = site.smtp.messages[before:]
    assert len(sent) >= 2, [m["Subject"] for m in sent]  # approved, cancelled (and more)
    for mail in sent:
        assert NOTE not in body(mail) and "hemligt" not in body(mail), mail["Subject"]
