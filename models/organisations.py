"""Organisations and their business roles: customer, contract, agent, contacts."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, SyncMixin
from models.ids import utcnow


class ArchivedByTombstone(SyncMixin):
    """A row whose ``archived`` is its tombstone: archiving sets ``deleted_at``, taking it
    back out of the archive clears it (the ``*.archive`` commands, undone in the desktop).

    Lists show live rows only, as they must anyway; the archived row keeps its id, so the
    contacts and contracts that name it stay valid and restoring it brings it back whole.
    """

    @property
    def archived(self) -> bool:
        return self.deleted_at is not None

    @archived.setter
    def archived(self, value: bool) -> None:
        self.deleted_at = (self.deleted_at or utcnow()) if value else None


class Organisation(ArchivedByTombstone, Base):
    """A company, authority or university; ``org_number`` is NNNNNN-NNNN."""

    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(200))
    org_number: Mapped[str | None] = mapped_column(String(11), default=None)
    city: Mapped[str] = mapped_column(String(100), default="")


class Customer(ArchivedByTombstone, Base):
    """An organisation as a buyer of courses or services."""

    __tablename__ = "customer"

    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)
    customer_number: Mapped[str] = mapped_column(String(40), default="")


class Contract(ArchivedByTombstone, Base):
    __tablename__ = "contract"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    starts_on: Mapped[date | None] = mapped_column(Date, default=None)
    ends_on: Mapped[date | None] = mapped_column(Date, default=None)


class Agent(ArchivedByTombstone, Base):
    """An organisation acting as agent for customers (seed 004)."""

    __tablename__ = "agent"

    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))


class ContactRole(enum.StrEnum):
    NOTIFICATION_RECIPIENT = "notification_recipient"
    MAIN_CONTACT = "main_contact"
    #: Attests the organisation's agent orders (seed 004 step 4, "Kund attesterar"): the
    #: order form offers these, never a typed address.
    ATTESTANT = "attestant"


class Contact(SyncMixin, Base):
    """A person in a contact role for an organisation, customer, contract or agent.

    Exactly one of the four targets is set.
    """

    __tablename__ = "contact"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str] = mapped_column(String(40))
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), default=None)
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customer.id"), default=None)
    contract_id: Mapped[str | None] = mapped_column(ForeignKey("contract.id"), default=None)
    agent_id: Mapped[str | None] = mapped_column(ForeignKey("agent.id"), default=None)
    #: The user this contact is, when a user is their own contact (their app_user id).
    user_id: Mapped[str | None] = mapped_column(String(36), index=True, default=None)
