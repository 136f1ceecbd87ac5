"""Agent orders › Invite customer to order… (seed 004 step 1) against the real server over
HTTP: an administrator picks the customer organisation and the address, the server mails
the single-use link and audits it; a refusal is said in words; not for other roles;
offline it sends nothing and says why."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select, update

from desktop.agent_orders.invite import InviteCustomerDialog
from desktop.agent_orders.view import AgentOrdersView
from desktop.settings import Settings
from models.audit import AuditEvent
from models.ids import utcnow
from models.organisations import Organisation
from server.services.database import Database
from server.settings import Settings as ServerSettings
from server.tables import MailOutbox
from tests.agent_orders.builders import Cast, make_cast
from tests.desktop.live_web import SECRET, in_thread, signed_in, web_server
from tests.server.helpers import PASSWORD
from tests.utils.servers import LiveServer

CUSTOMER = "Region Norr"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = in_thread(web_server, tmp_path_factory.mktemp("invite-customer"))
    yield live
    in_thread(live.stop)


@pytest.fixture
def cast(server: LiveServer) -> Iterator[Cast]:
    def make() -> Cast:
        db = Database(server.db_url)
        settings = ServerSettings(
            database_url=server.db_url, public_base_url=server.url, secret_key=SECRET
        )
        return make_cast(db, settings, prefix="invite")

    made = in_thread(make)
    yield made
    in_thread(made.db.dispose)


def _server(cast: Cast, fn: Any) -> Any:
    def run() -> Any:
        with cast.db.transaction() as s:
            return fn(s)

    return in_thread(run)


def _open(qtbot, view: AgentOrdersView) -> InviteCustomerDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.invite_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, InviteCustomerDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    return dialog


def _fill(qtbot, dialog: InviteCustomerDialog, organisation: str, email: str) -> None:  # type: ignore[no-untyped-def]
    typed = dialog.organisation.lineEdit()
    assert typed is not None
    typed.setFocus()
    qtbot.keyClicks(typed, organisation)
    qtbot.keyClicks(dialog.email, email)


def test_an_administrator_invites_a_customer_to_order(
    qtbot, server: LiveServer, cast: Cast, settings: Settings, tmp_path: Path
) -> None:
    with signed_in(server.url, cast.email("admin"), PASSWORD, tmp_path / "admin.db", settings) as (
        ctx,
        _session,
    ):
        view = AgentOrdersView(ctx)
        qtbot.addWidget(view)
        view.show()
        assert view.invite_button.isVisible()
        qtbot.waitUntil(lambda: view.loaded, timeout=10_000)
        assert view.table.empty_text == (
            "No orders yet — invite a customer to order with “Invite customer to order…”."
        )
        dialog = _open(qtbot, view)
        # The customers of this copy, not the agents' own organisations.
        names = [dialog.organisation.itemText(i) for i in range(dialog.organisation.count())]
        assert names == [CUSTOMER]
        assert not dialog.ok_button.isEnabled()
        _fill(qtbot, dialog, CUSTOMER, "kim@region-norr")
        assert dialog.email_error.text() == "This is not an e-mail address."
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.email, ".se")
        assert dialog.email_error.text() == "" and dialog.ok_button.isEnabled()
        assert dialog.organisation_id() == cast.customer_id
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(view.said.text()), timeout=20_000)
        said = view.said.text()
        assert said.startswith(f"A link to order for {CUSTOMER} was mailed to kim@region-norr.se;")
        assert "can be used once, until" in said
        mails = _server(
            cast,
            lambda s: s.scalars(
                select(MailOutbox.kind).where(MailOutbox.to_address == "kim@region-norr.se")
            ).all(),
        )
        assert list(mails) == ["agent_order.invitation"]
        events = _server(
            cast,
            lambda s: s.execute(
                select(AuditEvent.actor_user_id, AuditEvent.details).where(
                    AuditEvent.action == "agent_order.customer_invited",
                    AuditEvent.entity_id == cast.customer_id,
                )
            ).all(),
        )
        assert [(e[0], e[1]["email"]) for e in events] == [
            (cast.users["admin"].id, "kim@region-norr.se")
        ]

        # The organisation went away meanwhile: the server's refusal, in words.
        dialog = _open(qtbot, view)
        _fill(qtbot, dialog, CUSTOMER, "kim@region-norr.se")
        _server(
            cast,
            lambda s: s.execute(
                update(Organisation)
                .where(Organisation.id == cast.customer_id)
                .values(deleted_at=utcnow())
            ),
        )
        qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=20_000)
        assert dialog.message.text() == (
            "The customer organisation is no longer there; choose another."
        )
        assert dialog.isVisible() and dialog.ok_button.isEnabled()
        dialog.reject()


def test_other_roles_have_no_invitation(
    qtbot, server: LiveServer, cast: Cast, settings: Settings, tmp_path: Path
) -> None:
    with signed_in(
        server.url, cast.email("handler"), PASSWORD, tmp_path / "handler.db", settings
    ) as (ctx, _session):
        view = AgentOrdersView(ctx)
        qtbot.addWidget(view)
        view.show()
        assert not view.invite_button.isVisible() and view.invite_customer() is None


def test_offline_the_invitation_says_it_needs_the_server(qtbot, offline_ctx) -> None:
    view = AgentOrdersView(offline_ctx)
    qtbot.addWidget(view)
    view.show()
    dialog = _open(qtbot, view)
    dialog.organisation.addItem("Kund AB", "org-1")
    _fill(qtbot, dialog, "Kund AB", "kim@kund.se")
    assert dialog.organisation_id() == "org-1"
    if dialog.ok_button.isEnabled():  # not yet known to be offline: the server is tried
        qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)
    assert dialog.message.text().startswith("Inviting needs a connection to the server")
    assert dialog.isVisible() and not view.said.text()
    dialog.reject()


def test_the_invitation_speaks_swedish(qtbot, offline_ctx) -> None:
    from desktop.admin.texts import CUSTOMER_ERROR_TEXTS, describe_error
    from desktop.i18n import Translations
    from sync.client import ApiError

    swedish = Translations()
    assert swedish.install("sv")
    try:
        dialog = InviteCustomerDialog(offline_ctx)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Bjud in kund att beställa"
        assert dialog.ok_button.text() == "Skicka inbjudan"
        gone = describe_error(ApiError(404, "not_found", "x"), overrides=CUSTOMER_ERROR_TEXTS)
        assert gone == "Kundorganisationen finns inte längre; välj en annan."
    finally:
        assert swedish.install("en")
