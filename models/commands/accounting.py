"""The accounting settings' commands (issue 18; :mod:`models.accounting`): the treasurer
maps each purpose (fees, membership, the bank, the credit balance liability, …) to a
bookkeeping account for the tenant, a course category or one round, with its cost centre
and project. For the money roles (:data:`models.tenancy.MONEY_ROLES`). A scope has one
live mapping per purpose; the SIE export uses the most specific one."""

from __future__ import annotations

from typing import Annotated, Any

import pydantic
from sqlalchemy import select

from models.accounting import AccountMappingRow, Purpose
from models.booking import PriceScope
from models.commands.base import Args, Command, CommandContext, register
from models.commands.booking import _check_scope, _RowEdit
from models.commands.edits import FieldEditArgs
from models.commands.organisations import ArchiveArgs, ArchiveCommand
from models.errors import ConflictError
from models.tenancy import MONEY_ROLES

#: A BAS account: four digits (checked by the row's own rule, AccountMappingRow.mapping, so a
#: control character is refused by the text rule like in every other argument).
Account = Annotated[str, pydantic.Field(max_length=40)]
#: A cost centre's or project's code ("" none).
ObjectCode = Annotated[str, pydantic.Field(max_length=40)]


def _check(ctx: CommandContext, row: AccountMappingRow) -> None:
    row.mapping()
    taken = ctx.session.scalar(
        select(AccountMappingRow.id).where(
            AccountMappingRow.tenant_id == ctx.actor.tenant_id,
            AccountMappingRow.deleted_at.is_(None),
            AccountMappingRow.id != row.id,
            AccountMappingRow.purpose == row.purpose,
            AccountMappingRow.scope_kind == row.scope_kind,
            AccountMappingRow.scope_id.is_(None)
            if row.scope_id is None
            else AccountMappingRow.scope_id == row.scope_id,
        )
    )
    if taken:
        raise ConflictError(
            "This purpose already has an account for this scope: edit that one",
            details={"account_mapping_id": taken},
        )


class AccountMappingCreateArgs(Args):
    account_mapping_id: str
    purpose: Purpose
    account: Account
    scope_kind: PriceScope = PriceScope.TENANT
    scope_id: str | None = pydantic.Field(default=None, max_length=200)
    cost_centre: ObjectCode = ""
    project: ObjectCode = ""


@register
class AccountMappingCreate(Command[AccountMappingCreateArgs]):
    """Map a purpose to a bookkeeping account (with objects) for a scope."""

    name = "account_mapping.create"
    shape = "create"
    args_model = AccountMappingCreateArgs
    roles = MONEY_ROLES

    def run(self, ctx: CommandContext, args: AccountMappingCreateArgs) -> None:
        row = AccountMappingRow(
            id=args.account_mapping_id,
            purpose=args.purpose.value,
            account=args.account,
            scope_kind=args.scope_kind.value,
            scope_id=_check_scope(ctx, args.scope_kind, args.scope_id),
            cost_centre=args.cost_centre.strip(),
            project=args.project.strip(),
        )
        _check(ctx, row)
        ctx.add(row)


class AccountMappingFields(Args):
    account: Account | None = None
    cost_centre: ObjectCode | None = None
    project: ObjectCode | None = None


class AccountMappingEditArgs(FieldEditArgs):
    fields_model = AccountMappingFields
    account_mapping_id: str


@register
class AccountMappingEdit(_RowEdit):
    """Change a mapping's account, cost centre or project (exports made keep theirs)."""

    name = "account_mapping.edit"
    args_model = AccountMappingEditArgs
    roles = MONEY_ROLES
    model, id_arg, what = AccountMappingRow, "account_mapping_id", "Account mapping"

    def run(self, ctx: CommandContext, args: Any) -> None:
        super().run(ctx, args)
        _check(ctx, ctx.get(AccountMappingRow, str(args.account_mapping_id)))


class AccountMappingArchiveArgs(ArchiveArgs):
    account_mapping_id: str


@register
class AccountMappingArchive(ArchiveCommand):
    """Archive a mapping (the wider one, or BAS's default, applies again)."""

    name = "account_mapping.archive"
    args_model = AccountMappingArchiveArgs
    roles = MONEY_ROLES
    model, id_arg = AccountMappingRow, "account_mapping_id"

    def restored(self, ctx: CommandContext, row: Any) -> None:
        _check(ctx, row)
