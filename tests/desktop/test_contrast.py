"""Every text colour the desktop sets is readable on its background: at least 4.5:1
(WCAG AA), hints and captions included (issue 21 item 11)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from desktop.agent_orders.order_page import STATE_COLOURS
from desktop.alumni.model import CONFLICT_BACKGROUND, CONFLICT_FOREGROUND
from desktop.common.palette import MIN_CONTRAST, contrast_ratio, readable_palette
from desktop.sync_ui.status import COLOURS as SYNC_COLOURS

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
Role, Group = QPalette.ColorRole, QPalette.ColorGroup
COLOUR = r"(#[0-9a-fA-F]{3,8}\b|palette\([a-z-]+\)|[a-z]+)"


def palette() -> QPalette:
    """The palette the application runs with (Fusion's, made readable)."""
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return readable_palette(style.standardPalette())


def resolve(value: str, pal: QPalette) -> QColor:
    if value.startswith("palette("):
        name = value[len("palette(") : -1]
        role = "".join(part.capitalize() for part in name.split("-"))
        return pal.color(Group.Active, getattr(Role, role))
    colour = QColor(value)
    assert colour.isValid(), value
    return colour


def styled_texts() -> list[tuple[str, str, list[str]]]:
    """Every (place, text colour, explicit backgrounds) in a style of the desktop's code:
    the string constants of each statement read together (a style split over lines)."""
    found: list[tuple[str, str, list[str]]] = []
    for path in sorted(DESKTOP.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.stmt) or isinstance(
                node, ast.FunctionDef | ast.ClassDef | ast.If | ast.For | ast.With | ast.Try
            ):
                continue
            text = " ".join(
                n.value
                for n in ast.walk(node)
                if isinstance(n, ast.Constant) and isinstance(n.value, str)
            )
            if "color" not in text or "QColor" in text:
                continue
            backgrounds = re.findall(rf"background(?:-color)?\s*:\s*{COLOUR}", text)
            if "background" in text and not backgrounds:
                continue  # a computed background: the colour tables below
            for value in re.findall(rf"(?<![-\w])color\s*:\s*{COLOUR}", text):
                found.append((f"{path.relative_to(DESKTOP)}:{node.lineno}", value, backgrounds))
    return found


def test_the_ratio_is_the_wcag_one() -> None:
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast_ratio(QColor("#b8b8b8"), QColor("#efefef")) == pytest.approx(1.7, abs=0.05)
    assert contrast_ratio(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)


def test_the_palette_texts_are_readable_on_every_background() -> None:
    pal = palette()
    texts = (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText, Role.Link)
    grounds = (Role.Window, Role.Base, Role.AlternateBase, Role.Button)
    for group in (Group.Active, Group.Inactive, Group.Disabled):
        for text in texts:
            for ground in grounds:
                ratio = contrast_ratio(pal.color(group, text), pal.color(group, ground))
                assert ratio >= MIN_CONTRAST, (group.name, text.name, ground.name, ratio)
    selected = pal.color(Group.Active, Role.Highlight)
    assert contrast_ratio(pal.color(Group.Active, Role.HighlightedText), selected) >= 3.0


def test_every_styled_text_colour_is_readable_on_its_background() -> None:
    pal = palette()
    found = styled_texts()
    assert len(found) > 20  # the scan sees the styles
    failing = []
    for place, value, backgrounds in found:
        colour = resolve(value, pal)
        grounds = [resolve(b, pal) for b in backgrounds] or [
            pal.color(Role.Window),
            pal.color(Role.Base),
        ]
        for ground in grounds:
            ratio = contrast_ratio(colour, ground)
            if ratio < MIN_CONTRAST:
                failing.append(f"{place}: {value} on {ground.name()} is {ratio:.1f}:1")
    assert not failing, "\n".join(failing)


def test_the_colour_tables_are_readable() -> None:
    window = palette().color(Role.Window)
    for state, colour in SYNC_COLOURS.items():
        assert contrast_ratio(QColor(colour), window) >= MIN_CONTRAST, state
    for state, colour in STATE_COLOURS.items():
        assert contrast_ratio(QColor("white"), QColor(colour)) >= MIN_CONTRAST, state
    assert contrast_ratio(CONFLICT_FOREGROUND, CONFLICT_BACKGROUND) >= MIN_CONTRAST


def test_the_application_runs_with_the_readable_palette(qapp, tmp_path) -> None:
    from desktop.app import parse_args
    from desktop.application import Application

    before = QApplication.palette()
    try:
        args = ["--language", "en", "--settings", str(tmp_path / "k.ini")]
        Application(parse_args(args))
        hint = QApplication.palette().color(Role.PlaceholderText)
        assert contrast_ratio(hint, QApplication.palette().color(Role.Window)) >= MIN_CONTRAST
    finally:
        QApplication.setPalette(before)
