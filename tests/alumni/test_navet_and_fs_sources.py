"""Navet (registered home addresses) and FS (Norway's student system) as configured sources.

Navet's stand-in speaks SOAP over HTTPS with mutual TLS (tests/utils/navet_standin.py);
FS's is an HTTPS server with basic auth below. Both go through the real worker
with the server's settings choosing them, for the tenants they name.
"""

from __future__ import annotations

import base64
import io
import json
import logging
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import select

from models.alumni import AlumniRegistration, AlumniStatus, StudentRecord
from models.people import Person
from server.logging import configure_logging
from server.services.alumni.forms import intake
from server.services.alumni.worker import AlumniWorker
from server.services.database import Database
from server.settings import Settings
from tests.alumni import builders as b
from tests.alumni.test_ladok_source import every_slug
from tests.utils.bankid_standin import StandinCerts, make_certs
from tests.utils.navet_standin import ORDER_ID, ORG_NR, NavetPerson, NavetStandin
from tests.utils.tls_standin import MutualTlsServer

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def navet(tmp_path: Path) -> Iterator[NavetStandin]:
    with NavetStandin(tmp_path / "navet-certs") as standin:
        yield standin


def navet_settings(db: Database, navet: NavetStandin, **extra: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": db.url,
        "secret_key": "test",
        "address_source": "navet",
        "navet_url": navet.url,
        "navet_cert_file": navet.certs.rp_cert,
        "navet_key_file": navet.certs.rp_key,
        "navet_ca_file": navet.certs.server_ca,
        "navet_org_nr": ORG_NR,
        "navet_order_id": ORDER_ID,
        "student_records_backoff_seconds": 0,
        "student_records_tenants": every_slug(db),
        **extra,
    }
    return Settings(**values)


def tenant_with_record(db: Database, **record: Any) -> str:
    """A tenant with the standard rules and Anna's imported record (meets them)."""
    with db.transaction() as s:
        t = b.tenant(s)
        b.standard_rules(s, t.id)
        b.student_record(
            s,
            t.id,
            personnummer=b.ANNA_PNR,
            email="anna.berg@example.se",
            street="Studentvägen 3",
            postal_code="75121",
            city="Uppsala",
            **record,
        )
        return t.id


def register(db: Database, tenant_id: str, *, pnr: str | None = b.ANNA_PNR, email: str) -> str:
    data = {"email": email, "first_name": "Anna", "last_name": "Berg"}
    if pnr:
        data["personnummer"] = pnr
    with db.transaction() as s:
        return intake(session=s, tenant_id=tenant_id, data=data, now=NOW).id


def outcome(db: Database, rid: str) -> tuple[AlumniRegistration, Person | None]:
    with db.sessions() as s:
        reg = s.get(AlumniRegistration, rid)
        assert reg is not None
        person = s.get(Person, reg.person_id) if reg.person_id else None
        return reg, person


def test_navet_gives_the_new_person_the_registered_address(
    db: Database, navet: NavetStandin
) -> None:
    navet.add(b.ANNA_PNR, NavetPerson("Kungsgatan 1", "64136", "Katrineholm"))
    tid = tenant_with_record(db)
    rid = register(db, tid, email="anna.berg@example.se")

    AlumniWorker(db, navet_settings(db, navet)).run_once(now=NOW)

    reg, person = outcome(db, rid)
    assert reg.status == AlumniStatus.APPROVED_ALUMNUS, reg.decision_reason
    assert person is not None
    assert (person.street, person.postal_code, person.city) == (
        "Kungsgatan 1",
        "64136",
        "Katrineholm",
    )
    assert navet.asked == [b.ANNA_PNR]


def test_a_protected_identity_gets_no_address_from_navet(db: Database, navet: NavetStandin) -> None:
    navet.add(b.ANNA_PNR, NavetPerson("Hemlig väg 1", "10000", "Stockholm", protected=True))
    tid = tenant_with_record(db)
    rid = register(db, tid, email="anna.berg@example.se")

    AlumniWorker(db, navet_settings(db, navet)).run_once(now=NOW)

    reg, person = outcome(db, rid)
    assert reg.status == AlumniStatus.APPROVED_ALUMNUS
    assert person is not None
    # No address at all: the student system's may be the very one that is protected.
    assert (person.street, person.postal_code, person.city) == ("", "", "")
    with db.sessions() as s:
        [record] = s.scalars(select(StudentRecord).where(StudentRecord.person_id == person.id))
        assert (record.street, record.city) == ("Studentvägen 3", "Uppsala")  # imported as is


def test_a_personnummer_navet_refuses_gets_no_address_and_is_not_asked_again(
    db: Database, navet: NavetStandin, caplog: pytest.LogCaptureFixture
) -> None:
    navet.refuse(b.ANNA_PNR)
    tid = tenant_with_record(db)
    rid = register(db, tid, email="anna.berg@example.se")
    settings = navet_settings(db, navet, student_records_attempts=3)

    result = AlumniWorker(db, settings).run_once(now=NOW)

    reg, person = outcome(db, rid)
    assert (result.decided, result.failed) == (1, 0)
    assert (reg.status, reg.attempts, reg.last_error) == (AlumniStatus.APPROVED_ALUMNUS, 0, "")
    assert person is not None
    assert (person.street, person.city) == ("Studentvägen 3", "Uppsala")  # the student system's
    assert navet.asked == [b.ANNA_PNR]  # a permanent fault: not tried again
    assert "Navet refused the personnummer" in caplog.text
    assert b.ANNA_PNR not in caplog.text and b.ANNA_PNR[2:] not in caplog.text


def test_navet_refusing_the_order_is_a_technical_error(db: Database, navet: NavetStandin) -> None:
    navet.add(b.ANNA_PNR, NavetPerson("Kungsgatan 1", "64136", "Katrineholm"))
    tid = tenant_with_record(db)
    rid = register(db, tid, email="anna.berg@example.se")

    AlumniWorker(db, navet_settings(db, navet, navet_order_id="wrong")).run_once(now=NOW)

    reg, person = outcome(db, rid)
    assert (reg.status, reg.attempts, person) == (AlumniStatus.RECEIVED, 1, None)
    # A fault about the agreement: a technical error at once, not three tries.
    assert "Navet answered with a SOAP fault (Client: Felaktig bestallning)" in reg.last_error
    assert "after" not in reg.last_error
    assert b.ANNA_PNR not in reg.last_error


# -- FS ------------------------------------------------------------------------------------

FS_USER, FS_PASSWORD = "kansli", "hemligt"
FS_PEOPLE = {
    "ola.nordmann@example.no": {
        "personlopenummer": 4711,
        "fornavn": "Ola",
        "etternavn": "Nordmann",
        "epost": "ola.nordmann@example.no",
    }
}
OLA = FS_PEOPLE["ola.nordmann@example.no"]
#: Search answers a test sets (e-mail -> the items), before FS_PEOPLE's.
FS_SEARCHES: dict[str, list[Any]] = {}
FS_QUALIFICATIONS = {
    4711: [
        {
            "kvalifikasjonskode": "BASYK",
            "navn": "Bachelor i sykepleie",
            "dato": "2014-06-20",
            "studieprogramkode": "BSYK",
            "studieprogramnavn": "Sykepleie, bachelor",
            "studiepoeng": "180",
        }
    ]
}


class _FsHandler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _json(self, status: int, payload: Any) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        expected = base64.b64encode(f"{FS_USER}:{FS_PASSWORD}".encode()).decode()
        if self.headers.get("Authorization") != f"Basic {expected}":
            self._json(401, {"message": "Unauthorized"})
            return
        url = urlsplit(self.path)
        if url.path == "/personer":
            email = parse_qs(url.query).get("epost", [""])[0]
            found = FS_SEARCHES.get(email)
            if found is None:
                found = [FS_PEOPLE[email]] if email in FS_PEOPLE else []
            self._json(200, {"items": found})
            return
        parts = url.path.strip("/").split("/")
        if len(parts) == 3 and parts[0] == "personer" and parts[2] == "kvalifikasjoner":
            self._json(200, {"items": FS_QUALIFICATIONS.get(int(parts[1]), [])})
            return
        self._json(404, {"message": "Not found"})


@dataclass
class FsServer:
    """The FS stand-in over HTTPS: its ``url`` and the CA of its certificate."""

    url: str
    certs: StandinCerts


@pytest.fixture
def fs(tmp_path: Path) -> Iterator[FsServer]:
    certs = make_certs(tmp_path / "fs-certs")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)  # server certificate only: basic auth
    context.load_cert_chain(certs.server_cert, certs.server_key)
    server = MutualTlsServer(_FsHandler, context, state=None)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield FsServer(server.base, certs)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def fs_settings(db: Database, fs: FsServer, password: str = FS_PASSWORD, **extra: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": db.url,
        "secret_key": "test",
        "student_records": "fs",
        "fs_url": fs.url,
        "fs_username": FS_USER,
        "fs_password": password,
        "fs_ca_file": fs.certs.server_ca,
        "student_records_backoff_seconds": 0,
        "student_records_tenants": every_slug(db),
        **extra,
    }
    return Settings(**values)


def new_tenant(db: Database) -> str:
    with db.transaction() as s:
        t = b.tenant(s)
        b.standard_rules(s, t.id)
        return t.id


def test_fs_qualifications_approve_by_the_rules(db: Database, fs: FsServer) -> None:
    tid = new_tenant(db)
    approved = register(db, tid, pnr=None, email="ola.nordmann@example.no")
    unknown = register(db, tid, pnr=None, email="kari@example.no")

    AlumniWorker(db, fs_settings(db, fs)).run_once(now=NOW)

    reg, person = outcome(db, approved)
    assert reg.status == AlumniStatus.APPROVED_ALUMNUS, reg.decision_reason
    assert person is not None
    assert outcome(db, unknown)[0].status == AlumniStatus.NOT_APPROVED


def test_fs_refusing_the_account_is_a_technical_error(db: Database, fs: FsServer) -> None:
    tid = new_tenant(db)
    rid = register(db, tid, pnr=None, email="ola.nordmann@example.no")

    AlumniWorker(db, fs_settings(db, fs, password="fel")).run_once(now=NOW)

    reg, _ = outcome(db, rid)
    assert (reg.status, reg.attempts) == (AlumniStatus.RECEIVED, 1)
    assert "FS refused the request for the person by e-mail (HTTP 401)" in reg.last_error


def test_wrong_urls_are_technical_errors_not_unknown_people(
    db: Database, navet: NavetStandin, fs: FsServer
) -> None:
    tid = tenant_with_record(db)
    rid = register(db, tid, email="anna.berg@example.se")
    wrong_navet = navet_settings(db, navet, navet_url=f"{navet.url}/fel")

    AlumniWorker(db, wrong_navet).run_once(now=NOW)

    reg, _ = outcome(db, rid)
    assert (reg.status, reg.attempts) == (AlumniStatus.RECEIVED, 1)
    assert "KANSLI_NAVET_URL answered 404" in reg.last_error

    other = new_tenant(db)
    ola = register(db, other, pnr=None, email="ola.nordmann@example.no")
    AlumniWorker(db, fs_settings(db, fs, fs_url=f"{fs.url}/fel")).run_once(now=NOW)
    reg, _ = outcome(db, ola)
    assert (reg.status, reg.attempts) == (AlumniStatus.RECEIVED, 1)
    assert "KANSLI_FS_URL answered 404 to the person search" in reg.last_error


def test_fs_gives_no_personnummer_whatever_the_registrant_typed(
    db: Database, fs: FsServer, navet: NavetStandin
) -> None:
    """FS finds by e-mail: a typed personnummer is not the student system's, and Navet
    is not asked for its address."""
    tid = new_tenant(db)
    rid = register(db, tid, pnr=b.ANNA_PNR, email="ola.nordmann@example.no")
    settings = fs_settings(
        db,
        fs,
        address_source="navet",
        navet_url=navet.url,
        navet_cert_file=navet.certs.rp_cert,
        navet_key_file=navet.certs.rp_key,
        navet_ca_file=navet.certs.server_ca,
        navet_org_nr=ORG_NR,
        navet_order_id=ORDER_ID,
    )

    AlumniWorker(db, settings).run_once(now=NOW)

    reg, _ = outcome(db, rid)
    assert reg.status != AlumniStatus.RECEIVED, reg.last_error
    with db.sessions() as s:
        records = s.scalars(select(StudentRecord).where(StudentRecord.tenant_id == tid)).all()
    assert [(r.source, r.personnummer) for r in records] == [("fs", None)]
    assert navet.asked == []


@pytest.mark.parametrize(
    ("people", "error"),
    [
        (
            [OLA, {**OLA, "personlopenummer": 4712}],
            "FS has 2 people with the registrant's e-mail address",
        ),
        (
            [{**OLA, "personlopenummer": ""}],
            "FS answered the person search without a personlopenummer",
        ),
    ],
    ids=["shared-email", "no-number"],
)
def test_an_ambiguous_fs_answer_is_a_technical_error(
    db: Database, fs: FsServer, monkeypatch: pytest.MonkeyPatch, people: list[Any], error: str
) -> None:
    monkeypatch.setitem(FS_SEARCHES, "ola.nordmann@example.no", people)
    tid = new_tenant(db)
    rid = register(db, tid, pnr=None, email="ola.nordmann@example.no")

    AlumniWorker(db, fs_settings(db, fs)).run_once(now=NOW)

    reg, person = outcome(db, rid)
    assert (reg.status, reg.attempts, person) == (AlumniStatus.RECEIVED, 1, None)
    assert error in reg.last_error
    assert "ola.nordmann" not in reg.last_error


def test_fs_requests_leave_no_e_mail_address_in_the_log(
    db: Database, fs: FsServer, caplog: pytest.LogCaptureFixture
) -> None:
    tid = new_tenant(db)
    register(db, tid, pnr=None, email="ola.nordmann@example.no")
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="httpx")  # as a process without our logging has it

    AlumniWorker(db, fs_settings(db, fs)).run_once(now=NOW)

    requests = [r for r in caplog.records if r.name == "httpx"]
    assert requests, "httpx logged its request lines (else the filter is not tested)"
    assert "/personer?[query]" in caplog.text
    assert "ola.nordmann" not in caplog.text and "example.no" not in caplog.text


def test_the_server_logging_keeps_httpx_request_lines_out() -> None:
    stream = io.StringIO()
    loggers = [logging.getLogger(name) for name in ("", "httpx", "httpcore")]
    levels = [lg.level for lg in loggers]
    configure_logging("INFO", stream=stream)
    try:
        logging.getLogger("httpx").info("HTTP Request: GET https://fs.example/personer?epost=a")
        logging.getLogger("kansli.alumni").info("kept")
    finally:
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "_kansli", False):
                logging.getLogger().removeHandler(handler)
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)
    assert "kept" in stream.getvalue()
    assert "epost" not in stream.getvalue()
