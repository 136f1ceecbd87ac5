"""Sync in the UI: the bridge, the status bar widget, the sync issues list.

The engine here is the real ``SyncEngine`` pointed at a closed port: offline.
"""

from __future__ import annotations

import json
import re
import threading
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QWidget

from desktop.operations import NetOp
from desktop.operations.people import edit_person
from desktop.sync_bridge import SyncBridge, SyncStatus
from desktop.sync_ui.describe import mine_again_args
from desktop.sync_ui.issues import SyncIssuesDialog
from desktop.sync_ui.operations import Counts, Issue
from desktop.sync_ui.status import SyncStatusWidget, status_text
from sync.changes import Changes
from sync.engine import SyncState
from sync.store import Rejection
from tests.desktop.alumni_setup import queue_ids
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
    from server.demo.seed import demo_users
    from tests.desktop.conftest import make_ctx

    mail_dir = tmp_path / "server" / "mail"
    mail_dir.mkdir(parents=True)
    info = {
        "url": "http://127.0.0.1:8123",
        "mail_dir": str(mail_dir),
        "sms_file": str(tmp_path / "server" / "sms-outbox.jsonl"),  # nothing sent yet
        "users": [
            {"email": "admin@demo.kansli.se", "roles": ["viewer", "admin"], "password": "pw-1"},
            # The demo's agent administrator, as the demo server lists it.
            next(u for u in demo_users() if u.get("agent")),
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
        agent = "agentadmin@demo.kansli.se (Agent administrator, Nordisk Nätpartner AB)"
        for text in (str(mail_dir), info["sms_file"], roles, agent, "pw-1"):
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


def add_refusals(store, filled, gui_guard) -> str:  # type: ignore[no-untyped-def]
    """Refusals of each kind, as the server sends them (in English); the alumni item's id."""
    item = queue_ids(gui_guard, store)[0]
    pid = filled.participant_ids[3]
    first = read(gui_guard, store, "SELECT first_name FROM person WHERE id=:i", i=pid)[0][0]
    _reject(
        store, gui_guard, name="alumni.decide",
        args={"alumni_registration_id": item, "decision": "approve", "reason": "",
              "expected_status": "not_approved"},
        code="conflict", message="Already denied by Berit Berg at 2026-11-23 13:02",
        details={"status": "denied", "decided_by": "Berit Berg",
                 "decided_at": "2026-11-23T13:02:00+00:00"},
        rows={"alumni_registration": [{"id": item, "status": "denied",
                                       "decided_by": "Berit Berg",
                                       "decided_at": "2026-11-23T13:02:00+00:00",
                                       "decision_details": {"x": 1}}]},
    )  # fmt: skip
    _reject(
        store, gui_guard, name="person.edit",
        args={"person_id": pid, "changes": {"title": {"old": "", "new": "Rektor"},
                                            "first_name": {"old": first, "new": "Anne"}}},
        code="conflict", message=f"Berit Berg changed title of {first} meanwhile",
        details={"fields": {"title": {"yours": "Rektor", "theirs": "Prefekt", "base": "",
                                      "changed_by": "Berit Berg",
                                      "changed_at": "2026-11-23T13:02:00+00:00"}}},
        rows={"person": [{"id": pid, "first_name": first, "title": "Prefekt"}]},
    )  # fmt: skip
    _reject(
        store, gui_guard, name="registration.cancel",
        args={"registration_id": filled.registration_ids[1]},
        code="transition_refused", message="The registration is cancelled",
        details={}, rows={},
    )  # fmt: skip
    _reject(
        store, gui_guard, name="registration.request_approval",
        args={"registration_id": filled.registration_ids[2], "message": ""},
        code="not_found", message=f"Registration {filled.registration_ids[2]} was not found",
        details={}, rows={},
    )  # fmt: skip
    return item


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@pytest.fixture
def refused(offline_ctx, filled, gui_guard) -> str:  # type: ignore[no-untyped-def]
    return add_refusals(offline_ctx.store, filled, gui_guard)


def _issue_dialog(qtbot, ctx) -> SyncIssuesDialog:  # type: ignore[no-untyped-def]
    dialog = SyncIssuesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded)
    return dialog


def _select(dialog: SyncIssuesDialog, name: str) -> Issue:
    row = next(i for i, x in enumerate(dialog.issues) if x.name == name)
    dialog.list.setCurrentRow(row)
    return dialog.issues[row]


def test_an_issue_names_the_person_and_the_act_and_says_what_happened_in_words(
    qtbot, offline_ctx, refused, gui_guard
) -> None:
    person = read(
        gui_guard, offline_ctx.store,
        "SELECT p.first_name || ' ' || p.last_name FROM alumni_registration a "
        "JOIN person p ON p.id = a.person_id WHERE a.id = :i", i=refused,
    )[0][0]  # fmt: skip
    dialog = _issue_dialog(qtbot, offline_ctx)
    _select(dialog, "alumni.decide")
    at = datetime(2026, 11, 23, 13, 2, tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
    assert dialog.list.currentItem().text() == (
        f"Approve alumni registration of {person}\nAlready decided by Berit Berg at {at}: Denied."
    )
    text = dialog.detail.toPlainText()
    assert "Status when you decided\nNot approved (manual queue)" in text
    assert "On the server now:\nStatus\nDenied\nDecided by\nBerit Berg\nDecided\n" + at in text
    for raw in ("expected_status", "not_approved", "decision:", "{", "+00:00", "T13:02"):
        assert raw not in text
    every = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    for row in range(dialog.list.count()):
        dialog.list.setCurrentRow(row)
        every.append(dialog.detail.toPlainText())
    assert not [t for t in every if _UUID.search(t)]  # not even the server's "not found"


def test_each_kind_of_issue_offers_its_own_ways_out(qtbot, offline_ctx, refused) -> None:
    dialog = _issue_dialog(qtbot, offline_ctx)
    offered = {}
    for name in ("alumni.decide", "person.edit", "registration.cancel",
                 "registration.request_approval"):  # fmt: skip
        _select(dialog, name)
        offered[name] = (
            dialog.keep_button.isEnabled(),
            dialog.mine_button.isEnabled(),
            dialog.choose_button.isVisible(),
        )
    assert offered == {
        "alumni.decide": (True, False, False),  # decided first: reversed in the queue, not here
        "person.edit": (True, True, True),  # an edit changed meanwhile: also per field
        "registration.cancel": (True, True, False),  # the state may allow it again
        "registration.request_approval": (True, False, False),  # gone from the server
    }


def test_apply_mine_again_sets_my_manager_over_the_one_the_server_has_now(
    qtbot, offline_ctx, filled, gui_guard
) -> None:
    store = offline_ctx.store
    reg = filled.registration_ids[4]
    mine, theirs = filled.participant_ids[10], filled.participant_ids[11]
    [(seen,)] = read(gui_guard, store, "SELECT approving_manager_id FROM registration WHERE id=:i",
                     i=reg)  # fmt: skip
    _reject(
        store, gui_guard, name="registration.set_manager",
        args={"registration_id": reg, "approving_manager_id": mine, "expected_manager_id": seen},
        code="conflict", message="Berit Berg changed the approving manager to X",
        details={"fields": {"approving_manager": {"yours": "A", "theirs": "X", "base": "B",
                                                  "changed_by": "Berit Berg"}}},
        rows={"registration": [{"id": reg, "approving_manager_id": theirs}]},
    )  # fmt: skip
    # The refusal's rows are the server's truth here too (the store takes them with it).
    with gui_guard.allowed(), store.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE registration SET approving_manager_id=? WHERE id=?", (theirs, reg)
        )
    [(their_name,)] = read(gui_guard, store,
                           "SELECT first_name || ' ' || last_name FROM person WHERE id=:i",
                           i=theirs)  # fmt: skip
    dialog = _issue_dialog(qtbot, offline_ctx)
    _select(dialog, "registration.set_manager")
    assert f"Approving manager\n{their_name}" in dialog.detail.toPlainText()
    dialog.mine_button.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 0)
    with gui_guard.allowed():
        queued = store.queued_commands("registration.set_manager", "registration_id")
    assert queued[reg].args["expected_manager_id"] == theirs
    assert queued[reg].args["approving_manager_id"] == mine


def test_apply_mine_again_keeps_every_field_of_mine_over_theirs(
    qtbot, offline_ctx, refused
) -> None:
    dialog = _issue_dialog(qtbot, offline_ctx)
    issue = _select(dialog, "person.edit")
    args = mine_again_args(issue)
    assert args is not None
    assert args["changes"]["title"] == {"old": "Prefekt", "new": "Rektor"}
    assert args["changes"]["first_name"] == issue.args["changes"]["first_name"]


def test_the_engines_errors_read_in_swedish(swedish) -> None:
    expired = SyncStatus("error", error="The server no longer accepts your sign-in; "
                                        "sign in again (401 token expired)")  # fmt: skip
    assert status_text(expired, Counts(0, 0)).startswith(
        "Synkfel: Servern godtar inte längre din inloggning; logga in igen (401 token expired)"
    )
    failed = status_text(SyncStatus("error", error="Sync failed: boom"), Counts(0, 0))
    assert failed.startswith("Synkfel: Synkroniseringen misslyckades: boom")


def test_a_manager_conflicts_missing_manager_reads_in_swedish(swedish) -> None:
    from desktop.sync_ui.describe import side_value

    values = {"yours": "Anna Berg", "theirs": "nobody"}
    assert side_value("approving_manager", values, "theirs") == "ingen"
    assert side_value("approving_manager", values, "yours") == "Anna Berg"
