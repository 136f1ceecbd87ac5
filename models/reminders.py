"""A reminded invoice as the server lists it and the desktop shows it (issue 18).

The server's reminders (:mod:`server.services.reminders`) answer
``GET /api/v1/payments/reminders`` and ``/payments/collection`` with these; the desktop's
client (:mod:`sync.reminders`) reads them back with :meth:`Reminded.from_json`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any

#: The stages of a reminded invoice: reminded (once or twice), or on the collection list.
REMINDED = "reminded"
COLLECTION = "collection"


@dataclass(frozen=True)
class Reminded:
    """An open invoice that was reminded (amounts in öre): what it asked, what is left of
    it, the reminder fees and late interest its reminders charged, and their sum
    ``to_pay``; its last reminder's ``level`` (1 or 2) and day; its ``stage``."""

    invoice_id: str
    number: int
    ocr: str
    person_id: str
    person_name: str
    amount: int
    open_amount: int
    fees: int
    interest: int
    to_pay: int
    due_on: date
    level: int
    reminded_on: date
    stage: str

    @classmethod
    def from_json(cls, item: Any) -> Reminded:
        """The row as the API answers it; ValueError when it is not one."""
        if not isinstance(item, dict):
            raise ValueError("a reminded invoice is an object")
        values: dict[str, Any] = {}
        try:
            for field in dataclasses.fields(cls):
                raw = item[field.name]
                if field.type == "date":
                    values[field.name] = date.fromisoformat(str(raw))
                elif field.type == "int":
                    values[field.name] = int(raw)
                else:
                    values[field.name] = str(raw)
        except (KeyError, TypeError) as exc:
            raise ValueError(f"a malformed reminded invoice: {exc}") from None
        return cls(**values)
