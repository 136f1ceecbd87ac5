"""Help › Keyboard shortcuts (read from the window's actions) and Help › Manual (a page per
language)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from desktop.help import ManualDialog, ShortcutsDialog, manual_path
from tests.desktop.conftest import make_window


def help_action(window, shortcut: str) -> QAction:
    help_menu = window.menuBar().actions()[-1].menu()
    return next(a for a in help_menu.actions() if a.shortcut().toString() == shortcut)


def test_shortcuts_list_every_key_of_the_menus_and_the_tabs(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx)
    help_action(window, "Ctrl+F1").trigger()
    dialog = window.help_dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    rows = dialog.rows()
    assert ("File", "Export list", "Ctrl+E") in rows
    assert ("Sync", "Sync now", "F5, Ctrl+R") in rows
    assert ("Participants", "Open approving manager's profile", "Ctrl+Return") in rows
    for text, key in (("Approve", "A"), ("Deny", "D"), ("Next item", "J"), ("Previous item", "K")):
        assert ("Alumni queue", text, key) in rows
    # Generated from the actions: a key given to an action appears in the list at once.
    window.alumni.act_next.setShortcuts([QKeySequence("J"), QKeySequence("N")])
    window.show_shortcuts()
    assert ("Alumni queue", "Next item", "J, N") in window.help_dialog.rows()
    # Every action with a key of the menus (bar the tab's Actions) and fixed tabs is listed.
    listed = {keys for _g, _t, keys in window.help_dialog.rows()}
    for action in window.participants.findChildren(QAction):
        keys = ", ".join(k.toString() for k in action.shortcuts())
        assert not keys or keys in listed, action.text()


def test_shortcuts_in_swedish(qtbot, ctx, swedish) -> None:
    window = make_window(qtbot, ctx)
    rows = window.show_shortcuts().rows()
    assert ("Arkiv", "Exportera lista", "Ctrl+E") in rows
    assert ("Alumnkö", "Godkänn", "A") in rows


def test_manual_opens_in_the_apps_language_with_its_sections(qtbot, ctx, swedish) -> None:
    window = make_window(qtbot, ctx)
    help_action(window, QKeySequence(QKeySequence.StandardKey.HelpContents).toString()).trigger()
    dialog = window.help_dialog
    assert isinstance(dialog, ManualDialog)
    text = dialog.browser.toPlainText()
    for heading in ("Deltagare", "Importera deltagare", "Alumnkön", "Synk och arbete", "Utskrift"):
        assert heading in text
    # The contents' links move within the page.
    dialog.browser.setSource(dialog.browser.source().resolved("#printing"))
    assert dialog.browser.source().fragment() == "printing"
    assert "Utskrift och export" in dialog.browser.toPlainText()


def test_manual_in_english_has_the_same_sections(qtbot) -> None:
    dialog = ManualDialog(language="en")
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for heading in (
        "Participants",
        "Importing participants",
        "The alumni queue",
        "Sync and",
        "Users and agent organisations",
    ):
        assert heading in text
    sv, en = manual_path("sv").read_text(), manual_path("en").read_text()
    keys = ("participants", "import", "alumni", "sync", "printing", "users")
    ids = [f'id="{key}"' for key in keys]
    assert all(i in sv and i in en for i in ids)
