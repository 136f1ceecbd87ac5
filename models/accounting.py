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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.booking import PriceScope
from models.errors import ValidationError
from models.ledger import INTEREST_CODE, REMINDER_FEE_CODE, Transaction
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

#: Voucher series per kind of ledger transaction: (letter, name).
DEFAULT_SERIES: dict[str, tuple[str, str]] = {
    "charge": ("A", "Avgifter (bokningar)"),
    "payment": ("B", "Inbetalningar"),
    "cancellation": ("C", "Avbokningar och krediteringar"),
    "refund": ("D", "Återbetalningar"),
    "fee": ("E", "Kortavgifter"),
    "reminder": ("F", "Påminnelser och ränta"),
    "correction": ("G", "Rättelser"),
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
}


@dataclass(frozen=True)
class AccountMapping:
    """A purpose's account for the tenant, a category (``category_id``) or a round
    (``round_id``), with its objects ("" none)."""

    purpose: Purpose
    account: str
    category_id: str | None = None
    round_id: str | None = None
    cost_centre: str = ""
    project: str = ""

    @property
    def rank(self) -> int:
        return 2 if self.round_id else 1 if self.category_id else 0


class AccountMappingRow(ArchivedByTombstone, Base):
    """The treasurer's setting (synced; ``account_mapping.*`` commands): ``purpose``'s
    account for the tenant, a category (``scope_id`` its name) or a round (its id)."""

    __tablename__ = "account_mapping"

    purpose: Mapped[str] = mapped_column(String(30))
    account: Mapped[str] = mapped_column(String(10))
    scope_kind: Mapped[str] = mapped_column(String(20), default=PriceScope.TENANT)
    scope_id: Mapped[str | None] = mapped_column(String(200), default=None)
    cost_centre: Mapped[str] = mapped_column(String(40), default="")
    project: Mapped[str] = mapped_column(String(40), default="")

    def mapping(self) -> AccountMapping:
        """The export's mapping (refused with the field when it cannot be one)."""
        try:
            purpose = Purpose(self.purpose)
        except ValueError:
            raise ValidationError("No such purpose", field="purpose") from None
        if not (self.account.isdigit() and len(self.account) == 4):
            raise ValidationError("An account is four digits (BAS)", field="account")
        for name in ("cost_centre", "project"):
            value = getattr(self, name)
            if value != value.strip() or any(not c.isprintable() for c in value):
                raise ValidationError("An object code is one line without edge spaces", field=name)
        kind = PriceScope(self.scope_kind)
        return AccountMapping(
            purpose,
            self.account,
            category_id=self.scope_id if kind is PriceScope.CATEGORY else None,
            round_id=self.scope_id if kind is PriceScope.ROUND else None,
            cost_centre=self.cost_centre,
            project=self.project,
        )


@dataclass(frozen=True)
class Scope:
    """What a ledger transaction is about (None: the tenant as a whole)."""

    round_id: str | None = None
    category_id: str | None = None


@dataclass(frozen=True)
class Chart:
    """The settings an export needs: the mappings, the series and account names."""

    mappings: Sequence[AccountMapping] = ()
    series: Mapping[str, tuple[str, str]] = field(default_factory=lambda: dict(DEFAULT_SERIES))
    names: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_ACCOUNTS.values()))

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


#: Where a posting goes: its bookkeeping account and objects.
Target = tuple[str, tuple[tuple[int, str], ...]]


def _target(chart: Chart, account: str, code: str, scope: Scope) -> Target:
    purpose = LEDGER_PURPOSE.get(account, Purpose.SUSPENSE)
    if account == "revenue" and code in REVENUE_CODES:
        purpose = REVENUE_CODES[code]
        code = ""
    mapping = chart.resolve(purpose, scope)
    objects: list[tuple[int, str]] = []
    if mapping.cost_centre:
        objects.append((COST_CENTRE, mapping.cost_centre))
    if mapping.project:
        objects.append((PROJECT, mapping.project))
    # A price rule's own account (4 digits) wins over the purpose's mapping.
    chosen = code if account == "revenue" and code.isdigit() else mapping.account
    return chosen, tuple(objects)


def voucher(
    chart: Chart,
    tx: Transaction,
    number: int,
    scope: Scope = Scope(),
    targets: dict[tuple[str, str, Scope], Target] | None = None,
) -> Voucher | None:
    """``tx`` as a voucher numbered ``number`` in its series (None: it moves no money).
    ``targets``: a cache of where postings go, kept by the caller across transactions."""
    cache = {} if targets is None else targets
    lines: dict[Target, int] = {}
    for p in tx.postings:
        key = (str(p.account), p.code, scope)
        target = cache.get(key)
        if target is None:
            target = cache[key] = _target(chart, key[0], p.code, scope)
        lines[target] = lines.get(target, 0) + p.amount
    trans = tuple(Trans(a, amount, objs) for (a, objs), amount in lines.items() if amount)
    if not trans:
        return None
    text = KIND_TEXT.get(str(tx.kind), str(tx.kind))
    if tx.reference:
        text = f"{text} {tx.reference}"
    return Voucher(chart.series_of(str(tx.kind)), number, tx.day, text, trans)


def vouchers(chart: Chart, txs: Iterable[tuple[Transaction, Scope]]) -> list[Voucher]:
    """One voucher per transaction that moves money, numbered 1, 2, … per series in
    the order given."""
    counters: dict[str, int] = {}
    out: list[Voucher] = []
    targets: dict[tuple[str, str, Scope], Target] = {}
    for tx, scope in txs:
        series = chart.series_of(str(tx.kind))
        made = voucher(chart, tx, counters.get(series, 0) + 1, scope, targets)
        if made is not None:
            counters[series] = made.number
            out.append(made)
    return out


def account_names(chart: Chart, codes: Iterable[str]) -> dict[str, str]:
    """A name for every code used (the chart's, else the code itself)."""
    return {c: chart.names.get(c, f"Konto {c}") for c in codes}
