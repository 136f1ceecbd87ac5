"""User management: invitations, roles, deactivation, password links and sessions.

Everything here is scoped to one tenant (the administrator's) unless it says
otherwise, and every change is audited (:func:`server.services.audit.audit`)
in the change's own transaction.

- An invitation never tells whether an address has an account anywhere: a new
  address gets an account without a password and a mail with a set-password
  link; an existing account gets the roles in this tenant and a mail saying so.
  The caller answers the same in both cases.
- Password links (invitation and reset) are :class:`~server.tables.LinkToken`
  rows (stored hashed, single use, expiring) with purpose ``password.invite``
  or ``password.reset``; setting a password through one uses every password
  link of the account and revokes all its sign-ins.
- A sign-in session is an :class:`~server.tables.AuthToken`; the web-view
  sessions made from it (:mod:`server.web.session`) end with it, and are not
  listed as sessions of their own.
- An administrator manages what belongs to its tenant. The account's own
  properties (display name, active, password reset) are its only for an
  account whose every role is in the tenant (:func:`wholly_in_tenant`). For an
  account shared with another tenant the answers are the same as for one of
  its own, and tell nothing of the other tenant: the name listed is the one
  this tenant gave it (at its first invitation here, or by a rename here:
  :func:`name_in_tenant`; recorded in the tenant's audit events), a rename
  changes only that, deactivating removes the tenant's roles and ends its
  sign-ins in the tenant, and a reset link is not mailed.
- Deactivating an account revokes every sign-in and web session it has. No
  change may leave a tenant without an active administrator.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models import validators
from models.audit import AuditEvent
from models.errors import ConflictError, NotFoundError, ValidationError
from models.ids import utcnow
from models.notifications import EventType
from models.tenancy import Membership, Role, Tenant, User
from server.services.accounts import hash_password, parse_roles
from server.services.approval import LinkKind, issue_link
from server.services.audit import audit
from server.services.auth import WEB_LABEL_PREFIX, token_hash
from server.services.notify import Recipient, notify
from server.services.passwords import check_password
from server.services.seq import lock_tenant
from server.settings import Settings
from server.sql import count_rows
from server.tables import AuthToken, LinkToken

INVITE_PURPOSE = "password.invite"
RESET_PURPOSE = "password.reset"
PASSWORD_PURPOSES = (INVITE_PURPOSE, RESET_PURPOSE)
INVITE_LINK = LinkKind(INVITE_PURPOSE, timedelta(days=7))
RESET_LINK = LinkKind(RESET_PURPOSE, timedelta(hours=2))
#: Self-service reset links per account and hour; more requests mail nothing.
MAX_RESETS_PER_HOUR = 3


class UserRuleError(ConflictError):
    """A change refused by a rule of user management; ``reason`` is the API's code."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message, details={"reason": reason})
        self.reason = reason


@dataclass(frozen=True)
class AgentRoleView:
    agent_id: str
    role: str


@dataclass(frozen=True)
class UserView:
    """A user as an administrator of one tenant sees them."""

    id: str
    email: str
    display_name: str
    active: bool
    #: Tenant-wide roles (what ``PATCH`` sets).
    roles: list[str]
    #: Roles granted in an agent organisation (``/agents/{id}/roles``).
    agent_roles: list[AgentRoleView]
    last_sign_in_at: datetime | None
    sessions: int
    #: The mobile phone SMS attestation codes go to (E.164), if any.
    phone: str | None = None


@dataclass(frozen=True)
class SessionView:
    id: str
    tenant_id: str
    created_at: datetime
    expires_at: datetime
    client_label: str


# -- reading ------------------------------------------------------------------------


def _live_sessions(now: datetime) -> Any:
    """The conditions of a live sign-in session (a web-view session is part of its parent)."""
    return (
        AuthToken.revoked_at.is_(None),
        AuthToken.expires_at > now,
        AuthToken.client_label.not_like(f"{WEB_LABEL_PREFIX}%"),
    )


def list_users(session: Session, *, tenant_id: str) -> list[UserView]:
    """Every user with a role in the tenant, by e-mail address."""
    users = session.scalars(
        select(User)
        .where(User.id.in_(select(Membership.user_id).where(Membership.tenant_id == tenant_id)))
        .order_by(User.email)
    ).all()
    return [_view(session, u, tenant_id) for u in users]


def user_in_tenant(session: Session, *, tenant_id: str, user_id: str) -> User:
    """The user, if they have a role in the tenant; NotFoundError otherwise (any other user)."""
    user = session.get(User, user_id)
    if user is None or not _memberships(session, user.id, tenant_id):
        raise NotFoundError(f"User {user_id} was not found")
    return user


def _memberships(session: Session, user_id: str, tenant_id: str) -> list[Membership]:
    return list(
        session.scalars(
            select(Membership).where(
                Membership.user_id == user_id, Membership.tenant_id == tenant_id
            )
        )
    )


def wholly_in_tenant(session: Session, user_id: str, tenant_id: str) -> bool:
    """Whether every role of the account is in the tenant (its administrator manages it)."""
    elsewhere = count_rows(
        session, Membership, Membership.user_id == user_id, Membership.tenant_id != tenant_id
    )
    return not elsewhere


def _default_name(email: str) -> str:
    return email.split("@")[0]


def _events_here(session: Session, user: User, tenant_id: str, *actions: str) -> list[AuditEvent]:
    """The tenant's audit events ``actions`` on the account, oldest first."""
    return list(
        session.scalars(
            select(AuditEvent)
            .where(
                AuditEvent.tenant_id == tenant_id,
                AuditEvent.entity_type == "app_user",
                AuditEvent.entity_id == user.id,
                AuditEvent.action.in_(actions),
            )
            .order_by(AuditEvent.at, AuditEvent.id)
        )
    )


def name_in_tenant(session: Session, user: User, tenant_id: str) -> str:
    """The user's display name as the tenant's people see it.

    The account's own name for an account wholly in the tenant; for a shared one,
    the name this tenant gave it (the last rename here, else its first invitation
    here, else the address's local part), exactly what the account would be called
    had the invitation made it: nothing of another tenant shows.
    """
    if wholly_in_tenant(session, user.id, tenant_id):
        return user.display_name
    events = _events_here(session, user, tenant_id, "user.invited", "user.renamed")
    renames = [e for e in events if e.action == "user.renamed" and "display_name" in e.details]
    if renames:
        return str(renames[-1].details["display_name"])
    invites = [e for e in events if e.action == "user.invited"]
    given = str(invites[0].details.get("display_name") or "") if invites else ""
    return given or _default_name(user.email)


def _view(session: Session, user: User, tenant_id: str) -> UserView:
    held = _memberships(session, user.id, tenant_id)
    now = utcnow()
    last = session.scalar(
        select(func.max(AuthToken.created_at)).where(
            AuthToken.user_id == user.id,
            AuthToken.tenant_id == tenant_id,
            AuthToken.client_label.not_like(f"{WEB_LABEL_PREFIX}%"),
        )
    )
    count = count_rows(
        session,
        AuthToken,
        AuthToken.user_id == user.id,
        AuthToken.tenant_id == tenant_id,
        *_live_sessions(now),
    )
    return UserView(
        id=user.id,
        email=user.email,
        display_name=name_in_tenant(session, user, tenant_id),
        active=user.active,
        roles=sorted({m.role for m in held if m.agent_id is None}),
        agent_roles=sorted(
            (AgentRoleView(m.agent_id, m.role) for m in held if m.agent_id is not None),
            key=lambda r: (r.agent_id, r.role),
        ),
        last_sign_in_at=last,
        sessions=count,
        phone=phone_in_tenant(session, user, tenant_id),
    )


def user_view(session: Session, *, tenant_id: str, user_id: str) -> UserView:
    return _view(session, user_in_tenant(session, tenant_id=tenant_id, user_id=user_id), tenant_id)


# -- sessions -----------------------------------------------------------------------


def list_sessions(session: Session, *, user_id: str, tenant_id: str | None) -> list[SessionView]:
    """The user's live sign-in sessions (in ``tenant_id``, or in every tenant)."""
    q = select(AuthToken).where(AuthToken.user_id == user_id, *_live_sessions(utcnow()))
    if tenant_id is not None:
        q = q.where(AuthToken.tenant_id == tenant_id)
    return [
        SessionView(t.id, t.tenant_id, t.created_at, t.expires_at, t.client_label)
        for t in session.scalars(q.order_by(AuthToken.created_at.desc()))
    ]


def _revoke_tokens(session: Session, tokens: list[AuthToken], now: datetime) -> int:
    """Revoke ``tokens`` and the web-view sessions made from them."""
    hashes = [t.token_hash for t in tokens]
    for t in tokens:
        t.revoked_at = now
    if hashes:
        session.execute(
            update(AuthToken)
            .where(
                AuthToken.client_label.in_([f"{WEB_LABEL_PREFIX}{h}" for h in hashes]),
                AuthToken.revoked_at.is_(None),
            )
            .values(revoked_at=now)
        )
    session.flush()
    return len(tokens)


def revoke_sign_in(session: Session, *, token_hash_value: str) -> None:
    """Sign out: revoke the token with this hash and the web-view sessions made from it."""
    tok = session.scalar(
        select(AuthToken).where(
            AuthToken.token_hash == token_hash_value, AuthToken.revoked_at.is_(None)
        )
    )
    if tok is not None:
        _revoke_tokens(session, [tok], utcnow())


def revoke_session(
    session: Session,
    *,
    actor_user_id: str | None,
    user_id: str,
    session_id: str,
    tenant_id: str | None,
) -> None:
    """End one sign-in session of the user (and its web-view sessions)."""
    now = utcnow()
    q = select(AuthToken).where(
        AuthToken.id == session_id, AuthToken.user_id == user_id, *_live_sessions(now)
    )
    if tenant_id is not None:
        q = q.where(AuthToken.tenant_id == tenant_id)
    tok = session.scalar(q)
    if tok is None:
        raise NotFoundError(f"Session {session_id} was not found")
    _revoke_tokens(session, [tok], now)
    _audit_account(
        session,
        actor_user_id,
        tok.tenant_id,
        "user.session_revoked",
        user_id,
        session_id=session_id,
    )


def revoke_all_sessions(session: Session, *, user_id: str) -> int:
    """Revoke every sign-in and web-view session of the user, in every tenant."""
    now = utcnow()
    tokens = list(
        session.scalars(
            select(AuthToken).where(AuthToken.user_id == user_id, AuthToken.revoked_at.is_(None))
        )
    )
    return _revoke_tokens(session, tokens, now)


# -- changes by an administrator ------------------------------------------------------


def _active_admins(session: Session, tenant_id: str) -> set[str]:
    return set(
        session.scalars(
            select(Membership.user_id)
            .join(User, User.id == Membership.user_id)
            .where(
                Membership.tenant_id == tenant_id,
                Membership.role == Role.ADMIN,
                Membership.agent_id.is_(None),
                User.active.is_(True),
            )
        )
    )


def update_user(
    session: Session,
    *,
    actor_user_id: str,
    tenant_id: str,
    user_id: str,
    roles: list[str] | None = None,
    active: bool | None = None,
    display_name: str | None = None,
    phone: str | None = None,
    personnummer: str | None = None,
) -> UserView:
    """Change a user of the tenant: tenant-wide roles, active, display name, mobile phone
    (``""`` removes it), personnummer (:func:`set_personnummer`)."""
    lock_tenant(session, tenant_id)
    user = user_in_tenant(session, tenant_id=tenant_id, user_id=user_id)
    admins_before = _active_admins(session, tenant_id)
    own = wholly_in_tenant(session, user.id, tenant_id)
    if personnummer is not None:
        set_personnummer(session, actor_user_id, user, tenant_id, personnummer, own=own)
    if phone is not None:
        _set_phone_here(session, actor_user_id, user, tenant_id, phone, own=own)
    if display_name is not None:
        name = display_name.strip() or _default_name(user.email)
        if name != name_in_tenant(session, user, tenant_id):
            if own:
                user.display_name = name
            # The name is recorded for the tenant: a shared account's name here.
            _audit_account(
                session, actor_user_id, tenant_id, "user.renamed", user.id, display_name=name
            )
    if roles is not None:
        _set_roles(session, actor_user_id, user, tenant_id, roles)
    if active is False and not own:
        # A shared account: the tenant can only take its own access away. The answer is
        # that of deactivating an account of its own. (Activating one is a no-op.)
        before = _view(session, user, tenant_id)
        for m in _memberships(session, user.id, tenant_id):
            session.delete(m)
        revoked = _revoke_tokens(
            session,
            list(
                session.scalars(
                    select(AuthToken).where(
                        AuthToken.user_id == user.id,
                        AuthToken.tenant_id == tenant_id,
                        AuthToken.revoked_at.is_(None),
                    )
                )
            ),
            utcnow(),
        )
        _audit_account(
            session,
            actor_user_id,
            tenant_id,
            "user.deactivated",
            user.id,
            sessions_revoked=revoked,
            roles_removed_here=True,
        )
        _keep_an_admin(session, tenant_id, admins_before)
        return replace(before, active=False, sessions=0)
    if active is not None and own and active != user.active:
        user.active = active
        revoked = revoke_all_sessions(session, user_id=user.id) if not active else 0
        _audit_account(
            session,
            actor_user_id,
            tenant_id,
            "user.activated" if active else "user.deactivated",
            user.id,
            sessions_revoked=revoked,
        )
    _keep_an_admin(session, tenant_id, admins_before)
    return _view(session, user, tenant_id)


def _keep_an_admin(session: Session, tenant_id: str, admins_before: set[str]) -> None:
    """Flush, and refuse a change that leaves a tenant that had an active administrator
    (``admins_before``, :func:`_active_admins` before the change) with none."""
    session.flush()
    if admins_before and not _active_admins(session, tenant_id):
        raise UserRuleError(
            "last_admin",
            "This is the organisation's last administrator; make someone else administrator first",
        )


def _set_roles(
    session: Session, actor_user_id: str | None, user: User, tenant_id: str, roles: list[str]
) -> None:
    """Make the user's tenant-wide roles exactly ``roles`` (agent roles stay)."""
    wanted = {r.value for r in parse_roles(roles)}
    held = [m for m in _memberships(session, user.id, tenant_id) if m.agent_id is None]
    removed = sorted({m.role for m in held} - wanted)
    added = sorted(wanted - {m.role for m in held})
    for m in held:
        if m.role not in wanted:
            session.delete(m)
    for role in added:
        session.add(
            Membership(user_id=user.id, tenant_id=tenant_id, role=role, granted_by=actor_user_id)
        )
    if removed or added:
        _audit_account(
            session,
            actor_user_id,
            tenant_id,
            "user.roles_changed",
            user.id,
            added=added,
            removed=removed,
        )


def set_roles(
    session: Session, *, actor_user_id: str | None, tenant: Tenant, email: str, roles: list[str]
) -> User:
    """The command line's ``set-roles``: exactly ``roles`` tenant-wide in ``tenant``."""
    lock_tenant(session, tenant.id)
    user = user_by_email(session, email)
    admins_before = _active_admins(session, tenant.id)
    _set_roles(session, actor_user_id, user, tenant.id, roles)
    _keep_an_admin(session, tenant.id, admins_before)
    return user


def set_phone(
    session: Session, *, actor_user_id: str | None, tenant_id: str | None, user: User, phone: str
) -> bool:
    """Set the account's mobile phone, the one SMS attestation codes go to (checked,
    stored in E.164), or with a blank ``phone`` remove it; audited as
    ``user.phone_changed``. Whether it changed."""
    number = validators.normalize_phone(phone) if phone.strip() else None
    if number == user.phone:
        return False
    user.phone = number
    _audit_account(session, actor_user_id, tenant_id, "user.phone_changed", user.id, phone=number)
    return True


def set_personnummer(
    session: Session, actor_user_id: str, user: User, tenant_id: str, value: str, *, own: bool
) -> None:
    """Set whose BankID signature is the account's (a case handler's signed approval must
    come from this personnummer), or with a blank ``value`` remove it; audited as
    ``user.personnummer_changed`` (whether one is set, never the number). Only for an
    account wholly in the tenant: one tenant may not decide whose BankID signs for another."""
    number = validators.normalize_personnummer(value) if value.strip() else None
    if number == user.personnummer:
        return
    if not own:
        raise UserRuleError(
            "shared_account",
            "This account also works for another organisation; its personnummer cannot be set here",
        )
    user.personnummer = number
    _audit_account(
        session,
        actor_user_id,
        tenant_id,
        "user.personnummer_changed",
        user.id,
        registered=number is not None,
    )


def _set_phone_here(
    session: Session, actor_user_id: str, user: User, tenant_id: str, phone: str, *, own: bool
) -> None:
    """The tenant administrator's phone change: the account's own for an account wholly
    in the tenant; for a shared one only the number recorded for this tenant (as a
    rename is), so one tenant cannot redirect the codes of another tenant's attestations
    nor tell that the account is shared."""
    if own:
        set_phone(session, actor_user_id=actor_user_id, tenant_id=tenant_id, user=user, phone=phone)
        return
    number = validators.normalize_phone(phone) if phone.strip() else None
    if number != phone_in_tenant(session, user, tenant_id):
        _audit_account(
            session, actor_user_id, tenant_id, "user.phone_changed", user.id, phone=number
        )


def phone_in_tenant(session: Session, user: User, tenant_id: str) -> str | None:
    """The mobile phone as the tenant's administrators see it: the account's own for an
    account wholly in the tenant, else the last one set here (none at first)."""
    if wholly_in_tenant(session, user.id, tenant_id):
        return user.phone
    changes = _events_here(session, user, tenant_id, "user.phone_changed")
    return str(changes[-1].details.get("phone") or "") or None if changes else None


def user_by_email(session: Session, email: str) -> User:
    address = validators.normalize_email(email)
    user = session.scalar(select(User).where(User.email == address))
    if user is None:
        raise NotFoundError(f"No user {address}")
    return user


def _audit_account(
    session: Session,
    actor_user_id: str | None,
    tenant_id: str | None,
    action: str,
    user_id: str,
    **details: Any,
) -> None:
    """Record ``action`` on the account ``user_id`` in the audit trail (see :func:`audit`)."""
    audit(
        session,
        actor_user_id=actor_user_id,
        tenant_id=tenant_id,
        action=action,
        target_type="app_user",
        target_id=user_id,
        details=details,
    )


def deactivate(session: Session, *, actor_user_id: str | None, user: User) -> int:
    """The command line's ``deactivate-user``: the account everywhere, every session."""
    user.active = False
    revoked = revoke_all_sessions(session, user_id=user.id)
    _audit_account(
        session, actor_user_id, None, "user.deactivated", user.id, sessions_revoked=revoked
    )
    return revoked


# -- invitations and password links --------------------------------------------------


def _mail_language(session: Session, user_id: str, tenant_id: str | None) -> tuple[str, str]:
    """(tenant id, language) of a mail to the user: the given tenant's, else their first one's."""
    tenant = session.get(Tenant, tenant_id) if tenant_id else None
    if tenant is None:
        tenant = session.scalar(
            select(Tenant)
            .join(Membership, Membership.tenant_id == Tenant.id)
            .where(Membership.user_id == user_id)
            .order_by(Tenant.slug)
            .limit(1)
        )
    return (tenant.id, tenant.language) if tenant is not None else ("", "en")


def _link_mail(
    session: Session,
    settings: Settings,
    *,
    user: User,
    tenant_id: str | None,
    purpose: str,
    organisation: str = "",
) -> None:
    mail_tenant, language = _mail_language(session, user.id, tenant_id)
    token = issue_link(
        session,
        INVITE_LINK if purpose == INVITE_PURPOSE else RESET_LINK,
        tenant_id=mail_tenant,
        entity_id=user.id,
        email=user.email,
        now=utcnow(),
    )
    _mail(
        session,
        settings,
        user=user,
        tenant_id=mail_tenant,
        language=language,
        event=EventType.USER_INVITATION
        if purpose == INVITE_PURPOSE
        else EventType.USER_PASSWORD_RESET,
        kind=f"mail.{purpose}",
        organisation=organisation,
        link=f"{settings.public_base_url}/password/{token}",
    )


def _mail(
    session: Session,
    settings: Settings,
    *,
    user: User,
    tenant_id: str,
    language: str,
    event: EventType,
    kind: str,
    organisation: str,
    link: str = "",
) -> None:
    """Mail ``user`` the notification of ``event`` (its values: the user's name, the
    organisation and the link) in ``language`` through :func:`server.services.notify.notify`.
    A mail with a link is personal: a binding never sends it to contacts or static
    recipients."""
    name = user.display_name or user.email
    notify(
        session,
        settings,
        tenant_id=tenant_id,
        event=event,
        values={"user_name": name, "organisation": organisation, "link": link},
        recipients={
            "user": [Recipient("user", name, (user.email,), language=language, user_id=user.id)]
        },
        related_id=user.id,
        kind=kind,
        personal=bool(link),
    )


def _access_mail(session: Session, settings: Settings, *, user: User, tenant: Tenant) -> None:
    _mail(
        session,
        settings,
        user=user,
        tenant_id=tenant.id,
        language=tenant.language,
        event=EventType.USER_ACCESS_GRANTED,
        kind="mail.access_granted",
        organisation=tenant.name,
    )


def invite(
    session: Session,
    settings: Settings,
    *,
    actor_user_id: str | None,
    tenant: Tenant,
    email: str,
    display_name: str = "",
    roles: list[str] | None = None,
    agent_id: str | None = None,
) -> None:
    """Give the address ``roles`` in ``tenant`` (in agent ``agent_id`` if given).

    A new address gets an account without a password and an invitation mail; an
    existing account gets the roles and a mail saying so. The caller answers the
    same either way, and nothing returned tells them apart.
    """
    wanted = [r.value for r in parse_roles(roles or [])]
    address = validators.normalize_email(email)
    lock_tenant(session, tenant.id)
    user = session.scalar(select(User).where(User.email == address))
    created = False
    if user is None:
        try:
            with session.begin_nested():
                user = User(
                    email=address,
                    display_name=display_name.strip() or address.split("@")[0],
                    password_hash="",  # no password until the link is used
                )
                session.add(user)
            created = True
        except IntegrityError:  # invited at the same moment from another tenant
            user = session.scalar(select(User).where(User.email == address))
            assert user is not None
    held = {(m.role, m.agent_id) for m in _memberships(session, user.id, tenant.id)}
    added = []
    for role in wanted:
        if (role, agent_id) not in held:
            session.add(
                Membership(
                    user_id=user.id,
                    tenant_id=tenant.id,
                    role=role,
                    agent_id=agent_id,
                    granted_by=actor_user_id,
                )
            )
            added.append(role)
    session.flush()
    if created:
        _link_mail(
            session,
            settings,
            user=user,
            tenant_id=tenant.id,
            purpose=INVITE_PURPOSE,
            organisation=tenant.name,
        )
    elif added:
        _access_mail(session, settings, user=user, tenant=tenant)
    _audit_account(
        session,
        actor_user_id,
        tenant.id,
        "user.invited",
        user.id,
        roles=added,
        agent_id=agent_id,
        new_account=created,
        display_name=display_name.strip(),
    )


def request_reset(
    session: Session,
    settings: Settings,
    *,
    actor_user_id: str | None,
    user: User,
    tenant_id: str | None,
) -> None:
    """Mail the user a single-use password reset link (an administrator or the CLI asked).

    A tenant's administrator (``tenant_id`` given) resets only an account wholly in
    the tenant; for a shared one nothing is mailed, with the same answer.
    """
    if not user.active:
        raise UserRuleError("inactive", "The account is deactivated; activate it first")
    if tenant_id is not None and not wholly_in_tenant(session, user.id, tenant_id):
        return
    _link_mail(session, settings, user=user, tenant_id=tenant_id, purpose=RESET_PURPOSE)
    _audit_account(session, actor_user_id, tenant_id, "user.password_reset_requested", user.id)


def forgot_password(session: Session, settings: Settings, *, email: str) -> None:
    """Self-service: mail a reset link if the address is an active account (silently not
    otherwise, and not more than :data:`MAX_RESETS_PER_HOUR` an hour)."""
    try:
        address = validators.normalize_email(email)
    except ValidationError:  # cannot be anybody's address: nothing to mail
        return
    user = session.scalar(select(User).where(User.email == address))
    if user is None or not user.active or not user.password_hash:
        return
    recent = count_rows(
        session,
        LinkToken,
        LinkToken.entity_id == user.id,
        LinkToken.purpose == RESET_PURPOSE,
        LinkToken.created_at > utcnow() - timedelta(hours=1),
    )
    if recent >= MAX_RESETS_PER_HOUR:
        return
    _link_mail(session, settings, user=user, tenant_id=None, purpose=RESET_PURPOSE)
    _audit_account(
        session, user.id, None, "user.password_reset_requested", user.id, self_service=True
    )


class PasswordLinkProblem(Exception):
    """A password link that cannot be used: unknown, used or expired."""


def password_link(session: Session, token: str) -> tuple[LinkToken, User]:
    """The live password link ``token`` and its user, or PasswordLinkProblem."""
    if not token or len(token) > 100:
        raise PasswordLinkProblem
    link = session.scalar(
        select(LinkToken).where(
            LinkToken.token_hash == token_hash(token), LinkToken.purpose.in_(PASSWORD_PURPOSES)
        )
    )
    if link is None or link.used_at is not None or link.expires_at <= utcnow():
        raise PasswordLinkProblem
    user = session.get(User, link.entity_id)
    if user is None or user.email != link.email or not user.active:
        raise PasswordLinkProblem
    return link, user


def set_password_with_link(session: Session, token: str, password: str) -> User:
    """Set the password behind a live link; uses up every password link of the account
    and revokes all its sessions. ValidationError for a weak password (link kept)."""
    link, user = password_link(session, token)
    check_password(password, email=user.email)
    now = utcnow()
    user.password_hash = hash_password(password)
    session.execute(
        update(LinkToken)
        .where(
            LinkToken.entity_id == user.id,
            LinkToken.purpose.in_(PASSWORD_PURPOSES),
            LinkToken.used_at.is_(None),
        )
        .values(used_at=now)
    )
    revoked = revoke_all_sessions(session, user_id=user.id)
    _audit_account(
        session,
        user.id,
        link.tenant_id or None,
        "user.password_set",
        user.id,
        via=link.purpose,
        sessions_revoked=revoked,
    )
    return user
