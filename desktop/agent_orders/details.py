"""One agent order as the local database has it: the page header and the offline details."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from desktop.common.values import utc
from desktop.i18n import format_datetime
from desktop.operations import OpContext
from models import Agent, AgentOrder, Organisation
from models.agent_orders import AgentOrderStep

CTX = "AgentOrderPage"


@dataclass(frozen=True)
class OrderStep:
    at: datetime | None
    state: str
    actor: str
    note: str


@dataclass
class OrderInfo:
    """What the header and the offline message show of an order."""

    id: str
    number: str
    state: str
    service: str
    customer: str
    agent: str
    ordered_by: str
    ordered_by_email: str
    ordered_at: datetime | None
    case_handler: str
    agent_attestant: str
    customer_attestant: str
    billing: dict[str, object] = field(default_factory=dict)
    attest_info: dict[str, object] = field(default_factory=dict)
    details: dict[str, object] = field(default_factory=dict)
    rejected_reason: str = ""
    case_number: str = ""
    #: Why an attestant declined, while the order is back in review for it ("" else).
    declined_reason: str = ""
    declined_by: str = ""
    steps: list[OrderStep] = field(default_factory=list)


def load_order(ctx: OpContext, order_id: str) -> OrderInfo | None:
    """The order ``order_id`` with its customer, agent and audit trail (None if unknown)."""
    with ctx.read() as s:
        order = s.get(AgentOrder, order_id)
        if order is None or order.deleted_at is not None:
            return None
        customer = s.get(Organisation, order.customer_organisation_id)
        agent = s.get(Agent, order.agent_id)
        steps = [
            OrderStep(utc(st.at), st.state, st.actor_email, st.note)
            for st in s.scalars(
                select(AgentOrderStep)
                .where(AgentOrderStep.order_id == order_id, AgentOrderStep.deleted_at.is_(None))
                .order_by(AgentOrderStep.at)
            )
        ]
        return OrderInfo(
            id=order.id,
            number=order.number,
            state=order.state,
            service=order.service,
            customer=customer.name if customer else "",
            agent=agent.name if agent else "",
            ordered_by=order.ordered_by_name,
            ordered_by_email=order.ordered_by_email,
            ordered_at=utc(order.ordered_at),
            case_handler=order.case_handler_email or "",
            agent_attestant=order.agent_attestant_email or "",
            customer_attestant=order.customer_attestant_email,
            billing=dict(order.billing or {}),
            attest_info=dict(order.attest_info or {}),
            details=dict(order.details or {}),
            rejected_reason=order.rejected_reason or "",
            case_number=order.case_number or "",
            declined_reason=order.declined_reason if order.declined_in_review else "",
            declined_by=(order.declined_by_email or "") if order.declined_in_review else "",
            steps=steps,
        )


def detail_rows(info: OrderInfo, state_text: Callable[[str], str]) -> tuple[tuple[str, str], ...]:
    """Label and value of each fact the app knows of the order, for the offline message."""
    rows: list[tuple[str, str]] = [
        (QCoreApplication.translate("AgentOrderPage", "State"), state_text(info.state)),
        (QCoreApplication.translate("AgentOrderPage", "Service"), info.service),
        (QCoreApplication.translate("AgentOrderPage", "Customer"), info.customer),
        (QCoreApplication.translate("AgentOrderPage", "Agent"), info.agent),
        (
            QCoreApplication.translate("AgentOrderPage", "Ordered by"),
            " · ".join(x for x in (info.ordered_by, info.ordered_by_email) if x),
        ),
        (QCoreApplication.translate("AgentOrderPage", "Ordered"), format_datetime(info.ordered_at)),
    ]
    address = info.details.get("address")
    if address:
        rows.append((QCoreApplication.translate("AgentOrderPage", "Address"), str(address)))
    rows += [
        (QCoreApplication.translate("AgentOrderPage", "Case handler"), info.case_handler),
        (QCoreApplication.translate("AgentOrderPage", "Agent's attestant"), info.agent_attestant),
        (
            QCoreApplication.translate("AgentOrderPage", "Customer's attestant"),
            info.customer_attestant,
        ),
    ]
    if info.billing:
        billing = " · ".join(
            str(info.billing.get(k, "")) for k in ("reference", "address") if info.billing.get(k)
        )
        rows.append((QCoreApplication.translate("AgentOrderPage", "Billing"), billing))
    if info.attest_info.get("reference"):
        rows.append(
            (
                QCoreApplication.translate("AgentOrderPage", "Attest reference"),
                str(info.attest_info["reference"]),
            )
        )
    if info.rejected_reason:
        rows.append(
            (
                QCoreApplication.translate("AgentOrderPage", "Reason for rejection"),
                info.rejected_reason,
            )
        )
    if info.declined_reason:
        rows.append(
            (
                QCoreApplication.translate("AgentOrderPage", "Declined by the attestant"),
                f"{info.declined_by}: {info.declined_reason}",
            )
        )
    if info.case_number:
        rows.append(
            (QCoreApplication.translate("AgentOrderPage", "Service desk case"), info.case_number)
        )
    if info.steps:
        trail = "\n".join(
            f"{format_datetime(st.at)}  {state_text(st.state)}  {st.actor}".rstrip()
            for st in info.steps
        )
        rows.append((QCoreApplication.translate("AgentOrderPage", "History"), trail))
    return tuple(rows)
