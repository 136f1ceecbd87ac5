"""Duplicates: candidates with scores, and a merge that keeps everything and is audited."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select

from models import (
    Activity,
    ActivityKind,
    AlumniRegistration,
    AuditEvent,
    Consent,
    Contact,
    Course,
    CourseRound,
    Organisation,
    Person,
    PersonCategory,
    PersonEmail,
    PersonPhone,
    Registration,
    StudentRecord,
)
from models.alumni_matching import duplicate_candidates
from models.commands import Actor, build
from models.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from models.ids import new_id
from server.services.alumni.categories import give_category, take_category
from server.services.alumni.forms import intake
from server.services.alumni.persons import merge_persons, registration_candidates
from server.services.database import Database
from tests.alumni import builders as b

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def officer(tenant_id: str, *roles: str) -> Actor:
    return Actor(
        tenant_id=tenant_id,
        email="officer@uni.se",
        roles=frozenset(roles or {"alumni_officer"}),
        user_id=new_id(),
        authoritative=True,
    )


def add(session: Any, row: Any) -> Any:
    session.add(row)
    session.flush()
    return row


def world(db: Database) -> dict[str, str]:
    """A survivor, a duplicate with something of every kind, and an earlier merged person."""
    with db.transaction() as s:
        t = b.tenant(s).id
        survivor = b.person(s, t, emails=["anna@example.se"], categories=["alumnus"]).id
        add(s, PersonPhone(id=new_id(), tenant_id=t, person_id=survivor, number="+46701234567"))
        dup = b.person(
            s,
            t,
            emails=["anna@example.se", "anna@home.se"],
            pnr=b.ANNA_PNR,
            categories=["alumnus", "registered_alumnus"],
            street="Storgatan 1",
            postal_code="41101",
            city="Göteborg",
        ).id
        add(s, PersonPhone(id=new_id(), tenant_id=t, person_id=dup, number="+46707654321"))
        other = b.person(s, t, "Erik", "Lund").id
        course = add(s, Course(id=new_id(), tenant_id=t, code="LED", name="Ledarskap"))
        rnd = add(s, CourseRound(id=new_id(), tenant_id=t, course_id=course.id, name="HT26"))
        as_participant = add(
            s, Registration(id=new_id(), tenant_id=t, round_id=rnd.id, participant_id=dup)
        ).id
        as_manager = add(
            s,
            Registration(
                id=new_id(),
                tenant_id=t,
                round_id=rnd.id,
                participant_id=other,
                approving_manager_id=dup,
            ),
        ).id
        activity = add(
            s, Activity(id=new_id(), tenant_id=t, person_id=dup, kind=ActivityKind.NOTE)
        ).id
        consent = add(
            s,
            Consent(
                id=new_id(),
                tenant_id=t,
                person_id=dup,
                email="anna@home.se",
                kind="terms",
                terms_version="1",
                terms_text="Villkor",
            ),
        ).id
        alumni = intake(
            session=s,
            tenant_id=t,
            data={"email": "anna@home.se", "first_name": "Anna", "last_name": "Berg"},
            now=NOW,
        )
        alumni.person_id = dup
        record = b.student_record(s, t, person_id=dup, personnummer=b.ANNA_PNR).id
        org = add(s, Organisation(id=new_id(), tenant_id=t, name="Firma AB"))
        contact = add(
            s,
            Contact(
                id=new_id(),
                tenant_id=t,
                person_id=dup,
                role="main_contact",
                organisation_id=org.id,
            ),
        ).id
        earlier = b.person(s, t, "Anna", "B.").id
        s.flush()
        s.get(Person, earlier).merged_into_id = dup  # type: ignore[union-attr]
        s.get(Person, earlier).deleted_at = NOW  # type: ignore[union-attr]
    return {
        "tenant": t,
        "survivor": survivor,
        "dup": dup,
        "as_participant": as_participant,
        "as_manager": as_manager,
        "activity": activity,
        "consent": consent,
        "alumni": alumni.id,
        "record": record,
        "contact": contact,
        "earlier": earlier,
    }


def seq_of(db: Database, model: Any, row_id: str) -> int:
    with db.sessions() as s:
        row = s.get(model, row_id)
        assert row is not None and row.server_seq is not None
        return int(row.server_seq)


MOVED = [
    (Registration, "as_participant", "participant_id"),
    (Registration, "as_manager", "approving_manager_id"),
    (Activity, "activity", "person_id"),
    (Consent, "consent", "person_id"),
    (AlumniRegistration, "alumni", "person_id"),
    (StudentRecord, "record", "person_id"),
    (Contact, "contact", "person_id"),
]


def test_merge_moves_every_row_of_the_duplicate_and_tombstones_it(db: Database) -> None:
    w = world(db)
    before = {key: seq_of(db, model, w[key]) for model, key, _ in MOVED}

    with db.transaction() as s:
        result = merge_persons(
            session=s,
            actor=officer(w["tenant"]),
            survivor_id=w["survivor"],
            duplicate_id=w["dup"],
            now=NOW,
        )

    with db.sessions() as s:
        for model, key, attr in MOVED:
            row = s.get(model, w[key])
            assert getattr(row, attr) == w["survivor"], (model.__name__, attr)
            # Written through the ORM: the seq listener renumbered it, so clients pull it.
            assert row.server_seq > before[key], (model.__name__, attr)
        dup = s.get(Person, w["dup"])
        assert dup is not None
        assert (dup.merged_into_id, dup.deleted_at) == (w["survivor"], NOW)
        earlier = s.get(Person, w["earlier"])
        assert earlier is not None and earlier.merged_into_id == w["survivor"]
        survivor = s.get(Person, w["survivor"])
        assert survivor is not None
        assert survivor.personnummer == b.ANNA_PNR  # filled where the survivor had nothing
        assert (survivor.street, survivor.city) == ("Storgatan 1", "Göteborg")
        live_emails = [(e.address, e.is_primary) for e in survivor.emails if e.deleted_at is None]
        assert live_emails == [("anna@example.se", True), ("anna@home.se", False)]
        assert sorted(p.number for p in survivor.phones if p.deleted_at is None) == [
            "+46701234567",
            "+46707654321",
        ]
        assert b.category_keys(s, w["survivor"]) == {"alumnus", "registered_alumnus"}
        assert s.execute(select(PersonEmail).where(PersonEmail.person_id == w["dup"])).all() == []
    assert result.moved["registration.participant_id"] == 1
    assert result.moved["registration.approving_manager_id"] == 1
    assert result.moved["person_email.person_id"] == 2


def test_merge_is_audited_and_on_the_survivors_timeline_without_personal_numbers(
    db: Database,
) -> None:
    w = world(db)
    actor = officer(w["tenant"])

    with db.transaction() as s:
        merge_persons(
            session=s, actor=actor, survivor_id=w["survivor"], duplicate_id=w["dup"], now=NOW
        )

    with db.sessions() as s:
        audit = s.execute(
            select(AuditEvent).where(AuditEvent.entity_id == w["survivor"])
        ).scalar_one()
        merged = s.execute(
            select(Activity).where(
                Activity.person_id == w["survivor"], Activity.kind == ActivityKind.PERSON_MERGED
            )
        ).scalar_one()
    assert (audit.action, audit.actor_email, audit.actor_user_id) == (
        "person.merge",
        "officer@uni.se",
        actor.user_id,
    )
    assert audit.details["duplicate_id"] == w["dup"]
    assert audit.details["moved"]["alumni_registration.person_id"] == 1
    assert "personnummer" in audit.details["filled"]
    assert b.ANNA_PNR not in str(audit.details) and b.ANNA_PNR[2:] not in str(audit.details)
    assert merged.data["duplicate_id"] == w["dup"] and merged.actor == "officer@uni.se"


def test_categories_stay_one_link_per_person_so_they_can_be_changed_after_a_merge(
    db: Database,
) -> None:
    w = world(db)
    with db.transaction() as s:  # the survivor once had registered_alumnus, taken away since
        give_category(s, w["tenant"], w["survivor"], "registered_alumnus")
        take_category(s, w["tenant"], w["survivor"], "registered_alumnus", NOW)

    with db.transaction() as s:
        merge_persons(
            session=s,
            actor=officer(w["tenant"]),
            survivor_id=w["survivor"],
            duplicate_id=w["dup"],
            now=NOW,
        )
    with db.transaction() as s:
        links = s.execute(
            select(PersonCategory).where(PersonCategory.person_id == w["survivor"])
        ).all()
        assert len(links) == 2  # alumnus and the revived registered_alumnus
        build(
            "person.set_category",
            1,
            {"person_id": w["survivor"], "category_key": "alumnus", "present": False},
            id=new_id(),
        ).apply(s, officer(w["tenant"]))

    with db.sessions() as s:
        assert b.category_keys(s, w["survivor"]) == {"registered_alumnus"}


def test_persons_with_different_personnummer_are_not_merged(db: Database) -> None:
    with db.transaction() as s:
        t = b.tenant(s).id
        anna = b.person(s, t, pnr=b.ANNA_PNR).id
        other = b.person(s, t, pnr=b.ERIK_PNR, emails=["a@example.se"]).id

    with db.transaction() as s, pytest.raises(ConflictError, match="different personnummer"):
        merge_persons(session=s, actor=officer(t), survivor_id=anna, duplicate_id=other, now=NOW)

    with db.sessions() as s:
        kept = s.get(Person, other)
        assert kept is not None and kept.deleted_at is None and kept.merged_into_id is None


def test_merge_refuses_the_wrong_actor_the_same_person_and_another_tenant(db: Database) -> None:
    with db.transaction() as s:
        t = b.tenant(s).id
        elsewhere = b.tenant(s).id
        anna = b.person(s, t).id
        twin = b.person(s, t).id
        foreign = b.person(s, elsewhere).id

    def merge(actor: Actor, survivor: str, duplicate: str) -> None:
        with db.transaction() as s:
            merge_persons(
                session=s, actor=actor, survivor_id=survivor, duplicate_id=duplicate, now=NOW
            )

    with pytest.raises(PermissionDenied):
        merge(officer(t, "viewer"), anna, twin)
    with pytest.raises(ValidationError) as same:
        merge(officer(t), anna, anna)
    assert same.value.field == "duplicate_id"
    with pytest.raises(NotFoundError):
        merge(officer(t), anna, foreign)
    with db.sessions() as s:
        assert s.get(Person, twin).deleted_at is None  # type: ignore[union-attr]


def test_duplicates_are_listed_with_their_score_and_vanish_after_the_merge(db: Database) -> None:
    w = world(db)
    with db.sessions() as s:
        before = duplicate_candidates(s, tenant_id=w["tenant"], person_id=w["survivor"])
        alumni_view = registration_candidates(session=s, registration_id=w["alumni"], now=NOW)
    assert [(c.person_id, c.score) for c in before] == [(w["dup"], 55)]  # e-mail + name
    assert before[0].signals == ("e-mail", "name 100%")
    assert [c.person_id for c in alumni_view][:1] == [w["dup"]]

    with db.transaction() as s:
        merge_persons(
            session=s,
            actor=officer(w["tenant"]),
            survivor_id=w["survivor"],
            duplicate_id=w["dup"],
            now=NOW,
        )
    with db.sessions() as s:
        assert duplicate_candidates(s, tenant_id=w["tenant"], person_id=w["survivor"]) == []


@pytest.mark.parametrize("erased", ["survivor", "dup"])
def test_an_erased_person_is_not_merged_into_nor_merged(db: Database, erased: str) -> None:
    """An anonymised person filled in by a merge could never be erased again (issue 23)."""
    w = world(db)
    with db.transaction() as s:
        person = s.get(Person, w[erased])
        assert person is not None
        person.erased_at = NOW

    with db.transaction() as s, pytest.raises(ValidationError, match="is erased"):
        merge_persons(
            session=s,
            actor=officer(w["tenant"]),
            survivor_id=w["survivor"],
            duplicate_id=w["dup"],
            now=NOW,
        )
