"""The handler's case lists (seed 004 section 2, "Åtgärd krävs" and "Uppdaterat ärende").

- **Action required**: the orders waiting for the signed-in user
  (:func:`server.services.agent_orders.records.my_approvals`: to review as a case
  handler of the order's agent, to attest as the attestant the case handler chose);
- **Updated cases**: the orders the user has opened whose last step came after they last
  opened them and was not their own (:func:`models.agent_orders.is_updated`).

When a user last opened an order is :class:`server.tables.AgentOrderSeen`, written by
:func:`mark_seen` when a staff page of the order opens (the desktop opens orders through
those pages too). It is per user and server-side only, as the in-app notifications are.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from models.agent_orders import AgentOrder, AgentOrderStep, is_updated
from models.organisations import Organisation
from server.services import scope
from server.services.agent_orders.records import NO_SUCH_ORDER, load_order, my_approvals
from server.services.auth import Principal
from server.sql import conflict_insert
from server.tables import AgentOrderSeen

#: At most this many orders in a list (the oldest waiting first, the latest change first).
LIMIT = 500


def mark_seen(session: Session, principal: Principal, order: AgentOrder, now: datetime) -> None:
    """``principal`` has opened ``order``'s page at ``now`` (one atomic upsert: two tabs
    opening it at once make one row)."""
    session.execute(
        conflict_insert(session, AgentOrderSeen)
        .values(
            tenant_id=order.tenant_id, order_id=order.id, user_id=principal.user_id, seen_at=now
        )
        .on_conflict_do_update(
            index_elements=[AgentOrderSeen.order_id, AgentOrderSeen.user_id],
            set_={"seen_at": now},
        )
    )


def mark_seen_by_id(
    session: Session, principal: Principal, order_id: str, now: datetime
) -> datetime:
    """``principal`` opened order ``order_id`` (the desktop, on a tab already open); an
    order outside their scope is NotFoundError, as a missing one. Returns the time kept."""
    order = load_order(session, tenant_id=principal.tenant_id, order_id=order_id)
    scope.require_visible(
        session, principal, "agent_order", order.id, message=NO_SUCH_ORDER.format(order.id)
    )
    mark_seen(session, principal, order, now)
    return now


def seen_times(session: Session, principal: Principal) -> dict[str, datetime]:
    """When ``principal`` last opened each order they have opened and their scope still
    reaches (order id -> time): a user moved to another agent is told nothing of the
    orders of the one before."""
    rows = session.execute(
        select(AgentOrderSeen.order_id, AgentOrderSeen.seen_at).where(
            AgentOrderSeen.tenant_id == principal.tenant_id,
            AgentOrderSeen.user_id == principal.user_id,
        )
    )
    times = {order_id: seen_at for order_id, seen_at in rows}
    visible = scope.visible_ids(session, principal, "agent_order", times)
    return {order_id: at for order_id, at in times.items() if order_id in visible}


def action_required(session: Session, principal: Principal) -> list[AgentOrder]:
    """The orders waiting for ``principal`` that their scope reaches, oldest first."""
    waiting = my_approvals(session, principal)
    visible = scope.visible_ids(session, principal, "agent_order", [o.id for o in waiting])
    return [o for o in waiting if o.id in visible][:LIMIT]


def updated_cases(session: Session, principal: Principal) -> list[tuple[AgentOrder, datetime]]:
    """The orders that changed since ``principal`` last opened them, not by their own step,
    each with when it last changed; the latest change first."""
    steps = session.execute(
        select(
            AgentOrderStep.order_id,
            AgentOrderStep.at,
            AgentOrderStep.actor_email,
            AgentOrderSeen.seen_at,
        )
        .join(
            AgentOrderSeen,
            and_(
                AgentOrderSeen.order_id == AgentOrderStep.order_id,
                AgentOrderSeen.user_id == principal.user_id,
            ),
        )
        .where(
            AgentOrderStep.tenant_id == principal.tenant_id,
            AgentOrderStep.deleted_at.is_(None),
            AgentOrderStep.at > AgentOrderSeen.seen_at,
        )
        .order_by(AgentOrderStep.at, AgentOrderStep.server_seq)
    )
    since: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
    seen: dict[str, datetime] = {}
    for order_id, at, actor, seen_at in steps:
        since[order_id].append((at, actor))
        seen[order_id] = seen_at
    changed = [
        order_id
        for order_id, rows in since.items()
        if is_updated(rows, seen_at=seen[order_id], by_email=principal.email)
    ]
    visible = scope.visible_ids(session, principal, "agent_order", changed)
    orders = list(
        session.scalars(
            select(AgentOrder).where(
                AgentOrder.id.in_([i for i in changed if i in visible]),
                AgentOrder.deleted_at.is_(None),
            )
        )
    )
    orders.sort(key=lambda o: since[o.id][-1][0], reverse=True)
    return [(o, since[o.id][-1][0]) for o in orders[:LIMIT]]


@dataclass
class CaseLists:
    """Both lists with each order's customer organisation (for the staff page)."""

    action_required: list[AgentOrder]
    #: Each updated order and when it last changed.
    updated: list[tuple[AgentOrder, datetime]]
    customers: dict[str, Organisation]

    def customer_name(self, order: AgentOrder) -> str:
        org = self.customers.get(order.customer_organisation_id)
        return org.name if org else ""


def case_lists(session: Session, principal: Principal) -> CaseLists:
    """Action required and Updated cases of ``principal``."""
    waiting = action_required(session, principal)
    updated = updated_cases(session, principal)
    ids = {o.customer_organisation_id for o in (*waiting, *(o for o, _at in updated))}
    customers = {
        org.id: org for org in session.scalars(select(Organisation).where(Organisation.id.in_(ids)))
    }
    return CaseLists(waiting, updated, customers)
