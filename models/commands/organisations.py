"""Commands on organisations (the employers participants come from) and their business
roles: customers, their contracts, agents (issue 15; seeds 002 and 004).

Archiving is the row's tombstone (:class:`models.organisations.ArchivedByTombstone`),
merged like a field edit so that the desktop undoes it with the inverse archive.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pydantic
from sqlalchemy import select

from models import validators
from models.commands.base import Args, Command, CommandContext, register
from models.commands.edits import ArchiveArgs as ArchiveArgs  # for commands/accounting.py
from models.commands.edits import ArchiveCommand as ArchiveCommand  # (it moved to edits.py)
from models.commands.edits import FieldEditCommand
from models.commands.people import EDIT_ROLES
from models.errors import ValidationError
from models.organisations import Agent, Contract, Customer, Organisation
from models.tenancy import Role

#: Agents act for customers in orders and attestations (seed 004): the tenant's admins
#: set them up.
ADMIN_ROLES = frozenset({Role.ADMIN})


class OrganisationCreateArgs(Args):
    organisation_id: str
    name: str = pydantic.Field(min_length=1, max_length=200)
    #: Organisationsnummer, ``NNNNNN-NNNN`` (checked and normalised when given).
    org_number: str | None = None
    city: str = pydantic.Field(default="", max_length=100)


@register
class OrganisationCreate(Command[OrganisationCreateArgs]):
    """Create an organisation (an import names one Kansli does not know yet).

    A live organisation of the same name (case and spaces aside) or number is
    refused: two offline imports naming the same new employer would otherwise
    make it twice.
    """

    name = "organisation.create"
    shape = "create"
    args_model = OrganisationCreateArgs
    roles = EDIT_ROLES

    def run(self, ctx: CommandContext, args: OrganisationCreateArgs) -> None:
        name = _clean_name(args.name)
        number = _org_number(args.org_number)
        _refuse_same_organisation(ctx, name=name, number=number)
        ctx.add(Organisation(id=args.organisation_id, name=name, org_number=number, city=args.city))


# -- organisations: edit, archive --------------------------------------------------------


def _clean_name(name: str) -> str:
    return " ".join(name.split())


def _refuse_same_organisation(
    ctx: CommandContext, *, name: str | None, number: str | None, other_than: str = ""
) -> None:
    """The one rule of organisations: no two live ones of the same name (case and spaces
    aside) or number. ``other_than``: the organisation being edited."""
    live = (
        Organisation.tenant_id == ctx.actor.tenant_id,
        Organisation.deleted_at.is_(None),
        Organisation.id != other_than,
    )
    if name is not None:
        # Compared here, not with SQL's lower(): SQLite's leaves "Ö" as it is.
        names = ctx.session.scalars(select(Organisation.name).where(*live))
        if any(" ".join(n.lower().split()) == name.lower() for n in names):
            raise ValidationError(
                "An organisation named {name} already exists", field="name", params={"name": name}
            )
    if number and ctx.session.scalar(
        select(Organisation.id).where(*live, Organisation.org_number == number)
    ):
        raise ValidationError(
            "An organisation with the number {number} already exists",
            field="org_number",
            params={"number": number},
        )


def _org_number(value: str | None) -> str | None:
    return validators.normalize_organisationsnummer(value, field="org_number") if value else None


class OrganisationFields(Args):
    """The editable fields of an organisation, by the rules of ``organisation.create``."""

    name: str | None = pydantic.Field(default=None, min_length=1, max_length=200)
    org_number: str | None = None
    city: str | None = pydantic.Field(default=None, max_length=100)


@register
class OrganisationEdit(FieldEditCommand[Any]):
    """Edit an organisation's name, number or city, merged per field; a name or number
    another live organisation has is refused (``organisation.create``'s rule)."""

    name = "organisation.edit"
    roles = EDIT_ROLES
    model, id_arg, what = Organisation, "organisation_id", "Organisation"
    fields = OrganisationFields
    named = "{row.name}"

    def value(self, row: Any, field: str, value: Any) -> Any:
        if field == "name":
            return _clean_name(str(value or ""))
        if field == "org_number":
            return _org_number(value)
        return value

    def check(self, ctx: CommandContext, row: Any, updates: dict[str, Any]) -> None:
        _refuse_same_organisation(
            ctx, name=updates.get("name"), number=updates.get("org_number"), other_than=row.id
        )


@register
class OrganisationArchive(ArchiveCommand):
    """Archive an organisation (or take it back out of the archive): it leaves the lists;
    its people, customers and agents stay as they are."""

    name = "organisation.archive"
    roles = EDIT_ROLES
    model, id_arg = Organisation, "organisation_id"

    def restored(self, ctx: CommandContext, row: Any) -> None:
        _refuse_same_organisation(
            ctx, name=_clean_name(row.name), number=row.org_number, other_than=row.id
        )


# -- customers ------------------------------------------------------------------------------


def _refuse_second_customer(
    ctx: CommandContext, *, organisation_id: str | None, number: str, other_than: str = ""
) -> None:
    """The one rule of customers: an organisation is a customer once, and a customer
    number (when given) names one live customer."""
    live = (
        Customer.tenant_id == ctx.actor.tenant_id,
        Customer.deleted_at.is_(None),
        Customer.id != other_than,
    )
    if organisation_id and ctx.session.scalar(
        select(Customer.id).where(*live, Customer.organisation_id == organisation_id)
    ):
        raise ValidationError("This organisation is a customer already", field="organisation_id")
    if number and ctx.session.scalar(
        select(Customer.id).where(*live, Customer.customer_number == number)
    ):
        raise ValidationError(
            "A customer with the number {number} already exists",
            field="customer_number",
            params={"number": number},
        )


class CustomerCreateArgs(Args):
    customer_id: str
    organisation_id: str
    customer_number: str = pydantic.Field(default="", max_length=40)


@register
class CustomerCreate(Command[CustomerCreateArgs]):
    """Make an organisation a customer (seed 002: "Kunder -> Alla kunder")."""

    name = "customer.create"
    shape = "create"
    args_model = CustomerCreateArgs
    roles = EDIT_ROLES

    def run(self, ctx: CommandContext, args: CustomerCreateArgs) -> None:
        ctx.get(Organisation, args.organisation_id, what="Organisation")
        _refuse_second_customer(
            ctx, organisation_id=args.organisation_id, number=args.customer_number
        )
        ctx.add(ctx.new_from(Customer, args, "customer_id"))


class CustomerFields(Args):
    customer_number: str | None = pydantic.Field(default=None, max_length=40)


@register
class CustomerEdit(FieldEditCommand[Any]):
    """Edit a customer's number (its name is its organisation's), merged per field."""

    name = "customer.edit"
    roles = EDIT_ROLES
    model, id_arg, what = Customer, "customer_id", "Customer"
    fields = CustomerFields

    def label(self, ctx: CommandContext, row: Any) -> str:
        org = ctx.session.get(Organisation, row.organisation_id)
        return org.name if org is not None else "the customer"

    def check(self, ctx: CommandContext, row: Any, updates: dict[str, Any]) -> None:
        if updates.get("customer_number"):
            _refuse_second_customer(
                ctx, organisation_id=None, number=updates["customer_number"], other_than=row.id
            )


@register
class CustomerArchive(ArchiveCommand):
    """Archive a customer (or take it back out of the archive); its contracts stay."""

    name = "customer.archive"
    roles = EDIT_ROLES
    model, id_arg = Customer, "customer_id"

    def restored(self, ctx: CommandContext, row: Any) -> None:
        _refuse_second_customer(
            ctx,
            organisation_id=row.organisation_id,
            number=row.customer_number,
            other_than=row.id,
        )


# -- contracts ------------------------------------------------------------------------------


def check_contract_dates(starts_on: date | None, ends_on: date | None) -> None:
    """The one rule of a contract's dates: it ends on or after the day it starts."""
    if starts_on and ends_on and ends_on < starts_on:
        raise ValidationError("The contract ends before it starts", field="ends_on")


class ContractCreateArgs(Args):
    contract_id: str
    customer_id: str
    title: str = pydantic.Field(min_length=1, max_length=200)
    starts_on: date | None = None
    ends_on: date | None = None


@register
class ContractCreate(Command[ContractCreateArgs]):
    """A contract of a customer (seed 002: "Ändra kontrakt")."""

    name = "contract.create"
    shape = "create"
    args_model = ContractCreateArgs
    roles = EDIT_ROLES

    def run(self, ctx: CommandContext, args: ContractCreateArgs) -> None:
        ctx.get(Customer, args.customer_id, what="Customer")
        check_contract_dates(args.starts_on, args.ends_on)
        ctx.add(ctx.new_from(Contract, args, "contract_id"))


class ContractFields(Args):
    title: str | None = pydantic.Field(default=None, min_length=1, max_length=200)
    starts_on: date | None = None
    ends_on: date | None = None


@register
class ContractEdit(FieldEditCommand[Any]):
    """Edit a contract's title and dates, merged per field; the dates keep their order."""

    name = "contract.edit"
    roles = EDIT_ROLES
    model, id_arg, what = Contract, "contract_id", "Contract"
    fields = ContractFields
    named = "{row.title}"

    def value(self, row: Any, field: str, value: Any) -> Any:
        """Dates from ISO text."""
        if field in ("starts_on", "ends_on"):
            return date.fromisoformat(value) if isinstance(value, str) and value else None
        return value

    def check(self, ctx: CommandContext, row: Any, updates: dict[str, Any]) -> None:
        check_contract_dates(
            updates.get("starts_on", row.starts_on), updates.get("ends_on", row.ends_on)
        )


@register
class ContractArchive(ArchiveCommand):
    """Archive a contract (or take it back out of the archive)."""

    name = "contract.archive"
    roles = EDIT_ROLES
    model, id_arg = Contract, "contract_id"


# -- agents ---------------------------------------------------------------------------------


class AgentCreateArgs(Args):
    agent_id: str
    organisation_id: str
    name: str = pydantic.Field(min_length=1, max_length=200)


@register
class AgentCreate(Command[AgentCreateArgs]):
    """An organisation acting as agent for customers (seed 004). Tenant-wide: granting an
    agent's users their roles is the agent admin's (``server/services/agent_roles.py``)."""

    name = "agent.create"
    shape = "create"
    args_model = AgentCreateArgs
    roles = ADMIN_ROLES

    def run(self, ctx: CommandContext, args: AgentCreateArgs) -> None:
        ctx.get(Organisation, args.organisation_id, what="Organisation")
        ctx.add(ctx.new_from(Agent, args, "agent_id"))


class AgentFields(Args):
    name: str | None = pydantic.Field(default=None, min_length=1, max_length=200)


@register
class AgentEdit(FieldEditCommand[Any]):
    """Rename an agent, merged per field."""

    name = "agent.edit"
    roles = ADMIN_ROLES
    model, id_arg, what = Agent, "agent_id", "Agent"
    fields = AgentFields
    named = "{row.name}"


@register
class AgentArchive(ArchiveCommand):
    """Archive an agent (or take it back out of the archive)."""

    name = "agent.archive"
    roles = ADMIN_ROLES
    model, id_arg = Agent, "agent_id"
