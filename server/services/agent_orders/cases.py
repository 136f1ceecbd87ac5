"""The service desk's case of an attested agent order (seed 004 step 5), as a record.

:func:`open_service_desk_case` runs in :func:`server.services.agent_orders.orders.create_case`'s
transaction: the case (:class:`models.service_desk.ServiceDeskCase`, status ``new``, nobody
assigned, titled by the order) and the notification
``service_desk_case.created`` to the service desk: by default to the tenant's active users
with the role Service desk (in the app and by mail); a binding of the event says otherwise
(e.g. the tenant's static recipients: a shared service-desk address).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from models.agent_orders import AgentOrder
from models.notifications import EventType
from models.service_desk import CaseStatus, ServiceDeskCase
from models.tenancy import Membership, Role, User
from server.services.agent_orders.records import (
    Told,
    names_of,
    order_message,
    role_holders,
    tell,
)
from server.settings import Settings

#: The default's key (:mod:`server.services.message_defaults`).
CREATED = "service_desk_case.created.service_desk"


def service_desk_users(session: Session, tenant_id: str) -> list[User]:
    """The tenant's active users with the role Service desk (tenant-wide), by name."""
    return role_holders(
        session, tenant_id=tenant_id, role=Role.SERVICE_DESK, where=Membership.agent_id.is_(None)
    )


def case_title(session: Session, order: AgentOrder) -> str:
    """What the case is about, in a line: the service, for whom, through whom."""
    customer, agent, _tenant = names_of(session, order)
    return f"{order.service}: {customer} ({agent})"


def open_service_desk_case(
    session: Session, settings: Settings, order: AgentOrder, now: datetime
) -> ServiceDeskCase:
    """The case of ``order`` (which has its ``case_number``), and the service desk told."""
    assert order.case_number is not None
    title = case_title(session, order)
    case = ServiceDeskCase(
        tenant_id=order.tenant_id,
        number=order.case_number,
        order_id=order.id,
        status=CaseStatus.NEW,
        title=title,
        created_at=now,
    )
    session.add(case)
    message = order_message(CREATED, params={"case": case.number, "title": title})
    tell(
        session,
        settings,
        order,
        EventType.SERVICE_DESK_CASE_CREATED,
        [Told(CREATED, message, users=service_desk_users(session, order.tenant_id))],
        now,
    )
    return case
