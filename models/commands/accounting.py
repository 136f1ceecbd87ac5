"""The accounting settings' commands (issue 18; :mod:`models.accounting`): the treasurer
maps each purpose (fees, membership, the bank, the credit balance liability, …) to a
bookkeeping account for the tenant, a course category or one round, with its cost centre
and project (named objects, ``accounting_object.*``) and VAT code. For the money roles
(:data:`models.tenancy.MONEY_ROLES`). A scope has one live mapping per purpose; the SIE
export uses the most specific one. ``accounting_settings.set`` sets the fiscal year's first
month, the voucher series and accrual."""

from __future__ import annotations

from typing import Annotated, Any

import pydantic
from sqlalchemy import select

from models.accounting import (
    DIMENSION_FIELDS,
    AccountingObjectRow,
    AccountingSettings,
    AccountMappingRow,
    Purpose,
    accounting_settings_of,
    check_dimension,
    check_object_code,
    check_series,
    check_vat_code,
)
from models.booking import PriceScope
from models.commands.base import Args, Command, CommandContext, register
from models.commands.booking import _check_scope
from models.commands.edits import ArchiveCommand, FieldEditCommand, SettingsSetCommand
from models.errors import ConflictError, ValidationError
from models.sie import COST_CENTRE
from models.tenancy import MONEY_ROLES
from models.validators import check_text

#: A BAS account: four digits (checked by the row's own rule, AccountMappingRow.mapping, so a
#: control character is refused by the text rule like in every other argument).
Account = Annotated[str, pydantic.Field(max_length=40)]
#: A cost centre's or project's code ("" none).
ObjectCode = Annotated[str, pydantic.Field(max_length=40)]


def _check(ctx: CommandContext, row: AccountMappingRow) -> None:
    row.vat_code = check_vat_code(row.vat_code or "")
    row.mapping()
    _check_named(ctx, row)
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
    #: The account's VAT code (SIE #MOMSKOD: the VAT return's box, 05, 10 …; "" none).
    vat_code: ObjectCode = ""


@register
class AccountMappingCreate(Command[AccountMappingCreateArgs]):
    """Map a purpose to a bookkeeping account (with objects) for a scope."""

    name = "account_mapping.create"
    shape = "create"
    roles = MONEY_ROLES

    def run(self, ctx: CommandContext, args: AccountMappingCreateArgs) -> None:
        row = ctx.new_from(
            AccountMappingRow,
            args,
            "account_mapping_id",
            purpose=args.purpose.value,
            scope_kind=args.scope_kind.value,
            scope_id=_check_scope(ctx, args.scope_kind, args.scope_id),
        )
        _check(ctx, row)
        ctx.add(row)


class AccountMappingFields(Args):
    account: Account | None = None
    cost_centre: ObjectCode | None = None
    project: ObjectCode | None = None
    vat_code: ObjectCode | None = None


@register
class AccountMappingEdit(FieldEditCommand[Any]):
    """Change a mapping's account, cost centre, project or VAT code (exports made keep
    theirs)."""

    name = "account_mapping.edit"
    roles = MONEY_ROLES
    fields = AccountMappingFields
    model, id_arg, what = AccountMappingRow, "account_mapping_id", "Account mapping"

    def written(self, ctx: CommandContext, row: Any, updates: dict[str, Any]) -> None:
        _check(ctx, row)


@register
class AccountMappingArchive(ArchiveCommand):
    """Archive a mapping (the wider one, or BAS's default, applies again)."""

    name = "account_mapping.archive"
    roles = MONEY_ROLES
    model, id_arg = AccountMappingRow, "account_mapping_id"

    def restored(self, ctx: CommandContext, row: Any) -> None:
        _check(ctx, row)


# -- cost centres and projects (named objects) ---------------------------------------------


def _check_object(ctx: CommandContext, row: AccountingObjectRow) -> None:
    check_dimension(row.dimension)
    if not row.code:
        raise ValidationError("An object has a code", field="code")
    check_object_code(row.code, "code")
    if not row.name:
        raise ValidationError("An object has a name", field="name")
    taken = ctx.session.scalar(
        select(AccountingObjectRow.id).where(
            AccountingObjectRow.tenant_id == ctx.actor.tenant_id,
            AccountingObjectRow.deleted_at.is_(None),
            AccountingObjectRow.id != row.id,
            AccountingObjectRow.dimension == row.dimension,
            AccountingObjectRow.code == row.code,
        )
    )
    if taken:
        raise ConflictError(
            "There is already an object with this code: edit that one",
            details={"accounting_object_id": taken},
        )


def _check_named(ctx: CommandContext, row: AccountMappingRow) -> None:
    """A mapping's cost centre and project are live objects of their dimension."""
    for dimension, name in DIMENSION_FIELDS.items():
        code = getattr(row, name)
        if code and not ctx.session.scalar(
            select(AccountingObjectRow.id).where(
                AccountingObjectRow.tenant_id == ctx.actor.tenant_id,
                AccountingObjectRow.deleted_at.is_(None),
                AccountingObjectRow.dimension == dimension,
                AccountingObjectRow.code == code,
            )
        ):
            if dimension == COST_CENTRE:
                raise ValidationError(
                    "No such cost centre: {code}", field=name, params={"code": code}
                )
            raise ValidationError("No such project: {code}", field=name, params={"code": code})


class AccountingObjectCreateArgs(Args):
    accounting_object_id: str
    #: 1 a cost centre, 6 a project (SIE's dimensions).
    dimension: int
    code: ObjectCode = pydantic.Field(min_length=1)
    name: str = pydantic.Field(min_length=1, max_length=200)


@register
class AccountingObjectCreate(Command[AccountingObjectCreateArgs]):
    """Add a cost centre or project (a code and its name) the mappings may name."""

    name = "accounting_object.create"
    shape = "create"
    roles = MONEY_ROLES

    def run(self, ctx: CommandContext, args: AccountingObjectCreateArgs) -> None:
        row = ctx.new_from(
            AccountingObjectRow, args, "accounting_object_id", name=" ".join(args.name.split())
        )
        _check_object(ctx, row)
        ctx.add(row)


class AccountingObjectFields(Args):
    name: str | None = pydantic.Field(default=None, min_length=1, max_length=200)


@register
class AccountingObjectEdit(FieldEditCommand[Any]):
    """Rename a cost centre or project (its code stays: the mappings name it)."""

    name = "accounting_object.edit"
    roles = MONEY_ROLES
    fields = AccountingObjectFields
    model, id_arg, what = AccountingObjectRow, "accounting_object_id", "Accounting object"

    def written(self, ctx: CommandContext, row: Any, updates: dict[str, Any]) -> None:
        row.name = " ".join(row.name.split())
        _check_object(ctx, row)


@register
class AccountingObjectArchive(ArchiveCommand):
    """Archive a cost centre or project no live mapping names (or take it back out)."""

    name = "accounting_object.archive"
    roles = MONEY_ROLES
    model, id_arg = AccountingObjectRow, "accounting_object_id"

    def run(self, ctx: CommandContext, args: Any) -> None:
        change = args.changes.get("archived")
        row = ctx.session.get(AccountingObjectRow, str(args.accounting_object_id))
        if change is not None and change.new is True and row is not None and not row.archived:
            name = DIMENSION_FIELDS.get(row.dimension, "cost_centre")
            used = ctx.session.scalar(
                select(AccountMappingRow.id).where(
                    AccountMappingRow.tenant_id == ctx.actor.tenant_id,
                    AccountMappingRow.deleted_at.is_(None),
                    getattr(AccountMappingRow, name) == row.code,
                )
            )
            if used:
                raise ConflictError(
                    "An account mapping names this object: change that mapping first",
                    details={"account_mapping_id": used},
                )
        super().run(ctx, args)

    def restored(self, ctx: CommandContext, row: Any) -> None:
        _check_object(ctx, row)


# -- the tenant's voucher series, fiscal year and accrual -----------------------------------


class SeriesArgs(Args):
    #: A kind of voucher (models.accounting.DEFAULT_SERIES: charge, payment, … accrual).
    kind: str = pydantic.Field(max_length=40)
    letter: str = pydantic.Field(max_length=40)
    name: str = pydantic.Field(default="", max_length=200)


class AccountingSettingsSetArgs(Args):
    #: The tenant's settings row (its id; a new id for a tenant without one).
    settings_id: str
    #: The version the user saw (0: the tenant had none).
    expected_version: int = pydantic.Field(ge=0)
    year_start_month: int = pydantic.Field(default=1, ge=1, le=12)
    accrual: bool = False
    #: The kinds whose series differ from the defaults (the rest keep theirs).
    series: list[SeriesArgs] = pydantic.Field(default_factory=list, max_length=20)


@register
class AccountingSettingsSet(SettingsSetCommand[AccountingSettingsSetArgs]):
    """Set the tenant's fiscal year start, accrual and voucher series as a whole; each
    change is a new version (from a stale view: a conflict)."""

    name = "accounting_settings.set"
    roles = MONEY_ROLES
    model, settings_of, what = AccountingSettings, accounting_settings_of, "Accounting settings"
    stale = "The accounting settings were changed meanwhile (version {theirs})"

    def values(self, ctx: CommandContext, args: AccountingSettingsSetArgs) -> dict[str, Any]:
        series = check_series({s.kind: (s.letter, s.name) for s in args.series})
        for _letter, name in series.values():
            check_text(name, field="series")
        return {
            "year_start_month": args.year_start_month,
            "accrual": args.accrual,
            "series": series,
        }
