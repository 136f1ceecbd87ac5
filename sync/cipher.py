"""The client's local database encrypted at rest (SQLCipher, through ``sqlcipher3``).

An account's SQLite file holds personnummer, employers, consents and the user's
unsent work; with a key it is written by SQLCipher, so the file (and its ``-wal``,
which holds the same pages) is unreadable without the key: plain ``sqlite3`` says
"file is not a database" and no name or personnummer appears in its bytes.

**The key** is 32 random bytes per local database (:func:`new_key`), never derived
from anything the user types, given to SQLCipher in its *raw* form
(``PRAGMA key = "x'…'"``): SQLCipher then runs no key derivation at all on an
open (its PBKDF2 ``kdf_iter`` applies only to a passphrase), so the three pooled
connections of a store open as fast as plain ones. The rest of the cipher settings
are SQLCipher 4's defaults, chosen deliberately: AES-256-CBC per 4096-byte page, a
random IV per page write and an HMAC-SHA512 per page (a page changed on disk is
refused, not read). Where the key is kept (the OS keyring, or the process's memory
and the password-wrapped copy below): :class:`sync.credentials.LocalKeys`.

**The sidecar** ``<db>.key`` (JSON, 0600) holds no secret: the key's *check* (an
HMAC of a fixed text under the key, so a wrong key is told apart from a damaged
file before the recovery of :mod:`sync.recovery` could take one for the other) and,
after a sign-in with a password, the key *wrapped* by a key derived from that
password with Argon2id (:func:`wrap`): "work offline" opens with the password alone
when the keyring holds nothing.

**A plain file** (written before encryption) is encrypted on its first open with a
key (:func:`encrypt_plain`): exported by ``sqlcipher_export`` into
``<db>.encrypting``, synced, then renamed over the plain file; a kill before the
rename leaves the plain file as it was (the half-written copy is removed at the next
open), a kill after it leaves the encrypted one.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import sqlite3
from pathlib import Path
from typing import Any, cast

import sqlcipher3.dbapi2 as sqlcipher

from models.files import SQLITE_COMPANIONS, private_file
from sync.journal import fsync_dir

__all__ = [
    "CONNECTIONS",
    "KEY_BYTES",
    "SQLITE_ERRORS",
    "FileInUse",
    "connect",
    "encrypt_plain",
    "has_check",
    "is_encrypted",
    "is_plain",
    "key_matches",
    "new_key",
    "opens",
    "read_sidecar",
    "remember_check",
    "sqlite_version_info",
    "unwrap",
    "update_sidecar",
    "wrap",
]

KEY_BYTES = 32
#: Errors of either driver (``sqlcipher3``'s are not the standard library's subclasses).
SQLITE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)
#: Connections of either driver (``sqlcipher3``'s has the standard library's API).
CONNECTIONS: tuple[type, ...] = (sqlite3.Connection, sqlcipher.Connection)
#: The DB-API module of encrypted connections (SQLAlchemy's ``module=``: its errors wrapped).
DBAPI = sqlcipher


def sqlite_version_info(encrypted: bool) -> tuple[int, int, int]:
    """The SQLite version of the driver of an encrypted (SQLCipher's) or a plain file."""
    return (sqlcipher if encrypted else sqlite3).sqlite_version_info  # type: ignore[no-any-return]


_MAGIC = b"SQLite format 3\x00"
_CHECK_TEXT = b"kansli local database key v1"
#: Argon2id for the password-wrapped key: 64 MiB, 3 passes, 1 lane (above OWASP's
#: minimum), about 0.2 s here; run once per sign-in or offline open, never per connection.
_ARGON2 = {"time_cost": 3, "memory_cost": 65536, "parallelism": 1}
#: The most a sidecar's record may ask for (a changed sidecar must not make an open take
#: minutes or gigabytes); a record asking less than :data:`_ARGON2` is not accepted either.
_ARGON2_CEILING = {"time_cost": 10, "memory_cost": 1048576, "parallelism": 8}


def new_key() -> bytes:
    """A new random key for one local database."""
    return secrets.token_bytes(KEY_BYTES)


def _pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("a local database key is 32 bytes")
    # The raw key form: no KDF runs (hex only: nothing of the key text is quoted).
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(database: str | Path, key: bytes | None, **kwargs: Any) -> sqlite3.Connection:
    """A connection to ``database``: SQLCipher keyed with ``key`` (its first statement),
    or the standard library's plain SQLite when ``key`` is None. ``kwargs`` as for
    :func:`sqlite3.connect` (``timeout``, ``uri``, ``check_same_thread``)."""
    if key is None:
        return cast(sqlite3.Connection, sqlite3.connect(database, **kwargs))
    conn = sqlcipher.connect(str(database), **kwargs)
    try:
        conn.execute(_pragma(key))
    except BaseException:
        conn.close()
        raise
    return cast(sqlite3.Connection, conn)


def _header(path: Path) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(len(_MAGIC))
    except FileNotFoundError:
        return b""


def is_plain(path: Path) -> bool:
    """Whether ``path`` is an unencrypted SQLite file (with content)."""
    return _header(path) == _MAGIC


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` has content that is not plain SQLite (SQLCipher's, or damage)."""
    header = _header(path)
    return bool(header) and header != _MAGIC


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + ".key")


def read_sidecar(path: Path) -> dict[str, Any]:
    """What the sidecar of the database ``path`` holds ({} when none, or unreadable)."""
    try:
        data = json.loads(sidecar_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def update_sidecar(path: Path, **fields: Any) -> None:
    """Set ``fields`` in the sidecar of ``path`` (written whole, 0600, renamed in place)."""
    data = read_sidecar(path) | fields
    side = sidecar_path(path)
    fresh = side.with_name(side.name + ".new")
    fresh.unlink(missing_ok=True)
    private_file(fresh)
    with fresh.open("w", encoding="utf-8") as f:
        json.dump(data, f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(fresh, side)


def _check(key: bytes) -> str:
    return hmac.new(key, _CHECK_TEXT, hashlib.sha256).hexdigest()


def key_matches(path: Path, key: bytes) -> bool | None:
    """Whether ``key`` is the key of the database ``path`` by its sidecar's check; None
    when the sidecar holds no check."""
    check = read_sidecar(path).get("check")
    if not isinstance(check, str):
        return None
    return hmac.compare_digest(check, _check(key))


def opens(path: Path, key: bytes) -> bool:
    """Whether ``key`` reads the encrypted file ``path`` (a trial open: where no check is
    recorded beside it)."""
    try:
        with contextlib.closing(connect(path, key, timeout=30)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except SQLITE_ERRORS:
        return False
    return True


def has_check(path: Path) -> bool:
    """Whether a key's check is recorded beside ``path`` (Kansli encrypted it)."""
    return isinstance(read_sidecar(path).get("check"), str)


def remember_check(path: Path, key: bytes) -> None:
    """Record ``key``'s check beside ``path`` (when not recorded already)."""
    if read_sidecar(path).get("check") != _check(key):
        update_sidecar(path, check=_check(key))


def _derive(password: str, salt: bytes, params: dict[str, int]) -> bytes | None:
    """Argon2id's ``2 * KEY_BYTES`` bytes; None when argon2 refuses the parameters."""
    from argon2.exceptions import Argon2Error
    from argon2.low_level import Type, hash_secret_raw

    try:
        return hash_secret_raw(
            password.encode("utf-8"), salt, hash_len=2 * KEY_BYTES, type=Type.ID, **params
        )
    except (Argon2Error, ValueError, OverflowError, MemoryError):
        return None


def wrap(key: bytes, password: str) -> dict[str, Any]:
    """``key`` wrapped by ``password``: a fresh salt each time, so the derived pad is used
    once (XOR), and an HMAC under the derived second half that tells a wrong password."""
    salt = secrets.token_bytes(16)
    derived = _derive(password, salt, _ARGON2)
    if derived is None:
        raise ValueError("Argon2id refused its own parameters")
    pad, mac_key = derived[:KEY_BYTES], derived[KEY_BYTES:]
    wrapped = bytes(a ^ b for a, b in zip(key, pad, strict=True))
    return {
        "kdf": "argon2id",
        **_ARGON2,
        "salt": salt.hex(),
        "wrapped": wrapped.hex(),
        "tag": hmac.new(mac_key, wrapped, hashlib.sha256).hexdigest(),
    }


def unwrap(record: Any, password: str) -> bytes | None:
    """The key of :func:`wrap`'s ``record`` when ``password`` is the one it was wrapped
    with; None otherwise (or when there is no record)."""
    if not isinstance(record, dict) or record.get("kdf") != "argon2id" or not password:
        return None
    try:
        params = {k: int(record[k]) for k in _ARGON2}
        salt, wrapped = bytes.fromhex(record["salt"]), bytes.fromhex(record["wrapped"])
        tag = str(record["tag"])
    except (KeyError, TypeError, ValueError):
        return None
    if len(wrapped) != KEY_BYTES or any(
        not _ARGON2[k] <= v <= _ARGON2_CEILING[k] for k, v in params.items()
    ):
        return None  # weaker than Kansli writes, or an open made to take too long
    derived = _derive(password, salt, params)
    if derived is None:
        return None
    pad, mac_key = derived[:KEY_BYTES], derived[KEY_BYTES:]
    if not hmac.compare_digest(tag, hmac.new(mac_key, wrapped, hashlib.sha256).hexdigest()):
        return None
    return bytes(a ^ b for a, b in zip(wrapped, pad, strict=True))


def _companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


class FileInUse(RuntimeError):
    """The plain file is open in another process: it is not encrypted under it."""


#: How long the switch out of WAL mode waits for another process's connection (ms).
_IN_USE_WAIT_MS = 2000


def encrypt_plain(path: Path, key: bytes) -> None:
    """Encrypt the plain SQLite file ``path`` with ``key`` in place, crash-safe (see the
    module docstring). No connection to ``path`` may be open, in this process or another:
    :class:`FileInUse` (nothing changed) when one is. The caller holds the file's opening
    lock (:func:`sync.store._opening_lock`)."""
    fresh = _companion(path, ".encrypting")
    for suffix in ("", *SQLITE_COMPANIONS):
        _companion(fresh, suffix).unlink(missing_ok=True)
    # Opened without a key, SQLCipher reads (and exports) a plain file as it is.
    conn = sqlcipher.connect(str(path), timeout=30, isolation_level=None)
    try:
        # The plain file's log folded in first (the copy is taken of one complete file),
        # and out of WAL mode, which SQLite allows only with no other connection open
        # (a reader or writer in another process would keep using the renamed file).
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        conn.execute(f"PRAGMA busy_timeout = {_IN_USE_WAIT_MS}")
        try:
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except SQLITE_ERRORS as exc:
            raise FileInUse(f"{path.name} is open in another process") from exc
        if busy or str(mode).lower() != "delete":
            raise FileInUse(f"{path.name} is open in another process")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        private_file(fresh)
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(fresh),))
        # Nothing else writes the plain file while it is exported.
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE encrypted")
        with open(fresh, "rb+") as f:
            os.fsync(f.fileno())
        remember_check(path, key)
        # Still held exclusively while the encrypted copy takes its name.
        conn.execute("BEGIN EXCLUSIVE")
        for suffix in SQLITE_COMPANIONS:  # empty after the checkpoint; not the new file's
            _companion(path, suffix).unlink(missing_ok=True)
        os.replace(fresh, path)
        fsync_dir(path.parent)
        conn.execute("ROLLBACK")
    finally:
        conn.close()


def discard_unfinished(path: Path) -> None:
    """Remove what an encryption killed before its rename left (the plain file is whole)."""
    fresh = _companion(path, ".encrypting")
    for suffix in ("", *SQLITE_COMPANIONS):
        _companion(fresh, suffix).unlink(missing_ok=True)
