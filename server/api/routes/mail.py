"""Delivery records of the tenant's outgoing mail: for the tenant's administrators only
(the records name every recipient: participants, managers, invited users)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from sqlalchemy import select

from models.tenancy import Role
from server.api.deps import CurrentUser, SessionDep
from server.api.errors import ApiError
from server.api.schemas import ID_PATTERN, MailListOut, MailOut, error_responses
from server.tables import MailOutbox

router = APIRouter(tags=["mail"])

#: Ids are UUID text; anything else cannot name a row.


ERRORS = error_responses(401, 403, 404, 422)


def _admin_only(principal: CurrentUser) -> None:
    if Role.ADMIN not in principal.roles:
        raise ApiError(403, "forbidden", "Only an administrator may read the mail records")


def _out(mail: MailOutbox) -> MailOut:
    return MailOut.model_validate(mail, from_attributes=True)


@router.get("/mail", responses=ERRORS)
def list_mail(
    principal: CurrentUser,
    session: SessionDep,
    related_id: Annotated[str | None, Query(pattern=ID_PATTERN)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> MailListOut:
    """The newest mails of the tenant, optionally only those about one record."""
    _admin_only(principal)
    q = select(MailOutbox).where(MailOutbox.tenant_id == principal.tenant_id)
    if related_id is not None:
        q = q.where(MailOutbox.related_id == related_id)
    q = q.order_by(MailOutbox.created_at.desc()).limit(limit)
    return MailListOut(mails=[_out(m) for m in session.scalars(q)])


@router.get("/mail/{mail_id}", responses=ERRORS)
def get_mail(
    principal: CurrentUser,
    session: SessionDep,
    mail_id: Annotated[str, Path(pattern=ID_PATTERN)],
) -> MailOut:
    """One mail's delivery record; a mail of another tenant is reported as missing."""
    _admin_only(principal)
    mail = session.scalar(
        select(MailOutbox).where(
            MailOutbox.id == mail_id, MailOutbox.tenant_id == principal.tenant_id
        )
    )
    if mail is None:
        raise ApiError(404, "not_found", f"Mail {mail_id} was not found")
    return _out(mail)
