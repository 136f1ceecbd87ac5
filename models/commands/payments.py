"""The tenant's payment settings (issue 18, :class:`models.payments.PaymentSettings`):
set as a whole by ``payment_settings.set``, each change a new version; set from a stale
view (someone changed them meanwhile) is a conflict."""

from __future__ import annotations

from typing import Annotated

import pydantic

from models.commands.base import Args, Command, CommandContext, MultilineText, register
from models.errors import ConflictError, ValidationError
from models.payments import (
    DEFAULT_DUE_DAYS,
    DEFAULT_GRACE_DAYS,
    DEFAULT_SECOND_REMINDER_DAYS,
    MAX_REMINDER_FEE,
    CardProvider,
    PaymentSettings,
    check_bankgiro,
    payment_settings_of,
)
from models.tenancy import MONEY_ROLES
from models.validators import check_text, normalize_organisationsnummer

#: Days, as the settings take them (a year at most).
Days = Annotated[int, pydantic.Field(ge=0, le=365)]


class PaymentSettingsSetArgs(Args):
    #: The tenant's settings row (its id; a new id for a tenant without one).
    settings_id: str
    #: The version the user saw (0: the tenant had none).
    expected_version: int = pydantic.Field(ge=0)
    bankgiro: str = pydantic.Field(default="", max_length=40)
    due_days: Annotated[int, pydantic.Field(ge=1, le=365)] = DEFAULT_DUE_DAYS
    grace_days: Days = DEFAULT_GRACE_DAYS
    reminder_fee: Annotated[int, pydantic.Field(ge=0, le=MAX_REMINDER_FEE)] = 0
    late_interest: bool = False
    #: Basis points; Riksbanken's reference rate has been below zero.
    reference_rate: Annotated[int, pydantic.Field(ge=-1000, le=5000)] = 0
    second_reminder_days: Annotated[int, pydantic.Field(ge=1, le=365)] = (
        DEFAULT_SECOND_REMINDER_DAYS
    )
    sender_name: str = pydantic.Field(default="", max_length=200)
    sender_address: MultilineText = pydantic.Field(default="", max_length=500)
    org_number: str = pydantic.Field(default="", max_length=40)
    card_provider: CardProvider = CardProvider.NONE


@register
class PaymentSettingsSet(Command[PaymentSettingsSetArgs]):
    """Set the tenant's payment settings as a whole (Bankgiro, due days, reminders, late
    interest, the invoices' sender, the card provider); each change is a new version."""

    name = "payment_settings.set"
    shape = "expected_state"
    args_model = PaymentSettingsSetArgs
    roles = MONEY_ROLES

    def run(self, ctx: CommandContext, args: PaymentSettingsSetArgs) -> None:
        current = payment_settings_of(ctx.session, ctx.actor.tenant_id)
        version = current.version if current is not None else 0
        if version != args.expected_version:
            raise ConflictError(
                "The payment settings were changed meanwhile (version {theirs})",
                params={"theirs": version},
                details={"expected_version": args.expected_version, "version": version},
            )
        if current is not None and args.settings_id != current.id:
            # The tenant's row is the one set (another id: not the tenant's settings).
            ctx.get(PaymentSettings, args.settings_id, what="Payment settings")
            raise ConflictError(
                "The payment settings were changed meanwhile (version {theirs})",
                params={"theirs": version},
                details={"expected_version": args.expected_version, "version": version},
            )
        bankgiro = check_bankgiro(args.bankgiro) if args.bankgiro.strip() else ""
        org_number = (
            normalize_organisationsnummer(args.org_number, field="org_number")
            if args.org_number.strip()
            else ""
        )
        if args.reminder_fee and not bankgiro:
            raise ValidationError(
                "Set the Bankgiro number before a reminder fee: invoices need it",
                field="bankgiro",
            )
        row = current
        if row is None:
            row = PaymentSettings(id=args.settings_id, version=0)
            ctx.add(row)
        ctx.concern(row)
        row.bankgiro = bankgiro
        row.due_days = args.due_days
        row.grace_days = args.grace_days
        row.reminder_fee = args.reminder_fee
        row.late_interest = args.late_interest
        row.reference_rate = args.reference_rate
        row.second_reminder_days = args.second_reminder_days
        row.sender_name = check_text(args.sender_name.strip(), field="sender_name")
        row.sender_address = check_text(
            args.sender_address.strip(), field="sender_address", multiline=True
        )
        row.org_number = org_number
        row.card_provider = args.card_provider.value
        row.version = version + 1
