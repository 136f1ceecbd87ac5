"""The controller's privacy calls (issue 23), for the tenant's administrators: a person's
register extract (``/people/{id}/extract``, PDF or JSON) and the audit log (``/audit``).
The server decides who may (a refusal is a :class:`sync.client.ApiError`); answers that
are not the shape agreed are :class:`sync.client.ServerUnavailable`.

Audit events are not synced: they are read page by page from the server when an
administrator opens the audit view.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sync.client import ServerClient, ServerUnavailable, parse_time
from sync.users import _part

#: The formats of a register extract: a readable PDF, a machine-readable JSON, both in
#: a zip (one extract, audited once).
EXTRACT_FORMATS = ("pdf", "json", "zip")


@dataclass(frozen=True)
class AuditEntry:
    """One audit event: who (``actor``, their e-mail; "" for the system), what
    (``action``: a kind such as ``person.extract``), about what (``entity_type``,
    ``entity_id``), when, and its details (never personnummer or secrets)."""

    id: str
    at: datetime | None
    actor: str
    action: str
    entity_type: str
    entity_id: str
    details: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: Any) -> AuditEntry:
        if not isinstance(data, Mapping) or not all(
            isinstance(data.get(k), str) for k in ("id", "action", "entity_type", "entity_id")
        ):
            raise ServerUnavailable("The server's answer is not an audit event")
        details = data.get("details")
        return cls(
            id=data["id"],
            at=parse_time(data.get("at")),
            actor=str(data.get("actor_email") or ""),
            action=data["action"],
            entity_type=data["entity_type"],
            entity_id=data["entity_id"],
            details=dict(details) if isinstance(details, Mapping) else {},
        )


@dataclass(frozen=True)
class AuditPage:
    """One page of events, newest first; ``total`` of all that match the filters (on the
    first page only: None on the next)."""

    items: list[AuditEntry]
    total: int | None


@dataclass(frozen=True)
class AuditFilters:
    """What the audit log is asked for ("" or None: any): part of the actor's e-mail, a
    kind (or a prefix ending in "."), a person's id, and days (both included)."""

    user: str = ""
    action: str = ""
    person: str = ""
    start: date | None = None
    end: date | None = None

    def params(self) -> dict[str, str]:
        values = {
            "user": self.user,
            "action": self.action,
            "person": self.person,
            "from": self.start.isoformat() if self.start else "",
            "to": self.end.isoformat() if self.end else "",
        }
        return {k: v for k, v in values.items() if v}


class PrivacyClient(ServerClient):
    """The privacy endpoints, over the sync client's transport."""

    def extract(self, person_id: str, fmt: str, *, language: str = "") -> bytes:
        """The person's register extract as ``fmt`` ("pdf" or "json"); a PDF in
        ``language`` ("sv", "en"; "": the organisation's)."""
        if fmt not in EXTRACT_FORMATS:
            raise ValueError(f"no extract format {fmt!r}")
        params = {"format": fmt, **({"language": language} if language else {})}
        response = self._request("GET", f"/people/{_part(person_id)}/extract", params=params)
        return response.content

    def extract_both(self, person_id: str, *, language: str = "") -> tuple[bytes, bytes]:
        """The person's register extract as (PDF, JSON), both of one extract (one
        snapshot, one audit event): the server's zip of the two, unpacked."""
        try:
            with zipfile.ZipFile(
                io.BytesIO(self.extract(person_id, "zip", language=language))
            ) as z:
                names = z.namelist()
                pdf = next(n for n in names if n.endswith(".pdf"))
                data = next(n for n in names if n.endswith(".json"))
                return z.read(pdf), z.read(data)
        except (zipfile.BadZipFile, StopIteration) as exc:
            raise ServerUnavailable("The server's answer is not a register extract") from exc

    def audit(
        self, filters: AuditFilters, *, after: AuditEntry | None = None, limit: int = 500
    ) -> AuditPage:
        """A page of the audit log, newest first: the first, or the events before
        ``after`` (the last event of the page before)."""
        params: dict[str, Any] = {**filters.params(), "limit": limit}
        if after is not None:
            if after.at is None:
                raise ValueError("an audit event without a time cannot be paged from")
            params |= {"before_at": after.at.isoformat(), "before_id": after.id}
        data = self._json("GET", "/audit", params=params)
        rows = data.get("rows")
        if not isinstance(rows, list):
            raise ServerUnavailable("The server's answer has no list of audit events")
        total = data.get("total")
        return AuditPage(
            items=[AuditEntry.from_json(r) for r in rows],
            total=total if isinstance(total, int) else None,
        )
