"""The register extract (issue 23, GDPR art. 15/20): ``GET /api/v1/people/{id}/extract``
over real HTTP on SQLite and PostgreSQL — everything about one person as JSON and as a
PDF, for the tenant's administrators only, every extract audited; and the schema test:
every table that references a person is covered by the extract or excluded with a reason."""

from __future__ import annotations

import json
import re
import zlib

from sqlalchemy import Table, select

import server.signing.tables  # registers the signing tables with the metadata
import server.tables  # noqa: F401 - registers the server's tables with the metadata
from models.audit import AuditEvent
from models.base import Base
from models.courses import Course, CourseRound, Registration
from models.ids import new_id, utcnow
from models.people import Activity, Consent, Person, PersonEmail
from models.registration_notes import RegistrationNote
from models.tenancy import Role, Tenant
from server.services import extract
from server.tables import MailOutbox
from tests.server.helpers import World

#: Columns that hold a person's id without a foreign key (the server's append-only tables).
_PERSON_COLUMNS = frozenset({"person_id", "personnummer", "participant_id", "leader_id"})
#: Tables whose rows are a person's own: a table linking to them refers to the person.
_THROUGH = {"registration": "registration_id", "invoice": "invoice_id"}


def _references_a_person(table: Table) -> bool:
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
    keys = extract.Keys(new_id(), (new_id(),), ("a@example.se",), (new_id(),))
    for source in extract.SOURCES:
        table = tables[source.table]
        source.where(table, keys)
        assert source.omit <= {c.name for c in table.columns} | {"body", "text"}, source.table


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
    assert set(sections) == set(extract.covered_tables())
    [row] = sections["person"]
    assert (row["personnummer"], row["notes"]) == ("198112189876", "Prefers calls after lunch")
    assert "tenant_id" not in row and "server_seq" not in row
    assert [c["terms_text"] for c in sections["consent"]] == [
        "I agree that Kansli keeps my details for the course."
    ]
    assert [a["subject"] for a in sections["activity"]] == ["Called"]
    [mail] = sections["mail_outbox"]
    assert (mail["subject"], mail["status"]) == ("Your place on Tango", "sent")
    assert "body_text" not in mail and "Secret body" not in resp.text
    assert [e["address"] for e in sections["person_email"]] == ["karin@example.se"]
    assert set(body["not_included"]) == set(extract.EXCLUDED)

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


def test_rows_reached_through_a_registration_are_hers_and_no_one_elses(world: World) -> None:
    """A consent and a note found through Karin's registration (the consent with no
    person on it) are in her extract; Nils's registration, note and consent are not."""
    karin, nils = _person(world), new_id()
    course, round_id = new_id(), new_id()
    mine, his = new_id(), new_id()
    with world.db.transaction() as s:
        s.add(Person(id=nils, tenant_id=world.tenant_id, first_name="Nils", last_name="Ås"))
        s.add(Course(id=course, tenant_id=world.tenant_id, code="T1", name="Tango"))
        s.flush()
        s.add(CourseRound(id=round_id, tenant_id=world.tenant_id, course_id=course, name="Ti"))
        s.flush()
        for reg, who in ((mine, karin), (his, nils)):
            s.add(
                Registration(
                    id=reg, tenant_id=world.tenant_id, round_id=round_id, participant_id=who
                )
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
            s.add(
                Consent(
                    tenant_id=world.tenant_id,
                    email="form@example.se",
                    registration_id=reg,
                    kind="terms",
                    terms_version="r1",
                    terms_text=f"Terms of {reg}",
                )
            )
    body = (
        world.client()
        .get(f"{world.url}/api/v1/people/{karin}/extract", params={"format": "json"}, timeout=30)
        .json()
    )
    sections = body["sections"]
    assert [r["id"] for r in sections["registration"]] == [mine]
    assert [n["text"] for n in sections["registration_note"]] == [
        "Karin asked for a vegetarian lunch"
    ]
    assert sorted(c["terms_text"] for c in sections["consent"]) == [
        "I agree that Kansli keeps my details for the course.",
        f"Terms of {mine}",
    ]
    text = json.dumps(body)
    assert his not in text and "Nils" not in text and nils not in text
