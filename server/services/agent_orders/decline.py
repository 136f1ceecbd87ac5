"""An attestant declines to attest an agent order (seed 004 step 3.2: the attestant
"godkänner (eller avbryter)"; issue 20).

The agent's chosen attestant (on the staff attest page) or the customer's attestant
(through their mailed link) declines with a reason. The order goes back to the agent's
case handler: ``agent_review`` again, the attestant choice and the approval cleared
(:meth:`models.agent_orders.AgentOrder.decline_attest`), the decline recorded on the
order and as an audit step, and the case handler told by mail and in the app
(``agent_order.attest_declined``). The handler corrects the order and approves it again,
choosing an attestant, or rejects it. A customer's decline also ends their link.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from models.agent_orders import ATTEST_DECLINED, AgentOrder
from models.errors import ValidationError
from models.notifications import EventType
from models.tenancy import Role
from server.services.agent_orders import orders as core
from server.services.agent_orders.records import (
    Told,
    add_step,
    case_handlers_of,
    content_hash,
    customer_link,
    load_order,
    mark_order_read,
    order_message,
    require_agent_role,
    tell,
)
from server.services.auth import Principal
from server.services.database import Database
from server.services.seq import lock_tenant
from server.settings import Settings

__all__ = ["decline_agent_attest", "decline_customer_attest"]


def _reason(reason: str) -> str:
    """The decline's reason: required, plain text of at most ``MAX_TEXT`` characters."""
    reason = core._text(reason, "reason", required=False, limit=core.MAX_TEXT)
    if not reason:  # the state machine says so too; here before anything is read
        raise ValidationError("Give a reason for declining", field="reason")
    return reason


def _declined(
    s: Session,
    settings: Settings,
    order: AgentOrder,
    *,
    declined: str,
    decliner: str,
    reason: str,
    now: datetime,
) -> None:
    """The audit step (with the SHA-256 of the order as it was ``declined``) and the
    case handlers told, in ``s``'s transaction."""
    add_step(
        s,
        order,
        state=ATTEST_DECLINED,
        actor_email=order.declined_by_email or "",
        now=now,
        note=reason,
        data_hash=declined,
    )
    back = order_message(
        "agent_order.attest_declined.case_handlers",
        params={"decliner": decliner, "reason": reason},
        link_path=f"/staff/agent-orders/{order.id}/review",
    )
    tell(
        s,
        settings,
        order,
        EventType.AGENT_ORDER_ATTEST_DECLINED,
        [
            Told(
                "agent_order.attest_declined.case_handlers",
                back,
                users=case_handlers_of(s, order),
            )
        ],
        now,
    )


def decline_agent_attest(
    *,
    db: Database,
    settings: Settings,
    principal: Principal,
    order_id: str,
    reason: str,
    now: datetime,
) -> AgentOrder:
    """The agent's chosen attestant declines with ``reason``: back to the case handler."""
    reason = _reason(reason)
    with db.transaction() as s:
        lock_tenant(s, principal.tenant_id)
        order = load_order(s, tenant_id=principal.tenant_id, order_id=order_id)
        require_agent_role(s, principal, order, Role.ATTESTANT, "decline to attest")
        declined = content_hash(order)
        order.decline_attest(by_email=principal.email, reason=reason, now=now)
        # The attestant has acted: "awaits your attestation" is done.
        mark_order_read(s, order, principal.user_id, now)
        _declined(
            s,
            settings,
            order,
            declined=declined,
            decliner=principal.display_name or principal.email,
            reason=reason,
            now=now,
        )
    return order


def decline_customer_attest(
    *, db: Database, settings: Settings, token: str, reason: str, now: datetime
) -> AgentOrder:
    """The customer's attestant declines through their link: back to the agent's case
    handler; the link is used up (a new one comes once the agent has attested again)."""
    reason = _reason(reason)
    with db.transaction() as s:
        link = customer_link(s, token, purpose=core.CUSTOMER_ATTEST_PURPOSE, now=now)
        lock_tenant(s, link.tenant_id)
        s.refresh(link)
        if link.used_at is not None:  # a concurrent attest or decline won
            link = customer_link(s, token, purpose=core.CUSTOMER_ATTEST_PURPOSE, now=now)
        order = load_order(s, tenant_id=link.tenant_id, order_id=link.entity_id)
        declined = content_hash(order)
        order.decline_customer_attest(by_email=link.email, reason=reason, now=now)
        link.used_at = now
        name = order.ordered_by_name if link.email == order.ordered_by_email.lower() else ""
        _declined(
            s,
            settings,
            order,
            declined=declined,
            decliner=f"{name} <{link.email}>" if name else link.email,
            reason=reason,
            now=now,
        )
    return order
