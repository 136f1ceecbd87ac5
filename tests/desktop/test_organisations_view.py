"""The Organisations tab (issue 15): customers with their contracts, organisations and
agents listed with their main contact, searched, created, edited and archived with the
keyboard and the mouse, each change a queued command taken back by Edit › Undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop.operations import DbOp
from desktop.organisations.dialogs import (
    AgentDialog,
    ContractDialog,
    CustomerDialog,
    OrganisationDialog,
)
from desktop.organisations.queries import load_organisations
from desktop.organisations.view import OrganisationsView
from models.ids import new_id
from models.organisations import Organisation
from tests.desktop.conftest import make_window, read
from tests.desktop.test_course_dialogs import queued, type_fields
from tests.desktop.test_mainwindow import _mnemonic

LEFT = Qt.MouseButton.LeftButton


def _view(qtbot, ctx) -> OrganisationsView:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, ctx)
    window.show_tab("organisations")
    view = window.organisations
    qtbot.waitUntil(lambda: view.loaded)
    return view


def _names(view: OrganisationsView, row_list) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(r.get("name") or r.get("title")) for r in row_list.model.rows]


def _select(qtbot, row_list, name: str) -> None:  # type: ignore[no-untyped-def]
    """Click the row named ``name``."""
    row = next(
        i for i, r in enumerate(row_list.model.rows) if name in (r.get("name"), r.get("title"))
    )
    rect = row_list.table.visualRect(row_list.model.index(row, 0))
    qtbot.mouseClick(row_list.table.viewport(), LEFT, pos=rect.center())
    qtbot.waitUntil(lambda: (row_list.selected() or {}).get("id") == row_list.model.rows[row]["id"])


def _dialog(qtbot, view: OrganisationsView, kind: type, before: object = None):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(view.last_dialog, kind) and view.last_dialog is not before)
    return view.last_dialog


def test_a_customer_with_a_contract_is_made_edited_archived_and_undone(
    qtbot, ctx, gui_guard
) -> None:
    view = _view(qtbot, ctx)
    # A new organisation (Organisations list), typed and saved with Enter.
    view.pages.setCurrentIndex(1)
    qtbot.mouseClick(view.organisations.new, LEFT)
    dialog = _dialog(qtbot, view, OrganisationDialog)
    type_fields(qtbot, dialog, "Umeå Energi AB", "5560160680", "Umeå")
    qtbot.waitUntil(lambda: "Umeå Energi AB" in _names(view, view.organisations))
    assert queued(gui_guard, ctx, "organisation.create")[0]["name"] == "Umeå Energi AB"
    sql = "SELECT org_number, city FROM organisation WHERE name = 'Umeå Energi AB'"
    assert read(gui_guard, ctx.store, sql) == [("556016-0680", "Umeå")]
    assert ctx.undo.top() is not None

    # It becomes a customer: chosen by typing its name in the list of organisations.
    view.pages.setCurrentIndex(0)
    qtbot.mouseClick(view.customers.new, LEFT)
    dialog = _dialog(qtbot, view, CustomerDialog)
    type_fields(qtbot, dialog, "Umeå Energi AB (556016-0680)", "K-77")
    qtbot.waitUntil(lambda: "Umeå Energi AB" in _names(view, view.customers))
    _select(qtbot, view.customers, "Umeå Energi AB")
    assert view.contracts_title.text() == "Contracts of Umeå Energi AB"

    # A contract whose end is before its start is refused next to the end date.
    qtbot.mouseClick(view.contracts.new, LEFT)
    dialog = _dialog(qtbot, view, ContractDialog)
    type_fields(qtbot, dialog, "Ramavtal", "2027-02-01", "2027-01-31")
    qtbot.waitUntil(lambda: dialog.errors["ends_on"].isVisible())
    assert dialog.errors["ends_on"].text() == "The contract ends before it starts"
    dialog.dates["ends_on"].setFocus()
    type_fields(qtbot, dialog, "2028-12-31")
    qtbot.waitUntil(lambda: _names(view, view.contracts) == ["Ramavtal"])
    assert view.customers.selected()["contracts"] == 1  # type: ignore[index]

    # Edited by double-click: the new title; Edit › Undo takes it back.
    _select(qtbot, view.contracts, "Ramavtal")
    rect = view.contracts.table.visualRect(view.contracts.model.index(0, 0))
    qtbot.mouseDClick(view.contracts.table.viewport(), LEFT, pos=rect.center())
    edit = _dialog(qtbot, view, ContractDialog, dialog)
    type_fields(qtbot, edit, "Ramavtal utbildning")
    qtbot.waitUntil(lambda: _names(view, view.contracts) == ["Ramavtal utbildning"])
    [change] = queued(gui_guard, ctx, "contract.edit")
    assert change["changes"] == {"title": {"old": "Ramavtal", "new": "Ramavtal utbildning"}}
    qtbot.waitUntil(lambda: ctx.undo.top() is not None and "edit of" in ctx.undo.top().label)
    failures: list[object] = []
    ctx.undo.undo_last(ctx.ops, parent=view, failed=failures.append)
    qtbot.waitUntil(lambda: _names(view, view.contracts) == ["Ramavtal"])
    assert failures == []

    # Archived with its button: gone from the list, listed with Show archived, restored.
    _select(qtbot, view.contracts, "Ramavtal")
    assert view.contracts.archive.text() == "Archive co&ntract"
    qtbot.mouseClick(view.contracts.archive, LEFT)
    qtbot.waitUntil(lambda: _names(view, view.contracts) == [])
    qtbot.waitUntil(lambda: ctx.undo.top() is not None and "archiving" in ctx.undo.top().label)
    assert view.customers.selected()["contracts"] == 0  # type: ignore[index]
    view.show_archived.click()
    qtbot.waitUntil(lambda: _names(view, view.contracts) == ["Ramavtal"])
    assert view.contracts.model.index(0, 0).data() == "Ramavtal (archived)"
    _select(qtbot, view.contracts, "Ramavtal")
    assert view.contracts.archive.text() == "Restore contract"
    assert not view.contracts.edit.isEnabled()
    qtbot.mouseClick(view.contracts.archive, LEFT)
    qtbot.waitUntil(lambda: view.contracts.model.index(0, 0).data() == "Ramavtal")
    view.show_archived.click()
    qtbot.waitUntil(lambda: _names(view, view.contracts) == ["Ramavtal"])
    archives = queued(gui_guard, ctx, "contract.archive")
    assert [a["changes"]["archived"]["new"] for a in archives] == [True, False]


def test_the_search_and_the_main_contact_column(qtbot, ctx, filled, gui_guard) -> None:
    view = _view(qtbot, ctx)
    customer = view.customers.model.rows[0]
    person = filled.participant_ids[0]

    def link(c):  # type: ignore[no-untyped-def]
        args = {"target_kind": "customer", "target_id": customer["id"], "person_id": person}
        c.execute(c.command("contact.link", {**args, "roles": ["main_contact"]}))
        contract = {"contract_id": new_id(), "customer_id": customer["id"]}
        c.execute(c.command("contract.create", {**contract, "title": "Ramavtal fjärrvärme"}))

    DbOp(link, parent=view, label="link").run(ctx.ops)
    [(name,)] = read(
        gui_guard,
        ctx.store,
        "SELECT first_name || ' ' || last_name FROM person WHERE id = :i",
        i=person,
    )
    row = view.customers.model.row_of(customer["id"])
    qtbot.waitUntil(lambda: view.customers.model.rows[row]["main_contact"] == name)
    column = [c.key for c in view.customers.model.columns].index("main_contact")
    assert view.customers.model.index(row, column).data() == name

    # Typing in the search narrows every list to the rows with each word.
    qtbot.mouseClick(view.search, LEFT)
    qtbot.keyClicks(view.search, customer["customer_number"])
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _names(view, view.customers) == [customer["name"]])
    assert view.count_label.text() == "1 row"
    # A contract's title finds its customer.
    view.search.selectAll()
    qtbot.keyClicks(view.search, "FJÄRRVÄRME")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _names(view, view.customers) == [customer["name"]])
    view.search.clear()
    qtbot.waitUntil(lambda: len(view.customers.model.rows) > 1)


def test_an_agent_is_made_from_an_organisation_by_an_admin(qtbot, ctx) -> None:
    view = _view(qtbot, ctx)
    view.pages.setCurrentIndex(2)
    before = len(view.agents.model.rows)
    assert view.agents.new.isEnabled()  # the filled store's actor is an admin
    qtbot.mouseClick(view.agents.new, LEFT)
    dialog = _dialog(qtbot, view, AgentDialog)
    # Nothing chosen: refused next to the organisation.
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and QApplication.focusWidget() is not None)
    qtbot.mouseClick(dialog.ok, LEFT)
    assert dialog.errors["organisation_id"].text() == "Choose an organisation"
    first = dialog.organisation.itemText(1)
    dialog.organisation.setFocus()
    type_fields(qtbot, dialog, first, "Kundportalens agent")
    qtbot.waitUntil(lambda: len(view.agents.model.rows) == before + 1)
    assert "Kundportalens agent" in _names(view, view.agents)
    # Its edit dialog shows the organisation and the contacts tab.
    _select(qtbot, view.agents, "Kundportalens agent")
    view.window().activateWindow()
    qtbot.waitUntil(lambda: view.agents.table.hasFocus() and view.window().isActiveWindow())
    qtbot.keyClick(view.agents.table, Qt.Key.Key_Return)
    edit = _dialog(qtbot, view, AgentDialog, dialog)
    labels = [w.text() for w in edit.findChildren(QLabel)]
    assert first.split(" (")[0] in labels
    assert edit.tabs.tabText(1) == "Contacts" and edit.contacts is not None
    edit.reject()


def test_a_long_list_shows_the_main_contacts_of_all_its_rows(qtbot, ctx, filled, gui_guard) -> None:
    """More organisations than one query asks about at once (SQLite's bound values)."""
    person = filled.participant_ids[1]
    last = new_id()
    with gui_guard.allowed(), ctx.store.session() as s:
        for i in range(1_200):
            row_id = last if i == 1_199 else new_id()
            s.add(Organisation(id=row_id, tenant_id=ctx.actor.tenant_id, name=f"Ö-bolag {i:04d}"))

    def run(c):  # type: ignore[no-untyped-def]
        args = {"target_kind": "organisation", "target_id": last, "person_id": person}
        c.execute(c.command("contact.link", {**args, "roles": ["main_contact"]}))
        return load_organisations(c, search="Ö-bolag")

    found: list[list[dict[str, object]]] = []
    DbOp(run, parent=None, label="long list").success(found.append).run(ctx.ops)
    qtbot.waitUntil(lambda: bool(found))
    rows = {r["id"]: r for r in found[0]}
    assert len(rows) == 1_200 and rows[last]["main_contact"]


@pytest.mark.parametrize("language", ["en", "sv"])
def test_each_lists_buttons_have_their_own_alt_keys_beside_the_menus(
    qtbot, ctx, language, request
) -> None:
    if language == "sv":
        request.getfixturevalue("swedish")
    view = _view(qtbot, ctx)
    menus = {_mnemonic(a.text()) for a in view.window().menuBar().actions()}
    for row_list in view.lists:
        keys = [_mnemonic(b.text()) for b in (row_list.new, row_list.edit, row_list.archive)]
        assert None not in keys and len(set(keys)) == 3, (language, keys)
        assert not set(keys) & menus, (language, row_list.name, keys)
    pages = [view.customers, view.contracts]
    assert len({_mnemonic(b.text()) for r in pages for b in (r.new, r.edit, r.archive)}) == 6
