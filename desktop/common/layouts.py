"""The shapes every dialog and page builds: a column or a row of widgets, a dialog's
OK/Cancel or Close buttons. One call instead of a block of ``addWidget`` lines."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

#: A widget or layout, or one with its stretch factor; ``None`` in a row is a stretch.
Item = QWidget | QLayout | tuple[QWidget | QLayout, int] | None


def _fill(box: QBoxLayout, items: tuple[Item, ...]) -> None:
    for item in items:
        stretch = 0
        if isinstance(item, tuple):
            item, stretch = item
        if item is None:
            box.addStretch(1)
        elif isinstance(item, QLayout):
            box.addLayout(item, stretch)
        else:
            box.addWidget(item, stretch)


def vbox(parent: QWidget | None, *items: Item) -> QVBoxLayout:
    """A column of ``items`` top to bottom, set on ``parent`` when given."""
    box = QVBoxLayout(parent) if parent is not None else QVBoxLayout()
    _fill(box, items)
    return box


def hbox(*items: Item) -> QHBoxLayout:
    """A row of ``items`` left to right; ``None`` pushes what follows to the right."""
    box = QHBoxLayout()
    _fill(box, items)
    return box


def ok_cancel(
    dialog: QDialog, ok_text: str | None, on_ok: Callable[[], object]
) -> tuple[QDialogButtonBox, QPushButton]:
    """OK (named for the act when ``ok_text``) and Cancel: OK calls ``on_ok``, Cancel
    rejects ``dialog``. Returns the box and its OK button."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    if ok_text is not None:
        ok.setText(ok_text)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


def close_buttons(dialog: QDialog) -> QDialogButtonBox:
    """A Close button that rejects ``dialog``."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    return buttons
