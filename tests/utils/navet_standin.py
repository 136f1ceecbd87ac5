"""A local stand-in for Navet's PersonpostXML (Skatteverket), over HTTPS with mutual TLS.

It takes the SOAP request :class:`server.services.alumni.navet.NavetAddresses` POSTs
(``PersonpostRequest`` with ``Bestallning`` ``OrgNr``/``BestallningsId`` and
``PersonId``) and answers ``PersonpostXMLResponse/Folkbokforingsposter/
Folkbokforingspost/Personpost`` in the shape of published sample answers, with the
``Folkbokforingsadress`` of the person, or with ``Sekretessmarkering`` J for a person
with protected identity. An unknown personnummer gets an empty ``Folkbokforingsposter``;
a wrong order id, or a personnummer it was told to refuse, a SOAP fault (HTTP 500).
The request element names are this project's reading (navet.py says what is unverified).
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from server.services.alumni.navet import NAMESPACE
from tests.utils.tls_standin import MutualTlsServer, MutualTlsStandin

ORG_NR = "2021005489"
ORDER_ID = "00000079-FO01-0001"
PATH = "/na/na_epersondata/V2/personpostXML"


@dataclass
class NavetPerson:
    street: str
    postal_code: str
    city: str
    protected: bool = False


@dataclass
class _State:
    lock: threading.Lock = field(default_factory=threading.Lock)
    people: dict[str, NavetPerson] = field(default_factory=dict)
    asked: list[str] = field(default_factory=list)
    refused: set[str] = field(default_factory=set)


def _answer(pnr: str, person: NavetPerson | None) -> bytes:
    if person is None:
        posts = ""
    else:
        mark = "<Sekretessmarkering>J</Sekretessmarkering>" if person.protected else ""
        address = (
            ""
            if person.protected
            else "<Adresser><Folkbokforingsadress>"
            f"<Utdelningsadress2>{person.street}</Utdelningsadress2>"
            f"<PostNr>{person.postal_code}</PostNr><Postort>{person.city}</Postort>"
            "</Folkbokforingsadress></Adresser>"
        )
        posts = (
            '<Folkbokforingspost><Arendeuppgift andringstidpunkt="20200406121712"/>'
            f"<Personpost><PersonId><PersonNr>{pnr}</PersonNr></PersonId>{mark}"
            "<Namn><Fornamn>Anna</Fornamn><Efternamn>Berg</Efternamn></Namn>"
            f"{address}</Personpost></Folkbokforingspost>"
        )
    return (
        "<?xml version='1.0' encoding='UTF-8'?>"
        '<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body>'
        f'<ns0:PersonpostXMLResponse xmlns:ns0="{NAMESPACE}">'
        f"<ns0:Folkbokforingsposter>{posts}</ns0:Folkbokforingsposter>"
        "</ns0:PersonpostXMLResponse></S:Body></S:Envelope>"
    ).encode()


def _fault(reason: str) -> bytes:
    return (
        "<?xml version='1.0' encoding='UTF-8'?>"
        '<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body><S:Fault>'
        f"<faultcode>S:Client</faultcode><faultstring>{reason}</faultstring>"
        "</S:Fault></S:Body></S:Envelope>"
    ).encode()


_FAULT = _fault("Felaktig bestallning")


class _Handler(BaseHTTPRequestHandler):
    server: MutualTlsServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/xml; charset=UTF-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path != PATH:
            self._send(404, b"")
            return
        root = ET.fromstring(raw)  # noqa: S314  (the test's own request)
        values = {e.tag.rsplit("}", 1)[-1]: (e.text or "") for e in root.iter()}
        state = self.server.state
        if (values.get("OrgNr"), values.get("BestallningsId")) != (ORG_NR, ORDER_ID):
            self._send(500, _FAULT)
            return
        pnr = values.get("PersonId", "")
        with state.lock:
            state.asked.append(pnr)
            person = state.people.get(pnr)
            refused = pnr in state.refused
        if refused:
            self._send(500, _fault(f"Felaktigt personnummer {pnr}"))
            return
        self._send(200, _answer(pnr, person))


class NavetStandin(MutualTlsStandin):
    """The stand-in (module docstring); ``url`` the service's URL, ``certs`` as Ladok's."""

    def __init__(self, directory: Path) -> None:
        self.state = _State()
        super().__init__(directory, _Handler, self.state)

    @property
    def url(self) -> str:
        return f"{self.base}{PATH}"

    def add(self, personnummer: str, person: NavetPerson) -> None:
        with self.state.lock:
            self.state.people[personnummer] = person

    def refuse(self, personnummer: str) -> None:
        """Requests for ``personnummer`` get a SOAP fault of the client side (HTTP 500)."""
        with self.state.lock:
            self.state.refused.add(personnummer)

    @property
    def asked(self) -> list[str]:
        with self.state.lock:
            return list(self.state.asked)
