"""The Contacts tab (seed 002): search by name, e-mail or phone and tick to link, roles
by check box (mouse and Space), + Contact (the person dialog) with two addresses, Delete to
remove, Undo — offline, each change a queued command."""

from __future__ import annotations

import json
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QStyle, QStyleOptionViewItem

from desktop.contacts import operations as contact_ops
from desktop.contacts.tab import ContactsTab
from desktop.people.person_dialog import PersonDialog
from models.commands import build
from models.contacts import TargetKind, main_contact
from models.ids import new_id
from tests.desktop.conftest import hold_the_database, read

MAIN_COLUMN, NOTIFY_COLUMN = 3, 4


def queued(guard, ctx, name: str) -> list[dict]:  # type: ignore[no-untyped-def, type-arg]
    rows = read(guard, ctx.store, "SELECT args FROM outbox WHERE name = :n ORDER BY seq", n=name)
    return [json.loads(r[0]) for r in rows]


def make_tab(qtbot, ctx, kind: str, target_id: str) -> ContactsTab:  # type: ignore[no-untyped-def]
    tab = ContactsTab(ctx, kind, target_id)
    qtbot.addWidget(tab)
    tab.resize(1000, 640)
    tab.show()
    qtbot.waitUntil(lambda: tab.loaded)
    return tab


def click_check(qtbot, table, row: int, column: int) -> None:  # type: ignore[no-untyped-def]
    """Click the check box of a cell, where the style draws it."""
    index = table.model().index(row, column)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    style = table.style()
    rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, table)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def search(qtbot, tab: ContactsTab, text: str) -> None:  # type: ignore[no-untyped-def]
    tab.search.setFocus()
    tab.search.selectAll()
    qtbot.keyClicks(tab.search, text)
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.found_table.isVisible() and tab.found_for == text)


def undo_step_for(qtbot, ctx, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: ctx.undo.top() is not None and text in ctx.undo.top().label)


def test_a_person_found_by_name_or_email_is_ticked_given_roles_removed_and_undone(
    qtbot, offline_ctx, gui_guard, filled
) -> None:
    ctx = offline_ctx
    org = filled.organisation_ids[0]
    manager = filled.manager_ids[0]
    [(first, last, email)] = read(
        gui_guard,
        ctx.store,
        "SELECT first_name, last_name, address FROM person JOIN person_email e"
        " ON e.person_id = person.id WHERE person.id = :i",
        i=manager,
    )
    tab = make_tab(qtbot, ctx, "organisation", org)
    assert tab.contacts.rowCount() == 0 and tab.table.empty.isVisible()

    # By name (typed names may hold å, ä, ö: set as a paste would), then by e-mail, typed.
    tab.search.setText(f"{first} {last}")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.found_table.isVisible() and tab.found.row_of(manager) >= 0)
    search(qtbot, tab, email)
    row = tab.found.row_of(manager)
    assert row >= 0 and tab.found.rows[row]["linked"] is False
    click_check(qtbot, tab.found_table, row, 0)
    qtbot.waitUntil(lambda: tab.contacts.row_of(manager) >= 0)
    [args] = queued(gui_guard, ctx, "contact.link")
    assert args == {
        "target_kind": "organisation",
        "target_id": org,
        "person_id": manager,
        "roles": [],
    }
    undo_step_for(qtbot, ctx, f"{first} {last}")

    # Return (or a double click on the name) opens the contact's profile.
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.contacts.index(tab.contacts.row_of(manager), 0))
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.profile is not None and tab.profile.loaded)
    assert tab.profile is not None and tab.profile.person_id == manager
    tab.profile.close()
    tab.activateWindow()  # the window manager's part once the profile closed
    qtbot.waitUntil(tab.isActiveWindow)

    # Main contact by keyboard: the cell, then Space.
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.contacts.index(tab.contacts.row_of(manager), MAIN_COLUMN))
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(queued(gui_guard, ctx, "contact.set_roles")) == 1)
    # Notification recipient by mouse.
    click_check(qtbot, tab.table, tab.contacts.row_of(manager), NOTIFY_COLUMN)
    qtbot.waitUntil(lambda: len(queued(gui_guard, ctx, "contact.set_roles")) == 2)
    roles = [a["roles"] for a in queued(gui_guard, ctx, "contact.set_roles")]
    assert roles == [{"main_contact": True}, {"notification_recipient": True}]
    qtbot.waitUntil(lambda: ctx.ops.idle and tab.contacts.rows[0]["notification_recipient"])
    with gui_guard.allowed(), ctx.store.sessions() as s:
        chief = main_contact(s, filled.tenant_id, TargetKind.ORGANISATION, org)
        assert chief is not None and chief.id == manager

    # Delete removes the contact (not the person); Undo links them again with the roles.
    tab.table.selectRow(tab.contacts.row_of(manager))
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    # Asked first (Delete never deletes without it); Cancel is the default.
    qtbot.waitUntil(lambda: tab.confirm is not None and tab.confirm.isVisible())
    assert tab.confirm is not None and first in tab.confirm.text()
    qtbot.mouseClick(tab.confirm.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.contacts.rowCount() == 0)
    assert queued(gui_guard, ctx, "contact.unlink")
    undo_step_for(qtbot, ctx, "removing")
    failures: list[Exception] = []
    ctx.undo.undo_last(ctx.ops, parent=tab, failed=failures.append)
    qtbot.waitUntil(lambda: tab.contacts.rowCount() == 1 and ctx.ops.idle)
    assert failures == []
    back = tab.contacts.rows[0]
    assert (back["main_contact"], back["notification_recipient"]) == (True, True)


def test_plus_contact_makes_a_person_with_two_addresses_found_again_by_phone(
    qtbot, offline_ctx, gui_guard, filled
) -> None:
    ctx = offline_ctx
    customer = read(gui_guard, ctx.store, "SELECT id FROM customer LIMIT 1")[0][0]
    tab = make_tab(qtbot, ctx, "customer", customer)
    search(qtbot, tab, "Ingrid Nyberg")
    assert tab.found.rowCount() == 0 and tab.found_table.empty.isVisible()
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, PersonDialog)
    # What was searched for is the name.
    assert (dialog.first_name.text(), dialog.last_name.text()) == ("Ingrid", "Nyberg")
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    dialog.emails.setFocus()
    qtbot.keyClicks(dialog.emails, "ingrid@nyberg.se, ingrid.privat@example.se")
    qtbot.keyClick(dialog.emails, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "070-123 45 67")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.contacts.rowCount() == 1)
    [created] = queued(gui_guard, ctx, "person.create")
    assert [e["address"] for e in created["emails"]] == [
        "ingrid@nyberg.se",
        "ingrid.privat@example.se",
    ]
    qtbot.waitUntil(lambda: bool(queued(gui_guard, ctx, "contact.link")))
    [link] = queued(gui_guard, ctx, "contact.link")
    assert (link["person_id"], link["target_kind"]) == (created["person_id"], "customer")
    row = tab.contacts.rows[0]
    assert row["email"] == "ingrid@nyberg.se, ingrid.privat@example.se"
    assert row["phone"] == "+46701234567"
    undo_step_for(qtbot, ctx, "linking Ingrid Nyberg")

    # Found again by the number as one writes it, ticked as linked already.
    search(qtbot, tab, "070 123 45 67")
    assert [r["id"] for r in tab.found.rows] == [created["person_id"]]
    assert tab.found.rows[0]["linked"] is True


def test_plus_contact_of_someone_known_links_the_person_taken_instead(
    qtbot, offline_ctx, gui_guard, filled
) -> None:
    ctx = offline_ctx
    manager = filled.manager_ids[1]
    [(first, last, email)] = read(
        gui_guard,
        ctx.store,
        "SELECT first_name, last_name, address FROM person JOIN person_email e"
        " ON e.person_id = person.id WHERE person.id = :i",
        i=manager,
    )
    tab = make_tab(qtbot, ctx, "organisation", filled.organisation_ids[1])
    tab.search.setText(f"{first} {last} {email}")
    dialog = tab.new_contact()
    assert isinstance(dialog, PersonDialog)
    dialog.ok.click()
    # The duplicate warning: take the known person instead of making a new one.
    qtbot.waitUntil(lambda: dialog.warning is not None and dialog.warning.isVisible())
    assert dialog.warning is not None
    dialog.warning.take_button.click()
    qtbot.waitUntil(lambda: tab.contacts.row_of(manager) >= 0)
    assert not queued(gui_guard, ctx, "person.create")
    [link] = queued(gui_guard, ctx, "contact.link")
    assert link["person_id"] == manager


def test_a_viewer_sees_the_contacts_and_cannot_change_them(qtbot, ctx, gui_guard, filled) -> None:
    org = filled.organisation_ids[0]
    with gui_guard.allowed():
        ctx.store.execute(
            build(
                "contact.link",
                1,
                {
                    "target_kind": "organisation",
                    "target_id": org,
                    "person_id": filled.manager_ids[0],
                    "roles": ["main_contact"],
                },
                id=new_id(),
            ),
            filled.actor,
        )
    ctx.actor = replace(ctx.actor, roles=frozenset({"viewer"}))
    tab = make_tab(qtbot, ctx, "organisation", org)
    assert tab.contacts.rowCount() == 1 and tab.contacts.rows[0]["main_contact"] is True
    assert not tab.search.isEnabled() and not tab.new_button.isEnabled()
    assert "not change" in tab.note.text()
    click_check(qtbot, tab.table, 0, MAIN_COLUMN)
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert tab.confirm is None and not tab.remove_button.isEnabled()
    assert tab.contacts.rows[0]["main_contact"] is True
    assert not queued(gui_guard, ctx, "contact.set_roles")
    assert not queued(gui_guard, ctx, "contact.unlink")


def test_tab_goes_from_the_search_to_the_results_the_contacts_and_remove(
    qtbot, ctx, gui_guard, filled
) -> None:
    org = filled.organisation_ids[0]
    args = {"target_kind": "organisation", "target_id": org, "person_id": filled.manager_ids[0]}
    with gui_guard.allowed():
        ctx.store.execute(build("contact.link", 1, args, id=new_id()), filled.actor)
    tab = make_tab(qtbot, ctx, "organisation", org)
    tab.table.selectRow(0)
    qtbot.waitUntil(tab.remove_button.isEnabled)
    search(qtbot, tab, "a")
    tab.search.setFocus()
    seen = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [
        tab.search_button,
        tab.new_button,
        tab.found_table,
        tab.table,
        tab.remove_button,
    ]


def test_typing_runs_only_the_newest_search_and_a_cleared_field_shows_no_stale_results(
    qtbot, offline_ctx, filled
) -> None:
    """Search as you type: the searches a newer keystroke makes stale never run, and
    results found for a text no longer in the field are not shown (typed "ann", cleared
    at once: no results under an empty field)."""
    ctx = offline_ctx
    tab = make_tab(qtbot, ctx, "organisation", filled.organisation_ids[0])
    searched: list[str] = []
    original = contact_ops.search_contacts

    def counting(c, text, kind, target_id):  # type: ignore[no-untyped-def]
        searched.append(text)
        return original(c, text, kind, target_id)

    contact_ops.search_contacts = counting  # type: ignore[assignment]
    try:
        release = hold_the_database(ctx.ops)
        tab.search.setFocus()
        qtbot.keyClicks(tab.search, "ann")
        qtbot.waitUntil(lambda: tab.search._last == "ann")  # each keystroke reported
        tab.search.clear()  # the clear button's way
        release.set()
        qtbot.waitUntil(lambda: ctx.ops.idle, timeout=10_000)
        assert searched == []  # all three were stale before the database was free
        assert not tab.found_table.isVisible() and tab.found.rowCount() == 0

        # Typed again and answered: the newest text's results, once.
        release = hold_the_database(ctx.ops)
        qtbot.keyClicks(tab.search, "an")
        qtbot.waitUntil(lambda: tab.search._last == "an")
        release.set()
        qtbot.waitUntil(lambda: tab.found_for == "an" and tab.found_table.isVisible())
        qtbot.waitUntil(lambda: ctx.ops.idle, timeout=10_000)
        assert searched == ["an"]
    finally:
        contact_ops.search_contacts = original  # type: ignore[assignment]
