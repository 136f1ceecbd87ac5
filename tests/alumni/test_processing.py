"""The automatic check of alumni registrations: every status of seed 001, SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from models import (
    Activity,
    AlumniRegistration,
    AlumniStatus,
    Category,
    Person,
    PersonEmail,
    PersonPhone,
    StudentRecord,
)
from models.commands import Actor, build
from models.errors import TransitionError, ValidationError
from models.ids import new_id
from server.services.alumni.forms import AlumniFormError, intake, unregister
from server.services.alumni.ladok import LadokStudentRecords
from server.services.alumni.processing import (
    PendingSummary,
    process_pending,
    process_registration,
    retry_delay,
)
from server.services.alumni.student_records import (
    DatabaseStudentRecords,
    StudentRecordData,
    StudentRecordSource,
)
from server.services.database import Database
from server.settings import Settings
from tests.alumni import builders as b

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
SETTINGS = Settings(secret_key="test-secret")  # type: ignore[arg-type]


def new_tenant(db: Database, *, rules: bool = True, categories: bool = True) -> str:
    with db.transaction() as s:
        t = b.tenant(s, with_categories=categories)
        if rules:
            b.standard_rules(s, t.id)
        return t.id


def register(db: Database, tenant_id: str, now: datetime = NOW, **data: Any) -> str:
    form: dict[str, Any] = {
        "email": "anna.berg@example.se",
        "first_name": "Anna",
        "last_name": "Berg",
    }
    form.update(data)
    with db.transaction() as s:
        return intake(session=s, tenant_id=tenant_id, data=form, now=now).id


def source_of(db: Database, tenant_id: str) -> DatabaseStudentRecords:
    return DatabaseStudentRecords(db.sessions, tenant_id=tenant_id)


def run(
    db: Database, tenant_id: str, source: StudentRecordSource | None = None, now: datetime = NOW
) -> PendingSummary:
    return process_pending(
        session_factory=db.sessions,
        tenant_id=tenant_id,
        source=source or source_of(db, tenant_id),
        now=now,
    )


def load(db: Database, registration_id: str) -> AlumniRegistration:
    with db.sessions() as s:
        reg = s.get(AlumniRegistration, registration_id)
        assert reg is not None
        return reg


def count(db: Database, model: Any, tenant_id: str) -> int:
    with db.sessions() as s:
        return int(
            s.execute(
                select(func.count()).select_from(model).where(model.tenant_id == tenant_id)
            ).scalar_one()
        )


class BrokenSource:
    """A student system that is down."""

    def __init__(self) -> None:
        self.calls = 0

    def lookup(self, *, personnummer: str | None, email: str | None) -> list[StudentRecordData]:
        self.calls += 1
        raise ConnectionError("connection refused")


def test_registered_alumnus_matched_by_email_in_any_case_is_approved_without_asking_records(
    db: Database,
) -> None:
    tid = new_tenant(db)
    with db.transaction() as s:
        anna = b.person(
            s,
            tid,
            emails=["anna.berg@example.se"],
            categories=["alumnus", "registered_alumnus"],
        ).id
    rid = register(db, tid, email="  Anna.Berg@Example.SE ")
    down = BrokenSource()

    summary = run(db, tid, down)

    reg = load(db, rid)
    assert [o.registration_id for o in summary.decided] == [rid]
    assert reg.status == AlumniStatus.APPROVED_REGISTERED_ALUMNUS
    assert (reg.person_id, reg.matched_on) == (anna, "email")
    assert reg.decision_reason == "Anna Berg (matched on e-mail) is already a registered alumnus"
    assert reg.decision_details["match"]["person_id"] == anna
    assert reg.decision_details["match"]["on"] == "email"
    assert reg.decision_details["match"]["score"] >= 30
    assert down.calls == 0  # the decision does not depend on the student records
    assert count(db, Person, tid) == 1
    with db.sessions() as s:
        activity = s.execute(select(Activity).where(Activity.person_id == anna)).scalar_one()
    assert activity.data["alumni_registration_id"] == rid
    assert activity.body == reg.decision_reason


def test_alumnus_matched_by_personnummer_is_updated_from_records_and_becomes_registered(
    db: Database,
) -> None:
    # The e-mail and phone the form gives are the profile's own: the match is confirmed.
    tid = new_tenant(db)
    with db.transaction() as s:
        anna = b.person(s, tid, pnr=b.ANNA_PNR, categories=["alumnus"], emails=["anna@home.se"]).id
        s.add(PersonPhone(id=new_id(), tenant_id=tid, person_id=anna, number="+46701234567"))
        record = b.student_record(
            s,
            tid,
            personnummer=b.ANNA_PNR,
            street="Storgatan 1",
            postal_code="41101",
            city="Göteborg",
        ).id
    ten_digits = f"{b.ANNA_PNR[2:8]}-{b.ANNA_PNR[8:]}"
    rid = register(db, tid, email="anna@home.se", personnummer=ten_digits, phone="070-123 45 67")

    run(db, tid)

    reg = load(db, rid)
    assert reg.status == AlumniStatus.APPROVED_ALUMNUS
    assert (reg.person_id, reg.matched_on) == (anna, "personnummer")
    assert (
        reg.decision_reason
        == "Anna Berg (matched on personnummer) is an alumnus; now a registered alumnus"
    )
    assert reg.decision_details["categories"] == {
        "had": ["alumnus"],
        "given": ["registered_alumnus"],
    }
    assert reg.decision_details["mismatch"] == []
    assert (reg.proposed, reg.proposal_state) == ({}, "")
    with db.sessions() as s:
        assert b.category_keys(s, anna) == {"alumnus", "registered_alumnus"}
        person = s.get(Person, anna)
        assert person is not None
        assert (person.street, person.postal_code, person.city) == (
            "Storgatan 1",
            "41101",
            "Göteborg",
        )
        assert [e.address for e in person.emails] == ["anna@home.se"]
        assert [p.number for p in person.phones] == ["+46701234567"]
        linked = s.get(StudentRecord, record)
        assert linked is not None and linked.person_id == anna
    assert reg.decision_details["student_records"]["record_ids"] == [record]


def test_alumnus_matched_by_personnummer_with_new_contact_data_goes_to_the_manual_queue(
    db: Database,
) -> None:
    # Before: approved, and the form's e-mail and phone joined the profile. Now a public
    # form's contact data the profile lacks is only proposed (security issue, item 1).
    tid = new_tenant(db)
    with db.transaction() as s:
        anna = b.person(s, tid, pnr=b.ANNA_PNR, categories=["alumnus"]).id
        record = b.student_record(s, tid, personnummer=b.ANNA_PNR).id
    rid = register(db, tid, email="anna@home.se", personnummer=b.ANNA_PNR, phone="070-123 45 67")

    run(db, tid)

    reg = load(db, rid)
    assert reg.status == AlumniStatus.NOT_APPROVED
    assert (reg.person_id, reg.matched_on) == (anna, "personnummer")
    assert reg.decision_reason == (
        "Match not certain: the e-mail address, the phone are not on the profile"
    )
    assert reg.decision_details["mismatch"] == [
        {
            "field": "email",
            "code": "email_not_on_profile",
            "registration": "anna@home.se",
            "profile": "",
        },
        {
            "field": "phone",
            "code": "phone_not_on_profile",
            "registration": "+46701234567",
            "profile": "",
        },
    ]
    assert reg.proposed == {"email": "anna@home.se", "phone": "+46701234567"}
    assert reg.proposal_state == "pending"
    assert reg.decision_details["categories"] == {"had": ["alumnus"], "given": []}
    with db.sessions() as s:
        assert b.category_keys(s, anna) == {"alumnus"}
        person = s.get(Person, anna)
        assert person is not None
        assert person.emails == [] and person.phones == []
        linked = s.get(StudentRecord, record)
        assert linked is not None and linked.person_id is None  # shown, not linked
    assert reg.decision_details["student_records"]["record_ids"] == [record]


def test_unknown_person_meeting_the_rules_is_created_and_approved_as_alumnus(db: Database) -> None:
    tid = new_tenant(db)
    with db.transaction() as s:
        record = b.student_record(
            s, tid, personnummer=b.ERIK_PNR, first_name="Erik", last_name="Lund", credits=210.0
        )
        record_id = record.id
    rid = register(
        db,
        tid,
        email="Erik.Lund@Example.se",
        first_name="Erik",
        last_name="Lund",
        personnummer=b.ERIK_PNR,
    )
    seq_before = load(db, rid).server_seq

    run(db, tid)

    reg = load(db, rid)
    assert reg.status == AlumniStatus.APPROVED_ALUMNUS
    assert reg.matched_on == "created"
    assert reg.decision_reason == (
        "No existing person matched; created as the rules hold: "
        "Degree awarded: Sjuksköterskeexamen; credits 210 ≥ 180"
    )
    assert reg.decision_details["rules"] == [
        {
            "kind": "degree_awarded",
            "held": True,
            "reason": "degree awarded: Sjuksköterskeexamen",
            "rule_id": reg.decision_details["rules"][0]["rule_id"],
        },
        {
            "kind": "min_credits",
            "held": True,
            "reason": "credits 210 ≥ 180",
            "rule_id": reg.decision_details["rules"][1]["rule_id"],
        },
    ]
    assert reg.decision_details["match"] == {
        "person_id": reg.person_id,
        "on": "created",
        "score": None,
        "signals": [],
        "conflict": None,
    }
    with db.sessions() as s:
        person = s.get(Person, reg.person_id)
        assert person is not None
        assert (person.first_name, person.last_name, person.personnummer) == (
            "Erik",
            "Lund",
            b.ERIK_PNR,
        )
        assert person.birth_date is not None and person.birth_date.isoformat() == "1990-06-15"
        assert [e.address for e in person.emails] == ["erik.lund@example.se"]
        assert b.category_keys(s, person.id) == {"registered_alumnus"}
        stored = s.get(StudentRecord, record_id)
        assert stored is not None and stored.person_id == person.id
        # Written through the ORM: the server's listener numbered every row.
        assert person.server_seq is not None and stored.server_seq is not None
    assert reg.server_seq is not None and seq_before is not None and reg.server_seq > seq_before


def test_unknown_person_failing_the_rules_is_created_and_not_approved_with_the_reason(
    db: Database,
) -> None:
    tid = new_tenant(db)
    with db.transaction() as s:
        b.student_record(s, tid, email="anna.berg@example.se", degree=None, credits=87.0)
    rid = register(db, tid)

    run(db, tid)

    reg = load(db, rid)
    assert reg.status == AlumniStatus.NOT_APPROVED
    assert reg.matched_on == "created"
    assert reg.decision_reason == (
        "No existing person matched; created. Rules not met: "
        "No degree found in student records; credits 87 < 180"
    )
    assert [(r["kind"], r["held"]) for r in reg.decision_details["rules"]] == [
        ("degree_awarded", False),
        ("min_credits", False),
    ]
    with db.sessions() as s:
        assert b.category_keys(s, reg.person_id or "") == set()


def test_unknown_person_without_student_records_is_not_approved(db: Database) -> None:
    tid = new_tenant(db)
    rid = register(db, tid)

    run(db, tid)

    reg = load(db, rid)
    assert reg.status == AlumniStatus.NOT_APPROVED
    assert reg.decision_reason.endswith("Rules not met: No student record found")
    assert count(db, Person, tid) == 1


def test_without_configured_rules_nobody_is_approved_by_rules(db: Database) -> None:
    tid = new_tenant(db, rules=False)
    with db.transaction() as s:
        b.student_record(s, tid, email="anna.berg@example.se", credits=300.0)
    rid = register(db, tid)

    run(db, tid)

    reg = load(db, rid)
    assert reg.status == AlumniStatus.NOT_APPROVED
    assert "No rules for automatic approval are configured" in reg.decision_reason


def test_student_record_of_someone_we_have_sends_the_new_person_to_the_manual_queue(
    db: Database,
) -> None:
    tid = new_tenant(db)
    with db.transaction() as s:
        erik = b.person(s, tid, "Erik", "Lund", pnr=b.ERIK_PNR, emails=["erik@work.se"]).id
        b.student_record(s, tid, email="erik@home.se", personnummer=b.ERIK_PNR, credits=240.0)
    rid = register(db, tid, email="erik@home.se", first_name="Erik", last_name="Lund")

    run(db, tid)

    reg = load(db, rid)
    assert reg.status == AlumniStatus.NOT_APPROVED  # the rules hold, but it may be Erik again
    assert reg.decision_reason == (
        "No existing person matched; created, but possibly a duplicate of Erik Lund "
        "(the student record's personnummer is theirs)"
    )
    assert reg.person_id != erik
    with db.sessions() as s:
        created = s.get(Person, reg.person_id)
        assert created is not None and created.personnummer is None  # not copied onto a twin


def test_matched_person_without_alumni_categories_is_not_approved(db: Database) -> None:
    tid = new_tenant(db)
    with db.transaction() as s:
        anna = b.person(s, tid, emails=["anna.berg@example.se"]).id
        b.student_record(s, tid, email="anna.berg@example.se", degree=None, credits=87.0)
    rid = register(db, tid)

    run(db, tid)

    reg = load(db, rid)
    assert reg.status == AlumniStatus.NOT_APPROVED
    assert (reg.person_id, reg.matched_on) == (anna, "email")
    assert reg.decision_reason == (
        "Anna Berg (matched on e-mail) is neither an alumnus nor a registered alumnus; "
        "student records: No degree found in student records; credits 87 < 180"
    )
    with db.sessions() as s:
        assert b.category_keys(s, anna) == set()


def test_identifiers_of_two_different_persons_go_to_the_manual_queue(db: Database) -> None:
    tid = new_tenant(db)
    with db.transaction() as s:
        by_mail = b.person(
            s,
            tid,
            "Anna",
            "Berg",
            emails=["anna.berg@example.se"],
            categories=["registered_alumnus"],
        ).id
        by_pnr = b.person(s, tid, "Anna", "Bergström", pnr=b.ANNA_PNR, categories=["alumnus"]).id
    rid = register(db, tid, personnummer=b.ANNA_PNR)

    run(db, tid)

    reg = load(db, rid)
    assert reg.status == AlumniStatus.NOT_APPROVED
    assert reg.person_id == by_pnr
    assert reg.decision_reason == (
        "Match not certain: The e-mail address belongs to Anna Berg "
        "but the personnummer to Anna Bergström"
    )
    assert reg.decision_details["candidates"][0]["person_id"] == by_mail
    assert reg.decision_details["candidates"][0]["score"] > 0
    with db.sessions() as s:
        assert b.category_keys(s, by_pnr) == {"alumnus"}  # nothing given on a guess


def test_officer_decides_the_manual_queue_approved_manually_or_denied(db: Database) -> None:
    tid = new_tenant(db)
    first = register(db, tid)
    second = register(db, tid, email="erik@example.se", first_name="Erik", last_name="Lund")
    run(db, tid)
    assert load(db, first).status == load(db, second).status == AlumniStatus.NOT_APPROVED
    officer = Actor(
        tenant_id=tid,
        email="officer@uni.se",
        roles=frozenset({"alumni_officer"}),
        authoritative=True,
    )

    with db.transaction() as s:
        build(
            "alumni.decide",
            1,
            {"alumni_registration_id": first, "decision": "approve"},
            id=new_id(),
        ).apply(s, officer)
        build(
            "alumni.decide",
            1,
            {
                "alumni_registration_id": second,
                "decision": "deny",
                "reason": "Not a former student",
            },
            id=new_id(),
        ).apply(s, officer)

    approved, denied = load(db, first), load(db, second)
    assert approved.status == AlumniStatus.APPROVED_MANUALLY
    assert denied.status == AlumniStatus.DENIED
    assert denied.denial_reason == "Not a former student"
    with db.sessions() as s:
        assert b.category_keys(s, approved.person_id or "") == {"registered_alumnus"}
        assert b.category_keys(s, denied.person_id or "") == set()


def test_officers_approval_applies_the_proposed_details_and_a_denial_drops_them(
    db: Database,
) -> None:
    tid = new_tenant(db)
    with db.transaction() as s:
        anna = b.person(s, tid, pnr=b.ANNA_PNR, emails=["anna@home.se"]).id
        erik = b.person(s, tid, "Erik", "Lund", pnr=b.ERIK_PNR).id
    kept = register(db, tid, email="anna@new.se", personnummer=b.ANNA_PNR, phone="0701234567")
    dropped = register(
        db, tid, email="erik@new.se", first_name="Erik", last_name="Lund", personnummer=b.ERIK_PNR
    )
    run(db, tid)
    assert load(db, kept).proposal_state == load(db, dropped).proposal_state == "pending"
    officer = Actor(
        tenant_id=tid,
        email="officer@uni.se",
        roles=frozenset({"alumni_officer"}),
        authoritative=True,
    )

    with db.transaction() as s:
        build(
            "alumni.decide", 1, {"alumni_registration_id": kept, "decision": "approve"}, id=new_id()
        ).apply(s, officer)
        build(
            "alumni.decide",
            1,
            {"alumni_registration_id": dropped, "decision": "deny", "reason": "Not him"},
            id=new_id(),
        ).apply(s, officer)

    assert load(db, kept).proposal_state == "applied"
    assert load(db, dropped).proposal_state == "discarded"
    with db.sessions() as s:
        person = s.get(Person, anna)
        assert person is not None
        assert sorted(e.address for e in person.emails) == ["anna@home.se", "anna@new.se"]
        assert [p.number for p in person.phones] == ["+46701234567"]
        other = s.get(Person, erik)
        assert other is not None and other.emails == []


def test_terminate_membership_form_unregisters_and_takes_registered_alumnus(db: Database) -> None:
    tid = new_tenant(db)
    with db.transaction() as s:
        anna = b.person(
            s, tid, emails=["anna.berg@example.se"], categories=["alumnus", "registered_alumnus"]
        ).id
    rid = register(db, tid)
    run(db, tid)
    assert load(db, rid).status == AlumniStatus.APPROVED_REGISTERED_ALUMNUS

    with db.transaction() as s, pytest.raises(ValidationError) as refused:
        unregister(
            session=s,
            settings=SETTINGS,
            tenant_id=tid,
            email="anna.berg@example.se",
            terminate_membership=False,
            now=NOW,
        )
    assert refused.value.field == "terminate_membership"
    with db.transaction() as s:
        ended = unregister(
            session=s,
            settings=SETTINGS,
            tenant_id=tid,
            email=" ANNA.berg@example.se",
            terminate_membership=True,
            now=NOW,
        )
        assert [r.id for r in ended] == [rid]

    reg = load(db, rid)
    assert reg.status == AlumniStatus.UNREGISTERED
    assert reg.decided_by == "anna.berg@example.se"
    with db.sessions() as s:
        assert b.category_keys(s, anna) == {"alumnus"}


def test_technical_error_keeps_received_and_is_retried_with_backoff(db: Database) -> None:
    tid = new_tenant(db)
    with db.transaction() as s:
        b.student_record(s, tid, personnummer=b.ANNA_PNR)
    rid = register(db, tid, personnummer=b.ANNA_PNR)
    flaky = b.FlakySource(source_of(db, tid), failures=2)

    first = run(db, tid, flaky, NOW)
    reg = load(db, rid)
    assert [o.registration_id for o in first.failed] == [rid]
    assert reg.status == AlumniStatus.RECEIVED
    assert reg.attempts == 1
    assert reg.last_error.startswith("Student records could not be read: TimeoutError")
    assert reg.person_id is None
    assert count(db, Person, tid) == 0  # nothing half-done
    assert reg.next_attempt_at == NOW + retry_delay(1)

    too_soon = run(db, tid, flaky, NOW + timedelta(seconds=30))
    assert (too_soon.decided, too_soon.failed, too_soon.waiting) == ([], [], 1)

    second_at = NOW + retry_delay(1)
    run(db, tid, flaky, second_at)
    reg = load(db, rid)
    assert (reg.status, reg.attempts) == (AlumniStatus.RECEIVED, 2)
    assert retry_delay(2) == 2 * retry_delay(1)
    assert run(db, tid, flaky, second_at + retry_delay(2) - timedelta(seconds=1)).waiting == 1

    third = run(db, tid, flaky, second_at + retry_delay(2))
    reg = load(db, rid)
    assert [o.registration_id for o in third.decided] == [rid]
    assert reg.status == AlumniStatus.APPROVED_ALUMNUS
    assert reg.last_error == ""
    assert reg.next_attempt_at is None
    assert reg.attempts == 2
    assert count(db, Person, tid) == 1


def test_unconfigured_ladok_source_is_a_technical_error(db: Database) -> None:
    tid = new_tenant(db)
    rid = register(db, tid)

    with db.transaction() as s:
        outcome = process_registration(
            session=s, registration_id=rid, source=LadokStudentRecords(), now=NOW
        )

    reg = load(db, rid)
    assert outcome.error and reg.status == AlumniStatus.RECEIVED
    assert "Ladok integration is not configured" in reg.last_error
    assert "use the student-record import" in reg.last_error


def test_misconfigured_rule_keeps_received_until_an_administrator_fixes_it(db: Database) -> None:
    tid = new_tenant(db, rules=False)
    with db.transaction() as s:
        bad_rule = b.rule(s, tid, "min_credits").id
        b.student_record(s, tid, email="anna.berg@example.se", credits=200.0)
    rid = register(db, tid)

    run(db, tid)
    reg = load(db, rid)
    assert reg.status == AlumniStatus.RECEIVED
    assert reg.last_error == (
        "Alumni rules cannot be applied: The min_credits rule needs a number in params.min_credits"
    )

    with db.transaction() as s:
        from models import AlumniRule

        fixed = s.get(AlumniRule, bad_rule)
        assert fixed is not None
        fixed.params = {"min_credits": 180}
    run(db, tid, now=NOW + retry_delay(1))
    assert load(db, rid).status == AlumniStatus.APPROVED_ALUMNUS


def test_one_failing_registration_does_not_hold_up_the_others(db: Database) -> None:
    tid = new_tenant(db)
    with db.transaction() as s:
        b.student_record(s, tid, email="erik@example.se", first_name="Erik", last_name="Lund")
    failing = register(db, tid)
    passing = register(
        db,
        tid,
        NOW + timedelta(seconds=1),
        email="erik@example.se",
        first_name="Erik",
        last_name="Lund",
    )
    inner = source_of(db, tid)

    class PartlyDown:
        def lookup(self, *, personnummer: str | None, email: str | None) -> list[StudentRecordData]:
            if email == "anna.berg@example.se":
                raise OSError("record of this student is locked")
            return inner.lookup(personnummer=personnummer, email=email)

    summary = run(db, tid, PartlyDown())

    assert [o.registration_id for o in summary.failed] == [failing]
    assert [o.registration_id for o in summary.decided] == [passing]
    assert load(db, failing).status == AlumniStatus.RECEIVED
    assert load(db, passing).status == AlumniStatus.APPROVED_ALUMNUS


def test_a_registration_failing_when_written_is_recorded_and_its_batch_mates_decided(
    db: Database,
) -> None:
    """A batch is one transaction: when writing it fails, it is rolled back and its
    registrations are decided one per transaction, so only the failing one waits."""
    tid = new_tenant(db)
    emails = [f"alumn{n}@example.se" for n in range(6)]
    with db.transaction() as s:
        for address in emails:
            b.student_record(s, tid, email=address)
    ids = [
        register(db, tid, NOW + timedelta(seconds=n), email=address, first_name=f"A{n}")
        for n, address in enumerate(emails)
    ]
    inner = source_of(db, tid)

    class OneUnstorable:
        """Answers as the database, but one record has a program code too long to store."""

        def lookup(self, *, personnummer: str | None, email: str | None) -> list[StudentRecordData]:
            found = inner.lookup(personnummer=personnummer, email=email)
            if email == emails[3]:
                return [replace(r, record_id=None, program_code="X" * 500) for r in found]
            return found

    summary = run(db, tid, OneUnstorable())

    assert [o.registration_id for o in summary.failed] == [ids[3]]
    assert "program_code" in summary.failed[0].error
    assert sorted(o.registration_id for o in summary.decided) == sorted(ids[:3] + ids[4:])
    assert load(db, ids[3]).status == AlumniStatus.RECEIVED
    assert load(db, ids[3]).attempts == 1
    assert {load(db, i).status for i in ids[:3] + ids[4:]} == {AlumniStatus.APPROVED_ALUMNUS}


def test_second_registration_of_a_new_alumnus_matches_the_person_created_by_the_first(
    db: Database,
) -> None:
    tid = new_tenant(db)
    with db.transaction() as s:
        b.student_record(s, tid, email="anna.berg@example.se")
    first = register(db, tid)
    again = register(db, tid, NOW + timedelta(minutes=5), email="ANNA.BERG@example.se")

    run(db, tid, now=NOW + timedelta(minutes=10))

    assert load(db, first).status == AlumniStatus.APPROVED_ALUMNUS
    second = load(db, again)
    assert second.status == AlumniStatus.APPROVED_REGISTERED_ALUMNUS
    assert second.person_id == load(db, first).person_id
    assert count(db, Person, tid) == 1
    assert count(db, PersonEmail, tid) == 1


def test_missing_alumni_categories_are_created_in_the_tenant(db: Database) -> None:
    tid = new_tenant(db, categories=False)
    with db.transaction() as s:
        b.student_record(s, tid, email="anna.berg@example.se")
    rid = register(db, tid)

    run(db, tid)

    assert load(db, rid).status == AlumniStatus.APPROVED_ALUMNUS
    with db.sessions() as s:
        names = s.execute(
            select(Category.key, Category.name).where(Category.tenant_id == tid)
        ).all()
    assert [tuple(n) for n in names] == [("registered_alumnus", "Registered alumnus")]


def test_a_decided_registration_is_not_checked_again(db: Database) -> None:
    tid = new_tenant(db)
    rid = register(db, tid)
    run(db, tid)

    with db.transaction() as s, pytest.raises(TransitionError):
        process_registration(session=s, registration_id=rid, source=source_of(db, tid), now=NOW)
    assert run(db, tid).decided == []


def test_intake_names_every_wrong_field_and_stores_nothing(sqlite_db: Database) -> None:
    tid = new_tenant(sqlite_db)
    form = {
        "email": "anna.berg@",
        "first_name": "Anna",
        "last_name": "",
        "personnummer": "850101-1234",
        "phone": "12",
        "graduation_year": "nineteen",
        "answers": ["not", "an", "object"],
    }

    with sqlite_db.transaction() as s, pytest.raises(AlumniFormError) as caught:
        intake(session=s, tenant_id=tid, data=form, now=NOW)

    fields = [e.field for e in caught.value.errors]
    assert fields == ["email", "last_name", "personnummer", "phone", "graduation_year", "answers"]
    assert caught.value.field == "email"
    assert caught.value.details["errors"][2] == {
        "field": "personnummer",
        "message": "Personnummer has a wrong check digit",
    }
    assert count(sqlite_db, AlumniRegistration, tid) == 0


def test_intake_stores_identifiers_in_canonical_form(sqlite_db: Database) -> None:
    tid = new_tenant(sqlite_db)
    ten = f"{b.ANNA_PNR[2:8]}-{b.ANNA_PNR[8:]}"

    rid = register(
        sqlite_db,
        tid,
        email=" Anna.Berg@Example.SE",
        personnummer=ten,
        phone="+46 70 123 45 67",
        graduation_year="2012",
        answers={"newsletter": True},
    )

    reg = load(sqlite_db, rid)
    assert (reg.email, reg.personnummer, reg.phone) == (
        "anna.berg@example.se",
        b.ANNA_PNR,
        "+46701234567",
    )
    assert (reg.graduation_year, reg.answers, reg.status) == (
        2012,
        {"newsletter": True},
        "received",
    )
    assert reg.received_at == NOW
