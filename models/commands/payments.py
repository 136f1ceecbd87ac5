"""The tenant's payment settings (issue 18, :class:`models.payments.PaymentSettings`):
set as a whole by ``payment_settings.set``, each change a new version; set from a stale
view (someone changed them meanwhile) is a conflict."""

from __future__ import annotations

from typing import Annotated, Any

import pydantic

from models.commands.base import Args, CommandContext, MultilineText, register
from models.commands.edits import SettingsSetCommand
from models.errors import ValidationError
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
class PaymentSettingsSet(SettingsSetCommand[PaymentSettingsSetArgs]):
    """Set the tenant's payment settings as a whole (Bankgiro, due days, reminders, late
    interest, the invoices' sender, the card provider); each change is a new version."""

    name = "payment_settings.set"
    roles = MONEY_ROLES
    model, settings_of, what = PaymentSettings, payment_settings_of, "Payment settings"
    stale = "The payment settings were changed meanwhile (version {theirs})"
    stale_first = True

    def values(self, ctx: CommandContext, args: PaymentSettingsSetArgs) -> dict[str, Any]:
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
        return {
            **args.model_dump(exclude={"settings_id", "expected_version"}),
            "bankgiro": bankgiro,
            "sender_name": check_text(args.sender_name.strip(), field="sender_name"),
            "sender_address": check_text(
                args.sender_address.strip(), field="sender_address", multiline=True
            ),
            "org_number": org_number,
            "card_provider": args.card_provider.value,
        }
