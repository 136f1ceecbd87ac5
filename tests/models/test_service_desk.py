"""The service desk's case (models/service_desk.py; issue 20, seed 004 step 5): its states
(new → in progress ⇄ waiting → resolved → closed, reopened from resolved), refusals naming
the case's status, and its commands (assign, set status, add a note) on a real SQLite file,
as the desktop applies them: for the service desk and administrators only, a note append
only, an assignment that someone else changed meanwhile refused."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.agent_orders import AgentOrder, OrderState
from models.commands import build
from models.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    TransitionError,
    ValidationError,
)
from models.ids import new_id
from models.organisations import Agent, Organisation
from models.service_desk import NEXT_STATUSES, CaseStatus, ServiceDeskCase, ServiceDeskNote
from models.tenancy import Role
from tests import factories as f

NOW = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)
S = CaseStatus


def a_case(
    session: Session, tenant_id: str, n: int = 1, status: str = "new", at: datetime = NOW
) -> ServiceDeskCase:
    """An attested order of Region Norr through Nordisk Nätpartner AB and its case
    ``SD-2026-<n>``, as the server's create_case leaves them."""
    org = Organisation(tenant_id=tenant_id, name="Region Norr")
    session.add(org)
    session.flush()
    agent = Agent(tenant_id=tenant_id, organisation_id=org.id, name="Nordisk Nätpartner AB")
    session.add(agent)
    session.flush()
    number = f"SD-2026-{n:05d}"
    order = AgentOrder(
        tenant_id=tenant_id,
        number=f"AO-2026-{n:04d}",
        agent_id=agent.id,
        customer_organisation_id=org.id,
        service="Fiberanslutning 1 Gbit/s",
        ordered_at=at,
        state=OrderState.CASE_CREATED,
        case_number=number,
        case_created_at=at,
    )
    session.add(order)
    session.flush()
    case = ServiceDeskCase(
        tenant_id=tenant_id,
        number=number,
        order_id=order.id,
        status=status,
        title="Fiberanslutning 1 Gbit/s: Region Norr (Nordisk Nätpartner AB)",
        created_at=at,
    )
    session.add(case)
    session.flush()
    return case


def run(session: Session, name: str, args: dict[str, Any], tenant_id: str, *roles: str) -> None:
    actor = f.actor(
        tenant_id,
        *(roles or [Role.SERVICE_DESK]),
        user_id="u-desk",
        display_name="Nora Lind",
    )
    build(name, 1, args, id=new_id()).apply(session, actor)


def test_the_state_machine_goes_forward_back_from_waiting_and_ends_closed() -> None:
    case = ServiceDeskCase(number="SD-1", status=S.NEW)
    assert case.move_to(S.IN_PROGRESS, now=NOW)
    assert not case.move_to(S.IN_PROGRESS, now=NOW)  # there already: nothing to do
    assert case.move_to(S.WAITING, now=NOW) and case.move_to(S.IN_PROGRESS, now=NOW)
    assert case.move_to(S.RESOLVED, now=NOW) and case.resolved_at == NOW
    assert case.move_to(S.IN_PROGRESS, now=NOW) and case.resolved_at is None  # reopened
    assert case.move_to(S.CLOSED, now=NOW)
    for target in S:
        if target != S.CLOSED:
            with pytest.raises(TransitionError) as refused:
                case.move_to(target, now=NOW)
            assert refused.value.params == {
                "number": "SD-1",
                "status": "closed",
                "target": target.value,
            }
    with pytest.raises(TransitionError, match="Case SD-1 is closed"):
        case.require_open()
    fresh = ServiceDeskCase(number="SD-2", status=S.NEW)
    with pytest.raises(TransitionError, match="Case SD-2 is new: it cannot be set to resolved"):
        fresh.move_to(S.RESOLVED, now=NOW)
    # Every status but closed leads somewhere; closed nowhere.
    assert all(NEXT_STATUSES[s] for s in S if s != S.CLOSED) and not NEXT_STATUSES[S.CLOSED]


def test_the_service_desk_assigns_notes_and_moves_a_case(session: Session) -> None:
    t = f.tenant(session)
    case = a_case(session, t.id)
    args = {"case_id": case.id}
    run(
        session,
        "service_desk_case.assign",
        {**args, "assignee_id": "u-desk", "assignee_name": "Nora Lind"},
        t.id,
    )
    assert (case.assignee_id, case.assignee_name) == ("u-desk", "Nora Lind")
    note_id = new_id()
    run(
        session,
        "service_desk_case.add_note",
        {**args, "note_id": note_id, "text": "Kunden ringde.\nÅterkommer."},
        t.id,
    )
    note = session.get(ServiceDeskNote, note_id)
    assert note is not None
    assert (note.case_id, note.author, note.text) == (
        case.id,
        "Nora Lind",
        "Kunden ringde.\nÅterkommer.",
    )
    run(session, "service_desk_case.set_status", {**args, "status": "waiting"}, t.id)
    assert case.status == S.WAITING
    # An administrator may too; unassigning needs the assignee the user saw.
    with pytest.raises(ConflictError, match="assigned to Nora Lind meanwhile"):
        run(session, "service_desk_case.assign", {**args, "assignee_id": None}, t.id, Role.ADMIN)
    run(
        session,
        "service_desk_case.assign",
        {**args, "assignee_id": None, "expected_assignee_id": "u-desk"},
        t.id,
        Role.ADMIN,
    )
    assert (case.assignee_id, case.assignee_name) == (None, "")
    with pytest.raises(ConflictError, match="Nobody is assigned to case SD-2026-00001 any"):
        run(
            session,
            "service_desk_case.assign",
            {**args, "assignee_id": "u-other", "expected_assignee_id": "u-desk"},
            t.id,
        )
    run(session, "service_desk_case.set_status", {**args, "status": "closed"}, t.id, Role.ADMIN)
    with pytest.raises(TransitionError, match="is closed"):
        run(session, "service_desk_case.add_note", {**args, "note_id": new_id(), "text": "x"}, t.id)
    assert session.scalars(select(ServiceDeskNote)).all() == [note]


@pytest.mark.parametrize(
    "role", [Role.VIEWER, Role.COURSE_ADMIN, Role.AGENT_CASE_HANDLER, Role.TREASURER]
)
def test_other_roles_may_not_touch_a_case(session: Session, role: Role) -> None:
    t = f.tenant(session)
    case = a_case(session, t.id)
    for name, args in (
        ("service_desk_case.add_note", {"note_id": new_id(), "text": "Hej"}),
        ("service_desk_case.set_status", {"status": "in_progress"}),
        ("service_desk_case.assign", {"assignee_id": "u-desk"}),
    ):
        with pytest.raises(PermissionDenied):
            run(session, name, {"case_id": case.id, **args}, t.id, role)
    assert case.status == S.NEW and case.assignee_id is None


def test_another_tenants_case_is_answered_as_missing(session: Session) -> None:
    mine, theirs = f.tenant(session, "a"), f.tenant(session, "b")
    case = a_case(session, theirs.id)
    with pytest.raises(NotFoundError, match="Service-desk case .* was not found"):
        run(
            session,
            "service_desk_case.set_status",
            {"case_id": case.id, "status": "waiting"},
            mine.id,
        )
    assert case.status == S.NEW


def test_an_empty_note_is_refused() -> None:

    with pytest.raises(ValidationError):
        build(
            "service_desk_case.add_note",
            1,
            {"case_id": "c", "note_id": "n", "text": "  "},
            id=new_id(),
        )
