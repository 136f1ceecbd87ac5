"""A local stand-in for Ladok's integration REST API, over real HTTPS with mutual TLS.

It answers what :class:`server.services.alumni.ladok.LadokStudentRecords` asks, with the
shapes that module's docstring names (Ladok's field names, ``Benamning`` {sv, en},
``Omfattningsvarde`` as text, a ``link`` list on each object):

- ``GET /studentinformation/service/index`` → the service's links;
- ``GET /studentinformation/student/personnummer/{pnr}`` → the student, or 404;
- ``GET /studentinformation/student/{uid}/kontaktuppgifter``;
- ``GET /studiedeltagande/studiestruktur/student/{uid}``;
- ``GET /resultat/studentresultat/attesterade/student/{uid}``;
- ``GET /examen/student/{uid}``.

Each answer is JSON of the service's own media type
(``application/vnd.ladok-<service>+json``); a request whose ``Accept`` does not name it
gets 406, as Ladok answers. Like Ladok, the server asks for a client certificate in the
handshake and refuses a connection without one signed by the CA it trusts.
:meth:`LadokStandin.fail_next` makes the next requests answer an error (503) first.
Certificates are made locally (:func:`tests.utils.bankid_standin.make_certs`): no network.
"""

from __future__ import annotations

import json
import re
import threading
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from tests.utils.tls_standin import MutualTlsServer, MutualTlsStandin


@dataclass
class LadokStudent:
    """One student as the stand-in's Ladok holds them."""

    personnummer: str
    first_name: str = "Anna"
    last_name: str = "Berg"
    email: str = "anna.berg@student.example.se"
    street: str = "Storgatan 1"
    postal_code: str = "11122"
    city: str = "Stockholm"
    #: (code, Swedish name) of each programme.
    programmes: list[tuple[str, str]] = field(default_factory=list)
    #: Credits of each attested course result.
    results: list[float] = field(default_factory=list)
    #: (Swedish name, programme code, decision date) of each degree.
    degrees: list[tuple[str, str, str]] = field(default_factory=list)
    uid: str = field(default_factory=lambda: str(uuid.uuid4()))


def _link(base: str, path: str, service: str) -> list[dict[str, str]]:
    return [
        {
            "method": "GET",
            "uri": f"{base}{path}",
            "mediaType": f"application/vnd.ladok-{service}+json",
            "rel": "self",
        }
    ]


def _student(s: LadokStudent, base: str) -> dict[str, Any]:
    return {
        "Uid": s.uid,
        "Fornamn": s.first_name,
        "Efternamn": s.last_name,
        "Personnummer": s.personnummer,
        "Avliden": False,
        "ExterntUID": str(uuid.uuid5(uuid.NAMESPACE_URL, s.uid)),
        "KonID": 2,
        "link": _link(base, f"/studentinformation/student/{s.uid}", "studentinformation"),
    }


def _contact(s: LadokStudent) -> dict[str, Any]:
    return {
        "Uid": str(uuid.uuid5(uuid.NAMESPACE_OID, s.uid)),
        "StudentUID": s.uid,
        "Epostadress": s.email,
        "Telefonnummer": "",
        "Postadresser": [
            {
                "PostadressTyp": "FOLKBOKFORINGSADRESS",
                "CareOf": "",
                "Utdelningsadress": s.street,
                "Postnummer": s.postal_code,
                "Postort": s.city,
                "Land": "Sverige",
            }
        ],
        "link": [],
    }


def _structure(s: LadokStudent) -> dict[str, Any]:
    return {
        "Studiestrukturer": [
            {
                "Tillfallesdeltagande": {
                    "Utbildningsinformation": {
                        "Utbildningskod": code,
                        "Benamning": {"sv": name, "en": f"{name} (en)"},
                        "Omfattningsvarde": "180.0",
                        "Utbildningstillfallestyp": {"Kod": "PROG"},
                    }
                },
                "Barn": [],
            }
            for code, name in s.programmes
        ],
        "link": [],
    }


def _results(s: LadokStudent) -> dict[str, Any]:
    return {
        "StudentresultatPerKurs": [
            {
                "Studentresultat": [
                    {
                        "Utbildningskod": f"K{n:03d}",
                        "Benamning": {"sv": f"Kurs {n}", "en": f"Course {n}"},
                        "Omfattningsvarde": f"{credits:.1f}",
                        "Betygsgradskod": "G",
                    }
                ]
            }
            for n, credits in enumerate(s.results)
        ],
        "link": [],
    }


def _degrees(s: LadokStudent) -> dict[str, Any]:
    return {
        "Examen": [
            {
                "Benamning": {"sv": name, "en": f"{name} (en)"},
                "Utbildningskod": code,
                "Beslutsdatum": decided,
            }
            for name, code, decided in s.degrees
        ],
        "link": [],
    }


_ROUTES = (
    (re.compile(r"/studentinformation/service/(index)"), "studentinformation"),
    (re.compile(r"/studentinformation/student/personnummer/(\d{12})"), "studentinformation"),
    (re.compile(r"/studentinformation/student/([^/]+)/kontaktuppgifter"), "studentinformation"),
    (re.compile(r"/studiedeltagande/studiestruktur/student/([^/]+)"), "studiedeltagande"),
    (re.compile(r"/resultat/studentresultat/attesterade/student/([^/]+)"), "resultat"),
    (re.compile(r"/examen/student/([^/]+)"), "examen"),
)


@dataclass
class _State:
    lock: threading.Lock = field(default_factory=threading.Lock)
    students: dict[str, LadokStudent] = field(default_factory=dict)
    #: (status, part of the path it applies to) of each failure to come, in order.
    failures: list[tuple[int, str]] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


class _Handler(BaseHTTPRequestHandler):
    server: MutualTlsServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(self, status: int, payload: Any, media: str = "application/json") -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        state = self.server.state
        path = self.path.split("?")[0]
        with state.lock:
            state.requests.append(path)
            due = next((f for f in state.failures if f[1] in path), None)
            if due is not None:
                state.failures.remove(due)
            failure = due[0] if due else None
            students = dict(state.students)
        if failure is not None:
            self._answer(failure, {"Felkategori": "commons.fel.kategori.tekniskt"})
            return
        for pattern, service in _ROUTES:  # noqa: B007  (the matching route's service is used)
            found = pattern.fullmatch(path)
            if found is not None:
                break
        else:
            self._answer(404, {"Meddelande": "Resursen finns inte"})
            return
        media = f"application/vnd.ladok-{service}+json"
        if media not in (self.headers.get("Accept") or ""):
            self._answer(406, {"Meddelande": "Not Acceptable"})
            return
        key = found.group(1)
        if path == "/studentinformation/service/index":
            self._answer(200, {"link": _link(self.server.base, path, service)}, media)
            return
        if path.startswith("/studentinformation/student/personnummer/"):
            student = students.get(key)
            if student is None:
                self._answer(404, {"Meddelande": "Studenten finns inte"}, media)
                return
            self._answer(200, _student(student, self.server.base), media)
            return
        by_uid = {s.uid: s for s in students.values()}
        student = by_uid.get(key)
        if student is None:
            self._answer(404, {"Meddelande": "Studenten finns inte"}, media)
            return
        shape = {
            "kontaktuppgifter": _contact,
            "studiestruktur": _structure,
            "attesterade": _results,
            "examen/": _degrees,
        }
        make = next(f for marker, f in shape.items() if marker in path)
        self._answer(200, make(student), media)


class LadokStandin(MutualTlsStandin):
    """The stand-in (module docstring). ``url`` is the API's root."""

    def __init__(self, directory: Path) -> None:
        self.state = _State()
        super().__init__(directory, _Handler, self.state)

    @property
    def url(self) -> str:
        return self.base

    def add(self, student: LadokStudent) -> LadokStudent:
        with self.state.lock:
            self.state.students[student.personnummer] = student
        return student

    def fail_next(self, count: int = 1, status: int = 503, *, on: str = "") -> None:
        """The next ``count`` requests (whose path holds ``on``) answer ``status``, with
        Ladok's technical error body."""
        with self.state.lock:
            self.state.failures.extend([(status, on)] * count)

    @property
    def requests(self) -> list[str]:
        with self.state.lock:
            return list(self.state.requests)
