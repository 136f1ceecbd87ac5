"""The service desk's case of an attested agent order (seed 004 step 5: "Det skapas ett
ärende hos Ineras Kundservice").

The server opens a case when the customer has attested an order
(:func:`server.services.agent_orders.orders.create_case`), in the same transaction;
the order keeps the case's number (``AgentOrder.case_number``). The service desk
works the case from the desktop: assigns it, moves it through its states and writes
notes (append only: a note is never changed; a correction is a new note).

States::

    new ─▶ in_progress ◀─▶ waiting ─▶ resolved ─▶ closed
     │          │             │          │
     └──────────┴─────────────┴─▶ closed └─▶ in_progress (reopened)

``waiting``: on the customer or the agent. ``resolved`` records when; ``closed`` is
the end (nothing more is done).
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, SyncMixin, sync_table_args
from models.errors import TransitionError


class CaseStatus(enum.StrEnum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    WAITING = "waiting"
    RESOLVED = "resolved"
    CLOSED = "closed"


#: The status a case may go to from each status.
NEXT_STATUSES: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.NEW: frozenset({CaseStatus.IN_PROGRESS, CaseStatus.WAITING, CaseStatus.CLOSED}),
    CaseStatus.IN_PROGRESS: frozenset({CaseStatus.WAITING, CaseStatus.RESOLVED, CaseStatus.CLOSED}),
    CaseStatus.WAITING: frozenset({CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, CaseStatus.CLOSED}),
    CaseStatus.RESOLVED: frozenset({CaseStatus.IN_PROGRESS, CaseStatus.CLOSED}),
    CaseStatus.CLOSED: frozenset(),
}

#: The statuses of a case someone still works on.
OPEN_STATUSES = frozenset({CaseStatus.NEW, CaseStatus.IN_PROGRESS, CaseStatus.WAITING})


class ServiceDeskCase(SyncMixin, Base):
    """One case of the service desk, linked to the agent order it was opened for."""

    __tablename__ = "service_desk_case"
    __table_args__ = sync_table_args("service_desk_case", UniqueConstraint("tenant_id", "number"))

    #: ``SD-<year>-<n>``, unique in the tenant (also on the order: ``case_number``).
    number: Mapped[str] = mapped_column(String(40))
    order_id: Mapped[str] = mapped_column(ForeignKey("agent_order.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default=CaseStatus.NEW, index=True)
    #: The staff user working the case (``app_user.id``; users are the server's, so no key).
    assignee_id: Mapped[str | None] = mapped_column(String(36), default=None)
    #: Their name as it was when assigned (the desktop has no user table to look it up in).
    assignee_name: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column()
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)

    def move_to(self, status: CaseStatus, *, now: datetime) -> bool:
        """Move the case to ``status``; False if it is there already. TransitionError (naming
        the case's status) for a move the state machine does not have."""
        current = CaseStatus(self.status)
        if status == current:
            return False
        if status not in NEXT_STATUSES[current]:
            raise TransitionError(
                "Case {number} is {status}: it cannot be set to {target}",
                params={"number": self.number, "status": current.value, "target": status.value},
            )
        self.status = status
        if status == CaseStatus.RESOLVED:
            self.resolved_at = now
        elif status == CaseStatus.IN_PROGRESS:
            self.resolved_at = None
        return True

    def require_open(self) -> None:
        """TransitionError unless someone may still work on the case (not closed)."""
        if self.status == CaseStatus.CLOSED:
            raise TransitionError("Case {number} is closed", params={"number": self.number})


class ServiceDeskNote(SyncMixin, Base):
    """A dated note on a case: written once, never changed (append only)."""

    __tablename__ = "service_desk_note"

    case_id: Mapped[str] = mapped_column(ForeignKey("service_desk_case.id"), index=True)
    author: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = mapped_column()
    #: For the service desk and administrators only (``models.visibility.RESTRICTED_COLUMNS``):
    #: None for every other reader, so it may be null (the server always writes a text).
    text: Mapped[str | None] = mapped_column(Text, default="")
