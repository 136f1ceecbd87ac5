"""Duplicate persons: the candidates of a registration with their scores, and merging two.

A merge keeps everything: every row that refers to the duplicate moves to
the survivor, the duplicate becomes a tombstone pointing at the survivor,
and the merge is recorded on the survivor's timeline and in the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.alumni import AlumniRegistration
from models.alumni_matching import Candidate, find_candidates, match_person
from models.audit import AuditEvent
from models.base import Base
from models.commands.base import Actor, refuse_erased
from models.commands.people import EDIT_ROLES
from models.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from models.ids import new_id, utcnow
from models.people import ActivityKind, Person, PersonCategory, PersonEmail, PersonPhone
from server.services.alumni.processing import probe_of
from server.services.scope import get_for_tenant
from server.services.seq import lock_tenant
from server.services.timeline import add_activity


def registration_candidates(
    *, session: Session, registration_id: str, now: datetime, tenant_id: str | None = None
) -> list[Candidate]:
    """Persons who may be the alumnus of a registration, best first, with their scores.

    With ``tenant_id``, a registration of another tenant is reported as missing.
    """
    reg = session.get(AlumniRegistration, registration_id)
    if reg is None or reg.deleted_at is not None or tenant_id not in (None, reg.tenant_id):
        raise NotFoundError(f"Alumni registration {registration_id} was not found")
    probe = probe_of(reg, now)
    found = {c.person_id: c for c in find_candidates(session, tenant_id=reg.tenant_id, probe=probe)}
    match = match_person(session, tenant_id=reg.tenant_id, probe=probe)
    for c in match.candidates:
        found.setdefault(c.person_id, c)
    return sorted(found.values(), key=lambda c: (-c.score, c.person_id))


@dataclass
class MergeResult:
    """What a merge moved (rows per ``table.column``) and which empty fields it filled."""

    survivor_id: str
    duplicate_id: str
    moved: dict[str, int] = field(default_factory=dict)
    filled: list[str] = field(default_factory=list)


_SPECIAL = {"person_email", "person_phone", "person_category"}
_FILLABLE = ("personnummer", "birth_date", "organisation_id", "title")
_ADDRESS = ("street", "postal_code", "city")


def _person_references() -> list[tuple[type[Any], str, str]]:
    """(model, attribute, "table.column") of every reference to ``person.id``.

    Found from the metadata, so a table added later is merged too.
    """
    refs: list[tuple[type[Any], str, str]] = []
    for mapper in Base.registry.mappers:
        table = mapper.local_table
        name = str(getattr(table, "name", ""))
        if name in _SPECIAL or name == "person":
            continue
        for column in table.columns:
            if any(
                fk.column.table.name == "person" and fk.column.name == "id"
                for fk in column.foreign_keys
            ):
                attr = mapper.get_property_by_column(column).key
                refs.append((mapper.class_, attr, f"{name}.{column.name}"))
    return sorted(refs, key=lambda r: r[2])


def _live_person(session: Session, tenant_id: str, person_id: str, what: str) -> Person:
    person = get_for_tenant(session, Person, person_id, tenant_id)
    if person is None:
        raise NotFoundError(f"{what} {person_id} was not found")
    refuse_erased(person)
    return person


def _merge_contacts(
    session: Session, model: type[Any], value_attr: str, survivor: Person, duplicate: Person
) -> int:
    """Move e-mails or phones; one the survivor has already is moved as a tombstone."""
    mine = list(session.execute(select(model).where(model.person_id == survivor.id)).scalars())
    have = {getattr(r, value_attr) for r in mine if r.deleted_at is None}
    survivor_has_some = bool(have)
    position = len([r for r in mine if r.deleted_at is None])
    theirs = session.execute(
        select(model).where(model.person_id == duplicate.id).order_by(model.position, model.id)
    ).scalars()
    moved = 0
    for row in theirs:
        row.person_id = survivor.id
        if survivor_has_some:  # the survivor's primary stays primary
            row.is_primary = False
        if row.deleted_at is None:
            if getattr(row, value_attr) in have:
                row.deleted_at = duplicate.deleted_at
            else:
                have.add(getattr(row, value_attr))
                row.position = position
                position += 1
        moved += 1
    return moved


def _merge_categories(session: Session, survivor: Person, duplicate: Person) -> int:
    """Give the survivor the duplicate's categories, keeping one link row per category."""
    mine: dict[str, PersonCategory] = {}
    for link in session.execute(
        select(PersonCategory).where(PersonCategory.person_id == survivor.id)
    ).scalars():
        if link.category_id not in mine or mine[link.category_id].deleted_at is not None:
            mine[link.category_id] = link
    theirs = session.execute(
        select(PersonCategory).where(PersonCategory.person_id == duplicate.id)
    ).scalars()
    moved = 0
    for link in theirs:
        kept = mine.get(link.category_id)
        if kept is None:
            link.person_id = survivor.id
            mine[link.category_id] = link
        else:
            if link.deleted_at is None and kept.deleted_at is not None:
                kept.deleted_at = None
            if link.deleted_at is None:
                link.deleted_at = duplicate.deleted_at
        moved += 1
    return moved


def merge_persons(
    *,
    session: Session,
    actor: Actor,
    survivor_id: str,
    duplicate_id: str,
    now: datetime | None = None,
) -> MergeResult:
    """Merge ``duplicate_id`` into ``survivor_id``, audited; nothing is lost.

    Every row that refers to the duplicate (course registrations as
    participant and as manager, activities, consents, alumni registrations,
    student records, contacts, ...) moves to the survivor; e-mails, phones
    and categories join the survivor's without doubles. The survivor keeps
    its own values and gets the duplicate's where its own are empty. The
    duplicate becomes a tombstone with ``merged_into_id``; earlier merges
    into it are pointed at the survivor. An activity on the survivor and an
    audit event record the merge. The caller commits.

    Raises:
        PermissionDenied: the actor may not edit persons.
        ValidationError: the two ids are the same.
        NotFoundError: either person is missing, removed or of another tenant.
        ConflictError: the two have different personnummer (two people).
    """
    if not (actor.roles & EDIT_ROLES):
        raise PermissionDenied("Your roles do not allow merging persons")
    if survivor_id == duplicate_id:
        raise ValidationError("A person cannot be merged with itself", field="duplicate_id")
    now = now or utcnow()
    tenant_id = actor.tenant_id
    lock_tenant(session, tenant_id)
    survivor = _live_person(session, tenant_id, survivor_id, "Person")
    duplicate = _live_person(session, tenant_id, duplicate_id, "Person")
    if (
        survivor.personnummer
        and duplicate.personnummer
        and survivor.personnummer != duplicate.personnummer
    ):
        raise ConflictError(
            f"{survivor.full_name} and {duplicate.full_name} have different personnummer; "
            "they are two people (correct the wrong one first)",
            details={"field": "personnummer"},
        )
    result = MergeResult(survivor.id, duplicate.id)
    duplicate.deleted_at = now
    duplicate.merged_into_id = survivor.id

    for field_name in _FILLABLE:
        if getattr(survivor, field_name) in (None, "") and getattr(duplicate, field_name):
            setattr(survivor, field_name, getattr(duplicate, field_name))
            result.filled.append(field_name)
    if not survivor.street and duplicate.street:
        for field_name in _ADDRESS:
            setattr(survivor, field_name, getattr(duplicate, field_name))
        result.filled += list(_ADDRESS)
    if duplicate.notes and duplicate.notes not in survivor.notes:
        survivor.notes = f"{survivor.notes}\n{duplicate.notes}".strip()
        result.filled.append("notes")

    result.moved["person_email.person_id"] = _merge_contacts(
        session, PersonEmail, "address", survivor, duplicate
    )
    result.moved["person_phone.person_id"] = _merge_contacts(
        session, PersonPhone, "number", survivor, duplicate
    )
    result.moved["person_category.person_id"] = _merge_categories(session, survivor, duplicate)
    for model, attr, label in _person_references():
        rows = session.execute(select(model).where(getattr(model, attr) == duplicate.id)).scalars()
        count = 0
        for row in rows:
            setattr(row, attr, survivor.id)
            count += 1
        if count:
            result.moved[label] = count
    for earlier in session.execute(
        select(Person).where(Person.tenant_id == tenant_id, Person.merged_into_id == duplicate.id)
    ).scalars():
        earlier.merged_into_id = survivor.id

    summary = {k: v for k, v in result.moved.items() if v}
    add_activity(
        session,
        survivor,
        ActivityKind.PERSON_MERGED,
        f"{duplicate.full_name or 'A duplicate'} merged into this profile",
        actor=actor.email,
        now=now,
        data={"duplicate_id": duplicate.id, "moved": summary, "filled": result.filled},
    )
    session.add(
        AuditEvent(
            id=new_id(),
            tenant_id=tenant_id,
            at=now,
            actor_user_id=actor.user_id,
            actor_email=actor.email,
            action="person.merge",
            entity_type="person",
            entity_id=survivor.id,
            details={
                "survivor_id": survivor.id,
                "duplicate_id": duplicate.id,
                "moved": summary,
                "filled": result.filled,
            },
        )
    )
    session.flush()
    session.expire(survivor, ["emails", "phones"])
    return result
