"""Keyboard focus in the lists: Tab starts at the search field, goes through the filters to
the list, and never stops on a read-only value of a detail pane."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from tests.desktop.conftest import make_window


def tab_stops(view: QWidget) -> list[QWidget]:
    """The widgets of ``view`` Tab visits, in the order it visits them."""
    stops: list[QWidget] = []
    widget = view.nextInFocusChain()
    while widget is not view:
        if (
            view.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(view)
            and widget.isEnabled()
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def test_tab_goes_from_the_search_through_the_filters_to_the_list(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx)
    for view in window.fixed_views():
        window.tabs.setCurrentWidget(view)
        stops = tab_stops(view)
        assert stops[0] is view.search, type(view).__name__
        list_ = getattr(view, "table", None) or view.course_table
        table = stops.index(list_)
        bar = view.search.parentWidget()
        filters = [w for w in stops if w.parentWidget() is bar and w not in (view.search, list_)]
        assert all(stops.index(w) < table for w in filters), type(view).__name__


def test_read_only_values_of_the_detail_panes_are_no_tab_stops(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx)
    for view in (window.participants, window.alumni):
        window.tabs.setCurrentWidget(view)
        qtbot.waitUntil(lambda v=view: v.detail.detail is not None)
        labels = [w for w in tab_stops(view.detail) if isinstance(w, QLabel)]
        # Actions, not values: the preview link, and the notes' Add note… / Withdraw… links.
        notes = getattr(view.detail, "notes", None)
        links = [getattr(view.detail, "preview_link", None)]
        links += [w for w in (notes.add_link, notes.listing) if "<a " in w.text()] if notes else []
        assert [w.text() for w in labels if w not in links] == [], type(view).__name__
        # The values stay selectable with the mouse, for copying.
        shown = [w for w in view.detail.findChildren(QLabel) if w.isVisibleTo(view.detail)]
        assert any(
            w.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse for w in shown
        )
