"""Addresses that bounce: mail to them was refused for good.

When the mail worker gets a permanent refusal for a recipient (a 5xx answer at RCPT or
DATA, :func:`server.services.mail.classify`), every live ``person_email`` of the tenant
with that address is marked (:func:`mark_bounced`): ``bounced_at`` and ``bounce_detail``,
the receiving server's answer. A later delivery to the address clears the mark
(:func:`clear_bounces`). The rows are written through the ORM in the caller's
transaction, so the server's flush listener gives each its ``server_seq`` and the
desktops get the mark at their next pull; each mark and each clearing is audited.

A bounce that arrives later as a mail (a delivery status notification) is taken in by
hand or by a script: ``kansli-server mark-bounced --tenant T --address A --detail D``
(:mod:`server.cli`) does the same as the worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.ids import utcnow
from models.people import PersonEmail
from server.services.audit import audit

#: How much of the receiving server's answer is kept: the code and the reason, no more.
DETAIL_LENGTH = 300


def _address(address: str) -> str:
    # Person addresses are stored normalised (lower case, no spaces around).
    return address.strip().lower()


def _printable(text: str) -> str:
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


def mark_bounced(
    session: Session,
    *,
    tenant_id: str,
    address: str,
    detail: str,
    via: str,
    now: datetime | None = None,
) -> int:
    """Mark every live address ``address`` of ``tenant_id``'s people as bounced with
    ``detail`` (the SMTP answer, its addresses already taken out by the caller, kept
    short), in ``session``'s transaction; ``via`` says who saw the bounce (``mail_worker``,
    ``cli``). Returns how many addresses were marked (0 when no person has it)."""
    kept = _printable(detail)[:DETAIL_LENGTH]
    rows = _live(session, tenant_id, address)
    _set(session, rows, (now or utcnow(), kept), "person_email.bounced", via=via, answer=kept)
    return len(rows)


def clear_bounces(session: Session, delivered: Sequence[tuple[str, str]], *, via: str) -> int:
    """Clear the bounce marks of the ``delivered`` (tenant id, address) pairs: mail to the
    address was delivered. One indexed read for them all; returns how many were cleared."""
    wanted = {(tenant_id, _address(address)) for tenant_id, address in delivered}
    if not wanted:
        return 0
    rows = [
        row
        for row in session.scalars(
            select(PersonEmail)
            .where(
                PersonEmail.tenant_id.in_({tenant_id for tenant_id, _a in wanted}),
                PersonEmail.address.in_({address for _t, address in wanted}),
                PersonEmail.bounced_at.is_not(None),
                PersonEmail.deleted_at.is_(None),
            )
            .order_by(PersonEmail.id)
        )
        if (row.tenant_id, row.address) in wanted
    ]
    _set(session, rows, (None, None), "person_email.bounce_cleared", via=via)
    return len(rows)


def _live(session: Session, tenant_id: str, address: str) -> list[PersonEmail]:
    query = select(PersonEmail).where(
        PersonEmail.address == _address(address),
        PersonEmail.tenant_id == tenant_id,
        PersonEmail.deleted_at.is_(None),
    )
    return list(session.scalars(query.order_by(PersonEmail.id)))


def _set(
    session: Session,
    rows: list[PersonEmail],
    mark: tuple[datetime | None, str | None],
    action: str,
    **details: str,
) -> None:
    """Give ``rows`` the ``mark`` (when, the answer), each change audited as ``action``."""
    for row in rows:
        row.bounced_at, row.bounce_detail = mark
        audit(
            session,
            actor_user_id=None,
            tenant_id=row.tenant_id,
            action=action,
            target_type="person_email",
            target_id=row.id,
            details={"person_id": row.person_id, **details},
        )
    session.flush()
