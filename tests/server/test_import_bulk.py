"""``registration.import``'s rows written in bulk (``CommandContext.collecting``) on the
server are exactly what the same push wrote row by row through the session: every
column, every ``server_seq``, every answer, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from devtools.postgres import PostgresCluster
from models import Person, Registration, Role
from models.courses import Course, CourseRound
from models.organisations import Organisation
from models.people import PersonEmail, PersonPhone
from models.tenancy import Tenant
from server.db import migrate
from server.services import sync
from server.services.auth import Principal
from server.services.database import Database
from tests.server.conftest import api_settings

TENANT = "01900000-0000-7000-8000-0000000000a1"
ROUND = "01900000-0000-7000-8000-0000000000a2"
KNOWN = "01900000-0000-7000-8000-0000000000a3"
MANAGER = "01900000-0000-7000-8000-0000000000a4"
ORG = "01900000-0000-7000-8000-0000000000a5"
#: Stamped when written (by the flush or the command's clock): set on both ways, not equal.
STAMPS = {"updated_at", "created_at"}
TABLES = (Person, PersonEmail, PersonPhone, Registration, CourseRound)


def _uuid(n: int) -> str:
    return f"01900000-0000-7000-8000-{n:012x}"


def _world(db: Database) -> None:
    with db.transaction() as s:
        s.add(Tenant(id=TENANT, slug="bulk", name="Bulk"))
        s.add(Organisation(id=ORG, tenant_id=TENANT, name="Import AB"))
        s.add(Course(id=_uuid(900), tenant_id=TENANT, code="IMP", name="Import"))
        s.flush()
        s.add(
            CourseRound(
                id=ROUND, tenant_id=TENANT, course_id=_uuid(900), name="Import HT26",
                term="HT2026", starts_on=date(2026, 9, 1), ends_on=date(2026, 12, 1),
            )
        )  # fmt: skip
        for pid, name in ((KNOWN, "Karin"), (MANAGER, "Mona")):
            s.add(Person(id=pid, tenant_id=TENANT, first_name=name, last_name="Ek"))
            s.flush()
            s.add(
                PersonEmail(
                    id=_uuid(800 + len(name) + (pid == KNOWN)), tenant_id=TENANT, person_id=pid,
                    address=f"{name.lower()}@example.se", is_primary=True,
                )
            )  # fmt: skip


def _new(n: int, **person: Any) -> dict[str, Any]:
    pid = _uuid(1000 + n)
    fields = {
        "person_id": pid,
        "first_name": f"Förnamn{n}",
        "last_name": f"Efternamn{n}",
        "emails": [{"address": f"rad{n}@import.example"}],
        "phones": [{"number": f"070-123 {n:04d}"}],
        **person,
    }
    return {"row": n, "registration_id": _uuid(5000 + n), "participant_id": pid, "person": fields}


def _envelopes() -> list[dict[str, Any]]:
    issued = "2026-12-01T10:00:00+00:00"
    first = [_new(n) for n in range(2, 40)]
    first[5]["person"]["organisation_id"] = ORG
    first[6]["person"]["personnummer"] = "198112189876"
    first[7]["person"]["emails"].append({"address": f"andra{7}@import.example", "kind": "home"})
    first[-1]["approving_manager_id"] = first[0]["participant_id"]  # a new person of the command
    first[-2]["approving_manager_id"] = MANAGER
    known = {
        "row": 40,
        "registration_id": _uuid(6000),
        "participant_id": KNOWN,
        "add_email": "Karin.Ek@Firma.se",
    }
    second = [_new(n) for n in range(41, 60)]
    return [
        {"id": _uuid(1), "name": "registration.import", "version": 1, "issued_at": issued,
         "args": {"round_id": ROUND, "rows": [*first, known]}},
        {"id": _uuid(2), "name": "registration.import", "version": 1, "issued_at": issued,
         "args": {"round_id": ROUND, "rows": second}},
        # A later command of the same push changes a row the first one wrote: each answer
        # must still hold the row as its own command left it.
        {"id": _uuid(3), "name": "person.edit", "version": 1, "issued_at": issued,
         "args": {"person_id": first[1]["participant_id"],
                  "changes": {"city": {"old": "", "new": "Lund"}}}},
    ]  # fmt: skip


def _stripped(row: dict[str, Any]) -> dict[str, Any]:
    assert all(row[k] is not None for k in STAMPS if k in row), row
    return {k: v for k, v in row.items() if k not in STAMPS}


@contextmanager
def _database(url: str) -> Iterator[Database]:
    """A fresh database at ``url`` holding :func:`_world`."""
    migrate(url)
    db = Database(url)
    try:
        _world(db)
        yield db
    finally:
        db.dispose()


def _push(db: Database, url: str, envelopes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    principal = Principal(
        user_id=_uuid(77), email="admin@example.se", display_name="Admin",
        tenant_id=TENANT, tenant_slug="bulk", tenant_name="Bulk",
        roles=frozenset({Role.ADMIN}), token_hash="x" * 64,
        expires_at=datetime.now(UTC) + timedelta(hours=1),
    )  # fmt: skip
    return sync.push(db=db, principal=principal, settings=api_settings(url), envelopes=envelopes)


def _pushed(url: str) -> tuple[list[dict[str, Any]], dict[str, list[Any]]]:
    """Push the envelopes into a fresh database at ``url``; the answers and every row."""
    with _database(url) as db:
        answers = _push(db, url, _envelopes())
        tables: dict[str, list[Any]] = {}
        with db.transaction() as s:
            for model in TABLES:
                table = model.__table__
                rows = s.execute(select(table).order_by(table.c.server_seq)).mappings()
                tables[table.name] = [_stripped(dict(r)) for r in rows]
        for answer in answers:
            for rows in answer.get("rows", {}).values():
                rows[:] = [_stripped(r) for r in rows]
        answered = [r for a in answers for rows in a.get("rows", {}).values() for r in rows]
        # Seqs by their order: row by row, the push's first try of the three commands as one
        # group is taken back (a later one changes a row an earlier one answers with) and
        # leaves its seqs unused; in bulk it stands (each answer is its command's rows).
        every = [r for rows in tables.values() for r in rows] + answered
        order = {seq: n for n, seq in enumerate(sorted({r["server_seq"] for r in every}))}
        for row in every:
            row["server_seq"] = order[row["server_seq"]]
        return answers, tables


@pytest.fixture(params=["sqlite", "postgres"])
def two_urls(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'bulk.db'}", f"sqlite:///{tmp_path / 'rows.db'}"
        return
    cluster: PostgresCluster = request.getfixturevalue("pg_cluster")
    stem = f"kansli_bulk_{tmp_path.name[-20:].lower()}".replace("-", "_")
    yield cluster.create_database(f"{stem}_b"), cluster.create_database(f"{stem}_r")


def test_bulk_written_rows_are_those_the_session_wrote_row_by_row(
    two_urls: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from models.commands.imports import RegistrationImport

    bulk_url, rows_url = two_urls
    assert RegistrationImport.bulk
    bulk_answers, bulk_tables = _pushed(bulk_url)
    monkeypatch.setattr(RegistrationImport, "bulk", False)
    row_answers, row_tables = _pushed(rows_url)

    assert [a["status"] for a in bulk_answers] == ["applied"] * 3, bulk_answers
    assert bulk_answers == row_answers
    assert bulk_tables == row_tables
    # What the comparison covers: 57 new people, one known person's new address, the
    # seqs in the order the rows were made.
    assert len(bulk_tables["registration"]) == 58
    assert len(bulk_tables["person_email"]) == 2 + 57 + 2
    seqs = [r["server_seq"] for t in bulk_tables.values() for r in t]
    assert len(set(seqs)) == len(seqs)
    imported = bulk_answers[0]["rows"]
    assert {r["id"] for r in imported["person"]} >= {_uuid(1002), _uuid(1003), KNOWN, MANAGER}
    edited = next(r for r in imported["person"] if r["id"] == _uuid(1003))
    assert edited["city"] == ""  # as the import left it, not as the later edit did


def _refused(url: str) -> tuple[dict[str, Any], int]:
    """Push an import with a taken person id into a fresh database: the answer and the
    registrations there after."""
    with _database(url) as db:
        rows = [_new(n) for n in range(2, 12)]
        rows[4]["person"]["person_id"] = rows[4]["participant_id"] = MANAGER  # taken
        envelope = {
            "id": _uuid(9), "name": "registration.import", "version": 1,
            "issued_at": "2026-12-01T10:00:00+00:00", "args": {"round_id": ROUND, "rows": rows},
        }  # fmt: skip
        [answer] = _push(db, url, [envelope])
        for rows_of_table in answer.get("rows", {}).values():
            rows_of_table[:] = [_stripped(r) for r in rows_of_table]
        with db.transaction() as s:
            return answer, len(s.scalars(select(Registration.id)).all())


def test_a_taken_id_among_bulk_rows_gets_the_guards_answer(
    two_urls: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new row whose id is taken is left to the primary key (the bulk INSERT, a COPY on
    PostgreSQL, refuses it): the command runs again with every check and gets the
    answer it gets row by row; nothing of it is applied."""
    from models.commands.imports import RegistrationImport

    bulk_url, rows_url = two_urls
    answer, registrations = _refused(bulk_url)
    assert answer["status"] == "rejected" and answer["code"] == "conflict", answer
    assert answer["details"]["id"] == MANAGER
    assert registrations == 0
    monkeypatch.setattr(RegistrationImport, "bulk", False)
    assert _refused(rows_url) == (answer, 0)
