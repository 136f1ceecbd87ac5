"""Commands on organisations (the employers participants come from)."""

from __future__ import annotations

import pydantic
from sqlalchemy import select

from models import validators
from models.commands.base import Args, Command, CommandContext, register
from models.commands.people import EDIT_ROLES
from models.errors import ValidationError
from models.organisations import Organisation


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
        name = " ".join(args.name.split())
        number = (
            validators.normalize_organisationsnummer(args.org_number, field="org_number")
            if args.org_number
            else None
        )
        live = (Organisation.tenant_id == ctx.actor.tenant_id, Organisation.deleted_at.is_(None))
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
        ctx.add(Organisation(id=args.organisation_id, name=name, org_number=number, city=args.city))
