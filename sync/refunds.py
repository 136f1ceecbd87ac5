"""Refunds as the server keeps them (issue 18, ``/refunds``): the money owed back to people
and how it left; marking one paid by bank, asking the card provider to pay one back, paying
out a credit balance, and the credit balances to pay out from. The desktop asks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sync.client import ServerClient, ServerUnavailable


@dataclass(frozen=True)
class RefundRow:
    """A refund: what, to whom, how ("card" / "bank" by ``provider``), its state (due,
    requested, sent, failed) and the provider's ``reason`` when it refused."""

    id: str
    person_id: str
    person: str
    amount: int
    source: str
    how: str
    provider: str
    state: str
    reason: str
    bank_account: str
    created_at: datetime
    marked_at: datetime | None


@dataclass(frozen=True)
class CreditHolder:
    """A person with a credit balance (öre) to pay out from."""

    person_id: str
    name: str
    credit: int


def _refund(r: dict[str, Any]) -> RefundRow:
    return RefundRow(
        str(r["id"]),
        str(r["person_id"]),
        str(r["person"]),
        int(r["amount"]),
        str(r["source"]),
        str(r["how"]),
        str(r["provider"]),
        str(r["state"]),
        str(r["reason"]),
        str(r["bank_account"]),
        datetime.fromisoformat(r["created_at"]),
        datetime.fromisoformat(r["marked_at"]) if r.get("marked_at") else None,
    )


def _rows(data: dict[str, Any], what: str) -> list[dict[str, Any]]:
    rows = data.get("rows")
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise ServerUnavailable(f"The server's {what} answer has no rows")
    return rows


class RefundsClient(ServerClient):
    """The refunds' calls, over the sync client's transport."""

    def refunds(self) -> list[RefundRow]:
        try:
            return [_refund(r) for r in _rows(self._json("GET", "/refunds"), "refunds")]
        except (KeyError, TypeError, ValueError):
            raise ServerUnavailable("The server's refunds have a malformed row") from None

    def _one(self, answer: dict[str, Any]) -> RefundRow:
        try:
            return _refund(answer)
        except (KeyError, TypeError, ValueError):
            raise ServerUnavailable("The server's refund answer is malformed") from None

    def mark_paid(self, refund_id: str, bank_account: str) -> RefundRow:
        return self._one(
            self._json("POST", f"/refunds/{refund_id}/paid", body={"bank_account": bank_account})
        )

    def by_card(self, refund_id: str) -> RefundRow:
        return self._one(self._json("POST", f"/refunds/{refund_id}/card", timeout=(5, 60)))

    def pay_out_credit(self, person_id: str, amount: int, bank_account: str) -> RefundRow:
        body = {"person_id": person_id, "amount": amount, "bank_account": bank_account}
        return self._one(self._json("POST", "/refunds/credit", body=body))

    def credit_holders(self) -> list[CreditHolder]:
        data = self._json("GET", "/accounting/credit-balances")
        try:
            return [
                CreditHolder(str(r["person_id"]), str(r["name"]), int(r["credit"]))
                for r in _rows(data, "credit balances")
            ]
        except (KeyError, TypeError, ValueError):
            raise ServerUnavailable("The server's credit balances have a malformed row") from None
