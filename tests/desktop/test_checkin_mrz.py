"""The check-in camera reads an ID document's MRZ (issue 19): generated TD1 and TD3 MRZs
rendered as a card held up to the camera, read by Tesseract through the station's frame
path and answered; a wrong check digit and a blank frame read as no MRZ. OCR is slow on
a loaded machine: few frames are read."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from desktop.presence.checkin import CheckInWindow
from desktop.presence.mrz_camera import find_mrz, ocr_available, read_mrz
from models.presence import Green, Red, RedReason
from tests.desktop.test_checkin import MARIA_TD1, MARIA_TD3, _station, evening

__all__ = ["evening"]

SHOTS = Path("/tmp/shots/h16")


def card_frame(mrz: str, angle: float = 0.7) -> QImage:
    """A 1280×720 camera frame: a cream card on grey, slightly turned, its MRZ at the
    bottom in a monospace font."""
    lines = mrz.split("\n")
    width = len(lines[0])
    frame = QImage(1280, 720, QImage.Format.Format_RGB32)
    frame.fill(QColor("#8a8f94"))
    painter = QPainter(frame)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(640, 360)
    painter.rotate(angle)
    painter.translate(-640, -360)
    card_w, card_h = 1000, 630
    x0, y0 = (1280 - card_w) / 2, (720 - card_h) / 2
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#e9e6dc"))
    painter.drawRoundedRect(QRectF(x0, y0, card_w, card_h), 30, 30)
    font = QFont("DejaVu Sans Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPixelSize(int((card_w - 80) / width / 0.602))
    painter.setFont(font)
    painter.setPen(QColor("#202020"))
    step = font.pixelSize() * 1.3
    for i, line in enumerate(lines):
        painter.drawText(int(x0 + 40), int(y0 + card_h - 40 - (len(lines) - 1 - i) * step), line)
    painter.end()
    return frame


def _broken(mrz: str) -> str:
    """``mrz`` with its composite check digit (the last of line 2) wrong."""
    lines = mrz.split("\n")
    lines[1] = lines[1][:-1] + str((int(lines[1][-1]) + 3) % 10)
    return "\n".join(lines)


def test_look_alikes_are_put_right_by_position_and_check_digits_decide() -> None:
    line1, line2, _names = MARIA_TD1.split("\n")
    # OCR's confusions: O for 0 and I for 1 in the dates, 5 for S in the country, names
    # read short with a speck after them.
    misread = "\n".join(
        (line1, line2.replace("0", "O").replace("1", "I").replace("SWE", "5WE"), "EK<<MARIA<<<<8")
    )
    assert find_mrz(misread) == MARIA_TD1
    # A character too many in a line with check digits (an edge read as a letter).
    passport1, passport2 = MARIA_TD3.split("\n")
    assert find_mrz(f"{passport1}\n{passport2[:20]}T{passport2[20:]}") == MARIA_TD3
    # A run of fillers read short in a line with check digits.
    assert find_mrz(f"{line1}\n{line2.replace('<<<<', '<', 1)}\nEK<<MARIA<<<") == MARIA_TD1
    # A names line read long: a filler too many.
    assert find_mrz(f"{line1}\n{line2}\nEK<<MARIA{'<' * 22}") == MARIA_TD1
    assert find_mrz(_broken(MARIA_TD1)) is None
    assert find_mrz(_broken(MARIA_TD3)) is None
    assert find_mrz("") is None


@pytest.mark.parametrize("language", ["en", "sv"])
def test_a_card_and_a_passport_held_up_to_the_camera_find_maria(
    qtbot: Any, ctx: Any, evening: dict[str, str], language: str, request: Any
) -> None:
    if language == "sv":
        request.getfixturevalue("swedish")
    window: CheckInWindow = _station(qtbot, ctx, evening["session"])
    assert window.camera.reads_mrz
    card = card_frame(MARIA_TD1)
    SHOTS.mkdir(parents=True, exist_ok=True)
    card.save(str(SHOTS / "mrz-td1-card.png"))
    with qtbot.waitSignal(window.answered, timeout=20000) as blocker:
        assert window.camera.offer(card)
    assert blocker.args[0] == Green(evening["maria"], {"name": "Maria"})
    qtbot.waitUntil(lambda: window.list.count() == 1)
    window.grab().save(str(SHOTS / f"mrz-td1-green-{language}.png"))

    with qtbot.assertNotEmitted(window.answered, wait=100):
        # The card still held up, its names (no check digit) read otherwise this time.
        window.camera._on_decoded([MARIA_TD1.replace("MARIA<", "MARLA<")])
    window.camera._last_frame = window.camera._last_mrz = -math.inf  # a second later
    with qtbot.waitSignal(window.answered, timeout=20000) as blocker:
        assert window.camera.offer(card_frame(MARIA_TD3, angle=-0.5))
    answer = blocker.args[0]  # her passport: she is in already
    assert isinstance(answer, Red) and answer.reason == RedReason.ALREADY_CHECKED_IN
    assert answer.person_id == evening["maria"]

    # A card whose check digit is wrong: read as no MRZ, so nothing to answer.
    window.camera._last_frame = window.camera._last_mrz = -math.inf
    with qtbot.assertNotEmitted(window.camera.read):
        assert window.camera.offer(card_frame(_broken(MARIA_TD1)))
        qtbot.waitUntil(lambda: not window.camera._busy, timeout=20000)


def test_a_blank_frame_is_no_mrz() -> None:
    blank = QImage(1280, 720, QImage.Format.Format_RGB32)
    blank.fill(QColor("#d8d8d8"))
    assert read_mrz(blank) is None


def test_without_tesseract_the_camera_reads_no_mrz(monkeypatch: pytest.MonkeyPatch) -> None:
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    ocr_available.cache_clear()
    try:
        assert not ocr_available()
        assert read_mrz(card_frame(MARIA_TD1)) is None
    finally:
        monkeypatch.undo()
        ocr_available.cache_clear()
