"""``registration.import``: many rows of a file onto a round in one command, by the rules
of ``person.create``, ``person.add_email`` and ``registration.create``."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Person, Registration, Role
from models.commands import build
from models.commands.imports import MAX_ROWS
from models.errors import NotFoundError, PermissionDenied, ValidationError
from models.ids import new_id
from models.people import PersonEmail, PersonPhone
from tests import factories as f


def new_row(row: int, **person: Any) -> dict[str, Any]:
    pid = new_id()
    fields = {
        "person_id": pid,
        "first_name": f"Förnamn{row}",
        "last_name": f"Efternamn{row}",
        "emails": [{"address": f"rad{row}@example.se"}],
        **person,
    }
    return {"row": row, "registration_id": new_id(), "participant_id": pid, "person": fields}


def run(session: Session, tenant_id: str, round_id: str, rows: list[dict[str, Any]], *roles: str):  # type: ignore[no-untyped-def]
    cmd = build("registration.import", 1, {"round_id": round_id, "rows": rows}, id=new_id())
    return cmd.apply(session, f.actor(tenant_id, *roles))


def test_rows_become_people_addresses_and_registrations(session: Session) -> None:
    t = f.tenant(session)
    round_ = f.course_round(session, t.id)
    known = f.person(session, t.id, "Karin", "Ek", "karin@example.se")
    manager = f.person(session, t.id, "Mona", "Chef", "mona@example.se")
    first = new_row(2, phones=[{"number": "070-123 45 67"}])
    # The manager of row 4 is the new person of row 2, made by the same command.
    rows = [
        first,
        {
            "row": 3,
            "registration_id": new_id(),
            "participant_id": known.id,
            "approving_manager_id": manager.id,
            "add_email": "Karin.Ek@Firma.se",
        },
        {**new_row(4), "approving_manager_id": first["participant_id"]},
    ]
    outcome = run(session, t.id, round_.id, rows)
    regs = {r.participant_id: r for r in session.scalars(select(Registration))}
    assert set(regs) == {first["participant_id"], known.id, rows[2]["participant_id"]}
    assert regs[known.id].approving_manager_id == manager.id
    assert regs[rows[2]["participant_id"]].approving_manager_id == first["participant_id"]
    new_person = session.get(Person, first["participant_id"])
    assert new_person is not None and new_person.first_name == "Förnamn2"
    phone = session.scalar(select(PersonPhone).where(PersonPhone.person_id == new_person.id))
    assert phone is not None and phone.number == "+46701234567"  # person.create's rule
    addresses = session.scalars(
        select(PersonEmail.address).where(PersonEmail.person_id == known.id)
    ).all()
    assert sorted(addresses) == ["karin.ek@firma.se", "karin@example.se"]
    assert ("course_round", round_.id) in outcome.concerns
    assert ("registration", rows[1]["registration_id"]) in outcome.concerns
    assert len(outcome.concerns) == len(set(outcome.concerns))


def test_the_same_command_gives_the_same_row_ids_on_every_apply(tmp_path: Any) -> None:
    """Client and server apply the same envelope: the rows' ids must agree."""
    from models.base import Base
    from models.commands import from_envelope
    from server.db import make_engine

    envelope = None
    ids = []
    for name in ("client", "server"):
        engine = make_engine(f"sqlite:///{tmp_path / name}.db")
        Base.metadata.create_all(engine)
        with Session(engine) as s:
            t = f.tenant(s)
            t.id = "01900000-0000-7000-8000-000000000001"
            s.flush()
            round_ = f.course_round(s, t.id)
            round_.id = "01900000-0000-7000-8000-000000000002"
            s.flush()
            if envelope is None:
                rows = [new_row(2, phones=[{"number": "0701234567"}])]
                envelope = build(
                    "registration.import", 1, {"round_id": round_.id, "rows": rows}, id=new_id()
                ).envelope()
            from_envelope(envelope).apply(s, f.actor(t.id))
            ids.append(
                sorted(s.scalars(select(PersonEmail.id)))
                + sorted(s.scalars(select(PersonPhone.id)))
            )
        engine.dispose()
    assert ids[0] == ids[1] and len(ids[0]) == 2


def test_a_refused_row_is_named_with_the_rule_of_its_single_command(session: Session) -> None:
    t = f.tenant(session)
    round_ = f.course_round(session, t.id)
    known = f.person(session, t.id, "Karin", "Ek", "karin@example.se")
    bad_phone = new_row(3, phones=[{"number": "0701"}])
    with pytest.raises(ValidationError) as info, session.begin_nested():
        run(session, t.id, round_.id, [new_row(2), bad_phone])
    assert info.value.row == 3 and info.value.details["row"] == 3
    assert info.value.field == "phones.0"
    assert info.value.template.startswith("Swedish phone number is too short")
    # A known person's address already theirs: person.add_email's refusal, with the row.
    again = {
        "row": 7,
        "registration_id": new_id(),
        "participant_id": known.id,
        "add_email": "karin@example.se",
    }
    with pytest.raises(ValidationError) as info, session.begin_nested():
        run(session, t.id, round_.id, [again])
    assert info.value.details == {"field": "address", "row": 7}
    # An unknown participant: registration.create's not found, with the row.
    missing = {"row": 9, "registration_id": new_id(), "participant_id": new_id()}
    with pytest.raises(NotFoundError) as info_missing, session.begin_nested():
        run(session, t.id, round_.id, [missing])
    assert info_missing.value.details == {"row": 9}
    assert "Participant" in info_missing.value.message


def test_arguments_are_checked_by_person_creates_own_model() -> None:
    row = new_row(2, first_name="")
    with pytest.raises(ValidationError) as info:
        build("registration.import", 1, {"round_id": new_id(), "rows": [row]}, id=new_id())
    assert info.value.field == "args.rows.0.person.first_name"
    mismatch = {**new_row(2), "participant_id": new_id()}
    with pytest.raises(ValidationError, match="person_id must be the participant_id"):
        build("registration.import", 1, {"round_id": new_id(), "rows": [mismatch]}, id=new_id())
    too_many = [new_row(n) for n in range(2, MAX_ROWS + 3)]
    with pytest.raises(ValidationError) as info:
        build("registration.import", 1, {"round_id": new_id(), "rows": too_many}, id=new_id())
    assert info.value.field == "args.rows"


def test_roles_are_those_of_person_create_and_registration_create_together(
    session: Session,
) -> None:
    t = f.tenant(session)
    round_ = f.course_round(session, t.id)
    # An alumni officer may create people but not registrations.
    with pytest.raises(PermissionDenied):
        run(session, t.id, round_.id, [new_row(2)], Role.ALUMNI_OFFICER)
    # A course administrator may not set a personnummer (person.create's rule).
    with pytest.raises(PermissionDenied) as info:
        run(session, t.id, round_.id, [new_row(2, personnummer="19811218-9876")], Role.COURSE_ADMIN)
    assert info.value.details["field"] == "personnummer"
    run(session, t.id, round_.id, [new_row(2)], Role.COURSE_ADMIN)
    assert session.scalar(select(func.count()).select_from(Registration)) == 1
