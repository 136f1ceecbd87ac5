"""The command journal: the user's unsent work, kept beside the local database.

The SQLite file is a cache that can be rebuilt from the server, except for its
outbox (commands the server has not answered) and its open rejections (commands
the server refused and the user has not dealt with). A damaged file (truncated,
pages overwritten, header zeroed) would take those with it. So every command
queued locally is also appended to ``<db>.journal`` (JSON lines, mode 0600) and
fsynced *inside* the SQLite transaction that queues it, before the commit; the
server's acknowledgements and the user's withdrawals are appended the same way.

The replay rule tolerates every order of the two writes. While the SQLite file
is healthy it is the truth: opening it rewrites the journal to mirror exactly its
outbox, its open rejections and the account (:meth:`CommandJournal.rewrite`), so
a line written for a transaction that never committed, or a commit whose line
was cut off, is put right at the next open. Only when the file is damaged or lost
is the journal the truth: its pending commands are queued again in a new file
(same ids: the server answers a repeat with its first answer, never applying a
command twice). The journal is also rewritten (compacted) when the outbox
empties.

Lines: ``{"k": "account", "values": {...}}`` (whose data the file holds, what a
new file needs to continue: server, user, tenant, roles; never a token),
``{"k": "cmd", "env": {...}}`` (a queued command's envelope) and
``{"k": "done", "ids": [...]}`` (answered, withdrawn or let go); ``{"k": "closed"}``
when a store closes the file cleanly and ``{"k": "suspect"}`` when SQLite reported
damage while it was open (:func:`sync.recovery.damage` checks the whole file at the
next open unless the last session closed cleanly and nothing was suspected). A torn last
line (a kill in the middle of a write) is ignored: its transaction never
committed.

Beside an encrypted database (:mod:`sync.cipher`) every line is sealed with AES-GCM
under a key derived from the database's (a line starting with ``~``, base64); plain
lines of an older journal are read only while its database is still plain (or lost with
a journal that has no sealed line), and the rewrite at open seals them.

Appends and rewrites take an exclusive ``flock`` on the journal, and an
append whose file was replaced by a rewrite meanwhile starts over on the new one.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import logging
import os
import secrets
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # not POSIX: one process per file is assumed there
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

FILE_MODE = 0o600


#: The start of an encrypted line (a plain one starts with ``{``).
_SEALED = b"~"


class _Sealer:
    """AES-256-GCM per line, under a key derived from the database's (HMAC-SHA256, so the
    database key itself is used for nothing else); a random 96-bit nonce per line."""

    def __init__(self, key: bytes) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._aead = AESGCM(hmac.new(key, b"kansli command journal v1", hashlib.sha256).digest())

    def seal(self, data: bytes) -> bytes:
        nonce = secrets.token_bytes(12)
        return _SEALED + base64.b64encode(nonce + self._aead.encrypt(nonce, data, None))

    def open(self, line: bytes) -> bytes:
        """The line's data; ValueError when it was cut short or is not this key's."""
        from cryptography.exceptions import InvalidTag

        raw = base64.b64decode(line[len(_SEALED) :], validate=True)
        try:
            return self._aead.decrypt(raw[:12], raw[12:], None)
        except InvalidTag as exc:
            raise ValueError("a line cut short, or of another key") from exc


def journal_path(db: Path) -> Path:
    """The journal of the local database ``db``."""
    return db.with_name(db.name + ".journal")


def journal_kind(path: Path) -> str:
    """``"sealed"`` when the journal at ``path`` holds encrypted lines (its database had a
    key), ``"plain"`` when it holds only plain ones, ``""`` when none (or no journal)."""
    kind = ""
    try:
        with path.open("rb") as f:
            for line in f:
                if line.startswith(_SEALED):
                    return "sealed"
                if line.startswith(b"{"):
                    kind = "plain"
    except FileNotFoundError:
        pass
    return kind


@dataclass
class JournalContents:
    """What a journal says: the account and the commands still pending, in order."""

    account: dict[str, str] = field(default_factory=dict)
    pending: list[dict[str, Any]] = field(default_factory=list)
    #: Ids answered, withdrawn or let go.
    done: set[str] = field(default_factory=set)
    #: Lines that could not be read (a torn last line after a kill).
    unreadable: int = 0
    #: The last session closed the file cleanly (the last line says so) and nothing
    #: suspected damage since the journal was last rewritten.
    clean: bool = False


def fsync_dir(path: Path) -> None:
    """Make a rename in the folder ``path`` durable (POSIX; elsewhere nothing to do)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class CommandJournal:
    """The append-only journal of one local database (see the module docstring)."""

    def __init__(
        self, path: Path, *, key: bytes | None = None, plain_lines: bool | None = None
    ) -> None:
        """``key``: the encrypted database's key (:mod:`sync.cipher`); the journal's lines
        are then encrypted too (:class:`_Sealer`), as they hold the same personal data.
        ``plain_lines``: whether plain lines are read with a key (a journal of a database
        still plain at this open); by default only without a key, so that no line written
        into a sealed journal by someone without the key is taken for the user's."""
        self.path = path
        self._seal = _Sealer(key) if key is not None else None
        self._plain_lines = key is None if plain_lines is None else plain_lines

    def _encode(self, lines: Sequence[Mapping[str, Any]]) -> bytes:
        data = [json.dumps(line, ensure_ascii=False).encode() for line in lines]
        if self._seal is not None:
            data = [self._seal.seal(item) for item in data]
        return b"".join(item + b"\n" for item in data)

    def _decode(self, line: bytes) -> Any:
        if line.startswith(_SEALED):
            if self._seal is None:
                raise ValueError("an encrypted line and no key")
            line = self._seal.open(line)
        elif self._seal is not None and not self._plain_lines:
            raise ValueError("a plain line in the journal of an encrypted database")
        return json.loads(line)

    def exists(self) -> bool:
        return self.path.exists()

    @contextlib.contextmanager
    def _locked(self) -> Iterator[int]:
        """An fd of the current journal file, exclusively locked, positioned at its end."""
        while True:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
            try:
                if fcntl is not None:
                    fcntl.flock(fd, fcntl.LOCK_EX)
                try:
                    same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
                except FileNotFoundError:
                    same = False
                if same:
                    yield fd
                    return
            finally:
                os.close(fd)  # closing releases the lock

    def _append(self, lines: Sequence[Mapping[str, Any]]) -> None:
        if not lines:
            return
        data = self._encode(lines)
        with self._locked() as fd:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)

    def queued(self, envelopes: Sequence[Mapping[str, Any]]) -> None:
        """Append queued commands (fsynced); raises OSError (e.g. a full disk)."""
        self._append([{"k": "cmd", "env": dict(env)} for env in envelopes])

    def done(self, ids: Sequence[str]) -> None:
        """Append that these commands need no sending any more (fsynced)."""
        if ids:
            self._append([{"k": "done", "ids": list(ids)}])

    def account(self, values: Mapping[str, str]) -> None:
        """Append the account's description (fsynced)."""
        self._append([{"k": "account", "values": dict(values)}])

    def closed(self) -> None:
        """Note that the database was closed cleanly (the next open may check less)."""
        self._append([{"k": "closed"}])

    def suspect(self) -> None:
        """Note that SQLite reported damage: the next open checks the whole file."""
        self._append([{"k": "suspect"}])

    def rewrite(
        self,
        account: Mapping[str, str],
        envelopes: Sequence[Mapping[str, Any]],
        *,
        suspect: bool = False,
    ) -> None:
        """Replace the journal by the account and these pending commands (atomic, fsynced);
        ``suspect`` keeps the note that damage was met."""
        lines: list[dict[str, Any]] = []
        if account:
            lines.append({"k": "account", "values": dict(account)})
        lines += [{"k": "cmd", "env": dict(env)} for env in envelopes]
        if suspect:
            lines.append({"k": "suspect"})
        data = self._encode(lines)
        tmp = self.path.with_name(self.path.name + ".new")
        with self._locked():
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, self.path)
            fsync_dir(self.path.parent)

    def read(self) -> JournalContents:
        """The journal's account and pending commands (empty when there is no journal)."""
        contents = JournalContents()
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return contents
        queued: dict[str, dict[str, Any]] = {}
        suspect = False
        kind = ""
        for line in raw.splitlines():
            try:
                item = self._decode(line)
                kind = item["k"]
                suspect = suspect or kind == "suspect"
                if kind == "cmd":
                    env = dict(item["env"])
                    cid = str(env["id"])
                    contents.done.discard(cid)  # lines are in time order: queued (again)
                    queued.setdefault(cid, env)
                elif kind == "done":
                    for cid in item["ids"]:
                        contents.done.add(str(cid))
                        queued.pop(str(cid), None)
                elif kind == "account":
                    contents.account.update({str(k): str(v) for k, v in item["values"].items()})
            except (ValueError, KeyError, TypeError, AttributeError):
                contents.unreadable += 1
                kind = ""
        if contents.unreadable:
            log.warning("%d unreadable line(s) in %s ignored", contents.unreadable, self.path)
        contents.pending = list(queued.values())
        contents.clean = kind == "closed" and not suspect
        return contents
