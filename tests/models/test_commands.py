"""The shared command mechanism and the domain commands."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import (
    Activity,
    ActivityKind,
    AlumniRegistration,
    AlumniStatus,
    AuditEvent,
    Person,
    PersonCategory,
    Registration,
    Role,
)
from models.base import Base
from models.commands import build, from_envelope, registered
from models.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from models.ids import new_id
from server.db import make_engine
from tests import factories as f


def run(session: Session, name: str, args: dict, *, actor=None, tenant_id: str = "", **kw):  # type: ignore[no-untyped-def]
    cmd = build(name, 1, args, id=new_id())
    return cmd.apply(session, actor or f.actor(tenant_id, **kw))


def test_every_command_type_has_a_name_version_and_args_model() -> None:
    names = {name for name, _ in registered()}
    assert {
        "person.create",
        "person.edit",
        "registration.request_approval",
        "registration.remove_approval",
        "alumni.decide",
    } <= names


def test_unknown_command_and_version_are_named_in_the_error() -> None:
    with pytest.raises(ValidationError, match="Unknown command 'nope'"):
        build("nope", 1, {}, id=new_id())
    with pytest.raises(ValidationError, match="Unsupported version 9 of person.edit"):
        build("person.edit", 9, {}, id=new_id())


def test_bad_arguments_name_the_argument() -> None:
    with pytest.raises(ValidationError) as err:
        build("person.create", 1, {"person_id": "x", "first_name": "A"}, id=new_id())
    assert err.value.field == "args.last_name"
    with pytest.raises(ValidationError) as err:
        build("alumni.decide", 1, {"alumni_registration_id": "x", "decision": "maybe"}, id=new_id())
    assert err.value.field == "args.decision"
    with pytest.raises(ValidationError, match="Extra inputs"):
        build("registration.cancel", 1, {"registration_id": "x", "evil": 1}, id=new_id())
    with pytest.raises(ValidationError, match="must be a JSON object"):
        build("registration.cancel", 1, ["x"], id=new_id())


def test_envelope_round_trips() -> None:
    cmd = build(
        "registration.request_approval", 1, {"registration_id": "r1", "message": "Hej"}, id=new_id()
    )
    again = from_envelope(cmd.envelope())
    assert again.envelope() == cmd.envelope()
    with pytest.raises(ValidationError, match="Command has no args"):
        from_envelope({"id": "1", "name": "x", "version": 1})


def test_roles_are_checked(session: Session) -> None:
    t = f.tenant(session)
    reg = f.registration(session, t.id, form_manager_email="chef@firm.se")
    with pytest.raises(
        PermissionDenied, match="Your roles do not allow registration.request_approval"
    ):
        run(
            session,
            "registration.request_approval",
            {"registration_id": reg.id},
            tenant_id=t.id,
            actor=f.actor(t.id, Role.VIEWER),
        )


def test_other_tenants_rows_are_not_found(session: Session) -> None:
    mine, theirs = f.tenant(session, "mine"), f.tenant(session, "theirs")
    reg = f.registration(session, theirs.id, form_manager_email="chef@firm.se")
    with pytest.raises(NotFoundError, match=f"Registration {reg.id} was not found"):
        run(
            session, "registration.request_approval", {"registration_id": reg.id}, tenant_id=mine.id
        )
    assert reg.approval_requested_at is None


def _fresh_db(path: Path) -> Session:
    engine = make_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    return Session(engine)


def test_client_and_server_apply_create_the_same_rows(tmp_path: Path) -> None:
    """Rows a command creates get ids derived from the command id."""
    envelope = None
    created: list[set[str]] = []
    for side in ("client", "server"):
        with _fresh_db(tmp_path / f"{side}.db") as s:
            t = f.tenant(s)
            s.add(
                Person(
                    id="00000000-0000-7000-8000-000000000001",
                    tenant_id=t.id,
                    first_name="M",
                    last_name="N",
                )
            )
            if envelope is None:
                cmd = build(
                    "person.create",
                    1,
                    {
                        "person_id": new_id(),
                        "first_name": "Karin",
                        "last_name": "Ek",
                        "emails": [
                            {"address": "Karin.Ek@Firm.se"},
                            {"address": "k@home.se", "kind": "private"},
                        ],
                        "phones": [{"number": "070-123 45 67"}],
                    },
                    id=new_id(),
                )
                envelope = cmd.envelope()
            outcome = from_envelope(envelope).apply(
                s, f.actor(t.id, authoritative=side == "server")
            )
            created.append({row_id for _, row_id in outcome.concerns})
            person = s.get(Person, envelope["args"]["person_id"])
            assert person is not None
            assert [e.address for e in person.emails] == ["karin.ek@firm.se", "k@home.se"]
            assert person.primary_email == "karin.ek@firm.se"
            assert [p.number for p in person.phones] == ["+46701234567"]
    assert created[0] == created[1]


def test_person_edit_merges_different_fields(session: Session) -> None:
    t = f.tenant(session)
    p = f.person(session, t.id, "Anna", "Berg")
    p.city = "Uppsala"
    # Someone else changed the city already; this edit changes the last name only.
    run(
        session,
        "person.edit",
        {"person_id": p.id, "changes": {"last_name": {"old": "Berg", "new": "Lind"}}},
        tenant_id=t.id,
    )
    assert (p.last_name, p.city) == ("Lind", "Uppsala")


def test_person_edit_same_field_changed_on_both_sides_is_a_conflict(session: Session) -> None:
    t = f.tenant(session)
    p = f.person(session, t.id, "Anna", "Berg")
    p.title = "Rektor"  # the server's value after someone else's edit
    changes = {"title": {"old": "", "new": "Prefekt"}, "city": {"old": "", "new": "Lund"}}
    with pytest.raises(ConflictError) as err:
        run(session, "person.edit", {"person_id": p.id, "changes": changes}, tenant_id=t.id)
    assert err.value.details["fields"] == {
        "title": {"yours": "Prefekt", "theirs": "Rektor", "base": None}
    }
    assert "changed title of Anna Berg" in err.value.message


def test_person_edit_to_the_same_value_is_not_a_conflict(session: Session) -> None:
    t = f.tenant(session)
    p = f.person(session, t.id)
    p.title = "Prefekt"
    run(
        session,
        "person.edit",
        {"person_id": p.id, "changes": {"title": {"old": "", "new": "Prefekt"}}},
        tenant_id=t.id,
    )
    assert p.title == "Prefekt"


def test_person_edit_validates_personnummer_and_sets_birth_date(session: Session) -> None:
    t = f.tenant(session)
    p = f.person(session, t.id)
    with pytest.raises(ValidationError, match="check digit"):
        run(
            session,
            "person.edit",
            {"person_id": p.id, "changes": {"personnummer": {"new": "811218-9875"}}},
            tenant_id=t.id,
        )
    run(
        session,
        "person.edit",
        {"person_id": p.id, "changes": {"personnummer": {"new": "811218-9876"}}},
        tenant_id=t.id,
    )
    assert p.personnummer == "198112189876"
    assert p.birth_date is not None and p.birth_date.isoformat() == "1981-12-18"


def test_person_edit_refuses_unknown_fields() -> None:
    with pytest.raises(ValidationError, match="fields that cannot be edited: tenant_id"):
        build(
            "person.edit",
            1,
            {"person_id": "p", "changes": {"tenant_id": {"new": "x"}}},
            id=new_id(),
        )


def test_request_approval_records_activity_on_manager_and_asks_for_a_mail(session: Session) -> None:
    t = f.tenant(session)
    manager = f.person(session, t.id, "Maria", "Chef", "maria@firm.se")
    reg = f.registration(session, t.id, manager=manager)
    out = run(
        session,
        "registration.request_approval",
        {"registration_id": reg.id, "message": "Specialpris 9 000 kr"},
        tenant_id=t.id,
    )
    assert reg.approval_requested_at is not None
    [effect] = out.effects
    assert effect.kind == "mail.approval_request"
    assert effect.data == {
        "registration_id": reg.id,
        "recipient": "maria@firm.se",
        "message": "Specialpris 9 000 kr",
        "reminder": False,
    }
    run(session, "registration.request_approval", {"registration_id": reg.id}, tenant_id=t.id)
    kinds = session.scalars(
        select(Activity.kind).where(Activity.person_id == manager.id).order_by(Activity.occurred_at)
    ).all()
    assert kinds == [ActivityKind.APPROVAL_REQUESTED, ActivityKind.APPROVAL_REMINDER]


def test_remove_approval_is_audited_on_the_server_only(session: Session) -> None:
    t = f.tenant(session)
    reg = f.registration(session, t.id, form_manager_email="self@firm.se")
    reg.approve(
        by_email="self@firm.se", manager_emails=[], terms_version="1", now=datetime.now(UTC)
    )
    with pytest.raises(PermissionDenied):
        run(
            session,
            "registration.remove_approval",
            {"registration_id": reg.id, "reason": "Self-approved"},
            actor=f.actor(t.id, Role.COURSE_ADMIN),
        )
    run(
        session,
        "registration.remove_approval",
        {"registration_id": reg.id, "reason": "Self-approved"},
        actor=f.actor(t.id, Role.ADMIN, authoritative=True),
    )
    assert session.get(Registration, reg.id).approved_at is None  # type: ignore[union-attr]
    [event] = session.scalars(select(AuditEvent)).all()
    assert (event.action, event.entity_id, event.details["reason"]) == (
        "registration.remove_approval",
        reg.id,
        "Self-approved",
    )
    assert event.details["removed_approved_by"] == "self@firm.se"


def test_alumni_decide_approves_and_gives_registered_alumnus(session: Session) -> None:
    t = f.tenant(session)
    p = f.person(session, t.id)
    item = AlumniRegistration(
        id=new_id(),
        tenant_id=t.id,
        email="a@b.se",
        received_at=datetime.now(UTC),
        person_id=p.id,
        status=AlumniStatus.NOT_APPROVED,
    )
    session.add(item)
    session.flush()
    run(
        session,
        "alumni.decide",
        {"alumni_registration_id": item.id, "decision": "approve"},
        actor=f.actor(t.id, Role.ALUMNI_OFFICER, display_name="A. Berg"),
    )
    assert item.status == AlumniStatus.APPROVED_MANUALLY
    assert item.decided_by == "A. Berg"
    assert session.scalars(select(PersonCategory).where(PersonCategory.person_id == p.id)).one()
    with pytest.raises(ConflictError, match="Already approved manually by A. Berg"):
        run(
            session,
            "alumni.decide",
            {"alumni_registration_id": item.id, "decision": "deny", "reason": "x"},
            tenant_id=t.id,
        )


def test_alumni_deny_needs_a_reason(session: Session) -> None:
    t = f.tenant(session)
    item = AlumniRegistration(
        id=new_id(),
        tenant_id=t.id,
        email="a@b.se",
        received_at=datetime.now(UTC),
        status=AlumniStatus.NOT_APPROVED,
    )
    session.add(item)
    session.flush()
    with pytest.raises(ValidationError, match="reason"):
        run(
            session,
            "alumni.decide",
            {"alumni_registration_id": item.id, "decision": "deny"},
            tenant_id=t.id,
        )
    assert item.status == AlumniStatus.NOT_APPROVED


def test_changed_terms_need_a_new_version(session: Session) -> None:
    t = f.tenant(session)
    r = f.course_round(session, t.id)
    with pytest.raises(ValidationError, match="need a new version"):
        run(
            session,
            "round.set_terms",
            {"round_id": r.id, "terms_text": "Ny text", "terms_version": r.terms_version},
            tenant_id=t.id,
        )
    run(
        session,
        "round.set_terms",
        {"round_id": r.id, "terms_text": "Ny text", "terms_version": "2027-1"},
        tenant_id=t.id,
    )
    assert (r.terms_text, r.terms_version) == ("Ny text", "2027-1")


def test_person_edit_refuses_what_the_profile_editor_refuses(session: Session) -> None:
    t = f.tenant(session)
    p = f.person(session, t.id)
    for field, bad, message in [
        ("first_name", " ", "Must not be empty"),
        ("country", "Sverige", "Two letters, such as SE"),
        ("postal_code", "123-45", "Letters and digits only, such as 123 45"),
        ("birth_date", "2026-13-01", "Write the date as YYYY-MM-DD"),
    ]:
        with pytest.raises(ValidationError) as err:
            run(
                session,
                "person.edit",
                {"person_id": p.id, "changes": {field: {"new": bad}}},
                tenant_id=t.id,
            )
        assert (err.value.field, err.value.template) == (field, message)


def test_a_value_stored_before_the_rule_can_be_corrected(session: Session) -> None:
    t = f.tenant(session)
    p = f.person(session, t.id)
    p.postal_code = "S-123 45"  # from an older import; today's rule refuses the dash
    session.flush()
    change = {"postal_code": {"old": "S-123 45", "new": "123 45"}}
    run(session, "person.edit", {"person_id": p.id, "changes": change}, tenant_id=t.id)
    assert p.postal_code == "123 45"


def test_the_command_and_the_alumni_processing_change_the_same_category_row(
    session: Session,
) -> None:
    from server.services.alumni.categories import give_category

    t = f.tenant(session)
    p = f.person(session, t.id)
    assert give_category(session, t.id, p.id, "alumnus")  # the server makes the category
    session.flush()
    take = {"person_id": p.id, "category_key": "alumnus", "present": False}
    outcome = run(session, "person.set_category", take, tenant_id=t.id)
    links = session.scalars(select(PersonCategory).where(PersonCategory.person_id == p.id)).all()
    assert len(links) == 1 and links[0].deleted_at is not None
    assert ("person_category", links[0].id) in outcome.concerns
    assert give_category(session, t.id, p.id, "alumnus")  # revives the command's row
    session.flush()
    assert session.scalars(
        select(PersonCategory).where(PersonCategory.person_id == p.id)
    ).all() == [links[0]]
    assert links[0].deleted_at is None


def test_a_row_made_for_a_bulk_write_is_the_row_the_constructor_makes() -> None:
    from sqlalchemy import inspect

    from models.commands.base import column_values, fill_defaults, new_row
    from models.people import PersonEmail

    values = {"id": new_id(), "person_id": new_id(), "address": "a@b.se", "is_primary": True}
    made, built = new_row(PersonEmail, values), PersonEmail(**values)
    assert type(made) is PersonEmail and inspect(made).transient
    for row in (made, built):
        fill_defaults(row)
    stamped = {"updated_at"}  # the default's clock, read by each
    assert {k: v for k, v in column_values(made).items() if k not in stamped} == {
        k: v for k, v in column_values(built).items() if k not in stamped
    }
    assert made.address == "a@b.se" and made.kind == built.kind
    # Anything but column values goes through the constructor, which refuses a wrong name.
    with pytest.raises(TypeError):
        new_row(PersonEmail, {**values, "adress": "x"})
    person = Person(id=new_id(), first_name="A", last_name="B")
    assert new_row(PersonEmail, {**values, "person": person}).person is person
