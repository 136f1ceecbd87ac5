"""Payment reminders as the server keeps them (issue 18, ``GET /payments/reminders``):
the reminded invoices still open, each with what it asks and whether it is on the
collection list (:class:`models.reminders.Reminded`). Invoices and reminders live on the
server only; the desktop asks."""

from __future__ import annotations

from models.reminders import Reminded
from sync.client import ServerClient, ServerUnavailable


class RemindersClient(ServerClient):
    """The reminded invoices and the collection list, over the sync client's transport."""

    def reminded(self) -> list[Reminded]:
        data = self._json("GET", "/payments/reminders")
        rows = data.get("rows")
        if not isinstance(rows, list):
            raise ServerUnavailable("The server's reminders answer has no rows")
        try:
            return [Reminded.from_json(row) for row in rows]
        except ValueError:
            raise ServerUnavailable("The server's reminders answer has a malformed row") from None
