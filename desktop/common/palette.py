"""The application's palette: every text readable, at least 4.5:1 (WCAG AA).

Qt's Fusion palette draws placeholders at half opacity and disabled text in
#bebebe (about 1.7:1 on the #efefef window). Hints and captions are drawn in
the placeholder colour (:data:`HINT_STYLE`), never in the frame colours
``mid`` or ``dark`` (#b8b8b8 and #9f9f9f: 1.7:1 and 2.3:1); here that colour
and the disabled texts are made dark enough on every background they sit on.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

#: A hint or caption beside the data (quieter than the text, still readable).
HINT_STYLE = "color: palette(placeholder-text);"
#: The least contrast of any text with its background (WCAG 2 AA, normal text).
MIN_CONTRAST = 4.5

HINT = QColor("#5f5f5f")
DISABLED_TEXT = QColor("#676767")

_Group = QPalette.ColorGroup
_Role = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    """The relative luminance of an sRGB colour (WCAG 2)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(text: QColor, background: QColor) -> float:
    """The WCAG contrast ratio of ``text`` on ``background`` (1 to 21); a translucent text
    colour is blended over the background first."""
    if text.alphaF() < 1.0:
        a = text.alphaF()
        text = QColor.fromRgbF(
            text.redF() * a + background.redF() * (1 - a),
            text.greenF() * a + background.greenF() * (1 - a),
            text.blueF() * a + background.blueF() * (1 - a),
        )
    light, dark = sorted((luminance(text), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_palette(palette: QPalette) -> QPalette:
    """``palette`` with its placeholder and disabled texts readable."""
    out = QPalette(palette)
    for group in (_Group.Active, _Group.Inactive):
        out.setColor(group, _Role.PlaceholderText, HINT)
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText, _Role.PlaceholderText):
        out.setColor(_Group.Disabled, role, DISABLED_TEXT)
    return out


def apply_palette(app: QGuiApplication) -> None:
    """Give the application the readable palette (at start-up, before any window)."""
    app.setPalette(readable_palette(app.palette()))
