"""Activity grants › Rule sets… (issue 19): a club's own rule set made offline as a copy of
a shipped example, listed in the grant window's choice and counted like the example; an
edit (taken back with undo) and an archive, queued as ``grant_rule_set.*``; screenshots in
English and Swedish."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.presence.grant_rules import GrantRuleSetDialog, GrantRuleSetsWindow
from desktop.presence.grants import GrantsWindow, file_key
from models.grants import MUNICIPAL_EXAMPLES
from tests.desktop.test_admin_bindings import opened
from tests.desktop.test_admin_templates import typed
from tests.desktop.test_categories import undo
from tests.desktop.test_course_dialogs import queued
from tests.desktop.test_grants_window import made, open_window

SHOTS = Path("/tmp/shots/h19")


def _own(window: GrantsWindow) -> int:
    """The index of the club's own rule set in the grant window's choice (-1: none)."""
    return next((i for i, r in enumerate(window.rule_sets) if r.name == "Umeå kommun"), -1)


def _rule_sets(qtbot, window: GrantsWindow) -> GrantRuleSetsWindow:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.rules_button, Qt.MouseButton.LeftButton)
    rules = window.rules_window
    assert rules is not None
    qtbot.waitUntil(lambda: rules.loaded)
    return rules


def test_a_club_makes_edits_and_archives_its_own_rule_set(  # type: ignore[no-untyped-def]
    qtbot, offline_ctx, gui_guard, filled
) -> None:
    ctx = offline_ctx
    made(gui_guard, ctx.store, filled.tenant_id)
    window = open_window(qtbot, ctx, 2027, 1, 1)  # example A: (1, 4) by hand
    coded = window.report
    assert coded is not None and coded.rules == MUNICIPAL_EXAMPLES[0]
    assert window.rules_choice.count() == 3
    rules = _rule_sets(qtbot, window)
    assert rules.model.rowCount() == 0

    dialog = opened(qtbot, rules, rules.new_button, GrantRuleSetDialog)
    assert dialog.start is not None
    dialog.start.setCurrentIndex(1)  # a copy of example A
    assert dialog.numbers["min_minutes"].value() == 60
    assert dialog.per_day.currentData() == "day"
    dialog.name.selectAll()
    typed(qtbot, dialog.name, "Umeå kommun")
    dialog.numbers["max_age"].setValue(5)  # below the lowest: refused next to the field
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors["max_age"].isVisible())
    dialog.numbers["max_age"].setValue(20)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rules.model.rowCount() == 1)
    [create] = queued(gui_guard, ctx, "grant_rule_set.create")
    assert (create["name"], create["min_age"], create["max_age"], create["per_day"]) == (
        "Umeå kommun", 7, 20, "day"
    )  # fmt: skip
    assert rules.model.data(rules.model.index(0, 1)) == "7–20"
    rules.grab().save(str(SHOTS / "rule_sets_en.png"))

    # The grant window offers it and counts with it as with the example it copies.
    qtbot.waitUntil(lambda: _own(window) == 3)
    window.rules_choice.setCurrentIndex(3)
    qtbot.waitUntil(lambda: window.report is not None and window.report.rules.name == "Umeå kommun")
    assert window.report.period == coded.period
    assert file_key(window.report.rules) == "grant" and file_key(coded.rules) == "municipal_a"
    window.grab().save(str(SHOTS / "grants_own_en.png"))

    # An edit, then taken back with undo.
    rules.table.selectRow(0)
    edit = opened(qtbot, rules, rules.edit_button, GrantRuleSetDialog)
    assert edit.start is None and edit.name.text() == "Umeå kommun"
    edit.numbers["min_minutes"].setValue(45)
    edit.grab().save(str(SHOTS / "rule_set_dialog_en.png"))
    qtbot.mouseClick(edit.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rules.model.rows[0]["min_minutes"] == 45)
    [changed] = queued(gui_guard, ctx, "grant_rule_set.edit")
    assert changed["changes"] == {"min_minutes": {"old": 60, "new": 45}}
    qtbot.waitUntil(lambda: window.report is not None and window.report.rules.min_minutes == 45)
    qtbot.waitUntil(lambda: ctx.undo.top() is not None)
    undo(qtbot, ctx)
    qtbot.waitUntil(lambda: rules.model.rows[0]["min_minutes"] == 60)

    # Archived: the grant window no longer offers it; undo brings it back.
    rules.table.selectRow(0)
    qtbot.mouseClick(rules.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rules.model.rowCount() == 0)
    assert queued(gui_guard, ctx, "grant_rule_set.archive")
    qtbot.waitUntil(lambda: _own(window) == -1 and window.rules_choice.count() == 3)
    undo(qtbot, ctx)
    qtbot.waitUntil(lambda: rules.model.rowCount() == 1 and _own(window) == 3)


def test_swedish(qtbot, offline_ctx, gui_guard, filled, swedish) -> None:  # type: ignore[no-untyped-def]
    ctx = offline_ctx
    window = open_window(qtbot, ctx, 2027, 1)
    assert window.rules_button.text() == "Regeluppsättningar…"
    rules = _rule_sets(qtbot, window)
    dialog = opened(qtbot, rules, rules.new_button, GrantRuleSetDialog)
    assert dialog.windowTitle() == "Nya regler för aktivitetsstöd"
    assert dialog.name.text() == "LOK-stöd (RF) (egen)"
    dialog.grab().save(str(SHOTS / "rule_set_dialog_sv.png"))
    rules.grab().save(str(SHOTS / "rule_sets_sv.png"))
    window.grab().save(str(SHOTS / "grants_sv.png"))
    dialog.reject()
