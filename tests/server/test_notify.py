"""The notification dispatcher (issue 16, server/services/notify.py): the shipped default
when nothing is bound, bindings by scope (the most specific wins), drafts that change
nothing until published, the version each delivery records, dynamic recipients (contacts
in the role Notification recipient) and static ones, e-mail and SMS; delivered through a
real SMTP server (aiosmtpd) by the real mail worker, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import event, select

from models.commands import build
from models.contacts import TargetKind
from models.errors import ValidationError
from models.ids import new_id
from models.notifications import EventType, NotificationBinding, bindings_of
from models.organisations import Contract, Customer, Organisation
from models.people import Category, Person, PersonEmail, PersonPhone
from models.tenancy import Membership, Tenant, User
from server.db import migrate
from server.services.database import Database
from server.services.mail import MailWorker
from server.services.message_defaults import DEFAULTS
from server.services.notify import Concerns, Recipient, notify
from server.settings import Settings
from server.tables import MailOutbox, SmsOutbox
from tests import factories as f
from tests.server.conftest import api_settings
from tests.server.smtp import SmtpServer

E = EventType
DUPLICATE = next(d for d in DEFAULTS if d.event_type == E.REGISTRATION_DUPLICATE)


@dataclass
class Site:
    db: Database
    settings: Settings
    smtp: SmtpServer


@pytest.fixture(scope="module")
def site(module_server_db_url: str) -> Iterator[Site]:
    migrate(module_server_db_url)
    smtp = SmtpServer().start()
    db = Database(module_server_db_url)
    try:
        yield Site(db, api_settings(module_server_db_url, smtp_port=smtp.port), smtp)
    finally:
        smtp.stop()
        db.dispose()


@dataclass
class Tenancy:
    tenant_id: str
    round_id: str
    course_id: str
    participant_id: str


@pytest.fixture
def world(site: Site) -> Tenancy:
    with site.db.transaction() as s:
        tenant = f.tenant(s, slug=f"n{new_id()[-8:]}")
        tenant.language = "sv"
        round_ = f.course_round(s, tenant.id)
        anna = f.person(s, tenant.id, "Anna", "Berg", email=f"anna.{tenant.id[-8:]}@example.se")
        return Tenancy(tenant.id, round_.id, round_.course_id, anna.id)


def run(site: Site, tenant_id: str, command: str, **args: Any) -> None:
    with site.db.transaction() as s:
        actor = f.actor(tenant_id, "admin", authoritative=True)
        build(command, 1, args, id=new_id()).apply(s, actor)


def send(
    site: Site, world: Tenancy, concerns: Concerns | None = None, **more: Any
) -> list[MailOutbox | SmsOutbox]:
    """The duplicate sign-up notice about Anna's round (or ``concerns``), to Anna (as a
    sign-up sends it)."""
    with site.db.transaction() as s:
        anna = s.get_one(Person, world.participant_id)
        rows = notify(
            s,
            site.settings,
            tenant_id=world.tenant_id,
            event=E.REGISTRATION_DUPLICATE,
            values={
                "participant_first_name": "Anna",
                "course": "Ledarskap",
                "round_details": "  Utbildning: Ledarskap\n  Utbildningsomgång: HT26",
            },
            concerns=concerns or Concerns(course_id=world.course_id, round_id=world.round_id),
            recipients=more.pop("recipients", None)
            or {"participant": [Recipient.of_person("participant", anna, language="sv")]},
            **more,
        )
        s.expunge_all()
        return rows


def tenant_name(site: Site, world: Tenancy) -> str:
    with site.db.sessions() as s:
        return s.get_one(Tenant, world.tenant_id).name


def deliver(site: Site) -> None:
    MailWorker(site.db, site.settings).run_once()


def _template(
    site: Site,
    world: Tenancy,
    subject: str,
    *,
    publish: bool = True,
    event: EventType = E.REGISTRATION_DUPLICATE,
    language: str = "sv",
    name: str = "Dubblett",
    body: str = "Hej {recipient_name}, du är redan anmäld till {course}.",
) -> str:
    tid = new_id()
    run(
        site,
        world.tenant_id,
        "message_template.create",
        template_id=tid,
        event_type=event.value,
        language=language,
        name=name,
        subject=subject,
        email_body=body,
        sms_text="Redan anmäld: {course}",
    )
    if publish:
        run(site, world.tenant_id, "message_template.publish", template_id=tid, expected_version=0)
    return tid


def _bind(site: Site, world: Tenancy, template_id: str | None, **args: Any) -> str:
    bid = new_id()
    run(
        site,
        world.tenant_id,
        "notification_binding.create",
        binding_id=bid,
        event_type=E.REGISTRATION_DUPLICATE.value,
        template_id=template_id,
        **{"recipients": ["participant"], "channels": ["email"], **args},
    )
    return bid


def test_with_nothing_bound_the_shipped_default_goes_to_the_call_sites_people(
    site: Site, world: Tenancy
) -> None:
    [mail] = send(site, world)
    assert isinstance(mail, MailOutbox)
    sv = DUPLICATE.texts["sv"]  # type: ignore[index]
    assert (
        mail.subject
        == "Du är redan anmäld till Ledarskap"
        == sv.subject.replace("{course}", "Ledarskap")
    )
    assert mail.body_text.startswith("Hej Anna,\n\nVi har tagit emot en anmälan")
    assert "  Utbildning: Ledarskap\n  Utbildningsomgång: HT26\n" in mail.body_text
    assert mail.body_text.endswith("från det här meddelandet.\n\n" + tenant_name(site, world))
    record = (mail.event_type, mail.template_id, mail.template_version, mail.binding_id)
    assert record == ("registration.duplicate", None, 0, None)
    assert (mail.recipient_kind, mail.person_id) == ("participant", world.participant_id)
    deliver(site)
    [got] = [m for m in site.smtp.messages if m["To"] == mail.to_address]
    assert got["Subject"] == mail.subject
    assert got.get_content().replace("\r\n", "\n").rstrip("\n") == mail.body_text


def test_a_draft_changes_nothing_until_published_and_each_mail_records_its_version(
    site: Site, world: Tenancy
) -> None:
    tid = _template(site, world, "Redan anmäld (v1)")
    bid = _bind(site, world, tid)
    [first] = send(site, world)
    assert (first.subject, first.template_id, first.template_version) == (  # type: ignore[union-attr]
        "Redan anmäld (v1)",
        tid,
        1,
    )
    assert first.binding_id == bid
    changes = {"subject": {"old": "Redan anmäld (v1)", "new": "Redan anmäld (v2)"}}
    run(site, world.tenant_id, "message_template.edit", template_id=tid, changes=changes)
    [draft] = send(site, world)
    assert (draft.subject, draft.template_version) == ("Redan anmäld (v1)", 1)  # type: ignore[union-attr]
    run(site, world.tenant_id, "message_template.publish", template_id=tid, expected_version=1)
    [second] = send(site, world)
    assert (second.subject, second.template_version) == ("Redan anmäld (v2)", 2)  # type: ignore[union-attr]
    assert second.body_text == "Hej Anna Berg, du är redan anmäld till Ledarskap."  # type: ignore[union-attr]
    deliver(site)
    subjects = [m["Subject"] for m in site.smtp.messages if m["To"] == second.to_address]  # type: ignore[union-attr]
    assert subjects[-3:] == ["Redan anmäld (v1)", "Redan anmäld (v1)", "Redan anmäld (v2)"]


def test_an_unpublished_bound_template_sends_the_shipped_default(
    site: Site, world: Tenancy
) -> None:
    tid = _template(site, world, "Aldrig publicerad", publish=False)
    _bind(site, world, tid)
    [mail] = send(site, world)
    assert (mail.subject, mail.template_id, mail.template_version) == (  # type: ignore[union-attr]
        "Du är redan anmäld till Ledarskap",
        None,
        0,
    )


def test_the_most_specific_binding_wins(site: Site, world: Tenancy) -> None:
    tenant_wide = _template(site, world, "Hela organisationen")
    course_level = _template(site, world, "Kursens egen")
    _bind(site, world, tenant_wide)
    course_binding = _bind(site, world, course_level, scope_kind="course", scope_id=world.course_id)
    [mail] = send(site, world)
    assert (mail.subject, mail.binding_id) == ("Kursens egen", course_binding)  # type: ignore[union-attr]
    # Another round's event (no course binding there) gets the tenant's.
    with site.db.transaction() as s:
        other = f.course_round(s, world.tenant_id)
        elsewhere = Concerns(course_id=other.course_id, round_id=other.id)
    assert [m.subject for m in send(site, world, elsewhere)] == ["Hela organisationen"]  # type: ignore[union-attr]
    # Archived, the course's binding holds no more.
    run(
        site,
        world.tenant_id,
        "notification_binding.archive",
        binding_id=course_binding,
        changes={"archived": {"old": False, "new": True}},
    )
    [after] = send(site, world)
    assert after.subject == "Hela organisationen"  # type: ignore[union-attr]


def test_a_binding_cannot_name_a_template_of_another_event_type(site: Site, world: Tenancy) -> None:
    tid = _template(site, world, "Dubblett")
    with pytest.raises(ValidationError) as refused:
        run(
            site,
            world.tenant_id,
            "notification_binding.create",
            binding_id=new_id(),
            event_type=E.REGISTRATION_CREATED.value,
            template_id=tid,
            recipients=["participant"],
        )
    assert (
        refused.value.template
        == "The template {name} is made for {template_event}, not for {event}"
    )
    assert refused.value.details == {"field": "template_id"}
    bid = _bind(site, world, None)
    other = _template(site, world, "Mottagen", event=E.REGISTRATION_CREATED, body="Tack")
    with pytest.raises(ValidationError):
        run(
            site,
            world.tenant_id,
            "notification_binding.edit",
            binding_id=bid,
            changes={"template_id": {"old": None, "new": other}},
        )


def test_publishing_names_the_bindings_it_changes(site: Site, world: Tenancy) -> None:
    tid = _template(site, world, "Första")
    bid = _bind(site, world, tid)
    # A binding of its English sibling (same event and name) sends it to English readers.
    sibling = _template(site, world, "First", language="en")
    by_sibling = _bind(site, world, sibling, scope_kind="round", scope_id=world.round_id)
    _bind(site, world, None)  # the shipped default: not this template's
    _bind(site, world, _template(site, world, "Annan", name="Annan"))  # another template
    with site.db.sessions() as s:
        assert {b.id for b in bindings_of(s, tid)} == {bid, by_sibling}
    changes = {"subject": {"old": "Första", "new": "Andra"}}
    run(site, world.tenant_id, "message_template.edit", template_id=tid, changes=changes)
    with site.db.transaction() as s:
        actor = f.actor(world.tenant_id, "admin", authoritative=True)
        args = {"template_id": tid, "expected_version": 1}
        outcome = build("message_template.publish", 1, args, id=new_id()).apply(s, actor)
    bound = {row_id for table, row_id in outcome.concerns if table == "notification_binding"}
    assert bound == {bid, by_sibling}


def _contract(site: Site, world: Tenancy) -> tuple[str, str, str]:
    """A contract with two notification recipients: Nils (two addresses) and Olga."""
    with site.db.transaction() as s:
        org = Organisation(tenant_id=world.tenant_id, name="Kund AB")
        s.add(org)
        s.flush()
        customer = Customer(tenant_id=world.tenant_id, organisation_id=org.id)
        s.add(customer)
        s.flush()
        contract = Contract(tenant_id=world.tenant_id, customer_id=customer.id, title="Avtal")
        s.add(contract)
        nils = f.person(s, world.tenant_id, "Nils", "Ek", email="nils@kund.example")
        s.add(PersonEmail(tenant_id=world.tenant_id, person_id=nils.id, address="nils@hem.example"))
        olga = f.person(s, world.tenant_id, "Olga", "Al", email="olga@kund.example")
        s.flush()
        ids = (contract.id, nils.id, olga.id)
    for person in ids[1:]:
        run(
            site,
            world.tenant_id,
            "contact.link",
            target_kind=TargetKind.CONTRACT.value,
            target_id=ids[0],
            person_id=person,
            roles=["notification_recipient"],
        )
    return ids


def _contract_event(site: Site, world: Tenancy, contract_id: str) -> list[MailOutbox | SmsOutbox]:
    with site.db.transaction() as s:
        rows = notify(
            s,
            site.settings,
            tenant_id=world.tenant_id,
            event=E.REGISTRATION_DUPLICATE,
            values={"course": "Ledarskap"},
            concerns=Concerns(contract_id=contract_id),
            recipients={},
        )
        s.expunge_all()
        return rows


def test_a_contracts_notification_recipients_all_get_it_until_the_role_is_taken(
    site: Site, world: Tenancy
) -> None:
    contract_id, nils, olga = _contract(site, world)
    _bind(site, world, None, scope_kind="contract", scope_id=contract_id, recipients=["contacts"])
    rows = _contract_event(site, world, contract_id)
    got = sorted((r.to_address, r.person_id, r.recipient_kind) for r in rows)  # type: ignore[union-attr]
    assert got == [
        ("nils@hem.example", nils, "contacts"),
        ("nils@kund.example", nils, "contacts"),
        ("olga@kund.example", olga, "contacts"),
    ]
    deliver(site)
    arrived = {m["To"] for m in site.smtp.messages}
    assert {"nils@hem.example", "nils@kund.example", "olga@kund.example"} <= arrived
    run(
        site,
        world.tenant_id,
        "contact.set_roles",
        target_kind="contract",
        target_id=contract_id,
        person_id=olga,
        roles={"notification_recipient": False},
    )
    rows = _contract_event(site, world, contract_id)
    assert sorted(r.to_address for r in rows) == ["nils@hem.example", "nils@kund.example"]  # type: ignore[union-attr]


def test_static_recipients_by_email_and_sms_each_address_once(site: Site, world: Tenancy) -> None:
    tid = _template(site, world, "Till kansliet")
    with site.db.transaction() as s:
        kerstin = f.person(s, world.tenant_id, "Kerstin", "Ås", email="kerstin@kansli.example")
        s.add(PersonPhone(tenant_id=world.tenant_id, person_id=kerstin.id, number="+46700000001"))
        user = User(
            email=f"k{new_id()[-8:]}@kansli.example", password_hash="-", phone="+46700000009"
        )
        s.add(user)
        s.flush()
        s.add(Membership(user_id=user.id, tenant_id=world.tenant_id, role="admin"))
        # Anna is a static recipient too: she is also the participant, and gets it once.
        anna_id = world.participant_id
        ids = (kerstin.id, user.id)
    run(
        site,
        world.tenant_id,
        "notification_recipient.create",
        recipient_id=new_id(),
        person_id=ids[0],
        role="Kursadministratör",
        user_id=ids[1],
    )
    run(
        site,
        world.tenant_id,
        "notification_recipient.create",
        recipient_id=new_id(),
        person_id=anna_id,
        role="",
    )
    _bind(site, world, tid, recipients=["participant", "static"], channels=["email", "sms"])
    rows = send(site, world)
    mails = sorted((r.to_address, r.recipient_kind) for r in rows if isinstance(r, MailOutbox))
    anna = f"anna.{world.tenant_id[-8:]}@example.se"
    assert mails == [(anna, "participant"), ("kerstin@kansli.example", "static")]
    [sms] = [r for r in rows if isinstance(r, SmsOutbox)]
    # The user's SMS goes to the phone the user registered, not the person's.
    assert (sms.to_number, sms.body, sms.template_version) == (
        "+46700000009",
        "Redan anmäld: Ledarskap",
        1,
    )
    with site.db.sessions() as s:
        stored = s.get_one(SmsOutbox, sms.id)
        assert (stored.status, stored.kind, stored.recipient_kind) == (
            "queued",
            "registration.duplicate",
            "static",
        )


def test_a_recipient_gets_the_sibling_template_in_their_language(
    site: Site, world: Tenancy
) -> None:
    sv = _template(site, world, "Redan anmäld")
    en = _template(site, world, "Already registered", language="en", body="Hello {recipient_name}")
    _bind(site, world, sv)
    with site.db.transaction() as s:
        anna = s.get_one(Person, world.participant_id)
        tenant = s.get_one(Tenant, world.tenant_id)
        assert tenant.language == "sv"
        rows = notify(
            s,
            site.settings,
            tenant_id=world.tenant_id,
            event=E.REGISTRATION_DUPLICATE,
            values={"course": "Ledarskap"},
            concerns=Concerns(round_id=world.round_id),
            recipients={
                "participant": [Recipient.of_person("participant", anna, language="en")],
                "approving_manager": [Recipient("approving_manager", "Bo", ("bo@x.example",))],
            },
        )
        got = {(r.to_address, r.subject, r.template_id) for r in rows}  # type: ignore[union-attr]
    assert got == {(anna.primary_email, "Already registered", en)}
    with site.db.sessions() as s:
        assert s.scalars(
            select(NotificationBinding.id).where(NotificationBinding.template_id == sv)
        ).all()


def test_a_person_category_binding_holds_for_its_people_below_course_and_round(
    site: Site, world: Tenancy
) -> None:
    with site.db.sessions() as s:
        category = s.scalars(
            select(Category).where(Category.tenant_id == world.tenant_id, Category.key == "alumnus")
        ).one()
    _bind(site, world, _template(site, world, "Alla"))
    _bind(
        site, world, _template(site, world, "Alumner"), scope_kind="category", scope_id=category.id
    )
    assert [m.subject for m in send(site, world)] == ["Alla"]  # type: ignore[union-attr]

    def concerning(**more: Any) -> list[str]:
        concerns = Concerns(category_ids=("another", category.id), **more)
        return [r.subject for r in send(site, world, concerns)]  # type: ignore[union-attr]

    assert concerning() == ["Alumner"]
    assert concerning(customer_id=new_id()) == ["Alumner"]
    _bind(
        site, world, _template(site, world, "Omgången"), scope_kind="round", scope_id=world.round_id
    )
    assert concerning(round_id=world.round_id) == ["Omgången"]


def test_a_subject_is_one_line_whatever_the_values_hold(site: Site, world: Tenancy) -> None:
    _bind(site, world, _template(site, world, "Om {round_details}:  {course}"))
    [mail] = send(site, world)
    assert mail.subject == "Om Utbildning: Ledarskap Utbildningsomgång: HT26: Ledarskap"  # type: ignore[union-attr]
    deliver(site)
    [got] = [m for m in site.smtp.messages if m["Subject"] == mail.subject]  # type: ignore[union-attr]
    assert got["To"] == mail.to_address  # type: ignore[union-attr]


def test_contacts_addresses_are_read_in_one_query_for_all(site: Site, world: Tenancy) -> None:
    contract_id, *_ = _contract(site, world)
    _bind(site, world, None, scope_kind="contract", scope_id=contract_id, recipients=["contacts"])
    statements: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement)

    event.listen(site.db.engine, "before_cursor_execute", record)
    try:
        rows = _contract_event(site, world, contract_id)
    finally:
        event.remove(site.db.engine, "before_cursor_execute", record)
    assert len(rows) == 3
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert sum("FROM person_email" in s for s in reads) == 1, reads
    assert sum("FROM person_phone" in s for s in reads) == 1, reads


def test_a_binding_to_everyone_involved_sends_to_each_of_the_call_sites_people(
    site: Site, world: Tenancy
) -> None:
    """ "involved" is whoever the event tells without a binding, of every kind the call site
    passes (an agent order's case handlers and attestants, say), each address once;
    without it, a binding to contacts alone reaches none of them."""
    tid = _template(site, world, "Till alla berörda")
    bid = _bind(site, world, tid, recipients=["static"])
    with site.db.transaction() as s:
        anna = s.get_one(Person, world.participant_id)
        case = [Recipient("case_handler", "Karl Handläggare", ("karl@agent.example",))]
        everyone = {
            "participant": [Recipient.of_person("participant", anna, language="sv")],
            "case_handler": case * 2,
        }
    assert [m.to_address for m in send(site, world, recipients=everyone)] == []  # type: ignore[union-attr]
    changes = {"recipients": {"old": ["static"], "new": ["involved"]}}
    run(site, world.tenant_id, "notification_binding.edit", binding_id=bid, changes=changes)
    sent = send(site, world, recipients=everyone)
    assert sorted((m.recipient_kind, m.to_address) for m in sent) == sorted(  # type: ignore[union-attr]
        [("participant", anna_address(site, world)), ("case_handler", "karl@agent.example")]
    )
    assert {m.subject for m in sent} == {"Till alla berörda"}  # type: ignore[union-attr]


def anna_address(site: Site, world: Tenancy) -> str:
    with site.db.sessions() as s:
        person = s.get_one(Person, world.participant_id)
        return str(person.primary_email)
