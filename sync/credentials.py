"""The sign-in token, kept in the operating system's password store.

Service ``kansli``, account ``<email>@<server url>``. Where the system has no
usable password store (no keyring backend, or one that fails), the token is
kept in memory for the life of the process only and :attr:`message` says so
in plain words. Nothing secret is ever written to a file by Kansli.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "kansli"
NO_KEYRING_MESSAGE = (
    "No secure password store is available on this computer; "
    "you will have to sign in again next time"
)


def account_name(email: str, server_url: str) -> str:
    """The keyring account of one user on one server."""
    return f"{email.strip().lower()}@{server_url.rstrip('/')}"


def usable(backend: Any) -> bool:
    try:
        return float(backend.priority) > 0
    except Exception:  # a backend that cannot even say its priority
        return False


class CredentialStore:
    """Tokens by user and server: the OS keyring, or process memory when there is none.

    ``backend`` selects a keyring backend explicitly (tests, or a setting);
    by default keyring's own choice for this system is used.
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        if backend is None:
            # Imported here: loading keyring takes a fifth of a second (a start without
            # a sign-in, such as a local file's or the demo's, does without it).
            import keyring

            backend = keyring.get_keyring()
        self.backend = backend
        self._memory: dict[str, str] = {}
        self.available = usable(self.backend)
        self.message = "" if self.available else NO_KEYRING_MESSAGE

    def _fall_back(self, exc: Exception) -> None:
        log.warning(
            "password store failed (%s); keeping the token in memory only", type(exc).__name__
        )
        self.available = False
        self.message = NO_KEYRING_MESSAGE

    def get(self, email: str, server_url: str) -> str | None:
        """The stored token, or None."""
        account = account_name(email, server_url)
        if account in self._memory:
            return self._memory[account]
        if not self.available:
            return None
        try:
            return self.backend.get_password(SERVICE, account)
        except Exception as exc:
            self._fall_back(exc)
            return None

    def set(self, email: str, server_url: str, token: str) -> None:
        """Keep ``token`` (in the keyring, or in memory when there is no keyring)."""
        account = account_name(email, server_url)
        if self.available:
            try:
                self.backend.set_password(SERVICE, account, token)
                self._memory.pop(account, None)
                return
            except Exception as exc:
                self._fall_back(exc)
        self._memory[account] = token

    def delete(self, email: str, server_url: str) -> None:
        """Forget the token (signing out). Forgetting a missing token is fine."""
        account = account_name(email, server_url)
        self._memory.pop(account, None)
        if not self.available:
            return
        from keyring.errors import PasswordDeleteError

        try:
            self.backend.delete_password(SERVICE, account)
        except PasswordDeleteError:
            pass
        except Exception as exc:
            self._fall_back(exc)
