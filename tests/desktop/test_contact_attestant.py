"""The contact role Attestant (issue 20, seed 004): ticked on an organisation's contact in
the Contacts tab, it makes them one of the attestants its agent order form offers; the
column is an organisation's only."""

from __future__ import annotations

from desktop.contacts.tab import CONTACT_COLUMNS, ContactsTab
from models.contacts import attestants
from models.ids import new_id
from tests.desktop.conftest import read
from tests.desktop.test_contacts_tab import click_check, make_tab, queued, search

ATTESTANT_COLUMN = len(CONTACT_COLUMNS) - 1


def test_an_organisations_contact_is_made_its_attestant(
    qtbot, offline_ctx, gui_guard, filled
) -> None:
    ctx = offline_ctx
    org, manager = filled.organisation_ids[0], filled.manager_ids[0]
    [(email,)] = read(
        gui_guard, ctx.store, "SELECT address FROM person_email WHERE person_id = :i", i=manager
    )
    tab = make_tab(qtbot, ctx, "organisation", org)
    assert CONTACT_COLUMNS[ATTESTANT_COLUMN].key == "attestant"
    assert not tab.table.isColumnHidden(ATTESTANT_COLUMN)
    search(qtbot, tab, email)
    click_check(qtbot, tab.found_table, tab.found.row_of(manager), 0)
    qtbot.waitUntil(lambda: tab.contacts.row_of(manager) >= 0)
    click_check(qtbot, tab.table, tab.contacts.row_of(manager), ATTESTANT_COLUMN)
    qtbot.waitUntil(lambda: len(queued(gui_guard, ctx, "contact.set_roles")) == 1)
    assert [a["roles"] for a in queued(gui_guard, ctx, "contact.set_roles")] == [
        {"attestant": True}
    ]
    qtbot.waitUntil(lambda: ctx.ops.idle and tab.contacts.rows[0]["attestant"])
    with gui_guard.allowed(), ctx.store.sessions() as s:
        assert [p.id for p in attestants(s, filled.tenant_id, org)] == [manager]


def test_the_attestant_column_is_an_organisations_only(qtbot, offline_ctx, filled) -> None:
    for kind in ("customer", "contract", "agent", "user"):
        tab = ContactsTab(offline_ctx, kind, new_id())
        qtbot.addWidget(tab)
        qtbot.waitUntil(lambda tab=tab: tab.loaded)
        assert tab.table.isColumnHidden(ATTESTANT_COLUMN), kind
