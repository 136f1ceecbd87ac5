"""The contact book (seed 002, "Kontaktroller", "Kontakter för olika objekt").

A person is a *contact* of an organisation, customer, contract, agent or user
(a *target*) when a live :class:`~models.organisations.Contact` row links them.
The table has one ``role`` per row, so a link is a set of rows, one per role,
plus one row with the role :data:`LINKED` (``""``) that keeps a person linked
while they hold no role. Every row of a (person, target, role) has the same id
on every machine (:func:`contact_row_id`): two offline clients linking the same
person make one row, and a role given and taken again revives its row.

Roles: :attr:`ContactRole.NOTIFICATION_RECIPIENT` (gets the target's
notifications), :attr:`ContactRole.MAIN_CONTACT` and :attr:`ContactRole.ATTESTANT`
(attests an organisation's agent orders, :func:`attestants`). A target has at most one
main contact: the seed's tables of customers, contracts and organisations show
"the" main contact, and for a user the role marks which of their contacts holds
the user's own details. Giving it to one person takes it from the one before.

Issue 16 (notifications) asks :func:`notification_recipients` (the seed's dynamic
recipients: contacts of an agent, customer, contract or organisation; the static ones are
:class:`models.notifications.NotificationRecipient` rows, with or without a login); the
lists of organisations, customers, contracts and agents ask :func:`main_contacts`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload

from models.ids import derived_id
from models.organisations import Contact, ContactRole
from models.people import Person

#: The role of the row that links a person without a role.
LINKED = ""
#: The roles a contact can hold, in the order they are shown.
ROLES: tuple[ContactRole, ...] = (
    ContactRole.MAIN_CONTACT,
    ContactRole.NOTIFICATION_RECIPIENT,
    ContactRole.ATTESTANT,
)


class TargetKind(enum.StrEnum):
    """What a contact is a contact of."""

    ORGANISATION = "organisation"
    CUSTOMER = "customer"
    CONTRACT = "contract"
    AGENT = "agent"
    USER = "user"


def target_column(kind: TargetKind) -> InstrumentedAttribute[str | None]:
    """The ``contact`` column that names a target of ``kind``."""
    column: InstrumentedAttribute[str | None] = getattr(Contact, f"{kind.value}_id")
    return column


def contact_row_id(person_id: str, kind: TargetKind, target_id: str, role: str) -> str:
    """The id of the row linking ``person_id`` to the target in ``role`` (:data:`LINKED`
    for the link itself): the same wherever it is made."""
    return derived_id(person_id, "contact", kind.value, target_id, role)


def _of_target(tenant_id: str, kind: TargetKind, target_id: str) -> ColumnElement[bool]:
    return (Contact.tenant_id == tenant_id) & (target_column(kind) == target_id)


def contact_rows(
    session: Session, tenant_id: str, kind: TargetKind, target_id: str, person_id: str | None = None
) -> list[Contact]:
    """Every row of the target (of one person if given), live or not, by id."""
    query = select(Contact).where(_of_target(tenant_id, kind, target_id))
    if person_id is not None:
        query = query.where(Contact.person_id == person_id)
    return list(session.scalars(query.order_by(Contact.id)))


@dataclass(frozen=True)
class ContactLink:
    """A person linked to a target and the roles they hold there."""

    person_id: str
    roles: frozenset[str]


def links_of(
    session: Session, tenant_id: str, kind: TargetKind, target_id: str
) -> list[ContactLink]:
    """The target's contacts (any live row links a person), in the order first linked."""
    roles: dict[str, set[str]] = {}
    for row in contact_rows(session, tenant_id, kind, target_id):
        if row.deleted_at is None:
            held = roles.setdefault(row.person_id, set())
            if row.role != LINKED:
                held.add(row.role)
    return [ContactLink(person_id, frozenset(held)) for person_id, held in roles.items()]


def _people_in_role(
    session: Session,
    tenant_id: str,
    kind: TargetKind,
    target_ids: Iterable[str],
    role: str,
    *,
    addresses: bool = False,
) -> list[tuple[str, Person]]:
    """Each target's people in ``role``; with ``addresses``, their e-mail addresses and
    phone numbers loaded too (two queries for all, not two per person)."""
    query = select(target_column(kind), Person)
    if addresses:
        query = query.options(selectinload(Person.emails), selectinload(Person.phones))
    rows = session.execute(
        query.join(Person, Person.id == Contact.person_id)
        .where(
            Contact.tenant_id == tenant_id,
            target_column(kind).in_(list(target_ids)),
            Contact.role == role,
            Contact.deleted_at.is_(None),
            Person.deleted_at.is_(None),
        )
        .order_by(Person.last_name, Person.first_name, Person.id)
    )
    return [(str(target), person) for target, person in rows]


def notification_recipients(
    session: Session, tenant_id: str, kind: TargetKind, target_id: str
) -> list[Person]:
    """The people who get the target's notifications (its contacts in the role
    Notification recipient), by name. Their addresses and numbers are their own
    (``Person.emails``, ``Person.phones``, loaded with them)."""
    found = _people_in_role(
        session, tenant_id, kind, [target_id], ContactRole.NOTIFICATION_RECIPIENT, addresses=True
    )
    return [person for _target, person in found]


def main_contact(
    session: Session, tenant_id: str, kind: TargetKind, target_id: str
) -> Person | None:
    """The target's main contact, or None."""
    return main_contacts(session, tenant_id, kind, [target_id]).get(target_id)


def main_contacts(
    session: Session, tenant_id: str, kind: TargetKind, target_ids: Iterable[str]
) -> dict[str, Person]:
    """The main contact of each of ``target_ids`` that has one (for a list's column)."""
    found: dict[str, Person] = {}
    for target, person in _people_in_role(
        session, tenant_id, kind, target_ids, ContactRole.MAIN_CONTACT
    ):
        found.setdefault(target, person)
    return found


def attestants(session: Session, tenant_id: str, organisation_id: str) -> list[Person]:
    """The organisation's contacts in the role Attestant (who may attest its agent orders),
    by name, with their addresses and numbers loaded."""
    found = _people_in_role(
        session,
        tenant_id,
        TargetKind.ORGANISATION,
        [organisation_id],
        ContactRole.ATTESTANT,
        addresses=True,
    )
    return [person for _target, person in found]
