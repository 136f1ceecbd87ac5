"""The Alumni queue against the real server (a subprocess, real HTTP, a proxy to cut it off).

Issue 7's "done" test through the UI: the desktop syncs 200 not-approved
registrations, loses the connection, and the officer triages all 200 with
keystrokes (A, or D then Enter) while another officer decides 10 of them on
the server. Back online, one sync: the queue shows exactly those 10, each
marked as a conflict with who decided what and when. Also: possible
duplicates fetched from the server with their scores, and a merge that
moves what the duplicate had.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop import local_index
from desktop.alumni.dialogs import DenyDialog, MergeDialog, ReverseDialog
from desktop.alumni.view import AlumniQueueView
from desktop.context import AppContext
from desktop.i18n import format_datetime
from desktop.mainwindow import MainWindow
from desktop.operations import Operations
from desktop.operations.undo import UndoStack
from desktop.sync_bridge import SyncBridge
from models import Activity, AlumniRegistration, Person, PersonEmail, PersonPhone
from models.alumni import AlumniStatus
from models.audit import AuditEvent
from models.ids import new_id
from sync.client import ServerClient
from sync.engine import SyncEngine
from sync.store import ClientStore
from tests.desktop.alumni_setup import DECIDED_COL, STATUS_COL
from tests.desktop.conftest import read
from tests.desktop.test_alumni_queue import in_dialog, press
from tests.sync.helpers import (
    Account,
    new_account,
    seed_alumni_queue,
    seed_people,
    server_session,
)
from tests.utils.servers import LiveServer, login
from tests.utils.tcp_proxy import TcpProxy

ITEMS = 200
TAKEN = 10


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    path = tmp_path_factory.mktemp("alumni-live") / "server.db"
    live = LiveServer(f"sqlite:///{path}").start()
    try:
        yield live
    finally:
        live.stop()


class Desktop:
    """A signed-in desktop: store, engine (running its loop), context and main window."""

    def __init__(self, qtbot, guard, url: str, account: Account, path: Path, settings) -> None:  # type: ignore[no-untyped-def]
        self.bridge = SyncBridge()
        with guard.allowed():
            self.store = ClientStore(path)
            self.client = ServerClient(url, timeout=(5.0, 60.0))
            result = self.client.login(account.email, account.password, tenant=account.tenant)
            self.store.remember_account(
                server_url=url, user=result.user, tenant=result.tenant, roles=result.roles
            )
            self.engine = SyncEngine(
                self.store,
                self.client,
                on_state=self.bridge.on_state,
                on_progress=self.bridge.on_progress,
                on_changes=self.bridge.on_changes,
                backoff_base=0.5,
            )
            local_index.prepare(self.store)
            actor = self.store.actor()
        assert actor is not None
        self.ctx = AppContext(
            store=self.store,
            actor=actor,
            ops=Operations(self.store, actor, self.engine),
            settings=settings,
            undo=UndoStack(),
            engine=self.engine,
            bridge=self.bridge,
            tenant_name=account.tenant,
            server_url=url,
        )
        self.engine.start(600)  # syncs now, then on demand (F5) and after failures
        qtbot.waitUntil(lambda: self.bridge.status.status == "online", timeout=20_000)
        self.window = MainWindow(self.ctx)
        qtbot.addWidget(self.window)
        self.window.resize(1360, 820)
        self.window.show()
        self.window.show_tab("alumni")
        self.view: AlumniQueueView = self.window.alumni

    def close(self, guard) -> None:  # type: ignore[no-untyped-def]
        self.window.close()
        self.ctx.ops.shutdown(wait=True)
        with guard.allowed():
            self.engine.close()
            self.client.close()
            self.store.close()


def focus_queue(qtbot, view: AlumniQueueView) -> None:  # type: ignore[no-untyped-def]
    view.window().activateWindow()
    view.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table)


def test_two_hundred_items_triaged_offline_show_exactly_the_ten_decided_meanwhile_as_conflicts(
    qtbot, gui_guard, server: LiveServer, tmp_path: Path, settings
) -> None:
    with gui_guard.allowed():
        officer_a = new_account(server.db_url, roles=("alumni_officer",))
        officer_b = new_account(server.db_url, roles=("alumni_officer",), tenant=officer_a.tenant)
        items = seed_alumni_queue(server.db_url, officer_a.tenant_id, ITEMS)
    taken = set(random.Random(7).sample(items, TAKEN))
    proxy = TcpProxy(server.port).start()
    desk = Desktop(qtbot, gui_guard, proxy.url, officer_a, tmp_path / "a.db", settings)
    view = desk.view
    try:
        qtbot.waitUntil(lambda: view.loaded and view.model.rowCount() == ITEMS, timeout=10_000)
        assert set(view.model.ids()) == set(items)

        # The connection goes; work continues.
        proxy.refuse = True
        proxy.cut_all()
        desk.window.sync_now()
        qtbot.waitUntil(lambda: desk.bridge.status.status == "offline", timeout=10_000)

        focus_queue(qtbot, view)
        order = view.model.ids()
        mine: dict[str, str] = {}
        for n, item in enumerate(order):
            qtbot.waitUntil(
                lambda i=item: view.current_id() == i and view.current_row() is not None
            )
            if n % 3 == 0:
                press(qtbot, view, Qt.Key.Key_D)
                dialog = view.last_dialog
                assert isinstance(dialog, DenyDialog)
                in_dialog(qtbot, dialog, "" if n else "Not a former student")
                mine[item] = "denied"
            else:
                press(qtbot, view, Qt.Key.Key_A)
                mine[item] = "approved_manually"

        def pending() -> int:
            with gui_guard.allowed():
                return desk.store.pending_count()

        qtbot.waitUntil(lambda: desk.ctx.ops.idle and pending() == ITEMS, timeout=20_000)
        qtbot.waitUntil(
            lambda: all((r := view.model.cached_row(i)) and r.queued_decision for i in order[:20])
        )
        assert view.model.data(view.model.index(1, STATUS_COL)) == "Approved manually · pending"

        # Meanwhile officer B decides ten of them on the server, through the API.
        with gui_guard.allowed():
            b = login(
                server.url,
                {
                    "email": officer_b.email,
                    "password": officer_b.password,
                    "tenant": officer_b.tenant,
                },
            )
            commands = [
                {
                    "id": new_id(),
                    "name": "alumni.decide",
                    "version": 1,
                    "args": {
                        "alumni_registration_id": item,
                        "decision": "deny",
                        "reason": "Denied by B: no degree",
                    },
                }
                for item in sorted(taken)
            ]
            results = b.post(
                f"{server.url}/api/v1/sync/push", json={"commands": commands}, timeout=20
            ).json()["results"]
            assert [r["status"] for r in results] == ["applied"] * TAKEN
            with server_session(server.db_url) as s:
                truth = {
                    r.id: (r.status, r.decided_by, r.decided_at)
                    for r in s.scalars(
                        select(AlumniRegistration).where(
                            AlumniRegistration.tenant_id == officer_a.tenant_id
                        )
                    )
                }

        # Back online: one sync (F5).
        proxy.refuse = False
        desk.window.sync_now()
        qtbot.waitUntil(
            lambda: (
                desk.bridge.status.status == "online"
                and desk.bridge.status.pending == 0
                and desk.bridge.status.rejected == TAKEN
            ),
            timeout=30_000,
        )
        qtbot.waitUntil(lambda: set(view.model.ids()) == taken, timeout=10_000)
        qtbot.waitUntil(
            lambda: all(
                (r := view.model.cached_row(i)) is not None and r.conflict is not None
                for i in taken
            )
        )
        # Exactly those ten, each marked with who decided what and when (the server's truth).
        b_label = truth[next(iter(taken))][1]
        assert b_label
        for item in taken:
            row = view.model.cached_row(item)
            status, by, at = truth[item]
            assert row is not None and row.conflict is not None
            assert (status, by) == ("denied", b_label)
            assert (row.conflict.status, row.conflict.decided_by) == (status, by)
            assert row.conflict.decided_at == at.replace(tzinfo=row.conflict.decided_at.tzinfo)
            assert row.conflict.mine == ("deny" if mine[item] == "denied" else "approve")
            index = view.model.row_of(item)
            assert view.model.data(view.model.index(index, STATUS_COL)) == "⚠ Conflict: Denied"
            assert view.model.data(view.model.index(index, DECIDED_COL)) == (
                f"{b_label}, {format_datetime(row.conflict.decided_at)}"
            )
        qtbot.waitUntil(
            lambda: view.detail.detail is not None and view.detail.detail.row.id in taken
        )
        assert view.detail.banner.isVisible() and b_label in view.detail.banner_text.text()
        assert "10 need attention" in desk.window.sync_status.text()
        # The other 190 are on the server as triaged here.
        for item in set(items) - taken:
            assert truth[item][0] == AlumniStatus.NOT_APPROVED  # B did not touch them
        with gui_guard.allowed(), server_session(server.db_url) as s:
            now = {
                r.id: r.status
                for r in s.scalars(
                    select(AlumniRegistration).where(
                        AlumniRegistration.tenant_id == officer_a.tenant_id
                    )
                )
            }
        assert {i: now[i] for i in set(items) - taken} == {i: mine[i] for i in set(items) - taken}
    finally:
        desk.close(gui_guard)
        proxy.stop()


def seed_duplicates(db_url: str, tenant_id: str) -> dict[str, Any]:
    """A registration matched to Anna Berg, and a second Anna Berg with her personnummer."""
    from datetime import UTC, datetime

    with server_session(db_url) as s:
        anna = Person(
            tenant_id=tenant_id, first_name="Anna", last_name="Berg", personnummer="198501012382"
        )
        twin = Person(
            tenant_id=tenant_id, first_name="Anna", last_name="Berg", personnummer="198501012382"
        )
        s.add_all([anna, twin])
        s.flush()
        s.add(
            PersonEmail(
                tenant_id=tenant_id, person_id=anna.id, address="anna.berg@ex.se", is_primary=True
            )
        )
        s.add(PersonPhone(tenant_id=tenant_id, person_id=twin.id, number="+46701234567"))
        s.add(
            Activity(
                tenant_id=tenant_id,
                person_id=twin.id,
                kind="note",
                subject="Ringde",
                occurred_at=datetime(2026, 3, 1, tzinfo=UTC),
            )
        )
        reg = AlumniRegistration(
            tenant_id=tenant_id,
            person_id=anna.id,
            email="anna.berg@ex.se",
            first_name="Anna",
            last_name="Berg",
            personnummer="850101-2382",
            status=AlumniStatus.NOT_APPROVED,
            received_at=datetime(2026, 3, 1, 9, tzinfo=UTC),
            matched_on="email",
            decision_reason="Anna Berg is neither an alumnus nor a registered alumnus",
        )
        s.add(reg)
        s.flush()
        return {"anna": anna.id, "twin": twin.id, "registration": reg.id}


def test_possible_duplicates_come_with_scores_and_a_merge_moves_what_the_duplicate_had(
    qtbot, gui_guard, server: LiveServer, tmp_path: Path, settings
) -> None:
    with gui_guard.allowed():
        officer = new_account(server.db_url, roles=("alumni_officer",))
        ids = seed_duplicates(server.db_url, officer.tenant_id)
    desk = Desktop(qtbot, gui_guard, server.url, officer, tmp_path / "d.db", settings)
    view, pane = desk.view, desk.view.detail
    try:
        qtbot.waitUntil(lambda: view.current_id() == ids["registration"], timeout=10_000)
        qtbot.waitUntil(lambda: pane.dup_list.topLevelItemCount() == 1, timeout=10_000)
        item = pane.dup_list.topLevelItem(0)
        assert item.data(0, Qt.ItemDataRole.UserRole) == ids["twin"]
        assert item.text(0) == "Anna Berg" and int(item.text(1)) >= 60
        assert "personnummer" in item.text(2)
        pane.dup_list.setCurrentItem(item)
        assert pane.merge.isEnabled()
        pane.merge.click()
        dialog = view.last_dialog
        assert isinstance(dialog, MergeDialog)
        qtbot.waitUntil(lambda: "phone numbers" in dialog.moves.text())
        assert "1 activities" in dialog.moves.text()
        assert dialog.survivor_id() == ids["anna"] and dialog.duplicate_id() == ids["twin"]
        dialog.ok.click()

        def merged() -> bool:
            with gui_guard.allowed(), desk.store.sessions() as s:
                twin = s.get(Person, ids["twin"])
                phones = s.scalars(select(PersonPhone.person_id)).all()
            return bool(twin and twin.deleted_at is not None and phones == [ids["anna"]])

        qtbot.waitUntil(merged, timeout=20_000)
        qtbot.waitUntil(lambda: "merged" in view.feedback.text())
        with gui_guard.allowed(), server_session(server.db_url) as s:
            audit = s.scalars(
                select(AuditEvent).where(
                    AuditEvent.action == "person.merge", AuditEvent.tenant_id == officer.tenant_id
                )
            ).all()
            note = s.scalars(
                select(Activity).where(
                    Activity.subject == "Ringde", Activity.tenant_id == officer.tenant_id
                )
            ).one()
        assert len(audit) == 1 and audit[0].details["duplicate_id"] == ids["twin"]
        assert note.person_id == ids["anna"]
        # Afterwards nobody else looks like her.
        qtbot.waitUntil(lambda: "No other person" in pane.dup_state.text(), timeout=10_000)
    finally:
        desk.close(gui_guard)


def test_offline_the_duplicates_say_they_need_a_connection(
    qtbot, gui_guard, server: LiveServer, tmp_path: Path, settings
) -> None:
    with gui_guard.allowed():
        officer = new_account(server.db_url, roles=("alumni_officer",))
        seed_duplicates(server.db_url, officer.tenant_id)
    proxy = TcpProxy(server.port).start()
    desk = Desktop(qtbot, gui_guard, proxy.url, officer, tmp_path / "o.db", settings)
    pane = desk.view.detail
    try:
        qtbot.waitUntil(lambda: pane.detail is not None, timeout=10_000)
        proxy.refuse = True
        proxy.cut_all()
        desk.window.sync_now()
        qtbot.waitUntil(lambda: desk.bridge.status.status == "offline", timeout=10_000)
        pane.forget_candidates()
        assert "needs a connection" in pane.dup_state.text()
        assert not pane.merge.isEnabled()
    finally:
        desk.close(gui_guard)
        proxy.stop()


# -- the one undo after the command reached the server (issue 14, item 3) ----------------


def test_undo_after_the_server_has_it_reverses_the_decision_and_issues_the_inverse_edit(
    qtbot, gui_guard, server: LiveServer, tmp_path: Path, settings
) -> None:
    with gui_guard.allowed():
        account = new_account(server.db_url)
        (item,) = seed_alumni_queue(server.db_url, account.tenant_id, 1)
        (person,) = seed_people(server.db_url, account.tenant_id, 1)
    desk = Desktop(qtbot, gui_guard, server.url, account, tmp_path / "a.db", settings)
    view, window = desk.view, desk.window

    def server_state() -> tuple[str | None, str]:
        with gui_guard.allowed(), server_session(server.db_url) as s:
            p, a = s.get(Person, person), s.get(AlumniRegistration, item)
            assert p is not None and a is not None
            return p.city, str(a.status)

    def synced() -> None:
        window.sync_now()
        qtbot.waitUntil(
            lambda: (
                desk.ctx.ops.idle
                and desk.bridge.status.status == "online"
                and desk.bridge.status.pending == 0
            ),
            timeout=20_000,
        )

    try:
        qtbot.waitUntil(lambda: view.loaded and view.current_id() == item, timeout=10_000)
        profile = window.open_person(person)
        qtbot.waitUntil(lambda: profile.loaded)
        profile.editors["city"].setText("Luleå")
        with qtbot.waitSignal(desk.ctx.undo.changed, timeout=5000):
            profile.save()
        profile.close()
        focus_queue(qtbot, view)
        press(qtbot, view, Qt.Key.Key_A)
        qtbot.waitUntil(lambda: len(desk.ctx.undo) == 2)
        synced()
        assert server_state() == ("Luleå", "approved_manually")

        # The decision (newest) is on the server: U asks for a reason and queues its
        # reversal, which the server applies and audits; the item is in the queue again.
        press(qtbot, view, Qt.Key.Key_U)
        qtbot.waitUntil(lambda: isinstance(view.last_dialog, ReverseDialog))
        in_dialog(qtbot, view.last_dialog, "Approved by mistake")
        qtbot.waitUntil(lambda: "Reversal queued" in view.feedback.text())
        synced()
        assert server_state() == ("Luleå", "not_approved")
        with gui_guard.allowed(), server_session(server.db_url) as s:
            event = s.scalars(
                select(AuditEvent).where(AuditEvent.action == "alumni.reverse_decision")
            ).one()
            assert event.entity_id == item and event.actor_email == account.email
        # The reversal reached the server too: U says it cannot be undone (the item is
        # decided again instead); the edit is next.
        assert window.act_undo.text().startswith("&Undo reversal for ")
        focus_queue(qtbot, view)
        press(qtbot, view, Qt.Key.Key_U)
        qtbot.waitUntil(lambda: "cannot be undone" in view.feedback.text())
        qtbot.waitUntil(lambda: len(desk.ctx.undo) == 1 and desk.ctx.ops.idle)
        # The edit is answered by its inverse command, which the server applies.
        assert window.act_undo.text().startswith("&Undo edit of ")
        window.act_undo.trigger()
        qtbot.waitUntil(lambda: len(desk.ctx.undo) == 0 and desk.ctx.ops.idle)
        synced()
        assert server_state() == ("Umeå", "not_approved")
        with gui_guard.allowed():
            assert desk.store.outbox() == []
        assert read(gui_guard, desk.store, "SELECT city FROM person WHERE id = :i", i=person) == [
            ("Umeå",)
        ]
    finally:
        desk.close(gui_guard)
