"""SIE 4 files (SIE filformat utgåva 4B, 2008; issue 18): what a Swedish accounting
program imports.

Pure: :func:`write` turns an :class:`Export` into the file's bytes. Type ``4E`` is the
full export (chart of accounts, opening and closing balances, the year's result and
the vouchers); type ``4I`` carries the vouchers only (with the chart and the objects
they use, for the importing program's reference).

The format, as DOMAIN.md states it: a line is ``#LABEL fields``; a voucher's
``#TRANS`` lines are sub records between ``{`` and ``}`` lines; CP437 (``#FORMAT
PC8``); amounts with a point and two decimals; dates YYYYMMDD. Objects: dimension 1 is
the cost centre, 6 the project (``#DIM``, ``#OBJEKT`` with their names). An account's
VAT code: ``#MOMSKOD account code``, the code the box of Skatteverket's VAT return (05,
10 …) the account is reported in. ``#KSUMMA``: CRC-32 (:func:`zlib.crc32`) over the
record labels and field contents between the first, empty ``#KSUMMA`` and the last,
in CP437, without separators, quotes and braces.

Amounts are whole öre here (as in :mod:`models.ledger`); every voucher sums to zero
(:class:`Voucher` refuses one that does not).
"""

from __future__ import annotations

import enum
import re
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from models.errors import ValidationError

#: SIE's dimensions (reserved numbers of the specification).
COST_CENTRE = 1
PROJECT = 6
DIMENSION_NAMES = {COST_CENTRE: "Kostnadsställe", PROJECT: "Projekt"}


class SieType(enum.StrEnum):
    #: Full export: chart of accounts, balances, result and vouchers.
    E4 = "4E"
    #: Vouchers only (for import into a running bookkeeping).
    I4 = "4I"


@dataclass(frozen=True)
class Trans:
    """One ``#TRANS`` line: ``amount`` öre (debit positive) on ``account``, with its
    objects ((dimension, object code) pairs)."""

    account: str
    amount: int
    objects: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class Voucher:
    """One ``#VER``: a series letter, its number in the series, the day, a text and
    lines summing to zero."""

    series: str
    number: int
    day: date
    text: str
    trans: tuple[Trans, ...]

    def __post_init__(self) -> None:
        total = sum(t.amount for t in self.trans)
        if not self.trans or total != 0:
            raise ValidationError(
                "A voucher's lines must sum to zero (they sum to {sum} öre)",
                field="trans",
                params={"sum": total},
            )


@dataclass(frozen=True)
class Export:
    """What one SIE file says."""

    type: SieType
    company: str
    #: The fiscal year the file is about (#RAR 0).
    year_start: date
    year_end: date
    generated: date
    org_number: str = ""
    program: str = "Kansli"
    version: str = "1"
    #: Account code -> name (#KONTO).
    accounts: Mapping[str, str] = field(default_factory=dict)
    #: (dimension, code) -> name (#OBJEKT).
    objects: Mapping[tuple[int, str], str] = field(default_factory=dict)
    #: Account code -> its VAT code, the box of Skatteverket's VAT return (#MOMSKOD).
    vat_codes: Mapping[str, str] = field(default_factory=dict)
    #: Account -> öre at the year's start (#IB), at the period's end (#UB) and the
    #: period's result on result accounts (#RES). Only written in type 4E.
    opening: Mapping[str, int] = field(default_factory=dict)
    closing: Mapping[str, int] = field(default_factory=dict)
    result: Mapping[str, int] = field(default_factory=dict)
    vouchers: Sequence[Voucher] = ()


def amount_text(ore: int) -> str:
    """Öre as SIE writes an amount: ``-1234.50``."""
    sign = "-" if ore < 0 else ""
    whole, cents = divmod(abs(ore), 100)
    return f"{sign}{whole}.{cents:02d}"


def _day(d: date) -> str:
    return d.strftime("%Y%m%d")


class _Text(str):
    """A field that is always quoted (a name, a text), even when it has no blanks."""


_NEEDS_QUOTES = re.compile(r'[ \t"{}]')


def _field(value: str) -> str:
    if isinstance(value, _Text) or not value or _NEEDS_QUOTES.search(value):
        return '"' + value.replace('"', '\\"') + '"'
    return value


def _clean(value: str) -> str:
    """``value`` on one line (SIE has no line breaks in fields); what CP437 lacks becomes
    "?" when the file is encoded."""
    if value.isprintable():
        return value
    return " ".join("".join(c if c.isprintable() else " " for c in value).split())


class _Lines:
    """The file's lines and, from :meth:`start_sum` on, the words its #KSUMMA covers."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.words: list[str] = []
        self.summing = False

    def add(self, label: str, *fields: str | tuple[str, ...]) -> None:
        """A record: plain fields, or a tuple of words as an object list ``{...}``."""
        parts = [label]
        words: list[str] = [label]
        for f in fields:
            if isinstance(f, tuple):
                items = [_clean(w) for w in f]
                parts.append("{" + " ".join(_field(w) for w in items) + "}")
                words.extend(items)
            else:
                text = _clean(f)
                parts.append(_field(_Text(text) if isinstance(f, _Text) else text))
                words.append(text)
        self.lines.append(" ".join(parts))
        if self.summing:
            self.words.extend(words)

    def trans(self, t: Trans, objects: dict[tuple[tuple[int, str], ...], tuple[str, str]]) -> None:
        """A #TRANS line (the many lines of a file: made without the general path)."""
        shown = objects.get(t.objects)
        if shown is None:
            items = [_clean(w) for dim, code in t.objects for w in (str(dim), code)]
            shown = objects[t.objects] = (" ".join(_field(w) for w in items), "".join(items))
        amount = amount_text(t.amount)
        account = _clean(t.account)
        self.lines.append(f"#TRANS {_field(account)} {{{shown[0]}}} {amount}")
        self.words.append(f"#TRANS{account}{shown[1]}{amount}")

    def raw(self, line: str) -> None:
        self.lines.append(line)

    def checksum(self) -> int:
        return zlib.crc32("".join(self.words).encode("cp437", errors="replace"))


def write(export: Export) -> bytes:
    """The SIE 4 file of ``export``, CP437, lines ending CR LF, with ``#KSUMMA``."""
    out = _Lines()
    out.add("#FLAGGA", "0")
    out.raw("#KSUMMA")
    out.summing = True  # the checksum covers what follows the first #KSUMMA
    out.add("#PROGRAM", _Text(export.program), _Text(export.version))
    out.add("#FORMAT", "PC8")
    out.add("#GEN", _day(export.generated))
    out.add("#SIETYP", "4")
    out.add("#FNAMN", _Text(export.company))
    if export.org_number:
        out.add("#ORGNR", export.org_number)
    out.add("#RAR", "0", _day(export.year_start), _day(export.year_end))
    dims = sorted({dim for dim, _ in export.objects} | set(DIMENSION_NAMES))
    for dim in dims:
        out.add("#DIM", str(dim), _Text(DIMENSION_NAMES.get(dim, f"Dimension {dim}")))
    for (dim, code), name in sorted(export.objects.items()):
        out.add("#OBJEKT", str(dim), _Text(code), _Text(name))
    for code, name in sorted(export.accounts.items()):
        out.add("#KONTO", code, _Text(name))
    for code, vat_code in sorted(export.vat_codes.items()):
        out.add("#MOMSKOD", code, vat_code)
    if export.type is SieType.E4:
        for label, amounts in (
            ("#IB", export.opening),
            ("#UB", export.closing),
            ("#RES", export.result),
        ):
            for code, ore in sorted(amounts.items()):
                out.add(label, "0", code, amount_text(ore))
    objects: dict[tuple[tuple[int, str], ...], tuple[str, str]] = {}
    for v in export.vouchers:
        out.add("#VER", v.series, str(v.number), _day(v.day), _Text(v.text))
        out.raw("{")
        for t in v.trans:
            out.trans(t, objects)
        out.raw("}")
    out.raw(f"#KSUMMA {out.checksum()}")
    return ("\r\n".join(out.lines) + "\r\n").encode("cp437", errors="replace")
