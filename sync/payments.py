"""Incoming payments as the server keeps them (issue 18, ``/payments/...``): importing a
Bankgirot BgMax file, the payments no invoice was found for, the invoices to match one
to, and matching it. Payments live on the server only; the desktop asks."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sync.client import ServerClient, ServerUnavailable


@dataclass(frozen=True)
class ImportSummary:
    """What an import did: the file was imported before (nothing booked), and the counts
    (payments, matched, partly, overpaid, unmatched, already, deductions, returned,
    deductions_unmatched, amount in öre)."""

    already_imported: bool
    counts: dict[str, int]

    def count(self, key: str) -> int:
        return int(self.counts.get(key, 0))


@dataclass(frozen=True)
class UnmatchedPayment:
    """A payment no invoice was found for (its money is on the suspense account)."""

    id: str
    amount: int
    paid_on: date
    reference: str
    payer: str


@dataclass(frozen=True)
class InvoiceHit:
    """An invoice to match a payment to: what it asked and still asks (öre)."""

    id: str
    number: int
    ocr: str
    person: str
    amount: int
    owed: int
    due_on: date | None


@dataclass(frozen=True)
class CardEvent:
    """A payment provider's webhook or callback as the server recorded it, and what came of
    it (``outcome``: booked, unknown_charge, already_paid, not_paid, ignored, …)."""

    id: str
    provider: str
    kind: str
    ref: str
    amount: int
    outcome: str
    received_at: datetime


def _rows(data: dict[str, Any], what: str) -> list[dict[str, Any]]:
    rows = data.get("rows")
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise ServerUnavailable(f"The server's {what} answer has no rows")
    return rows


class PaymentsClient(ServerClient):
    """The incoming payments' calls, over the sync client's transport."""

    def import_bgmax(self, name: str, data: bytes) -> ImportSummary:
        answer = self._json(
            "POST",
            "/payments/bgmax",
            body={"name": name, "data": base64.b64encode(data).decode("ascii")},
            timeout=(5, 300),
        )
        counts = answer.get("counts")
        if not isinstance(counts, dict):
            raise ServerUnavailable("The server's import answer has no counts")
        return ImportSummary(
            bool(answer.get("already_imported")), {k: int(v) for k, v in counts.items()}
        )

    def unmatched(self) -> list[UnmatchedPayment]:
        try:
            return [
                UnmatchedPayment(
                    str(r["id"]),
                    int(r["amount"]),
                    date.fromisoformat(r["paid_on"]),
                    str(r["reference"]),
                    str(r["payer"]),
                )
                for r in _rows(self._json("GET", "/payments/unmatched"), "unmatched payments")
            ]
        except (KeyError, TypeError, ValueError):
            raise ServerUnavailable(
                "The server's unmatched payments have a malformed row"
            ) from None

    def find_invoices(self, text: str) -> list[InvoiceHit]:
        data = self._json("GET", "/payments/invoices", params={"q": text})
        try:
            return [
                InvoiceHit(
                    str(r["id"]),
                    int(r["number"]),
                    str(r["ocr"]),
                    str(r["person"]),
                    int(r["amount"]),
                    int(r["owed"]),
                    date.fromisoformat(r["due_on"]) if r.get("due_on") else None,
                )
                for r in _rows(data, "invoices")
            ]
        except (KeyError, TypeError, ValueError):
            raise ServerUnavailable("The server's invoices have a malformed row") from None

    def match(self, payment_id: str, invoice_id: str) -> None:
        self._json("POST", f"/payments/{payment_id}/match", body={"invoice_id": invoice_id})

    def card_events(self) -> list[CardEvent]:
        """The tenant's card payment events, newest first."""
        events = self._json("GET", "/payments/card-events").get("events")
        if not isinstance(events, list):
            raise ServerUnavailable("The server's card events answer has no events")
        try:
            return [
                CardEvent(
                    str(e["id"]),
                    str(e["provider"]),
                    str(e["kind"]),
                    str(e["ref"]),
                    int(e["amount"]),
                    str(e["outcome"]),
                    datetime.fromisoformat(e["received_at"]),
                )
                for e in events
            ]
        except (KeyError, TypeError, ValueError):
            raise ServerUnavailable("The server's card events have a malformed row") from None
