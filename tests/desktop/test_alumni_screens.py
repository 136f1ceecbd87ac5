"""The Alumni queue as it looks, in English and Swedish: the queue with an item selected, a
conflict, the deny dialog and the rules editor, rendered and checked for their words.

With ``KANSLI_SCREENSHOTS=DIR`` the pictures are also saved there (``alumni_queue_sv.png``
...), to look at them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.alumni.dialogs import DenyDialog
from desktop.alumni.options import remember_deny_reason
from desktop.i18n import Translations
from desktop.mainwindow import MainWindow
from desktop.operations import Changes
from tests.desktop.alumni_setup import (
    OTHER_OFFICER,
    STATUS_COL,
    answer,
    enrich,
    outbox,
)
from tests.desktop.test_alumni_queue import press

WORDS = {
    "en": {
        "tab": "Alumni queue",
        "entered": "Entered by the alumnus",
        "conflict": "⚠ Conflict: Denied",
        "deny": "Deny alumni registration",
        "rules": "Rules for automatic alumni approval",
        "credits_error": "Credits must be a number from 0 to 1000, for example 180.",
    },
    "sv": {
        "tab": "Alumnkö",
        "entered": "Angivet av alumnen",
        "conflict": "⚠ Konflikt: Nekad",
        "deny": "Neka alumnregistrering",
        "rules": "Regler för automatiskt alumngodkännande",
        "credits_error": "Högskolepoäng måste vara ett tal från 0 till 1000, till exempel 180.",
    },
}


def save(widget: QWidget, tmp_path: Path, name: str) -> Path:
    QApplication.processEvents()  # pending layout passes first
    widget.repaint()
    image = widget.grab()
    assert not image.isNull() and image.width() > 300
    path = tmp_path / name
    assert image.save(str(path))
    target = os.environ.get("KANSLI_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(target) / name))
    return path


@pytest.fixture(params=["en", "sv"])
def language(request):  # type: ignore[no-untyped-def]
    t = Translations()
    assert t.install(request.param)
    yield request.param
    assert t.install("en")


def test_the_queue_conflict_deny_dialog_and_rules_editor_in_both_languages(
    qtbot, ctx, gui_guard, store, filled, settings, tmp_path, language
) -> None:
    words = WORDS[language]
    ctx.language = language
    enrich(gui_guard, store, filled)
    remember_deny_reason(settings, "No degree and too few credits")
    remember_deny_reason(settings, "Not a former student")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1360, 820)
    window.show()
    window.show_tab("alumni")
    view = window.alumni
    assert window.tabs.tabText(window.tabs.currentIndex()) == words["tab"]
    qtbot.waitUntil(lambda: view.loaded and view.detail.detail is not None)
    qtbot.waitUntil(lambda: ctx.ops.idle)
    assert view.detail.heads[0].text() == words["entered"]
    save(window, tmp_path, f"alumni_queue_{language}.png")

    # A conflict: the third item was decided first by someone else.
    view.activateWindow()
    view.table.setFocus()
    for _ in range(3):
        qtbot.waitUntil(lambda: view.current_row() is not None)
        press(qtbot, view, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: len(outbox(gui_guard, store)) == 3 and ctx.ops.idle)
    queued = outbox(gui_guard, store)
    answer(gui_guard, store, filled, conflicts=[queued[2]["id"]])
    ctx.ops.notify(Changes.everything())
    item = queued[2]["args"]["alumni_registration_id"]
    qtbot.waitUntil(
        lambda: (r := view.model.cached_row(item)) is not None and r.conflict is not None
    )
    view.select_id(item)
    qtbot.waitUntil(lambda: view.detail.detail is not None and view.detail.detail.row.id == item)
    qtbot.waitUntil(lambda: ctx.ops.idle)
    row = view.model.row_of(item)
    assert view.model.data(view.model.index(row, STATUS_COL)) == words["conflict"]
    assert OTHER_OFFICER in view.detail.banner_text.text()
    save(window, tmp_path, f"alumni_conflict_{language}.png")

    # The deny dialog with the remembered reasons.
    view.select_row(row + 1)
    qtbot.waitUntil(lambda: view.detail.detail is not None and view.current_row() is not None)
    press(qtbot, view, Qt.Key.Key_D)
    dialog = view.last_dialog
    assert isinstance(dialog, DenyDialog) and dialog.windowTitle() == words["deny"]
    dialog.reason.showPopup()
    save(dialog, tmp_path, f"alumni_deny_{language}.png")
    dialog.reason.hidePopup()
    dialog.reject()

    # The rules editor with a message next to a field.
    rules = view.open_rules()
    qtbot.waitUntil(lambda: len(rules.rules) == 2)
    assert rules.windowTitle() == words["rules"]
    rules.list.setCurrentRow(1)
    rules.credits.setText("many")
    rules.save_button.click()
    assert rules.credits_error.text() == words["credits_error"]
    rules.resize(900, 480)
    save(rules, tmp_path, f"alumni_rules_{language}.png")
    rules.close()
    window.close()
    QApplication.processEvents()
