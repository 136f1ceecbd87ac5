"""Database work of the sync UI: counts, refused commands and the names they concern."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.operations import Changes, DbOp, OpContext
from models.alumni import AlumniRegistration, AlumniRule
from models.attendance import MembershipCard
from models.courses import (
    Course,
    CourseRound,
    FormElement,
    Registration,
    RoundSession,
    SignupForm,
)
from models.notifications import MessageTemplate, NotificationBinding, NotificationRecipient
from models.organisations import Agent, Contract, Customer, Organisation
from models.people import Category, Person, PersonEmail
from models.sessions import session_span


@dataclass(frozen=True)
class Counts:
    pending: int
    rejected: int


def load_counts(ctx: OpContext) -> Counts:
    return Counts(ctx.store.pending_count(), ctx.store.rejected_count())


@dataclass(frozen=True)
class Issue:
    """One refused command as the sync issues list shows it.

    ``names`` gives the row ids of its arguments and of the server's rows as a user
    knows them (a person's name, a round's name); ``subject`` is who or what the
    command concerns ("Anna Berg"), ``place`` the course round it happens on.
    """

    command_id: str
    name: str
    args: dict[str, Any]
    code: str
    message: str
    details: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]]
    rejected_at: datetime
    names: dict[str, str] = field(default_factory=dict)
    subject: str = ""
    place: str = ""


def load_issues(ctx: OpContext) -> list[Issue]:
    issues = [
        Issue(
            command_id=r.command_id,
            name=str(r.command().get("name", "")),
            args=dict(r.command().get("args") or {}),
            code=r.code,
            message=r.message,
            details=r.details_dict(),
            rows=r.rows(),
            rejected_at=r.rejected_at,
        )
        for r in ctx.store.open_rejections()
    ]
    if not issues:
        return issues
    with ctx.read() as s:
        return [_named(s, issue) for issue in issues]


#: Arguments and row columns naming a person.
_PERSON_KEYS = ("person_id", "participant_id", "approving_manager_id", "expected_manager_id")
#: Each argument naming another row, and the table it names.
_ROW_KEYS = {
    "registration_id": Registration,
    "alumni_registration_id": AlumniRegistration,
    "round_id": CourseRound,
    "course_id": Course,
    "organisation_id": Organisation,
    "category_id": Category,
    "customer_id": Customer,
    "contract_id": Contract,
    "agent_id": Agent,
    "form_id": SignupForm,
    "element_id": FormElement,
    "email_id": PersonEmail,
    "rule_id": AlumniRule,
    "session_id": RoundSession,
    "template_id": MessageTemplate,
    "binding_id": NotificationBinding,
    "recipient_id": NotificationRecipient,
    "card_id": MembershipCard,
}


#: Arguments naming an organisation or one of its business roles (the row a command is on).
_BUSINESS_KEYS = ("contract_id", "customer_id", "agent_id", "organisation_id")


def _ids(issue: Issue, key: str) -> set[str]:
    found = {issue.args.get(key)}
    change = (issue.args.get("changes") or {}).get(key)
    if isinstance(change, dict):
        found |= {change.get("old"), change.get("new")}
    for rows in issue.rows.values():
        found |= {r.get(key) for r in rows if isinstance(r, dict)}
    return {str(x) for x in found if isinstance(x, str) and x}


def _persons(s: Session, ids: Iterable[str]) -> dict[str, str]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    return {p.id: p.full_name for p in s.scalars(select(Person).where(Person.id.in_(wanted)))}


def _named(s: Session, issue: Issue) -> Issue:
    """``issue`` with the names of the rows it concerns, as far as this computer has them."""
    names = _persons(s, (i for key in _PERSON_KEYS for i in _ids(issue, key)))
    subject = place = ""
    for key, model in _ROW_KEYS.items():
        for row_id in _ids(issue, key):
            row: Any = s.get(model, row_id)
            if row is None:
                continue
            names[row_id] = _row_name(s, row)
            if key in ("registration_id", "form_id"):
                round_ = s.get(CourseRound, row.round_id)
                place = round_.name if round_ is not None else place
    if isinstance(issue.args.get("first_name"), str):  # a person made here
        names.setdefault(
            str(issue.args.get("person_id")),
            f"{issue.args.get('first_name', '')} {issue.args.get('last_name', '')}".strip(),
        )
    for key in (
        *_PERSON_KEYS[:2],
        "registration_id",
        "alumni_registration_id",
        "email_id",
        "card_id",
    ):
        subject = subject or names.get(str(issue.args.get(key)), "")
    for key in (
        "round_id",
        "form_id",
        "element_id",
        "course_id",
        "rule_id",
        "session_id",
        "template_id",
        "binding_id",
        "recipient_id",
        "category_id",
        *_BUSINESS_KEYS,
    ):
        subject = subject or names.get(str(issue.args.get(key)), "")
    subject = subject or str(issue.args.get("name") or "")  # a course or round made here
    return replace(issue, names=names, subject=subject, place=place)


def _row_name(s: Session, row: Any) -> str:
    """What a user calls a row: a registration by its participant, an address by itself."""
    if isinstance(row, Registration | PersonEmail | MembershipCard):
        pid = row.participant_id if isinstance(row, Registration) else row.person_id
        person = s.get(Person, pid)
        return person.full_name if person is not None else ""
    if isinstance(row, AlumniRegistration):
        person = s.get(Person, row.person_id) if row.person_id else None
        return person.full_name if person is not None else f"{row.first_name} {row.last_name}"
    if isinstance(row, SignupForm):
        round_ = s.get(CourseRound, row.round_id)
        return round_.name if round_ is not None else ""
    if isinstance(row, FormElement):
        return row.label
    if isinstance(row, AlumniRule):
        return row.description or row.kind
    if isinstance(row, Customer):
        org = s.get(Organisation, row.organisation_id)
        return org.name if org is not None else row.customer_number
    if isinstance(row, Contract):
        return row.title
    if isinstance(row, RoundSession):  # a session by its day and time
        return f"{row.day.isoformat()} {session_span(row)}".strip()
    if isinstance(row, NotificationBinding):  # by its template, else its event
        template = s.get(MessageTemplate, row.template_id) if row.template_id else None
        return template.name if template is not None else row.event_type
    if isinstance(row, NotificationRecipient):
        person = s.get(Person, row.person_id)
        return person.full_name if person is not None else row.role
    return str(getattr(row, "name", "") or "")


def discard(*, parent: Any, command_id: str) -> DbOp[None]:
    def run(ctx: OpContext) -> None:
        ctx.engine.discard_rejection(command_id)
        ctx.changed(Changes(outbox=True))

    return DbOp(run, parent=parent, label="sync.discard")


def retry(*, parent: Any, command_id: str, args: dict[str, Any] | None) -> DbOp[None]:
    """Queue the refused command again as a new command, with ``args`` if edited."""

    def run(ctx: OpContext) -> None:
        ctx.engine.retry_rejection(command_id, args)
        ctx.changed(Changes.everything())

    return DbOp(run, parent=parent, label="sync.retry")
