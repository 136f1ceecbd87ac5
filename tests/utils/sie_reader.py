"""A test-only SIE 4 reader, written from the specification (SIE filformat utgåva 4B,
2008), independent of :mod:`models.sie` (it shares no code with the writer): it reads
what a file says so tests can check what the writer wrote, and it reads the public
sample files under tests/data/sie/.

* a line is ``#LABEL field field ...``; fields are separated by blanks or tabs; a field
  with blanks is in double quotes, a quote inside it written ``\\"``;
* an object list is a field in braces: ``{1 "K1" 6 "P7"}`` (dimension, object pairs);
* a ``{`` line opens sub records (a voucher's #TRANS lines), a ``}`` line closes them;
* amounts have a point and at most two decimals; the file is CP437 (``#FORMAT PC8``);
* ``#KSUMMA`` (optional): a first, empty #KSUMMA line starts the checksum, a last one
  carries it: the CRC-32 of the record labels and field contents between them, in CP437,
  without the separators, quotes and braces.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from decimal import Decimal


class SieError(ValueError):
    """What is wrong, with the line number (1-based)."""

    def __init__(self, line: int, why: str) -> None:
        super().__init__(f"line {line}: {why}")
        self.line = line


@dataclass
class Field:
    text: str = ""
    #: An object list's items ((dimension, object) flattened), None for a plain field.
    items: list[str] | None = None


@dataclass
class Record:
    line: int
    label: str
    fields: list[Field]
    subs: list[Record] = field(default_factory=list)

    def text(self, i: int) -> str:
        return self.fields[i].text if i < len(self.fields) else ""

    def objects(self, i: int) -> dict[str, str]:
        items = self.fields[i].items if i < len(self.fields) else None
        items = items or []
        return dict(zip(items[0::2], items[1::2], strict=True))


@dataclass
class Trans:
    account: str
    objects: dict[str, str]
    amount: Decimal


@dataclass
class Voucher:
    series: str
    number: str
    day: str
    text: str
    trans: list[Trans]


@dataclass
class SieFile:
    records: list[Record]
    #: (computed, stated) when the file has a #KSUMMA, else None.
    checksum: tuple[int, int] | None

    def all(self, label: str) -> list[Record]:
        return [r for r in self.records if r.label == label]

    def one(self, label: str) -> Record:
        found = self.all(label)
        if len(found) != 1:
            raise AssertionError(f"{label}: {len(found)} records")
        return found[0]

    def vouchers(self) -> list[Voucher]:
        out = []
        for r in self.all("#VER"):
            trans = [
                Trans(t.text(0), t.objects(1), Decimal(t.text(2)))
                for t in r.subs
                if t.label == "#TRANS"
            ]
            out.append(Voucher(r.text(0), r.text(1), r.text(2), r.text(3), trans))
        return out

    def balances(self, label: str, year: str = "0") -> dict[str, Decimal]:
        """#IB / #UB / #RES of ``year`` (0 this year): account -> amount."""
        return {r.text(1): Decimal(r.text(2)) for r in self.all(label) if r.text(0) == year}

    def accounts(self) -> dict[str, str]:
        return {r.text(0): r.text(1) for r in self.all("#KONTO")}


def _fields(text: str, line: int) -> tuple[str, list[Field]]:
    """The label and the fields of one line."""
    out: list[Field] = []
    i, n = 0, len(text)
    stack: list[Field] = []

    def word() -> str:
        nonlocal i
        if text[i] == '"':
            i += 1
            chars = []
            while True:
                if i >= n:
                    raise SieError(line, "a quote is not closed")
                c = text[i]
                if c == "\\" and i + 1 < n and text[i + 1] == '"':
                    chars.append('"')
                    i += 2
                    continue
                if c == '"':
                    i += 1
                    return "".join(chars)
                chars.append(c)
                i += 1
        start = i
        while i < n and text[i] not in ' \t{}"':
            i += 1
        return text[start:i]

    while i < n:
        c = text[i]
        if c in " \t":
            i += 1
        elif c == "{":
            stack.append(Field(items=[]))
            i += 1
        elif c == "}":
            if not stack:
                raise SieError(line, "a brace is closed that was not opened")
            out.append(stack.pop())
            i += 1
        else:
            w = word()
            if stack:
                assert stack[-1].items is not None
                stack[-1].items.append(w)
            else:
                out.append(Field(w))
    if stack:
        raise SieError(line, "an object list is not closed")
    if not out or not out[0].text.startswith("#"):
        raise SieError(line, "a record starts with its #LABEL")
    return out[0].text.upper(), out[1:]


def read(data: bytes) -> SieFile:
    """Parse a SIE file (CP437)."""
    text = data.decode("cp437")
    records: list[Record] = []
    parent: Record | None = None
    crc: int | None = None
    stated: int | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if not stripped:
            continue
        if stripped == "{":
            if not records or parent is not None:
                raise SieError(number, "sub records without a record")
            parent = records[-1]
            continue
        if stripped == "}":
            if parent is None:
                raise SieError(number, "no sub records to close")
            parent = None
            continue
        label, fields = _fields(stripped, number)
        if label == "#KSUMMA":
            if not fields:
                crc = 0
            else:
                stated = int(fields[0].text)
            continue
        if crc is not None and stated is None:
            parts = [label]
            for f in fields:
                parts.extend(f.items if f.items is not None else [f.text])
            crc = zlib.crc32("".join(parts).encode("cp437"), crc)
        record = Record(number, label, fields)
        (parent.subs if parent is not None else records).append(record)
    if parent is not None:
        raise SieError(len(text.splitlines()), "sub records are not closed")
    checksum = None
    if crc is not None:
        if stated is None:
            raise SieError(len(text.splitlines()), "#KSUMMA started, never stated")
        checksum = (crc, stated)
    return SieFile(records, checksum)
