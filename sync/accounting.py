"""The club's bookkeeping as the server makes it (issue 18): the SIE 4 file of a period
(``GET /accounting/sie``). The ledger lives on the server only; the desktop asks and
saves the file where the treasurer chooses."""

from __future__ import annotations

from datetime import date

from sync.client import ServerClient

#: The file of a year of vouchers can take a while to make on a busy server.
SIE_TIMEOUT = (5.0, 300.0)


class AccountingClient(ServerClient):
    """The SIE export over the sync client's transport."""

    def sie(self, start: date, end: date, kind: str) -> bytes:
        """The SIE 4 file (CP437 bytes, as the accounting program reads them) of
        ``start`` .. ``end`` (both included), type ``"4E"`` or ``"4I"``."""
        response = self._request(
            "GET",
            "/accounting/sie",
            params={"from": start.isoformat(), "to": end.isoformat(), "type": kind},
            timeout=SIE_TIMEOUT,
        )
        return response.content
