"""Administration › Membership types…, Prices… and Discounts… (issue 17), offline: the
seed's club sets a membership type with its fee, a category's price naming it and a
discount for another course the same term, typed in kronor and percent with the keyboard;
a rule the price engine cannot price is refused next to its field; an edit and an
archive, taken back with undo. (tests/models/test_booking_commands.py prices the seed's
walk from such rules.)"""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.admin.booking_windows import (
    DiscountDialog,
    DiscountsWindow,
    MembershipTypeDialog,
    MembershipTypesWindow,
    PriceDialog,
    PricesWindow,
)
from tests.desktop.test_admin_bindings import opened, shown
from tests.desktop.test_admin_templates import typed
from tests.desktop.test_categories import undo
from tests.desktop.test_course_dialogs import queued


def choose(qtbot, box, data) -> None:  # type: ignore[no-untyped-def]
    """Pick ``data`` in a combo box with the keyboard (Down until it is current)."""
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.setCurrentIndex(0)
    while box.currentData() != data:
        before = box.currentIndex()
        qtbot.keyClick(box, Qt.Key.Key_Down)
        assert box.currentIndex() != before, f"{data} not offered"


def test_the_seeds_club_sets_its_prices_offline(qtbot, offline_ctx, gui_guard) -> None:  # type: ignore[no-untyped-def]
    ctx = offline_ctx
    types = shown(qtbot, MembershipTypesWindow(ctx))
    dialog = opened(qtbot, types, types.new_button, MembershipTypeDialog)
    typed(qtbot, dialog.name, "Medlemskap 2027")
    typed(qtbot, dialog.fee, "100")
    typed(qtbot, dialog.account, "3890")
    qtbot.keyClick(dialog.account, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: types.model.rowCount() == 1)
    assert types.model.data(types.model.index(0, 1)) == "100 kr"
    [made] = queued(gui_guard, ctx, "membership_type.create")
    assert (made["name"], made["fee"], made["account"]) == ("Medlemskap 2027", 10_000, "3890")
    member_type = made["membership_type_id"]

    prices = shown(qtbot, PricesWindow(ctx))
    dialog = opened(qtbot, prices, prices.new_button, PriceDialog)
    choose(qtbot, dialog.scope_kind, "category")
    typed(qtbot, dialog.scope_id, "Dans")
    typed(qtbot, dialog.price, "1 000")
    qtbot.waitUntil(lambda: dialog.membership.findData(member_type) >= 0)
    choose(qtbot, dialog.membership, member_type)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: prices.model.rowCount() == 1)
    row = prices.model.rows[0]
    assert (row["scope"], row["base_price"], row["membership"]) == (
        "Category Dans",
        100_000,
        "Medlemskap 2027",
    )

    discounts = shown(qtbot, DiscountsWindow(ctx))
    dialog = opened(qtbot, discounts, discounts.new_button, DiscountDialog)
    typed(qtbot, dialog.name, "Två kurser samma termin")
    choose(qtbot, dialog.condition, "early_booking")
    typed(qtbot, dialog.off, "200")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # early booking needs its day
    qtbot.waitUntil(lambda: dialog.errors["book_by"].isVisible())
    assert "last day" in dialog.errors["book_by"].text()
    choose(qtbot, dialog.condition, "other_course_same_term")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: discounts.model.rowCount() == 1)
    assert discounts.model.rows[0]["condition_text"] == "Registered on another course the same term"

    # An edit in percent, then taken back with undo.
    discounts.table.selectRow(0)
    edit = opened(qtbot, discounts, discounts.edit_button, DiscountDialog)
    choose(qtbot, edit.by, "percent")
    edit.off.selectAll()
    typed(qtbot, edit.off, "10")
    qtbot.mouseClick(edit.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: discounts.model.rows[0]["percent"] == 1000)
    [changed] = queued(gui_guard, ctx, "discount_rule.edit")
    assert changed["changes"]["percent"] == {"old": 0, "new": 1000}
    qtbot.waitUntil(lambda: ctx.undo.top() is not None and "edit" in ctx.undo.top().label)
    undo(qtbot, ctx)
    qtbot.waitUntil(lambda: discounts.model.rows[0]["amount"] == 20_000)

    # Archived and restored.
    types.table.selectRow(0)
    qtbot.mouseClick(types.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: types.model.rowCount() == 0)
    qtbot.waitUntil(lambda: ctx.undo.top() is not None and "archiving" in ctx.undo.top().label)
    undo(qtbot, ctx)
    qtbot.waitUntil(lambda: types.model.rowCount() == 1)

    # What the server gets: the price rule names the category and the membership type.
    [rule] = queued(gui_guard, ctx, "price_rule.create")
    assert (rule["scope_kind"], rule["scope_id"], rule["base_price"]) == (
        "category",
        "Dans",
        100_000,
    )
    assert rule["membership_type_id"] == member_type
