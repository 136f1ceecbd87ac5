"""The economics report as the server computes it (issue 18, ``GET /reports/economics``):
per course, category or term the period's figures in öre. The desktop asks; the ledger
lives on the server only."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sync.client import ServerClient, ServerUnavailable


@dataclass(frozen=True)
class EconomicsRow:
    """One row (öre; see ``server.services.economics``). ``key``: the course's id, the
    category or the term ("" none set); None: money tied to no booking."""

    key: str | None
    name: str
    bookings: int
    invoiced: int
    cancelled: int
    paid: int
    outstanding: int
    discounts: int
    credit_used: int
    credit_given: int
    refunds: int

    @classmethod
    def from_json(cls, data: Any) -> EconomicsRow:
        if not isinstance(data, dict):
            raise ValueError("not an object")
        values: dict[str, Any] = {}
        for f in fields(cls):
            value = data.get(f.name)
            if f.name == "key":
                if value is not None and not isinstance(value, str):
                    raise ValueError(f.name)
            elif f.name == "name":
                if not isinstance(value, str):
                    raise ValueError(f.name)
            elif not isinstance(value, int) or isinstance(value, bool):
                raise ValueError(f.name)
            values[f.name] = value
        return cls(**values)


@dataclass(frozen=True)
class EconomicsReport:
    rows: list[EconomicsRow]
    total: EconomicsRow


class EconomicsClient(ServerClient):
    """The economics report, over the sync client's transport."""

    def economics(self, group: str, start: date | None, end: date | None) -> EconomicsReport:
        params = {"group": group}
        if start:
            params["from"] = start.isoformat()
        if end:
            params["to"] = end.isoformat()
        data = self._json("GET", "/reports/economics", params=params)
        try:
            rows = data["rows"]
            if not isinstance(rows, list):
                raise ValueError("rows")
            return EconomicsReport(
                [EconomicsRow.from_json(r) for r in rows], EconomicsRow.from_json(data["total"])
            )
        except (KeyError, ValueError):
            raise ServerUnavailable("The server's economics answer is malformed") from None
