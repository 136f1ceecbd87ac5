"""Prices, cancellation terms and review reasons in the words of the public pages
(issue 17), in the request's language: a price's lines and a review's reasons in the
words of the confirmation mail (:mod:`server.services.booking`), a round's cancellation
terms sentence by sentence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models.booking import price_list_for
from models.courses import CourseRound
from models.prerequisites import Reason
from models.pricing import Breakdown, CancellationTerms, Discount, RefundAs, kronor_text
from server.services.booking import reason_text
from server.services.mail_text import line_text
from server.web.i18n import _, format_date


@dataclass(frozen=True)
class PriceLine:
    """One line of a price as the page shows it."""

    kind: str
    text: str
    amount: int


def price_lines(breakdown: Breakdown) -> list[PriceLine]:
    """The breakdown's lines, in order, in the page's language."""
    return [PriceLine(line.kind.value, line_text(line), line.amount) for line in breakdown.lines]


def reason_texts(reasons: Iterable[Reason]) -> list[str]:
    """Why a sign-up waits for review, one sentence per reason, in the page's language."""
    return [reason_text(reason) for reason in reasons]


@dataclass(frozen=True)
class RoundPrice:
    """A priced round's price before anyone's facts: the base price and, in words, the
    rules that may change it (discounts, the membership fee)."""

    base: int
    changes: list[str]


def _discount_text(discount: Discount) -> str:
    off = f"−{discount.percent / 100:g} %" if discount.percent else kronor_text(-discount.amount)
    return _("{name}: {off}").format(name=discount.name, off=off)


def round_price(session: Session, tenant_id: str, round_: CourseRound) -> RoundPrice | None:
    """What the generic sign-up page says of the round's price (None: the round is free:
    no price, no membership fee, no discount)."""
    prices = price_list_for(session, tenant_id, round_)
    fee = prices.membership
    if not (prices.base_price or prices.discounts or (fee and fee.amount)):
        return None
    changes = [
        _discount_text(d) for d in sorted(prices.discounts, key=lambda d: (d.position, d.id))
    ]
    if fee is not None and fee.amount:
        changes.append(
            _(
                "Membership fee {name}: {amount}, unless you are a member when the course starts"
            ).format(name=fee.name, amount=kronor_text(fee.amount))
        )
    return RoundPrice(prices.base_price, changes)


def terms_texts(terms: CancellationTerms) -> list[str]:
    """A round's cancellation terms in words, one sentence each."""
    if terms.version == 0 and not terms.refunds:
        return [_("No cancellation terms are set: the organiser decides what is returned.")]
    said: list[str] = []
    if terms.full_refund_until:
        said.append(
            _("Cancel on or before {day}: everything is returned.").format(
                day=format_date(terms.full_refund_until)
            )
        )
    if terms.refunds:
        fee = kronor_text(terms.admin_fee)
        if terms.fee_refund_until:
            text = (
                _("Cancel on or before {day}: everything less an administrative fee of {fee}.")
                if terms.admin_fee
                else _("Cancel on or before {day}: everything is returned.")
            )
            said.append(text.format(day=format_date(terms.fee_refund_until), fee=fee))
        else:
            said.append(
                (
                    _("Cancel later: everything less an administrative fee of {fee}.")
                    if terms.admin_fee
                    else _("Cancel later: everything is returned.")
                ).format(fee=fee)
            )
        if terms.refund_as is RefundAs.CREDIT:
            said.append(_("What is returned becomes credit for your next booking."))
        else:
            said.append(_("What is returned is paid back to you."))
    if not terms.refunds or terms.fee_refund_until:
        said.append(
            _("After that nothing is returned.")
            if said
            else _("Nothing is returned if you cancel.")
        )
    return said
