"""Accounting settings and vouchers (issue 18): how the people's ledger
(:mod:`models.ledger`) becomes the club's bookkeeping.

Every ledger transaction is one voucher (:class:`models.sie.Voucher`) in the series of
its kind (:data:`DEFAULT_SERIES`); each posting becomes a ``#TRANS`` line on the
bookkeeping account its *purpose* maps to (:class:`Purpose`, :class:`AccountMapping`),
with the cost centre (SIE dimension 1) and project (dimension 6) of that mapping. A
mapping is for the tenant, a course category or one round, like a price rule: the most
specific one wins. A revenue posting whose price rule named an account keeps it.

Pure: the server gathers the mappings and the transactions (with the round and
category each is about) and calls :func:`vouchers`.
"""

from __future__ import annotations

import enum
import heapq
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import JSON, Boolean, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base, SyncMixin
from models.booking import PriceScope
from models.errors import ValidationError
from models.ledger import INTEREST_CODE, REMINDER_FEE_CODE, Account, Kind, Transaction
from models.organisations import ArchivedByTombstone
from models.sie import COST_CENTRE, PROJECT, Trans, Voucher


class Purpose(enum.StrEnum):
    FEES = "fees"
    MEMBERSHIP = "membership"
    DISCOUNTS = "discounts"
    ADMIN_FEES = "admin_fees"
    REMINDER_FEES = "reminder_fees"
    INTEREST = "interest"
    CREDIT_LIABILITY = "credit_liability"
    RECEIVABLE = "receivable"
    BANK = "bank"
    CARD = "card"
    CARD_FEES = "card_fees"
    SUSPENSE = "suspense"
    VAT_OUT = "vat_out"
    #: Course fees paid ahead of the months they are for (accrual, :class:`Accruals`).
    PREPAID = "prepaid"
    REFUND_DUE = "refund_due"


#: BAS accounts used where the treasurer mapped nothing (BAS-kontoplanen), "code name".
_BAS = f"""
fees 3010 Kursavgifter
membership 3890 Medlemsavgifter
discounts 3730 Lämnade rabatter
admin_fees 3590 Administrativa avgifter
reminder_fees {REMINDER_FEE_CODE} Påminnelseavgifter
interest {INTEREST_CODE} Ränteintäkter från kundfordringar
credit_liability 2420 Förskott från kunder (tillgodohavanden)
receivable 1510 Kundfordringar
bank 1930 Företagskonto (Bankgiro)
card 1580 Fordringar för kontokort
card_fees 6570 Bankkostnader (kortavgifter)
suspense 2890 Ej identifierade inbetalningar
vat_out 2610 Utgående moms
prepaid 2970 Förutbetalda intäkter
refund_due 2490 Övriga kortfristiga skulder (återbetalningar)
"""
DEFAULT_ACCOUNTS: dict[Purpose, tuple[str, str]] = {
    Purpose(purpose): (code, name)
    for purpose, code, name in (line.split(" ", 2) for line in _BAS.strip().splitlines())
}

#: The purpose of each ledger account (revenue: :data:`REVENUE_CODES`, else fees).
LEDGER_PURPOSE: dict[str, Purpose] = {
    "receivable": Purpose.RECEIVABLE,
    "credit": Purpose.CREDIT_LIABILITY,
    "revenue": Purpose.FEES,
    "vat": Purpose.VAT_OUT,
    "bank": Purpose.BANK,
    "card": Purpose.CARD,
    "fees": Purpose.CARD_FEES,
    "suspense": Purpose.SUSPENSE,
    "refund_due": Purpose.REFUND_DUE,
}

#: Revenue codes the ledger itself posts to, and their purpose.
REVENUE_CODES: dict[str, Purpose] = {
    REMINDER_FEE_CODE: Purpose.REMINDER_FEES,
    INTEREST_CODE: Purpose.INTEREST,
}

#: The kind of the export's own vouchers moving accrued fees (no ledger transaction's).
ACCRUAL = "accrual"

#: Voucher series per kind of ledger transaction: (letter, name).
DEFAULT_SERIES: dict[str, tuple[str, str]] = {
    "charge": ("A", "Avgifter (bokningar)"),
    "payment": ("B", "Inbetalningar"),
    "cancellation": ("C", "Avbokningar och krediteringar"),
    "refund": ("D", "Återbetalningar"),
    "fee": ("E", "Kortavgifter"),
    "reminder": ("F", "Påminnelser och ränta"),
    "correction": ("G", "Rättelser"),
    ACCRUAL: ("H", "Periodiseringar"),
}

#: The voucher text of each kind (Swedish: the file is read by a Swedish program).
KIND_TEXT: dict[str, str] = {
    "charge": "Bokning",
    "payment": "Inbetalning",
    "cancellation": "Avbokning",
    "refund": "Återbetalning",
    "fee": "Kortavgift",
    "reminder": "Påminnelse",
    "correction": "Rättelse",
    ACCRUAL: "Periodisering",
}


@dataclass(frozen=True)
class AccountMapping:
    """A purpose's account for the tenant, a category (``category_id``) or a round
    (``round_id``), with its objects ("" none) and the account's VAT code ("" none)."""

    purpose: Purpose
    account: str
    category_id: str | None = None
    round_id: str | None = None
    cost_centre: str = ""
    project: str = ""
    vat_code: str = ""

    @property
    def rank(self) -> int:
        return 2 if self.round_id else 1 if self.category_id else 0


def check_vat_code(value: str, *, field: str = "vat_code") -> str:
    """A VAT code as SIE's ``#MOMSKOD`` gives it: the box of Skatteverket's VAT return
    (two digits: 05, 06, 10 …), or "" for none."""
    value = value.strip()
    if value and not (len(value) == 2 and value.isdigit()):
        raise ValidationError(
            "A VAT code is the two-digit box of the VAT return (e.g. 05 or 10)", field=field
        )
    return value


def check_object_code(value: str, field: str) -> str:
    """A cost centre's or project's code: one line without edge spaces ("" none)."""
    if value != value.strip() or any(not c.isprintable() for c in value):
        raise ValidationError("An object code is one line without edge spaces", field=field)
    return value


class AccountMappingRow(ArchivedByTombstone, Base):
    """The treasurer's setting (synced; ``account_mapping.*`` commands): ``purpose``'s
    account for the tenant, a category (``scope_id`` its name) or a round (its id); its
    cost centre and project name live :class:`AccountingObjectRow` codes."""

    __tablename__ = "account_mapping"

    purpose: Mapped[str] = mapped_column(String(30))
    account: Mapped[str] = mapped_column(String(10))
    scope_kind: Mapped[str] = mapped_column(String(20), default=PriceScope.TENANT)
    scope_id: Mapped[str | None] = mapped_column(String(200), default=None)
    cost_centre: Mapped[str] = mapped_column(String(40), default="")
    project: Mapped[str] = mapped_column(String(40), default="")
    #: The account's VAT code (SIE ``#MOMSKOD``), "" none.
    vat_code: Mapped[str] = mapped_column(String(10), default="")

    def mapping(self) -> AccountMapping:
        """The export's mapping (refused with the field when it cannot be one)."""
        try:
            purpose = Purpose(self.purpose)
        except ValueError:
            raise ValidationError("No such purpose", field="purpose") from None
        if not (self.account.isdigit() and len(self.account) == 4):
            raise ValidationError("An account is four digits (BAS)", field="account")
        for name in ("cost_centre", "project"):
            check_object_code(getattr(self, name), name)
        kind = PriceScope(self.scope_kind)
        return AccountMapping(
            purpose,
            self.account,
            category_id=self.scope_id if kind is PriceScope.CATEGORY else None,
            round_id=self.scope_id if kind is PriceScope.ROUND else None,
            cost_centre=self.cost_centre,
            project=self.project,
            vat_code=check_vat_code(self.vat_code or ""),
        )


#: The dimensions an accounting object may be of (SIE: 1 cost centre, 6 project).
DIMENSIONS = (COST_CENTRE, PROJECT)
#: The mapping's field naming an object of each dimension.
DIMENSION_FIELDS = {COST_CENTRE: "cost_centre", PROJECT: "project"}


class AccountingObjectRow(ArchivedByTombstone, Base):
    """A cost centre (SIE dimension 1) or project (dimension 6) with its name (synced;
    ``accounting_object.*`` commands): what an account mapping's ``cost_centre`` and
    ``project`` name, and the SIE file's ``#OBJEKT``. One live object per dimension and
    code."""

    __tablename__ = "accounting_object"

    dimension: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))


def check_dimension(dimension: int) -> int:
    if dimension not in DIMENSIONS:
        raise ValidationError(
            "An object is a cost centre (dimension 1) or a project (dimension 6)",
            field="dimension",
        )
    return dimension


class AccountingSettings(SyncMixin, Base):
    """The tenant's accounting settings beyond the mappings (synced; one live row per
    tenant, set as a whole by ``accounting_settings.set``; ``version`` counts each change):
    the fiscal year's first month, the voucher series of each kind of event, and whether
    course fees are accrued over their round's months."""

    __tablename__ = "accounting_settings"

    version: Mapped[int] = mapped_column(Integer, default=1)
    #: 1 = the calendar year, 7 = July to June.
    year_start_month: Mapped[int] = mapped_column(Integer, default=1)
    accrual: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Kind -> [letter, name] for the kinds whose series differ from :data:`DEFAULT_SERIES`.
    series: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    def series_map(self) -> dict[str, tuple[str, str]]:
        """Every kind's (letter, name): the row's, else the default."""
        own = self.series or {}
        return {
            kind: (str(own[kind][0]), str(own[kind][1])) if kind in own else default
            for kind, default in DEFAULT_SERIES.items()
        }


def check_series(series: Mapping[str, tuple[str, str]]) -> dict[str, list[str]]:
    """The series a command sets: known kinds, a letter A-Z each and a one-line name;
    returned as stored (the kinds that differ from the default)."""
    out: dict[str, list[str]] = {}
    for kind, (letter, name) in series.items():
        if kind not in DEFAULT_SERIES:
            raise ValidationError(
                "No such kind of voucher: {kind}", field="series", params={"kind": kind}
            )
        letter = letter.strip().upper()
        if len(letter) != 1 or letter not in string.ascii_uppercase:
            raise ValidationError(
                "A voucher series is one letter A-Z ({kind})", field="series", params={"kind": kind}
            )
        name = " ".join(name.split()) or DEFAULT_SERIES[kind][1]
        if (letter, name) != DEFAULT_SERIES[kind]:
            out[kind] = [letter, name]
    return out


def fiscal_year(day: date, start_month: int) -> tuple[date, date]:
    """The fiscal year ``day`` is in (first and last day), starting in ``start_month``."""
    year = day.year if day.month >= start_month else day.year - 1
    following = date(year + 1, start_month, 1)
    return date(year, start_month, 1), following - timedelta(days=1)


def accounting_settings_of(session: Session, tenant_id: str) -> AccountingSettings | None:
    """The tenant's live accounting settings (None: never set)."""
    return session.scalars(
        select(AccountingSettings).where(
            AccountingSettings.tenant_id == tenant_id, AccountingSettings.deleted_at.is_(None)
        )
    ).first()


@dataclass(frozen=True)
class Scope:
    """What a ledger transaction is about (None: the tenant as a whole), with the round's
    period (for accrual)."""

    round_id: str | None = None
    category_id: str | None = None
    starts_on: date | None = None
    ends_on: date | None = None


@dataclass(frozen=True)
class Chart:
    """The settings an export needs: the mappings, the series, account and object names,
    and whether fees are accrued."""

    mappings: Sequence[AccountMapping] = ()
    series: Mapping[str, tuple[str, str]] = field(default_factory=lambda: dict(DEFAULT_SERIES))
    names: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_ACCOUNTS.values()))
    #: (dimension, code) -> the object's name.
    objects: Mapping[tuple[int, str], str] = field(default_factory=dict)
    accrual: bool = False

    def resolve(self, purpose: Purpose, scope: Scope) -> AccountMapping:
        """The most specific mapping of ``purpose`` for ``scope`` (else the BAS default)."""
        best: AccountMapping | None = None
        for m in self.mappings:
            if m.purpose is not purpose:
                continue
            if m.round_id and m.round_id != scope.round_id:
                continue
            if not m.round_id and m.category_id and m.category_id != scope.category_id:
                continue
            if best is None or m.rank > best.rank:
                best = m
        return best or AccountMapping(purpose, DEFAULT_ACCOUNTS[purpose][0])

    def series_of(self, kind: str) -> str:
        return self.series.get(kind, DEFAULT_SERIES.get(kind, ("G", "")))[0]

    def vat_codes(self) -> dict[str, str]:
        """Account -> VAT code, of the mappings that give one (the most specific wins)."""
        out: dict[str, str] = {}
        for m in sorted(self.mappings, key=lambda m: m.rank):
            if m.vat_code:
                out[m.account] = m.vat_code
        return out

    def object_names(self, used: Iterable[tuple[int, str]]) -> dict[tuple[int, str], str]:
        """A name for every object used (its own, else its code)."""
        return {key: self.objects.get(key, key[1]) for key in used}


#: Where a posting goes: its bookkeeping account and objects.
Target = tuple[str, tuple[tuple[int, str], ...]]


def _target_of(mapping: AccountMapping, account: str) -> Target:
    objects: list[tuple[int, str]] = []
    if mapping.cost_centre:
        objects.append((COST_CENTRE, mapping.cost_centre))
    if mapping.project:
        objects.append((PROJECT, mapping.project))
    return account, tuple(objects)


def _target(chart: Chart, account: str, code: str, scope: Scope) -> Target:
    purpose = LEDGER_PURPOSE.get(account, Purpose.SUSPENSE)
    if account == "revenue" and code in REVENUE_CODES:
        purpose = REVENUE_CODES[code]
        code = ""
    mapping = chart.resolve(purpose, scope)
    # A price rule's own account (4 digits) wins over the purpose's mapping.
    chosen = code if account == "revenue" and code.isdigit() else mapping.account
    return _target_of(mapping, chosen)


def _is_fee(account: str, code: str) -> bool:
    """A revenue posting of course fees (not a reminder's fee or interest)."""
    return account == Account.REVENUE.value and code not in REVENUE_CODES


def _lines(
    chart: Chart, tx: Transaction, scope: Scope, cache: dict[tuple[str, str, Scope], Target]
) -> tuple[dict[Target, int], set[Target]]:
    """``tx``'s amounts per target, and the targets of its course fees."""
    lines: dict[Target, int] = {}
    fees: set[Target] = set()
    for p in tx.postings:
        key = (str(p.account), p.code, scope)
        target = cache.get(key)
        if target is None:
            target = cache[key] = _target(chart, key[0], p.code, scope)
        lines[target] = lines.get(target, 0) + p.amount
        if _is_fee(key[0], p.code):
            fees.add(target)
    return lines, fees


def _made(
    chart: Chart, kind: str, number: int, day: date, text: str, lines: Mapping[Target, int]
) -> Voucher | None:
    trans = tuple(Trans(a, amount, objs) for (a, objs), amount in lines.items() if amount)
    if not trans:
        return None
    return Voucher(chart.series_of(kind), number, day, text, trans)


def _text(kind: str, reference: str) -> str:
    text = KIND_TEXT.get(kind, kind)
    return f"{text} {reference}" if reference else text


def voucher(
    chart: Chart,
    tx: Transaction,
    number: int,
    scope: Scope = Scope(),
    targets: dict[tuple[str, str, Scope], Target] | None = None,
) -> Voucher | None:
    """``tx`` as a voucher numbered ``number`` in its series (None: it moves no money).
    ``targets``: a cache of where postings go, kept by the caller across transactions."""
    lines, _fees = _lines(chart, tx, scope, {} if targets is None else targets)
    return _made(chart, str(tx.kind), number, tx.day, _text(str(tx.kind), tx.reference), lines)


# -- accrual of course fees over their round's months (periodisering) ----------------------


def _month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def spans_months(starts_on: date | None, ends_on: date | None) -> bool:
    """Whether a period (both days given) touches more than one calendar month."""
    return (
        starts_on is not None
        and ends_on is not None
        and ends_on >= starts_on
        and (starts_on.year, starts_on.month) != (ends_on.year, ends_on.month)
    )


def month_shares(amount: int, starts_on: date, ends_on: date) -> list[tuple[date, int]]:
    """``amount`` öre spread over the months of ``starts_on``..``ends_on`` (both included)
    by their days: (the month's last day in the period, its share). The shares are whole
    öre (rounded towards zero), the last month takes the remainder: they sum to
    ``amount`` exactly."""
    if ends_on < starts_on:
        raise ValueError("a period ends on or after its start")
    total = (ends_on - starts_on).days + 1
    out: list[tuple[date, int]] = []
    given = 0
    day = starts_on
    while True:
        last = min(_month_end(day), ends_on)
        if last == ends_on:
            out.append((last, amount - given))
            return out
        days = (last - day).days + 1
        share = abs(amount) * days // total * (1 if amount >= 0 else -1)
        out.append((last, share))
        given += share
        day = last + timedelta(days=1)


@dataclass
class _Deferred:
    """A charge's course fees on one target, held on prepaid revenue until their months."""

    reference: str
    fee: Target
    prepaid: Target
    #: What prepaid revenue holds of it (signed as posted there: a credit is negative).
    held: int = 0
    stopped: bool = False


class Books:
    """The vouchers of the ledger's transactions, given oldest first (:meth:`feed`), with
    the accrual vouchers the chart's accrual implies (:meth:`until` for the last ones).
    Vouchers come numbered 0, in the order of their days (:func:`numbered`).

    With accrual on, a charge's course fees for a round whose period spans more than one
    month are booked on prepaid revenue (:attr:`Purpose.PREPAID`); each month of the
    period then has an accrual voucher (series :data:`ACCRUAL`) moving that month's share
    (:func:`month_shares`) to the fee account, dated the month's last day in the period
    (the charge's day if that is later). A cancellation's fees given up are taken from
    prepaid revenue too, its later months are not accrued, and what prepaid revenue
    still holds of the booking is moved to the fee account on the cancellation's day."""

    def __init__(self, chart: Chart) -> None:
        self.chart = chart
        self._cache: dict[tuple[str, str, Scope], Target] = {}
        self._open: dict[str, list[_Deferred]] = {}
        self._due: list[tuple[date, int, _Deferred, int]] = []
        self._seq = 0

    def feed(self, tx: Transaction, scope: Scope) -> list[Voucher]:
        """``tx``'s voucher, after the accrual vouchers due before its day."""
        out = self.until(tx.day - timedelta(days=1)) if self._due else []
        lines, fees = _lines(self.chart, tx, scope, self._cache)
        after: list[Voucher] = []
        if self.chart.accrual and fees and tx.reference:
            if tx.kind is Kind.CHARGE and spans_months(scope.starts_on, scope.ends_on):
                self._defer(tx, scope, lines, fees)
            elif tx.kind is Kind.CANCELLATION and tx.reference in self._open:
                after = self._stop(tx, lines, fees)
        made = _made(self.chart, str(tx.kind), 0, tx.day, _text(str(tx.kind), tx.reference), lines)
        if made is not None:
            out.append(made)
        return out + after

    def until(self, day: date) -> list[Voucher]:
        """The accrual vouchers due on or before ``day``."""
        out: list[Voucher] = []
        while self._due and self._due[0][0] <= day:
            when, _seq, deferred, share = heapq.heappop(self._due)
            if deferred.stopped:
                continue
            deferred.held -= share
            made = self._accrual(when, deferred, share)
            if made is not None:
                out.append(made)
        return out

    def _accrual(self, day: date, deferred: _Deferred, amount: int) -> Voucher | None:
        """A voucher moving ``amount`` (as posted on the fee account) from prepaid revenue."""
        lines = {deferred.prepaid: -amount, deferred.fee: amount}
        if deferred.prepaid == deferred.fee:
            return None
        return _made(self.chart, ACCRUAL, 0, day, _text(ACCRUAL, deferred.reference), lines)

    def _prepaid(self, tx_scope: Scope) -> Target:
        mapping = self.chart.resolve(Purpose.PREPAID, tx_scope)
        return _target_of(mapping, mapping.account)

    def _defer(
        self, tx: Transaction, scope: Scope, lines: dict[Target, int], fees: set[Target]
    ) -> None:
        assert scope.starts_on is not None and scope.ends_on is not None
        prepaid = self._prepaid(scope)
        membership = self.chart.resolve(Purpose.MEMBERSHIP, scope).account
        for fee in sorted(fees):
            if fee[0] == membership:
                continue  # a membership fee is the year's, not the course's months'
            amount = lines.pop(fee, 0)
            if not amount:
                continue
            lines[prepaid] = lines.get(prepaid, 0) + amount
            deferred = _Deferred(tx.reference, fee, prepaid, held=amount)
            self._open.setdefault(tx.reference, []).append(deferred)
            for day, share in month_shares(amount, scope.starts_on, scope.ends_on):
                self._seq += 1
                heapq.heappush(self._due, (max(day, tx.day), self._seq, deferred, share))

    def _stop(self, tx: Transaction, lines: dict[Target, int], fees: set[Target]) -> list[Voucher]:
        out: list[Voucher] = []
        held = self._open.pop(tx.reference)
        for deferred in held:
            deferred.stopped = True
            given_up = lines.pop(deferred.fee, 0) if deferred.fee in fees else 0
            fees.discard(deferred.fee)
            if given_up:
                lines[deferred.prepaid] = lines.get(deferred.prepaid, 0) + given_up
            deferred.held += given_up
            if deferred.held:
                made = self._accrual(tx.day, deferred, deferred.held)
                deferred.held = 0
                if made is not None:
                    out.append(made)
        return out


def numbered(made: Iterable[Voucher]) -> list[Voucher]:
    """``made`` numbered 1, 2, … per series in the order given."""
    counters: dict[str, int] = {}
    out: list[Voucher] = []
    for v in made:
        number = counters[v.series] = counters.get(v.series, 0) + 1
        out.append(v if v.number == number else Voucher(v.series, number, v.day, v.text, v.trans))
    return out


def vouchers(
    chart: Chart, txs: Iterable[tuple[Transaction, Scope]], until: date | None = None
) -> list[Voucher]:
    """One voucher per transaction that moves money (and the accrual vouchers, up to
    ``until``, else all), numbered 1, 2, … per series in order."""
    books = Books(chart)
    made: list[Voucher] = []
    for tx, scope in txs:
        made.extend(books.feed(tx, scope))
    made.extend(books.until(until or date.max))
    return numbered(made)


def account_names(chart: Chart, codes: Iterable[str]) -> dict[str, str]:
    """A name for every code used (the chart's, else the code itself)."""
    return {c: chart.names.get(c, f"Konto {c}") for c in codes}
