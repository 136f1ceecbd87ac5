"""registration.create with a partner (issue 17): staff entering a pair who take a partner
course together (seed 003: Maria and Anders's Tango Nybörjare) record whom each is with,
so the booking pages offer them as partners later."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from models.commands import build
from models.courses import Registration
from models.errors import NotFoundError, ValidationError
from models.ids import new_id
from tests import factories as f


def register(session: Session, tenant_id: str, **args: Any) -> Registration:
    reg_id = new_id()
    build("registration.create", 1, {"registration_id": reg_id, **args}, id=new_id()).apply(
        session, f.actor(tenant_id)
    )
    return session.get_one(Registration, reg_id)


def test_staff_register_a_pair_each_the_others_partner(session: Session) -> None:
    t = f.tenant(session)
    round_id = f.course_round(session, t.id).id
    maria, anders = f.person(session, t.id).id, f.person(session, t.id).id
    first = register(session, t.id, round_id=round_id, participant_id=maria, partner_id=anders)
    second = register(session, t.id, round_id=round_id, participant_id=anders, partner_id=maria)
    alone = register(session, t.id, round_id=round_id, participant_id=f.person(session, t.id).id)
    assert (first.partner_id, second.partner_id, alone.partner_id) == (anders, maria, None)


def test_a_partner_is_someone_else_of_the_same_tenant(session: Session) -> None:
    t, other = f.tenant(session), f.tenant(session, "t2")
    round_id = f.course_round(session, t.id).id
    maria = f.person(session, t.id).id
    with pytest.raises(ValidationError) as err:
        register(session, t.id, round_id=round_id, participant_id=maria, partner_id=maria)
    assert err.value.field == "partner_id"
    for partner in (new_id(), f.person(session, other.id).id):
        with pytest.raises(NotFoundError):
            register(session, t.id, round_id=round_id, participant_id=maria, partner_id=partner)
