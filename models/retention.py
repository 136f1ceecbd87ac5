"""How long the tenant keeps personal data it no longer needs (issue 23, GDPR art. 5(1)(e)).

:class:`RetentionSettings` is the tenant's one synced row of retention rules, set as a whole
by ``retention_settings.set`` (an administrator, in Administration › Retention…); a tenant
that never set them has :data:`DEFAULTS`. The server's nightly job
(:mod:`server.services.retention`) applies them and records what each run removed as a
synced :class:`RetentionRun` the window shows.

What is *not* a rule here, by decision: signatures (BankID and checkbox) and their
evidence are kept for as long as the agent order they sign (they are the proof of the
order); invoices and vouchers are kept as bookkeeping law requires (7 years, handled by
erasure's anonymisation, not by deletion); consents are kept with their withdrawal (the
proof that processing was lawful while it lasted).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType
from typing import Any

from sqlalchemy import Integer, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base, SyncMixin
from models.ids import utcnow


class RetentionRule(enum.StrEnum):
    """The rules, each a column of :class:`RetentionSettings` (its period) and a count in
    a :class:`RetentionRun` (how many rows it removed)."""

    #: Denied alumni registrations, months after the decision.
    DENIED_ALUMNI_MONTHS = "denied_alumni_months"
    #: Sent mails' bodies (and SMS texts), days after delivery: the row stays, emptied.
    MAIL_BODY_DAYS = "mail_body_days"
    #: Web sessions, personal-link tokens and one-time codes (OTP/SMS challenges), days
    #: after they expired.
    EXPIRED_ACCESS_DAYS = "expired_access_days"
    #: Audit events, years after they were written.
    AUDIT_YEARS = "audit_years"


#: The periods of a tenant that never set its own.
DEFAULTS: Mapping[str, int] = MappingProxyType(
    {
        RetentionRule.DENIED_ALUMNI_MONTHS: 12,
        RetentionRule.MAIL_BODY_DAYS: 30,
        RetentionRule.EXPIRED_ACCESS_DAYS: 7,
        RetentionRule.AUDIT_YEARS: 5,
    }
)

#: The least and most each period may be set to (an audit trail shorter than a year
#: would not answer a supervisory authority's question about last year).
BOUNDS: Mapping[str, tuple[int, int]] = MappingProxyType(
    {
        RetentionRule.DENIED_ALUMNI_MONTHS: (1, 120),
        RetentionRule.MAIL_BODY_DAYS: (0, 3650),
        RetentionRule.EXPIRED_ACCESS_DAYS: (0, 365),
        RetentionRule.AUDIT_YEARS: (1, 20),
    }
)


class RetentionSettings(SyncMixin, Base):
    """The tenant's retention rules (synced; one live row per tenant, set as a whole by
    ``retention_settings.set``; ``version`` counts each change)."""

    __tablename__ = "retention_settings"

    version: Mapped[int] = mapped_column(Integer, default=1)
    denied_alumni_months: Mapped[int] = mapped_column(
        Integer, default=DEFAULTS[RetentionRule.DENIED_ALUMNI_MONTHS]
    )
    mail_body_days: Mapped[int] = mapped_column(
        Integer, default=DEFAULTS[RetentionRule.MAIL_BODY_DAYS]
    )
    expired_access_days: Mapped[int] = mapped_column(
        Integer, default=DEFAULTS[RetentionRule.EXPIRED_ACCESS_DAYS]
    )
    audit_years: Mapped[int] = mapped_column(Integer, default=DEFAULTS[RetentionRule.AUDIT_YEARS])


class RetentionRun(SyncMixin, Base):
    """One run of the nightly retention job for a tenant: when, and how many rows each
    rule removed (``removed``: rule -> count). Written by the server only."""

    __tablename__ = "retention_run"

    ran_at: Mapped[datetime] = mapped_column(default=utcnow)
    removed: Mapped[dict[str, Any]] = mapped_column(default=dict)


def retention_settings_of(session: Session, tenant_id: str) -> RetentionSettings | None:
    """The tenant's live retention settings (None: never set, :data:`DEFAULTS` hold)."""
    return session.scalars(
        select(RetentionSettings).where(
            RetentionSettings.tenant_id == tenant_id, RetentionSettings.deleted_at.is_(None)
        )
    ).first()


def periods_of(session: Session, tenant_id: str) -> dict[str, int]:
    """The tenant's period of each rule (its settings, else the defaults)."""
    row = retention_settings_of(session, tenant_id)
    if row is None:
        return dict(DEFAULTS)
    return {rule: int(getattr(row, rule)) for rule in RetentionRule}
