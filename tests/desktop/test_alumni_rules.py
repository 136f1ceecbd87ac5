"""The rules editor: administrators list, add, edit and remove (deactivate) the tenant's
rules for automatic approval, offline (queued); messages appear next to the fields."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.alumni.rules import RulesDialog
from desktop.alumni.view import AlumniQueueView
from desktop.context import AppContext
from tests.desktop.alumni_setup import enrich, outbox


@pytest.fixture
def data(gui_guard, store, filled):  # type: ignore[no-untyped-def]
    return enrich(gui_guard, store, filled)


def open_rules(qtbot, ctx) -> RulesDialog:  # type: ignore[no-untyped-def]
    dialog = RulesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: len(dialog.rules) == 2)
    return dialog


def rule_sets(guard, store) -> list[dict]:  # type: ignore[no-untyped-def,type-arg]
    return [e["args"] for e in outbox(guard, store) if e["name"] == "alumni.rule_set"]


def texts(dialog: RulesDialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def test_rules_are_listed_in_words(qtbot, ctx, data) -> None:
    dialog = open_rules(qtbot, ctx)
    assert texts(dialog) == ["A degree has been awarded", "At least 180 credits"]
    assert dialog.save_button.isEnabled() and not dialog.read_only.isVisible()


def test_new_rule_is_validated_next_to_its_field_and_queued(
    qtbot, ctx, data, gui_guard, store
) -> None:
    dialog = open_rules(qtbot, ctx)
    dialog.add_button.click()
    dialog.kind.setCurrentIndex(dialog.kind.findData("min_credits"))
    assert dialog.credits.isEnabled() and not dialog.year.isEnabled()
    dialog.credits.setText("many")
    dialog.save_button.click()
    assert dialog.credits_error.isVisible()
    assert dialog.credits_error.text() == (
        "Credits must be a number from 0 to 1000, for example 180."
    )
    dialog.kind.setCurrentIndex(dialog.kind.findData("program_in"))
    dialog.save_button.click()
    assert dialog.programs_error.text() == "Give at least one programme."
    dialog.kind.setCurrentIndex(dialog.kind.findData("graduated_after"))
    dialog.year.setText("1850")
    dialog.save_button.click()
    assert dialog.year_error.isVisible() and "from 1900" in dialog.year_error.text()
    assert rule_sets(gui_guard, store) == []

    dialog.year.setText("2010")
    dialog.description.setText("Only recent graduates")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: len(rule_sets(gui_guard, store)) == 1)
    args = rule_sets(gui_guard, store)[0]["changes"]
    new = {field: change["new"] for field, change in args.items()}
    assert all("old" not in change or change["old"] is None for change in args.values())
    assert (new["kind"], new["params"], new["active"], new["description"]) == (
        "graduated_after",
        {"year": 2010},
        True,
        "Only recent graduates",
    )
    qtbot.waitUntil(lambda: len(dialog.rules) == 3)
    assert texts(dialog)[-1] == "Graduated after 2010 — Only recent graduates (pending)"
    assert dialog.status.text() == "Saved in the local database."  # no server here


def test_editing_and_removing_a_rule_replaces_it_and_keeps_it_inactive(
    qtbot, ctx, data, gui_guard, store
) -> None:
    dialog = open_rules(qtbot, ctx)
    dialog.list.setCurrentRow(1)
    assert dialog.credits.text() == "180"
    rule_id = dialog.editing.id
    dialog.credits.setText("200,5")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: len(rule_sets(gui_guard, store)) == 1)
    assert rule_sets(gui_guard, store)[0]["rule_id"] == rule_id
    # Only the changed field, with the value the form showed.
    assert rule_sets(gui_guard, store)[0]["changes"] == {
        "params": {"old": {"min_credits": 180.0}, "new": {"min_credits": 200.5}}
    }
    qtbot.waitUntil(lambda: texts(dialog)[1] == "At least 200.5 credits (pending)")

    dialog.list.setCurrentRow(0)
    dialog.remove_current()
    box = dialog.confirm
    assert isinstance(box, QMessageBox) and "kept as inactive" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: len(rule_sets(gui_guard, store)) == 2)
    assert rule_sets(gui_guard, store)[1]["changes"] == {"active": {"old": True, "new": False}}
    qtbot.waitUntil(lambda: texts(dialog)[0] == "A degree has been awarded (inactive, pending)")


def test_only_administrators_can_change_the_rules(qtbot, store, filled, settings, data) -> None:
    from tests.desktop.conftest import make_ctx

    officer = replace(filled, actor=replace(filled.actor, roles=frozenset({"alumni_officer"})))
    ctx: AppContext = make_ctx(store, officer, settings)
    try:
        dialog = open_rules(qtbot, ctx)
        assert dialog.read_only.isVisible()
        assert not dialog.save_button.isEnabled() and not dialog.add_button.isEnabled()
        assert not dialog.kind.isEnabled()
    finally:
        ctx.ops.shutdown(wait=True)


def test_the_queue_opens_the_rules(qtbot, ctx, data) -> None:
    view = AlumniQueueView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.loaded)
    view.rules_button.click()
    dialog = view.rules_dialog
    assert isinstance(dialog, RulesDialog)
    qtbot.waitUntil(lambda: len(dialog.rules) == 2)
    dialog.close()
