"""The sync engine's interface over a local database without a server.

A file opened without signing in (``desktop.session.open_local``) has no server to
push to, yet its user works as usual: commands are applied and queued (a later
sign-in sends them), an undo takes a queued command back, a refusal kept from an
earlier sync can be let go or retried. :class:`LocalEngine` does that with the
same methods as :class:`sync.engine.SyncEngine`, so the desktop holds one engine
and never asks which kind it has; ``client`` is None, which says there is no
server (web pages, duplicate candidates and "Sync now" need one).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from models.commands import Actor, Command, Outcome
from sync.engine import SyncState
from sync.store import ClientStore, StoreError


class LocalEngine:
    """Runs commands on ``store`` and queues them; never syncs. Thread-safe as the store is.

    ``actor`` acts when given; else the account recorded in the store.
    """

    #: No server: nothing to push to or pull from.
    client: None = None

    def __init__(self, store: ClientStore, *, actor: Actor | None = None) -> None:
        self.store = store
        self._actor = actor
        self._state = SyncState(status="local")

    @property
    def state(self) -> SyncState:
        """Always ``local``: nothing is ever being sent."""
        return self._state

    def actor(self) -> Actor:
        """Who acts: the actor given, else the account recorded in the store."""
        actor = self._actor or self.store.actor()
        if actor is None:
            raise StoreError("No account is recorded in this local database; sign in first")
        return actor

    def execute(self, command: Command[Any], actor: Actor) -> Outcome:
        """Apply ``command`` locally and queue it (sent when a server syncs this file)."""
        return self.store.execute(command, actor)

    def execute_many(
        self,
        commands: Sequence[Command[Any]],
        actor: Actor,
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[Outcome]:
        """Apply ``commands`` locally in one transaction (all or nothing) and queue them."""
        return self.store.execute_many(commands, actor, progress=progress)

    def withdraw(self, command_id: str) -> int:
        """Take back a queued command (undo); see :meth:`ClientStore.withdraw`."""
        return self.store.withdraw(command_id, actor=self.actor())

    def discard_rejection(self, command_id: str) -> None:
        """The user lets a refused command go; it stays recorded as discarded."""
        self.store.discard_rejection(command_id)

    def retry_rejection(self, command_id: str, args: dict[str, Any] | None = None) -> None:
        """Queue a refused command again as a new command, optionally with edited ``args``."""
        self.store.retry(command_id, args, self.actor())

    # -- the loop of a syncing engine: nothing to run ------------------------------

    def start(self, interval: float = 30.0) -> None:
        """Nothing to sync."""

    def stop(self, timeout: float = 30.0) -> None:
        """Nothing runs."""

    def close(self) -> None:
        """Nothing to release (the store is closed by its owner)."""

    def trigger(self) -> None:
        """Nothing to sync."""
