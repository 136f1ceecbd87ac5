"""A person's account as the server keeps it (issue 17, ``GET /people/{id}/account``):
what they owe, their credit balance and the transactions behind both. The ledger lives
on the server only; the desktop asks for one person's account when it is shown."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sync.client import ServerClient, ServerUnavailable


@dataclass(frozen=True)
class AccountEntry:
    """One transaction as it moved the person's account (öre): ``owed`` what they owe
    (a charge adds, a payment takes off), ``credit`` their credit balance."""

    id: str
    kind: str
    day: date
    reference: str
    owed: int
    credit: int


@dataclass(frozen=True)
class PersonAccount:
    owed: int
    credit: int
    #: Oldest first.
    entries: tuple[AccountEntry, ...]
    #: Money owed back to the person, not yet paid (öre).
    refund_due: int = 0


def _entry(item: Any) -> AccountEntry:
    if not isinstance(item, dict):
        raise ServerUnavailable("The server's account answer has a malformed transaction")
    postings = item.get("postings") or []
    owed = sum(int(p["amount"]) for p in postings if p.get("account") == "receivable")
    credit = -sum(int(p["amount"]) for p in postings if p.get("account") == "credit")
    try:
        day = date.fromisoformat(str(item.get("day")))
    except ValueError:
        raise ServerUnavailable("The server's account answer has a malformed day") from None
    return AccountEntry(
        str(item.get("id", "")),
        str(item.get("kind", "")),
        day,
        str(item.get("reference", "")),
        owed,
        credit,
    )


@dataclass(frozen=True)
class RoundOverdue:
    """A round's participants with a fee overdue (``GET /rounds/{id}/overdue``)."""

    #: When the server summed it (aware, UTC).
    as_of: datetime
    #: Person id → what is overdue (öre, > 0); a participant not in it owes nothing overdue.
    people: dict[str, int]


class AccountClient(ServerClient):
    """People's accounts, over the sync client's transport."""

    def account(self, person_id: str) -> PersonAccount:
        data = self._json("GET", f"/people/{person_id}/account")
        items = data.get("transactions")
        if not isinstance(items, list):
            raise ServerUnavailable("The server's account answer has no transactions")
        return PersonAccount(
            int(data.get("owed") or 0),
            int(data.get("credit") or 0),
            tuple(_entry(item) for item in items),
            int(data.get("refund_due") or 0),
        )

    def round_overdue(self, round_id: str) -> RoundOverdue:
        """Who of the round's participants has a fee overdue (the check-in station's list)."""
        data = self._json("GET", f"/rounds/{round_id}/overdue")
        people = data.get("people")
        try:
            as_of = datetime.fromisoformat(str(data.get("as_of")))
            if not isinstance(people, dict):
                raise ValueError("people")
            return RoundOverdue(as_of, {str(k): int(v) for k, v in people.items()})
        except (TypeError, ValueError):
            raise ServerUnavailable("The server's overdue answer is malformed") from None
