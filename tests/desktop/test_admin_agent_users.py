"""Administration › Agent users, and the agent scope on the Users screen, against the real
server over HTTP.

Seed 004: the agent organisation's administrator grants Attestant and Agent case
handler to its own users. Driven as a user would (menu, keyboard, mouse, dialogs);
each step is checked in the server's database and audit trail. An agent's
administrator sees only its own agent organisation, and what it tries in another is
refused by the server and said in words.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton
from sqlalchemy import select

from desktop.admin.agent_users import AgentUsersWindow
from desktop.admin.dialogs import AgentRolesDialog
from desktop.admin.server_window import ServerListWindow
from desktop.admin.texts import AGENT_ERROR_TEXTS, describe_error
from desktop.admin.view import UsersWindow
from desktop.settings import Settings
from models.audit import AuditEvent
from models.tenancy import Membership, User
from server.services.database import Database
from server.settings import Settings as ServerSettings
from server.tables import MailOutbox
from sync.client import ApiError
from tests.agent_orders.builders import Cast, make_cast
from tests.desktop.conftest import make_window
from tests.desktop.live_web import SECRET, in_thread, signed_in, web_server
from tests.server.helpers import PASSWORD
from tests.utils.servers import LiveServer

AGENT_A = "Nordisk Nätpartner AB"
AGENT_B = "Stadsnät Direkt AB"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = in_thread(web_server, tmp_path_factory.mktemp("agent-users"))
    yield live
    in_thread(live.stop)


@pytest.fixture
def cast(server: LiveServer) -> Iterator[Cast]:
    """A fresh tenant: agents A and B, A's administrator, their users, the tenant's staff."""

    def make() -> Cast:
        db = Database(server.db_url)
        settings = ServerSettings(
            database_url=server.db_url, public_base_url=server.url, secret_key=SECRET
        )
        return make_cast(db, settings, prefix="agentusers")

    made = in_thread(make)
    yield made
    in_thread(made.db.dispose)


def _server(cast: Cast, fn: Any) -> Any:
    def run() -> Any:
        with cast.db.sessions() as s:
            return fn(s)

    return in_thread(run)


def _agent_roles(cast: Cast, email: str) -> set[tuple[str, str]]:
    """(agent id, role) of the address's memberships in the cast's tenant."""
    return set(
        _server(
            cast,
            lambda s: s.execute(
                select(Membership.agent_id, Membership.role)
                .join(User, User.id == Membership.user_id)
                .where(User.email == email, Membership.tenant_id == cast.tenant_id)
            ).all(),
        )
    )


def _audited(cast: Cast, action: str) -> list[tuple[str | None, dict[str, Any]]]:
    """(actor, details) of the tenant's audit events ``action``, oldest first."""
    rows = _server(
        cast,
        lambda s: s.execute(
            select(AuditEvent.actor_user_id, AuditEvent.details)
            .where(AuditEvent.tenant_id == cast.tenant_id, AuditEvent.action == action)
            .order_by(AuditEvent.at)
        ).all(),
    )
    return [(r[0], dict(r[1])) for r in rows]


def _mails(cast: Cast, to: str) -> list[str]:
    return list(
        _server(
            cast,
            lambda s: s.scalars(select(MailOutbox.kind).where(MailOutbox.to_address == to)).all(),
        )
    )


def _act(qtbot, window: ServerListWindow, trigger: Any) -> str:  # type: ignore[no-untyped-def]
    """Run an action; wait until it is done and the list is the server's again."""
    with qtbot.waitSignal(window.action_done, timeout=20_000) as done:
        trigger()
    if done.args[0]:
        qtbot.waitUntil(lambda: window.loaded and not window.busy, timeout=20_000)
    return str(done.args[0])


def _row(window: ServerListWindow, email: str) -> dict[str, str]:
    model = window.rows_model
    row = next(r for r in range(model.rowCount()) if model.rows[r]["email"] == email)
    return {col.key: model.index(row, c).data() for c, col in enumerate(model.columns)}


def _click_row(qtbot, window: ServerListWindow, email: str, *, double: bool = False) -> None:  # type: ignore[no-untyped-def]
    model = window.rows_model
    row = next(r for r in range(model.rowCount()) if model.rows[r]["email"] == email)
    centre = window.table.visualRect(model.index(row, 0)).center()
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: window.selected_id() == model.rows[row]["id"])
    if double:
        qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def _tick(qtbot, box: QCheckBox) -> None:  # type: ignore[no-untyped-def]
    """Click a check box's indicator with the mouse."""
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    before = box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=indicator.center())
    assert box.isChecked() != before


def test_an_agents_administrator_grants_attestant_and_case_handler_to_its_own_users(
    qtbot, server: LiveServer, cast: Cast, settings: Settings, tmp_path: Path
) -> None:
    a, b = cast.agents["a"], cast.agents["b"]
    admin_id = cast.users["agent_admin"].id
    with signed_in(
        server.url, cast.email("agent_admin"), PASSWORD, tmp_path / "agent.db", settings
    ) as (ctx, _session):
        main = make_window(qtbot, ctx)
        # Administration shows Agent users only: the tenant's Users are not theirs.
        assert main.admin_menu.menuAction().isVisible()
        assert not main.act_users.isVisible() and main.show_users() is None
        assert main.act_agent_users.isEnabled()
        assert main.act_agent_users.shortcut().toString() == "Ctrl+Shift+G"
        window = main.show_agent_users()
        assert isinstance(window, AgentUsersWindow)
        qtbot.waitUntil(lambda: window.loaded, timeout=20_000)
        assert main.show_agent_users() is window
        # Their own agent organisation only, nothing to choose.
        assert window.agents == [(a, AGENT_A)] and not window.agent.isEnabled()
        assert window.windowTitle() == f"Users of the agent {AGENT_A}"
        emails = {r["email"] for r in window.model.rows}
        assert emails == {cast.email(n) for n in ("handler", "attestant", "both")}
        assert _row(window, cast.email("both"))["roles"] == "Agent case handler, Attestant"
        assert window.count.text() == "3 of 3 shown"

        # Add someone new by the keyboard: an address without an account is invited.
        qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        dialog = window.dialog
        assert isinstance(dialog, AgentRolesDialog)
        assert dialog.windowTitle() == f"Add user to {AGENT_A}"
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.email, "ny.attestant@nordisk.example")
        assert not dialog.ok_button.isEnabled()  # a role is needed
        box = dialog.roles.boxes["attestant"]
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
        assert box.isChecked() and dialog.ok_button.isEnabled()
        said = _act(qtbot, window, lambda: qtbot.keyClick(dialog.email, Qt.Key.Key_Return))
        assert said == f"An invitation to {AGENT_A} was sent to ny.attestant@nordisk.example."
        assert _agent_roles(cast, "ny.attestant@nordisk.example") == {(a, "attestant")}
        assert [k for k in _mails(cast, "ny.attestant@nordisk.example") if "invite" in k]
        assert "ny.attestant@nordisk.example" in {r["email"] for r in window.model.rows}
        invited = _audited(cast, "user.invited")
        assert invited[-1][0] == admin_id and invited[-1][1]["agent_id"] == a

        # The case handler becomes attestant instead: a double-click opens their roles.
        handler = cast.email("handler")
        _click_row(qtbot, window, handler, double=True)
        dialog = window.dialog
        assert isinstance(dialog, AgentRolesDialog) and dialog.user is not None
        assert dialog.roles.roles() == ["agent_case_handler"] and not dialog.ok_button.isEnabled()
        for code in ("agent_case_handler", "attestant"):
            _tick(qtbot, dialog.roles.boxes[code])
        said = _act(
            qtbot,
            window,
            lambda: qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton),
        )
        assert said == f"The roles of {handler} in {AGENT_A} were changed."
        assert _agent_roles(cast, handler) == {(a, "attestant")}
        assert _row(window, handler)["roles"] == "Attestant"
        assert window.selected_id() == cast.users["handler"].id
        [(who, granted)] = _audited(cast, "agent_role.granted")
        [(who_revoked, revoked)] = _audited(cast, "agent_role.revoked")
        assert who == who_revoked == admin_id
        assert (granted["role"], granted["agent_id"]) == ("attestant", a)
        assert (revoked["role"], revoked["agent_id"]) == ("agent_case_handler", a)

        # Another agent organisation is not theirs: the server refuses, the window says so.
        window.table.selectRow(0)
        window.act_add.trigger()
        dialog = window.dialog
        assert isinstance(dialog, AgentRolesDialog)
        dialog.email.setText(cast.email("handler_b"))
        dialog.roles.set_roles(["attestant"])
        # (As a stale or tampered copy would: agent B put in the list behind its back.)
        window.agent.addItem(AGENT_B, b)
        window.agent.setCurrentIndex(1)
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=20_000)
        assert dialog.message.text().startswith(
            "You may manage the users of your own agent organisation only"
        )
        assert _agent_roles(cast, cast.email("handler_b")) == {(b, "agent_case_handler")}
        dialog.reject()
        with qtbot.waitSignal(window.refreshed, timeout=20_000):
            window.choose_agent(b)
        assert not window.loaded and window.model.rowCount() == 0
        assert window.table.empty_text.startswith("You may manage the users of your own agent")
        assert not window.act_add.isEnabled() and window.retry_button.isVisible()
        assert len(_audited(cast, "agent_role.granted")) == 1  # nothing more was granted
        main.close()


def test_the_users_screen_shows_and_moves_a_users_agent_scope(
    qtbot, server: LiveServer, cast: Cast, settings: Settings, tmp_path: Path
) -> None:
    a, b = cast.agents["a"], cast.agents["b"]
    with signed_in(server.url, cast.email("admin"), PASSWORD, tmp_path / "admin.db", settings) as (
        ctx,
        _session,
    ):
        window = UsersWindow(ctx)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.refreshed, timeout=20_000):
            window.show()
        qtbot.waitUntil(lambda: len(window.agents) == 2, timeout=10_000)
        assert _row(window, cast.email("both"))["agent_roles"] == (
            f"Agent case handler, Attestant ({AGENT_A})"
        )
        assert _row(window, cast.email("viewer"))["agent_roles"] == ""
        window.filter.setText("Stadsnät")
        window.filter.returnPressed.emit()
        assert {r["email"] for r in window.model.rows} == {
            cast.email("handler_b"),
            cast.email("attestant_b"),
        }
        window.filter.clear()

        # Move the case handler of A to B, as attestant there.
        handler = cast.email("handler")
        _click_row(qtbot, window, handler)
        qtbot.keyClick(
            window.table,
            Qt.Key.Key_A,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        dialog = window.dialog
        assert isinstance(dialog, AgentRolesDialog)
        assert dialog.agent_id() == a and dialog.roles.roles() == ["agent_case_handler"]
        assert dialog.agent.itemText(0) == "No agent organisation"
        dialog.agent.setCurrentIndex(dialog.agent.findData(b))
        dialog.roles.set_roles(["attestant"])
        said = _act(qtbot, window, dialog.ok_button.click)
        assert said.startswith("The agent roles of ") and said.endswith(" were changed.")
        assert _agent_roles(cast, handler) == {(b, "attestant")}
        assert _row(window, handler)["agent_roles"] == f"Attestant ({AGENT_B})"

        # Tenant staff given a role in A; then no agent organisation at all takes it away.
        viewer = cast.email("viewer")
        _click_row(qtbot, window, viewer)
        window.act_agent_roles.trigger()
        dialog = window.dialog
        assert isinstance(dialog, AgentRolesDialog) and dialog.agent_id() is None
        assert not dialog.roles.isEnabled()
        dialog.agent.setCurrentIndex(dialog.agent.findData(a))
        dialog.roles.set_roles(["agent_case_handler"])
        _act(qtbot, window, dialog.ok_button.click)
        assert _agent_roles(cast, viewer) == {(None, "viewer"), (a, "agent_case_handler")}
        _click_row(qtbot, window, viewer)
        window.act_agent_roles.trigger()
        dialog = window.dialog
        assert isinstance(dialog, AgentRolesDialog) and dialog.agent_id() == a
        dialog.agent.setCurrentIndex(0)
        assert dialog.ok_button.isEnabled()
        _act(qtbot, window, dialog.ok_button.click)
        assert _agent_roles(cast, viewer) == {(None, "viewer")}
        assert _row(window, viewer)["agent_roles"] == ""


def test_offline_the_agent_users_window_says_it_needs_the_server(qtbot, offline_ctx) -> None:
    window = AgentUsersWindow(offline_ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        window.show()
    assert not window.loaded and window.model.rowCount() == 0
    text = window.table.empty_text
    assert text.startswith("Offline") or text.startswith("The server cannot be reached"), text
    assert not window.act_add.isEnabled() and not window.act_roles.isEnabled()
    assert window.retry_button.isVisible()


def test_agent_refusals_are_words_in_swedish(qtbot) -> None:
    from desktop.i18n import Translations

    swedish = Translations()
    assert swedish.install("sv")
    try:
        other = describe_error(ApiError(409, "other_agent", "x belongs to another agent"))
        assert other.startswith("Användaren agerar för en annan agentorganisation")
        mine = describe_error(
            ApiError(404, "not_found", "Agent b was not found"), overrides=AGENT_ERROR_TEXTS
        )
        assert mine.startswith("Du får bara hantera användarna i din egen agentorganisation")
        already = describe_error(ApiError(409, "already_granted", "x already has the role"))
        assert already.startswith("Användaren har redan den här rollen")
    finally:
        assert swedish.install("en")
