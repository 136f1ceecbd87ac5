"""Tenants, users and their roles: creating them and hashing passwords (argon2)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import validators
from models.errors import ConflictError, NotFoundError, ValidationError
from models.tenancy import AGENT_ADMIN, Membership, Role, Tenant, User
from server.i18n import LANGUAGES
from server.services.passwords import check_password
from server.services.seq import ensure_tenant_seq

_hasher = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """A hash of nothing anybody knows, verified when an account does not exist so
    that a wrong e-mail address costs the same time as a wrong password. Made on
    first use, not at import (one argon2 hash is about 0.1 s of a server's start)."""
    return _hasher.hash("kansli: no such account")


def hash_password(password: str, *, hasher: PasswordHasher | None = None) -> str:
    """The argon2id hash of ``password`` (the hasher's parameters are stored in it)."""
    return (hasher or _hasher).hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True if ``password`` matches; compares against a dummy hash when there is none."""
    try:
        return _hasher.verify(password_hash or _dummy_hash(), password) and bool(password_hash)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def parse_roles(roles: Iterable[str]) -> list[Role]:
    """Check role names; raises ValidationError naming the unknown one."""
    out: list[Role] = []
    for name in roles:
        try:
            out.append(Role(name.strip()))
        except ValueError:
            known = ", ".join(r.value for r in Role)
            raise ValidationError(f"Unknown role {name!r} (known: {known})", field="role") from None
    return out


def create_tenant(
    *, session: Session, slug: str, name: str | None = None, language: str = "en"
) -> Tenant:
    """A new tenant with its ``tenant_seq`` row; ``language`` is that of its mails."""
    slug = slug.strip().lower()
    if not slug or not all(c.isalnum() or c in "-_" for c in slug) or len(slug) > 64:
        raise ValidationError("A tenant slug is 1-64 letters, digits, - or _", field="slug")
    if language not in LANGUAGES:
        raise ValidationError(
            f"The language is one of {', '.join(LANGUAGES)}, not {language!r}", field="language"
        )
    if session.scalar(select(Tenant).where(Tenant.slug == slug)) is not None:
        raise ConflictError(f"A tenant {slug!r} already exists", details={"field": "slug"})
    tenant = Tenant(slug=slug, name=name or slug, language=language)
    session.add(tenant)
    session.flush()
    ensure_tenant_seq(session.connection(), tenant.id)
    return tenant


def tenant_by_slug(*, session: Session, slug: str) -> Tenant:
    tenant = session.scalar(select(Tenant).where(Tenant.slug == slug.strip().lower()))
    if tenant is None:
        raise NotFoundError(f"No tenant {slug!r}")
    return tenant


def create_user(
    *,
    session: Session,
    email: str,
    password: str,
    display_name: str = "",
    hasher: PasswordHasher | None = None,
) -> User:
    """A new user; the e-mail address is normalised and must be unused, the password
    must pass the policy (:func:`server.services.passwords.check_password`)."""
    address = validators.normalize_email(email)
    check_password(password, email=address)
    if session.scalar(select(User).where(User.email == address)) is not None:
        raise ConflictError(f"A user {address} already exists", details={"field": "email"})
    user = User(
        email=address,
        display_name=display_name or address.split("@")[0],
        password_hash=hash_password(password, hasher=hasher),
    )
    session.add(user)
    session.flush()
    return user


def grant_roles(
    *,
    session: Session,
    user: User,
    tenant: Tenant,
    roles: Iterable[str],
    granted_by: str | None = None,
) -> list[Membership]:
    """Give ``user`` the ``roles`` in ``tenant`` (roles already held are kept once)."""
    held = set(
        session.scalars(
            select(Membership.role).where(
                Membership.user_id == user.id, Membership.tenant_id == tenant.id
            )
        )
    )
    added = []
    for role in parse_roles(roles):
        if role.value in held:
            continue
        m = Membership(user_id=user.id, tenant_id=tenant.id, role=role.value, granted_by=granted_by)
        session.add(m)
        added.append(m)
        held.add(role.value)
    session.flush()
    return added


def roles_of(*, session: Session, user_id: str, tenant_id: str) -> frozenset[str]:
    """The user's roles in the tenant.

    An ``admin`` membership scoped to an agent organisation gives only
    ``agent_admin``: it administers that agent's roles, and sees and changes
    nothing else of the tenant.
    """
    rows = session.execute(
        select(Membership.role, Membership.agent_id).where(
            Membership.user_id == user_id, Membership.tenant_id == tenant_id
        )
    )
    return frozenset(membership_role(role, agent_id) for role, agent_id in rows)


def membership_role(role: str, agent_id: str | None) -> str:
    """What one membership amounts to: an ``admin`` one in an agent is ``agent_admin``."""
    return AGENT_ADMIN if role == Role.ADMIN and agent_id is not None else role
