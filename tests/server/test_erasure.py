"""``person.erase`` on the server (issue 23): what goes, what bookkeeping keeps, the
refusals, the audit event; pushed over real HTTP to the in-process server on SQLite
and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from models import Consent, Course, CourseRound, Person, PersonEmail, PersonPhone, Registration
from models.audit import AuditEvent
from models.contacts import Contact
from models.ids import new_id
from models.tenancy import Tenant
from server.tables.evaluations import EvaluationAnswer
from server.tables.ledger import LedgerPosting, LedgerTransaction
from server.tables.links import LinkToken
from server.tables.notifications import Notification
from server.tables.outbox import MailOutbox
from server.tables.sync import CommandLog
from tests.server.helpers import World, cmd

PNR = "198112289874"


def _seed(world: World) -> dict[str, str]:
    t = world.tenant_id
    with world.db.transaction() as s:
        anna = Person(tenant_id=t, first_name="Anna", last_name="Raderas", personnummer=PNR)
        boss = Person(tenant_id=t, first_name="Bo", last_name="Chef")
        other = Person(tenant_id=t, first_name="Cia", last_name="Kvar")
        course = Course(tenant_id=t, code="E1", name="Etik")
        s.add_all([anna, boss, other, course])
        s.flush()
        rnd = CourseRound(tenant_id=t, course_id=course.id, name="Etik VT27", seats=5)
        s.add(rnd)
        s.flush()
        s.add(PersonEmail(tenant_id=t, person_id=anna.id, address="anna@ex.se", is_primary=True))
        old = PersonEmail(tenant_id=t, person_id=anna.id, address="gammal@ex.se")
        old.deleted_at = datetime(2026, 1, 1, tzinfo=UTC)  # removed long ago: its text too
        s.add_all([old, PersonPhone(tenant_id=t, person_id=anna.id, number="+46701112233")])
        reg = Registration(
            tenant_id=t,
            round_id=rnd.id,
            participant_id=anna.id,
            approving_manager_id=boss.id,
            signup_answers={"allergi": "nötter"},
        )
        managed = Registration(
            tenant_id=t, round_id=rnd.id, participant_id=other.id, approving_manager_id=anna.id
        )
        s.add_all([reg, managed])
        s.flush()
        s.add(
            Consent(
                tenant_id=t,
                person_id=anna.id,
                email="anna@ex.se",
                registration_id=reg.id,
                kind="terms",
                terms_version="1",
                terms_text="Villkor",
            )
        )
        tx = LedgerTransaction(tenant_id=t, kind="charge", day=date(2026, 3, 1), reference="F1")
        s.add(tx)
        s.flush()
        for account, amount in (("receivable", 50000), ("revenue", -50000)):
            s.add(
                LedgerPosting(
                    tenant_id=t,
                    transaction_id=tx.id,
                    account=account,
                    amount=amount,
                    person_id=anna.id if account == "receivable" else None,
                )
            )
        s.add(
            MailOutbox(
                tenant_id=t,
                kind="approval",
                to_address="anna@ex.se",
                subject="Hej Anna",
                body_text="Hej Anna Raderas",
            )
        )
        s.add(
            LinkToken(
                tenant_id=t,
                token_hash=f"h{anna.id}",
                purpose="booking",
                email="anna@ex.se",
                entity_id=reg.id,
                expires_at=datetime.now(UTC) + timedelta(days=3),
            )
        )
        return {
            "anna": anna.id,
            "boss": boss.id,
            "reg": reg.id,
            "managed": managed.id,
            "tx": tx.id,
        }


def _settle(world: World, ids: dict[str, str]) -> None:
    """Anna pays: her receivable's balance is zero (the ledger is only added to)."""
    with world.db.transaction() as s:
        tx = LedgerTransaction(
            tenant_id=world.tenant_id, kind="payment", day=date(2026, 3, 5), reference="B1"
        )
        s.add(tx)
        s.flush()
        for account, amount, person in (("bank", 50000, None), ("receivable", -50000, ids["anna"])):
            s.add(
                LedgerPosting(
                    tenant_id=world.tenant_id,
                    transaction_id=tx.id,
                    account=account,
                    amount=amount,
                    person_id=person,
                )
            )


def _erase(world: World, person_id: str, mode: str, role: str = "admin") -> dict:  # type: ignore[type-arg]
    [result] = world.push(
        cmd("person.erase", person_id=person_id, mode=mode, reason="Begäran 2 dec"), role=role
    )
    return result


def test_an_open_balance_refuses_then_anonymise_clears_the_person_and_keeps_the_books(
    world: World,
) -> None:
    ids = _seed(world)
    refused = _erase(world, ids["anna"], "anonymise")
    assert refused["status"] == "rejected" and "open balance" in refused["message"], refused
    assert _erase(world, ids["anna"], "anonymise", role="course_admin")["code"] == "forbidden"
    _settle(world, ids)

    done = _erase(world, ids["anna"], "anonymise")

    assert done["status"] == "applied", done
    with world.db.transaction() as s:
        anna = s.get(Person, ids["anna"])
        assert anna is not None and anna.deleted_at is None and anna.erased_at is not None
        assert anna.personnummer is None and anna.first_name == ""
        assert anna.last_name.endswith(f"#{ids['anna'].replace('-', '')[-8:]}")
        emails = s.scalars(select(PersonEmail).where(PersonEmail.person_id == anna.id)).all()
        assert {(e.address, e.deleted_at is not None) for e in emails} == {("", True)}
        reg = s.get(Registration, ids["reg"])
        assert reg is not None and reg.deleted_at is None and reg.signup_answers == {}
        consents = s.scalars(select(Consent).where(Consent.registration_id == ids["reg"])).all()
        assert all(c.deleted_at and c.email == "" and c.terms_text == "" for c in consents)
        mail = s.scalars(select(MailOutbox).where(MailOutbox.tenant_id == world.tenant_id)).one()
        assert (mail.to_address, mail.body_text, mail.status) == ("", "", "failed")
        assert s.scalars(select(LinkToken).where(LinkToken.email == "anna@ex.se")).all() == []
        postings = s.scalars(select(LedgerPosting).where(LedgerPosting.person_id == anna.id)).all()
        assert sorted(p.amount for p in postings) == [-50000, 50000]  # the books as they were
        [event] = s.scalars(
            select(AuditEvent).where(
                AuditEvent.tenant_id == world.tenant_id, AuditEvent.action == "person.anonymise"
            )
        ).all()
        assert event.entity_id == anna.id and event.details["reason"] == "Begäran 2 dec"
        assert "Anna" not in str(event.details) and PNR not in str(event.details)
    page = world.pull_all()
    assert PNR not in str(page) and "anna@ex.se" not in str(page)
    # Nothing fills an anonymised person in again (they could then never be erased) ...
    [refilled] = world.push(cmd("person.add_email", person_id=ids["anna"], address="ny@ex.se"))
    assert refilled["status"] == "rejected" and "is erased" in refilled["message"], refilled
    edited = cmd("person.edit", person_id=ids["anna"], changes={"notes": {"old": "", "new": "x"}})
    assert world.push(edited)[0]["status"] == "rejected"
    manager = cmd("registration.set_manager", registration_id=ids["reg"], approving_manager_id=None)
    [kept_row] = world.push(manager)  # a row of theirs the anonymisation kept
    assert kept_row["status"] == "rejected" and "is erased" in kept_row["message"], kept_row
    # ... but an anonymised person may be erased later.
    assert _erase(world, ids["anna"], "erase")["status"] == "applied"
    with world.db.transaction() as s:
        anna = s.get(Person, ids["anna"])
        assert anna is not None and anna.deleted_at is not None
        reg = s.get(Registration, ids["reg"])
        assert reg is not None and reg.deleted_at is not None


def test_erase_removes_the_person_and_their_registrations_and_unlinks_them_elsewhere(
    world: World,
) -> None:
    ids = _seed(world)
    _settle(world, ids)

    assert _erase(world, ids["anna"], "erase")["status"] == "applied"

    with world.db.transaction() as s:
        anna = s.get(Person, ids["anna"])
        assert anna is not None and anna.deleted_at is not None and anna.erased_at is not None
        reg = s.get(Registration, ids["reg"])
        assert reg is not None and reg.deleted_at is not None and reg.signup_answers == {}
        managed = s.get(Registration, ids["managed"])
        assert managed is not None and managed.deleted_at is None
        assert managed.approving_manager_id is None
    resp = world.client().get(f"{world.url}/api/v1/sync/pull", timeout=10)
    assert ids["anna"] in resp.json().get("erased", [])


def test_a_merged_person_and_a_staff_member_are_refused(world: World) -> None:
    ids = _seed(world)
    with world.db.transaction() as s:
        boss = s.get(Person, ids["boss"])
        assert boss is not None
        boss.merged_into_id = ids["anna"]
        boss.deleted_at = datetime.now(UTC)
        s.add(
            Contact(
                tenant_id=world.tenant_id,
                person_id=ids["anna"],
                role="staff",
                user_id=world.users["admin"].id,
            )
        )
    merged = _erase(world, ids["boss"], "erase")
    assert merged["status"] == "rejected" and "merged into another" in merged["message"]
    staff = _erase(world, ids["anna"], "erase")
    assert staff["status"] == "rejected" and "staff account" in staff["message"]


def test_erase_takes_the_merged_duplicate_the_manager_texts_the_kept_answers_and_this_tenants_links(
    world: World,
) -> None:
    ids = _seed(world)
    _settle(world, ids)
    t = world.tenant_id
    other_tenant = new_id()
    with world.db.transaction() as s:
        dup = Person(
            tenant_id=t,
            first_name="Anna",
            last_name="Dubblett",
            personnummer=PNR,
            street="Dubbelgatan 9",
            notes="Anteckning om dubbletten",
            merged_into_id=ids["anna"],
            deleted_at=datetime.now(UTC),
        )
        s.add(dup)
        managed = s.get(Registration, ids["managed"])
        assert managed is not None
        managed.form_manager_name = "Anna Raderas"
        managed.form_manager_email = "ANNA@ex.se"
        managed.approved_by_email = "anna@ex.se"
        reg = s.get(Registration, ids["reg"])
        assert reg is not None
        to_her = s.scalars(select(MailOutbox).where(MailOutbox.tenant_id == t)).one()
        about_her = MailOutbox(
            tenant_id=t,
            kind="approval",
            to_address="bo@ex.se",
            subject="Godkänn Anna Raderas",
            body_text="Anna Raderas vill gå Etik VT27",
            related_id=reg.id,
        )
        s.add(about_her)
        s.add(
            Notification(
                tenant_id=t,
                user_id=world.users["admin"].id,
                kind="mail.failed",
                title="Mail to anna@ex.se failed",
                body="Hej Anna",
                related_id=to_her.id,
            )
        )
        s.add(
            EvaluationAnswer(
                tenant_id=t,
                course_id=s.scalars(select(Course.id).where(Course.tenant_id == t)).one(),
                round_id=reg.round_id,
                form_version=1,
                registration_id=reg.id,
                answers={"q1": "Anna tyckte att kursen var bra"},
            )
        )
        s.add(Tenant(id=other_tenant, slug=f"annan-{other_tenant[-8:]}", name="Annan"))
        s.flush()
        s.add(
            LinkToken(
                tenant_id=other_tenant,
                token_hash=f"other{ids['anna']}",
                purpose="booking",
                email="anna@ex.se",
                entity_id=new_id(),
                expires_at=datetime.now(UTC) + timedelta(days=3),
            )
        )
        s.flush()
        dup_id = dup.id
        about_id = about_her.id
    # A refused command about Anna whose kept answer names her (a different person,
    # "Annika", stays as she is in the same answer).
    [conflict] = world.push(
        cmd("person.edit", person_id=ids["anna"], changes={"notes": {"old": "fel", "new": "x"}})
    )
    assert conflict["status"] == "rejected"
    with world.db.transaction() as s:
        entry = s.get(CommandLog, conflict["id"])
        assert entry is not None
        entry.result = {
            **entry.result,
            "message": "Annika changed the notes of Anna Raderas meanwhile",
        }

    done = _erase(world, ids["anna"], "erase")
    assert done["status"] == "applied", done

    with world.db.transaction() as s:
        dup_row = s.get(Person, dup_id)
        assert dup_row is not None and dup_row.erased_at is not None
        assert (dup_row.personnummer, dup_row.street, dup_row.notes) == (None, "", "")
        assert "Dubblett" not in dup_row.last_name
        managed = s.get(Registration, ids["managed"])
        assert managed is not None
        assert (
            managed.form_manager_name,
            managed.form_manager_email,
            managed.approved_by_email,
        ) == (None, None, None)
        about = s.get(MailOutbox, about_id)
        assert about is not None
        assert (about.to_address, about.subject, about.body_text, about.status) == (
            "bo@ex.se",
            "",
            "",
            "failed",
        )
        [answer] = s.scalars(select(EvaluationAnswer).where(EvaluationAnswer.tenant_id == t))
        assert answer.answers == {}
        [notice] = s.scalars(select(Notification).where(Notification.tenant_id == t))
        assert (notice.title, notice.body) == ("", "")
        left = s.scalars(select(LinkToken).where(LinkToken.tenant_id.in_([t, other_tenant]))).all()
        assert [link.tenant_id for link in left] == [other_tenant]  # another tenant's: kept
        entry = s.get(CommandLog, conflict["id"])
        assert entry is not None
        assert entry.result["message"] == "Annika changed the notes of **** meanwhile"
        assert ids["anna"] not in str(entry.result["rows"])
        assert PNR not in str(entry.result) and "Raderas" not in str(entry.result)


def test_an_evaluation_answer_may_only_be_emptied(world: World) -> None:
    """The database's guard (migrations 0029, 0046): an erasure empties an answer; any
    other change, or a removal, is refused as before."""
    ids = _seed(world)
    with world.db.transaction() as s:
        reg = s.get(Registration, ids["reg"])
        assert reg is not None
        answer = EvaluationAnswer(
            tenant_id=world.tenant_id,
            course_id=s.scalars(select(Course.id).where(Course.tenant_id == world.tenant_id)).one(),
            round_id=reg.round_id,
            form_version=1,
            registration_id=reg.id,
            answers={"q1": "Bra"},
        )
        s.add(answer)
        s.flush()
        answer_id = answer.id
    for statement in (
        "UPDATE evaluation_answer SET form_version = 2, answers = '{}' WHERE id = :a",
        'UPDATE evaluation_answer SET answers = \'{"q1": "Dålig"}\' WHERE id = :a',
        "DELETE FROM evaluation_answer WHERE id = :a",
    ):
        with pytest.raises(DatabaseError, match="append only"), world.db.transaction() as s:
            s.execute(text(statement), {"a": answer_id})
    with world.db.transaction() as s:
        emptying = text("UPDATE evaluation_answer SET answers = '{}' WHERE id = :a")
        s.execute(emptying, {"a": answer_id})
    with world.db.transaction() as s:
        emptied = s.get(EvaluationAnswer, answer_id)
        assert emptied is not None and emptied.answers == {} and emptied.form_version == 1
