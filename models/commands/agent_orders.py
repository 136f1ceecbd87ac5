"""The tenant's agent-order settings (:class:`models.agent_orders.AgentOrderSettings`): set
as a whole by ``agent_order_settings.set``, each change a new version; set from a stale
view (someone changed them meanwhile) is a conflict."""

from __future__ import annotations

from typing import Any

import pydantic

from models.agent_orders import AgentOrderSettings, agent_order_settings_of
from models.commands.base import Args, CommandContext, register
from models.commands.edits import SettingsSetCommand
from models.tenancy import Role


class AgentOrderSettingsSetArgs(Args):
    #: The tenant's settings row (its id; a new id for a tenant without one).
    settings_id: str
    #: The version the user saw (0: the tenant had none).
    expected_version: int = pydantic.Field(ge=0)
    #: The case handler approves and rejects with a BankID signature.
    handler_signs_with_bankid: bool = False


@register
class AgentOrderSettingsSet(SettingsSetCommand[AgentOrderSettingsSetArgs]):
    """Set the tenant's agent-order settings as a whole (whether case handlers sign their
    approvals and rejections with BankID); each change is a new version."""

    name = "agent_order_settings.set"
    roles = frozenset({Role.ADMIN})
    model, settings_of, what = (
        AgentOrderSettings,
        agent_order_settings_of,
        "Agent-order settings",
    )
    stale = "The agent-order settings were changed meanwhile (version {theirs})"
    stale_first = True

    def values(self, ctx: CommandContext, args: AgentOrderSettingsSetArgs) -> dict[str, Any]:
        return {"handler_signs_with_bankid": args.handler_signs_with_bankid}
