"""Bankgirot's BgMax files (Bankgiro Inbetalningar): incoming payments with their references.

Pure: :func:`parse` reads a file's bytes into :class:`BgMaxFile` (deposits, each with its
payments) or raises :class:`BgMaxError` naming the line (1-based), the field and why.

The layout is Bankgirot's "Bankgiro Inbetalningar — Teknisk manual" (BgMax format, layout
version 01; bgc.se: bankgiroinbetalningar_tekniskmanual_sv.pdf; its example files, e.g.
"BgMaxfil4", are what tests/models/test_bgmax.py reads). Every record is a line of 80
characters, ISO 8859-1, the transaction code ("TK") in positions 1–2; numeric fields are
right-aligned and zero-filled, text fields left-aligned and blank-filled; amounts are öre.
Positions below are 1-based and inclusive, as the manual gives them:

====  ====================  ==========================================================
TK    record                fields (positions)
====  ====================  ==========================================================
01    start of file         layout name "BGMAX" 3–22, version 23–24, written at
                            (YYYYMMDDHHMMSSffffff) 25–44, test mark T/P 45
05    opening (deposit)     recipient's Bankgiro 3–12, Plusgiro 13–22, currency 23–25
20    payment               sender's Bankgiro 3–12, reference 13–37, amount 38–55,
                            reference code 56, payment channel 57, BGC serial number
                            58–69, image mark 70
21    deduction             as 20, and deduction code 71
22    extra reference       as 20 (an extra reference of the payment before it)
23    extra reference (−)   as 20, the amount negative
25    information           text 3–52
26    name                  name 3–37, extra name 38–72
27    address 1             address 3–37, postal code 38–46
28    address 2             city 3–37, country 38–72, country code 73–74
29    organisation number   organisation or personal identity number 3–14
15    deposit (closing)     recipient's bank account 3–37, payment date 38–45, deposit
                            serial number 46–50, deposit amount 51–68, currency 69–71,
                            number of payments 72–79, deposit type 80
70    end of file           number of payment records (20) 3–10, deduction records (21)
                            11–18, extra reference records (22, 23) 19–26, deposit
                            records (15) 27–34
====  ====================  ==========================================================

Reference codes (position 56): 0 and 1 no reference, 2 a correct OCR reference, 3 one or
more references (in 22/23 records), 4 one reference, 5 an incorrect reference. Payment
channels (57): 1 electronic via bank, 2 electronic via Leverantörsbetalningar, 3 paper,
4 electronic via Autogiro. Deduction codes (71): 0 whole, 1 part with a rest left, 2 the
last part. A deposit's amount is its payments less its deductions, and its number of
payments counts both; the 15 and 70 records' amounts and counts are checked against what
was read. Records of a transaction code the manual does not define are skipped, as it
asks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from models.errors import ValidationError


class BgMaxError(ValidationError):
    """What is wrong in a BgMax file: ``line`` (1-based), ``field`` and ``why``."""

    def __init__(self, line: int, field: str, why: str) -> None:
        super().__init__(
            "Line {line}, {field}: {why}",
            field=field,
            row=line,
            params={"line": line, "field": field, "why": why},
        )
        self.line = line
        self.why = why


@dataclass(frozen=True)
class _Field:
    name: str
    start: int  # 1-based, inclusive
    end: int
    numeric: bool = False
    required: bool = True


def _f(name: str, start: int, end: int, *, numeric: bool = False, required: bool = True) -> _Field:
    return _Field(name, start, end, numeric, required)


_TRANSACTION = (
    _f("sender bankgiro", 3, 12, numeric=True),
    _f("reference", 13, 37, required=False),
    _f("amount", 38, 55, numeric=True),
    _f("reference code", 56, 56, numeric=True),
    _f("payment channel", 57, 57, numeric=True),
    _f("BGC serial number", 58, 69, numeric=True),
    _f("image mark", 70, 70, numeric=True),
)

LAYOUTS: dict[str, tuple[_Field, ...]] = {
    "01": (
        _f("layout name", 3, 22),
        _f("layout version", 23, 24, numeric=True),
        _f("timestamp", 25, 44, numeric=True),
        _f("test mark", 45, 45),
    ),
    "05": (
        _f("recipient bankgiro", 3, 12, numeric=True),
        _f("plusgiro", 13, 22, required=False),
        _f("currency", 23, 25),
    ),
    "20": _TRANSACTION,
    "21": (*_TRANSACTION, _f("deduction code", 71, 71, numeric=True)),
    "22": _TRANSACTION,
    "23": _TRANSACTION,
    "25": (_f("information", 3, 52, required=False),),
    "26": (_f("name", 3, 37, required=False), _f("extra name", 38, 72, required=False)),
    "27": (_f("address", 3, 37, required=False), _f("postal code", 38, 46, required=False)),
    "28": (
        _f("city", 3, 37, required=False),
        _f("country", 38, 72, required=False),
        _f("country code", 73, 74, required=False),
    ),
    # Left-aligned in the manual's own example ("00550000432 "): digits, blanks after.
    "29": (_f("organisation number", 3, 14),),
    "15": (
        _f("recipient account", 3, 37, required=False),
        _f("payment date", 38, 45, numeric=True),
        _f("deposit number", 46, 50, numeric=True),
        _f("deposit amount", 51, 68, numeric=True),
        _f("currency", 69, 71),
        _f("number of payments", 72, 79, numeric=True),
        _f("deposit type", 80, 80, required=False),
    ),
    "70": (
        _f("number of payments", 3, 10, numeric=True),
        _f("number of deductions", 11, 18, numeric=True),
        _f("number of extra references", 19, 26, numeric=True),
        _f("number of deposits", 27, 34, numeric=True),
    ),
}


@dataclass(frozen=True)
class ExtraReference:
    """A 22 (or 23: ``amount`` negative) record: one more reference of a payment."""

    line: int
    reference: str
    amount: int
    reference_code: int


@dataclass
class Payment:
    """A 20 (payment) or 21 (``deduction``) record with the records that follow it."""

    line: int
    sender_bankgiro: str
    reference: str
    amount: int
    reference_code: int
    channel: int
    serial: str
    image: bool
    deduction: bool = False
    deduction_code: int | None = None
    extra_references: list[ExtraReference] = field(default_factory=list)
    information: list[str] = field(default_factory=list)
    name: str = ""
    extra_name: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    country_code: str = ""
    org_number: str = ""
    #: Set from the deposit's closing (15) record.
    paid_on: date = date.min
    deposit_number: str = ""

    @property
    def references(self) -> list[str]:
        """The payment's references: its own and its extra (22) ones, blanks left out."""
        refs = [self.reference] if self.reference else []
        refs += [r.reference for r in self.extra_references if r.amount >= 0 and r.reference]
        return refs

    @property
    def match_reference(self) -> str:
        """The one reference to match the payment by: its own or, when it has none, its only
        extra one ("" when it names several, which someone must split by hand)."""
        if self.reference:
            return self.reference
        refs = set(self.references)
        return refs.pop() if len(refs) == 1 else ""

    @property
    def source_ref(self) -> str:
        """The payment's identity at Bankgirot: payment date, deposit number, serial."""
        return f"{self.paid_on:%Y%m%d}-{self.deposit_number}-{self.serial}"

    def parts(self) -> list[tuple[str, str, int]]:
        """What the payment pays, as (identity, reference, amount): the whole under
        :attr:`source_ref` and :attr:`match_reference`; or, when it has no reference of its
        own and its extra references (22 only) carry amounts that add up to it, one part
        per extra reference (identity ``source_ref/1``, ``/2``, …), as a payer paying
        several invoices at once gives them."""
        extra = self.extra_references
        if (
            not self.reference
            and len(extra) > 1
            and all(r.amount > 0 and r.reference for r in extra)
            and sum(r.amount for r in extra) == self.amount
        ):
            return [
                (f"{self.source_ref}/{n}", r.reference, r.amount) for n, r in enumerate(extra, 1)
            ]
        return [(self.source_ref, self.match_reference, self.amount)]


@dataclass
class Deposit:
    """A 05 … 15 group: the payments of one deposit to the recipient's Bankgiro."""

    line: int
    bankgiro: str
    plusgiro: str
    currency: str
    payments: list[Payment] = field(default_factory=list)
    account: str = ""
    paid_on: date = date.min
    number: str = ""
    amount: int = 0
    count: int = 0
    deposit_type: str = ""


@dataclass
class BgMaxFile:
    """A whole file: its start record's facts and its deposits."""

    version: int
    written_at: datetime
    test: bool
    deposits: list[Deposit] = field(default_factory=list)

    @property
    def payments(self) -> list[Payment]:
        return [p for d in self.deposits for p in d.payments]


def _fields(line_no: int, text: str, tk: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for f in LAYOUTS[tk]:
        raw = text[f.start - 1 : f.end]
        if len(raw) < f.end - f.start + 1:
            if f.required:
                raise BgMaxError(
                    line_no, f.name,
                    f"the line ends at character {len(text)}, before this field "
                    f"(characters {f.start}-{f.end})",
                )  # fmt: skip
            raw = raw.ljust(f.end - f.start + 1)
        if f.numeric:
            if not raw.isascii() or not raw.isdigit():
                if not f.required and not raw.strip():
                    raw = ""
                else:
                    raise BgMaxError(
                        line_no, f.name,
                        f"characters {f.start}-{f.end} must be digits, not {raw!r}",
                    )  # fmt: skip
        elif f.required and not raw.strip():
            raise BgMaxError(line_no, f.name, f"characters {f.start}-{f.end} are blank")
        values[f.name] = raw.strip() if not f.numeric else raw
    return values


def _day(line_no: int, name: str, digits: str) -> date:
    try:
        return datetime.strptime(digits, "%Y%m%d").date()
    except ValueError:
        raise BgMaxError(line_no, name, f"{digits} is not a date (YYYYMMDD)") from None


def _decode(data: bytes | str) -> list[str]:
    text = data if isinstance(data, str) else data.decode("iso-8859-1")
    return text.splitlines()


def parse(data: bytes | str) -> BgMaxFile:
    """The BgMax file ``data`` (bytes are ISO 8859-1), checked (see the module's docstring)."""
    lines = _decode(data)
    result: BgMaxFile | None = None
    deposit: Deposit | None = None
    payment: Payment | None = None
    counted = {"20": 0, "21": 0, "22": 0, "15": 0}
    ended = False
    last = 0
    for index, text in enumerate(lines):
        line_no = index + 1
        if not text.strip():
            continue
        last = line_no
        tk = text[:2]
        if ended:
            raise BgMaxError(line_no, "record type", f"record {tk} after the end record (70)")
        if result is None:
            if tk != "01":
                raise BgMaxError(
                    line_no, "record type", f"a BgMax file starts with a 01 record, not {tk!r}"
                )
            v = _fields(line_no, text, tk)
            if v["layout name"] != "BGMAX":
                raise BgMaxError(line_no, "layout name", f"{v['layout name']!r} is not BGMAX")
            stamp = v["timestamp"]
            try:
                written = datetime.strptime(stamp[:14], "%Y%m%d%H%M%S")
            except ValueError:
                raise BgMaxError(line_no, "timestamp", f"{stamp} is not a time") from None
            if v["test mark"] not in ("T", "P"):
                raise BgMaxError(line_no, "test mark", f"{v['test mark']!r} is not T or P")
            result = BgMaxFile(int(v["layout version"]), written, v["test mark"] == "T")
            continue
        if tk not in LAYOUTS:
            continue  # a record the manual does not define: skipped, as it asks
        v = _fields(line_no, text, tk)
        if tk == "01":
            raise BgMaxError(line_no, "record type", "a second start record (01)")
        if tk == "05":
            if deposit is not None:
                raise BgMaxError(
                    line_no, "record type",
                    f"a new deposit (05) before the deposit of line {deposit.line} closed (15)",
                )  # fmt: skip
            deposit = Deposit(line_no, v["recipient bankgiro"], v["plusgiro"], v["currency"])
            payment = None
            continue
        if tk == "70":
            _check_end(line_no, v, counted, deposit)
            ended = True
            continue
        if deposit is None:
            raise BgMaxError(line_no, "record type", f"record {tk} outside a deposit (05 … 15)")
        if tk in ("20", "21"):
            payment = Payment(
                line=line_no, sender_bankgiro=v["sender bankgiro"], reference=v["reference"],
                amount=int(v["amount"]), reference_code=int(v["reference code"]),
                channel=int(v["payment channel"]), serial=v["BGC serial number"],
                image=v["image mark"] == "1", deduction=tk == "21",
                deduction_code=int(v["deduction code"]) if tk == "21" else None,
            )  # fmt: skip
            deposit.payments.append(payment)
            counted[tk] += 1
            continue
        if tk == "15":
            _close(line_no, v, deposit)
            counted["15"] += 1
            result.deposits.append(deposit)
            deposit = payment = None
            continue
        if payment is None:
            raise BgMaxError(line_no, "record type", f"record {tk} before any payment (20, 21)")
        if tk in ("22", "23"):
            amount = int(v["amount"])
            payment.extra_references.append(
                ExtraReference(line_no, v["reference"], -amount if tk == "23" else amount,
                               int(v["reference code"]))
            )  # fmt: skip
            counted["22"] += 1
        elif tk == "25":
            payment.information.append(v["information"])
        elif tk == "26":
            payment.name, payment.extra_name = v["name"], v["extra name"]
        elif tk == "27":
            payment.address, payment.postal_code = v["address"], v["postal code"]
        elif tk == "28":
            payment.city, payment.country = v["city"], v["country"]
            payment.country_code = v["country code"]
        elif tk == "29":
            if not v["organisation number"].isdigit():
                raise BgMaxError(line_no, "organisation number", "characters 3-14 must be digits")
            payment.org_number = v["organisation number"]
    if result is None:
        raise BgMaxError(
            1, "record type", "the file is empty: a BgMax file starts with a 01 record"
        )
    if not ended:
        raise BgMaxError(last + 1, "record type", "the file ends without its end record (70)")
    return result


def _close(line_no: int, v: dict[str, str], deposit: Deposit) -> None:
    deposit.account = v["recipient account"]
    deposit.paid_on = _day(line_no, "payment date", v["payment date"])
    deposit.number = v["deposit number"]
    deposit.amount = int(v["deposit amount"])
    deposit.count = int(v["number of payments"])
    deposit.deposit_type = v["deposit type"]
    if v["currency"] != deposit.currency:
        raise BgMaxError(
            line_no, "currency",
            f"{v['currency']} here, {deposit.currency} in its 05 record (line {deposit.line})",
        )  # fmt: skip
    if deposit.count != len(deposit.payments):
        raise BgMaxError(
            line_no, "number of payments",
            f"says {deposit.count}, the deposit has {len(deposit.payments)}",
        )  # fmt: skip
    total = sum(-p.amount if p.deduction else p.amount for p in deposit.payments)
    if deposit.amount != total:
        raise BgMaxError(
            line_no, "deposit amount",
            f"says {deposit.amount} öre, the payments less deductions are {total} öre",
        )  # fmt: skip
    for p in deposit.payments:
        p.paid_on = deposit.paid_on
        p.deposit_number = deposit.number


def _check_end(
    line_no: int, v: dict[str, str], counted: dict[str, int], deposit: Deposit | None
) -> None:
    if deposit is not None:
        raise BgMaxError(
            line_no, "record type",
            f"the end record (70) before the deposit of line {deposit.line} closed (15)",
        )  # fmt: skip
    for name, tk, what in (
        ("number of payments", "20", "payment records (20)"),
        ("number of deductions", "21", "deduction records (21)"),
        ("number of extra references", "22", "extra reference records (22, 23)"),
        ("number of deposits", "15", "deposit records (15)"),
    ):
        if int(v[name]) != counted[tk]:
            raise BgMaxError(
                line_no, name, f"says {int(v[name])}, the file has {counted[tk]} {what}"
            )


def record(tk: str, **values: str | int) -> str:
    """One 80-character record of transaction code ``tk`` with the fields named as in
    :data:`LAYOUTS` (underscores for blanks: ``reference_code=2``); numbers zero-filled
    and right-aligned, texts blank-filled. For writing test files and stand-ins."""
    chars = [" "] * 80
    chars[0:2] = tk
    named = {f.name.replace(" ", "_").lower(): f for f in LAYOUTS[tk]}
    for key, value in values.items():
        f = named[key.lower()]
        width = f.end - f.start + 1
        text = str(value).rjust(width, "0") if f.numeric else str(value).ljust(width)
        if len(text) != width:
            raise ValueError(f"{f.name}: {value!r} does not fit in {width} characters")
        chars[f.start - 1 : f.end] = text
    return "".join(chars)


@dataclass(frozen=True)
class Written:
    """A payment for :func:`write`: öre, reference, payer's name, BGC serial number."""

    amount: int
    reference: str
    name: str = ""
    serial: int = 0


def write(
    payments: list[Written],
    *,
    bankgiro: str = "9912346",
    paid_on: date = date(2026, 1, 1),
    deposit_number: int = 1,
    written_at: datetime | None = None,
) -> bytes:
    """A BgMax file of one deposit of ``payments`` (ISO 8859-1), as Bankgirot writes one."""
    stamp = (written_at or datetime(paid_on.year, paid_on.month, paid_on.day, 6)).strftime(
        "%Y%m%d%H%M%S000000"
    )
    lines = [
        record("01", layout_name="BGMAX", layout_version=1, timestamp=stamp, test_mark="P"),
        record("05", recipient_bankgiro=bankgiro, currency="SEK"),
    ]
    for n, p in enumerate(payments, 1):
        lines.append(
            record(
                "20",
                sender_bankgiro=0,
                reference=p.reference,
                amount=p.amount,
                reference_code=2,
                payment_channel=1,
                bgc_serial_number=p.serial or n,
                image_mark=0,
            )
        )
        if p.name:
            lines.append(record("26", name=p.name))
    lines.append(
        record(
            "15",
            recipient_account="",
            payment_date=paid_on.strftime("%Y%m%d"),
            deposit_number=deposit_number,
            deposit_amount=sum(p.amount for p in payments),
            currency="SEK",
            number_of_payments=len(payments),
        )
    )
    lines.append(
        record(
            "70",
            number_of_payments=len(payments),
            number_of_deductions=0,
            number_of_extra_references=0,
            number_of_deposits=1,
        )
    )
    return ("\r\n".join(lines) + "\r\n").encode("iso-8859-1")
