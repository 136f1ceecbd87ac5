"""The register extract (issue 23, GDPR art. 15/20): ``GET /api/v1/people/{id}/extract``
over real HTTP on SQLite and PostgreSQL — everything about one person as JSON and as a
PDF, for the tenant's administrators only, every extract audited; and the schema test:
every table that references a person is covered by the extract or excluded with a reason."""

from __future__ import annotations

import io
import json
import re
import zipfile
import zlib

from sqlalchemy import Table, select

import server.signing.tables  # registers the signing tables with the metadata
import server.tables  # noqa: F401 - registers the server's tables with the metadata
from models.agent_orders import CUSTOMER_ATTESTANT_PERSON, ORDERED_BY_PERSON, AgentOrder, Signature
from models.audit import AuditEvent
from models.base import Base
from models.courses import Course, CourseRound, Registration
from models.ids import new_id, utcnow
from models.organisations import Agent, Organisation
from models.people import Activity, Consent, Person, PersonEmail
from models.registration_notes import RegistrationNote
from models.retention import RetentionSettings
from models.tenancy import Role, Tenant
from server.services import extract, processing
from server.tables import MailOutbox
from tests.server.helpers import World

#: Columns that hold a person's id without a foreign key (the server's append-only tables).
_PERSON_COLUMNS = frozenset({"person_id", "personnummer", "participant_id", "leader_id"})
#: Tables whose rows are a person's own: a table linking to them refers to the person.
_THROUGH = {"registration": "registration_id", "invoice": "invoice_id"}


#: Columns that name someone by address or number (review M4): a row that holds one
#: may be about the person even with no person id on it.
_ADDRESS_SUFFIXES = ("email", "_address")
_NUMBER_COLUMNS = frozenset({"to_number", "phone", "phone_number"})
#: Address columns that name no person: the tenant's own sender address.
_NOT_A_PERSON = {("payment_settings", "sender_address")}


def _names_someone(table: Table) -> bool:
    return any(
        (c.name.endswith(_ADDRESS_SUFFIXES) or c.name in _NUMBER_COLUMNS)
        and (table.name, c.name) not in _NOT_A_PERSON
        for c in table.columns
    )


def _references_a_person(table: Table) -> bool:
    if _names_someone(table):
        return True
    for column in table.columns:
        if any(fk.column.table.name == "person" for fk in column.foreign_keys):
            return True
        if column.name in _PERSON_COLUMNS:
            return True
        if table.name not in _THROUGH and column.name in _THROUGH.values():
            return True
    return False


def test_every_table_that_references_a_person_is_in_the_extract_or_excluded_with_reason() -> None:
    tables = Base.metadata.tables
    referencing = {name for name, table in tables.items() if _references_a_person(table)}
    covered = set(extract.covered_tables())
    excluded = set(extract.EXCLUDED)
    assert referencing, "the schema walk found nothing: the test would pass vacuously"
    assert referencing - covered - excluded == set(), (
        "a table references a person and the register extract does not say what it does "
        "with it: add it to extract.SOURCES, or to extract.EXCLUDED with the reason"
    )
    assert covered & excluded == set()
    assert (covered | excluded) - set(tables) == set(), "a listed table that does not exist"
    assert all(len(reason) > 40 for reason in extract.EXCLUDED.values())
    # Every source names real columns (a renamed column would otherwise fail at request time).
    keys = extract.Keys(
        new_id(), (new_id(),), ("a@example.se",), (new_id(),), ("+46701234567",), ((new_id(), "x"),)
    )
    for source in extract.SOURCES:
        table = tables[source.table]
        source.where(table, keys)
        assert source.omit <= {c.name for c in table.columns}, source.table


def _person(world: World) -> str:
    """Karin: an e-mail, a consent with its terms, an activity, a mail sent to her."""
    person = new_id()
    with world.db.transaction() as s:
        s.add(
            Person(
                id=person,
                tenant_id=world.tenant_id,
                first_name="Karin",
                last_name="Öberg",
                personnummer="198112189876",
                notes="Prefers calls after lunch",
            )
        )
        s.flush()
        s.add(PersonEmail(tenant_id=world.tenant_id, person_id=person, address="karin@example.se"))
        s.add(
            Consent(
                tenant_id=world.tenant_id,
                person_id=person,
                email="karin@example.se",
                kind="terms",
                terms_version="2026-1",
                terms_text="I agree that Kansli keeps my details for the course.",
            )
        )
        s.add(Activity(tenant_id=world.tenant_id, person_id=person, kind="note", subject="Called"))
        s.add(
            MailOutbox(
                tenant_id=world.tenant_id,
                kind="booking_confirmation",
                to_address="karin@example.se",
                subject="Your place on Tango",
                body_text="Secret body of the mail",
                person_id=person,
                status="sent",
            )
        )
    return person


def _pdf_text(pdf: bytes) -> str:
    """The text of a PDF's content streams (fpdf2 writes them Flate-compressed)."""
    text = ""
    for stream in re.findall(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        try:
            text += zlib.decompressobj().decompress(stream).decode("latin-1")
        except zlib.error:
            continue
    return text


def test_an_admin_gets_everything_about_a_person_as_json_and_pdf(world: World) -> None:
    person = _person(world)
    url = f"{world.url}/api/v1/people/{person}/extract"
    admin = world.client(Role.ADMIN)

    resp = admin.get(url, params={"format": "json"}, timeout=30)
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"] == "application/json"
    assert "attachment" in resp.headers["content-disposition"]
    body = resp.json()
    assert body["format"] == "kansli.register_extract" and body["person_id"] == person
    sections = body["sections"]
    assert set(sections) == set(extract.sections())
    [row] = sections["person"]
    assert (row["personnummer"], row["notes"]) == ("198112189876", "Prefers calls after lunch")
    assert "tenant_id" not in row and "server_seq" not in row
    assert [c["terms_text"] for c in sections["consent"]] == [
        "I agree that Kansli keeps my details for the course."
    ]
    assert [a["subject"] for a in sections["activity"]] == ["Called"]
    [mail] = sections["mail_outbox"]
    assert (mail["subject"], mail["status"]) == ("Your place on Tango", "sent")
    # The text of a mail sent to her is data held about her (L1); its HTML copy is not given.
    assert mail["body_text"] == "Secret body of the mail" and "body_html" not in mail
    assert [e["address"] for e in sections["person_email"]] == ["karin@example.se"]
    assert set(body["not_included"]) == set(extract.EXCLUDED)
    # Art. 15(1)(a)-(h), 15(2): purposes, recipients, retention, sources, rights (review M1).
    info = body["information"]
    assert [p["key"] for p in info["purposes"]] == [p.key for p in processing.PURPOSES]
    assert all(all(p.values()) for p in info["purposes"])
    assert "IMY" in info["rights"] and "automatically" in info["automated"]

    with world.db.transaction() as s:
        tenant = s.get(Tenant, world.tenant_id)
        assert tenant is not None
        tenant.language = "sv"
    resp = admin.get(url, timeout=30)
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"] == "application/pdf"
    assert resp.content.startswith(b"%PDF")
    text = _pdf_text(resp.content)
    assert "Registerutdrag" in text and "Samtycken" in text
    assert "Dina rättigheter" in text and "Integritetsskyddsmyndigheten" in text
    assert text.index("Varför och hur") < text.index("Samtycken")
    assert "Karin" in text and "198112189876" in text
    english = _pdf_text(admin.get(url, params={"language": "en"}, timeout=30).content)
    assert "Register extract" in english and "Consents" in english

    # Every extract is audited: who, whom, when, which format; and the extract lists it.
    with world.db.sessions() as s:
        events = s.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "person.extract", AuditEvent.entity_id == person
            )
        ).all()
    assert sorted(e.details["format"] for e in events) == ["json", "pdf", "pdf"]
    assert {(e.actor_email, e.entity_type, e.tenant_id) for e in events} == {
        (world.email(Role.ADMIN), "person", world.tenant_id)
    }
    again = admin.get(url, params={"format": "json"}, timeout=30).json()
    assert len(again["sections"]["audit_event"]) == 3
    assert "actor_user_id" not in again["sections"]["audit_event"][0]


def test_only_the_tenants_admins_get_an_extract(world: World, other_world: World) -> None:
    person = _person(world)
    url = f"{world.url}/api/v1/people/{person}/extract"
    for role in (Role.VIEWER, Role.COURSE_ADMIN, Role.ALUMNI_OFFICER, Role.TREASURER):
        assert world.client(role).get(url, timeout=30).status_code == 403, role
    assert other_world.client(Role.ADMIN).get(url, timeout=30).status_code == 404
    assert world.client().get(f"{world.url}/api/v1/people/{new_id()}/extract").status_code == 404
    bad = world.client().get(url, params={"format": "xml"}, timeout=30)
    assert bad.status_code == 422
    with world.db.sessions() as s:
        audited = s.scalars(select(AuditEvent).where(AuditEvent.entity_id == person)).all()
    assert audited == []


def _get(world: World, person: str) -> dict:
    resp = world.client().get(
        f"{world.url}/api/v1/people/{person}/extract", params={"format": "json"}, timeout=30
    )
    assert resp.status_code == 200, resp.text
    return resp.json()


def test_rows_reached_through_a_registration_are_hers_and_no_one_elses(world: World) -> None:
    """Karin's registration names Nils as her partner and Maja as the manager who
    approved it (Maja's consent on it, with Maja's id). Karin's extract has her
    registration, its note and her own consent, not Maja's consent; Nils's and Maja's
    extracts list the registration only as a narrow row (id, round, role, status,
    dates), never Karin's answers, note or consent; Nils's own registration is his."""
    karin, nils, maja = _person(world), new_id(), new_id()
    course, round_id = new_id(), new_id()
    mine, his = new_id(), new_id()
    with world.db.transaction() as s:
        s.add(Person(id=nils, tenant_id=world.tenant_id, first_name="Nils", last_name="Ås"))
        s.add(Person(id=maja, tenant_id=world.tenant_id, first_name="Maja", last_name="Chef"))
        s.add(Course(id=course, tenant_id=world.tenant_id, code="T1", name="Tango"))
        s.flush()
        s.add(CourseRound(id=round_id, tenant_id=world.tenant_id, course_id=course, name="Ti"))
        s.flush()
        s.add(
            Registration(
                id=mine,
                tenant_id=world.tenant_id,
                round_id=round_id,
                participant_id=karin,
                partner_id=nils,
                approving_manager_id=maja,
                status="approved",
                signup_answers={"diet": "Karin is allergic to nuts"},
            )
        )
        s.add(
            Registration(id=his, tenant_id=world.tenant_id, round_id=round_id, participant_id=nils)
        )
        s.flush()
        for reg, text in ((mine, "Karin asked for a vegetarian lunch"), (his, "Nils limps")):
            s.add(
                RegistrationNote(
                    tenant_id=world.tenant_id,
                    registration_id=reg,
                    author_email="staff@example.se",
                    written_at=utcnow(),
                    text=text,
                )
            )
        # The manager's approval: her consent, on Karin's registration, with her id.
        s.add(
            Consent(
                tenant_id=world.tenant_id,
                person_id=maja,
                email="maja@example.se",
                registration_id=mine,
                kind="manager_approval",
                terms_version="r1",
                terms_text="Maja approves and pays",
            )
        )
    # Who changed her rows (review M2): an edit of her registration and a bounce on her
    # address are hers; an edit of Maja's consent on her registration is not.
    with world.db.transaction() as s:
        [address] = s.scalars(select(PersonEmail.id).where(PersonEmail.person_id == karin))
        [majas] = s.scalars(select(Consent.id).where(Consent.person_id == maja))
        for kind, row, action in (
            ("registration", mine, "fields.edit"),
            ("person_email", address, "person_email.bounced"),
            ("consent", majas, "fields.edit"),
        ):
            s.add(
                AuditEvent(
                    tenant_id=world.tenant_id,
                    actor_email="staff@example.se",
                    action=action,
                    entity_type=kind,
                    entity_id=row,
                    details={},
                )
            )
    karins = _get(world, karin)
    sections = karins["sections"]
    assert sorted((e["entity_type"], e["entity_id"]) for e in sections["audit_event"]) == [
        ("person_email", address),
        ("registration", mine),
    ]
    assert [r["id"] for r in sections["registration"]] == [mine]
    assert sections["registration"][0]["signup_answers"] == {"diet": "Karin is allergic to nuts"}
    assert [n["text"] for n in sections["registration_note"]] == [
        "Karin asked for a vegetarian lunch"
    ]
    assert [c["terms_text"] for c in sections["consent"]] == [
        "I agree that Kansli keeps my details for the course."
    ]
    assert sections["registration_role"] == []
    text = json.dumps(karins)
    assert "Nils limps" not in text and "Maja approves" not in text and his not in text

    for who, role in ((nils, "partner"), (maja, "approving_manager")):
        body = _get(world, who)
        [row] = body["sections"]["registration_role"]
        assert set(row) == {"id", "round_id", "role", "status", "created_at", "approved_at"}
        assert (row["id"], row["round_id"], row["role"], row["status"]) == (
            mine,
            round_id,
            role,
            "approved",
        )
        text = json.dumps(body)
        assert "allergic" not in text and "vegetarian" not in text, who
        assert "Karin" not in text and "karin@example.se" not in text, who
    assert [r["id"] for r in _get(world, nils)["sections"]["registration"]] == [his]
    assert [c["terms_text"] for c in _get(world, maja)["sections"]["consent"]] == [
        "Maja approves and pays"
    ]


def test_a_shared_address_identifies_no_one_and_orders_give_only_ones_own_part(
    world: World,
) -> None:
    """Anna and Bo share the address family@example.se; a mail and a consent taken by that
    address name neither, so neither extract has them. An agent order names Anna as the
    one who ordered and Bo as its customer attestant (by their ids): each extract has the
    order's number, their own role, its state and their own time, and Bo's signature is
    in Bo's extract only; the rest of the order (its service, billing, the other's
    address) is in neither. Cecilia's own address finds an orphan mail to it."""
    anna, bo, cecilia = new_id(), new_id(), new_id()
    org, agent, order = new_id(), new_id(), new_id()
    tenant = world.tenant_id
    with world.db.transaction() as s:
        for pid, name in ((anna, "Anna"), (bo, "Bo"), (cecilia, "Cecilia")):
            s.add(Person(id=pid, tenant_id=tenant, first_name=name, last_name="Holm"))
        s.add(Organisation(id=org, tenant_id=tenant, name="Holm AB"))
        s.flush()
        for pid in (anna, bo):
            s.add(PersonEmail(tenant_id=tenant, person_id=pid, address="family@example.se"))
        s.add(PersonEmail(tenant_id=tenant, person_id=anna, address="anna@example.se"))
        s.add(PersonEmail(tenant_id=tenant, person_id=cecilia, address="Cecilia@example.se"))
        s.add(Agent(id=agent, tenant_id=tenant, organisation_id=org, name="Agent"))
        s.flush()
        s.add(
            AgentOrder(
                id=order,
                tenant_id=tenant,
                number="AO-7",
                agent_id=agent,
                customer_organisation_id=org,
                service="Secret fibre deal",
                details={ORDERED_BY_PERSON: anna, CUSTOMER_ATTESTANT_PERSON: bo},
                ordered_by_name="Anna Holm",
                ordered_by_email="family@example.se",
                customer_attestant_email="family@example.se",
                billing={"reference": "Anna's cost centre"},
                ordered_at=utcnow(),
                customer_attested_at=utcnow(),
            )
        )
        s.flush()
        s.add(
            Signature(
                tenant_id=tenant,
                order_id=order,
                role="customer_attestant",
                method="sms",
                signer_email="family@example.se",
                signer_name="Bo Holm",
                signed_at=utcnow(),
                data_hash="0" * 64,
            )
        )
        s.add(
            Consent(
                tenant_id=tenant,
                email="family@example.se",
                kind="terms",
                terms_version="f1",
                terms_text="Someone at the family address agreed",
            )
        )
        for to, subject in (
            ("family@example.se", "For someone in the family"),
            ("cecilia@example.se", "For Cecilia"),
        ):
            s.add(
                MailOutbox(
                    tenant_id=tenant,
                    kind="notice",
                    to_address=to,
                    subject=subject,
                    body_text="",
                    status="sent",
                )
            )
    annas, bos = _get(world, anna)["sections"], _get(world, bo)["sections"]
    for sections in (annas, bos):
        assert sections["consent"] == [] and sections["mail_outbox"] == []
    [a] = annas["agent_order"]
    [b] = bos["agent_order"]
    assert (a["number"], a["role"], a["state"]) == ("AO-7", "orderer", "ordered")
    assert (b["number"], b["role"]) == ("AO-7", "customer_attestant")
    assert set(a) == set(b) == {"id", "number", "role", "state", "at"}
    assert a["at"] and b["at"]
    assert annas["signature"] == [] and [x["signer_name"] for x in bos["signature"]] == ["Bo Holm"]
    for who in (anna, bo):
        text = json.dumps(_get(world, who))
        assert "Secret fibre" not in text and "cost centre" not in text, who
    assert [m["subject"] for m in _get(world, cecilia)["sections"]["mail_outbox"]] == [
        "For Cecilia"
    ]


def test_a_zip_gives_the_pdf_and_the_json_of_one_extract_audited_once(world: World) -> None:
    """The desktop's one fetch (review L5): one snapshot, one made_at, one audit event."""
    person = _person(world)
    with world.db.transaction() as s:
        s.add(
            RetentionSettings(
                tenant_id=world.tenant_id, mail_body_days=45, denied_alumni_months=18, audit_years=7
            )
        )
    resp = world.client().get(
        f"{world.url}/api/v1/people/{person}/extract",
        params={"format": "zip", "language": "sv"},
        timeout=30,
    )
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(resp.content)) as archive:
        names = sorted(archive.namelist())
        assert [n.rsplit(".", 1)[1] for n in names] == ["json", "pdf"]
        data = json.loads(archive.read(names[0]))
        pdf = archive.read(names[1])
    assert data["person_id"] == person and data["language"] == "sv"
    assert data["information"]["rights"].startswith("Du kan")
    text = _pdf_text(pdf)
    assert data["made_at"][:16].replace("T", " ") in text
    # The retention said is the tenant's own (its rules, else the defaults), not a phrase.
    kept = {p["key"]: p["retention"] for p in data["information"]["purposes"]}
    assert "45 dagar" in kept["messages"] and kept["audit"] == "7 år", kept
    assert "18 månader" in kept["alumni"]
    assert data["information"]["retention_periods"]["mail_body_days"] == 45
    assert "45 dagar" in text and "7 år" in text
    with world.db.sessions() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.entity_id == person)).all()
    assert [e.details["format"] for e in events] == ["zip"]
