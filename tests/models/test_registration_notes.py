"""Internal notes on a registration (models/registration_notes.py; seed 000, issue 20):
written by the course roles, never edited, withdrawn once (kept, marked by whom and when),
each an entry on the registration's timeline."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Activity, ActivityKind, Role
from models.commands import build
from models.errors import NotFoundError, PermissionDenied, TransitionError, ValidationError
from models.ids import new_id
from models.registration_notes import RegistrationNote, notes_of
from tests import factories as f


def run(session: Session, name: str, args: dict[str, Any], tenant_id: str, *roles: str) -> None:
    actor = f.actor(tenant_id, *(roles or [Role.COURSE_ADMIN]), email="clerk@uni.se")
    build(name, 1, args, id=new_id()).apply(session, actor)


def test_a_note_is_written_with_its_author_and_on_the_timeline(session: Session) -> None:
    t = f.tenant(session)
    reg = f.registration(session, t.id)
    note_id = new_id()
    text = "Approval received by phone from the manager.\nShe confirms the price."
    run(
        session,
        "registration.add_note",
        {"registration_id": reg.id, "note_id": note_id, "text": text},
        t.id,
    )
    note = session.get_one(RegistrationNote, note_id)
    assert (note.registration_id, note.author_email, note.text) == (reg.id, "clerk@uni.se", text)
    assert note.removed_at is None and not note.removed
    [entry] = session.scalars(select(Activity).where(Activity.registration_id == reg.id))
    assert entry.kind == ActivityKind.REGISTRATION_NOTE
    assert (entry.person_id, entry.body, entry.actor) == (reg.participant_id, text, "clerk@uni.se")
    assert entry.data == {"note_id": note_id}


def test_a_withdrawn_note_stays_marked_and_cannot_be_withdrawn_again(session: Session) -> None:
    t = f.tenant(session)
    reg = f.registration(session, t.id)
    first, second = new_id(), new_id()
    for note_id, text in ((first, "Approved by phone"), (second, "Correction: by e-mail")):
        run(
            session,
            "registration.add_note",
            {"registration_id": reg.id, "note_id": note_id, "text": text},
            t.id,
        )
    run(session, "registration.remove_note", {"note_id": first}, t.id, Role.ADMIN)
    note = session.get_one(RegistrationNote, first)
    assert note.text == "Approved by phone"  # kept as written
    assert note.removed and note.removed_by == "clerk@uni.se"
    assert [n.id for n in notes_of(session, reg.id)] == [second, first]
    kinds = session.scalars(
        select(Activity.kind).where(Activity.registration_id == reg.id).order_by(Activity.id)
    ).all()
    assert kinds.count(ActivityKind.REGISTRATION_NOTE_REMOVED) == 1
    with pytest.raises(TransitionError, match="already withdrawn by clerk@uni.se") as refused:
        run(session, "registration.remove_note", {"note_id": first}, t.id)
    assert refused.value.template == "This note was already withdrawn by {by} on {day}"


def test_only_the_roles_that_edit_registrations_write_notes(session: Session) -> None:
    t = f.tenant(session)
    reg = f.registration(session, t.id)
    args = {"registration_id": reg.id, "note_id": new_id(), "text": "Called"}
    for role in (Role.ALUMNI_OFFICER, Role.AGENT_CASE_HANDLER, Role.ATTESTANT):
        with pytest.raises(PermissionDenied):
            run(session, "registration.add_note", args, t.id, role)
    run(session, "registration.add_note", args, t.id, Role.ADMIN)
    with pytest.raises(PermissionDenied):
        run(
            session,
            "registration.remove_note",
            {"note_id": args["note_id"]},
            t.id,
            Role.ALUMNI_OFFICER,
        )


def test_a_blank_note_and_another_tenants_registration_are_refused(session: Session) -> None:
    t, other = f.tenant(session), f.tenant(session, "t2")
    reg = f.registration(session, t.id)
    with pytest.raises(ValidationError, match="Write the internal note"):
        run(
            session,
            "registration.add_note",
            {"registration_id": reg.id, "note_id": new_id(), "text": "  \n "},
            t.id,
        )
    with pytest.raises(NotFoundError):
        run(
            session,
            "registration.add_note",
            {"registration_id": reg.id, "note_id": new_id(), "text": "x"},
            other.id,
        )
    assert session.scalars(select(RegistrationNote)).all() == []
