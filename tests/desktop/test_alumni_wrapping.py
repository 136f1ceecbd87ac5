"""The alumni detail's narrow columns wrap between words and after an address' @, never
inside a word or a domain, and hyphenate nothing (issue 21, minor: at 1366 × 768)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel

from desktop.alumni.detail import breakable

INVISIBLE = "\u200b\u2060"


def wrapped(text: str, width: int) -> list[str]:
    """The lines ``text`` takes in ``width`` pixels when wrapped at its break chances."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return ["".join(c for c in x if c not in INVISIBLE) for x in lines]


def test_an_address_breaks_only_after_its_at_sign_never_in_its_domain(qtbot) -> None:
    address = "anna-lena.andersson@student.umu-exempel.se"
    shown = breakable(address)
    assert "".join(c for c in shown if c not in INVISIBLE) == address
    lines = wrapped(shown, 60)
    assert len(lines) >= 2
    assert lines[-1] == "student.umu-exempel.se"
    assert all(x.endswith(("@", ".")) for x in lines[:-1])


def test_long_words_are_not_hyphenated(qtbot) -> None:
    for text in ("Ämneslärarprogrammet", "Civilingenjörsprogrammet i datateknik"):
        assert breakable(text) == text
    label = QLabel(breakable("Ämneslärarprogrammet"))
    qtbot.addWidget(label)
    label.setWordWrap(True)
    assert label.heightForWidth(60) == label.heightForWidth(400)  # one line, whole
    assert wrapped(breakable("Civilingenjörsprogrammet i datateknik"), 90) == [
        "Civilingenjörsprogrammet ",
        "i datateknik",
    ]
