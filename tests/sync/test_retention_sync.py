"""A retention rule's removal reaches every client (issue 23): a denied alumni registration
past the tenant's period, synced to an alumni officer's file, is removed by the server's
nightly run, and the officer's next pull deletes it from the local database (a tombstone
of the alumni register is ids only: the local row goes, not just marked), and its bytes
leave the file and its WAL (secure delete, a checkpoint). A real server
process (SQLite file and PostgreSQL) over real HTTP."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from models.alumni import AlumniRegistration, AlumniStatus
from models.ids import utcnow
from models.people import Person, PersonEmail
from server.services.database import Database
from server.services.retention import months_before, run_retention
from tests.sync.helpers import close, connect, new_account, server_session
from tests.utils.servers import LiveServer

PNR = "196512249871"
#: The person the denied form itself created (the automatic check found no one).
CREATED_PNR = "197002029872"


def _rows(engine) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    with engine.store.sessions() as s:
        return [
            (r.id, r.personnummer)
            for r in s.query(AlumniRegistration).filter(AlumniRegistration.personnummer == PNR)
        ]


def _on_disk(path: Path) -> bytes:
    """The bytes of the client's database file and its WAL, as a disk holds them."""
    return b"".join(
        p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists()
    )


SECRETS = (
    PNR.encode(),
    b"Retentia",
    b"Gallrad",
    b"retentia@student.se",
    CREATED_PNR.encode(),
    b"Formskapad",
    b"formskapad@student.se",
)


def test_a_denied_registration_past_its_period_leaves_the_clients_file(
    live: LiveServer, tmp_path: Path
) -> None:
    admin = new_account(live.db_url)
    officer = new_account(live.db_url, tenant=admin.tenant, roles=("alumni_officer",))
    now = utcnow()
    with server_session(live.db_url) as s:
        created = Person(
            tenant_id=admin.tenant_id,
            first_name="Retentia",
            last_name="Formskapad",
            personnummer=CREATED_PNR,
        )
        s.add(created)
        s.flush()
        s.add(
            PersonEmail(
                tenant_id=admin.tenant_id, person_id=created.id, address="formskapad@student.se"
            )
        )
        denied = AlumniRegistration(
            tenant_id=admin.tenant_id,
            email="retentia@student.se",
            first_name="Retentia",
            last_name="Gallrad",
            personnummer=PNR,
            status=AlumniStatus.DENIED,
            received_at=months_before(now, 14),
            decided_at=months_before(now, 13),
            denial_reason="Ingen examen",
            person_id=created.id,
            matched_on="created",
        )
        s.add(denied)
        s.flush()
        denied_id, created_id = denied.id, created.id
    path = tmp_path / "officer.db"
    engine = connect(live.url, officer, path)
    try:
        engine.sync_once()
        assert _rows(engine) == [(denied_id, PNR)]
        assert all(secret in _on_disk(path) for secret in SECRETS)  # as stored

        db = Database(live.db_url)
        try:
            removed = run_retention(db, now=now + timedelta(minutes=1))[admin.tenant_id]
        finally:
            db.dispose()
        assert removed["denied_alumni_months"] == 1

        engine.sync_once()
        assert _rows(engine) == []
        with engine.store.sessions() as s:
            assert s.get(AlumniRegistration, denied_id) is None  # deleted, not only marked
            # The person the form created went with it, from the file too (the pull lists it
            # as erased: the client's scrub, not only a tombstone keeping its old values).
            assert s.get(Person, created_id) is None
        # Gone from the disk too: not left in the file's free pages nor in the WAL.
        assert [secret for secret in SECRETS if secret in _on_disk(path)] == []
    finally:
        close(engine)
