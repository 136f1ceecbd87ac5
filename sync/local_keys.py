"""Where the keys of the encrypted local databases are kept (see :mod:`sync.cipher`).

Each local database has its own random key. It is kept

- in the operating system's password store (service ``kansli-local-database``,
  account: the file's full path), the same store as the sign-in token
  (:mod:`sync.credentials`), when the user chose "Remember me" (else in the process's
  memory until the session ends): a remembered sign-in, and "work offline", open the
  file without asking anything;
- wrapped by the user's password (Argon2id) in the file's sidecar ``<db>.key``,
  rewritten at every sign-in with a password the server accepted: "work offline"
  opens with the password alone, also where there is no password store.

Where the system has no usable password store the key is kept in the process's
memory only, exactly like the token, and :attr:`LocalKeys.message` says so; the
next start opens the file with the password (signing in, or working offline).
Without the keyring's key or the password, no local data opens.

A key is used only when it fits the file (the sidecar's check, or a trial open where no
check is recorded): a stale keyring entry (another copy's of that path) is set aside
and put right, never written into the sidecar; a new, absent or plain file gets a new key.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import Any, ClassVar

from models.files import private_dir
from sync import cipher
from sync.credentials import NO_KEYRING_MESSAGE, usable
from sync.journal import journal_kind, journal_path
from sync.store import StoreError

log = logging.getLogger(__name__)

KEY_SERVICE = "kansli-local-database"

#: Offline without the keyring's key and without a password.
TYPE_IT = "Type your password to open this computer's copy of the account without the server"
#: Offline with a password that does not unwrap the key (or with no wrapped key).
NOT_IT = (
    "The password does not open this computer's copy of the account; connect to the "
    "server and sign in"
)
#: A file written before encryption, offline without a key: nothing checks a password.
SIGN_IN_ONCE = (
    "This computer's copy of the account is opened offline only after one sign-in with the server"
)
#: An encrypted file whose key neither the keyring nor the password gives.
KEY_LOST = (
    "This computer's copy of the account was locked with another password and the "
    "password store does not hold its key; sign in with the password you had when you "
    "last signed in on this computer, or remove the copy to fetch it again"
)


class LockedCopy(StoreError):
    """The local copy stays closed: no key for it (``reason``: ``password_needed``,
    ``password_refused``, ``sign_in_once`` or ``key_lost``; the message says it in words)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class LocalKeys:
    """The local databases' keys: the OS keyring (or process memory) and the password.

    ``backend``: a keyring backend chosen explicitly (tests, the demo's folder); by
    default keyring's own choice for this system.
    """

    #: Keys known in this process (the keyring's fallback), by account.
    _memory: ClassVar[dict[str, bytes]] = {}

    def __init__(self, backend: Any = None) -> None:
        if backend is None:
            import keyring  # only when the system's keyring is asked for (sync.credentials)

            backend = keyring.get_keyring()
        self.backend = backend
        self.available = usable(self.backend)
        self.message = "" if self.available else NO_KEYRING_MESSAGE

    @staticmethod
    def account(path: Path) -> str:
        return str(Path(path).resolve())

    def _fall_back(self, exc: Exception) -> None:
        log.warning(
            "password store failed (%s); keeping the database key in memory only",
            type(exc).__name__,
        )
        self.available = False
        self.message = NO_KEYRING_MESSAGE

    def known(self, path: Path) -> bytes | None:
        """The key of ``path`` from this process's memory or the keyring; None when neither."""
        account = self.account(path)
        if account in self._memory:
            return self._memory[account]
        if not self.available:
            return None
        try:
            value = self.backend.get_password(KEY_SERVICE, account)
        except Exception as exc:
            self._fall_back(exc)
            return None
        try:
            key = bytes.fromhex(value) if value else None
        except ValueError:
            return None
        return key if key is not None and len(key) == cipher.KEY_BYTES else None

    def keep(self, path: Path, key: bytes) -> None:
        """Keep ``key`` for ``path``: in the keyring, and in this process's memory."""
        account = self.account(path)
        self._memory[account] = key
        if self.available:
            try:
                self.backend.set_password(KEY_SERVICE, account, key.hex())
            except Exception as exc:
                self._fall_back(exc)

    @classmethod
    def forget_all_in_memory(cls) -> None:
        """Forget every key this process holds (the account's session ends)."""
        cls._memory.clear()

    def forget(self, path: Path) -> None:
        """Forget the key of ``path`` (its file removed)."""
        account = self.account(path)
        self._memory.pop(account, None)
        if self.available:
            # Missing, or a failing store: nothing to forget there.
            with contextlib.suppress(Exception):
                self.backend.delete_password(KEY_SERVICE, account)

    def _fitting(self, path: Path, key: bytes | None) -> bytes | None:
        """``key`` when it can be the key of ``path`` (its sidecar's check, or, with no
        check beside an encrypted file, a trial open); None for another file's key."""
        if key is None:
            return None
        matches = cipher.key_matches(path, key)
        if matches is None:
            # No check: an encrypted file is tried; nothing to fit a new (absent, plain) one.
            matches = cipher.opens(path, key) if cipher.is_encrypted(path) else False
        return key if matches else None

    def _known_fitting(self, path: Path) -> tuple[bytes | None, bool]:
        """The keyring's (or memory's) key of ``path`` when it fits the file, and whether
        a key was known that does not (a stale one: another file's of that name)."""
        known = self.known(path)
        key = self._fitting(path, known)
        if known is not None and key is None:
            log.warning("a stale key of the local database %s set aside", Path(path).name)
        return key, known is not None and key is None

    def _hold(self, path: Path, key: bytes, remember: bool) -> None:
        """Keep ``key``: in the keyring too when the user chose to be remembered, else in
        this process's memory alone (and no older copy left in the keyring)."""
        if remember:
            self.keep(path, key)
            return
        self.forget(path)
        self._memory[self.account(path)] = key

    @staticmethod
    def _fresh_key(path: Path) -> bytes:
        """A new key for a file that has none yet (new, absent, or plain); refused for an
        encrypted file, or a lost one whose journal is sealed with a key not found here."""
        if cipher.is_encrypted(path) or journal_kind(journal_path(path)) == "sealed":
            raise LockedCopy("key_lost", KEY_LOST)
        return cipher.new_key()

    def for_password(self, path: Path, password: str, *, remember: bool = True) -> bytes:
        """The key of ``path`` at a sign-in the server accepted ``password`` for: the
        keyring's (when it fits the file), the one the password unwraps (when it fits),
        or a new one for a new (or plain) file; wrapped by this password in the sidecar.
        ``remember``: also kept in the keyring (else in this process's memory only)."""
        private_dir(Path(path).parent, tighten_existing=False)
        wrapped = cipher.read_sidecar(path).get("wrapped")
        known, _stale = self._known_fitting(path)
        unwrapped = self._fitting(path, cipher.unwrap(wrapped, password) if wrapped else None)
        key = known if known is not None else unwrapped
        if key is None:
            key = self._fresh_key(path)
        self._hold(path, key, remember)
        if unwrapped != key:  # none yet, another password's, or one that does not fit
            cipher.update_sidecar(path, wrapped=cipher.wrap(key, password))
        return key

    def for_offline(self, path: Path, password: str) -> bytes:
        """The key of ``path`` without the server: the keyring's (when it fits the file),
        or the one ``password`` unwraps; refused (:class:`StoreError`) without either."""
        key, stale = self._known_fitting(path)
        if key is not None:
            return key
        if not cipher.is_encrypted(path):
            raise LockedCopy("sign_in_once", SIGN_IN_ONCE)
        if not password:
            raise LockedCopy("password_needed", TYPE_IT)
        key = self._fitting(path, cipher.unwrap(cipher.read_sidecar(path).get("wrapped"), password))
        if key is None:
            raise LockedCopy("password_refused", NOT_IT)
        # A stale keyring entry is replaced by the verified key; else memory only.
        self._hold(path, key, remember=stale and self.available)
        return key

    def for_token(self, path: Path) -> bytes:
        """The key of ``path`` at a sign-in with a remembered token (no password): the
        keyring's (when it fits the file); a new one for a new or plain file (its
        password-wrapped copy follows at the next sign-in with the password); refused for
        an encrypted file whose key is not known here."""
        key, _stale = self._known_fitting(path)
        if key is not None:
            return key
        if cipher.is_encrypted(path):
            raise LockedCopy("password_needed", TYPE_IT)
        key = self._fresh_key(path)
        self.keep(path, key)
        return key
