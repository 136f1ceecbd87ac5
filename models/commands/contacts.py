"""Commands of the contact book: link a person to a target, set their roles, unlink.

The rules (one row per role, at most one main contact) are in :mod:`models.contacts`.
Each command makes a link or role present or absent: run twice it changes nothing
the second time, and two clients' commands on different roles both hold.
"""

from __future__ import annotations

import pydantic
from sqlalchemy import select

from models.base import SyncMixin
from models.commands.base import Args, ArgsT, Command, CommandContext, register
from models.commands.people import EDIT_ROLES
from models.contacts import LINKED, TargetKind, contact_row_id, contact_rows, target_column
from models.errors import NotFoundError, PermissionDenied
from models.organisations import Agent, Contact, ContactRole, Contract, Customer, Organisation
from models.people import Person
from models.tenancy import Membership, Role

_TARGETS: dict[TargetKind, tuple[type[SyncMixin], str]] = {
    TargetKind.ORGANISATION: (Organisation, "Organisation"),
    TargetKind.CUSTOMER: (Customer, "Customer"),
    TargetKind.CONTRACT: (Contract, "Contract"),
    TargetKind.AGENT: (Agent, "Agent"),
}


class ContactArgs(Args):
    """A person and the target they are (to be) a contact of."""

    target_kind: TargetKind
    target_id: str = pydantic.Field(min_length=1, max_length=36)
    person_id: str = pydantic.Field(min_length=1, max_length=36)


class ContactLinkArgs(ContactArgs):
    #: The roles the new contact holds from the start.
    roles: tuple[ContactRole, ...] = ()


class ContactSetRolesArgs(ContactArgs):
    #: Only the roles the user changed: True given, False taken.
    roles: dict[ContactRole, bool] = pydantic.Field(min_length=1)


def _check_target(ctx: CommandContext, kind: TargetKind, target_id: str) -> None:
    """Refuse a target that is not the tenant's (or a user's contacts for a non-admin)."""
    if kind is not TargetKind.USER:
        model, what = _TARGETS[kind]
        ctx.get(model, target_id, what=what)
        return
    if Role.ADMIN not in ctx.actor.roles:
        raise PermissionDenied("Your roles do not allow changing a user's contacts")
    # Users live on the server only: the client cannot check the id, the server does.
    if ctx.actor.authoritative and not ctx.session.scalar(
        select(Membership.id).where(
            Membership.user_id == target_id, Membership.tenant_id == ctx.actor.tenant_id
        )
    ):
        raise NotFoundError(f"User {target_id} was not found")


class _Link:
    """One person's rows on one target, loaded once, and the rule that sets them."""

    def __init__(self, ctx: CommandContext, kind: TargetKind, target_id: str, person_id: str):
        self.ctx = ctx
        self.kind = kind
        self.target_id = target_id
        self.person = ctx.get(Person, person_id, what="Person")
        self.rows = contact_rows(ctx.session, ctx.actor.tenant_id, kind, target_id, person_id)

    @classmethod
    def of(cls, ctx: CommandContext, args: ContactArgs) -> _Link:
        _check_target(ctx, args.target_kind, args.target_id)
        return cls(ctx, args.target_kind, args.target_id, args.person_id)

    def set(self, role: str, present: bool) -> None:
        """Make the row of ``role`` (:data:`LINKED` for the link) live or gone."""
        live = [r for r in self.rows if r.role == role and r.deleted_at is None]
        if not present:
            for gone in live:
                gone.deleted_at = self.ctx.now
                self.ctx.concern(gone)
            return
        if live:
            return
        row_id = contact_row_id(self.person.id, self.kind, self.target_id, role)
        row = next((r for r in self.rows if r.id == row_id), None)
        if row is not None:
            row.deleted_at = None
            self.ctx.concern(row)
        else:
            row = Contact(id=row_id, person_id=self.person.id, role=role)
            setattr(row, target_column(self.kind).key, self.target_id)
            self.ctx.add(row)
            self.rows.append(row)
        if role == ContactRole.MAIN_CONTACT:
            self._take_main_from_others()

    def _take_main_from_others(self) -> None:
        """A target has one main contact: the one before keeps the link, not the role."""
        tenant = self.ctx.actor.tenant_id
        for row in contact_rows(self.ctx.session, tenant, self.kind, self.target_id):
            if (
                row.person_id != self.person.id
                and row.role == ContactRole.MAIN_CONTACT
                and row.deleted_at is None
            ):
                other = _Link(self.ctx, self.kind, self.target_id, row.person_id)
                other.set(LINKED, True)
                other.set(ContactRole.MAIN_CONTACT, False)


class _ContactCommand(Command[ArgsT]):
    """What the contact book's commands share: each makes links or roles present or
    absent, for the roles that edit people."""

    shape = "set_membership"
    roles = EDIT_ROLES


@register
class ContactLink(_ContactCommand[ContactLinkArgs]):
    """Link a person as a contact of an organisation, customer, contract, agent or user
    (a user's own contact: the person holding the user's details); already linked, the
    given roles are added."""

    name = "contact.link"
    args_model = ContactLinkArgs

    def run(self, ctx: CommandContext, args: ContactLinkArgs) -> None:
        link = _Link.of(ctx, args)
        link.set(LINKED, True)
        for role in args.roles:
            link.set(role, True)


@register
class ContactSetRoles(_ContactCommand[ContactSetRolesArgs]):
    """Give or take a contact's roles (Main contact, Notification recipient). A role given
    to a person not linked (someone unlinked them meanwhile) links them again: the role
    was asked for by name; only taking roles leaves an unlinked person as they are."""

    name = "contact.set_roles"
    args_model = ContactSetRolesArgs

    def run(self, ctx: CommandContext, args: ContactSetRolesArgs) -> None:
        link = _Link.of(ctx, args)
        if any(args.roles.values()):
            link.set(LINKED, True)
        for role, present in args.roles.items():
            link.set(role, present)


@register
class ContactUnlink(_ContactCommand[ContactArgs]):
    """Remove a person from a target's contacts (with their roles there)."""

    name = "contact.unlink"
    args_model = ContactArgs

    def run(self, ctx: CommandContext, args: ContactArgs) -> None:
        link = _Link.of(ctx, args)
        for role in {row.role for row in link.rows}:
            link.set(role, False)
