"""Opening an account's local database, with or without the server.

Everything here runs off the GUI thread (it signs in over HTTP and opens
SQLite); the results are handed to the GUI as a :class:`Session`.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from desktop import local_index
from models.commands import Actor
from sync import cipher
from sync.local import LocalEngine
from sync.recovery import StoreRecovered
from sync.store import ClientStore, StoreError

if TYPE_CHECKING:
    from desktop.sync_bridge import SyncBridge
    from sync.client import ServerClient
    from sync.credentials import CredentialStore
    from sync.engine import SyncEngine
    from sync.local_keys import LocalKeys

log = logging.getLogger(__name__)

#: Rows per pulled page: the contract's maximum, so a first sync takes few round trips.
PAGE_SIZE = 5000


@dataclass
class Session:
    """A signed-in (or offline) account: its store, actor and engine."""

    store: ClientStore
    actor: Actor
    #: Always given (open_local, _open_session); the default only keeps the field order.
    engine: SyncEngine | LocalEngine = None  # type: ignore[assignment]
    client: ServerClient | None = None
    server_url: str = ""
    tenant_name: str = ""
    #: The server could not be reached when the session was opened.
    offline: bool = False
    #: The local database was damaged or lost and rebuilt at open; the user is to be told.
    recovered: StoreRecovered | None = None


def _keys(keys: LocalKeys | None) -> LocalKeys:
    """``keys``, or the system keyring's (imported only when a key is asked for: loading
    keyring takes a fifth of a second, which a plain file's start does without)."""
    if keys is not None:
        return keys
    from sync.local_keys import LocalKeys

    return LocalKeys()


def data_dir() -> Path:
    return platformdirs.user_data_path("Kansli", appauthor=False)


def account_db_path(
    server_url: str, email: str, base: Path | None = None, tenant: str = ""
) -> Path:
    """One SQLite file per account: server, user and, when chosen, organisation.

    Without ``tenant`` the file is the one of a user with one organisation (the
    name it always had); a user of several keeps one file per organisation, so
    one tenant's cache and outbox never mix with another's.
    """
    account = f"{server_url.rstrip('/')}|{email.strip().lower()}"
    if tenant.strip():
        account += f"|{tenant.strip().lower()}"
    key = hashlib.sha256(account.encode()).hexdigest()
    return (base or data_dir()) / "accounts" / f"{key[:20]}.db"


def recorded_state(path: Path, key: str, *, secret: bytes | None = None) -> str:
    """What a local database records under ``key`` (``sync_state``), "" when nothing
    (a read-only look: no store is opened). An encrypted file is read with ``secret``
    (its key); without it, nothing is read of it."""
    if not path.exists():
        return ""
    if cipher.is_plain(path):
        secret = None
    elif secret is None:
        return ""
    try:
        with contextlib.closing(
            cipher.connect(f"{path.resolve().as_uri()}?mode=ro", secret, uri=True, timeout=5)
        ) as conn:
            row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    except cipher.SQLITE_ERRORS:
        return ""
    return str(row[0]) if row and row[0] else ""


def recorded_tenant(path: Path, *, secret: bytes | None = None) -> str:
    """The organisation (slug) a local database records, "" when none (read-only look)."""
    return recorded_state(path, "tenant_slug", secret=secret)


def find_account_db(
    server_url: str,
    email: str,
    tenant: str = "",
    base: Path | None = None,
    keys: LocalKeys | None = None,
) -> Path:
    """The local database of the account in ``tenant`` (database work: off the GUI thread).

    A user who had one organisation and was given another keeps the file made
    before (its outbox may hold work not yet sent) for the organisation it records.
    """
    path = account_db_path(server_url, email, base, tenant)
    if not tenant or path.exists():
        return path
    first = account_db_path(server_url, email, base)
    secret = _keys(keys).known(first) if cipher.is_encrypted(first) else None
    if recorded_tenant(first, secret=secret) == tenant.strip().lower():
        return first
    return path


def open_store(path: Path, *, index: bool = True, key: bytes | None = None) -> ClientStore:
    """Open (or create) a local database and add the desktop's search index.

    Without ``index`` the search index is left for later: a first sync into
    an empty file is faster without the index triggers, and
    ``local_index.prepare`` then builds the index in one statement. ``key``: the
    file's encryption key (:mod:`sync.local_keys` gives it); None opens a plain file.
    """
    store = ClientStore(path, key=key)
    if index:
        local_index.prepare(store)
    return store


def open_local(path: Path, *, key: bytes | None = None) -> Session:
    """A local database without a server (the account recorded in it acts); ``key``
    as for :func:`open_store`."""
    store = open_store(path, key=key)
    actor = store.actor()
    if actor is None:
        store.close()
        raise StoreError(f"{path} records no account; sign in to a server first")
    return Session(
        store=store,
        actor=actor,
        engine=LocalEngine(store, actor=actor),
        tenant_name=store.get_state("tenant_name") or "",
        server_url=store.get_state("server_url") or "",
        offline=True,
        recovered=store.recovery(),
    )


def open_known(
    path: Path,
    server_url: str,
    *,
    bridge: SyncBridge | None = None,
    keys: LocalKeys | None = None,
) -> Session:
    """The local database of an account of ``server_url``, opened before signing in.

    Its rows can be shown at once; the engine is not started: sign in with
    :func:`sign_in_known` first (the server may still be starting). The key comes
    from ``keys``' keyring (the file stays closed without it).
    """
    from sync.client import ServerClient

    session = open_local(path, key=_keys(keys).for_token(path))
    client = ServerClient(server_url)
    session.engine = _engine(session.store, client, bridge)
    session.client = client
    session.server_url = server_url
    return session


def sign_in_known(
    session: Session, email: str, password: str, *, keys: LocalKeys | None = None
) -> None:
    """Sign the session of :func:`open_known` in; the account's roles are brought up to
    date, and the file's key wrapped by the password (for working offline)."""
    assert session.client is not None  # a session of open_known has its client
    result = session.client.login(email, password)
    if session.store.encrypted:
        _keys(keys).for_password(session.store.path, password)
    session.store.remember_account(
        server_url=session.server_url, user=result.user, tenant=result.tenant, roles=result.roles
    )
    session.offline = False


def _engine(store: ClientStore, client: ServerClient, bridge: SyncBridge | None) -> SyncEngine:
    from sync.engine import SyncEngine

    return SyncEngine(
        store,
        client,
        on_state=bridge.on_state if bridge is not None else None,
        on_progress=bridge.on_progress if bridge is not None else None,
        on_changes=bridge.on_changes if bridge is not None else None,
        page_size=PAGE_SIZE,
    )


def _open_session(
    store: ClientStore,
    client: ServerClient,
    bridge: SyncBridge | None,
    *,
    server_url: str,
    sync_first: bool,
    offline: bool,
    actor: Actor | None = None,
    tenant_name: str | None = None,
) -> Session:
    """The session over an opened ``store``. With ``sync_first`` a store never synced is
    filled before the desktop's index exists (its triggers would slow every row down);
    the session is offline when the server cannot be reached for it. ``actor`` and
    ``tenant_name`` default to what the store remembers after that sync."""
    from sync.client import ServerUnavailable

    engine = _engine(store, client, bridge)
    if sync_first and store.last_sync_at() is None:
        try:
            engine.sync_once()
        except ServerUnavailable:
            offline = True
    local_index.prepare(store)
    actor = actor or store.actor()
    assert actor is not None
    return Session(
        store=store,
        actor=actor,
        engine=engine,
        client=client,
        server_url=server_url,
        tenant_name=(store.get_state("tenant_name") or "") if tenant_name is None else tenant_name,
        offline=offline,
        recovered=store.recovery(),
    )


def sign_in(
    server_url: str,
    email: str,
    password: str,
    *,
    bridge: SyncBridge | None = None,
    credentials: CredentialStore | None = None,
    remember: bool = False,
    db_path: Path | None = None,
    first_sync: bool = True,
    tenant: str = "",
    data_root: Path | None = None,
    keys: LocalKeys | None = None,
) -> Session:
    """Sign in with a password, open the account's database, sync once if never synced.

    ``tenant`` (a slug) chooses the organisation of a user who has several;
    without it such a user gets ``sync.client.TenantRequired`` listing them.
    ``db_path`` overrides the account's file under ``data_root``. The file is encrypted,
    its key kept by ``keys`` (default: the system's keyring; with ``remember`` off, this
    process's memory only) and wrapped by ``password``.
    """
    from sync.client import ServerClient

    client = ServerClient(server_url)
    result = client.login(email, password, tenant or None)
    keys = _keys(keys)
    if db_path is None:
        db_path = find_account_db(server_url, email, tenant, data_root, keys)
    if credentials is not None:
        if remember:
            credentials.set(email, server_url, result.token)
        else:
            credentials.delete(email, server_url)
    # The file's key in the keyring only when the user chose to be remembered.
    key = keys.for_password(db_path, password, remember=remember)
    store = open_store(db_path, index=False, key=key)
    store.remember_account(
        server_url=server_url, user=result.user, tenant=result.tenant, roles=result.roles
    )
    return _open_session(
        store,
        client,
        bridge,
        server_url=server_url,
        sync_first=first_sync,
        offline=False,
        tenant_name=str(result.tenant.get("name") or ""),
    )


def resume(
    server_url: str,
    email: str,
    token: str,
    *,
    bridge: SyncBridge | None = None,
    db_path: Path | None = None,
    keys: LocalKeys | None = None,
) -> Session:
    """Open with a remembered token; offline when the server cannot be reached.

    Raises ``sync.client.AuthError`` when the server no longer accepts the token; the
    file's key is the keyring's (``keys``), else the file stays closed (sign in with
    the password).
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
    store = open_store(path, index=False, key=_keys(keys).for_token(path))
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
    # A cache rebuilt after an upgrade is filled as at sign-in.
    return _open_session(
        store,
        client,
        bridge,
        server_url=server_url,
        sync_first=not offline,
        offline=offline,
        actor=actor,
    )
