"""Delivery records of the tenant's outgoing mail."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from sqlalchemy import select

from server.api.deps import CurrentUser, SessionDep
from server.api.errors import ApiError
from server.api.schemas import ErrorOut, MailListOut, MailOut
from server.tables import MailOutbox

router = APIRouter(tags=["mail"])

#: Ids are UUID text; anything else cannot name a row.
ID_PATTERN = r"^[0-9a-fA-F-]{1,36}$"


def _out(mail: MailOutbox) -> MailOut:
    return MailOut.model_validate(mail, from_attributes=True)


@router.get("/mail", responses={401: {"model": ErrorOut}})
def list_mail(
    principal: CurrentUser,
    session: SessionDep,
    related_id: Annotated[str | None, Query(pattern=ID_PATTERN)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> MailListOut:
    """The newest mails of the tenant, optionally only those about one record."""
    q = select(MailOutbox).where(MailOutbox.tenant_id == principal.tenant_id)
    if related_id is not None:
        q = q.where(MailOutbox.related_id == related_id)
    q = q.order_by(MailOutbox.created_at.desc()).limit(limit)
    return MailListOut(mails=[_out(m) for m in session.scalars(q)])


@router.get("/mail/{mail_id}", responses={401: {"model": ErrorOut}, 404: {"model": ErrorOut}})
def get_mail(
    principal: CurrentUser,
    session: SessionDep,
    mail_id: Annotated[str, Path(pattern=ID_PATTERN)],
) -> MailOut:
    """One mail's delivery record; a mail of another tenant is reported as missing."""
    mail = session.scalar(
        select(MailOutbox).where(
            MailOutbox.id == mail_id, MailOutbox.tenant_id == principal.tenant_id
        )
    )
    if mail is None:
        raise ApiError(404, "not_found", f"Mail {mail_id} was not found")
    return _out(mail)
