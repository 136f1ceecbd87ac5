"""Commands of the service desk's cases (:mod:`models.service_desk`): assign a case, move it
through its states, write a note. For the service desk and the administrators.

The server opens a case (the customer's attest of an agent order); nothing here creates one.
"""

from __future__ import annotations

from typing import TypeVar

import pydantic
from sqlalchemy import select

from models.commands.base import Args, Command, CommandContext, MultilineText, register
from models.errors import ConflictError, NotFoundError, ValidationError
from models.service_desk import CaseStatus, ServiceDeskCase, ServiceDeskNote
from models.tenancy import Membership, Role, User

#: Who works the service desk's cases.
SERVICE_DESK_ROLES = frozenset({Role.ADMIN, Role.SERVICE_DESK})

CaseId = pydantic.Field(min_length=1, max_length=36)


class CaseArgs(Args):
    case_id: str = CaseId


class AssignArgs(CaseArgs):
    #: The staff user to work the case; None: nobody.
    assignee_id: str | None = pydantic.Field(default=None, min_length=1, max_length=36)
    #: Their name as the desktop shows it until the server's row comes back.
    assignee_name: str = pydantic.Field(default="", max_length=200)
    #: The assignee the user saw (a case taken meanwhile is not taken from them silently).
    expected_assignee_id: str | None = pydantic.Field(default=None, max_length=36)


class SetStatusArgs(CaseArgs):
    status: CaseStatus


class AddNoteArgs(CaseArgs):
    note_id: str = pydantic.Field(min_length=1, max_length=36)
    text: MultilineText = pydantic.Field(min_length=1, max_length=10000)


def _staff_name(ctx: CommandContext, user_id: str) -> str:
    """The name of the tenant's staff user ``user_id`` (a tenant-wide membership); on the
    server only (users are not synced): NotFoundError for anyone else."""
    user = ctx.session.scalar(
        select(User)
        .join(Membership, Membership.user_id == User.id)
        .where(
            User.id == user_id,
            User.active.is_(True),
            Membership.tenant_id == ctx.actor.tenant_id,
            Membership.agent_id.is_(None),
        )
        .limit(1)
    )
    if user is None:
        raise NotFoundError("User {user} was not found", params={"user": user_id})
    return user.display_name or user.email


CaseArgsT = TypeVar("CaseArgsT", bound=CaseArgs)


class _CaseCommand(Command[CaseArgsT]):
    """The base of the ``service_desk_case.*`` commands: find the case (refused if closed
    unless :attr:`closed_too`), then :meth:`on_case`. For the service desk's roles."""

    roles = SERVICE_DESK_ROLES
    #: Not refused for a closed case here (set_status: the state machine refuses its moves).
    closed_too = False

    def run(self, ctx: CommandContext, args: CaseArgsT) -> None:
        case = ctx.get(ServiceDeskCase, args.case_id, what="Service-desk case")
        if not self.closed_too:
            case.require_open()
        self.on_case(ctx, case, args)

    def on_case(self, ctx: CommandContext, case: ServiceDeskCase, args: CaseArgsT) -> None:
        raise NotImplementedError


@register
class ServiceDeskCaseAssign(_CaseCommand[AssignArgs]):
    """Give a case to a staff user of the tenant (or to nobody)."""

    name = "service_desk_case.assign"
    shape = "expected_state"

    def on_case(self, ctx: CommandContext, case: ServiceDeskCase, args: AssignArgs) -> None:
        if case.assignee_id == args.assignee_id:
            return
        if case.assignee_id != args.expected_assignee_id:
            if case.assignee_id is None:
                raise ConflictError(
                    "Nobody is assigned to case {number} any longer", params={"number": case.number}
                )
            raise ConflictError(
                "Case {number} was assigned to {name} meanwhile",
                params={"number": case.number, "name": case.assignee_name},
            )
        name = args.assignee_name
        if args.assignee_id is not None and ctx.actor.authoritative:
            name = _staff_name(ctx, args.assignee_id)
        case.assignee_id = args.assignee_id
        case.assignee_name = name if args.assignee_id is not None else ""
        ctx.audit("service_desk_case.assigned", case, assignee_id=args.assignee_id)


@register
class ServiceDeskCaseSetStatus(_CaseCommand[SetStatusArgs]):
    """Move a case to another status (new, in progress, waiting, resolved, closed)."""

    name = "service_desk_case.set_status"
    shape = "transition"
    closed_too = True

    def on_case(self, ctx: CommandContext, case: ServiceDeskCase, args: SetStatusArgs) -> None:
        before = case.status
        if case.move_to(args.status, now=ctx.now):
            ctx.audit("service_desk_case.status", case, before=before, after=case.status)


@register
class ServiceDeskCaseAddNote(_CaseCommand[AddNoteArgs]):
    """Write a dated note on a case (append only: a note is never changed)."""

    name = "service_desk_case.add_note"
    shape = "create"

    def on_case(self, ctx: CommandContext, case: ServiceDeskCase, args: AddNoteArgs) -> None:
        if not args.text.strip():
            raise ValidationError("Write the note", field="text")
        note = ServiceDeskNote(
            id=args.note_id, case_id=case.id, author=ctx.actor.label, at=ctx.now, text=args.text
        )
        ctx.add(note)
        # The case's updated_at (and server_seq) follow: the list shows it as updated.
        case.updated_at = ctx.now
