"""Sign-in: password login, opaque bearer tokens, rate limiting of failed logins.

A token is 256 random bits shown to the client once; the server keeps only
its SHA-256, with an expiry, and revokes it on logout. A login is three steps:
:func:`start_login` reserves the attempt against the limits of
:mod:`server.services.login_limits` (atomically, shared by every API process)
and reads the password hash; the caller commits, checks the password (the
API through the process's :class:`~server.services.login_limits.HashGate`),
and :func:`finish_login` issues the token or leaves the attempt counted.
:func:`sign_in` runs the three steps as the API and the web sign-in page both do.

A sign-in is an API bearer token (the desktop) or a web session cookie: a web
sign-in of its own (the staff sign-in page, :mod:`server.web.sign_in`) or one
handed over from the desktop (:mod:`server.web.session`). A cookie's row is
stored under :func:`web_token_hash` and labelled as a web row, so neither kind
is ever accepted as the other (:func:`authenticate`).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from models.commands import Actor
from models.ids import utcnow
from models.tenancy import Membership, Tenant, User
from server.services import login_limits
from server.services.accounts import verify_password
from server.services.scope import principal_scope
from server.settings import Settings
from server.tables import AuthToken

if TYPE_CHECKING:
    from server.services.database import Database

MAX_TOKEN_LENGTH = 200
#: A web session's lifetime, from its sign-in (not extended by use).
WEB_SESSION_HOURS = 8
#: What a cookie is prefixed with before hashing: its own hash domain.
WEB_HASH_PREFIX = "web:"
#: The ``client_label`` of a web sign-in's own row (the staff sign-in page): a sign-in
#: session of its own, listed and revoked as one; never an API token.
WEB_SIGN_IN_LABEL = "web-sign-in"
#: What the API answers when no password check slot came free in time (503).
BUSY = "Too many sign-ins at once; try again in a moment"


def token_hash(token: str) -> str:
    """The stored form of a token (and of link tokens): SHA-256, hex."""
    return hashlib.sha256(token.encode()).hexdigest()


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
    #: The agent organisation the user acts for (every membership in the tenant is in
    #: it), or None for a tenant-wide user: :mod:`server.services.scope`.
    agent_id: str | None = None

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
    #: More of the answer's ``detail`` (``tenants`` for ``tenant_required``).
    extra: dict[str, Any] | None = None


@dataclass(frozen=True)
class LoginOk:
    token: str
    principal: Principal


@dataclass(frozen=True)
class LoginStart:
    """A reserved attempt and what its password is checked against."""

    reservation: login_limits.Reservation
    user_id: str | None
    #: The stored hash; None when there is no such active account (a dummy is checked).
    password_hash: str | None


def start_login(
    *, session: Session, settings: Settings, email: str, address: str
) -> LoginStart | LoginRefused:
    """Reserve this attempt against the sign-in limits, or refuse it (429).

    Commit ``session`` before checking the password: parallel attempts see
    each other's reservations only once they are committed.
    """
    reserved = login_limits.reserve(session, settings, email=email, address=address)
    if isinstance(reserved, login_limits.Limited):
        return LoginRefused(
            429, "rate_limited", login_limits.RATE_LIMITED, retry_after=reserved.retry_after
        )
    user = session.scalar(select(User).where(User.email == email.strip().lower()))
    active = user is not None and user.active
    return LoginStart(
        reservation=reserved,
        user_id=user.id if user is not None and active else None,
        password_hash=user.password_hash if user is not None and active else None,
    )


def abandon_login(*, session: Session, start: LoginStart) -> None:
    """The password was never checked (no slot free): give the reservation back."""
    login_limits.release(session, start.reservation)


def finish_login(
    *,
    session: Session,
    settings: Settings,
    start: LoginStart,
    password_ok: bool,
    tenant_slug: str | None,
    web: bool = False,
) -> LoginOk | LoginRefused:
    """Issue a token after a right password; a wrong one stays counted (401).

    ``web``: a web sign-in's session cookie (:func:`issue_web_session`) instead of a
    bearer token.
    """
    user = session.get(User, start.user_id) if start.user_id and password_ok else None
    if user is None or not user.active:
        return LoginRefused(401, "invalid_credentials", "Wrong e-mail address or password")
    login_limits.succeeded(session, settings, start.reservation)
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
        # The password was right: the answer may name the user's organisations, so
        # the desktop can offer them as a choice.
        slugs = ", ".join(t.slug for t in tenants)
        return LoginRefused(
            400,
            "tenant_required",
            f"You belong to several organisations; choose one of: {slugs}",
            extra={"tenants": [{"slug": t.slug, "name": t.name} for t in tenants]},
        )
    if web:
        token, principal = issue_web_session(
            session=session,
            user=user,
            tenant=tenant,
            label=WEB_SIGN_IN_LABEL,
            expires_at=min(
                utcnow() + timedelta(hours=settings.token_ttl_hours),
                utcnow() + timedelta(hours=WEB_SESSION_HOURS),
            ),
        )
    else:
        token, principal = issue_token(session=session, settings=settings, user=user, tenant=tenant)
    return LoginOk(token=token, principal=principal)


async def sign_in(
    *,
    db: Database,
    settings: Settings,
    gate: login_limits.HashGate,
    email: str,
    password: str,
    tenant_slug: str | None,
    address: str,
    web: bool = False,
) -> LoginOk | LoginRefused:
    """A whole sign-in as the API does it (and the web sign-in page, ``web=True``).

    The attempt is reserved against the sign-in limits and committed before the
    password is checked (so parallel attempts count each other), and the check
    waits for one of the process's few password-check slots of ``gate`` (503
    ``busy`` when none comes free in time; the reservation is given back). A
    refusal is returned after its commit: a failed attempt stays counted.
    """

    def start() -> LoginStart | LoginRefused:
        with db.transaction() as session:
            return start_login(session=session, settings=settings, email=email, address=address)

    started = await run_in_threadpool(start)
    if isinstance(started, LoginRefused):
        return started
    try:
        ok = await gate.verify(started.password_hash, password)
    except login_limits.HashGateBusy as busy:

        def give_back() -> None:
            with db.transaction() as session:
                abandon_login(session=session, start=started)

        await run_in_threadpool(give_back)
        return LoginRefused(503, "busy", BUSY, retry_after=busy.retry_after)

    def finish() -> LoginOk | LoginRefused:
        with db.transaction() as session:
            return finish_login(
                session=session,
                settings=settings,
                start=started,
                password_ok=ok,
                tenant_slug=tenant_slug,
                web=web,
            )

    return await run_in_threadpool(finish)


def attempt_login(
    *,
    session: Session,
    settings: Settings,
    email: str,
    password: str,
    tenant_slug: str | None,
    address: str,
) -> LoginOk | LoginRefused:
    """A whole login in one transaction, for callers without parallel attempts (the CLI).

    The API runs the three steps itself, committing the reservation before the
    password check and bounding the checks that run at once.
    """
    started = start_login(session=session, settings=settings, email=email, address=address)
    if isinstance(started, LoginRefused):
        return started
    ok = verify_password(started.password_hash, password)
    return finish_login(
        session=session, settings=settings, start=started, password_ok=ok, tenant_slug=tenant_slug
    )


def issue_token(
    *, session: Session, settings: Settings, user: User, tenant: Tenant, label: str = ""
) -> tuple[str, Principal]:
    """A new bearer token for ``user`` in ``tenant``."""
    token = secrets.token_urlsafe(32)
    expires = utcnow() + timedelta(hours=settings.token_ttl_hours)
    return token, _add_token(session, user, tenant, token_hash(token), expires, label)


def web_token_hash(cookie: str) -> str:
    """The stored hash of a web session's cookie (never that of an API token)."""
    return token_hash(WEB_HASH_PREFIX + cookie)


def issue_web_session(
    *, session: Session, user: User, tenant: Tenant, label: str, expires_at: datetime
) -> tuple[str, Principal]:
    """A new web session cookie for ``user`` in ``tenant``, its row labelled ``label``
    (:data:`WEB_SIGN_IN_LABEL`, or :data:`WEB_LABEL_PREFIX` and its desktop sign-in's
    hash) and stored under :func:`web_token_hash`: a cookie only, never a bearer token."""
    cookie = secrets.token_urlsafe(32)
    return cookie, _add_token(session, user, tenant, web_token_hash(cookie), expires_at, label)


def _add_token(
    session: Session, user: User, tenant: Tenant, hashed: str, expires: datetime, label: str
) -> Principal:
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
    return _principal(session, user, tenant, hashed, expires)


def _principal(
    session: Session, user: User, tenant: Tenant, hashed: str, expires_at: datetime
) -> Principal:
    """The principal of a sign-in (token hash ``hashed``) of ``user`` in ``tenant``, with
    the roles and agent scope its memberships give now (no roles: none left)."""
    roles, agent_id = principal_scope(session, user_id=user.id, tenant_id=tenant.id)
    return Principal(
        user_id=user.id,
        email=user.email,
        display_name=user.display_name,
        tenant_id=tenant.id,
        tenant_slug=tenant.slug,
        tenant_name=tenant.name,
        roles=roles,
        token_hash=hashed,
        expires_at=expires_at,
        agent_id=agent_id,
    )


#: The ``client_label`` of a web-view session's row: ``web-from:<its sign-in's token hash>``
#: (:mod:`server.web.session`). No API token is labelled so.
WEB_LABEL_PREFIX = "web-from:"


def authenticate(*, session: Session, token: str, web: bool = False) -> Principal | None:
    """The principal of a live token, or None (unknown, expired, revoked, no roles).

    A row is of one kind only: an API bearer token (``web=False``, the API) or a
    web session (``web=True``, the pages; labelled :data:`WEB_LABEL_PREFIX` or
    :data:`WEB_SIGN_IN_LABEL`).
    Neither is ever accepted as the other, whatever string is presented.
    """
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    hashed = token_hash(token)
    web_row = or_(
        AuthToken.client_label.startswith(WEB_LABEL_PREFIX, autoescape=True),
        AuthToken.client_label == WEB_SIGN_IN_LABEL,
    )
    row = session.execute(
        select(AuthToken, User, Tenant)
        .join(User, User.id == AuthToken.user_id)
        .join(Tenant, Tenant.id == AuthToken.tenant_id)
        .where(
            AuthToken.token_hash == hashed,
            AuthToken.revoked_at.is_(None),
            AuthToken.expires_at > utcnow(),
            User.active.is_(True),
            web_row if web else ~web_row,
        )
    ).first()
    if row is None:
        return None
    tok, user, tenant = row
    principal = _principal(session, user, tenant, hashed, tok.expires_at)
    return principal if principal.roles else None


def lost_access(*, session: Session, token: str) -> bool:
    """True if ``token`` is a live sign-in whose user no longer has any role in its tenant
    (:func:`authenticate` refuses it): the client is told so (``no_access``), so it can
    remove the data it may no longer hold. Only on the refusal path: no cost per request.
    """
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return False
    found = session.execute(
        select(AuthToken.user_id, AuthToken.tenant_id)
        .join(User, User.id == AuthToken.user_id)
        .where(
            AuthToken.token_hash == token_hash(token),
            AuthToken.revoked_at.is_(None),
            AuthToken.expires_at > utcnow(),
            User.active.is_(True),
        )
    ).first()
    if found is None:
        return False
    roles, _agent = principal_scope(session, user_id=found[0], tenant_id=found[1])
    return not roles


def revoke(*, session: Session, token_hash_value: str) -> None:
    """Revoke the token with this hash (logout)."""
    tok = session.scalar(select(AuthToken).where(AuthToken.token_hash == token_hash_value))
    if tok is not None and tok.revoked_at is None:
        tok.revoked_at = utcnow()
