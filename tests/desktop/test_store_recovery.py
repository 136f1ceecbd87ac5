"""The desktop tells the user plainly that a damaged local database was rebuilt
(issue 26, item 2), and that sync paused on a full disk (item 3), in English and Swedish."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.app import parse_args
from desktop.sync_bridge import SyncStatus
from desktop.sync_ui.recovery import recovery_text
from desktop.sync_ui.status import status_text
from models.commands import build
from models.ids import new_id
from sync.recovery import StoreRecovered
from sync.store import ClientStore


def test_opening_a_damaged_database_says_so_keeps_the_offline_change_and_the_file(
    qtbot, store, filled, gui_guard, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from desktop.application import Application

    with gui_guard.allowed():
        actor = store.actor()
        assert actor is not None
        created = build(
            "person.create",
            1,
            {"person_id": new_id(), "first_name": "Offline", "last_name": "Ändring"},
            id=new_id(),
        )
        before = store.pending_count()
        store.execute(created, actor)
        store.close()
    db = Path(store.path)
    with db.open("r+b") as f:
        f.write(bytes(100))  # SQLite's header zeroed

    args = parse_args(["--database", str(db), "--settings", str(tmp_path / "k.ini")])
    app = Application(args)
    try:
        app.start()
        qtbot.waitUntil(lambda: getattr(app, "recovery_box", None) is not None, timeout=20_000)
        box = app.recovery_box
        assert isinstance(box, QMessageBox) and box.isVisible()
        text = box.text()
        assert text.startswith("The local database on this computer was damaged")
        kept = before + 1
        assert f"Kept {kept} change{'s' if kept > 1 else ''} made here and not yet sent" in text
        damaged = list(tmp_path.glob("client.db.damaged-*"))
        assert len(damaged) == 1 and f"The damaged file is kept at {damaged[0]}." in text
        box.button(QMessageBox.StandardButton.Ok).click()

        def forgotten() -> bool:
            with gui_guard.allowed():
                return app.session.store.recovery() is None

        qtbot.waitUntil(forgotten, timeout=10_000)
        with gui_guard.allowed():
            queued = [e.command_id for e in app.session.store.outbox()]
        assert queued[-1] == created.id
    finally:
        app.shutdown()
    with gui_guard.allowed():
        again = ClientStore(db)
        try:
            assert again.recovery() is None  # told once
        finally:
            again.close()


def test_the_recovery_and_the_full_disk_are_said_in_swedish(qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop.i18n import Translations

    notice = StoreRecovered(kept=1, damaged_path="/x/k.db.damaged-1Z", reason="damaged", at="")
    full = SyncStatus(status="error", error="The disk is full", disk_full=True)
    assert status_text(full, None).startswith("The disk is full: sync paused; free some space")
    swedish = Translations()
    assert swedish.install("sv")
    try:
        assert recovery_text(notice) == (
            "Den lokala databasen på den här datorn var skadad, så en ny skapades. "
            "1 ändring som gjorts här och inte skickats än behölls och skickas till servern "
            "vid nästa synkronisering. Uppgifterna hämtas från servern igen vid nästa "
            "synkronisering. Den skadade filen finns kvar i /x/k.db.damaged-1Z."
        )
        missing = StoreRecovered(kept=3, damaged_path="", reason="missing", at="")
        assert recovery_text(missing).startswith("Den lokala databasen på den här datorn saknades")
        assert "3 ändringar som gjorts här" in recovery_text(missing)
        assert status_text(full, None).startswith("Disken är full: synkroniseringen är pausad")
        damaged = SyncStatus(status="error", error="damaged", store_damaged=True)
        assert status_text(damaged, None).startswith(
            "Den lokala databasen är skadad: starta om Kansli så återskapas den från servern"
        )
    finally:
        assert swedish.install("en")


def test_a_change_the_full_disk_refused_is_said_plainly(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from sync.store import DiskFull
    from tests.desktop.conftest import make_window

    window = make_window(qtbot, ctx)
    window.show_error("Save person", DiskFull("The disk is full: this change was not saved"))
    box: QMessageBox = window.dialogs[-1]
    assert box.text().startswith("The disk is full: “Save person” was not saved")
    assert "DiskFull" in box.detailedText()
    box.close()
