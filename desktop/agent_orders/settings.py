"""Administration › Agent-order settings… (administrators): whether the agents' case
handlers approve and reject orders with BankID (seed 004 step 1.14).

The settings are set as a whole (``agent_order_settings.set``), each change a new
version, offline too; Edit › Undo sets the settings shown before. With the setting on,
Approve and Reject on the case handler's review page start a BankID signature of the
decision, and the decision takes effect only once the case handler has signed with
their own BankID (the personnummer registered on their account).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QWidget

from desktop.admin.payment_settings import WholeSettingsDialog, load_whole
from desktop.context import AppContext
from desktop.operations import OpContext
from desktop.operations.rows import RowCommands
from models.agent_orders import agent_order_settings_of

#: The settings' fields as the command takes them.
FIELDS = ("handler_signs_with_bankid",)

COMMANDS = RowCommands(
    "agent_order_settings", "agent_order_settings.set", "agent_order_settings.set", "settings_id"
)


def load_settings(c: OpContext) -> dict[str, Any]:
    """The tenant's agent-order settings as the form shows them (version 0: none yet)."""
    return load_whole(
        c,
        agent_order_settings_of,
        {"handler_signs_with_bankid": False},
        lambda row: {f: getattr(row, f) for f in FIELDS},
    )


class AgentOrderSettingsDialog(WholeSettingsDialog):
    """The tenant's agent-order settings, edited and set as a whole (see the module)."""

    commands = COMMANDS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Agent-order settings"), None, parent)
        self.handler_signs_with_bankid = QCheckBox(
            self.tr("Case handlers sign approvals and rejections with BankID")
        )
        self.add_fields(
            (
                "handler_signs_with_bankid",
                self.tr("Case handler's decision:"),
                self.handler_signs_with_bankid,
            ),
        )
        self.finish_layout(
            self.tr(
                "With this on, Approve and Reject on the review page start a BankID signature "
                "of what the case handler decides (the order, the attestant or the reason). "
                "The decision takes effect only when the case handler has signed with their "
                "own BankID: register their personnummer under Administration › Users."
            )
        )
        self.setMinimumWidth(640)
        self.load(load_settings, "agent-order settings")

    def show_settings(self, settings: dict[str, Any]) -> None:
        self.handler_signs_with_bankid.setChecked(bool(settings["handler_signs_with_bankid"]))
        self.handler_signs_with_bankid.setFocus()

    def values(self) -> dict[str, Any]:
        return {"handler_signs_with_bankid": self.handler_signs_with_bankid.isChecked()}

    def before(self, loaded: dict[str, Any]) -> dict[str, Any]:
        return {key: loaded[key] for key in FIELDS}

    def undo_label(self) -> str:
        return self.tr("change of the agent-order settings")
