"""Reading an ID document's machine-readable zone from a camera frame (issue 19).

A frame (:class:`QImage`) is made grey, scaled to a fixed width (:data:`OCR_WIDTH`),
thresholded (Pillow) and read by Tesseract (through ``pytesseract``) with only the
MRZ's characters allowed and a block of lines expected (``--psm 6``). Among the lines
read, 3 of 30 (TD1, the ID card) or 2 of 44 (TD3, the passport) that
:func:`models.mrz.parse_mrz` accepts are the MRZ. OCR confuses O/0, I/1, B/8, S/5, Z/2,
G/6 (among others): where the format has digits (dates, check digits) letters are read as their
look-alike digits and where it has letters (document code, countries, sex, names) digits
as their look-alike letters; the fields that may hold both (the document number, the
optional data) are tried as read and with look-alike digits. The check digits decide:
an MRZ whose check digits fail is never given.

Tesseract is a program outside Python: :func:`ocr_available` says whether it is here;
without it the camera reads no MRZ (the station says so) and nothing fails.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from datetime import date

from PIL import Image, ImageOps
from PySide6.QtGui import QImage

from models.errors import ValidationError
from models.mrz import TD1_LINE, TD3_LINE, parse_mrz

try:
    import pytesseract
except ImportError:  # pragma: no cover - pytesseract is a dependency; Tesseract may not be
    pytesseract = None

#: Tesseract's options: a uniform block of text, only the MRZ's characters.
OCR_CONFIG = "--psm 6 -c tessedit_char_whitelist=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
#: The width a frame is scaled to before OCR (tried on 1280×720 frames of a card).
OCR_WIDTH = 2000

#: The shortest line read that may be an MRZ's names line ("EK<<MARIA<").
_NAMES_AT_LEAST = 8
#: Runs of two fillers or more.
_RUNS = re.compile(r"<<+")
_MRZ_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")
_TO_DIGIT = str.maketrans("OQDIULBSZG", "0001118526")
_TO_LETTER = str.maketrans("0158264", "OISBZGA")

#: Per size, per line: what each position holds — "9" digits, "A" letters (and <),
#: "x" either (document number, optional data).
_TD1_FORM = (
    "AAAAA" + "x" * 9 + "9" + "x" * 15,
    "9" * 7 + "A" + "9" * 7 + "AAA" + "x" * 11 + "9",
    "A" * TD1_LINE,
)
_TD3_FORM = (
    "A" * TD3_LINE,
    "x" * 9 + "9" + "AAA" + "9" * 7 + "A" + "9" * 7 + "x" * 14 + "x" + "9",
)


@functools.cache
def ocr_available() -> bool:
    """Whether Tesseract can be run here (asked once)."""
    if pytesseract is None:
        return False
    try:
        pytesseract.get_tesseract_version()
    except (pytesseract.TesseractNotFoundError, OSError):
        return False
    return True


def prepared(image: QImage) -> Image.Image:
    """``image`` grey, scaled to :data:`OCR_WIDTH` and thresholded: black type on white."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = gray.width(), gray.height()
    stride = gray.bytesPerLine()
    picture = Image.frombuffer("L", (width, height), bytes(gray.constBits()), "raw", "L", stride, 1)
    if width != OCR_WIDTH and width > 0:
        picture = picture.resize(
            (OCR_WIDTH, max(1, round(height * OCR_WIDTH / width))), Image.Resampling.LANCZOS
        )
    picture = ImageOps.autocontrast(picture, cutoff=1)
    return picture.point(lambda v: 255 if v > 128 else 0)


def read_mrz(image: QImage, *, today: date | None = None) -> str | None:
    """The MRZ in ``image`` (its lines joined by ``\\n``), its check digits verified; None
    when there is none that reads (or Tesseract is not here)."""
    if not ocr_available() or image.isNull():
        return None
    assert pytesseract is not None
    text = pytesseract.image_to_string(prepared(image), config=OCR_CONFIG)
    return find_mrz(text, today=today)


def find_mrz(text: str, *, today: date | None = None) -> str | None:
    """The first MRZ in OCR's ``text`` that :func:`models.mrz.parse_mrz` accepts."""
    lines = ["".join(c for c in line if c in _MRZ_CHARS) for line in text.upper().splitlines()]
    lines = [line for line in lines if len(line) >= _NAMES_AT_LEAST]
    for width, form, names in ((TD1_LINE, _TD1_FORM, 2), (TD3_LINE, _TD3_FORM, 0)):
        count = len(form)
        for start in range(len(lines) - count + 1):
            found = lines[start : start + count]
            choices = [
                [_names_line(line, width)] if i == names else _data_lines(line, width)
                for i, line in enumerate(found)
            ]
            for window in itertools.product(*choices):
                if any(len(line) != width for line in window):
                    continue
                for candidate in _readings(list(window), form):
                    try:
                        parse_mrz(candidate, today=today)
                    except ValidationError:
                        continue
                    return candidate
    return None


def held_up_key(text: str) -> str:
    """What tells one code held up to the camera from the next: the text, or of an MRZ its
    lines with check digits only (OCR may read the names differently frame by frame)."""
    lines = text.split("\n")
    if len(lines) == len(_TD1_FORM) and len(lines[0]) == TD1_LINE:
        return "\n".join(lines[:2])
    if len(lines) == len(_TD3_FORM) and len(lines[0]) == TD3_LINE:
        return lines[1]
    return text


def _names_line(line: str, width: int) -> str:
    """The names line at ``width``: OCR reads a long run of fillers short or long (and may
    see a speck after it). No check digit covers the names (the person is found by the
    personnummer), so what follows the last filler goes and fillers make up the width."""
    if "<" not in line:
        return line
    names = line[: line.rindex("<") + 1]
    if len(names) > width:
        names = names.rstrip("<") + "<"
    return names.ljust(width, "<")


def _data_lines(line: str, width: int) -> list[str]:
    """A line with check digits as read; one character too long (OCR may see an edge as
    a letter), without each character in turn; too short, with one of its runs of
    fillers made longer (OCR reads a long run short). Its check digits decide."""
    if len(line) == width + 1:
        return [line[:i] + line[i + 1 :] for i in range(len(line))]
    if len(line) < width:
        short = "<" * (width - len(line))
        return [line[: m.end()] + short + line[m.end() :] for m in _RUNS.finditer(line)]
    return [line]


def _readings(lines: list[str], form: tuple[str, ...]) -> Iterator[str]:
    """``lines`` with look-alikes put right by position: the mixed fields as read, then
    with look-alike digits."""
    for mixed_as_digits in (False, True):
        fixed = []
        for line, kinds in zip(lines, form, strict=True):
            chars = []
            for char, kind in zip(line, kinds, strict=True):
                if kind == "9" or (kind == "x" and mixed_as_digits):
                    char = char.translate(_TO_DIGIT)
                elif kind == "A":
                    char = char.translate(_TO_LETTER)
                chars.append(char)
            fixed.append("".join(chars))
        yield "\n".join(fixed)
