""" "Work offline" in the sign-in dialog opens this computer's encrypted copy only with the
password (or the keyring's key): without either, no local data opens (issue 23).

No server: the copy is made as a sign-in would have made it (its key kept, wrapped by
the password), and the dialog's server address is one nothing answers on.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop.login import LoginDialog, describe_error
from desktop.session import account_db_path
from desktop.settings import LOGIN_EMAIL, SERVER_URL, Settings
from desktop.sync_bridge import SyncBridge
from sync import cipher
from sync.local_keys import LocalKeys
from sync.store import ClientStore

URL = "http://127.0.0.1:9"  # the discard port: nothing signs in there
EMAIL = "offline.olle@example.se"
PASSWORD = "lösenord med mellanslag"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A system without a password store (selected explicitly: whatever another test
    registered is not this test's)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def copy_root(tmp_path: Path, gui_guard, no_keyring) -> Path:  # type: ignore[no-untyped-def]
    """A data folder with the account's encrypted copy; this process remembers no key
    (no keyring: a new start knows nothing)."""
    LocalKeys._memory.clear()
    path = account_db_path(URL, EMAIL, tmp_path)
    keys = LocalKeys()
    assert not keys.available  # the password is the only secret left after a restart
    with gui_guard.allowed():
        store = ClientStore(path, key=keys.for_password(path, PASSWORD))
        store.remember_account(
            server_url=URL,
            user={"id": "u-1", "email": EMAIL, "display_name": "Olle"},
            tenant={"id": "t-1", "slug": "nord", "name": "Nord"},
            roles=["admin"],
        )
        store.close()
    LocalKeys._memory.clear()  # the next start
    assert cipher.is_encrypted(path)
    return tmp_path


def _dialog(qtbot, settings: Settings, root: Path) -> LoginDialog:  # type: ignore[no-untyped-def]
    settings.set(SERVER_URL, URL)
    settings.set(LOGIN_EMAIL, EMAIL)
    dialog = LoginDialog(settings, SyncBridge(), data_root=root)
    qtbot.addWidget(dialog)
    return dialog


def _offline(qtbot, dialog: LoginDialog) -> None:  # type: ignore[no-untyped-def]
    assert dialog.offline_button.isEnabled()
    dialog.offline_button.click()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=20000)


def test_work_offline_needs_the_password_and_opens_with_it(
    qtbot, settings: Settings, copy_root: Path, gui_guard
) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, settings, copy_root)
    _offline(qtbot, dialog)
    assert dialog.session is None
    assert "Type your password" in dialog.message.text()

    dialog.password.setText("not the password")
    _offline(qtbot, dialog)
    assert dialog.session is None
    assert "The password does not open" in dialog.message.text()

    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.signed_in, timeout=20000):
        dialog.offline_button.click()
    session = dialog.session
    assert session is not None and session.offline and session.store.encrypted
    assert session.actor.email == EMAIL
    with gui_guard.allowed():
        session.store.close()


def test_a_copy_open_in_another_kansli_is_said_in_words() -> None:
    from sync.store import InUse

    assert describe_error(InUse("a.db")).startswith(
        "This computer's copy of the account is open in another Kansli window"
    )
