"""The audit trail: one ``audit_event`` row per security-relevant action.

Every user-management change (and any other action worth a record, such as
reading signature evidence) goes through :func:`audit`, in the same
transaction as the change itself, so a change and its record commit together.
``details`` never carries secrets: keys naming passwords, tokens or links are
dropped whatever the caller passes.

The table is ``models.audit.AuditEvent`` (re-exported as
``server.tables.AuditEvent``), shared with the synced commands' audit records.
An account-wide action (no tenant, e.g. a password reset from the command
line) is recorded with ``tenant_id`` "".
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from models.audit import AuditEvent
from models.tenancy import User
from server.services.auth import Principal

#: Keys that are never stored in ``details``, whatever the caller passes.
_SECRET_KEYS = frozenset({"password", "token", "link", "url", "code", "secret"})


def audit(
    session: Session,
    *,
    actor_user_id: str | None,
    tenant_id: str | None,
    action: str,
    target_type: str,
    target_id: str | None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Record one action in ``session`` (the caller commits it with its change).

    ``actor_user_id`` is ``None`` for the command line or the system;
    ``tenant_id`` is ``None`` for an account-wide action.
    """
    actor_email = ""
    if actor_user_id is not None:
        actor = session.get(User, actor_user_id)
        actor_email = actor.email if actor is not None else ""
    clean = {k: v for k, v in (details or {}).items() if k.lower() not in _SECRET_KEYS}
    event = AuditEvent(
        tenant_id=tenant_id or "",
        actor_user_id=actor_user_id,
        actor_email=actor_email,
        action=action,
        entity_type=target_type,
        entity_id=target_id or "",
        details=clean,
    )
    session.add(event)
    return event


def audit_by(
    session: Session,
    principal: Principal,
    action: str,
    *,
    target_type: str = "tenant",
    target_id: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Record what the signed-in ``principal`` did in its tenant (:func:`audit`); the
    target is the tenant itself unless another is named."""
    return audit(
        session,
        actor_user_id=principal.user_id,
        tenant_id=principal.tenant_id,
        action=action,
        target_type=target_type,
        target_id=principal.tenant_id if target_id is None else target_id,
        details=details,
    )
