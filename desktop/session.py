"""Opening an account's local database, with or without the server.

Everything here runs off the GUI thread (it signs in over HTTP and opens
SQLite); the results are handed to the GUI as a :class:`Session`.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from desktop import local_index
from models.commands import Actor
from sync.store import ClientStore, StoreError

log = logging.getLogger(__name__)

#: Rows per pulled page: the contract's maximum, so a first sync takes few round trips.
PAGE_SIZE = 5000


@dataclass
class Session:
    """A signed-in (or offline) account: its store, actor and engine."""

    store: ClientStore
    actor: Actor
    engine: Any = None
    client: Any = None
    server_url: str = ""
    tenant_name: str = ""
    #: The server could not be reached when the session was opened.
    offline: bool = False


def data_dir() -> Path:
    return platformdirs.user_data_path("Kansli", appauthor=False)


def account_db_path(server_url: str, email: str, base: Path | None = None) -> Path:
    """One SQLite file per account (server and user)."""
    key = hashlib.sha256(f"{server_url.rstrip('/')}|{email.strip().lower()}".encode()).hexdigest()
    return (base or data_dir()) / "accounts" / f"{key[:20]}.db"


def open_store(path: Path, *, index: bool = True) -> ClientStore:
    """Open (or create) a local database and add the desktop's search index.

    Without ``index`` the search index is left for later: a first sync into
    an empty file is faster without the index triggers, and
    ``local_index.prepare`` then builds the index in one statement.
    """
    store = ClientStore(path)
    if index:
        local_index.prepare(store)
    return store


def open_local(path: Path) -> Session:
    """A local database without a server (the account recorded in it acts)."""
    store = open_store(path)
    actor = store.actor()
    if actor is None:
        store.close()
        raise StoreError(f"{path} records no account; sign in to a server first")
    return Session(
        store=store,
        actor=actor,
        tenant_name=store.get_state("tenant_name") or "",
        server_url=store.get_state("server_url") or "",
        offline=True,
    )


def _engine(store: ClientStore, client: Any, bridge: Any) -> Any:
    from sync.engine import SyncEngine

    return SyncEngine(
        store,
        client,
        on_state=bridge.on_state if bridge is not None else None,
        on_progress=bridge.on_progress if bridge is not None else None,
        page_size=PAGE_SIZE,
    )


def sign_in(
    server_url: str,
    email: str,
    password: str,
    *,
    bridge: Any = None,
    credentials: Any = None,
    remember: bool = False,
    db_path: Path | None = None,
    first_sync: bool = True,
) -> Session:
    """Sign in with a password, open the account's database, sync once if never synced."""
    from sync.client import ServerClient, ServerUnavailable

    client = ServerClient(server_url)
    result = client.login(email, password)
    if credentials is not None:
        if remember:
            credentials.set(email, server_url, result.token)
        else:
            credentials.delete(email, server_url)
    store = open_store(db_path or account_db_path(server_url, email), index=False)
    store.remember_account(
        server_url=server_url, user=result.user, tenant=result.tenant, roles=result.roles
    )
    engine = _engine(store, client, bridge)
    offline = False
    if first_sync and store.last_sync_at() is None:
        try:
            engine.sync_once()
        except ServerUnavailable:
            offline = True
    local_index.prepare(store)
    actor = store.actor()
    assert actor is not None
    return Session(
        store=store,
        actor=actor,
        engine=engine,
        client=client,
        server_url=server_url,
        tenant_name=str(result.tenant.get("name") or ""),
        offline=offline,
    )


def resume(
    server_url: str, email: str, token: str, *, bridge: Any = None, db_path: Path | None = None
) -> Session:
    """Open with a remembered token; offline when the server cannot be reached.

    Raises ``sync.client.AuthError`` when the server no longer accepts the token.
    """
    from sync.client import ServerClient, ServerUnavailable

    client = ServerClient(server_url, token=token)
    path = db_path or account_db_path(server_url, email)
    offline = False
    try:
        me = client.me()
    except ServerUnavailable:
        if not path.exists():
            raise
        offline = True
        me = None
    store = open_store(path, index=False)
    if me is not None:
        store.remember_account(
            server_url=server_url,
            user=me.get("user") or {},
            tenant=me.get("tenant") or {},
            roles=me.get("roles") or [],
        )
    actor = store.actor()
    if actor is None:
        store.close()
        raise StoreError("This computer has no data of the account yet; sign in online once")
    engine = _engine(store, client, bridge)
    if not offline and store.last_sync_at() is None:
        # A cache rebuilt after an upgrade: fill it before the desktop's index
        # exists (its triggers would slow every row down), as sign_in does.
        try:
            engine.sync_once()
        except ServerUnavailable:
            offline = True
    local_index.prepare(store)
    return Session(
        store=store,
        actor=actor,
        engine=engine,
        client=client,
        server_url=server_url,
        tenant_name=store.get_state("tenant_name") or "",
        offline=offline,
    )
