"""Sign-in: password login, opaque bearer tokens, rate limiting of failed logins.

A token is 256 random bits shown to the client once; the server keeps only
its SHA-256, with an expiry, and revokes it on logout. Failed logins are
counted in ``login_failure`` (shared by every API process): too many for an
account, or from one address, within the window and the next attempt is
refused with a time to wait, even with the right password. The table keeps
hashes of the address and e-mail, not the values.
"""

from __future__ import annotations

import hashlib
import math
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from models.commands import Actor
from models.ids import utcnow
from models.tenancy import Membership, Tenant, User
from server.services.accounts import roles_of, verify_password
from server.settings import Settings
from server.tables import AuthToken, LoginFailure

MAX_TOKEN_LENGTH = 200


def token_hash(token: str) -> str:
    """The stored form of a token (and of link tokens): SHA-256, hex."""
    return hashlib.sha256(token.encode()).hexdigest()


def _key(value: str) -> str:
    return hashlib.sha256(value.strip().lower().encode()).hexdigest()


@dataclass(frozen=True)
class Principal:
    """The signed-in user of a request, in the tenant the token is for."""

    user_id: str
    email: str
    display_name: str
    tenant_id: str
    tenant_slug: str
    tenant_name: str
    roles: frozenset[str]
    token_hash: str
    expires_at: datetime

    def actor(self) -> Actor:
        """The command actor; the token hash identifies the sign-in session."""
        return Actor(
            tenant_id=self.tenant_id,
            email=self.email,
            roles=self.roles,
            user_id=self.user_id,
            display_name=self.display_name,
            session_hash=self.token_hash,
            authoritative=True,
        )


@dataclass(frozen=True)
class LoginRefused:
    """Why a login did not succeed: ``status`` 401, 403, 400 or 429."""

    status: int
    code: str
    message: str
    retry_after: int | None = None


@dataclass(frozen=True)
class LoginOk:
    token: str
    principal: Principal


def _retry_after(
    session: Session, column: Any, key: str, since: datetime, window: timedelta
) -> int:
    oldest: datetime | None = session.scalar(
        select(func.min(LoginFailure.at)).where(column == key, LoginFailure.at >= since)
    )
    if oldest is None:
        return 1
    return max(1, math.ceil((oldest + window - utcnow()).total_seconds()))


def _rate_limited(
    session: Session, settings: Settings, email_key: str, address_key: str
) -> LoginRefused | None:
    window = timedelta(minutes=settings.login_window_minutes)
    since = utcnow() - window
    limits = (
        (LoginFailure.email, email_key, settings.login_max_failures_per_account),
        (LoginFailure.address, address_key, settings.login_max_failures_per_address),
    )
    for column, key, limit in limits:
        count = session.scalar(
            select(func.count())
            .select_from(LoginFailure)
            .where(column == key, LoginFailure.at >= since)
        )
        if (count or 0) >= limit:
            return LoginRefused(
                429,
                "rate_limited",
                "Too many failed sign-in attempts; try again later",
                retry_after=_retry_after(session, column, key, since, window),
            )
    return None


def _record_failure(session: Session, email_key: str, address_key: str) -> None:
    session.add(LoginFailure(email=email_key, address=address_key, at=utcnow()))
    session.execute(delete(LoginFailure).where(LoginFailure.at < utcnow() - timedelta(days=1)))


def attempt_login(
    *,
    session: Session,
    settings: Settings,
    email: str,
    password: str,
    tenant_slug: str | None,
    address: str,
) -> LoginOk | LoginRefused:
    """Check a password login and issue a token; the caller commits either way.

    A failure is recorded in ``session`` (so commit it before answering).
    """
    email_key, address_key = _key(email), _key(address)
    limited = _rate_limited(session, settings, email_key, address_key)
    if limited is not None:
        return limited
    user = session.scalar(select(User).where(User.email == email.strip().lower()))
    ok = verify_password(user.password_hash if user else None, password)
    if user is None or not ok or not user.active:
        _record_failure(session, email_key, address_key)
        return LoginRefused(401, "invalid_credentials", "Wrong e-mail address or password")
    # A success clears this address's failures for the account, nothing else.
    session.execute(
        delete(LoginFailure).where(
            LoginFailure.email == email_key, LoginFailure.address == address_key
        )
    )
    tenants = list(
        session.execute(
            select(Tenant)
            .join(Membership, Membership.tenant_id == Tenant.id)
            .where(Membership.user_id == user.id)
            .distinct()
            .order_by(Tenant.slug)
        ).scalars()
    )
    if tenant_slug:
        chosen = [t for t in tenants if t.slug == tenant_slug.strip().lower()]
        if not chosen:
            return LoginRefused(403, "no_access", f"You have no access to {tenant_slug!r}")
        tenant = chosen[0]
    elif len(tenants) == 1:
        tenant = tenants[0]
    elif not tenants:
        return LoginRefused(403, "no_access", "Your account has no roles in any organisation")
    else:
        slugs = ", ".join(t.slug for t in tenants)
        return LoginRefused(
            400, "tenant_required", f"You belong to several organisations; choose one of: {slugs}"
        )
    token, principal = issue_token(session=session, settings=settings, user=user, tenant=tenant)
    return LoginOk(token=token, principal=principal)


def issue_token(
    *, session: Session, settings: Settings, user: User, tenant: Tenant, label: str = ""
) -> tuple[str, Principal]:
    """A new bearer token for ``user`` in ``tenant``."""
    token = secrets.token_urlsafe(32)
    hashed = token_hash(token)
    expires = utcnow() + timedelta(hours=settings.token_ttl_hours)
    session.add(
        AuthToken(
            token_hash=hashed,
            user_id=user.id,
            tenant_id=tenant.id,
            expires_at=expires,
            client_label=label[:100],
        )
    )
    session.flush()
    principal = Principal(
        user_id=user.id,
        email=user.email,
        display_name=user.display_name,
        tenant_id=tenant.id,
        tenant_slug=tenant.slug,
        tenant_name=tenant.name,
        roles=roles_of(session=session, user_id=user.id, tenant_id=tenant.id),
        token_hash=hashed,
        expires_at=expires,
    )
    return token, principal


def authenticate(*, session: Session, token: str) -> Principal | None:
    """The principal of a live token, or None (unknown, expired, revoked, no roles)."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    hashed = token_hash(token)
    row = session.execute(
        select(AuthToken, User, Tenant)
        .join(User, User.id == AuthToken.user_id)
        .join(Tenant, Tenant.id == AuthToken.tenant_id)
        .where(
            AuthToken.token_hash == hashed,
            AuthToken.revoked_at.is_(None),
            AuthToken.expires_at > utcnow(),
            User.active.is_(True),
        )
    ).first()
    if row is None:
        return None
    tok, user, tenant = row
    roles = roles_of(session=session, user_id=user.id, tenant_id=tenant.id)
    if not roles:
        return None
    return Principal(
        user_id=user.id,
        email=user.email,
        display_name=user.display_name,
        tenant_id=tenant.id,
        tenant_slug=tenant.slug,
        tenant_name=tenant.name,
        roles=roles,
        token_hash=hashed,
        expires_at=tok.expires_at,
    )


def revoke(*, session: Session, token_hash_value: str) -> None:
    """Revoke the token with this hash (logout)."""
    tok = session.scalar(select(AuthToken).where(AuthToken.token_hash == token_hash_value))
    if tok is not None and tok.revoked_at is None:
        tok.revoked_at = utcnow()
