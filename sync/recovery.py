"""A damaged or lost local database: keep it aside, start a new one, queue the work again.

:class:`sync.store.ClientStore` calls :func:`recover_if_needed` before it opens
its file. The file is *damaged* when its header is not SQLite's, it is shorter
than its header says, SQLite cannot read what a new file could not get back
(account, outbox, refusals), or, after a session that did not close cleanly or
met damage, ``PRAGMA quick_check`` finds a fault (truncated, pages overwritten,
header zeroed); it is *lost* when it is gone while its journal still holds pending
commands (deleted, or a kill in the middle of an earlier recovery).

Then, in an order a kill at any point can resume from:

1. the pending commands are read from the journal (:mod:`sync.journal`),
   joined by whatever outbox rows can still be read from the damaged file
   (salvage, for files written before the journal existed);
2. a new database is made beside it (``<db>.recovering``), with the account
   (server, user, tenant, roles), the commands in the outbox in their order and
   with their ids, and a note for the user (:data:`RECOVERED_KEY`);
3. the damaged file (and its ``-wal``/``-shm``) is renamed to
   ``<db>.damaged-<UTC time>`` and kept;
4. the new file takes the database's name.

A kill before 4 leaves the journal as it was, so the next open does it again
(the damaged file, or the lost one); after 4 the new file is healthy and its
outbox is the truth. The cache is then filled by a normal first pull, after the
commands are pushed (the server answers a command it already has with its first
answer: nothing is applied twice).

How much each open checks: see :func:`damage`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from models.ids import utcnow
from sync import cipher
from sync.journal import CommandJournal, fsync_dir

log = logging.getLogger(__name__)

#: ``sync_state`` key of a new file made by a recovery, until the user has been told.
RECOVERED_KEY = "store_recovered"
#: Primary result codes of a file that is not a sound database.
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_SQLITE_IOERR_SHORT_READ = 522
_SUFFIXES = ("", "-wal", "-shm")


@dataclass(frozen=True)
class StoreRecovered:
    """What a recovery did, for the user: kept offline changes and where the damaged file is."""

    #: Offline changes (commands not yet answered by the server) queued again.
    kept: int
    #: Where the damaged file was put aside ("" when the file was lost).
    damaged_path: str
    #: "damaged" or "missing".
    reason: str
    #: When (UTC, ISO 8601).
    at: str

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, value: str) -> StoreRecovered:
        data = json.loads(value)
        return cls(
            kept=int(data["kept"]),
            damaged_path=str(data["damaged_path"]),
            reason=str(data["reason"]),
            at=str(data["at"]),
        )


def _with_suffix(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def is_corruption(exc: BaseException) -> bool:
    """Whether SQLite's error says the file is not a sound database (not busy, not full)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return "malformed" in str(exc) or "not a database" in str(exc)
    return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or code == _SQLITE_IOERR_SHORT_READ


def is_damage(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) is SQLite saying the file is damaged."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, cipher.SQLITE_ERRORS) and is_corruption(current):
            return True
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return False


_MAGIC = b"SQLite format 3\x00"
#: What every open reads when the whole file is not checked: what a new file could
#: not get back from the server.
_VITAL = ("sqlite_master", "sync_state", "outbox", "rejection")


#: SQLCipher's page size (its default, which :mod:`sync.cipher` keeps).
_CIPHER_PAGE = 4096


def _header_damage(path: Path, key: bytes | None = None) -> str | None:
    """A damaged header, or a file shorter than its header says (cut short). An
    encrypted file (``key``; a plain one is encrypted after this check) has no readable
    header: only its length is checked (whole pages, unless the log holds the newest)."""
    with path.open("rb") as f:
        header = f.read(100)
    if key is not None and not header.startswith(_MAGIC):
        wal = _with_suffix(path, "-wal")
        if len(header) < 100 or (
            path.stat().st_size % _CIPHER_PAGE and not (wal.exists() and wal.stat().st_size)
        ):
            return "the encrypted file is not whole pages (cut short)"
        return None
    if len(header) < 100 or not header.startswith(_MAGIC):
        return "the file does not start with SQLite's header"
    wal = _with_suffix(path, "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return None  # the newest pages (and the size) may be in the log
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[92:96] == header[24:28]  # the size field is current
    if valid and pages and path.stat().st_size < pages * page_size:
        return f"the file is shorter than its {pages} pages (cut short)"
    return None


def damage(path: Path, *, thorough: bool = True, key: bytes | None = None) -> str | None:
    """Why the database at ``path`` cannot be trusted; None when it is sound or absent.

    Every open checks SQLite's header, that the file is as long as the header says,
    and reads the tables a new file could not get back from the server (account,
    outbox, refusals). ``thorough`` adds ``PRAGMA quick_check`` (every page): after a
    session that did not close cleanly or that met damage. Measured on a store of
    100,000 registrations (299 MB, 770,000 rows): quick_check 0.5 s with the file in
    the page cache, 4.8 s from this machine's disk; the other checks take
    milliseconds. Damage found later (a cached page overwritten while the file was
    closed) is reported where it is met and noted for the next open
    (:meth:`sync.store.ClientStore.suspect_damage`).
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    header = _header_damage(path, key)
    if header is not None:
        return header
    if key is not None and cipher.is_plain(path):
        key = None  # a plain file, to be encrypted once found sound
    try:
        with contextlib.closing(cipher.connect(path, key, timeout=30)) as conn:
            if thorough:
                rows = conn.execute("PRAGMA quick_check(5)").fetchall()
                if rows != [("ok",)]:
                    return "; ".join(str(r[0]) for r in rows)
                return None
            for table in _VITAL:
                try:
                    conn.execute(f"SELECT * FROM {table}").fetchall()  # fixed names
                except cipher.SQLITE_ERRORS as exc:
                    if not is_corruption(exc) and "no such table" in str(exc):
                        continue  # a new file
                    raise
    except cipher.SQLITE_ERRORS as exc:
        if is_corruption(exc):
            return str(exc)
        raise
    except MemoryError:
        if key is None:
            raise
        # SQLCipher's answer to a page whose HMAC fails on some paths (SQLITE_NOMEM); the
        # key is the file's (checked before the recovery): the page is damaged.
        return "a page of the encrypted file fails its check"
    return None


def salvage(path: Path, key: bytes | None = None) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """The account and queued commands still readable in a damaged file (each part or nothing)."""
    account: dict[str, str] = {}
    envelopes: list[dict[str, Any]] = []
    if key is not None and cipher.is_plain(path):
        key = None
    try:
        conn = cipher.connect(f"{path.resolve().as_uri()}?mode=ro", key, uri=True, timeout=5)
    except cipher.SQLITE_ERRORS:
        return account, envelopes
    with contextlib.closing(conn):
        # MemoryError: SQLCipher's answer to a damaged page on some paths (see damage).
        with contextlib.suppress(*cipher.SQLITE_ERRORS, MemoryError):
            account = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM sync_state")}
        with contextlib.suppress(*cipher.SQLITE_ERRORS, MemoryError, ValueError):
            rows = conn.execute(
                "SELECT command_id, name, version, args, issued_at FROM outbox ORDER BY seq"
            ).fetchall()
            for cid, name, version, args, issued in rows:
                envelopes.append(
                    {
                        "id": str(cid),
                        "name": str(name),
                        "version": int(version),
                        "args": json.loads(args),
                        "issued_at": str(issued),
                    }
                )
    return account, envelopes


#: The account keys a new file takes over (whose data it holds); never a cursor or a token.
ACCOUNT_KEYS = (
    "server_url",
    "user_email",
    "user_id",
    "display_name",
    "tenant_id",
    "tenant_slug",
    "tenant_name",
    "roles",
)


#: Makes the new database at the path given: the account, the commands to queue again (in
#: their order, with their ids), the note for the user; writes it all to the file itself (no
#: write-ahead log left beside it). :class:`sync.store.ClientStore` passes its own.
Refill = Callable[[Path, Mapping[str, str], Sequence[Mapping[str, Any]], StoreRecovered], None]


def remove_with_companions(path: Path) -> None:
    """Remove the file ``path`` and its ``-wal``/``-shm``."""
    for suffix in _SUFFIXES:
        _with_suffix(path, suffix).unlink(missing_ok=True)


def remove_plain_asides(path: Path) -> int:
    """Remove the damaged files a recovery put aside beside the still plain database
    ``path`` (called at its first encryption: they hold personal data in plain text);
    how many."""
    asides = sorted(path.parent.glob(f"{path.name}.damaged-*[0-9]Z"))
    for aside in asides:
        remove_with_companions(aside)
    if asides:
        log.info("%d plain damaged copies of %s removed at its encryption", len(asides), path.name)
    return len(asides)


def recover_if_needed(
    path: Path, journal: CommandJournal, refill: Refill, *, key: bytes | None = None
) -> StoreRecovered | None:
    """Recover the database at ``path`` when it is damaged or lost (see the module docstring).

    ``refill`` makes the new file (step 2), so this module needs nothing of the store's.
    ``key``: the file's SQLCipher key (:mod:`sync.cipher`; checked by the caller first, so a
    file this key cannot read is damaged, not someone else's).
    """
    # A file that holds nothing (deleted, or cut to zero bytes) while its journal holds
    # pending commands, or the account (a kill between moving a damaged file aside and
    # putting the rebuilt one in its place), is lost as much as a damaged one.
    missing = not path.exists() or path.stat().st_size == 0
    contents = journal.read()
    if missing:
        if not contents.pending and not contents.account:
            return None
        salvaged_account: dict[str, str] = {}
        salvaged: list[dict[str, Any]] = []
        earlier = sorted(path.parent.glob(f"{path.name}.damaged-*[0-9]Z"))
        aside = earlier[-1] if earlier else None
    else:
        why = damage(path, thorough=not contents.clean, key=key)
        if why is None:
            return None
        log.warning("the local database %s is damaged (%s); recovering", path, why)
        salvaged_account, salvaged = salvage(path, key)
        aside = _with_suffix(path, f".damaged-{utcnow().strftime('%Y%m%dT%H%M%S%fZ')}")
    # A plain file (and its log) recovered with a key: what could be read of it is
    # salvaged, and its personal data is not kept aside in plain text.
    plain_aside = key is not None and not missing and cipher.is_plain(path)
    known = {str(env["id"]) for env in contents.pending} | contents.done
    pending = contents.pending + [env for env in salvaged if env["id"] not in known]
    account = {k: v for k, v in salvaged_account.items() if k in ACCOUNT_KEYS}
    account.update({k: v for k, v in contents.account.items() if k in ACCOUNT_KEYS})
    notice = StoreRecovered(
        kept=len(pending),
        damaged_path=str(aside) if aside is not None and not plain_aside else "",
        reason="missing" if missing else "damaged",
        at=utcnow().isoformat(),
    )

    fresh = _with_suffix(path, ".recovering")
    for suffix in _SUFFIXES:
        _with_suffix(fresh, suffix).unlink(missing_ok=True)
    refill(fresh, account, pending, notice)
    if not missing:
        assert aside is not None
        for suffix in _SUFFIXES:
            if _with_suffix(path, suffix).exists():
                os.replace(_with_suffix(path, suffix), _with_suffix(aside, suffix))
    for suffix in ("-wal", "-shm"):
        # A log left without its database (a kill between the renames above) must not
        # be read into the new one: it goes with the damaged file.
        left = _with_suffix(path, suffix)
        if left.exists() and aside is not None and not _with_suffix(aside, suffix).exists():
            os.replace(left, _with_suffix(aside, suffix))
        left.unlink(missing_ok=True)
        _with_suffix(fresh, suffix).unlink(missing_ok=True)
    os.replace(fresh, path)
    if plain_aside:
        assert aside is not None
        remove_with_companions(aside)
    fsync_dir(path.parent)
    log.warning(
        "local database %s recovered: %d offline change(s) queued again, damaged file at %s",
        path,
        notice.kept,
        notice.damaged_path or "(none)",
    )
    return notice
