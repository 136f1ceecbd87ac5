"""Tenants, users and their roles.

A user signs in with an e-mail address and holds roles per tenant. Users and
memberships live on the server only; the desktop learns its own roles from
``/api/v1/me``.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base
from models.ids import new_id, utcnow


class Role(enum.StrEnum):
    ADMIN = "admin"
    COURSE_ADMIN = "course_admin"
    ALUMNI_OFFICER = "alumni_officer"
    AGENT_CASE_HANDLER = "agent_case_handler"
    ATTESTANT = "attestant"
    #: The club's treasurer: payments, invoices, reminders, accounting settings and exports.
    TREASURER = "treasurer"
    #: The service desk (Kundservice): works the cases of attested agent orders.
    SERVICE_DESK = "service_desk"
    VIEWER = "viewer"


#: What an ``admin`` membership scoped to one agent organisation amounts to in
#: the tenant: managing that agent's roles, nothing tenant-wide (least privilege).
AGENT_ADMIN = "agent_admin"

#: Roles that may see personnummer and alumni data.
PERSONAL_DATA_ROLES = frozenset({Role.ADMIN, Role.ALUMNI_OFFICER})

#: Roles that handle money: payment and accounting settings, invoices, incoming payments and
#: their matching, reminders, card events, the SIE export and the economics reports.
MONEY_ROLES = frozenset({Role.ADMIN, Role.TREASURER})


class Tenant(Base):
    """An organisation using Kansli; the unit of data isolation."""

    __tablename__ = "tenant"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: The language of the tenant's mails to outsiders and its staff ("sv" or "en").
    language: Mapped[str] = mapped_column(String(5), default="en", server_default="en")


class User(Base):
    """Someone who signs in. ``person_id`` links to their person profile in a tenant."""

    __tablename__ = "app_user"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(20), default=None)
    #: The canonical personnummer (12 digits) whose BankID signature is this user's (a case
    #: handler's signed approval must come from it); None: none registered.
    personnummer: Mapped[str | None] = mapped_column(String(12), default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="user", cascade="all, delete-orphan"
    )


class Membership(Base):
    """One role of one user in one tenant."""

    __tablename__ = "membership"
    __table_args__ = (UniqueConstraint("user_id", "tenant_id", "role"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"), index=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenant.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(32))
    #: For agent roles: the agent organisation the role is granted in.
    agent_id: Mapped[str | None] = mapped_column(String(36), default=None)
    granted_by: Mapped[str | None] = mapped_column(String(36), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    user: Mapped[User] = relationship(back_populates="memberships")
