"""Operations of the contact book (seed 002): load a target's contacts, search people by
e-mail, name or phone, link and unlink them, give and take their roles — each change a
command (``contact.link`` / ``contact.set_roles`` / ``contact.unlink``) with its undo.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from sqlalchemy import select

from desktop.common.values import Record
from desktop.operations.executor import DbOp, OpContext
from desktop.operations.people import search_people
from desktop.operations.undo import UndoStep
from models import Organisation, Person, PersonEmail, PersonPhone
from models.contacts import ROLES, TargetKind, links_of, main_contact
from models.organisations import ContactRole

# A search with at least this many digits also looks for phone numbers.
PHONE_DIGITS = 4


def _details(ctx: OpContext, person_ids: list[str]) -> dict[str, Record]:
    """Name, organisation, every live e-mail address and phone number of each person; the
    addresses also as rows that say whether mail to each bounced (``emails``)."""

    def live(values: list[Any], attr: str) -> str:
        return ", ".join(getattr(v, attr) for v in values if v.deleted_at is None)

    def addresses(person: Person) -> list[Record]:
        keys = ("address", "bounced_at", "bounce_detail")
        return [{k: getattr(e, k) for k in keys} for e in person.emails if e.deleted_at is None]

    query = (
        select(Person, Organisation.name)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Person.id.in_(person_ids))
    )
    with ctx.read() as s:
        return {
            person.id: {
                "id": person.id,
                "name": person.full_name,
                "organisation": organisation or "",
                "email": live(person.emails, "address"),
                "emails": addresses(person),
                "phone": live(person.phones, "number"),
            }
            for person, organisation in (s.execute(query) if person_ids else [])
        }


def load_contacts(ctx: OpContext, kind: TargetKind, target_id: str) -> list[Record]:
    """The target's contacts, each with a True/False per role (``main_contact``,
    ``notification_recipient``), by name."""
    with ctx.read() as s:
        links = links_of(s, ctx.actor.tenant_id, kind, target_id)
    people = _details(ctx, [link.person_id for link in links])
    rows = []
    for link in links:
        person = people.get(link.person_id)
        if person is not None:
            rows.append({**person, **{role.value: role in link.roles for role in ROLES}})
    return sorted(rows, key=lambda r: str(r["name"]).lower())


def _phone_matches(ctx: OpContext, search: str, limit: int) -> list[str]:
    """People with a phone number holding the digits typed (a leading 0 or +46 aside)."""
    digits = re.sub(r"\D", "", search)
    if len(digits) < PHONE_DIGITS:
        return []
    digits = digits.removeprefix("46") if search.strip().startswith("+") else digits
    pattern = f"%{digits.lstrip('0')}%"
    with ctx.read() as s:
        return list(
            s.scalars(
                select(PersonPhone.person_id)
                .join(Person, Person.id == PersonPhone.person_id)
                .where(
                    PersonPhone.deleted_at.is_(None),
                    Person.deleted_at.is_(None),
                    PersonPhone.number.like(pattern),
                )
                .distinct()
                .limit(limit)
            )
        )


def _email_matches(ctx: OpContext, search: str, limit: int) -> list[str]:
    """People with an address that starts with what was typed (a whole address too)."""
    if "@" not in search:
        return []
    with ctx.read() as s:
        return list(
            s.scalars(
                select(PersonEmail.person_id)
                .where(
                    PersonEmail.deleted_at.is_(None),
                    PersonEmail.address.like(f"{search.strip().lower()}%"),
                )
                .distinct()
                .limit(limit)
            )
        )


def search_contacts(
    ctx: OpContext, search: str, kind: TargetKind, target_id: str, limit: int = 50
) -> list[Record]:
    """People matching ``search`` by e-mail, name or phone, best first, each with
    ``linked``: whether they are a contact of the target already."""
    found = [str(r["id"]) for r in search_people(ctx, search, limit).rows]
    ctx.check_cancelled()  # a newer keystroke made it stale: the next scans do not run
    for person_id in _email_matches(ctx, search, limit) + _phone_matches(ctx, search, limit):
        if person_id not in found:
            found.append(person_id)
    found = found[:limit]
    ctx.check_cancelled()
    people = _details(ctx, found)
    with ctx.read() as s:
        linked = {link.person_id for link in links_of(s, ctx.actor.tenant_id, kind, target_id)}
    return [{**people[i], "linked": i in linked} for i in found if i in people]


def target_args(kind: TargetKind, target_id: str, person_id: str) -> dict[str, Any]:
    return {"target_kind": kind.value, "target_id": target_id, "person_id": person_id}


def _step(label: str, person_id: str, command: str, args: dict[str, Any]) -> UndoStep:
    return UndoStep(label=label, table="contact", row_id=person_id, command=command, args=args)


def link_contact(
    *,
    parent: QObject | None,
    kind: TargetKind,
    target_id: str,
    person_id: str,
    name: str,
    roles: tuple[ContactRole, ...] = (),
) -> DbOp[UndoStep]:
    """Link the person as a contact of the target (with ``roles``); undone by unlinking."""
    return DbOp(
        lambda ctx: link_now(ctx, target_args(kind, target_id, person_id), roles, name),
        parent=parent,
        label=QCoreApplication.translate("ContactOps", "Linking %1").replace("%1", name),
    )


def link_now(
    ctx: OpContext, args: dict[str, Any], roles: tuple[ContactRole, ...], name: str
) -> UndoStep:
    """Queue ``contact.link`` of ``args`` (target kind and id, person) inside an operation;
    the step that undoes it."""
    ctx.execute(ctx.command("contact.link", {**args, "roles": [r.value for r in roles]}))
    label = QCoreApplication.translate("ContactOps", "linking %1").replace("%1", name)
    return _step(label, str(args["person_id"]), "contact.unlink", args)


def unlink_contact(
    *, parent: QObject | None, kind: TargetKind, target_id: str, person_id: str, name: str
) -> DbOp[UndoStep]:
    """Remove the person from the target's contacts; undone by linking them again with
    the roles they held."""
    args = target_args(kind, target_id, person_id)

    def run(ctx: OpContext) -> UndoStep:
        with ctx.read() as s:
            links = links_of(s, ctx.actor.tenant_id, kind, target_id)
        held = next((sorted(x.roles) for x in links if x.person_id == person_id), [])
        ctx.execute(ctx.command("contact.unlink", args))
        label = QCoreApplication.translate("ContactOps", "removing %1").replace("%1", name)
        return _step(label, person_id, "contact.link", {**args, "roles": held})

    label = QCoreApplication.translate("ContactOps", "Removing %1").replace("%1", name)
    return DbOp(run, parent=parent, label=label)


def set_contact_role(
    *,
    parent: QObject | None,
    kind: TargetKind,
    target_id: str,
    person_id: str,
    name: str,
    role: ContactRole,
    present: bool,
) -> DbOp[UndoStep]:
    """Give or take one role. Undone by the opposite; a main contact given undoes by
    giving the role back to whoever held it before (which takes it from this person)."""
    args = target_args(kind, target_id, person_id)

    def run(ctx: OpContext) -> UndoStep:
        before: str | None = None
        if role is ContactRole.MAIN_CONTACT and present:
            with ctx.read() as s:
                held = main_contact(s, ctx.actor.tenant_id, kind, target_id)
                before = held.id if held is not None else None
        ctx.execute(ctx.command("contact.set_roles", {**args, "roles": {role.value: present}}))
        label = QCoreApplication.translate("ContactOps", "role change of %1").replace("%1", name)
        if before is not None and before != person_id:
            back = {**target_args(kind, target_id, before), "roles": {role.value: True}}
            return _step(label, person_id, "contact.set_roles", back)
        undo = {**args, "roles": {role.value: not present}}
        return _step(label, person_id, "contact.set_roles", undo)

    label = QCoreApplication.translate("ContactOps", "Saving the roles of %1").replace("%1", name)
    return DbOp(run, parent=parent, label=label)


def load_op(parent: QObject | None, kind: TargetKind, target_id: str) -> DbOp[list[Record]]:
    label = QCoreApplication.translate("ContactOps", "Loading contacts")
    return DbOp(lambda ctx: load_contacts(ctx, kind, target_id), parent=parent, label=label)


def search_op(
    parent: QObject | None, search: str, kind: TargetKind, target_id: str
) -> DbOp[list[Record]]:
    label = QCoreApplication.translate("ContactOps", "Searching contacts")
    return DbOp(
        lambda ctx: search_contacts(ctx, search, kind, target_id), parent=parent, label=label
    )


__all__ = [
    "link_contact",
    "link_now",
    "load_contacts",
    "load_op",
    "search_contacts",
    "search_op",
    "set_contact_role",
    "target_args",
    "unlink_contact",
]
