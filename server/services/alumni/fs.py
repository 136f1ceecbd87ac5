"""Student records from FS (Felles studentsystem), Norway's student system: a documented adapter.

**Unverified.** FS's integration APIs (FS-API) are available to member
institutions under an agreement with Sikt; their reference is not public. This
adapter is written to the public outline (a REST API over HTTPS, HTTP basic auth
with the institution's integration account, JSON; persons, their study rights
and their qualifications — *kvalifikasjoner*, the Norwegian degree — with credits
in *studiepoeng*) and must be checked against the institution's FS-API
documentation before it is used. What it asks:

1. ``GET personer?epost={email}`` (FS does not hold Swedish personnummer: an
   e-mail address is the key here): ``{"items": [{"personlopenummer", "fornavn",
   "etternavn", "epost"}]}``; no item: not in FS → ``[]``.
2. ``GET personer/{personlopenummer}/kvalifikasjoner``: ``{"items":
   [{"kvalifikasjonskode", "navn", "dato", "studieprogramkode",
   "studieprogramnavn", "studiepoeng"}]}``; each is one record (degree ``navn``,
   graduation year of ``dato``, credits ``studiepoeng``; 1 studiepoeng = 1 ECTS =
   1 högskolepoäng).

Several people with the e-mail address, or a person without a ``personlopenummer``,
is a technical error (raised), not a guess. The records carry no personnummer.

Same contract as every :class:`~server.services.alumni.student_records.StudentRecordSource`:
raises on a technical failure (through :mod:`.outside_http`: timeouts, retries,
no personal data in messages), ``[]`` for "not in the records".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Unpack

from server.services.alumni.ladok import _list, _number, _text, _year
from server.services.alumni.outside_http import (
    Endpoint,
    OutsideClient,
    Retries,
    SourceUnavailable,
)
from server.services.alumni.student_records import (
    StudentRecordData,
    StudentRecordSourceNotConfigured,
    fitted,
)

__all__ = ["FsStudentRecords"]


class FsStudentRecords:
    """:class:`StudentRecordSource` on FS-API (module docstring: unverified)."""

    source_name = "fs"
    local = False

    def __init__(
        self,
        *,
        base_url: str = "",
        username: str = "",
        password: str = "",
        ca_file: Path | str | None = None,
        sleep: Callable[[float], None] | None = None,
        **retries: Unpack[Retries],
    ) -> None:
        self.base_url = base_url
        self._configured = bool(base_url and username and password)
        endpoint = Endpoint(
            "FS",
            base_url,
            ca_file=ca_file,
            **retries,
            auth=(username, password),
        )
        self._client = OutsideClient(endpoint, sleep=sleep)

    def lookup(self, *, personnummer: str | None, email: str | None) -> list[StudentRecordData]:
        """The person's qualifications in FS, one record each ([]: not in FS)."""
        with self._client.lookup():  # one deadline for all its requests
            return self._lookup(personnummer=personnummer, email=email)

    def _lookup(self, *, personnummer: str | None, email: str | None) -> list[StudentRecordData]:
        if not self._configured:
            raise StudentRecordSourceNotConfigured(
                "FS is not configured (KANSLI_FS_URL, KANSLI_FS_USERNAME, KANSLI_FS_PASSWORD); "
                "use the student-record import (CSV or XLSX) instead"
            )
        if not email:
            return []
        accept = "application/json"
        found = self._client.request(
            "GET",
            "personer",
            what="the person by e-mail",
            params={"epost": email},
            headers={"Accept": accept},
        )
        if found is None:  # a search answers an empty list, never 404: a wrong URL
            raise SourceUnavailable("FS: KANSLI_FS_URL answered 404 to the person search")
        try:
            people = _list(found.json(), "items")
        except ValueError as exc:
            raise SourceUnavailable(
                "FS answered the person search with something not JSON"
            ) from exc
        if not people:
            return []
        if len(people) > 1:
            # Whose qualifications would be a guess: asked again later, after FS is corrected.
            raise SourceUnavailable(
                f"FS has {len(people)} people with the registrant's e-mail address"
            )
        person = people[0]
        number = _text(str(person.get("personlopenummer") or ""))
        if not number:
            raise SourceUnavailable("FS answered the person search without a personlopenummer")
        answer = self._client.get_json(
            f"personer/{number}/kvalifikasjoner", what="the person's qualifications", accept=accept
        )
        common: dict[str, Any] = {
            # FS holds no Swedish personnummer: the record has none, whatever the registrant
            # typed (else processing's check that the record's personnummer is theirs, and
            # Navet's address of it, would take the typed number as the student system's).
            "personnummer": None,
            "email": email,
            "first_name": _text(person.get("fornavn")),
            "last_name": _text(person.get("etternavn")),
            "source": self.source_name,
        }
        rows: list[dict[str, Any]] = [
            {
                "program_code": _text(q.get("studieprogramkode")),
                "program_name": _text(q.get("studieprogramnavn")),
                "degree": _text(q.get("navn")) or None,
                "graduation_year": _year(q.get("dato")),
                "credits": _number(q.get("studiepoeng")),
            }
            for q in _list(answer, "items")
        ] or [{}]
        return [fitted(StudentRecordData(**common, **row)) for row in rows]
