"""Student records from Ladok: the real adapter against a local Ladok over HTTPS with mutual TLS.

The stand-in (tests/utils/ladok_standin.py) asks for the institution's client
certificate in the handshake and answers Ladok's JSON media types. A registration
goes in through the real server's public API over HTTP; the server's settings
choose Ladok (``KANSLI_STUDENT_RECORDS=ladok``), and the check after the answer or
the worker decides it.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pydantic
import pytest
import requests
from sqlalchemy import select

from models.alumni import AlumniStatus, StudentRecord
from models.people import Person
from models.tenancy import Tenant
from server.cli import main as cli_main
from server.services.alumni.forms import intake
from server.services.alumni.ladok import LadokStudentRecords, media_type
from server.services.alumni.outside_http import Endpoint, OutsideClient, SourceUnavailable
from server.services.alumni.worker import AlumniWorker
from server.services.database import Database
from server.settings import Settings
from tests.alumni import builders as b
from tests.alumni.test_worker import load
from tests.utils.ladok_standin import LadokStandin, LadokStudent
from tests.utils.servers import InProcessServer, wait_until

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
INDEX = "/studentinformation/service/index"
BY_PNR = "/studentinformation/student/personnummer/"
NURSE = LadokStudent(
    personnummer=b.ANNA_PNR,
    programmes=[("SSJUK", "Sjuksköterskeprogrammet")],
    results=[60.0, 60.0, 60.0],
    degrees=[("Sjuksköterskeexamen", "SSJUK", "2012-06-08")],
)


@pytest.fixture
def ladok(tmp_path: Path) -> Iterator[LadokStandin]:
    with LadokStandin(tmp_path / "ladok-certs") as standin:
        yield standin


def ladok_settings(db: Database, ladok: LadokStandin, **extra: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": db.url,
        "secret_key": "test",
        "student_records": "ladok",
        "ladok_url": ladok.url,
        "ladok_cert_file": ladok.certs.rp_cert,
        "ladok_key_file": ladok.certs.rp_key,
        "ladok_ca_file": ladok.certs.server_ca,
        "student_records_backoff_seconds": 0,
        "student_records_tenants": every_slug(db),
        **extra,
    }
    return Settings(**values)


def every_slug(db: Database) -> list[str]:
    """The slugs of the tenants in ``db`` so far: the institution's, asked about outside."""
    with db.sessions() as s:
        return list(s.scalars(select(Tenant.slug)))


def new_tenant(db: Database) -> tuple[str, str]:
    """A tenant with the standard rules (degree awarded, 180 credits): its id and slug."""
    with db.transaction() as s:
        t = b.tenant(s)
        b.standard_rules(s, t.id)
        return t.id, t.slug


def register(db: Database, tenant_id: str, pnr: str) -> str:
    with db.transaction() as s:
        return intake(
            session=s,
            tenant_id=tenant_id,
            data={
                "email": "anna.berg@example.se",
                "first_name": "Anna",
                "last_name": "Berg",
                "personnummer": pnr,
            },
            now=NOW,
        ).id


def test_a_registration_sent_to_the_server_is_approved_from_ladok_records(
    sqlite_db: Database, ladok: LadokStandin, caplog: pytest.LogCaptureFixture
) -> None:
    ladok.add(NURSE)
    tid, slug = new_tenant(sqlite_db)
    server = InProcessServer(ladok_settings(sqlite_db, ladok), sqlite_db).start()
    caplog.set_level(logging.DEBUG)
    try:
        resp = requests.post(
            f"{server.url}/api/v1/public/alumni/{slug}/registrations",
            json={
                "email": "anna.berg@example.se",
                "first_name": "Anna",
                "last_name": "Berg",
                "personnummer": b.ANNA_PNR,
            },
            timeout=10,
        )
        assert resp.status_code == 201, resp.text
        rid = resp.json()["id"]
        reg = wait_until(
            lambda: (r := load(sqlite_db, rid)).status != AlumniStatus.RECEIVED and r,
            what="the check after the answer",
        )
    finally:
        server.stop()

    assert reg.status == AlumniStatus.APPROVED_ALUMNUS, reg.decision_reason
    assert "rules hold" in reg.decision_reason
    with sqlite_db.sessions() as s:
        [record] = s.scalars(select(StudentRecord).where(StudentRecord.tenant_id == tid)).all()
        person = s.get(Person, record.person_id)
        assert person is not None
        assert (record.source, record.program_code, record.program_name) == (
            "ladok",
            "SSJUK",
            "Sjuksköterskeprogrammet",
        )
        assert (record.degree, record.credits, record.graduation_year) == (
            "Sjuksköterskeexamen",
            180.0,
            2012,
        )
        # The address Ladok holds fills the new person's empty one.
        assert (person.street, person.postal_code, person.city) == (
            "Storgatan 1",
            "11122",
            "Stockholm",
        )
        assert person.personnummer == b.ANNA_PNR
    # Ladok was asked each of its resources once, with the student's Uid after the first.
    assert ladok.requests == [
        INDEX,
        f"/studentinformation/student/personnummer/{b.ANNA_PNR}",
        f"/studentinformation/student/{NURSE.uid}/kontaktuppgifter",
        f"/studiedeltagande/studiestruktur/student/{NURSE.uid}",
        f"/resultat/studentresultat/attesterade/student/{NURSE.uid}",
        f"/examen/student/{NURSE.uid}",
    ]
    assert b.ANNA_PNR not in caplog.text and b.ANNA_PNR[2:] not in caplog.text


def test_without_the_client_certificate_the_handshake_fails_and_the_registration_waits(
    db: Database, ladok: LadokStandin
) -> None:
    ladok.add(NURSE)
    tid, _ = new_tenant(db)
    rid = register(db, tid, b.ANNA_PNR)
    # A certificate signed by a CA Ladok does not trust, as a wrong or expired one.
    settings = ladok_settings(
        db,
        ladok,
        ladok_cert_file=ladok.certs.other_rp_cert,
        ladok_key_file=ladok.certs.other_rp_key,
    )

    result = AlumniWorker(db, settings).run_once(now=NOW)

    reg = load(db, rid)
    assert (result.decided, result.failed) == (0, 1)
    assert (reg.status, reg.attempts) == (AlumniStatus.RECEIVED, 1)
    assert reg.last_error.startswith("Student records could not be read: SourceUnavailable")
    assert "TLS handshake failed" in reg.last_error
    assert b.ANNA_PNR not in reg.last_error
    assert ladok.requests == []  # refused before any request was read
    assert reg.next_attempt_at is not None


def test_a_client_with_no_certificate_at_all_is_refused_in_the_handshake(
    ladok: LadokStandin,
) -> None:
    ladok.add(NURSE)
    client = OutsideClient(Endpoint("Ladok", ladok.url, ca_file=ladok.certs.server_ca))

    with pytest.raises(SourceUnavailable, match="TLS handshake failed asking for the student"):
        client.get_json(
            f"studentinformation/student/personnummer/{b.ANNA_PNR}",
            what="the student",
            accept=media_type("studentinformation"),
        )
    assert ladok.requests == []


def test_a_503_is_tried_again_with_backoff_and_then_the_answer_decides(
    db: Database, ladok: LadokStandin
) -> None:
    ladok.add(NURSE)
    ladok.fail_next(2, status=503, on=BY_PNR)
    tid, _ = new_tenant(db)
    rid = register(db, tid, b.ANNA_PNR)
    waits: list[float] = []
    settings = ladok_settings(db, ladok, student_records_backoff_seconds=0.25)
    source = LadokStudentRecords(
        base_url=settings.ladok_url,
        cert_file=settings.ladok_cert_file,
        key_file=settings.ladok_key_file,
        ca_file=settings.ladok_ca_file,
        backoff=0.25,
        sleep=waits.append,
    )

    result = AlumniWorker(db, settings, sources=lambda _tenant: source).run_once(now=NOW)

    reg = load(db, rid)
    assert (result.decided, result.failed) == (1, 0)
    assert reg.status == AlumniStatus.APPROVED_ALUMNUS
    assert (reg.attempts, reg.last_error) == (0, "")
    assert waits == [0.25, 0.5]  # doubled between tries
    first = f"/studentinformation/student/personnummer/{b.ANNA_PNR}"
    assert ladok.requests[:4] == [INDEX, first, first, first]


def test_503_on_every_try_is_a_technical_error_retried_later(
    db: Database, ladok: LadokStandin
) -> None:
    ladok.add(NURSE)
    ladok.fail_next(3, status=503, on=BY_PNR)
    tid, _ = new_tenant(db)
    rid = register(db, tid, b.ANNA_PNR)
    settings = ladok_settings(db, ladok)
    worker = AlumniWorker(db, settings)

    worker.run_once(now=NOW)
    reg = load(db, rid)
    assert (reg.status, reg.attempts) == (AlumniStatus.RECEIVED, 1)
    assert "Ladok answered HTTP 503 for the student by personnummer after 3 tries" in (
        reg.last_error
    )
    assert reg.next_attempt_at is not None

    worker.run_once(now=reg.next_attempt_at)
    assert load(db, rid).status == AlumniStatus.APPROVED_ALUMNUS


def test_a_personnummer_ladok_does_not_know_is_not_in_the_records(
    db: Database, ladok: LadokStandin
) -> None:
    ladok.add(NURSE)
    tid, _ = new_tenant(db)
    stranger = b.personnummer(date(1991, 3, 4), 777)
    rid = register(db, tid, stranger)

    result = AlumniWorker(db, ladok_settings(db, ladok)).run_once(now=NOW)

    reg = load(db, rid)
    assert (result.decided, result.failed) == (1, 0)
    assert reg.status == AlumniStatus.NOT_APPROVED
    assert (reg.attempts, reg.last_error) == (0, "")
    assert "No student record" in reg.decision_reason or "no student record" in (
        reg.decision_reason.lower()
    )
    assert ladok.requests == [INDEX, f"/studentinformation/student/personnummer/{stranger}"]


def test_a_student_without_a_degree_is_found_but_not_approved(
    db: Database, ladok: LadokStandin
) -> None:
    ladok.add(
        LadokStudent(
            personnummer=b.ERIK_PNR,
            first_name="Erik",
            programmes=[("TDATA", "Civilingenjör Datateknik")],
            results=[7.5] * 12,
        )
    )
    tid, _ = new_tenant(db)
    rid = register(db, tid, b.ERIK_PNR)

    AlumniWorker(db, ladok_settings(db, ladok)).run_once(now=NOW)

    reg = load(db, rid)
    assert reg.status == AlumniStatus.NOT_APPROVED
    assert "degree" in reg.decision_reason.lower()
    assert "90" in reg.decision_reason  # the credits Ladok has: 12 × 7.5


def test_unconfigured_ladok_says_what_is_missing() -> None:
    from server.services.alumni.student_records import StudentRecordSourceNotConfigured

    source = LadokStudentRecords(base_url="https://api.ladok.se")
    with pytest.raises(StudentRecordSourceNotConfigured, match="client certificate, client key"):
        source.lookup(personnummer=b.ANNA_PNR, email=None)


def test_the_server_refuses_to_start_with_ladok_chosen_but_not_configured(
    ladok: LadokStandin,
) -> None:
    with pytest.raises(pydantic.ValidationError, match="need KANSLI_LADOK_CERT_FILE"):
        Settings(student_records="ladok", ladok_url=ladok.url, ladok_key_file=ladok.certs.rp_key)
    with pytest.raises(pydantic.ValidationError, match="KANSLI_NAVET_ORDER_ID"):
        Settings(
            address_source="navet",
            navet_cert_file=ladok.certs.rp_cert,
            navet_key_file=ladok.certs.rp_key,
            navet_org_nr="2021005489",
        )


def test_ask_student_records_shows_what_ladok_gives_or_why_not(
    sqlite_db: Database,
    ladok: LadokStandin,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ladok.add(NURSE)
    _, slug = new_tenant(sqlite_db)
    env = {
        "KANSLI_STUDENT_RECORDS": "ladok",
        "KANSLI_LADOK_URL": ladok.url,
        "KANSLI_LADOK_CERT_FILE": str(ladok.certs.rp_cert),
        "KANSLI_LADOK_KEY_FILE": str(ladok.certs.rp_key),
        "KANSLI_LADOK_CA_FILE": str(ladok.certs.server_ca),
        "KANSLI_STUDENT_RECORDS_BACKOFF_SECONDS": "0",
        "KANSLI_STUDENT_RECORDS_TENANTS": slug,
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    ask = ["ask-student-records", "--database", sqlite_db.url, "--tenant", slug]
    # The personnummer comes on standard input, never as an argument (process lists).
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{b.ANNA_PNR}\n"))
    assert cli_main(ask) == 0
    out = capsys.readouterr().out
    assert "ladok: 1 record(s)" in out
    assert "program SSJUK Sjuksköterskeprogrammet; degree Sjuksköterskeexamen" in out
    assert "credits 180; graduated 2012; address Storgatan 1, 11122 Stockholm" in out

    ladok.fail_next(3, on=BY_PNR)
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{b.ANNA_PNR}\n"))
    assert cli_main(ask) == 1
    err = capsys.readouterr().err
    assert "Ladok answered HTTP 503 for the student by personnummer after 3 tries" in err

    with pytest.raises(SystemExit) as refused:
        cli_main([*ask, "--personnummer", b.ANNA_PNR])
    assert refused.value.code == 2
    assert "--personnummer" in capsys.readouterr().err

    # A tenant not named in KANSLI_STUDENT_RECORDS_TENANTS asks its own records only.
    _, other = new_tenant(sqlite_db)
    asked = len(ladok.requests)
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{b.ANNA_PNR}\n"))
    assert cli_main([*ask[:-1], other]) == 0
    out = capsys.readouterr().out
    assert "is not in KANSLI_STUDENT_RECORDS_TENANTS" in out and "database: 0 record(s)" in out
    assert len(ladok.requests) == asked


def test_a_base_url_that_is_not_ladok_is_a_technical_error_not_an_unknown_student(
    db: Database, ladok: LadokStandin
) -> None:
    ladok.add(NURSE)
    tid, _ = new_tenant(db)
    rid = register(db, tid, b.ANNA_PNR)
    # Every path under it answers 404, as an unknown personnummer does.
    settings = ladok_settings(db, ladok, ladok_url=f"{ladok.url}/fel")

    AlumniWorker(db, settings).run_once(now=NOW)

    reg = load(db, rid)
    assert (reg.status, reg.attempts) == (AlumniStatus.RECEIVED, 1)
    assert "does not lead to Ladok's studentinformation service" in reg.last_error
    assert ladok.requests == [f"/fel{INDEX}"]


def test_another_tenants_registration_never_reaches_ladok(
    sqlite_db: Database, ladok: LadokStandin
) -> None:
    """Ladok is the institution's: a registration on another tenant's public form is
    checked against that tenant's own records, its personnummer never sent to Ladok."""
    ladok.add(NURSE)
    _, institution = new_tenant(sqlite_db)
    other_id, other = new_tenant(sqlite_db)
    settings = ladok_settings(sqlite_db, ladok, student_records_tenants=[institution])
    server = InProcessServer(settings, sqlite_db).start()
    form = {
        "email": "anna.berg@example.se",
        "first_name": "Anna",
        "last_name": "Berg",
        "personnummer": b.ANNA_PNR,
    }
    try:
        decided = {}
        for slug in (other, institution):
            resp = requests.post(
                f"{server.url}/api/v1/public/alumni/{slug}/registrations", json=form, timeout=10
            )
            assert resp.status_code == 201, resp.text
            rid = resp.json()["id"]
            decided[slug] = wait_until(
                lambda rid=rid: (r := load(sqlite_db, rid)).status != AlumniStatus.RECEIVED and r,
                what="the check after the answer",
            )
            if slug == other:
                assert ladok.requests == []  # before the institution's registration
    finally:
        server.stop()

    assert decided[other].status == AlumniStatus.NOT_APPROVED  # no imported records there
    assert decided[institution].status == AlumniStatus.APPROVED_ALUMNUS
    assert f"{BY_PNR}{b.ANNA_PNR}" in ladok.requests
    with sqlite_db.sessions() as s:
        stored = s.scalars(select(StudentRecord).where(StudentRecord.tenant_id == other_id))
        assert stored.all() == []


def test_the_server_refuses_outside_sources_without_tenants_or_over_clear_text(
    ladok: LadokStandin,
) -> None:
    ladok_files = {
        "student_records": "ladok",
        "ladok_cert_file": ladok.certs.rp_cert,
        "ladok_key_file": ladok.certs.rp_key,
    }
    with pytest.raises(pydantic.ValidationError, match="need KANSLI_STUDENT_RECORDS_TENANTS"):
        Settings(**ladok_files, ladok_url=ladok.url)  # type: ignore[arg-type]
    http = ladok.url.replace("https://", "http://")
    with pytest.raises(pydantic.ValidationError, match="KANSLI_LADOK_URL must be an https://"):
        Settings(**ladok_files, ladok_url=http, student_records_tenants=["uni"])  # type: ignore[arg-type]
    with pytest.raises(pydantic.ValidationError, match="KANSLI_FS_URL must be an https://"):
        Settings(
            student_records="fs",
            fs_url="http://fs.example.no/api",
            fs_username="u",
            fs_password="p",  # type: ignore[arg-type]
            student_records_tenants=["uni"],
        )
    with pytest.raises(pydantic.ValidationError, match="student_records_backoff_seconds"):
        Settings(student_records_backoff_seconds=3600)
    settings = Settings(
        **ladok_files,  # type: ignore[arg-type]
        ladok_url=ladok.url,
        student_records_tenants="uni, kth",  # as the environment gives it
    )
    assert settings.student_records_tenants == ["uni", "kth"]


def test_a_lookup_gives_up_at_its_deadline_and_no_wait_exceeds_the_cap(
    ladok: LadokStandin,
) -> None:
    ladok.add(NURSE)
    ladok.fail_next(10, status=503, on=BY_PNR)
    now = [0.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    source = LadokStudentRecords(
        base_url=ladok.url,
        cert_file=ladok.certs.rp_cert,
        key_file=ladok.certs.rp_key,
        ca_file=ladok.certs.server_ca,
        attempts=10,
        backoff=1.5,
        max_wait=2.0,
        deadline=5.0,
        sleep=sleep,
    )
    source._client._clock = lambda: now[0]

    with pytest.raises(SourceUnavailable, match="gave up after 3 tries \\(deadline 5s\\)"):
        source.lookup(personnummer=b.ANNA_PNR, email=None)
    assert waits == [1.5, 2.0]  # 3.0 capped; a third wait would pass the deadline
    assert ladok.requests.count(f"{BY_PNR}{b.ANNA_PNR}") == 3
