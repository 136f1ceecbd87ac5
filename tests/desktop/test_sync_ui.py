"""Sync in the UI: the bridge, the status bar widget, the sync issues list.

The engine here is the real ``SyncEngine`` pointed at a closed port: offline.
"""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QWidget

from desktop.operations import NetOp
from desktop.operations.people import edit_person
from desktop.sync_bridge import SyncBridge, SyncStatus
from desktop.sync_ui.issues import SyncIssuesDialog
from desktop.sync_ui.operations import Counts
from desktop.sync_ui.status import SyncStatusWidget, status_text
from sync.changes import Changes
from sync.engine import SyncState
from sync.store import Rejection
from tests.desktop.conftest import make_ctx, read


def test_status_words_for_every_state() -> None:
    at = datetime(2026, 11, 23, 13, 2, tzinfo=UTC)
    counts = Counts(pending=3, rejected=1)
    assert status_text(SyncStatus("online", last_sync_at=at), counts).startswith("Online · synced ")
    assert status_text(SyncStatus("online"), counts).endswith("3 pending · 1 needs attention")
    assert "Syncing" in status_text(SyncStatus("syncing"), None)
    offline = status_text(SyncStatus("offline", offline_since=at), None)
    assert offline.startswith("Offline since ") and "work continues here" in offline
    assert status_text(SyncStatus("error", error="token expired"), None).startswith(
        "Sync error: token expired"
    )
    assert status_text(SyncStatus(), Counts(0, 0)).startswith("Local database only")


def test_bridge_delivers_engine_callbacks_on_the_gui_thread(qtbot) -> None:
    bridge = SyncBridge()
    seen: list[tuple[str, bool]] = []
    bridge.state_changed.connect(
        lambda s: seen.append((s.status, threading.current_thread() is threading.main_thread()))
    )
    finished: list[SyncStatus] = []
    bridge.sync_finished.connect(finished.append)
    worker = threading.Thread(
        target=lambda: [bridge.on_state(SyncState(status=s)) for s in ("syncing", "online")]
    )
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == [("syncing", True), ("online", True)]
    assert [s.status for s in finished] == ["online"]


def test_offline_engine_shows_offline_since_and_pending(qtbot, offline_ctx, filled) -> None:
    ctx = offline_ctx
    widget = SyncStatusWidget(ctx)
    qtbot.addWidget(widget)
    failed: list[Exception] = []
    NetOp(ctx.engine.sync_once).failure(failed.append).run(ctx.ops)
    qtbot.waitUntil(lambda: bool(failed), timeout=15_000)
    qtbot.waitUntil(lambda: "Offline since" in widget.text())
    assert "work continues here" in widget.text()
    edit_person(
        parent=None, person_id=filled.participant_ids[0], changes={"title": ("", "Chef")}
    ).run(ctx.ops)
    qtbot.waitUntil(lambda: "1 pending" in widget.text())
    with qtbot.waitSignal(widget.issues_requested):
        widget.button.click()


def _reject(store, guard, *, name: str, args: dict, code: str, message: str,
            details: dict, rows: dict, version: int = 1) -> str:  # fmt: skip
    from models.ids import new_id

    cid = new_id()
    env = {"id": cid, "name": name, "version": version, "args": args,
           "issued_at": datetime.now(UTC).isoformat()}  # fmt: skip
    with guard.allowed(), store.session() as s:
        s.add(
            Rejection(
                command_id=cid, envelope=json.dumps(env), code=code, message=message,
                details=json.dumps(details), server_rows=json.dumps(rows),
                rejected_at=datetime.now(UTC), state="open",
            )
        )  # fmt: skip
    return cid


@pytest.fixture
def rejections(offline_ctx, filled, gui_guard):
    pid = filled.participant_ids[5]
    first = read(gui_guard, offline_ctx.store, "SELECT first_name FROM person WHERE id=:i", i=pid)
    edit = _reject(
        offline_ctx.store, gui_guard, name="person.edit",
        args={"person_id": pid, "changes": {"first_name": {"old": first[0][0], "new": "Anne"},
                                            "city": {"old": "", "new": "Lund"}}},
        code="conflict", message="Someone else changed city, first_name meanwhile",
        details={"fields": {"first_name": {"yours": "Anne", "theirs": "Annie",
                                           "base": first[0][0]},
                            "city": {"yours": "Lund", "theirs": "Malmö", "base": ""}}},
        rows={"person": [{"id": pid, "first_name": "Annie", "city": "Malmö"}]},
    )  # fmt: skip
    request = _reject(
        offline_ctx.store, gui_guard, name="registration.request_approval",
        args={"registration_id": filled.registration_ids[0], "message": ""},
        code="transition_refused",
        message="Registration already approved by chef@example.se on 2026-11-20",
        details={"approved_by_email": "chef@example.se",
                 "approved_at": "2026-11-20T09:00:00+00:00"}, rows={},
    )  # fmt: skip
    return pid, edit, request


def test_issues_list_shows_what_you_did_and_what_the_server_said(
    qtbot, offline_ctx, rejections
) -> None:
    dialog = SyncIssuesDialog(offline_ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.list.count() == 2
    assert "refused 2 changes" in dialog.summary.text()
    dialog.list.setCurrentRow(1)
    text = dialog.detail.toPlainText()
    assert "Ask the approving manager to approve " in text
    assert "Already approved by chef@example.se at 2026-11-20" in text
    dialog.list.setCurrentRow(0)
    text = dialog.detail.toPlainText()
    assert "Change the details of " in text and "Annie" in text and "Malmö" in text


def test_discard_keeps_the_server_values_and_removes_the_issue(
    qtbot, offline_ctx, rejections, gui_guard
) -> None:
    _pid, _edit, request = rejections
    dialog = SyncIssuesDialog(offline_ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    issue = next(i for i in dialog.issues if i.command_id == request)
    dialog.discard(issue)
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    state = read(gui_guard, offline_ctx.store, "SELECT state FROM rejection WHERE command_id=:c",
                 c=request)  # fmt: skip
    assert state[0][0] == "discarded"


def test_conflict_side_by_side_retries_with_the_chosen_fields(
    qtbot, offline_ctx, rejections, gui_guard
) -> None:
    from desktop.sync_ui.issues import ConflictChooser

    pid, edit, _request = rejections
    dialog = SyncIssuesDialog(offline_ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    issue = next(i for i in dialog.issues if i.command_id == edit)
    chooser = ConflictChooser(issue)
    qtbot.addWidget(chooser)
    chooser.choose("city", mine=True)  # keep my city, take their first name
    args = chooser.retry_args()
    assert args == {"person_id": pid, "changes": {"city": {"old": "Malmö", "new": "Lund"}}}
    # Locally the city is still empty, so make the local row match the server first.
    with gui_guard.allowed(), offline_ctx.store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE person SET city='Malmö' WHERE id=?", (pid,))
    dialog.retry(issue, args)
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    assert read(gui_guard, offline_ctx.store, "SELECT city FROM person WHERE id=:i", i=pid)[0][
        0
    ] == ("Lund")
    assert read(gui_guard, offline_ctx.store, "SELECT name FROM outbox")[0][0] == "person.edit"


def test_what_a_sync_changed_reaches_the_views_on_the_gui_thread(
    qtbot, store, filled, settings
) -> None:
    bridge = SyncBridge()
    ctx = make_ctx(store, filled, settings, bridge=bridge)
    seen: list[tuple[Changes, bool]] = []
    ctx.ops.changed.connect(
        lambda c: seen.append((c, threading.current_thread() is threading.main_thread()))
    )
    pulled = Changes.of_rows([("person", "p1"), ("registration", "r1")])
    worker = threading.Thread(target=lambda: bridge.on_changes(pulled))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(pulled, True)]
    assert seen[0][0].touches("registration") and seen[0][0].ids == {"p1", "r1"}
    ctx.ops.shutdown(wait=True)


class _Opened(QObject):
    """Takes the file URLs the app asks the desktop to open (instead of a file manager)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toLocalFile())


def test_demo_badge_says_where_mail_and_sms_codes_go_and_opens_the_folder(
    qtbot, store, filled, settings, tmp_path
) -> None:
    from desktop.demo_info import DemoInfoDialog
    from tests.desktop.conftest import make_ctx

    mail_dir = tmp_path / "server" / "mail"
    mail_dir.mkdir(parents=True)
    info = {
        "url": "http://127.0.0.1:8123",
        "mail_dir": str(mail_dir),
        "sms_file": str(tmp_path / "server" / "sms-outbox.jsonl"),  # nothing sent yet
        "users": [
            {"email": "admin@demo.kansli.se", "roles": ["viewer", "admin"], "password": "pw-1"}
        ],
    }
    ctx = make_ctx(store, filled, settings, demo=True, demo_info=info)
    try:
        window = QWidget()
        qtbot.addWidget(window)
        widget = SyncStatusWidget(ctx, window)
        window.show()
        assert widget.demo.isVisible() and widget.demo.isEnabled()
        widget.demo.click()
        dialog = widget.demo_dialog
        assert isinstance(dialog, DemoInfoDialog) and dialog.isVisible()
        shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
        roles = "admin@demo.kansli.se (Administrator, Viewer (read only))"  # names, not codes
        for text in (str(mail_dir), info["sms_file"], roles, "pw-1"):
            assert text in shown
        opened = _Opened()
        QDesktopServices.setUrlHandler("file", opened, "open")
        try:
            dialog.open_mail.click()
            dialog.open_sms.click()  # no file yet: its folder
        finally:
            QDesktopServices.unsetUrlHandler("file")
        assert opened.urls == [str(mail_dir), str(tmp_path / "server")]
        dialog.close()
    finally:
        ctx.ops.shutdown(wait=True)


def test_demo_badge_is_hidden_outside_the_demo(qtbot, ctx) -> None:
    widget = SyncStatusWidget(ctx)
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.demo.isVisible()


def test_a_field_conflict_of_any_editing_command_says_who_changed_what(
    qtbot, offline_ctx, gui_guard
) -> None:
    from desktop.sync_ui.issues import ConflictChooser

    ids = {"form_id": "f1", "round_id": "r1"}
    cid = _reject(
        offline_ctx.store, gui_guard, name="signup_form.set", version=2,
        args={**ids, "changes": {"heading": {"old": "Anmälan", "new": "Välkommen"}}},
        code="conflict", message="A. Berg changed heading of the sign-up form meanwhile",
        details={"fields": {"heading": {
            "yours": "Välkommen", "theirs": "Anmäl dig", "base": "Anmälan",
            "changed_by": "A. Berg", "changed_at": "2026-11-23T13:02:00+00:00"}}},
        rows={},
    )  # fmt: skip
    dialog = SyncIssuesDialog(offline_ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    [issue] = [i for i in dialog.issues if i.command_id == cid]
    assert dialog.list.item(0).text() == (
        "Change sign-up form\nA. Berg changed Heading after you saw it; "
        "your change was not applied."
    )
    text = dialog.detail.toPlainText()
    assert "Anmäl dig" in text and "Välkommen" in text and "A. Berg, 2026-11-23" in text
    chooser = ConflictChooser(issue)
    qtbot.addWidget(chooser)
    chooser.choose("heading", mine=True)
    assert chooser.retry_args() == {
        **ids,
        "changes": {"heading": {"old": "Anmäl dig", "new": "Välkommen"}},
    }


def test_every_editing_command_and_its_fields_have_texts_shipped_in_swedish(qapp) -> None:
    from PySide6.QtCore import QTranslator

    from desktop.i18n import TRANSLATIONS_DIR
    from desktop.sync_ui.describe import COMMANDS, FIELDS
    from models.commands import registered
    from models.people import Person

    swedish = QTranslator()
    assert swedish.load("kansli_sv", str(TRANSLATIONS_DIR))
    names = {name for name, _ in registered()}
    assert names <= set(COMMANDS), sorted(names - set(COMMANDS))
    fields: set[str] = set(Person.EDITABLE_FIELDS)
    for cls in registered().values():
        model = getattr(cls.args_model, "fields_model", None)
        if cls.shape == "field_edit" and model is not None:
            fields |= set(model.model_fields)
    assert fields <= set(FIELDS), sorted(fields - set(FIELDS))
    for source in [*COMMANDS.values(), *FIELDS.values()]:
        assert swedish.translate("SyncIssues", source), source  # "" when none shipped
