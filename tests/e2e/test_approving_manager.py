"""Approving manager, end to end (issue 6, seed 000).

A real server (subprocess, SQLite file and PostgreSQL) with its mail worker,
a real SMTP server receiving the mail, the link in the mail opened over
HTTP and the form submitted, and the desktop's local database showing the
approval after a sync. Then every refusal over HTTP, each with its page and
the server's database unchanged; and the same flow through a sign-up form.
"""

from __future__ import annotations

import html
import re
import time
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from email.message import EmailMessage
from typing import Any

import pytest
import requests
from sqlalchemy import select, update

from models import Activity, ActivityKind, Consent, CourseRound, Person, Registration
from models.errors import TransitionError
from models.ids import new_id, utcnow
from server.services.auth import token_hash
from server.services.database import Database
from server.tables import LinkToken
from sync.engine import SyncEngine, SyncReport
from tests.approval.helpers import snapshot
from tests.server.smtp import SmtpServer
from tests.sync.helpers import (
    command,
    differences,
    local_view,
    server_session,
    server_view,
)
from tests.utils.servers import LiveServer

TERMS = "Bindande anmälan. Avgiften 4 500 kr faktureras efter kursen."
MESSAGE = "Specialpris 3 900 kr enligt ramavtalet.\nHör av dig om du har frågor!"
BOTH = {"accept_terms": "yes", "accept_personal_data": "yes"}


class Office:
    """The course administrator at the desktop: commands into the local database, sync."""

    def __init__(self, engine: SyncEngine) -> None:
        self.engine = engine
        self.actor = engine.actor()

    def run(self, command_name: str, /, **args: Any) -> None:
        self.engine.execute(command(command_name, args), self.actor)

    def sync(self) -> SyncReport:
        report = self.engine.sync_once()
        assert report.caught_up and report.rejected == 0, report
        return report

    def registration(self, registration_id: str) -> Registration:
        with self.engine.store.sessions() as s:
            reg = s.get(Registration, registration_id)
            assert reg is not None
            return reg


def unique(local: str) -> str:
    return f"{local}.{uuid.uuid4().hex[:8]}@firma.se"


def mails_to(smtp: SmtpServer, address: str) -> list[EmailMessage]:
    return [m for m in smtp.messages if m["To"] == address]


def wait_for_mail(smtp: SmtpServer, address: str, count: int = 1) -> list[EmailMessage]:
    """The mails ``address`` received, once there are ``count`` (polling with a deadline)."""
    deadline = time.monotonic() + 20
    while len(found := mails_to(smtp, address)) < count:
        assert time.monotonic() < deadline, f"{len(found)} of {count} mails reached {address}"
        time.sleep(0.02)  # polling a condition with a deadline
    return found


def link_token(live: LiveServer, mail: EmailMessage) -> str:
    found = re.search(rf"{re.escape(live.url)}/approve/([A-Za-z0-9_-]{{20,}})", body(mail))
    assert found, body(mail)
    return found.group(1)


def body(mail: EmailMessage) -> str:
    return str(mail.get_content()).replace("\r\n", "\n")


def hidden(page: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', page)
    assert found, f"no hidden input {name}"
    return html.unescape(found.group(1))


def text_of(page: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def open_page(live: LiveServer, token: str, **boxes: str) -> dict[str, str]:
    """Open the manager's page; the fields the browser sends with ``boxes`` ticked."""
    page = requests.get(f"{live.url}/approve/{token}", timeout=10)
    assert page.status_code == 200, page.text
    return {
        "csrf_token": hidden(page.text, "csrf_token"),
        "terms_version": hidden(page.text, "terms_version"),
        **boxes,
    }


def submit(live: LiveServer, token: str, fields: dict[str, str]) -> requests.Response:
    return requests.post(f"{live.url}/approve/{token}", data=fields, timeout=10)


def set_terms(db_url: str, round_id: str) -> None:
    """The round's terms (no command sets them yet; staff configure them on the server)."""
    with server_session(db_url) as s:  # through the ORM, so the row gets its server_seq
        round_ = s.get(CourseRound, round_id)
        assert round_ is not None
        round_.terms_text, round_.terms_version = TERMS, "2026-1"


@dataclass
class Requested:
    """A registration made offline at the desktop, requested, synced, and its mail."""

    office: Office
    tenant_id: str
    round_id: str
    registration_id: str
    participant_id: str
    manager_id: str
    manager_email: str
    participant_email: str
    mail: EmailMessage
    token: str


def course_round(office: Office) -> str:
    course_id, round_id = new_id(), new_id()
    starts = date.today() + timedelta(days=30)
    office.run("course.create", course_id=course_id, code="PL1", name="Projektledning")
    office.run(
        "round.create",
        round_id=round_id,
        course_id=course_id,
        name="Projektledning HT26",
        starts_on=starts.isoformat(),
        ends_on=(starts + timedelta(days=1)).isoformat(),
        place="Uppsala",
    )
    return round_id


def request_offline(
    live: LiveServer, smtp: SmtpServer, engine: SyncEngine, *, message: str = ""
) -> Requested:
    office = Office(engine)
    participant_email, manager_email = unique("erik.lund"), unique("maria.chef")
    participant_id, manager_id, reg_id = new_id(), new_id(), new_id()
    round_id = course_round(office)
    office.run(
        "person.create",
        person_id=participant_id,
        first_name="Erik",
        last_name="Lund",
        emails=[{"address": participant_email}],
    )
    office.run(
        "person.create",
        person_id=manager_id,
        first_name="Maria",
        last_name="Chef",
        emails=[{"address": manager_email}],
    )
    office.run(
        "registration.create",
        registration_id=reg_id,
        round_id=round_id,
        participant_id=participant_id,
        approving_manager_id=manager_id,
    )
    office.run("registration.request_approval", registration_id=reg_id, message=message)
    # Offline so far: all of it is local and queued, nothing reached the server.
    assert engine.state.pending == 6
    assert office.registration(reg_id).approval_requested_at is not None
    with server_session(live.db_url) as s:
        assert s.get(Registration, reg_id) is None
    assert mails_to(smtp, manager_email) == []
    report = office.sync()
    assert report.applied == 6 and engine.state.pending == 0
    set_terms(live.db_url, round_id)
    [mail] = wait_for_mail(smtp, manager_email)
    return Requested(
        office=office,
        tenant_id=office.actor.tenant_id,
        round_id=round_id,
        registration_id=reg_id,
        participant_id=participant_id,
        manager_id=manager_id,
        manager_email=manager_email,
        participant_email=participant_email,
        mail=mail,
        token=link_token(live, mail),
    )


def test_manager_approves_through_the_mailed_link_and_the_desktop_sees_it_after_sync(
    live: LiveServer, smtp: SmtpServer, engine: SyncEngine
) -> None:
    r = request_offline(live, smtp, engine, message=MESSAGE)
    text = body(r.mail)
    assert r.mail["Subject"] == "Please approve Erik Lund's registration for Projektledning"
    assert "Course round: Projektledning HT26" in text and "Uppsala" in text
    assert f"Message from the course administrator:\n{'-' * 60}\n{MESSAGE}\n{'-' * 60}" in text
    expires = (utcnow() + timedelta(days=14)).date().isoformat()
    assert f"expires on {expires}" in text

    page = requests.get(f"{live.url}/approve/{r.token}", timeout=10)
    assert page.status_code == 200
    assert 'id="participant-first-name">Erik<' in page.text
    assert 'id="participant-last-name">Lund<' in page.text
    assert f'id="participant-email">{r.participant_email}<' in page.text
    assert TERMS in text_of(page.text)
    fields = {
        "csrf_token": hidden(page.text, "csrf_token"),
        "terms_version": hidden(page.text, "terms_version"),
        **BOTH,
    }
    done = submit(live, r.token, fields)
    assert done.status_code == 200, done.text
    assert "You approved the registration of Erik Lund" in text_of(done.text)

    r.office.sync()
    reg = r.office.registration(r.registration_id)
    assert reg.approved_at is not None and reg.approved_by_email == r.manager_email
    assert reg.approval_terms_version == "2026-1"
    with r.office.engine.store.sessions() as s:
        consents = {
            c.kind: c for c in s.scalars(select(Consent).where(Consent.registration_id == reg.id))
        }
        assert set(consents) == {"terms", "personal_data"}
        assert consents["terms"].terms_text == TERMS
        assert consents["terms"].terms_version == "2026-1"
        assert all(c.email == r.manager_email for c in consents.values())
        timeline = s.scalars(
            select(Activity.kind)
            .where(Activity.person_id == r.manager_id)
            .order_by(Activity.occurred_at)
        ).all()
        assert timeline == [ActivityKind.APPROVAL_REQUESTED, ActivityKind.REGISTRATION_APPROVED]
    assert differences(local_view(engine.store), server_view(engine.client)) == []


def test_link_of_a_replaced_manager_is_refused(
    live: LiveServer, smtp: SmtpServer, engine: SyncEngine, server_db: Database
) -> None:
    r = request_offline(live, smtp, engine)
    fields = open_page(live, r.token, **BOTH)  # the old manager has the page open
    new_manager = new_id()
    r.office.run(
        "person.create",
        person_id=new_manager,
        first_name="Nils",
        last_name="Ny",
        emails=[{"address": unique("nils.ny")}],
    )
    r.office.run(
        "registration.set_manager",
        registration_id=r.registration_id,
        approving_manager_id=new_manager,
        expected_manager_id=r.manager_id,
    )
    r.office.sync()
    before = snapshot(server_db, r.tenant_id, r.registration_id)
    resp = submit(live, r.token, fields)
    assert resp.status_code == 403
    assert (
        f"This request was sent to {r.manager_email}, who is no longer the approving manager"
        in text_of(resp.text)
    )
    assert "Nothing was changed" in resp.text
    again = requests.get(f"{live.url}/approve/{r.token}", timeout=10)
    assert again.status_code == 403 and "no longer the approving manager" in again.text
    assert snapshot(server_db, r.tenant_id, r.registration_id) == before
    r.office.sync()
    assert r.office.registration(r.registration_id).approved_at is None


def test_second_approval_is_refused_and_a_new_manager_cannot_be_asked(
    live: LiveServer, smtp: SmtpServer, engine: SyncEngine, server_db: Database
) -> None:
    r = request_offline(live, smtp, engine)
    r.office.run("registration.request_approval", registration_id=r.registration_id)
    r.office.sync()
    reminder = wait_for_mail(smtp, r.manager_email, 2)[1]
    assert reminder["Subject"].startswith("Reminder: ")
    second = link_token(live, reminder)
    second_fields = open_page(live, second, **BOTH)
    assert submit(live, r.token, open_page(live, r.token, **BOTH)).status_code == 200
    before = snapshot(server_db, r.tenant_id, r.registration_id)
    resp = submit(live, second, second_fields)
    # Approving through one link ended the others (the reminder): it says so, changes nothing.
    assert resp.status_code == 410
    assert "Nothing more needs to be done" in resp.text
    used = submit(live, r.token, second_fields)
    assert used.status_code == 410 and "This link was already used on" in used.text
    assert snapshot(server_db, r.tenant_id, r.registration_id) == before
    # At the desktop: after the sync, even a newly linked manager cannot be asked.
    r.office.sync()
    new_manager, new_email = new_id(), unique("nils.ny")
    r.office.run(
        "person.create",
        person_id=new_manager,
        first_name="Nils",
        last_name="Ny",
        emails=[{"address": new_email}],
    )
    r.office.run(
        "registration.set_manager",
        registration_id=r.registration_id,
        approving_manager_id=new_manager,
        expected_manager_id=r.manager_id,
    )
    with pytest.raises(TransitionError, match=f"already approved by {r.manager_email}"):
        r.office.run("registration.request_approval", registration_id=r.registration_id)
    r.office.sync()
    assert r.office.registration(r.registration_id).approved_by_email == r.manager_email
    with server_db.sessions() as s:
        emails = s.scalars(
            select(LinkToken.email).where(LinkToken.entity_id == r.registration_id)
        ).all()
    assert new_email not in emails and mails_to(smtp, new_email) == []


def test_expired_link_is_refused(
    live: LiveServer, smtp: SmtpServer, engine: SyncEngine, server_db: Database
) -> None:
    r = request_offline(live, smtp, engine)
    fields = open_page(live, r.token, **BOTH)
    expired = utcnow() - timedelta(seconds=1)
    with server_db.transaction() as s:
        s.execute(
            update(LinkToken)
            .where(LinkToken.token_hash == token_hash(r.token))
            .values(expires_at=expired)
        )
    before = snapshot(server_db, r.tenant_id, r.registration_id)
    page = requests.get(f"{live.url}/approve/{r.token}", timeout=10)
    assert page.status_code == 410
    assert f"This link expired on {expired.date().isoformat()}" in page.text
    assert "Ask the course administrator to send a new request" in page.text
    resp = submit(live, r.token, fields)
    assert resp.status_code == 410 and "expired" in resp.text
    assert snapshot(server_db, r.tenant_id, r.registration_id) == before


def test_forged_token_is_refused(
    live: LiveServer, smtp: SmtpServer, engine: SyncEngine, server_db: Database
) -> None:
    r = request_offline(live, smtp, engine)
    fields = open_page(live, r.token, **BOTH)
    before = snapshot(server_db, r.tenant_id, r.registration_id)
    forged = r.token[:-4] + ("AAAA" if not r.token.endswith("AAAA") else "BBBB")
    for token in (forged, "x" * 43):
        page = requests.get(f"{live.url}/approve/{token}", timeout=10)
        assert page.status_code == 404
        assert "This link is not valid. Check that you opened the whole link" in page.text
        resp = submit(live, token, fields)
        assert resp.status_code == 404 and "This link is not valid" in resp.text
    assert snapshot(server_db, r.tenant_id, r.registration_id) == before


def test_missing_consent_is_refused_and_the_link_still_works(
    live: LiveServer, smtp: SmtpServer, engine: SyncEngine, server_db: Database
) -> None:
    r = request_offline(live, smtp, engine)
    fields = open_page(live, r.token)
    before = snapshot(server_db, r.tenant_id, r.registration_id)
    for ticked, says in (
        ({"accept_personal_data": "yes"}, "Tick the box to approve the registration and the terms"),
        ({"accept_terms": "yes"}, "Tick the box to consent to the processing of personal data"),
        ({}, "Tick the box to approve the registration and the terms"),
    ):
        resp = submit(live, r.token, {**fields, **ticked})
        assert resp.status_code == 422
        assert says in text_of(resp.text)
        assert 'id="participant-last-name">Lund<' in resp.text
        assert snapshot(server_db, r.tenant_id, r.registration_id) == before
    assert submit(live, r.token, {**fields, **BOTH}).status_code == 200
    r.office.sync()
    assert r.office.registration(r.registration_id).approved_by_email == r.manager_email


def test_sign_up_form_mails_participant_and_manager_and_the_approval_syncs(
    live: LiveServer, smtp: SmtpServer, engine: SyncEngine
) -> None:
    office = Office(engine)
    round_id, form_id = course_round(office), new_id()
    office.run(
        "signup_form.set",
        form_id=form_id,
        round_id=round_id,
        heading="Anmälan: Projektledning HT26",
        intro="Välkommen! Din chef godkänner anmälan.",
        banner_url="https://cdn.example.se/banner.png",
        confirmation_text="Priset är 4 500 kr exkl. moms.",
        published=True,
    )
    elements = {kind: new_id() for kind in ("first_name", "last_name", "email", "manager", "diet")}
    for position, (kind, label, extra) in enumerate(
        [
            ("first_name", "Förnamn", {"required": True}),
            ("last_name", "Efternamn", {"required": True}),
            ("email", "E-postadress", {"required": True}),
            (
                "approving_manager",
                "Godkännande chef",
                {"required": True, "require_email_confirmation": True},
            ),
            ("text", "Specialkost", {}),
        ]
    ):
        office.run(
            "form_element.add",
            element_id=list(elements.values())[position],
            form_id=form_id,
            kind=kind,
            label=label,
            position=position,
            **extra,
        )
    office.sync()
    set_terms(live.db_url, round_id)

    # The participant names themself as manager too, as the seed suggests for a test.
    me = unique("anna.admin")
    browser = requests.Session()
    page = browser.get(f"{live.url}/signup/{form_id}", timeout=10)
    assert page.status_code == 200
    assert "<h1>Anmälan: Projektledning HT26</h1>" in page.text
    assert "Välkommen! Din chef godkänner anmälan." in page.text
    manager_input = f"f_{elements['manager']}"
    answers = {
        "csrf_token": hidden(page.text, "csrf_token"),
        f"f_{elements['first_name']}": "Anna",
        f"f_{elements['last_name']}": "Admin",
        f"f_{elements['email']}": me,
        f"{manager_input}_name": "Anna Admin",
        f"{manager_input}_email": me,
        f"f_{elements['diet']}": "Vegetarisk",
    }
    done = browser.post(f"{live.url}/signup/{form_id}", data=answers, timeout=10)
    assert done.status_code == 200, done.text
    assert "Thank you for signing up" in done.text

    confirmation, request = wait_for_mail(smtp, me, 2)
    assert confirmation["Subject"] == "Registration received: Projektledning (Projektledning HT26)"
    assert "Specialkost: Vegetarisk" in body(confirmation)
    assert "Priset är 4 500 kr exkl. moms." in body(confirmation)
    assert request["Subject"] == "Please approve Anna Admin's registration for Projektledning"
    token = link_token(live, request)
    page = requests.get(f"{live.url}/approve/{token}", timeout=10)
    assert "Anmälan: Projektledning HT26" in page.text and "Vegetarisk" in page.text
    assert 'id="participant-first-name">Anna<' in page.text
    assert submit(live, token, open_page(live, token, **BOTH)).status_code == 200

    office.sync()
    with engine.store.sessions() as s:
        [reg] = s.scalars(select(Registration).where(Registration.round_id == round_id)).all()
        assert reg.approved_by_email == me and reg.approved_at is not None
        # The manager named on the form is a person: here the participant themself.
        assert reg.form_manager_email == me and reg.approving_manager_id == reg.participant_id
        assert reg.signup_answers[elements["diet"]] == "Vegetarisk"
        participant = s.get(Person, reg.participant_id)
        assert participant is not None and participant.primary_email == me
        kinds = sorted(
            c.kind for c in s.scalars(select(Consent).where(Consent.registration_id == reg.id))
        )
        assert kinds == ["personal_data", "terms"]
    assert differences(local_view(engine.store), server_view(engine.client)) == []
