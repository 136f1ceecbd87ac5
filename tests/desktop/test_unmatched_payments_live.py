"""Accounting › Import BgMax file… and Unmatched payments… (issue 18) against the real
server over real HTTP: a BgMax file chosen in the file dialog with the keyboard is
imported (a progress dialog while it goes, then the summary: partly paid, unmatched); the
unmatched payment is listed and matched by hand to Anders's invoice found by his name; a
bad file is refused by its line and field; the same file again books nothing; offline the
window says payments need the server."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox

from desktop.accounting.payments import UnmatchedPaymentsWindow
from devtools.server_data import server_session
from models.bgmax import Written, write
from models.ids import new_id
from models.payments import ocr_reference
from models.people import Person
from server.tables import Invoice
from tests.desktop import test_person_account_live
from tests.desktop.live_web import in_thread, signed_in
from tests.utils.servers import LiveServer, add_account

PASSWORD = "correct horse battery"
KR = 100

#: A live server of this module's own (the fixture of the Account tab's live tests).
server = test_person_account_live.server


def _seed(db_url: str) -> str:
    """A treasurer, and Anders's invoice 1 of 1 100 kr: its OCR reference."""
    account = add_account(
        db_url, tenant="bgklubben", email="kassor@bgklubben.example", roles=("treasurer",)
    )
    with server_session(db_url) as s:
        anders = Person(tenant_id=account["tenant_id"], first_name="Anders", last_name="Berg")
        s.add(anders)
        s.flush()
        s.add(
            Invoice(
                id=new_id(), tenant_id=account["tenant_id"], number=1, person_id=anders.id,
                registration_id=new_id(), ocr=ocr_reference(1), amount=1_100 * KR,
                issued_on=date(2026, 8, 1), due_on=date(2026, 8, 31), lines=[],
            )
        )  # fmt: skip
    return ocr_reference(1)


def _choose(qtbot, window: UnmatchedPaymentsWindow, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Accounting › Import BgMax file…: the file's path typed into the dialog, Enter."""
    window.act_import.trigger()
    dialog = window.file_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    dialog.setDirectory(str(path.parent))
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    name.setFocus()
    qtbot.keyClicks(name, path.name)
    qtbot.waitUntil(lambda: name.text() == path.name)
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def _result(qtbot, window: UnmatchedPaymentsWindow) -> str:  # type: ignore[no-untyped-def]
    """The import's result box, once it shows: its text; closed with Enter."""
    qtbot.waitUntil(
        lambda: window.result_box is not None and window.result_box.isVisible(), timeout=30_000
    )
    box = window.result_box
    assert isinstance(box, QMessageBox)
    text = box.text()
    box.activateWindow()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    window.result_box = None
    return text


def test_import_then_match_by_hand(qtbot, server: LiveServer, settings, tmp_path: Path) -> None:
    ocr = in_thread(_seed, server.db_url)
    good = tmp_path / "BgMax 2026-09-01.txt"
    good.write_bytes(
        write(
            [Written(600 * KR, ocr, "ANDERS BERG"), Written(300 * KR, "99999", "A BERG")],
            paid_on=date(2026, 9, 1),
        )
    )
    with signed_in(
        server.url, "kassor@bgklubben.example", PASSWORD, tmp_path / "k.db", settings
    ) as (ctx, _s):
        window = UnmatchedPaymentsWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.loaded, timeout=15_000)
        assert window.table.empty_text == "Every payment is matched to an invoice."

        _choose(qtbot, window, good)
        qtbot.waitUntil(lambda: window.progress is not None or window.result_box is not None)
        assert _result(qtbot, window) == (
            "2 payments, 900 kr in all: 0 matched, 1 partly paid, 0 overpaid (the excess kept "
            "as credit), 1 unmatched."
        )
        qtbot.waitUntil(lambda: window.loaded and window.model.rowCount() == 1, timeout=15_000)
        model = window.model
        assert [str(model.data(model.index(0, c))) for c in range(4)] == [
            "2026-09-01", "300 kr", "99999", "A BERG",
        ]  # fmt: skip

        # The same file again: nothing booked twice.
        _choose(qtbot, window, good)
        assert _result(qtbot, window) == (
            "This file was imported before: nothing was booked again."
        )

        # Match it by hand: the toolbar's Match, the invoice found by name.
        qtbot.waitUntil(lambda: not window.busy and window.model.rowCount() == 1, timeout=15_000)
        window.activateWindow()
        window.table.setFocus()
        window.table.selectRow(0)
        assert window.act_match.isEnabled()
        button = window.toolbar.widgetForAction(window.act_match)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(window.dialog, QDialog) and window.dialog.isVisible())
        dialog = window.dialog
        dialog.activateWindow()
        dialog.query.clear()
        qtbot.keyClicks(dialog.query, "Anders")
        qtbot.waitUntil(
            lambda: dialog.model.rowCount() == 1 and dialog.ok_button.isEnabled(), timeout=15_000
        )
        invoice = [str(dialog.model.data(dialog.model.index(0, c))) for c in range(6)]
        assert invoice == [
            "1", "Anders Berg", ocr, "2026-08-31", "1\u00a0100 kr", "500 kr",
        ]  # fmt: skip
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.dialog is None, timeout=15_000)
        qtbot.waitUntil(lambda: window.loaded and window.model.rowCount() == 0, timeout=15_000)
        assert window.message.text() == (
            "Matched 300 kr to invoice 1 (Anders Berg); the receipt is on its way."
        )

        # A bad file: refused by its line and field, nothing booked.
        lines = good.read_bytes().decode("iso-8859-1").split("\r\n")
        lines[2] = lines[2][:40] + "1X" + lines[2][42:]
        bad = tmp_path / "bad.txt"
        bad.write_bytes("\r\n".join(lines).encode("iso-8859-1"))
        _choose(qtbot, window, bad)
        text = _result(qtbot, window)
        assert text.startswith(
            "The file was not imported: line 3, amount: characters 38-55 must be digits"
        )
        assert window.message.text() == text
        window.close()


def test_offline_the_window_says_payments_need_the_server(
    qtbot, offline_ctx, tmp_path: Path
) -> None:
    window = UnmatchedPaymentsWindow(offline_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(
        lambda: window.table.empty_text not in ("", "Asking the server…"), timeout=15_000
    )
    offline = (
        "Offline: payments are kept on the server, and it cannot be reached now. Importing "
        "and matching need a connection; your other work goes on. Try again when online."
    )
    assert window.table.empty_text == offline
    assert window.retry_button.isVisible()
    path = tmp_path / "bgmax.txt"
    path.write_bytes(write([Written(100 * KR, "4000123")]))
    with qtbot.waitSignal(window.imported, timeout=30_000) as done:
        window.import_file(str(path))
    assert done.args == [""]
    assert window.message.text() == offline
    assert _result(qtbot, window) == offline
    assert not window.act_match.isEnabled()
