"""Administration › Users against the real server over HTTP (SQLite file and PostgreSQL).

The window is driven as a user would: its actions, dialogs and confirmation;
each step is checked in the server's database and by what the server now
answers (a deactivated user's token is refused, a revoked session is gone).
Offline it says so plainly; for non-administrators the menu is not there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.admin.dialogs import (
    InviteDialog,
    PersonnummerDialog,
    PhoneDialog,
    RolesDialog,
    SessionsDialog,
)
from desktop.admin.texts import ROLE_NAMES, describe_error, role_name, roles_text
from desktop.admin.view import UsersWindow
from desktop.mainwindow import MainWindow
from desktop.settings import Settings
from devtools.client_data import fill
from models.tenancy import Membership, Role, Tenant, User
from server.services.database import Database
from server.tables import MailOutbox
from sync.client import ApiError, ServerUnavailable
from tests.desktop.conftest import make_ctx, make_window
from tests.desktop.live_web import in_thread, signed_in
from tests.utils.servers import LiveServer, add_account

PASSWORD = "correct horse battery"
ADMIN = "anna.admin@acme.example"
EVA = "eva.kurs@acme.example"


@pytest.fixture
def server(server_db_url: str) -> Iterator[tuple[LiveServer, str]]:
    """The server with an organisation, its administrator and a course administrator."""
    live = in_thread(lambda: LiveServer(server_db_url, env={"KANSLI_RUN_WORKER": "0"}).start())
    try:
        in_thread(add_account, server_db_url, tenant="acme", email=ADMIN, roles=("admin",))
        in_thread(add_account, server_db_url, tenant="acme", email=EVA, roles=("course_admin",))
        # Someone of another organisation: never listed here.
        in_thread(add_account, server_db_url, tenant="other", email="olle@other.example")
        yield live, server_db_url
    finally:
        in_thread(live.stop)


def _db(db_url: str, fn: Any) -> Any:
    """Read the server's database (off the GUI thread, as the guard wants)."""

    def run() -> Any:
        db = Database(db_url)
        try:
            with db.sessions() as s:
                return fn(s)
        finally:
            db.dispose()

    return in_thread(run)


def _roles(db_url: str, email: str) -> set[str]:
    def read(s: Any) -> set[str]:
        rows = s.execute(
            select(Membership.role)
            .join(User, User.id == Membership.user_id)
            .join(Tenant, Tenant.id == Membership.tenant_id)
            .where(User.email == email, Tenant.slug == "acme")
        )
        return {r[0] for r in rows}

    return _db(db_url, read)


def _personnummer(db_url: str, email: str) -> str | None:
    return _db(db_url, lambda s: s.scalar(select(User.personnummer).where(User.email == email)))


def _active(db_url: str, email: str) -> bool:
    return _db(db_url, lambda s: s.scalar(select(User.active).where(User.email == email)))


def _phone(db_url: str, email: str) -> str | None:
    return _db(db_url, lambda s: s.scalar(select(User.phone).where(User.email == email)))


def _mails(db_url: str, to: str) -> list[str]:
    """The kinds of the mails the server queued for ``to``, oldest first."""

    def read(s: Any) -> list[str]:
        rows = s.execute(
            select(MailOutbox.kind)
            .where(MailOutbox.to_address == to)
            .order_by(MailOutbox.created_at)
        )
        return [r[0] for r in rows]

    return _db(db_url, read)


def _login(url: str, email: str) -> str:
    def run() -> str:
        resp = requests.post(
            f"{url}/api/v1/auth/login",
            json={"email": email, "password": PASSWORD, "tenant": "acme"},
            timeout=10,
        )
        assert resp.status_code == 200, resp.text
        return str(resp.json()["token"])

    return in_thread(run)


def _me(url: str, token: str) -> int:
    return in_thread(
        lambda: (
            requests.get(
                f"{url}/api/v1/me", headers={"Authorization": f"Bearer {token}"}, timeout=10
            ).status_code
        )
    )


def _open(qtbot, ctx) -> UsersWindow:  # type: ignore[no-untyped-def]
    window = UsersWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        window.show()
    return window


def _row_texts(window: UsersWindow, email: str) -> dict[str, str]:
    """What the user's row shows, by column."""
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.rows[r]["email"] == email)
    return {col.key: model.index(row, c).data() for c, col in enumerate(model.columns)}


def _select(window: UsersWindow, email: str) -> None:
    user = next(u for u in window.model.users if u.email == email)
    window.select_user(user.id)
    assert window.selected_user() == user


def _act(qtbot, window: UsersWindow, trigger: Any) -> str:  # type: ignore[no-untyped-def]
    """Run an action and wait until it is done and the list is the server's again."""
    with qtbot.waitSignal(window.action_done, timeout=15_000) as done:
        trigger()
    if done.args[0]:
        qtbot.waitUntil(lambda: window.loaded and not window.busy, timeout=15_000)
    return str(done.args[0])


def test_an_administrator_manages_the_users_of_the_organisation(
    qtbot, server, settings: Settings, tmp_path: Path
) -> None:
    live, db_url = server
    eva_token = _login(live.url, EVA)
    with signed_in(live.url, ADMIN, PASSWORD, tmp_path / "admin.db", settings) as (ctx, _s):
        window = _open(qtbot, ctx)
        # The list: this organisation's users only, roles by name, and a filter.
        emails = sorted(u.email for u in window.model.users)
        assert emails == [ADMIN, EVA]
        shown = _row_texts(window, EVA)
        assert (shown["email"], shown["roles"], shown["active"]) == (
            EVA,
            "Course administrator",
            "Active",
        )
        assert int(shown["sessions"]) >= 1 and shown["last_sign_in_at"] != "Never"
        window.filter.setText("kurs")
        window.filter.returnPressed.emit()
        assert window.model.rowCount() == 1 and window.count.text() == "1 of 2 shown"
        window.filter.clear()
        assert window.model.rowCount() == 2

        # Invite someone new with a role.
        window.act_invite.trigger()
        dialog = window.dialog
        assert isinstance(dialog, InviteDialog)
        dialog.email.setText("ny.person@acme.example")
        assert not dialog.ok_button.isEnabled()  # a name is needed too
        dialog.name.setText("Ny Person")
        dialog.roles.set_roles(["attestant"])
        said = _act(qtbot, window, dialog.ok_button.click)
        assert said == "An invitation was sent to ny.person@acme.example."
        assert _roles(db_url, "ny.person@acme.example") == {"attestant"}
        assert [k for k in _mails(db_url, "ny.person@acme.example") if "invite" in k]
        assert "ny.person@acme.example" in {u.email for u in window.model.users}

        # Change Eva's roles.
        _select(window, EVA)
        window.act_roles.trigger()
        dialog = window.dialog
        assert isinstance(dialog, RolesDialog)
        dialog.roles.set_roles(["alumni_officer", "viewer"])
        _act(qtbot, window, dialog.ok_button.click)
        assert _roles(db_url, EVA) == {"alumni_officer", "viewer"}
        assert _row_texts(window, EVA)["roles"] == "Alumni officer, Viewer (read only)"

        # Mail Eva a password reset link.
        _select(window, EVA)
        before = [k for k in _mails(db_url, EVA) if "reset" in k]
        said = _act(qtbot, window, window.act_reset.trigger)
        assert said == f"A link to choose a new password was mailed to {EVA}."
        assert len([k for k in _mails(db_url, EVA) if "reset" in k]) == len(before) + 1

        # Deactivate Eva: asked first, then every sign-in of hers ends.
        assert _me(live.url, eva_token) == 200
        _select(window, EVA)
        window.act_active.trigger()
        box = window.confirmation
        assert box is not None and "All their sessions end" in box.informativeText()
        deactivate = next(b for b in box.buttons() if b.text() == "Deactivate")
        _act(qtbot, window, deactivate.click)
        assert _active(db_url, EVA) is False
        assert _me(live.url, eva_token) == 401
        assert _row_texts(window, EVA)["active"] == "Deactivated"
        _select(window, EVA)
        assert window.act_active.text() == "Re&activate" and not window.act_reset.isEnabled()

        # ... and reactivate her.
        window.act_active.trigger()
        box = window.confirmation
        assert box is not None
        reactivate = next(b for b in box.buttons() if b.text() == "Reactivate")
        _act(qtbot, window, reactivate.click)
        assert _active(db_url, EVA) is True

        # Eva's mobile phone, for SMS attestation: typed, checked as typed, saved in E.164.
        _select(window, EVA)
        window.act_phone.trigger()
        dialog = window.dialog
        assert isinstance(dialog, PhoneDialog) and dialog.phone.text() == ""
        qtbot.keyClicks(dialog.phone, "07O-123")
        assert dialog.phone_error.text().startswith("This is not a phone number")
        assert not dialog.ok_button.isEnabled()
        dialog.phone.clear()
        qtbot.keyClicks(dialog.phone, "070-123 45 67")
        assert dialog.phone_error.text() == "" and dialog.ok_button.isEnabled()
        said = _act(
            qtbot, window, lambda: qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        )
        who = dialog.user.display_name or EVA
        assert said == f"The mobile phone of {who} was changed."
        assert _phone(db_url, EVA) == "+46701234567"
        assert _row_texts(window, EVA)["phone"] == "+46701234567"
        window.filter.setText("+4670123")
        window.filter.returnPressed.emit()
        assert [u.email for u in window.model.users if u.phone] == [EVA]
        assert window.model.rowCount() == 1
        window.filter.clear()
        # ... and removed again: the field emptied, Enter.
        _select(window, EVA)
        window.act_phone.trigger()
        dialog = window.dialog
        assert isinstance(dialog, PhoneDialog) and dialog.phone.text() == "+46701234567"
        dialog.phone.selectAll()
        qtbot.keyClick(dialog.phone, Qt.Key.Key_Delete)
        _act(qtbot, window, lambda: qtbot.keyClick(dialog.phone, Qt.Key.Key_Return))
        assert _phone(db_url, EVA) is None and _row_texts(window, EVA)["phone"] == ""

        # Eva's personnummer, for BankID signatures: checked as typed, never shown back.
        _select(window, EVA)
        window.act_personnummer.trigger()
        dialog = window.dialog
        assert isinstance(dialog, PersonnummerDialog) and dialog.personnummer.text() == ""
        qtbot.keyClicks(dialog.personnummer, "19121212-1213")
        assert dialog.personnummer_error.text().startswith("This is not a personnummer")
        assert not dialog.ok_button.isEnabled()
        dialog.personnummer.clear()
        qtbot.keyClicks(dialog.personnummer, "19121212-1212")
        said = _act(qtbot, window, lambda: qtbot.keyClick(dialog.personnummer, Qt.Key.Key_Return))
        assert said == f"The personnummer of {who} was changed."
        assert _personnummer(db_url, EVA) == "191212121212"
        _select(window, EVA)
        window.act_personnummer.trigger()
        dialog = window.dialog
        assert isinstance(dialog, PersonnummerDialog) and dialog.personnummer.text() == ""
        _act(qtbot, window, lambda: qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton))
        assert _personnummer(db_url, EVA) is None

        # The last administrator cannot take away their own administration.
        _select(window, ADMIN)
        window.act_roles.trigger()
        dialog = window.dialog
        assert isinstance(dialog, RolesDialog)
        dialog.roles.set_roles(["viewer"])
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=15_000)
        assert dialog.message.text().startswith("The organisation must keep at least one")
        assert "{" not in dialog.message.text()
        assert _roles(db_url, ADMIN) == {"admin"}
        dialog.reject()


def _web_sign_in(url: str, email: str) -> None:
    """Sign ``email`` in on the staff web sign-in page, as a browser does."""
    with httpx.Client(follow_redirects=True, timeout=30) as browser:
        page = browser.get(f"{url}/staff/")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        assert token, page.text
        data = {"csrf_token": token.group(1), "next": "/staff/", "email": email}
        home = browser.post(f"{url}/web/login", data={**data, "password": PASSWORD})
        assert home.status_code == 200 and home.url.path == "/staff/", home.text


def test_an_administrator_sees_and_ends_a_users_sessions(
    qtbot, server, settings: Settings, tmp_path: Path
) -> None:
    live, _db_url = server
    in_thread(_web_sign_in, live.url, EVA)  # the oldest: a staff web sign-in in a browser
    first, second = _login(live.url, EVA), _login(live.url, EVA)
    with signed_in(live.url, ADMIN, PASSWORD, tmp_path / "admin.db", settings) as (ctx, _s):
        window = _open(qtbot, ctx)
        _select(window, EVA)
        window.act_sessions.trigger()
        dialog = window.dialog
        assert isinstance(dialog, SessionsDialog)
        qtbot.waitUntil(lambda: dialog.loaded, timeout=15_000)
        assert dialog.table.rowCount() == 3
        where = [dialog.table.item(row, 2).text() for row in range(3)]
        assert where[2] == "Web browser (staff pages)" and "web-sign-in" not in where
        dialog.table.selectRow(0)
        dialog.revoke_button.click()
        qtbot.waitUntil(lambda: dialog.loaded and dialog.table.rowCount() == 2, timeout=15_000)
        # Exactly one of the two tokens is refused now.
        assert sorted([_me(live.url, first), _me(live.url, second)]) == [200, 401]
        dialog.reject()


def test_offline_the_screen_says_it_needs_the_server(qtbot, offline_ctx) -> None:
    window = UsersWindow(offline_ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        window.show()
    assert not window.loaded and window.model.rowCount() == 0
    assert window.table.empty.isVisible()
    assert window.table.empty.text().startswith("The server cannot be reached") or (
        window.table.empty.text().startswith("Offline")
    )
    assert not window.act_invite.isEnabled() and not window.act_roles.isEnabled()
    assert window.retry_button.isVisible()


def test_a_local_copy_without_a_server_says_users_are_managed_on_the_server(qtbot, ctx) -> None:
    window = UsersWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=5_000):
        window.show()
    assert "Users are managed on the server" in window.table.empty.text()
    assert not window.retry_button.isVisible() and not window.act_invite.isEnabled()


def test_the_menu_entry_is_for_administrators_only(
    qtbot, store, settings, gui_guard, tmp_path
) -> None:
    with gui_guard.allowed():
        data = fill(store, participants=20, big_round=5, roles=frozenset({Role.COURSE_ADMIN}))
    ctx = make_ctx(store, data, settings)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        assert not window.admin_menu.menuAction().isVisible()
        assert not window.act_users.isEnabled()
        assert window.show_users() is None
    finally:
        ctx.ops.shutdown(wait=True)


def test_the_menu_opens_one_users_window(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx)
    assert window.admin_menu.menuAction().isVisible()
    assert window.act_users.shortcut().toString() == "Ctrl+Shift+U"
    users = window.show_users()
    qtbot.waitUntil(lambda: users.isVisible(), timeout=5_000)
    assert window.show_users() is users
    shortcuts = {a.shortcut().toString() for a in users.toolbar.actions() if a.text()}
    assert {"Ctrl+N", "Ctrl+E", "Ctrl+D", "Ctrl+Shift+R", "Ctrl+Shift+S", "F5"} <= shortcuts
    assert all(a.statusTip() for a in users.toolbar.actions() if a.text())


def test_roles_and_refusals_are_words_in_swedish_never_codes(qtbot) -> None:
    from desktop.i18n import Translations

    swedish = Translations()
    assert swedish.install("sv")
    try:
        names = [role_name(code) for code in ROLE_NAMES]
        assert names[:2] == ["Administratör", "Kursadministratör"]
        assert not set(names) & set(ROLE_NAMES)  # no code shown raw
        assert roles_text(["viewer", "admin"]).startswith("Administratör, ")
        last_admin = describe_error(ApiError(409, "last_admin", "Cannot remove the last admin"))
        assert last_admin.startswith("Organisationen måste ha kvar minst en")
        unknown = describe_error(ApiError(409, "something_new", "A new refusal"))
        assert unknown == "Servern nekade: A new refusal"
        assert describe_error(ServerUnavailable("x")).startswith("Servern går inte att nå")
    finally:
        assert swedish.install("en")


def test_a_confirmation_is_cancelled_without_a_change(qtbot, offline_ctx) -> None:
    """Cancel in the confirmation leaves the user as they were (nothing is sent)."""
    from sync.users import UserAccount

    window = UsersWindow(offline_ctx)
    qtbot.addWidget(window)
    user = UserAccount("u1", "a@b.se", "A", True, ("viewer",), None, 0)
    window.loaded = True
    window.model.set_users([user])
    window.select_user("u1")
    window._update_actions()
    box = window.toggle_active()
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert not window.busy and window.model.users == [user]
