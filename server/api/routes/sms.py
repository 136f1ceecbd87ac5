"""The SMS gateway's delivery reports: ``POST /sms/receipts/{token}`` (no session).

The gateway POSTs a form (``id``, ``status``, ``delivered``) to the signed URL given
with each message (:mod:`server.signing.sms_receipts`). A token that is forged,
expired or names no row, or a report of another message, is a bare 404; a report
that cannot be read is a 422; a recorded one is a 204 (46elks tries again on
anything outside 200-204).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Form, Path, Response
from pydantic import BaseModel, Field

from models.ids import utcnow
from server.api.deps import DbDep, SettingsDep
from server.api.errors import ApiError
from server.api.schemas import PlainText, error_responses
from server.signing.sms_receipts import record_receipt, row_of_token

router = APIRouter(tags=["sms"])


class DeliveryReportIn(BaseModel):
    """A delivery report as 46elks sends it (form fields)."""

    id: PlainText = Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_-]+$")
    status: Literal["sent", "delivered", "failed"]
    #: The delivery time in UTC (ISO 8601; 46elks gives it without a zone).
    delivered: datetime | None = None


def _not_found() -> ApiError:
    # The same answer whatever is wrong, and as for a path no route serves: it tells a
    # prober nothing.
    return ApiError(404, "not_found", "Not Found")


@router.post("/sms/receipts/{token}", status_code=204, responses=error_responses(404, 413, 422))
def sms_receipt(
    db: DbDep,
    settings: SettingsDep,
    report: Annotated[DeliveryReportIn, Form()],
    token: Annotated[str, Path(max_length=200)],
) -> Response:
    """Record the gateway's delivery report of one SMS on its outbox row."""
    now = utcnow()
    row_id = row_of_token(settings.secret_key.get_secret_value(), token, now=now)
    if row_id is None:
        raise _not_found()
    with db.transaction() as session:
        recorded = record_receipt(session, row_id, report.id, report.status, report.delivered, now)
    if not recorded:
        raise _not_found()
    return Response(status_code=204)
