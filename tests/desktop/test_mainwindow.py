"""The main window: tabs, menus and shortcuts, round pages, profiles, export, print,
the status bar, errors, and the window and column layout kept in QSettings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.common.tab_view import row_actions_of
from desktop.courses.round_page import RoundPage
from desktop.mainwindow import TAB_KEYS, TAB_VIEWS, MainWindow
from desktop.settings import WINDOW_GEOMETRY, header_key
from desktop.sync_ui.issues import SyncIssuesDialog
from devtools.client_data import fill
from models.tenancy import Role
from tests.desktop.conftest import make_ctx, make_window


def test_five_tabs_and_the_menus(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Courses", "Participants", "Alumni queue", "Agent orders", "Organisations"]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == [
        "&File", "&Edit", "&View", "&Go", "&Actions", "&Sync", "Ad&ministration", "Acco&unting",
        "Re&ports", "&Help",
    ]  # fmt: skip
    shortcuts = {
        a.shortcut().toString() for m in window.menuBar().actions() for a in m.menu().actions()
    }
    for key in ("Ctrl+1", "Ctrl+5", "Ctrl+E", "Ctrl+P", "Ctrl+Z", "Ctrl+F", "F5", "Ctrl+Q"):
        assert key in shortcuts, key
    assert window.act_sync.shortcuts()[1] == QKeySequence("Ctrl+R")


@pytest.mark.parametrize(
    ("role", "shown"), [(Role.ADMIN, True), (Role.TREASURER, True), (Role.COURSE_ADMIN, False)]
)
def test_the_accounting_menu_is_for_who_handles_money(
    qtbot, store, settings, gui_guard, role: Role, shown: bool
) -> None:
    with gui_guard.allowed():
        data = fill(store, participants=5, big_round=2, roles=frozenset({role}))
    ctx = make_ctx(store, data, settings)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        assert window.accounting_menu.menuAction().isVisible() is shown
    finally:
        ctx.ops.shutdown(wait=True)


def test_ctrl_number_switches_tabs_and_ctrl_f_focuses_search(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx)
    window.activateWindow()
    go = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Go")
    go.actions()[1].trigger()  # Ctrl+2
    assert window.tabs.currentWidget() is window.participants
    go.actions()[3].trigger()  # Ctrl+4
    assert window.tabs.currentWidget() is window.agent_orders
    window.show_tab("participants")
    window.focus_search()
    assert window.participants.search.hasFocus() or window.participants.search.isActiveWindow()


def test_round_page_opens_as_a_closable_tab(qtbot, ctx, filled) -> None:
    window = make_window(qtbot, ctx)
    page = window.open_round(filled.big_round_id)
    assert isinstance(page, RoundPage) and window.tabs.currentWidget() is page
    qtbot.waitUntil(lambda: window.tabs.tabText(5) == "Projektledning HT2026")
    assert window.open_round(filled.big_round_id) is page  # not twice
    assert window.tabs.tabBar().tabButton(0, window.tabs.tabBar().ButtonPosition.RightSide) is None
    window.close_tab(0)  # fixed tabs stay
    assert window.tabs.count() == 6
    window.close_tab(5)
    assert window.tabs.count() == 5


def test_double_click_opens_one_profile_per_person(qtbot, ctx, filled) -> None:
    window = make_window(qtbot, ctx)
    profile = window.open_person(filled.participant_ids[0])
    qtbot.waitUntil(lambda: profile.loaded)
    assert window.open_person(filled.participant_ids[0]) is profile
    profile.close()


def test_status_bar_opens_the_sync_issues(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx)
    assert window.sync_status.text().startswith("● Local database only")
    window.sync_status.button.click()
    dialog = window.issues_dialog
    assert isinstance(dialog, SyncIssuesDialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.summary.text().startswith("Nothing needs your attention")
    dialog.close()


def test_export_current_list_to_csv(qtbot, ctx, tmp_path, filled) -> None:
    window = make_window(qtbot, ctx)
    window.show_tab("participants")
    path = tmp_path / "deltagare.csv"
    window.export_current(path)
    qtbot.waitUntil(lambda: path.exists() and "exported" in window.statusBar().currentMessage())
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == len(filled.registration_ids) + 1
    window.show_tab("agent-orders")
    path2 = tmp_path / "orders.xlsx"
    window.export_current(path2)
    qtbot.waitUntil(lambda: path2.exists())


def test_print_opens_the_preview_of_the_current_list(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx)
    window.show_tab("courses")
    window.print_current()
    dialog = window.courses.last_dialog
    assert isinstance(dialog, QDialog) and dialog.isVisible()
    dialog.close()
    window.show_tab("participants")
    window.print_current()  # the rows load off the GUI thread first
    qtbot.waitUntil(lambda: isinstance(window.participants.last_dialog, QDialog))
    assert window.participants.last_dialog.isVisible()
    window.participants.last_dialog.close()
    window.show_tab("agent-orders")
    window.print_current()
    assert isinstance(window.agent_orders.last_dialog, QDialog)
    window.agent_orders.last_dialog.close()


def test_an_order_page_tab_lists_nothing_to_export_print_or_search(qtbot, ctx, filled) -> None:
    window = make_window(qtbot, ctx)
    page = window.open_order(filled.order_ids[0])
    assert window.current_view() is page and not page.shows_list
    window.ask_export()  # no file dialog: nothing to export
    window.print_current()
    window.focus_search()
    assert window.dialogs == []
    window.close_tab(window.tabs.indexOf(page))
    assert window.order_pages == {} and window.tabs.indexOf(page) == -1


def test_unexpected_error_says_no_data_was_lost(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx)
    window.show_error("Export", RuntimeError("disk full"))
    box: QMessageBox = window.dialogs[-1]
    assert "No data was lost" in box.text() and "disk full" in box.detailedText()
    box.close()


def test_undo_in_the_edit_menu_takes_back_a_profile_edit(qtbot, ctx, filled) -> None:
    window = make_window(qtbot, ctx)
    profile = window.open_person(filled.participant_ids[0])
    qtbot.waitUntil(lambda: profile.loaded)
    profile.editors["title"].setText("Prefekt")
    with qtbot.waitSignal(ctx.undo.changed, timeout=5000):
        profile.save()
    assert window.act_undo.isEnabled() and "edit of" in window.act_undo.text()
    with qtbot.waitSignal(ctx.ops.changed, timeout=5000):
        window.act_undo.trigger()
    qtbot.waitUntil(lambda: profile.editors["title"].text() == "")
    profile.close()


def test_window_and_columns_are_kept_in_settings(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx)
    window.resize(900, 523)  # inside the offscreen screen (800 × 800), above the minimum width
    size = (window.size().width(), window.size().height())
    header = window.participants.table.horizontalHeader()
    header.resizeSection(0, 321)
    header.moveSection(2, 0)
    window.close()
    assert ctx.settings.get(WINDOW_GEOMETRY)
    assert ctx.settings.get_bytes(header_key("participants")).size() > 0
    again = make_window(qtbot, ctx)
    h2 = again.participants.table.horizontalHeader()
    assert h2.sectionSize(0) == 321 and h2.logicalIndex(0) == 2
    # The offscreen screen is 800 wide: the width is clamped, the height comes back as it was.
    assert again.size().height() == size[1] != 820


def test_sorting_by_clicking_a_header_is_sql(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx)
    view = window.participants
    with qtbot.waitSignal(view.model.ids_loaded, timeout=5000):
        view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert view.model.query.sort_key == "participant" and not view.model.query.descending


def _mnemonic(text: str) -> str | None:
    """The letter after a single '&' (Alt+letter), None without one."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def _menu_clashes(window) -> list[str]:
    """Menus or entries without a mnemonic, and mnemonics used twice in one menu."""
    problems: list[str] = []

    def check(texts: list[str], where: str, *, every: bool = True) -> None:
        seen: dict[str, str] = {}
        for text in texts:
            key = _mnemonic(text)
            if key is None and not every:
                continue
            if key is None:
                problems.append(f"{where}: {text!r} has no mnemonic")
            elif key in seen:
                problems.append(f"{where}: {text!r} and {seen[key]!r} share Alt+{key}")
            else:
                seen[key] = text

    bar = [a for a in window.menuBar().actions() if a.isVisible()]
    check([a.text() for a in bar], "menu bar")
    for menu_action in bar:
        entries = [
            a.text() for a in menu_action.menu().actions() if not a.isSeparator() and a.isEnabled()
        ]
        # Actions lists the tab's own row actions (their keys are shown): no clash there.
        check(entries, menu_action.text(), every=menu_action.menu() is not window.actions_menu)
    return problems


def test_menus_have_mnemonics_without_clashes_in_both_languages(qtbot, ctx, swedish) -> None:
    window = make_window(qtbot, ctx)
    for key in ("participants", "alumni"):
        window.show_tab(key)
        assert _menu_clashes(window) == [], key
    assert window.menuBar().actions()[0].text() == "&Arkiv"


def test_menus_have_mnemonics_without_clashes_in_english(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx)
    for key in ("participants", "alumni"):
        window.show_tab(key)
        assert _menu_clashes(window) == [], key


def test_the_alumni_keys_are_in_the_actions_menu_with_their_shortcuts(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx)
    window.show_tab("alumni")
    keys = {
        a.shortcut().toString(): a for a in window.actions_menu.actions() if not a.isSeparator()
    }
    for key, action in (
        ("A", window.alumni.act_approve),
        ("D", window.alumni.act_deny),
        ("J", window.alumni.act_next),
        ("K", window.alumni.act_previous),
        ("U", window.alumni.act_undo),
        ("Return", window.alumni.act_open),
    ):
        assert keys.get(key) is action, key
    # Chosen from the menu, an entry acts on the queue as its key does.
    qtbot.waitUntil(lambda: window.alumni.current_index() == 0)
    keys["J"].trigger()
    assert window.alumni.current_index() == 1


def test_each_tab_is_made_when_first_shown_in_its_place_with_its_actions(qtbot, ctx) -> None:
    """Start-up makes only the tab the window opens on; Go › Ctrl+1…5 makes each other tab's
    view the first time, in its tab (same title, not closable), loaded, with the keyboard focus
    (the window stays active), its row actions in the Actions menu; making a view asked for by
    code leaves the shown tab shown."""
    window = make_window(qtbot, ctx, all_tabs=False)
    assert [key for key in TAB_KEYS if window.built_view(key) is not None] == ["courses"]
    window.activateWindow()
    window.courses.search.setFocus()
    qtbot.waitUntil(lambda: window.isActiveWindow() and window.courses.search.hasFocus())
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    switched: list[int] = []
    window.tabs.currentChanged.connect(switched.append)
    alumni = window.alumni  # made now, its tab not shown
    assert window.tabs.currentIndex() == 0 and switched == [] and not alumni.isVisible()
    assert window.tabs.widget(2) is alumni
    go = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Go")
    for index, key in enumerate(TAB_KEYS):
        go.actions()[index].trigger()  # Ctrl+1 … Ctrl+5
        view = window.built_view(key)
        assert view is not None and window.tabs.currentWidget() is view, key
        assert type(view).__name__ == TAB_VIEWS[key].rpartition(".")[2]
        assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == titles
        bar = window.tabs.tabBar()
        assert bar.tabButton(index, bar.ButtonPosition.RightSide) is None
        qtbot.waitUntil(lambda v=view: v.loaded and v.isVisible(), timeout=10_000)
        # The keyboard focus went along to the new tab's first field, the window kept it.
        assert window.isActiveWindow() and view.isAncestorOf(QApplication.focusWidget()), key
        listed = [a for a in window.actions_menu.actions() if not a.isSeparator()]
        own = [a for a in row_actions_of(view) if a is not None]
        assert listed == own if own else [a.text() for a in listed] == ["No actions on this tab"]
    assert switched == [1, 2, 3, 4] and window.tabs.count() == 5 and window.all_loaded()
    assert window.fixed_views() == window.built_views()


def test_a_tab_whose_view_cannot_be_made_says_so_and_its_commands_do_nothing(
    qtbot, ctx, monkeypatch
) -> None:
    """A view that fails to be made on its tab's first show: the failure is shown (and
    logged), the tab stays, the menu's search, export and print do nothing on it, and
    the next show tries again."""
    import desktop.alumni.view as alumni_view

    window = make_window(qtbot, ctx, all_tabs=False)
    shown: list[tuple[str, Exception]] = []
    monkeypatch.setattr(window, "show_error", lambda label, exc: shown.append((label, exc)))

    def broken(*_args: object) -> None:
        raise RuntimeError("the alumni view is broken")

    monkeypatch.setattr(alumni_view, "AlumniQueueView", broken)
    alumni = TAB_KEYS.index("alumni")
    window.tabs.setCurrentIndex(alumni)
    assert [(label, str(exc)) for label, exc in shown] == [
        ("Alumni queue", "the alumni view is broken")
    ]
    assert window.current_view() is None and window.built_view("alumni") is None
    window.focus_search()
    window.ask_export()
    window.print_current()
    window.export_current(Path("unused.csv"))
    window.tabs.setCurrentIndex(0)
    monkeypatch.undo()  # mended: the next show makes it
    window.tabs.setCurrentIndex(alumni)
    assert window.current_view() is window.built_view("alumni") is not None
