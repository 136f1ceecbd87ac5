"""SMS delivery receipts: the signed URL the gateway reports to, and what a report records.

46elks (https://46elks.se/docs/sms-delivery-reports) POSTs a form to the
``whendelivered`` URL given with the message each time its state changes:
``id`` (its message id), ``status`` ("sent", "delivered" or "failed") and,
when delivered, ``delivered`` (the time in UTC). Ours is
``{public base URL}/api/v1/sms/receipts/{token}``: the token names the
``sms_outbox`` row and when it stops being taken, signed with a key derived
from the server's secret key, so the route needs no session and no stored
token, and nobody else can write a row's delivery state. The report's ``id``
must also be the message id the gateway answered for that row.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from server.tables import SmsOutbox

#: How long a message's receipt URL is taken: 46elks tries a report again for at least
#: 6 hours, and a phone that is off gets the message (and we the report) when it is on.
RECEIPT_LIFETIME = timedelta(days=7)
RECEIPT_PATH = "/api/v1/sms/receipts/"
#: What a report's ``status`` may say; "sent" is not final, the other two are.
REPORT_STATUSES = ("sent", "delivered", "failed")
_FINAL = {"delivered", "failed"}


def _key(secret_key: str) -> bytes:
    # A key of its own for these tokens, derived from the server key.
    return hashlib.sha256(b"kansli-sms-receipt:" + secret_key.encode()).digest()


def _signature(secret_key: str, payload: str) -> str:
    digest = hmac.new(_key(secret_key), payload.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def receipt_token(secret_key: str, row_id: str, *, now: datetime) -> str:
    """The token naming the ``sms_outbox`` row ``row_id``, taken until ``now`` + lifetime."""
    payload = f"{row_id}.{int((now + RECEIPT_LIFETIME).timestamp())}"
    return f"{payload}.{_signature(secret_key, payload)}"


def row_of_token(secret_key: str, token: str, *, now: datetime) -> str | None:
    """The row id a genuine, unexpired ``token`` names; None for anything else."""
    row_id, _, rest = token.partition(".")
    expires, _, signature = rest.partition(".")
    if not (row_id and expires.isdigit() and len(expires) <= 12 and signature):
        return None
    if not hmac.compare_digest(_signature(secret_key, f"{row_id}.{expires}"), signature):
        return None
    if datetime.fromtimestamp(int(expires), UTC) <= now:
        return None
    return row_id


def receipt_urls(base_url: str, secret_key: str, *, now: datetime) -> Callable[[str], str]:
    """The ``whendelivered`` URL of each row sent at ``now``: row id -> URL."""
    base = base_url.rstrip("/") + RECEIPT_PATH
    return lambda row_id: base + receipt_token(secret_key, row_id, now=now)


def record_receipt(
    session: Session,
    row_id: str,
    message_id: str,
    status: str,
    delivered: datetime | None,
    now: datetime,
) -> bool:
    """Record a delivery report on the row ``row_id``; False when there is no such row or
    the report's ``message_id`` is not the one the gateway gave it. ``delivered`` without
    a zone is UTC (46elks gives it so).

    A report may come before the worker has stored the gateway's answer (the gateway
    reports as soon as it has answered): the report's id is then taken as the row's.
    A "sent" report never replaces a final one (reports can come out of order).
    """
    if delivered is not None and delivered.tzinfo is None:
        delivered = delivered.replace(tzinfo=UTC)
    row = session.get(SmsOutbox, row_id, with_for_update=True)
    if row is None or row.provider_message_id not in ("", message_id):
        return False
    row.provider_message_id = message_id
    if status in _FINAL or row.delivery_status not in _FINAL:
        row.delivery_status = status
        row.delivered_at = (delivered or now) if status == "delivered" else None
        stamp = f"{now:%Y-%m-%d %H:%M:%S} UTC"
        row.delivery_detail = {
            "sent": f"handed to the carrier (reported {stamp})",
            "delivered": f"delivered to the phone at {(delivered or now):%Y-%m-%d %H:%M:%S} UTC",
            "failed": f"the carrier could not deliver it (gateway report, {stamp})",
        }[status]
    return True
