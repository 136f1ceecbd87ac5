"""What every window and tab works with: the store, the actor, the operations, settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.operations import EngineLike, Operations
from desktop.operations.undo import UndoStack
from desktop.settings import Settings
from desktop.sync_bridge import SyncBridge
from models.commands import Actor
from models.tenancy import MONEY_ROLES, Role
from sync.store import ClientStore


@dataclass
class AppContext:
    """The signed-in session of the app (one account, one local database)."""

    store: ClientStore
    actor: Actor
    ops: Operations
    settings: Settings
    undo: UndoStack
    #: The sync engine, or without a server ``sync.local.LocalEngine`` (``has_server``
    #: says which); left out, the operations' engine.
    engine: EngineLike = None  # type: ignore[assignment]
    #: The :class:`desktop.sync_bridge.SyncBridge` when there is a server.
    bridge: SyncBridge | None = None
    demo: bool = False
    #: The demo server's info (url, users, mail folder, SMS file) when ``demo``.
    demo_info: dict[str, Any] | None = None
    tenant_name: str = ""
    server_url: str = ""
    #: "sv" or "en", the language in use.
    language: str = "en"

    def __post_init__(self) -> None:
        self.engine = self.engine or self.ops.engine
        if self.bridge is not None:
            # What a sync changed reaches the views as an operation's changes do.
            self.bridge.data_changed.connect(self.ops.notify)

    @property
    def has_server(self) -> bool:
        """True when this database syncs with a server (signed in, online or not)."""
        return self.engine.client is not None

    def has_role(self, *roles: str) -> bool:
        return bool(self.actor.roles & set(roles)) or Role.ADMIN in self.actor.roles

    @property
    def online(self) -> bool:
        """True when the server was reachable at the last sync."""
        if self.bridge is None:
            return False
        return bool(self.bridge.status.status in ("online", "syncing"))

    @property
    def is_admin(self) -> bool:
        return Role.ADMIN in self.actor.roles

    @property
    def handles_money(self) -> bool:
        """The user is an administrator or the treasurer (the Accounting menu)."""
        return bool(MONEY_ROLES & set(self.actor.roles))
