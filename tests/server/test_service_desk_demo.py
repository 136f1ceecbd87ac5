"""The demo's service desk (issue 20): its attested orders have their cases, taken by the
demo's service desk (kundservice@demo.kansli.se, Nora Lind) with a note each, so
Go › Service-desk cases… shows something; on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
from datetime import date

from sqlalchemy import select

from models.agent_orders import AgentOrder, OrderState
from models.service_desk import ServiceDeskCase, ServiceDeskNote
from models.tenancy import Membership, Role, User
from server.db import migrate
from server.demo.generate import DEMO_USERS, DemoSizes
from server.demo.seed import seed_demo
from server.services.database import Database


def test_the_demos_attested_orders_have_cases_the_service_desk_works(server_db_url: str) -> None:
    migrate(server_db_url)
    db = Database(server_db_url)
    try:
        sizes = dataclasses.replace(DemoSizes().scaled(0.05), agent_orders=14)
        report = seed_demo(db, sizes=sizes, today=date(2026, 11, 25))
        with db.sessions() as s:
            desk = s.scalar(select(User).where(User.email == DEMO_USERS[Role.SERVICE_DESK][0]))
            assert desk is not None and desk.display_name == "Nora Lind"
            [membership] = s.scalars(select(Membership).where(Membership.user_id == desk.id))
            assert (membership.role, membership.agent_id) == (Role.SERVICE_DESK, None)
            orders = s.scalars(
                select(AgentOrder).where(
                    AgentOrder.tenant_id == report.tenant_id,
                    AgentOrder.state == OrderState.CASE_CREATED,
                )
            ).all()
            cases = {
                c.order_id: c
                for c in s.scalars(
                    select(ServiceDeskCase).where(ServiceDeskCase.tenant_id == report.tenant_id)
                )
            }
            assert len(orders) == 2 and set(cases) == {o.id for o in orders}
            for order in orders:
                case = cases[order.id]
                assert case.number == order.case_number and case.created_at == order.case_created_at
                assert (case.status, case.assignee_id, case.assignee_name) == (
                    "in_progress",
                    desk.id,
                    "Nora Lind",
                )
                [note] = s.scalars(
                    select(ServiceDeskNote).where(ServiceDeskNote.case_id == case.id)
                )
                assert note.author == "Nora Lind" and note.at > case.created_at
    finally:
        db.dispose()
