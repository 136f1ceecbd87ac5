"""The handler's case lists in the desktop (seed 004 section 2): "Action required" and
"Updated cases", with their counts.

Action required works from the local database alone (offline too): the orders waiting for
this user, as the server's list. Updated cases needs when the user last opened each
order, which only the server knows (``agent_order_seen``: per user, never synced, written
when a page of the order opens, in the app's web view or a browser): :func:`fetch_seen`
asks ``GET /api/v1/agent-orders/seen`` on the network pool, and :func:`load_updated`
compares those times with the synced steps by the one rule
(:func:`models.agent_orders.is_updated`). Opening an order here marks it seen at once
(:func:`seen_now`) and tells the server (:func:`tell_seen`: its page may be a tab already
open, which loads nothing).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime

from sqlalchemy import bindparam, text

from desktop.common.values import utc
from desktop.operations import OpContext
from desktop.webview.server_api import ServerLink, WebApi
from models.agent_orders import is_updated
from sync.client import parse_time

#: The orders waiting for the user: the server's "Action required" (its ``my_approvals``):
#: case handlers review ordered and agent_review orders; the attestant the case handler
#: chose attests agent_approved ones.
ACTION_REQUIRED = (
    "(o.state = 'agent_approved' AND lower(o.agent_attestant_email) = :me)",
    "o.state IN ('ordered', 'agent_review')",  # case handlers only
)


def action_required_sql(*, handler: bool) -> str:
    """The SQL condition (on ``agent_order o``, parameter ``:me``) of Action required."""
    waiting = list(ACTION_REQUIRED if handler else ACTION_REQUIRED[:1])
    return "(" + " OR ".join(waiting) + ")"


def fetch_seen(link: ServerLink) -> dict[str, datetime]:
    """When the user last opened each order they have opened (network pool)."""
    api = WebApi(link)
    try:
        data = api.seen_orders()
    finally:
        api.close()
    seen: dict[str, datetime] = {}
    for row in data.get("seen") or []:
        at = parse_time(row.get("seen_at")) if isinstance(row, dict) else None
        if at is not None and row.get("order_id"):
            seen[str(row["order_id"])] = at
    return seen


def tell_seen(link: ServerLink, order_id: str) -> datetime | None:
    """Tell the server the user opened ``order_id`` now; the time it kept (network pool)."""
    api = WebApi(link)
    try:
        data = api.order_seen(order_id)
    finally:
        api.close()
    return parse_time(data.get("seen_at"))


def load_updated(ctx: OpContext, *, email: str, seen: dict[str, datetime]) -> list[str]:
    """The ids of the orders that changed since the user last opened them, not by their own
    step, the latest change first (database executor)."""
    if not seen:
        return []
    sql = text(
        """
        SELECT s.order_id, s.at, s.actor_email FROM agent_order_step s
        JOIN agent_order o ON o.id = s.order_id
        WHERE s.order_id IN :ids AND s.deleted_at IS NULL AND o.deleted_at IS NULL
        ORDER BY s.at, s.server_seq
        """
    ).bindparams(bindparam("ids", expanding=True))
    steps: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
    with ctx.read() as s:
        for order_id, at, actor in s.execute(sql, {"ids": list(seen)}):
            when = utc(at)
            if when is not None:
                steps[order_id].append((when, actor or ""))
    changed = [
        order_id
        for order_id, rows in steps.items()
        if is_updated(rows, seen_at=seen[order_id], by_email=email)
    ]
    return sorted(changed, key=lambda i: steps[i][-1][0], reverse=True)


def seen_now(ctx: OpContext, order_id: str) -> datetime:
    """When opening ``order_id`` now marks it seen: now, or its latest step if the local
    clock is behind the server's (database executor)."""
    now = datetime.now(UTC)
    with ctx.read() as s:
        latest = s.execute(
            text("SELECT max(at) FROM agent_order_step WHERE order_id = :id"), {"id": order_id}
        ).scalar()
    last = utc(latest)
    return max(now, last) if last is not None else now
