"""The widgets the tabs share: the splitter keeps its sizes, the count says n of N."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop.common.widgets import CountLabel, SavedSplitter


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
