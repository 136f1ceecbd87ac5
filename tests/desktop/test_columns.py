"""Columns on a laptop screen: the ones that fit, a chooser on the header, kept per user;
the sort column always shown; the print preview inside the screen (issue 21 item 7)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.common.columns import fitting_columns
from desktop.participants.view import ParticipantsView
from desktop.printing.output import preview
from desktop.printing.sheet import people_sheet_spec

LAPTOP = (1366, 700)  # a 1366 × 768 screen less the title bar, menus and status bar


def make_view(qtbot, ctx, size: tuple[int, int] = LAPTOP) -> ParticipantsView:
    view = ParticipantsView(ctx)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitUntil(lambda: view.model.loaded)
    return view


def shown_keys(view: ParticipantsView) -> list[str]:
    header = view.table.horizontalHeader()
    columns = view.model.source.columns
    return [
        columns[header.logicalIndex(v)].key
        for v in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(v))
    ]


def test_fitting_keeps_the_sort_column_and_the_most_important_that_fit_whole() -> None:
    widths = [100, 100, 100, 100, 100]
    assert fitting_columns(widths, [2, 0, 1], 320, keep=4) == {4, 2, 0, 1} - {1}
    assert fitting_columns(widths, [], 250) == {0, 1}
    # The first column is shown even when nothing fits.
    assert fitting_columns(widths, [3], 50) == {3}


def test_a_laptop_shows_whole_the_columns_that_fit_with_status_approvals_and_sort(
    qtbot, ctx
) -> None:
    view = make_view(qtbot, ctx)
    header = view.table.horizontalHeader()
    keys = shown_keys(view)
    assert {"participant", "status", "requested", "approved", "created"} <= set(keys)
    assert len(keys) < 10
    # Every shown column is whole on screen: the header is no wider than the table.
    shown_width = sum(header.sectionSize(header.logicalIndex(v)) for v in range(len(keys)))
    assert header.length() <= view.table.viewport().width() + 1
    assert shown_width <= view.table.viewport().width() + 1
    created = [c.key for c in view.model.source.columns].index("created")
    assert header.sortIndicatorSection() == created and header.isSortIndicatorShown()
    # A wide screen shows more.
    wide = make_view(qtbot, ctx, (2400, 900))
    assert len(shown_keys(wide)) > len(keys)


def test_the_header_menu_chooses_columns_and_the_choice_is_kept(qtbot, ctx) -> None:
    view = make_view(qtbot, ctx)
    menu = view.table.columns.build_menu()
    items = {a.text(): a for a in menu.actions() if not a.isSeparator()}
    assert "Reset columns" in items
    assert {"Participant", "E-mail", "Approved via e-mail", "Created"} <= set(items)
    assert items["Created"].isChecked() and not items["Created"].isEnabled()  # sorted by it
    assert not items["E-mail"].isChecked()
    items["E-mail"].setChecked(True)
    items["Participant"].setChecked(False)
    assert "email" in shown_keys(view) and "participant" not in shown_keys(view)
    # Kept at once, per list: a new view (the next start) shows the same.
    again = make_view(qtbot, ctx)
    assert shown_keys(again) == shown_keys(view)
    # Reset: the list's own order and the columns that fit.
    view.table.horizontalHeader().moveSection(0, 5)
    view.table.columns.reset()
    keys = shown_keys(view)
    assert keys[0] == "participant" and "email" not in keys
    assert keys == sorted(keys, key=[c.key for c in view.model.source.columns].index)


def test_sorting_by_a_hidden_column_shows_it(qtbot, ctx) -> None:
    view = make_view(qtbot, ctx)
    columns = [c.key for c in view.model.source.columns]
    email = columns.index("email")
    assert view.table.isColumnHidden(email)
    with qtbot.waitSignal(view.model.ids_loaded, timeout=5000):
        view.table.sortByColumn(email, Qt.SortOrder.AscendingOrder)
    assert not view.table.isColumnHidden(email)
    assert view.model.query.sort_key == "email"


def test_the_print_preview_fits_the_screen(qtbot) -> None:
    spec = people_sheet_spec("list", title="T", subtitle="", organisation="O", rows=[])
    dialog = preview(spec)
    qtbot.addWidget(dialog)
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert dialog.width() <= room.width() * 0.9 and dialog.height() <= room.height() * 0.9
    dialog.close()


def test_the_columns_shown_first_are_wide_enough_for_their_swedish_titles(
    qtbot, ctx, swedish
) -> None:
    view = make_view(qtbot, ctx)
    header = view.table.horizontalHeader()
    for column in range(header.count()):
        if not header.isSectionHidden(column):
            assert header.sectionSize(column) >= header.sectionSizeHint(column), column


def test_until_the_user_chooses_the_columns_follow_the_width_also_after_a_restart(
    qtbot, ctx
) -> None:
    # A window first shown small, then made full size (as a window manager does at start):
    # the columns that fit the first width must not stick.
    view = make_view(qtbot, ctx, (700, 600))
    narrow = shown_keys(view)
    view.resize(1366, 700)
    qtbot.waitUntil(lambda: len(shown_keys(view)) > len(narrow))
    wide = shown_keys(view)
    assert {"organisation", "approved"} <= set(wide)
    # Saved on quit and started again narrow: still what fits, not the saved columns.
    view.table.save_layout()
    again = make_view(qtbot, ctx, (700, 600))
    assert len(shown_keys(again)) < len(wide)
    assert again.table.horizontalHeader().length() <= again.table.viewport().width() + 1
    # Once the user chose, the width no longer decides.
    menu = again.table.columns.build_menu()
    items = {a.text(): a for a in menu.actions() if not a.isSeparator()}
    items["E-mail"].setChecked(True)
    chosen = shown_keys(again)
    again.resize(1800, 700)
    qtbot.waitUntil(lambda: again.table.viewport().width() > 1000)
    assert shown_keys(again) == chosen
    third = make_view(qtbot, ctx, (1800, 700))
    assert shown_keys(third) == chosen
