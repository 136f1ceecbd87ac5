"""Builders and checks of the approval and sign-up page tests.

Data is made the way the product makes it: commands pushed over HTTP (so the
server applies them and runs their effects); only what no command sets yet
(a round's terms) is written through the server's own Database.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import requests
from sqlalchemy import func, select

from models import Activity, Consent, CourseRound, Person, Registration
from models.ids import new_id
from server.services.database import Database
from server.services.seq import current_seq
from server.tables import LinkToken, MailOutbox
from tests.server.helpers import World, cmd

TOKEN = re.compile(r"/approve/([A-Za-z0-9_-]{20,})")
TERMS = "Bindande anmälan. Avgiften 4 500 kr faktureras efter kursen."


@dataclass
class Case:
    """One registration awaiting approval, with its people."""

    world: World
    registration_id: str
    participant_id: str
    manager_id: str | None
    round_id: str
    manager_email: str


def pushed(world: World, *commands: dict[str, Any], role: str = "course_admin") -> None:
    results = world.push(*commands, role=role)
    assert all(r["status"] == "applied" for r in results), results


def course_and_round(world: World, *, terms: str = TERMS) -> str:
    """A course with an open round a month ahead (two days, Uppsala) and its terms."""
    course_id, round_id = new_id(), new_id()
    starts = date.today() + timedelta(days=30)
    pushed(
        world,
        cmd("course.create", course_id=course_id, code="PL1", name="Projektledning"),
        cmd(
            "round.create",
            round_id=round_id,
            course_id=course_id,
            name="Projektledning HT26",
            starts_on=starts.isoformat(),
            ends_on=(starts + timedelta(days=1)).isoformat(),
            place="Uppsala",
        ),
    )
    with world.db.transaction() as s:  # through the ORM, so the row gets its server_seq
        round_ = s.get(CourseRound, round_id)
        assert round_ is not None
        round_.terms_text, round_.terms_version = terms, "2026-1"
    return round_id


def person(world: World, first: str, last: str, email: str | None) -> str:
    person_id = new_id()
    emails = [{"address": email}] if email else []
    pushed(
        world,
        cmd("person.create", person_id=person_id, first_name=first, last_name=last, emails=emails),
    )
    return person_id


def make_case(world: World, *, manager_email: str = "maria.chef@firma.se") -> Case:
    round_id = course_and_round(world)
    participant_id = person(world, "Erik", "Lund", "erik.lund@firma.se")
    manager_id = person(world, "Maria", "Chef", manager_email)
    reg_id = new_id()
    pushed(
        world,
        cmd(
            "registration.create",
            registration_id=reg_id,
            round_id=round_id,
            participant_id=participant_id,
            approving_manager_id=manager_id,
        ),
    )
    return Case(world, reg_id, participant_id, manager_id, round_id, manager_email)


def latest_mail(db: Database, *, related_id: str, to: str | None = None) -> MailOutbox:
    with db.sessions() as s:
        query = select(MailOutbox).where(MailOutbox.related_id == related_id)
        if to:
            query = query.where(MailOutbox.to_address == to)
        mail = s.scalars(query.order_by(MailOutbox.created_at.desc(), MailOutbox.id)).first()
        assert mail is not None, f"no mail about {related_id}"
        return mail


def request_link(world: World, registration_id: str, message: str = "") -> str:
    """Push ``registration.request_approval``; the token of the link in the mail it queued."""
    pushed(
        world,
        cmd("registration.request_approval", registration_id=registration_id, message=message),
    )
    mail = latest_mail(world.db, related_id=registration_id)
    found = TOKEN.search(mail.body_text)
    assert found, mail.body_text
    return found.group(1)


def approve_on_page(world: World, token: str, *, lang: str = "en") -> None:
    """The manager approves on the page of the link ``token`` (in ``lang``), both boxes
    ticked, over real HTTP."""
    page = requests.get(f"{world.url}/approve/{token}?lang={lang}", timeout=10)
    assert page.status_code == 200, page.text
    fields = {
        name: hidden(page.text, name)
        for name in ("csrf_token", "terms_version", "personal_data_version")
    }
    fields |= {"accept_terms": "yes", "accept_personal_data": "yes"}
    answer = requests.post(f"{world.url}/approve/{token}", data=fields, timeout=10)
    assert answer.status_code == 200, answer.text


def hidden(page: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', page)
    assert found, f"no hidden input {name}"
    return html.unescape(found.group(1))


def text_of(page: str) -> str:
    """The page's text without tags, whitespace collapsed, entities decoded."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def snapshot(db: Database, tenant_id: str, registration_id: str) -> dict[str, Any]:
    """Everything an approval would change, to prove a refusal changed nothing."""
    with db.sessions() as s:
        reg = s.get(Registration, registration_id)
        assert reg is not None
        return {
            "registration": (
                reg.approved_at,
                reg.approved_by_email,
                reg.approval_terms_version,
                reg.server_seq,
            ),
            "consents": s.scalar(
                select(func.count()).where(Consent.registration_id == registration_id)
            ),
            "activities": sorted(
                s.scalars(select(Activity.id).where(Activity.registration_id == registration_id))
            ),
            "links": sorted(
                (row.id, row.used_at, row.expires_at)
                for row in s.scalars(
                    select(LinkToken).where(LinkToken.entity_id == registration_id)
                )
            ),
            "mails": s.scalar(select(func.count()).where(MailOutbox.related_id == registration_id)),
            "seq": current_seq(s.connection(), tenant_id),
        }


def people_count(db: Database, tenant_id: str) -> int:
    with db.sessions() as s:
        return int(s.scalar(select(func.count()).where(Person.tenant_id == tenant_id)) or 0)


@dataclass
class Form:
    """A published sign-up form of an open round; ``elements`` by kind (or label)."""

    world: World
    form_id: str
    round_id: str
    elements: dict[str, str]

    @property
    def url(self) -> str:
        return f"{self.world.url}/signup/{self.form_id}"


STANDARD_ELEMENTS: list[dict[str, Any]] = [
    {"kind": "first_name", "label": "Förnamn", "required": True},
    {"kind": "last_name", "label": "Efternamn", "required": True},
    {"kind": "email", "label": "E-postadress", "required": True},
    {"kind": "phone", "label": "Mobilnummer"},
    {"kind": "organisation", "label": "Organisation"},
    {
        "kind": "approving_manager",
        "label": "Godkännande chef",
        "required": True,
        "require_email_confirmation": True,
    },
    {"kind": "text", "label": "Specialkost"},
    {"kind": "choice", "label": "Hur hörde du om kursen?", "options": ["Kollega", "Webbplats"]},
    {"kind": "checkbox", "label": "Jag vill ha nyhetsbrev"},
]


def make_form(
    world: World,
    elements: list[dict[str, Any]] | None = None,
    *,
    published: bool = True,
) -> Form:
    """A form set up as staff set it up: ``signup_form.set`` and ``form_element.add``."""
    round_id = course_and_round(world)
    form_id = new_id()
    commands = [
        cmd(
            "signup_form.set",
            form_id=form_id,
            round_id=round_id,
            heading="Anmälan: Projektledning HT26",
            intro="Välkommen!\nDin chef godkänner anmälan.",
            banner_url="https://cdn.example.se/banner.png",
            confirmation_text="Priset är 4 500 kr exkl. moms.",
            published=published,
        )
    ]
    ids: dict[str, str] = {}
    for position, element in enumerate(STANDARD_ELEMENTS if elements is None else elements):
        element_id = new_id()
        ids[element["kind"] if element["kind"] not in ids else element["label"]] = element_id
        commands.append(
            cmd(
                "form_element.add",
                element_id=element_id,
                form_id=form_id,
                position=position,
                **element,
            )
        )
    pushed(world, *commands)
    return Form(world, form_id, round_id, ids)


def mails_to(db: Database, tenant_id: str, address: str) -> list[MailOutbox]:
    with db.sessions() as s:
        return list(
            s.scalars(
                select(MailOutbox)
                .where(MailOutbox.tenant_id == tenant_id, MailOutbox.to_address == address)
                .order_by(MailOutbox.created_at, MailOutbox.id)
            )
        )


MANAGER = "karin.chef@firma.se"


def answers(form: Form, **overrides: str) -> dict[str, str]:
    """A browser's answers to every question of :func:`make_form`'s form (by input name),
    ``overrides`` replacing some."""
    e = form.elements
    values = {
        f"f_{e['first_name']}": "Erik",
        f"f_{e['last_name']}": "Lund",
        f"f_{e['email']}": "Erik.Lund@Firma.se",
        f"f_{e['phone']}": "070-123 45 67",
        f"f_{e['organisation']}": "Firma AB",
        f"f_{e['approving_manager']}_name": "Karin Chef",
        f"f_{e['approving_manager']}_email": MANAGER,
        f"f_{e['text']}": "Vegetarisk",
        f"f_{e['choice']}": "Kollega",
        f"f_{e['checkbox']}": "yes",
    }
    values.update(overrides)
    return values
