"""Feedback after actions (issue 21, item 4): approval requests say what was queued and
skipped, a reminder shows when the last request went and waits for a minimum gap unless
the user says otherwise, many e-mails ask first; an export or a PDF says where the file
went (Open, Show in folder) and a failed write says why, with the path."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.common.saved_file import tell_not_saved, tell_saved
from desktop.courses.round_page import RoundPage
from desktop.participants.dialogs import RequestApprovalDialog
from desktop.settings import CONFIRM_MAILS_ABOVE, REMINDER_MIN_DAYS
from desktop.settings_dialog import SettingsDialog
from tests.desktop.conftest import make_window, read


class UrlCatcher(QObject):
    """Takes the file URLs QDesktopServices would hand to the system."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened():  # type: ignore[no-untyped-def]
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    yield catcher.urls
    QDesktopServices.unsetUrlHandler("file")


def registrations(gui_guard, ctx) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    """A registration never asked, one asked before (days ago), one approved."""
    rows = read(
        gui_guard, ctx.store,
        "SELECT id, approval_requested_at IS NOT NULL, approved_at IS NOT NULL "
        "FROM registration WHERE status = 'registered' AND approving_manager_id IS NOT NULL "
        "ORDER BY id",
    )  # fmt: skip
    first = next(r[0] for r in rows if not r[1] and not r[2])
    asked = next(r[0] for r in rows if r[1] and not r[2])
    approved = next(r[0] for r in rows if r[2])
    return first, asked, approved


def open_dialog(qtbot, ctx, ids, parent=None) -> RequestApprovalDialog:  # type: ignore[no-untyped-def]
    dialog = RequestApprovalDialog(ctx, ids, parent)
    if parent is None:
        qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.plan) == len(ids))
    return dialog


def test_after_sending_the_status_bar_says_what_was_queued_and_skipped(
    qtbot, ctx, gui_guard
) -> None:
    window = make_window(qtbot, ctx)
    first, asked, approved = registrations(gui_guard, ctx)
    dialog = open_dialog(qtbot, ctx, [first, asked, approved], window.participants)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.send.click()
    expected = "Queued for sending: requests 1, reminders 1. Skipped: 1 (already approved: 1)."
    assert dialog.outcome == expected
    assert window.statusBar().currentMessage() == expected


def test_a_reminder_shows_the_last_request_and_waits_for_the_minimum_gap(
    qtbot, ctx, gui_guard
) -> None:
    first, _asked, _approved = registrations(gui_guard, ctx)
    dialog = open_dialog(qtbot, ctx, [first])
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.send.click()
    (sent_at,) = read(
        gui_guard, ctx.store, "SELECT approval_requested_at FROM registration WHERE id = :i",
        i=first,
    )[0]  # fmt: skip
    # Seconds later the same registration is offered again: held back, with the date.
    again = open_dialog(qtbot, ctx, [first])
    [what] = [r["what"] for r in again.model.rows]
    last = datetime.fromisoformat(sent_at).replace(tzinfo=UTC).astimezone().date().isoformat()
    assert what == f"Held back: last sent {last}"
    assert again.eligible_ids() == [] and not again.send.isEnabled()
    assert again.summary.text().endswith("Skipped: 1 (reminder too soon: 1)")
    # The user may send it anyway, for this send only.
    assert again.send_anyway.isVisibleTo(again)
    again.send_anyway.setChecked(True)
    [what] = [r["what"] for r in again.model.rows]
    assert what == f"Reminder; last sent {last} (1 sent before)"
    assert again.eligible_ids() == [first] and again.send.isEnabled()
    again.reject()
    # A gap of 0 days in the settings holds nothing back.
    ctx.settings.set(REMINDER_MIN_DAYS, 0)
    third = open_dialog(qtbot, ctx, [first])
    assert third.eligible_ids() == [first] and not third.send_anyway.isVisibleTo(third)


def test_sending_more_e_mails_than_the_setting_asks_first_naming_the_count(
    qtbot, ctx, gui_guard
) -> None:
    ctx.settings.set(CONFIRM_MAILS_ABOVE, 2)
    ids = list(registrations(gui_guard, ctx))
    more = read(
        gui_guard, ctx.store,
        "SELECT id FROM registration WHERE status = 'registered' AND approved_at IS NULL "
        "AND approving_manager_id IS NOT NULL AND id NOT IN (:a, :b) ORDER BY id LIMIT 1",
        a=ids[0], b=ids[1],
    )  # fmt: skip
    ids.append(more[0][0])
    dialog = open_dialog(qtbot, ctx, ids)
    assert len(dialog.eligible_ids()) == 3
    dialog.send.click()
    box = dialog.confirm_box
    assert box is not None and box.text() == "Send 3 e-mails to approving managers?"
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: ctx.ops.idle)
    assert read(gui_guard, ctx.store, "SELECT count(*) FROM outbox") == [(0,)]
    dialog.send.click()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    sent = read(gui_guard, ctx.store, "SELECT args FROM outbox ORDER BY seq")
    assert [json.loads(a)["registration_id"] for (a,) in sent] == dialog.eligible_ids()


def button(box: QMessageBox, text: str) -> QPushButton:
    return next(b for b in box.findChildren(QPushButton) if b.text() == text)


def test_an_export_says_where_the_file_went_and_opens_it(qtbot, ctx, tmp_path, opened) -> None:
    window = make_window(qtbot, ctx)
    window.show_tab("participants")
    path = tmp_path / "deltagare.xlsx"
    window.export_current(path)
    qtbot.waitUntil(lambda: getattr(window, "file_notice", None) is not None)
    box: QMessageBox = window.file_notice
    assert box.text() == "300 rows exported to deltagare.xlsx"
    assert box.informativeText() == str(path) and path.exists()
    button(box, "Open").click()
    assert opened == [QUrl.fromLocalFile(str(path))]
    window.export_current(path)
    qtbot.waitUntil(lambda: window.file_notice is not box)
    button(window.file_notice, "Show in folder").click()
    assert opened[-1] == QUrl.fromLocalFile(str(tmp_path))


def test_an_export_that_cannot_be_written_says_where_and_why(qtbot, ctx, tmp_path) -> None:
    window = make_window(qtbot, ctx)
    window.show_tab("participants")
    (tmp_path / "a-file").write_text("")
    path = tmp_path / "a-file" / "deltagare.csv"  # a file is no folder
    window.export_current(path)
    qtbot.waitUntil(lambda: getattr(window, "file_notice", None) is not None)
    box: QMessageBox = window.file_notice
    assert box.icon() == QMessageBox.Icon.Warning and box.isVisible()
    assert str(path) in box.text()
    assert "Not a directory" in box.informativeText()


def make_page(qtbot, ctx, round_id: str) -> RoundPage:  # type: ignore[no-untyped-def]
    page = RoundPage(ctx, round_id)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded)
    return page


def test_save_as_pdf_says_where_and_a_failure_says_why(
    qtbot, ctx, filled, tmp_path, opened
) -> None:
    page = make_page(qtbot, ctx, filled.big_round_id)
    target = tmp_path / "närvaro.pdf"
    page.save_pdf(target)
    qtbot.waitUntil(lambda: isinstance(page.last_dialog, QMessageBox), timeout=10_000)
    box: QMessageBox = page.last_dialog
    assert box.text() == f"{page.pdf_pages} pages saved as närvaro.pdf"
    assert box.informativeText() == str(target)
    button(box, "Open").click()
    assert opened == [QUrl.fromLocalFile(str(target))]
    blocked = tmp_path / "närvaro.pdf" / "lista.pdf"
    page.save_pdf(blocked, "list")
    qtbot.waitUntil(lambda: page.last_dialog is not box, timeout=10_000)
    failed: QMessageBox = page.last_dialog
    assert failed.icon() == QMessageBox.Icon.Warning
    assert str(blocked) in failed.text() and "Not a directory" in failed.informativeText()


def test_settings_hold_the_reminder_gap_and_the_mail_count_that_asks(qtbot, settings) -> None:
    assert settings.get(REMINDER_MIN_DAYS) == 3 and settings.get(CONFIRM_MAILS_ABOVE) == 20
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.reminder_days.value() == 3 and dialog.confirm_above.value() == 20
    dialog.reminder_days.setValue(5)
    dialog.confirm_above.setValue(50)
    dialog.save()
    assert settings.get(REMINDER_MIN_DAYS) == 5 and settings.get(CONFIRM_MAILS_ABOVE) == 50


def test_the_outcome_reads_in_swedish(qtbot, ctx, gui_guard, swedish) -> None:
    first, asked, approved = registrations(gui_guard, ctx)
    dialog = open_dialog(qtbot, ctx, [first, asked, approved])
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.send.click()
    assert dialog.outcome == (
        "Köade för att skickas: förfrågningar 1, påminnelser 1. Hoppas över: 1 (redan godkänd: 1)."
    )


def test_the_file_boxes_read_in_swedish(qtbot, tmp_path, swedish) -> None:
    path = tmp_path / "lista.xlsx"
    saved = tell_saved(None, "300 rader exporterade till lista.xlsx", path)  # type: ignore[arg-type]
    qtbot.addWidget(saved)
    assert saved.windowTitle() == "Sparad"
    assert {b.text() for b in saved.findChildren(QPushButton)} >= {"Öppna", "Visa i mappen"}
    failed = tell_not_saved(None, path, PermissionError(13, "Permission denied"))  # type: ignore[arg-type]
    qtbot.addWidget(failed)
    assert failed.text() == f"Filen kunde inte sparas:\n{path}"
    assert failed.informativeText().startswith("Orsak: Permission denied. Välj en annan mapp")
