"""Payment reminders (issue 18): the reminded invoices still open and the collection
list, for those who handle money (``models.tenancy.MONEY_ROLES``), never for an agent's
users. What the periodic job sent and when is :mod:`server.services.reminders`'."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from models.ids import utcnow
from models.reminders import Reminded
from models.tenancy import MONEY_ROLES
from server.api.deps import CurrentUser, DbDep, require_roles
from server.api.schemas import error_responses
from server.services import reminders
from server.services.audit import audit_by

router = APIRouter(tags=["payments"])


class RemindedList(BaseModel):
    """The reminded invoices (:class:`models.reminders.Reminded`), by due date."""

    rows: list[Reminded]


def _list(principal: CurrentUser, db: DbDep, *, collection_only: bool) -> RemindedList:
    require_roles(principal, MONEY_ROLES, "You may not see payments")
    with db.transaction() as session:
        found = reminders.reminded(
            session, principal.tenant_id, today=utcnow().date(), collection_only=collection_only
        )
        audit_by(
            session,
            principal,
            "payments.collection_read" if collection_only else "payments.reminders_read",
        )
    return RemindedList(rows=found)


@router.get("/payments/reminders", responses=error_responses(401, 403))
def reminded_invoices(principal: CurrentUser, db: DbDep) -> RemindedList:
    """The reminded invoices still open, each with its stage, by due date."""
    return _list(principal, db, collection_only=False)


@router.get("/payments/collection", responses=error_responses(401, 403))
def collection_list(principal: CurrentUser, db: DbDep) -> RemindedList:
    """The collection list: invoices still open after their second reminder's days."""
    return _list(principal, db, collection_only=True)
