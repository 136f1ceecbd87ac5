"""``ClientStore.execute_many`` in bulk (an import is thousands of commands): the same
result as one command after the other, in one transaction, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import Category, Person, PersonEmail, Role
from models.commands import build
from models.errors import DomainError
from models.ids import new_id
from sync.store import ClientStore, OutboxEntry, PendingRow
from tests import factories as f


def _people(n: int, *, bad_at: int | None = None) -> list:  # type: ignore[type-arg]
    commands = []
    for i in range(n):
        commands.append(
            build(
                "person.create",
                1,
                {
                    "person_id": new_id(),
                    "first_name": f"Anna{i}",
                    "last_name": "Berg",
                    "emails": [{"address": f"anna{i}@firma.se"}],
                    # A missing organisation: the command is refused when applied.
                    "organisation_id": new_id() if i == bad_at else None,
                },
                id=new_id(),
            )
        )
    return commands


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = ClientStore(tmp_path / "c.db")
    yield store
    store.close()


def _tenant(store: ClientStore) -> str:
    tenant_id = new_id()
    with store.session() as s:
        s.add(Category(id=new_id(), tenant_id=tenant_id, key="alumnus", name="Alumnus"))
    return tenant_id


def test_many_commands_are_applied_and_queued_in_order_with_their_pending_rows(
    store: ClientStore,
) -> None:
    actor = f.actor(_tenant(store), Role.COURSE_ADMIN)
    commands = _people(250)
    seen: list[tuple[int, int]] = []
    outcomes = store.execute_many(commands, actor, progress=lambda n, t: seen.append((n, t)))
    assert len(outcomes) == 250 and seen[-1] == (250, 250) and len(seen) == 250
    assert [e.command_id for e in store.outbox()] == [c.id for c in commands]
    assert store.outbox()[7].envelope()["args"]["first_name"] == "Anna7"
    with store.sessions() as s:
        pending = {(p.table_name, p.row_id, p.command_id) for p in s.scalars(select(PendingRow))}
        expected = {(t, r, c.id) for c, o in zip(commands, outcomes, strict=True)
                    for t, r in o.concerns}  # fmt: skip
        assert pending == expected and len(pending) == 500  # person and e-mail each
        assert s.scalar(select(func.count()).select_from(Person)) == 250
    with store.engine.connect() as conn:
        # Capture is off at rest, and every created row is noted as made locally.
        assert conn.exec_driver_sql("SELECT enabled FROM sync_capture").scalar() == 0
        made = conn.exec_driver_sql(
            "SELECT count(*) FROM row_base WHERE table_name = 'person' AND existed = 0"
        ).scalar()
        assert made == 250


def test_a_refused_command_among_many_leaves_nothing(store: ClientStore) -> None:
    actor = f.actor(_tenant(store), Role.COURSE_ADMIN)
    with pytest.raises(DomainError):
        store.execute_many(_people(50, bad_at=40), actor)
    assert store.outbox() == [] and store.pending_count() == 0
    with store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0
        assert s.scalar(select(func.count()).select_from(PersonEmail)) == 0
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT enabled FROM sync_capture").scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM row_base").scalar() == 0
