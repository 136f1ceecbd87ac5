"""Student records from Ladok, the student system of Swedish universities (seed 001).

Ladok's integration API is REST over HTTPS with *mutual TLS*: the institution's
client certificate (ordered from Ladok for the institution's integration user)
identifies the caller, and each service answers its own JSON media type,
``Accept: application/vnd.ladok-<service>+json``. What alumni processing asks,
for one personnummer:

0. Once per client, ``GET /studentinformation/service/index``: a wrong base URL
   answers 404 like an unknown student would, so the service must answer first.
1. ``GET /studentinformation/student/personnummer/{personnummer}``
   (``vnd.ladok-studentinformation+json``): the student, ``Uid``, ``Fornamn``,
   ``Efternamn``, ``Personnummer``; 404 when Ladok does not know the person.
2. ``GET /studentinformation/student/{uid}/kontaktuppgifter``: ``Epostadress``
   and ``Postadresser`` (``PostadressTyp``, ``Utdelningsadress``, ``Postnummer``,
   ``Postort``, ``CareOf``, ``Land``); the registered address
   (``FOLKBOKFORINGSADRESS``) is preferred to a postal one.
3. ``GET /studiedeltagande/studiestruktur/student/{uid}``
   (``vnd.ladok-studiedeltagande+json``): the programmes the student was admitted
   to, ``Studiestrukturer[].Tillfallesdeltagande.Utbildningsinformation`` with
   ``Utbildningskod``, ``Benamning`` {sv, en} and ``Omfattningsvarde``.
4. ``GET /resultat/studentresultat/attesterade/student/{uid}``
   (``vnd.ladok-resultat+json``): attested results,
   ``StudentresultatPerKurs[].Studentresultat[]`` with ``Omfattningsvarde``; their
   sum is the student's credits (högskolepoäng).
5. ``GET /examen/student/{uid}`` (``vnd.ladok-examen+json``): degrees awarded,
   ``Examen[]`` with ``Benamning`` {sv, en}, ``Utbildningskod`` (the programme it
   concludes, when Ladok links one) and ``Beslutsdatum`` (the graduation year).

Where these come from: 1–2 are the documented ``studentinformation`` resources
(Ladok's REST documentation, and public clients such as eduID's goladok3 and
Uppsala University's ati-ladok3-rest-client use them with a certificate); 3–4 are
the shapes of the ``studiedeltagande`` and ``resultat`` answers as the public
``ladok3`` package (KTH) reads them. **5 is not verified**: the degree resource
is documented only behind Ladok's login; the path and field names here follow the
pattern of the others and must be checked against the institution's Ladok
documentation before production (docs/STUDENT_RECORDS.md says the same).

Failures follow the :class:`~server.services.alumni.student_records.StudentRecordSource`
contract: a network, TLS or server error raises (a technical error: the
registration stays ``received`` and is retried); a personnummer Ladok does not
know gives ``[]``. Ladok does not look students up by e-mail: with only an e-mail
the answer is ``[]``. No personnummer appears in a message or the log.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Unpack

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

__all__ = ["LadokStudentRecords", "media_type"]

_YEAR = re.compile(r"(\d{4})")


def media_type(service: str) -> str:
    """The JSON media type of a Ladok service (``studentinformation``, ``examen`` …)."""
    return f"application/vnd.ladok-{service}+json"


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _name(benamning: Any, language: str) -> str:
    """A Ladok ``Benamning`` ({"sv": …, "en": …}) in ``language``, else the other."""
    if not isinstance(benamning, dict):
        return _text(benamning)
    return _text(benamning.get(language)) or next(
        (_text(v) for v in benamning.values() if _text(v)), ""
    )


def _number(value: Any) -> float:
    try:
        return float(str(value).replace(",", "."))
    except (TypeError, ValueError):
        return 0.0


def _year(value: Any) -> int | None:
    found = _YEAR.match(_text(value))
    return int(found.group(1)) if found else None


def _list(data: Any, key: str) -> list[dict[str, Any]]:
    items = data.get(key) if isinstance(data, dict) else None
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


class LadokStudentRecords:
    """:class:`StudentRecordSource` on Ladok's REST API (module docstring).

    ``base_url`` is the API's root (``https://api.ladok.se``); ``cert_file`` and
    ``key_file`` the institution's client certificate and key (PEM; a ``.p12``
    from Ladok is converted with ``openssl pkcs12 -nodes``); ``ca_file`` the CA
    bundle of Ladok's server certificate (the system's when None).
    """

    source_name = "ladok"
    #: Asked over the network: processing asks ahead of the tenant's write lock.
    local = False

    def __init__(
        self,
        *,
        base_url: str | None = None,
        cert_file: Path | str | None = None,
        key_file: Path | str | None = None,
        ca_file: Path | str | None = None,
        language: str = "sv",
        sleep: Callable[[float], None] | None = None,
        **retries: Unpack[Retries],
    ) -> None:
        self.base_url = base_url or ""
        self.cert_file = cert_file
        self.key_file = key_file
        self.language = language
        self._endpoint = Endpoint(
            "Ladok",
            self.base_url,
            cert_file=cert_file,
            key_file=key_file,
            ca_file=ca_file,
            **retries,
        )
        self._client = OutsideClient(self._endpoint, sleep=sleep)
        #: The base URL was seen to lead to Ladok (see :meth:`_check_service`).
        self._service_seen = False

    def _check_configured(self) -> None:
        missing = [
            name
            for name, value in (
                ("base URL", self.base_url),
                ("client certificate", self.cert_file),
                ("client key", self.key_file),
            )
            if not value
        ]
        if missing:
            raise StudentRecordSourceNotConfigured(
                f"The Ladok integration is not configured (missing: {', '.join(missing)}: "
                "KANSLI_LADOK_URL, KANSLI_LADOK_CERT_FILE, KANSLI_LADOK_KEY_FILE); "
                "use the student-record import (CSV or XLSX) instead"
            )

    def _check_service(self) -> None:
        """Once: the base URL leads to Ladok's studentinformation service.

        Ladok answers 404 for a personnummer it does not know; a wrong base URL
        answers 404 too, and would make everyone "not in the records". So the
        service's index (``GET /studentinformation/service/index``) must answer first.
        """
        if self._service_seen:
            return
        index = self._get(
            "studentinformation/service/index", "studentinformation", "the service index"
        )
        if index is None:
            raise SourceUnavailable(
                "Ladok: KANSLI_LADOK_URL does not lead to Ladok's studentinformation "
                "service (its service index answered 404)"
            )
        self._service_seen = True

    def _get(self, path: str, service: str, what: str) -> Any:
        return self._client.get_json(path, what=what, accept=media_type(service))

    def lookup(self, *, personnummer: str | None, email: str | None) -> list[StudentRecordData]:
        """The student's programmes and degrees in Ladok, one record each ([]: unknown)."""
        with self._client.lookup():  # one deadline for all its requests
            return self._lookup(personnummer=personnummer, email=email)

    def _lookup(self, *, personnummer: str | None, email: str | None) -> list[StudentRecordData]:
        self._check_configured()
        if not personnummer:
            return []  # Ladok finds students by personnummer only
        self._check_service()
        student = self._get(
            f"studentinformation/student/personnummer/{personnummer}",
            "studentinformation",
            "the student by personnummer",
        )
        if student is None:
            return []
        uid = _text(student.get("Uid")) if isinstance(student, dict) else ""
        if not uid:
            raise SourceUnavailable("Ladok answered the student without a Uid")
        contact = self._get(
            f"studentinformation/student/{uid}/kontaktuppgifter",
            "studentinformation",
            "the student's contact details",
        )
        structure = self._get(
            f"studiedeltagande/studiestruktur/student/{uid}",
            "studiedeltagande",
            "the student's programmes",
        )
        results = self._get(
            f"resultat/studentresultat/attesterade/student/{uid}",
            "resultat",
            "the student's attested results",
        )
        degrees = self._get(f"examen/student/{uid}", "examen", "the student's degrees")
        return self._records(personnummer, student, contact, structure, results, degrees)

    def _records(
        self,
        personnummer: str,
        student: dict[str, Any],
        contact: Any,
        structure: Any,
        results: Any,
        degrees: Any,
    ) -> list[StudentRecordData]:
        common: dict[str, Any] = {
            "personnummer": personnummer,
            "email": (_text((contact or {}).get("Epostadress")).lower() or None),
            "first_name": _text(student.get("Fornamn")),
            "last_name": _text(student.get("Efternamn")),
            "credits": self._credits(results),
            "source": self.source_name,
            **self._address(contact),
        }
        programmes: dict[str, dict[str, Any]] = {}
        for item in _list(structure, "Studiestrukturer"):
            info = (item.get("Tillfallesdeltagande") or {}).get("Utbildningsinformation") or {}
            code = _text(info.get("Utbildningskod"))
            if code and code not in programmes:
                programmes[code] = {
                    "program_code": code,
                    "program_name": _name(info.get("Benamning"), self.language),
                }
        unmatched: list[dict[str, Any]] = []
        for degree in _list(degrees, "Examen"):
            values = {
                "degree": _name(degree.get("Benamning"), self.language) or None,
                "graduation_year": _year(degree.get("Beslutsdatum") or degree.get("Examensdatum")),
            }
            code = _text(degree.get("Utbildningskod"))
            if code in programmes and "degree" not in programmes[code]:
                programmes[code].update(values)
            else:
                unmatched.append({"program_code": code, "program_name": "", **values})
        rows = [*programmes.values(), *unmatched] or [{"program_code": "", "program_name": ""}]
        return [fitted(StudentRecordData(**common, **row)) for row in rows]

    @staticmethod
    def _credits(results: Any) -> float:
        total = 0.0
        for course in _list(results, "StudentresultatPerKurs"):
            attested = _list(course, "Studentresultat")
            if attested:
                total += _number(attested[0].get("Omfattningsvarde"))
        return round(total, 1)

    @staticmethod
    def _address(contact: Any) -> dict[str, str]:
        addresses = _list(contact, "Postadresser")
        ranked = sorted(
            addresses,
            key=lambda a: (
                0 if _text(a.get("PostadressTyp")).upper() == "FOLKBOKFORINGSADRESS" else 1
            ),
        )
        for address in ranked:
            street = _text(address.get("Utdelningsadress"))
            if street:
                return {
                    "street": street,
                    "postal_code": _text(address.get("Postnummer")).replace(" ", ""),
                    "city": _text(address.get("Postort")),
                }
        return {}
