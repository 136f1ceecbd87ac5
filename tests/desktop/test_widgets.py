"""The widgets the tabs share: the splitter keeps its sizes, the count says n of N."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel

from desktop.common.widgets import CountLabel, SavedSplitter, choice_box, refill_combo


def test_a_saved_splitter_comes_back_with_the_sizes_the_user_left(qtbot, settings) -> None:
    def splitter(name: str) -> SavedSplitter:
        made = SavedSplitter(name, settings, [QLabel("a"), QLabel("b")], sizes=[300, 300])
        qtbot.addWidget(made)
        made.resize(600, 100)
        made.show()
        return made

    first = splitter("list")
    first.setSizes([450, 150])
    kept = first.sizes()
    first.save_layout()
    assert splitter("list").sizes() == kept
    # Nothing saved under its name: its own sizes, about half and half.
    left, right = splitter("other").sizes()
    assert abs(left - right) <= 10 and left < kept[0]


def test_the_count_label_says_how_many_of_how_many(qtbot) -> None:
    label = CountLabel()
    qtbot.addWidget(label)
    label.show_counts(1234, 100_000)
    assert label.text() == "1,234 of 100,000 shown"
    assert label.objectName() == "countLabel"


def test_a_refilled_combo_keeps_the_choice_while_it_is_still_offered(qtbot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    refill_combo(combo, ("All rounds", None), [("r1", "Spring"), ("r2", "Autumn")])
    assert combo.currentIndex() == 0
    combo.setCurrentIndex(2)
    refill_combo(combo, ("All rounds", None), [("r3", "Winter"), ("r2", "Autumn")])
    assert [combo.itemText(i) for i in range(combo.count())] == ["All rounds", "Winter", "Autumn"]
    assert combo.currentData() == "r2"
    refill_combo(combo, ("All rounds", None), [("r1", "Spring")])
    assert combo.currentIndex() == 0
    refill_combo(combo, ("All rounds", None), [("r1", "Spring"), ("r3", "Winter")], "r3")
    assert combo.currentData() == "r3"


def test_a_list_action_works_while_the_list_has_the_focus_and_says_what_it_does(qtbot) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QTableView

    from desktop.common.widgets import list_action, popup_menu

    table = QTableView()
    qtbot.addWidget(table)
    opened: list[bool] = []
    action = list_action(table, "Open", lambda: opened.append(True), "Return")
    quiet = list_action(table, "Copy", lambda: None, tip="Copy the addresses")
    assert action in table.actions() and quiet in table.actions()
    assert action.shortcut().toString() == "Return"
    assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert (action.statusTip(), quiet.statusTip()) == ("Open", "Copy the addresses")
    assert quiet.shortcut().isEmpty()
    action.trigger()
    assert opened == [True]
    menu = popup_menu(table, table, QPoint(1, 1), [action, None, quiet])
    qtbot.waitUntil(menu.isVisible)
    assert [a.isSeparator() for a in menu.actions()] == [False, True, False]
    menu.close()


def test_an_open_action_opens_the_row_by_return_double_click_and_the_menu(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMenu, QTableView

    from desktop.common.widgets import open_action

    table = QTableView()
    model = QStandardItemModel()
    for name in ("Spring", "Autumn"):
        model.appendRow(QStandardItem(name))
    table.setModel(model)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    qtbot.addWidget(table)
    opened: list[int] = []
    chosen = [True]
    action = open_action(
        table,
        "Open round",
        lambda: opened.append(table.currentIndex().row()),
        "Open the selected round's page",
        has_row=lambda: chosen[0],
    )
    assert (action.shortcut().toString(), action.statusTip()) == (
        "Return",
        "Open the selected round's page",
    )
    table.show()
    table.activateWindow()
    qtbot.waitUntil(table.isActiveWindow)
    table.setFocus()
    table.setCurrentIndex(model.index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [1]
    first = table.visualRect(model.index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert opened == [1, 0]

    def menu() -> QMenu | None:
        popup = QApplication.activePopupWidget()
        return popup if isinstance(popup, QMenu) else None

    for has_row in (True, False):
        chosen[0] = has_row
        table.customContextMenuRequested.emit(first)
        qtbot.waitUntil(lambda: menu() is not None)
        shown = menu()
        assert shown is not None and shown.actions() == [action]
        assert action.isEnabled() is has_row
        shown.close()
        qtbot.waitUntil(lambda: menu() is None)
    # Without has_row the table gets no menu from it.
    plain = QTableView()
    plain.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    qtbot.addWidget(plain)
    open_action(plain, "Open", lambda: None)
    assert plain.receivers("2customContextMenuRequested(QPoint)") == 0


def test_a_push_button_runs_its_slot_when_clicked_and_says_its_tip(qtbot) -> None:
    from PySide6.QtCore import QObject, Qt, Signal

    from desktop.common.widgets import push_button

    clicked: list[str] = []
    plain = push_button("Refresh", lambda: clicked.append("refresh"))
    qtbot.addWidget(plain)
    assert (plain.text(), plain.toolTip()) == ("Refresh", "")
    qtbot.mouseClick(plain, Qt.MouseButton.LeftButton)
    assert clicked == ["refresh"]

    class Pane(QObject):
        approve_requested = Signal()

    pane = Pane()
    pane.approve_requested.connect(lambda: clicked.append("approve"))
    tipped = push_button("Approve (A)", pane.approve_requested, "Approve the selected item")
    qtbot.addWidget(tipped)
    assert tipped.toolTip() == "Approve the selected item"
    qtbot.mouseClick(tipped, Qt.MouseButton.LeftButton)
    assert clicked == ["refresh", "approve"]


def test_a_choice_box_shows_its_options_in_the_language_and_chooses_the_current(
    qtbot, swedish
) -> None:  # type: ignore[no-untyped-def]
    from desktop.accounting.economics import PERIODS

    box = choice_box("Economics", PERIODS, name="Period", current="this_year")
    qtbot.addWidget(box)
    assert box.accessibleName() == "Period"
    assert [box.itemData(i) for i in range(box.count())] == list(PERIODS)
    assert (box.itemText(0), box.currentText(), box.currentData()) == (
        "Hela tiden",
        "I år",
        "this_year",
    )
    first = choice_box("Economics", PERIODS, first=("Any", ""), current="gone")
    qtbot.addWidget(first)
    assert (first.count(), first.currentData(), first.itemText(0)) == (len(PERIODS) + 1, "", "Any")
