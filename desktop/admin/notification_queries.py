"""What the notification screens of Administration read from the local database (issue 16):
the bindings with their template and scope named, the rows a scope can name, the
templates of one event type, and the static recipients with the person's addresses and
numbers. Run on the database executor (``OpContext.read``)."""

from __future__ import annotations

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop.common.values import Record
from desktop.operations import OpContext
from models.courses import Course, CourseRound
from models.notifications import (
    MessageTemplate,
    NotificationBinding,
    NotificationRecipient,
    ScopeKind,
    bindings_of,
)
from models.organisations import Agent, Contract, Customer, Organisation
from models.people import Category, Person, PersonEmail, PersonPhone


def _scope_query(kind: str) -> Select[str, str] | None:
    """(id, name) of the live rows of a scope kind; None for the tenant."""
    if kind == ScopeKind.CATEGORY:
        return select(Category.id, Category.name).where(Category.deleted_at.is_(None))
    if kind == ScopeKind.COURSE:
        return select(Course.id, Course.name).where(Course.deleted_at.is_(None))
    if kind == ScopeKind.ROUND:
        return (
            select(CourseRound.id, Course.name + " — " + CourseRound.name)
            .join(Course, Course.id == CourseRound.course_id)
            .where(CourseRound.deleted_at.is_(None))
        )
    if kind == ScopeKind.AGENT:
        return select(Agent.id, Agent.name).where(Agent.deleted_at.is_(None))
    if kind == ScopeKind.CUSTOMER:
        return (
            select(Customer.id, Organisation.name)
            .join(Organisation, Organisation.id == Customer.organisation_id)
            .where(Customer.deleted_at.is_(None))
        )
    if kind == ScopeKind.CONTRACT:
        return select(Contract.id, Contract.title).where(Contract.deleted_at.is_(None))
    return None


def scope_choices(session: Session, kind: str) -> list[tuple[str, str]]:
    """The live rows a binding of scope ``kind`` can name, as (id, name), by name."""
    query = _scope_query(kind)
    if query is None:
        return []
    rows = ((str(i), str(n)) for i, n in session.execute(query))
    return sorted(rows, key=lambda r: r[1].casefold())


def scope_name(session: Session, kind: str, scope_id: str | None) -> str:
    """The name of the row a binding names (empty for the tenant or a row not found)."""
    if not scope_id:
        return ""
    return dict(scope_choices(session, kind)).get(scope_id, "")


def template_choices(c: OpContext, event_type: str) -> list[tuple[str, str, str]]:
    """The live templates of ``event_type`` as (id, name, language), by name."""
    with c.read() as s:
        query = (
            select(MessageTemplate.id, MessageTemplate.name, MessageTemplate.language)
            .where(MessageTemplate.event_type == event_type, MessageTemplate.deleted_at.is_(None))
            .order_by(MessageTemplate.name, MessageTemplate.language)
        )
        return [(str(i), str(n), str(lang)) for i, n, lang in s.execute(query)]


def binding_record(session: Session, binding: NotificationBinding) -> Record:
    """A binding as the list shows it: its fields, its template's and scope's names."""
    template = session.get(MessageTemplate, binding.template_id) if binding.template_id else None
    return {
        "id": binding.id,
        "event_type": binding.event_type,
        "template_id": binding.template_id,
        "template_name": template.name if template else "",
        "template_language": template.language if template else "",
        "scope_kind": binding.scope_kind,
        "scope_id": binding.scope_id,
        "scope_name": scope_name(session, binding.scope_kind, binding.scope_id),
        "recipients": list(binding.recipients or []),
        "channels": list(binding.channels or []),
    }


def load_bindings(c: OpContext, *, archived: bool = False) -> list[Record]:
    """The tenant's live bindings (and the archived ones with ``archived``)."""
    query = select(NotificationBinding)
    if not archived:
        query = query.where(NotificationBinding.deleted_at.is_(None))
    with c.read() as s:
        return [
            binding_record(s, b) | {"archived": b.deleted_at is not None} for b in s.scalars(query)
        ]


def bindings_of_template(c: OpContext, template_id: str) -> list[Record]:
    """The bindings publishing ``template_id`` changes (``models.notifications.bindings_of``)."""
    with c.read() as s:
        return [binding_record(s, b) for b in bindings_of(s, template_id)]


def load_recipients(c: OpContext, *, archived: bool = False) -> list[Record]:
    """The tenant's live static recipients (and the archived ones with ``archived``) with
    the person's name, e-mails and phones."""
    query = select(NotificationRecipient)
    if not archived:
        query = query.where(NotificationRecipient.deleted_at.is_(None))
    with c.read() as s:
        rows = list(s.scalars(query))
        ids = [r.person_id for r in rows]
        names = {p.id: p.full_name for p in s.scalars(select(Person).where(Person.id.in_(ids)))}
        emails = _by_person(s, PersonEmail, PersonEmail.address, ids)
        phones = _by_person(s, PersonPhone, PersonPhone.number, ids)
        return [
            {
                "id": r.id,
                "person_id": r.person_id,
                "name": names.get(r.person_id, ""),
                "role": r.role,
                "emails": ", ".join(emails.get(r.person_id, [])),
                "phones": ", ".join(phones.get(r.person_id, [])),
                "user_id": r.user_id,
                "archived": r.deleted_at is not None,
            }
            for r in rows
        ]


def _by_person(
    session: Session, model: type[PersonEmail] | type[PersonPhone], column: object, ids: list[str]
) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    query = (
        select(model.person_id, column)  # type: ignore[call-overload]
        .where(model.person_id.in_(ids), model.deleted_at.is_(None))
        .order_by(model.person_id, model.is_primary.desc(), model.position)
    )
    for person_id, value in session.execute(query):
        out.setdefault(person_id, []).append(str(value))
    return out
