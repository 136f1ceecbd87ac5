"""The token in the OS keyring, or in memory only when the system has none."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked, PasswordDeleteError

from sync.credentials import NO_KEYRING_MESSAGE, SERVICE, CredentialStore


class MemoryKeyring(KeyringBackend):
    """A keyring backend for tests: a dict, like a real store would hold."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise PasswordDeleteError(username)
        del self.items[(service, username)]


class LockedKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the keyring is locked")


def test_token_is_kept_in_the_keyring_under_service_and_account() -> None:
    backend = MemoryKeyring()
    creds = CredentialStore(backend)
    assert creds.available and creds.message == ""
    creds.set("Anna@Ex.se", "https://kansli.ex.se/", "tok-1")
    assert backend.items == {(SERVICE, "anna@ex.se@https://kansli.ex.se"): "tok-1"}
    assert creds.get("anna@ex.se", "https://kansli.ex.se") == "tok-1"
    assert CredentialStore(backend).get("anna@ex.se", "https://kansli.ex.se") == "tok-1"
    creds.delete("anna@ex.se", "https://kansli.ex.se")
    assert backend.items == {}
    creds.delete("anna@ex.se", "https://kansli.ex.se")  # forgetting twice is fine


def test_the_keyring_chosen_by_the_system_is_used_by_default() -> None:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        CredentialStore().set("a@ex.se", "http://srv", "tok")
        assert backend.items[(SERVICE, "a@ex.se@http://srv")] == "tok"
    finally:
        keyring.set_keyring(previous)


def test_without_a_keyring_the_token_lives_in_memory_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)
    creds = CredentialStore(fail.Keyring())  # type: ignore[no-untyped-call]
    assert not creds.available
    assert creds.message == NO_KEYRING_MESSAGE
    assert "sign in again next time" in creds.message
    creds.set("a@ex.se", "http://srv", "secret-token")
    assert creds.get("a@ex.se", "http://srv") == "secret-token"
    fresh = CredentialStore(fail.Keyring())  # type: ignore[no-untyped-call]
    assert fresh.get("a@ex.se", "http://srv") is None
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written == [], "nothing secret (or anything else) is written to a file"
    creds.delete("a@ex.se", "http://srv")
    assert creds.get("a@ex.se", "http://srv") is None


def test_a_keyring_that_fails_falls_back_to_memory_and_says_so() -> None:
    creds = CredentialStore(LockedKeyring())
    assert creds.available
    creds.set("a@ex.se", "http://srv", "tok")
    assert not creds.available and creds.message == NO_KEYRING_MESSAGE
    assert creds.get("a@ex.se", "http://srv") == "tok"
