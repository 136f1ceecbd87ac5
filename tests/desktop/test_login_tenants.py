"""The sign-in dialog for a user of several organisations, against the real server over HTTP.

The server answers ``tenant_required`` with the organisations to choose from;
the dialog offers them, signs in to the one chosen (one local file per
organisation) and remembers the choice with the server and e-mail.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from desktop.login import LoginDialog
from desktop.settings import LOGIN_TENANT, SERVER_URL, Settings
from desktop.sync_bridge import SyncBridge
from tests.desktop.live_web import in_thread
from tests.utils.servers import LiveServer, add_account

EMAIL = "karin.tva@example.se"


@pytest.fixture
def two_tenants(server_db_url: str) -> Iterator[LiveServer]:
    """The server (SQLite file or PostgreSQL) with one user in two organisations."""
    live = in_thread(lambda: LiveServer(server_db_url, env={"KANSLI_RUN_WORKER": "0"}).start())
    try:
        for slug, roles in (("nord", ("admin",)), ("syd", ("course_admin",))):
            in_thread(add_account, server_db_url, tenant=slug, email=EMAIL, roles=roles)
        yield live
    finally:
        in_thread(live.stop)


def _dialog(qtbot, settings: Settings, data_root: Path) -> LoginDialog:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(settings, SyncBridge(), data_root=data_root)
    qtbot.addWidget(dialog)
    return dialog


def _close(session, gui_guard) -> None:  # type: ignore[no-untyped-def]
    session.engine.close()
    session.client.close()
    with gui_guard.allowed():
        session.store.close()


def test_the_server_lists_the_organisations_when_one_must_be_chosen(two_tenants) -> None:
    def ask() -> requests.Response:
        return requests.post(
            f"{two_tenants.url}/api/v1/auth/login",
            json={"email": EMAIL, "password": "correct horse battery"},
            timeout=10,
        )

    resp = in_thread(ask)
    assert resp.status_code == 400
    detail = resp.json()["detail"]
    assert detail["code"] == "tenant_required"
    assert detail["tenants"] == [{"slug": "nord", "name": "Nord"}, {"slug": "syd", "name": "Syd"}]


def test_a_wrong_password_does_not_reveal_the_organisations(two_tenants) -> None:
    resp = in_thread(
        requests.post,
        f"{two_tenants.url}/api/v1/auth/login",
        json={"email": EMAIL, "password": "wrong"},
        timeout=10,
    )
    assert resp.status_code == 401
    assert "tenants" not in resp.json()["detail"]


def test_a_user_of_two_organisations_chooses_one_and_it_is_remembered(
    qtbot, two_tenants, settings, tmp_path, gui_guard
) -> None:
    dialog = _dialog(qtbot, settings, tmp_path)
    dialog.server.setText(two_tenants.url)
    dialog.email.setText(EMAIL)
    dialog.password.setText("correct horse battery")
    assert not dialog.form.isRowVisible(dialog.tenant)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=15_000)
    assert dialog.message.text() == (
        "You belong to several organisations: choose one and sign in again."
    )
    assert dialog.form.isRowVisible(dialog.tenant)
    assert [dialog.tenant.itemText(i) for i in range(dialog.tenant.count())] == [
        "Nord (nord)",
        "Syd (syd)",
    ]
    dialog.tenant.setCurrentIndex(dialog.tenant.findData("syd"))
    with qtbot.waitSignal(dialog.signed_in, timeout=30_000) as blocker:
        dialog.submit()
    syd = blocker.args[0]
    try:
        assert syd.tenant_name == "Syd"
        assert syd.actor.roles == frozenset({"course_admin"})
        with gui_guard.allowed():
            assert syd.store.get_state("tenant_slug") == "syd"
        syd_path = syd.store.path
    finally:
        _close(syd, gui_guard)
    assert settings.get(LOGIN_TENANT) == "syd"
    assert settings.get(SERVER_URL) == two_tenants.url

    # Next time the choice is there, on the organisation chosen last.
    again = _dialog(qtbot, settings, tmp_path)
    assert again.form.isRowVisible(again.tenant)
    assert again.chosen_tenant() == "syd"
    # ... and the other organisation is one choice away, in a file of its own.
    again.tenant.setCurrentIndex(again.tenant.findData("nord"))
    again.password.setText("correct horse battery")
    with qtbot.waitSignal(again.signed_in, timeout=30_000) as blocker:
        again.submit()
    nord = blocker.args[0]
    try:
        assert nord.tenant_name == "Nord" and "admin" in nord.actor.roles
        assert nord.store.path != syd_path
        with gui_guard.allowed():
            assert nord.store.get_state("tenant_slug") == "nord"
    finally:
        _close(nord, gui_guard)
    assert settings.get(LOGIN_TENANT) == "nord"


def test_the_choice_belongs_to_the_account_typed(qtbot, settings, tmp_path) -> None:
    dialog = _dialog(qtbot, settings, tmp_path)
    dialog.server.setText("http://127.0.0.1:9")
    dialog.email.setText(EMAIL)
    dialog.show_tenants([{"slug": "nord", "name": "Nord"}, {"slug": "syd", "name": "Syd"}])
    assert dialog.form.isRowVisible(dialog.tenant) and dialog.chosen_tenant() == "nord"
    dialog.email.setText("someone.else@example.se")
    assert not dialog.form.isRowVisible(dialog.tenant) and dialog.chosen_tenant() == ""
    dialog.email.setText(EMAIL.upper())
    assert dialog.form.isRowVisible(dialog.tenant) and dialog.chosen_tenant() == "nord"


def test_forgot_password_asks_the_server_to_mail_a_link(
    qtbot, two_tenants, server_db_url, settings, tmp_path
) -> None:
    from sqlalchemy import select

    from server.services.database import Database
    from server.tables import MailOutbox

    def mails(to: str) -> int:
        db = Database(server_db_url)
        try:
            with db.sessions() as s:
                kinds = s.scalars(select(MailOutbox.kind).where(MailOutbox.to_address == to))
                return len([k for k in kinds if "reset" in k])
        finally:
            db.dispose()

    dialog = _dialog(qtbot, settings, tmp_path)
    dialog.server.setText(two_tenants.url)
    dialog.email.setText("")
    dialog.forgot_password()
    assert dialog.message.text().startswith("Type your e-mail address first")
    for address, expected in ((EMAIL, 1), ("nobody.here@example.se", 0)):
        dialog.email.setText(address)
        dialog.forgot_password()
        qtbot.waitUntil(lambda: not dialog._busy, timeout=15_000)
        # The same words whether or not the address has an account ...
        assert dialog.message.text().startswith(f"If {address} has an account on this server")
        # ... and a mail only when it has.
        assert in_thread(mails, address) == expected


def test_an_organisation_no_longer_held_is_dropped_from_the_choice(
    qtbot, two_tenants, settings, tmp_path
) -> None:
    dialog = _dialog(qtbot, settings, tmp_path)
    dialog.server.setText(two_tenants.url)
    dialog.email.setText(EMAIL)
    dialog.password.setText("correct horse battery")
    dialog.show_tenants([{"slug": "vast", "name": "Väst"}])  # remembered, since taken away
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=15_000)
    assert dialog.message.text() == "Your account has no access to this organisation."
    assert not dialog.form.isRowVisible(dialog.tenant)
    # Signing in again asks afresh and offers the organisations the account has now.
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=15_000)
    assert dialog.listed_tenants() == [
        {"slug": "nord", "name": "Nord"},
        {"slug": "syd", "name": "Syd"},
    ]
