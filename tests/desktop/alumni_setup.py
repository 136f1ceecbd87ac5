"""Shared set-up of the Alumni queue tests (no tests here): richer alumni data on the
filled client store, and simulated server answers recorded through the store itself."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update

from desktop.alumni.query import COLUMN_KEYS
from desktop.guard import GuiThreadGuard
from devtools.client_data import Filled
from models import AlumniRegistration, AlumniRule, Person, PersonEmail
from models.alumni import StudentRecord
from models.ids import new_id
from sync.store import ClientStore, OutboxEntry
from tests.desktop.conftest import read

#: Columns of the queue, by what they show.
STATUS_COL = COLUMN_KEYS.index("status")
DECIDED_COL = COLUMN_KEYS.index("decided")
REASON_COL = COLUMN_KEYS.index("reason")

#: Who "decided first" in simulated conflicts, and when.
OTHER_OFFICER = "Berit Berg"
DECIDED_AT = datetime(2026, 11, 23, 13, 2, tzinfo=UTC)


def queue_ids(guard: GuiThreadGuard, store: ClientStore) -> list[str]:
    """The manual queue's ids, oldest first, as the test reads them on purpose."""
    return [
        r[0]
        for r in read(
            guard,
            store,
            "SELECT id FROM alumni_registration WHERE status = 'not_approved' "
            "ORDER BY received_at, id",
        )
    ]


def enrich(guard: GuiThreadGuard, store: ClientStore, filled: Filled) -> dict[str, Any]:
    """The oldest queue item gets a personnummer, a student record, rules and match details.

    Its entered name is the person's; the person has another personnummer and
    the student record another graduation year: two differences to highlight.
    """
    first = queue_ids(guard, store)[0]
    with guard.allowed(), store.session() as s:
        reg = s.get(AlumniRegistration, first)
        assert reg is not None and reg.person_id
        person = s.get(Person, reg.person_id)
        assert person is not None
        other = s.get(Person, filled.participant_ids[5])
        assert other is not None
        reg.first_name, reg.last_name = person.first_name, person.last_name
        # Matched on e-mail: the address the alumnus gave is one of the person's.
        s.add(
            PersonEmail(
                id=new_id(),
                tenant_id=filled.tenant_id,
                server_seq=9_000_000,
                person_id=person.id,
                address=reg.email,
                kind="private",
                is_primary=False,
                position=1,
            )
        )
        reg.personnummer = "850101-2382"
        reg.program = "Civilingenjör datateknik"
        reg.graduation_year = 2008
        person.personnummer = "199003124568"
        record = StudentRecord(
            id=new_id(),
            tenant_id=filled.tenant_id,
            server_seq=9_000_001,
            person_id=person.id,
            personnummer="198501012382",
            email=reg.email,
            first_name=person.first_name,
            last_name=person.last_name,
            program_code="TDATA",
            program_name="Civilingenjör datateknik",
            degree=None,
            credits=87.0,
            graduation_year=2009,
        )
        s.add(record)
        reg.decision_reason = "No degree found in student records; credits 87 < 180"
        reg.decision_details = {
            "rules": [
                {
                    "kind": "degree_awarded",
                    "held": False,
                    "reason": "No degree found in student records",
                    "rule_id": None,
                },
                {
                    "kind": "min_credits",
                    "held": False,
                    "reason": "credits 87 < 180",
                    "rule_id": None,
                },
            ],
            "match": {
                "person_id": person.id,
                "on": "email",
                "score": 85,
                "signals": ["e-mail", "name 100%"],
                "conflict": None,
            },
            "candidates": [
                {
                    "person_id": other.id,
                    "name": other.full_name,
                    "score": 62,
                    "signals": ["birth date", "name 81%"],
                }
            ],
            "student_records": {"found": 1, "record_ids": [record.id], "programs": ["TDATA"]},
        }
        reg.matched_on = "email"
        for n, (kind, params) in enumerate(
            (("degree_awarded", {}), ("min_credits", {"min_credits": 180.0}))
        ):
            s.add(
                AlumniRule(
                    id=new_id(),
                    tenant_id=filled.tenant_id,
                    server_seq=9_000_010 + n,
                    kind=kind,
                    params=params,
                    position=n,
                    active=True,
                    description="",
                )
            )
        return {"item": first, "person": person.id, "record": record.id, "other": other.id}


def outbox(guard: GuiThreadGuard, store: ClientStore) -> list[dict[str, Any]]:
    """The queued commands, oldest first: name, args, id."""
    with guard.allowed(), store.sessions() as s:
        return [
            {"id": e.command_id, "name": e.name, "args": json.loads(e.args)}
            for e in s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq))
        ]


def server_row(
    guard: GuiThreadGuard, store: ClientStore, item: str, **changes: Any
) -> dict[str, Any]:
    """The item's local row in the server's JSON form, with ``changes``."""
    with guard.allowed(), store.sessions() as s:
        reg = s.get(AlumniRegistration, item)
        assert reg is not None
        row = {c.name: getattr(reg, c.key) for c in AlumniRegistration.__table__.columns}
    row.update(changes)
    row["server_seq"] = int(row["server_seq"] or 0) + 1_000_000
    return {k: (_iso(v) if isinstance(v, datetime) else v) for k, v in row.items()}


def answer(
    guard: GuiThreadGuard,
    store: ClientStore,
    filled: Filled,
    *,
    applied: list[str] = (),  # type: ignore[assignment]
    conflicts: list[str] = (),  # type: ignore[assignment]
) -> None:
    """Record server answers as the sync engine would: commands applied (the server's row
    is the local one), and decisions refused because :data:`OTHER_OFFICER` denied the item
    first (with the server's row)."""
    entries = {e["id"]: e for e in outbox(guard, store)}
    results: list[dict[str, Any]] = []
    for command_id in applied:
        item = entries[command_id]["args"]["alumni_registration_id"]
        rows = {"alumni_registration": [server_row(guard, store, item)]}
        results.append({"id": command_id, "status": "applied", "rows": rows})
    for command_id in conflicts:
        item = entries[command_id]["args"]["alumni_registration_id"]
        row = server_row(
            guard,
            store,
            item,
            status="denied",
            decided_by=OTHER_OFFICER,
            decided_at=DECIDED_AT,
            denial_reason="No degree in our records",
            updated_at=DECIDED_AT,
        )
        results.append(
            {
                "id": command_id,
                "status": "rejected",
                "code": "conflict",
                "message": f"Already denied by {OTHER_OFFICER} at 2026-11-23 13:02",
                "details": {
                    "status": "denied",
                    "decided_by": OTHER_OFFICER,
                    "decided_at": DECIDED_AT.isoformat(),
                },
                "rows": {"alumni_registration": [row]},
            }
        )
    with guard.allowed():
        store.record_push_results(results, actor=filled.actor)


def _iso(value: datetime) -> str:
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()


def set_status(guard: GuiThreadGuard, store: ClientStore, item: str, status: str) -> None:
    with guard.allowed(), store.session() as s:
        s.execute(
            update(AlumniRegistration).where(AlumniRegistration.id == item).values(status=status)
        )
