"""Administration › Membership types…, Prices… and Discounts… (issue 17; seed 003): the
rules a sign-up is priced by, kept offline by their commands (``membership_type.*``,
``price_rule.*``, ``discount_rule.*``) and undone with Edit › Undo.

Amounts are typed in kronor ("1 250,50") and kept in öre; VAT rates and percentages are
typed in percent and kept in basis points. A rule the price engine could not price is
refused by the command, naming the field, before anything is queued.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget
from sqlalchemy import select

from desktop.common.rows_model import Column, kronor_cell
from desktop.common.rows_window import ListedRowDialog, RowsEditWindow, WindowTexts
from desktop.common.values import Record, iso_day
from desktop.common.widgets import choice_box
from desktop.courses.dialogs import ore_field, ore_to_kronor
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import OpContext
from desktop.operations.rows import RowCommands
from models.booking import DiscountRule, MembershipType, PriceRule, PriceScope
from models.courses import CourseRound
from models.errors import ValidationError
from models.pricing import BASIS, Condition, Stacking

C = "Booking"

#: The VAT rates a Swedish club charges (basis points), as offered.
VAT_RATES = (0, 600, 1200, 2500)

CONDITIONS = {
    Condition.ALWAYS: QT_TRANSLATE_NOOP("Booking", "Always"),
    Condition.OTHER_COURSE_SAME_TERM: QT_TRANSLATE_NOOP(
        "Booking", "Registered on another course the same term"
    ),
    Condition.EARLY_BOOKING: QT_TRANSLATE_NOOP("Booking", "Early booking"),
    Condition.STUDENT: QT_TRANSLATE_NOOP("Booking", "Student"),
    Condition.FAMILY: QT_TRANSLATE_NOOP("Booking", "Family member registered"),
}
STACKING = {
    Stacking.STACKS: QT_TRANSLATE_NOOP("Booking", "Adds to the other discounts"),
    Stacking.EXCLUSIVE: QT_TRANSLATE_NOOP("Booking", "Only the largest such discount counts"),
}
SCOPES = {
    PriceScope.TENANT: QT_TRANSLATE_NOOP("Booking", "All courses"),
    PriceScope.CATEGORY: QT_TRANSLATE_NOOP("Booking", "A course category"),
    PriceScope.ROUND: QT_TRANSLATE_NOOP("Booking", "One course round"),
}


def _t(source: str) -> str:
    return QCoreApplication.translate(C, source)


def _percent(value: Any, _row: Record) -> str:
    return f"{int(value or 0) / 100:g} %"


def _vat_box(current: int) -> QComboBox:
    box = QComboBox()
    for rate in VAT_RATES:
        box.addItem(f"{rate / 100:g} %", rate)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def _choices(options: dict[Any, str], current: object) -> QComboBox:
    """The ``options`` keyed by an enum (its values the data), ``current`` chosen."""
    return choice_box(C, {value.value: text for value, text in options.items()}, current=current)


def _text(row: Record | None, key: str) -> str:
    """A text field's value in ``row`` (empty for a new row or none)."""
    return str(row[key] or "") if row else ""


def _live(model: Any, archived: bool) -> Any:
    query = select(model)
    return query if archived else query.where(model.deleted_at.is_(None))


def _scope_text(c: OpContext, kind: str, scope_id: str | None) -> str:
    if kind == PriceScope.TENANT:
        return _t(SCOPES[PriceScope.TENANT])
    if kind == PriceScope.ROUND and scope_id:
        with c.read() as s:
            round_ = s.get(CourseRound, scope_id)
        return round_.name if round_ is not None else scope_id
    return QCoreApplication.translate("Booking", "Category %1").replace("%1", scope_id or "")


# -- membership types ----------------------------------------------------------------------

MEMBERSHIP_COMMANDS = RowCommands.of("membership_type")


def load_membership_types(c: OpContext, *, archived: bool = False) -> list[Record]:
    with c.read() as s:
        return [
            {
                "id": t.id,
                "name": t.name,
                "fee": t.fee,
                "vat_rate": t.vat_rate,
                "account": t.account,
                "archived": t.deleted_at is not None,
            }
            for t in s.scalars(_live(MembershipType, archived))
        ]


class _BookedDialog(ListedRowDialog):
    """A rule's dialog whose amounts are booked on an account and, but for a discount's
    (it lowers a price, at that price's rate), at a VAT rate."""

    vat: QComboBox | None = None

    def add_booking_fields(self, row: Record | None, *, vat: bool = True) -> None:
        """The VAT rate's field (with ``vat``) and the account's."""
        if vat:
            self.vat = self.add_field(
                "vat_rate",
                QCoreApplication.translate("Booking", "VAT:"),
                _vat_box(row["vat_rate"] if row else 0),
            )
        self.account = self.add_text("account", QCoreApplication.translate("Booking", "Account:"))

    def booking_values(self) -> dict[str, Any]:
        """The VAT rate (where there is one) and the account, as chosen and typed."""
        rate = {} if self.vat is None else {"vat_rate": self.vat.currentData()}
        return {**rate, "account": self.account.text().strip()}


class MembershipTypeDialog(_BookedDialog):
    commands = MEMBERSHIP_COMMANDS
    edited = ("name", "fee", "vat_rate", "account")
    titles = (
        QT_TRANSLATE_NOOP("MembershipTypeDialog", "New membership type"),
        QT_TRANSLATE_NOOP("MembershipTypeDialog", "Edit membership type"),
    )

    def build(self, row: Record | None) -> QWidget:
        self.name = self.add_text("name", self.tr("Name:"), self.tr("Such as Membership 2027"))
        fee = ore_to_kronor(row["fee"]) if row else ""
        self.fee = self.add_field("fee", self.tr("Fee (kr):"), QLineEdit(fee))
        self.add_booking_fields(row)
        self.finish_layout(
            self.tr(
                "Someone who is not a member on a round's first day pays the fee with the "
                "course, when the round's price rule names this membership type."
            )
        )
        return self.name

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "fee": ore_field(self.fee.text(), "fee"),
            **self.booking_values(),
        }


MEMBERSHIP_TEXTS = WindowTexts(
    title=QT_TRANSLATE_NOOP("MembershipTypesWindow", "Membership types"),
    empty=QT_TRANSLATE_NOOP(
        "MembershipTypesWindow", "No membership types yet: New… adds one with its fee."
    ),
    archive_tip=QT_TRANSLATE_NOOP(
        "MembershipTypesWindow", "Price rules can no longer name it; members stay members"
    ),
)


class MembershipTypesWindow(RowsEditWindow):
    """Administration › Membership types… (one window, not modal)."""

    texts = MEMBERSHIP_TEXTS
    dialog = MembershipTypeDialog
    columns = (
        Column("name", QT_TRANSLATE_NOOP("Booking", "Name"), C),
        Column("fee", QT_TRANSLATE_NOOP("Booking", "Fee"), C, format=kronor_cell),
        Column("vat_rate", QT_TRANSLATE_NOOP("Booking", "VAT"), C, format=_percent),
        Column("account", QT_TRANSLATE_NOOP("Booking", "Account"), C),
    )
    list_name, widths, window_size = "membership_types", (300, 140, 100, 120), (800, 460)

    load = staticmethod(load_membership_types)

    def prepare(self, rows: list[Record]) -> list[Record]:
        rows = sorted(rows, key=lambda r: str(r["name"]).casefold())
        self.mark_archived(rows, "name")
        return rows


class _ScopedDialog(_BookedDialog):
    """A rule's dialog whose rule holds for a scope (all courses, a course category, one
    round), chosen when the rule is made and fixed afterwards."""

    def add_scope_fields(self, row: Record | None) -> None:
        """The scope's two fields."""
        kind = _choices(SCOPES, row["scope_kind"] if row else PriceScope.TENANT)
        self.scope_kind = self.add_field(
            "scope_kind", QCoreApplication.translate("Booking", "For:"), kind
        )
        self.scope_id = self.add_text(
            "scope_id",
            QCoreApplication.translate("Booking", "Category:"),
            QCoreApplication.translate("Booking", "The category's name"),
        )
        for field in (self.scope_kind, self.scope_id):
            field.setEnabled(row is None)

    def extra(self) -> dict[str, Any]:
        kind = self.scope_kind.currentData()
        scope_id = self.scope_id.text().strip() or None
        return {"scope_kind": kind, "scope_id": None if kind == PriceScope.TENANT else scope_id}


# -- discounts -----------------------------------------------------------------------------

DISCOUNT_COMMANDS = RowCommands.of("discount_rule")
_DISCOUNT_FIELDS = (
    "name",
    "condition",
    "amount",
    "percent",
    "stacking",
    "valid_from",
    "valid_until",
    "book_by",
    "position",
    "account",
)


def load_discounts(c: OpContext, *, archived: bool = False) -> list[Record]:
    with c.read() as s:
        rules = list(s.scalars(_live(DiscountRule, archived)))
    rows: list[Record] = []
    for d in rules:
        row: Record = {f: getattr(d, f) for f in _DISCOUNT_FIELDS}
        for day in ("valid_from", "valid_until", "book_by"):
            row[day] = row[day].isoformat() if row[day] else None
        row.update(
            id=d.id,
            scope_kind=d.scope_kind,
            scope_id=d.scope_id,
            scope=_scope_text(c, d.scope_kind, d.scope_id),
            archived=d.deleted_at is not None,
        )
        rows.append(row)
    return rows


def _off(_value: object, row: Record) -> str:
    if row.get("percent"):
        return _percent(row["percent"], row)
    return kronor_cell(row.get("amount") or 0, row)


class DiscountDialog(_ScopedDialog):
    commands = DISCOUNT_COMMANDS
    edited = _DISCOUNT_FIELDS
    titles = (
        QT_TRANSLATE_NOOP("DiscountDialog", "New discount"),
        QT_TRANSLATE_NOOP("DiscountDialog", "Edit discount"),
    )

    def build(self, row: Record | None) -> QWidget:
        self.name = self.add_text(
            "name", self.tr("Name:"), self.tr("Such as Two courses the same term")
        )
        self.add_scope_fields(row)
        condition = _choices(CONDITIONS, row["condition"] if row else Condition.ALWAYS)
        self.condition = self.add_field("condition", self.tr("When:"), condition)
        percent = bool(row and row["percent"])
        self.by = self.add_field("by", self.tr("Discount:"), QComboBox())
        self.by.addItem(self.tr("An amount (kr)"), "amount")
        self.by.addItem(self.tr("A percentage of the price"), "percent")
        self.by.setCurrentIndex(1 if percent else 0)
        shown = (
            f"{row['percent'] / 100:g}".replace(".", ",")
            if percent and row
            else ore_to_kronor(row["amount"])
            if row
            else ""
        )
        self.off = self.add_field("amount", self.tr("Size:"), QLineEdit(shown))
        stacking = _choices(STACKING, row["stacking"] if row else Stacking.STACKS)
        self.stacking = self.add_field("stacking", self.tr("With others:"), stacking)
        #: The days that limit the discount, by their keys (empty: no limit).
        self.days = {
            key: self.add_text(key, label)
            for key, label in (
                ("book_by", self.tr("Book by:")),
                ("valid_from", self.tr("Valid from:")),
                ("valid_until", self.tr("Valid until:")),
            )
        }
        for day in self.days.values():
            day.setPlaceholderText(self.tr("YYYY-MM-DD (empty: no limit)"))
        self.position = self.add_field("position", self.tr("Order:"), QSpinBox())
        self.position.setRange(0, 1000)
        self.position.setValue(int(row["position"]) if row else 0)
        self.add_booking_fields(row, vat=False)
        self.finish_layout(
            self.tr(
                "Discounts are counted in their order, each shown to the participant as a line "
                "of the price; together they never take a course below zero."
            )
        )
        return self.name

    def values(self) -> dict[str, Any]:
        by_percent = self.by.currentData() == "percent"
        size = self.off.text().strip().replace(",", ".").removesuffix("%").strip()
        amount = percent = 0
        if by_percent:
            try:
                percent = round(float(size) * 100)
            except ValueError:
                raise ValidationError("Write the percentage, such as 10", field="amount") from None
            if not 0 < percent <= BASIS:
                raise ValidationError("A percentage is between 0 and 100", field="amount")
        else:
            amount = ore_field(self.off.text(), "amount")
        return {
            "name": self.name.text().strip(),
            "condition": self.condition.currentData(),
            "amount": amount,
            "percent": percent,
            "stacking": self.stacking.currentData(),
            **{key: iso_day(day.text(), key) for key, day in self.days.items()},
            "position": self.position.value(),
            **self.booking_values(),
        }


DISCOUNT_TEXTS = WindowTexts(
    title=QT_TRANSLATE_NOOP("DiscountsWindow", "Discounts"),
    empty=QT_TRANSLATE_NOOP(
        "DiscountsWindow", "No discounts yet: New… adds one, such as for a second course."
    ),
    hint=QT_TRANSLATE_NOOP(
        "DiscountsWindow",
        "A booking keeps the price it was made with: changing a discount changes new "
        "sign-ups only.",
    ),
    archive_tip=QT_TRANSLATE_NOOP("DiscountsWindow", "New sign-ups no longer get it"),
)


class DiscountsWindow(RowsEditWindow):
    """Administration › Discounts… (one window, not modal)."""

    texts = DISCOUNT_TEXTS
    dialog = DiscountDialog
    columns = (
        Column("name", QT_TRANSLATE_NOOP("Booking", "Name"), C),
        Column("scope", QT_TRANSLATE_NOOP("Booking", "For"), C),
        Column("condition_text", QT_TRANSLATE_NOOP("Booking", "When"), C),
        Column("amount", QT_TRANSLATE_NOOP("Booking", "Discount"), C, format=_off),
        Column("valid", QT_TRANSLATE_NOOP("Booking", "Valid"), C),
        Column("position", QT_TRANSLATE_NOOP("Booking", "Order"), C),
    )
    list_name, widths, window_size = "discounts", (260, 180, 280, 110, 200), (1200, 520)

    load = staticmethod(load_discounts)

    def prepare(self, rows: list[Record]) -> list[Record]:
        for row in rows:
            row["condition_text"] = _t(CONDITIONS[Condition(row["condition"])])
            if row["book_by"]:
                row["condition_text"] += " " + self.tr("(by %1)").replace("%1", row["book_by"])
            span = (row["valid_from"] or "", row["valid_until"] or "")
            row["valid"] = "–".join(span) if any(span) else self.tr("Always")
        rows = sorted(rows, key=lambda r: (int(r["position"]), str(r["name"]).casefold()))
        self.mark_archived(rows, "name")
        return rows


# -- prices --------------------------------------------------------------------------------

PRICE_COMMANDS = RowCommands.of("price_rule")


def load_prices(c: OpContext, *, archived: bool = False) -> list[Record]:
    with c.read() as s:
        rules = list(s.scalars(_live(PriceRule, archived)))
        types = {t.id: t.name for t in s.scalars(select(MembershipType))}
    return [
        {
            "id": r.id,
            "scope_kind": r.scope_kind,
            "scope_id": r.scope_id,
            "scope": _scope_text(c, r.scope_kind, r.scope_id),
            "base_price": r.base_price,
            "vat_rate": r.vat_rate,
            "account": r.account,
            "membership_type_id": r.membership_type_id,
            "membership": types.get(r.membership_type_id or "", ""),
            "archived": r.deleted_at is not None,
        }
        for r in rules
    ]


class PriceDialog(_ScopedDialog):
    commands = PRICE_COMMANDS
    edited = ("base_price", "vat_rate", "account", "membership_type_id")
    titles = (
        QT_TRANSLATE_NOOP("PriceDialog", "New price rule"),
        QT_TRANSLATE_NOOP("PriceDialog", "Edit price rule"),
    )

    def build(self, row: Record | None) -> QWidget:
        self.add_scope_fields(row)
        price = ore_to_kronor(row["base_price"]) if row else ""
        self.price = self.add_field("base_price", self.tr("Price (kr):"), QLineEdit(price))
        self.price.setPlaceholderText(self.tr("Empty: the round's own price"))
        self.add_booking_fields(row)
        fee = self.tr("Membership fee:")
        self.membership = self.add_field("membership_type_id", fee, QComboBox())
        self.membership.addItem(self.tr("No membership fee"), None)
        self._membership_id = row["membership_type_id"] if row else None
        self.finish_layout(
            self.tr(
                "A round costs its own price when it has one, else the most specific rule's "
                "(its category's, else all courses'). The discounts of every level count."
            )
        )
        from desktop.operations import DbOp

        DbOp(lambda c: load_membership_types(c), parent=self, label="membership types").success(
            self._show_types
        ).run(self.ctx.ops)
        return self.scope_kind if row is None else self.price

    def _show_types(self, types: list[Record]) -> None:
        for kind in sorted(types, key=lambda t: str(t["name"]).casefold()):
            self.membership.addItem(str(kind["name"]), kind["id"])
        self.membership.setCurrentIndex(max(0, self.membership.findData(self._membership_id)))

    def values(self) -> dict[str, Any]:
        price = self.price.text().strip()
        return {
            "base_price": ore_field(price, "base_price") if price else None,
            **self.booking_values(),
            "membership_type_id": self.membership.currentData(),
        }

    def row_name(self, values: dict[str, Any]) -> str:
        return self.scope_id.text().strip() or _t(SCOPES[PriceScope.TENANT])


PRICE_TEXTS = WindowTexts(
    title=QT_TRANSLATE_NOOP("PricesWindow", "Prices"),
    empty=QT_TRANSLATE_NOOP(
        "PricesWindow", "No price rules yet: New… sets what the courses of a level cost."
    ),
    hint=QT_TRANSLATE_NOOP(
        "PricesWindow",
        "A booking keeps the price it was made with: changing a rule changes new sign-ups only.",
    ),
    archive_tip=QT_TRANSLATE_NOOP("PricesWindow", "Its courses cost what the wider rules say"),
)


#: The levels a rule is set for, widest first: the order of the lists of scoped rules.
SCOPE_ORDER = {PriceScope.TENANT: 0, PriceScope.CATEGORY: 1, PriceScope.ROUND: 2}


class ScopedRulesWindow(RowsEditWindow):
    """A list of rules each set for all courses, a course category or one round: sorted by
    :meth:`first` (nothing unless a subclass says), the level (widest first) and the scope,
    and named by their scope."""

    def first(self, row: Record) -> tuple[int, ...]:
        """What sorts a row before its level."""
        return ()

    def prepare(self, rows: list[Record]) -> list[Record]:
        rows = sorted(
            rows,
            key=lambda r: (
                *self.first(r),
                SCOPE_ORDER[PriceScope(r["scope_kind"])],
                str(r["scope"]),
            ),
        )
        self.mark_archived(rows, "scope")
        return rows

    def row_name(self, row: Record) -> str:
        return str(row.get("scope_plain") or row["scope"])


class PricesWindow(ScopedRulesWindow):
    """Administration › Prices… (one window, not modal)."""

    texts, watched = PRICE_TEXTS, ("membership_type",)
    dialog = PriceDialog
    columns = (
        Column("scope", QT_TRANSLATE_NOOP("Booking", "For"), C),
        Column("base_price", QT_TRANSLATE_NOOP("Booking", "Price"), C, format=kronor_cell),
        Column("vat_rate", QT_TRANSLATE_NOOP("Booking", "VAT"), C, format=_percent),
        Column("account", QT_TRANSLATE_NOOP("Booking", "Account"), C),
        Column("membership", QT_TRANSLATE_NOOP("Booking", "Membership fee"), C),
    )
    list_name, widths, window_size = "prices", (260, 120, 80, 100), (900, 460)

    load = staticmethod(load_prices)
