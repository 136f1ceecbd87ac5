"""The tenant's retention rules (:class:`models.retention.RetentionSettings`): set as a whole
by ``retention_settings.set`` (administrators), each change a new version; set from a stale
view is a conflict."""

from __future__ import annotations

from typing import Any

import pydantic

from models.commands.base import Args, CommandContext, register
from models.commands.edits import SettingsSetCommand
from models.errors import ValidationError
from models.retention import BOUNDS, RetentionRule, RetentionSettings, retention_settings_of
from models.tenancy import Role


class RetentionSettingsSetArgs(Args):
    #: The tenant's settings row (its id; a new id for a tenant without one).
    settings_id: str
    #: The version the user saw (0: the tenant had none).
    expected_version: int = pydantic.Field(ge=0)
    denied_alumni_months: int
    mail_body_days: int
    expired_access_days: int
    audit_years: int


@register
class RetentionSettingsSet(SettingsSetCommand[RetentionSettingsSetArgs]):
    """Set the tenant's retention rules as a whole; each change is a new version."""

    name = "retention_settings.set"
    roles = frozenset({Role.ADMIN})
    model, settings_of, what = (
        RetentionSettings,
        retention_settings_of,
        "Retention settings",
    )
    stale = "The retention settings were changed meanwhile (version {theirs})"
    stale_first = True

    def values(self, ctx: CommandContext, args: RetentionSettingsSetArgs) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for rule in RetentionRule:
            value = getattr(args, rule)
            low, high = BOUNDS[rule]
            if not low <= value <= high:
                raise ValidationError(
                    "Choose a period from {low} to {high}",
                    field=rule.value,
                    params={"low": low, "high": high},
                )
            found[rule.value] = value
        return found
