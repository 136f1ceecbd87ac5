"""Contacts made in the desktop reach the real server (a subprocess over real HTTP):
a customer's contacts linked offline, then synced; a user made their own contact from the
Users screen (seed 002)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.admin.view import UsersWindow
from desktop.contacts.tab import ContactsTab
from desktop.contacts.user_contacts import UserContactsDialog
from devtools.server_data import server_session
from models import Contact, Customer, Organisation, Person, PersonEmail
from models.tenancy import User
from tests.desktop.live_web import in_thread, signed_in
from tests.desktop.test_contacts_tab import click_check, search
from tests.utils.servers import LiveServer, add_account
from tests.utils.tcp_proxy import TcpProxy

PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    path = tmp_path_factory.mktemp("contacts-live") / "server.db"
    live = in_thread(
        lambda: LiveServer(f"sqlite:///{path}", env={"KANSLI_RUN_WORKER": "0"}).start()
    )
    try:
        yield live
    finally:
        in_thread(live.stop)


def _seed(db_url: str, tenant: str) -> dict[str, str]:
    """An administrator, a course administrator, a customer and a person at it."""

    def run() -> dict[str, str]:
        admin = add_account(
            db_url,
            tenant=tenant,
            email=f"admin@{tenant}.example",
            password=PASSWORD,
            roles=("admin",),
        )
        add_account(
            db_url,
            tenant=tenant,
            email=f"eva@{tenant}.example",
            password=PASSWORD,
            roles=("course_admin",),
        )
        with server_session(db_url) as s:
            org = Organisation(tenant_id=admin["tenant_id"], name="Nordfirma AB")
            s.add(org)
            s.flush()
            customer = Customer(tenant_id=admin["tenant_id"], organisation_id=org.id)
            person = Person(tenant_id=admin["tenant_id"], first_name="Karin", last_name="Lund")
            s.add_all([customer, person])
            s.flush()
            s.add(
                PersonEmail(
                    tenant_id=admin["tenant_id"],
                    person_id=person.id,
                    address="karin.lund@nordfirma.se",
                    is_primary=True,
                )
            )
            return {"customer": customer.id, "person": person.id, "admin": admin["email"]}

    return in_thread(run)


def _server_rows(db_url: str, **where: Any) -> list[tuple[str, str]]:
    """(person_id, role) of the server's live contact rows matching ``where``."""

    def run() -> list[tuple[str, str]]:
        with server_session(db_url) as s:
            query = select(Contact.person_id, Contact.role).filter_by(deleted_at=None, **where)
            return sorted((str(p), str(r)) for p, r in s.execute(query))

    return in_thread(run)


def test_a_customers_contact_linked_offline_reaches_the_server(
    qtbot, server: LiveServer, settings, tmp_path: Path
) -> None:
    ids = _seed(server.db_url, "lund")
    proxy = TcpProxy(server.port).start()
    try:
        with signed_in(proxy.url, ids["admin"], PASSWORD, tmp_path / "a.db", settings) as (ctx, _s):
            proxy.refuse = True
            proxy.cut_all()
            tab = ContactsTab(ctx, "customer", ids["customer"])
            qtbot.addWidget(tab)
            tab.resize(1000, 640)
            tab.show()
            qtbot.waitUntil(lambda: tab.loaded)
            search(qtbot, tab, "karin.lund@")
            click_check(qtbot, tab.found_table, tab.found.row_of(ids["person"]), 0)
            qtbot.waitUntil(lambda: tab.contacts.row_of(ids["person"]) == 0)
            click_check(qtbot, tab.table, 0, 4)
            qtbot.waitUntil(lambda: ctx.ops.idle and tab.contacts.rows[0]["notification_recipient"])
            # Nothing reached the server while offline.
            assert _server_rows(server.db_url, customer_id=ids["customer"]) == []
            proxy.refuse = False
            report = in_thread(ctx.engine.sync_once)
            assert report.rejected == 0
            assert _server_rows(server.db_url, customer_id=ids["customer"]) == [
                (ids["person"], ""),
                (ids["person"], "notification_recipient"),
            ]
    finally:
        proxy.stop()


def test_a_user_is_made_their_own_contact_from_the_users_screen(
    qtbot, server: LiveServer, settings, tmp_path: Path
) -> None:
    ids = _seed(server.db_url, "ek")
    eva = "eva@ek.example"
    with signed_in(server.url, ids["admin"], PASSWORD, tmp_path / "u.db", settings) as (ctx, _s):
        window = UsersWindow(ctx)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.refreshed, timeout=15_000):
            window.show()
        user = next(u for u in window.model.users if u.email == eva)
        window.select_user(user.id)
        qtbot.waitUntil(lambda: window.act_contacts.isEnabled())
        window.table.setFocus()
        qtbot.keyClick(
            window.table,
            Qt.Key.Key_K,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        qtbot.waitUntil(lambda: isinstance(window.dialog, UserContactsDialog))
        dialog = window.dialog
        assert isinstance(dialog, UserContactsDialog)
        qtbot.waitUntil(lambda: dialog.tab.loaded and dialog.own_button.isEnabled())
        qtbot.mouseClick(dialog.own_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.tab.contacts.rowCount() == 1)
        row = dialog.tab.contacts.rows[0]
        assert (row["main_contact"], row["notification_recipient"], row["email"]) == (
            True,
            True,
            eva,
        )
        qtbot.waitUntil(lambda: not dialog.own_button.isEnabled() and ctx.undo.top() is not None)
        report = in_thread(ctx.engine.sync_once)
        assert report.rejected == 0

        def eva_id() -> str:
            with server_session(server.db_url) as s:
                return str(s.scalar(select(User.id).where(User.email == eva)))

        person = str(row["id"])
        assert _server_rows(server.db_url, user_id=in_thread(eva_id)) == [
            (person, ""),
            (person, "main_contact"),
            (person, "notification_recipient"),
        ]
        dialog.reject()
