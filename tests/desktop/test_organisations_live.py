"""An organisation, its customer and a contract made in the Organisations tab while offline,
then synced to the real server (a subprocess over real HTTP, behind a proxy that cuts the
connection); an archive and its undo reach the server too (the tombstone and its revival)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.organisations.dialogs import ContractDialog, CustomerDialog, OrganisationDialog
from models.organisations import Contract, Customer, Organisation
from tests.desktop import test_alumni_live
from tests.desktop.test_alumni_live import Desktop
from tests.desktop.test_course_dialogs import type_fields
from tests.desktop.test_organisations_view import _dialog, _names, _select
from tests.sync.helpers import new_account, server_session
from tests.utils.servers import LiveServer
from tests.utils.tcp_proxy import TcpProxy

#: A live server of this module's own (the fixture of the Alumni queue's live tests).
server = test_alumni_live.server

LEFT = Qt.MouseButton.LeftButton


def test_a_customer_and_contract_made_offline_reach_the_server_and_an_archive_is_undone(
    qtbot, gui_guard, server: LiveServer, tmp_path: Path, settings
) -> None:
    with gui_guard.allowed():
        account = new_account(server.db_url, roles=("course_admin",))
    proxy = TcpProxy(server.port).start()
    desk = Desktop(qtbot, gui_guard, proxy.url, account, tmp_path / "a.db", settings)
    window = desk.window
    try:
        window.show_tab("organisations")
        view = window.organisations
        qtbot.waitUntil(lambda: view.loaded)
        assert not view.agents.new.isEnabled()  # agents are the admins'
        proxy.refuse = True
        proxy.cut_all()
        window.sync_now()
        qtbot.waitUntil(lambda: desk.bridge.status.status == "offline", timeout=10_000)

        view.pages.setCurrentIndex(1)
        qtbot.mouseClick(view.organisations.new, LEFT)
        type_fields(
            qtbot, _dialog(qtbot, view, OrganisationDialog), "Norrlands Kraft AB", "", "Luleå"
        )
        qtbot.waitUntil(lambda: _names(view, view.organisations) == ["Norrlands Kraft AB"])
        view.pages.setCurrentIndex(0)
        qtbot.mouseClick(view.customers.new, LEFT)
        type_fields(qtbot, _dialog(qtbot, view, CustomerDialog), "Norrlands Kraft AB", "K-1")
        qtbot.waitUntil(lambda: _names(view, view.customers) == ["Norrlands Kraft AB"])
        _select(qtbot, view.customers, "Norrlands Kraft AB")
        qtbot.mouseClick(view.contracts.new, LEFT)
        dialog = _dialog(qtbot, view, ContractDialog)
        type_fields(qtbot, dialog, "Ramavtal 2027", "2027-01-01", "2029-12-31")
        qtbot.waitUntil(lambda: _names(view, view.contracts) == ["Ramavtal 2027"])
        with gui_guard.allowed():
            names = [e.name for e in desk.store.outbox()]
        assert names == ["organisation.create", "customer.create", "contract.create"]

        proxy.refuse = False
        window.sync_now()
        qtbot.waitUntil(
            lambda: desk.bridge.status.status == "online" and desk.bridge.status.pending == 0,
            timeout=20_000,
        )

        def on_server() -> tuple[object, ...]:
            with gui_guard.allowed(), server_session(server.db_url) as s:
                org = s.scalars(
                    select(Organisation).where(Organisation.tenant_id == account.tenant_id)
                ).one()
                customer = s.scalars(
                    select(Customer).where(Customer.organisation_id == org.id)
                ).one()
                contract = s.scalars(
                    select(Contract).where(Contract.customer_id == customer.id)
                ).one()
                return (
                    org.name,
                    org.city,
                    customer.customer_number,
                    contract.title,
                    str(contract.ends_on),
                    contract.deleted_at is None,
                )

        assert on_server() == (
            "Norrlands Kraft AB",
            "Luleå",
            "K-1",
            "Ramavtal 2027",
            "2029-12-31",
            True,
        )

        # Archived online, then Edit › Undo: the server's contract is archived and back.
        _select(qtbot, view.contracts, "Ramavtal 2027")
        qtbot.mouseClick(view.contracts.archive, LEFT)
        qtbot.waitUntil(lambda: _names(view, view.contracts) == [])
        window.sync_now()
        qtbot.waitUntil(lambda: on_server()[-1] is False, timeout=20_000)
        qtbot.waitUntil(lambda: desk.ctx.undo.top() is not None)
        failures: list[object] = []
        desk.ctx.undo.undo_last(desk.ctx.ops, parent=view, failed=failures.append)
        qtbot.waitUntil(lambda: _names(view, view.contracts) == ["Ramavtal 2027"])
        window.sync_now()
        qtbot.waitUntil(lambda: on_server()[-1] is True, timeout=20_000)
        qtbot.waitUntil(
            lambda: desk.bridge.status.status == "online" and desk.bridge.status.pending == 0,
            timeout=20_000,
        )
        assert failures == [] and _names(view, view.contracts) == ["Ramavtal 2027"]
    finally:
        desk.close(gui_guard)
        proxy.stop()
