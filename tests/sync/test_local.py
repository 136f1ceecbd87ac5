"""The engine of a database without a server: the SyncEngine's interface, no sync."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from models import Person, Role
from models.commands import Command, build
from models.ids import new_id
from sync.local import LocalEngine
from sync.store import ClientStore, NotQueued
from tests import factories as f
from tests.sync.test_client_store import _seed


def _create(pid: str, last_name: str = "Ek") -> Command[Any]:
    args = {"person_id": pid, "first_name": "Sara", "last_name": last_name}
    return build("person.create", 1, args, id=new_id())


def test_local_engine_queues_takes_back_and_lets_refusals_go_or_retries_them(
    tmp_path: Path,
) -> None:
    store = ClientStore(tmp_path / "c.db")
    actor = f.actor(_seed(store), Role.COURSE_ADMIN)
    engine = LocalEngine(store, actor=actor)
    assert engine.client is None and engine.state.status == "local"
    engine.start(30)  # nothing to run; never fails
    engine.trigger()

    kept, taken_back = new_id(), new_id()
    engine.execute(_create(kept), actor)
    undone = _create(taken_back)
    engine.execute_many([undone], actor)
    assert store.pending_count() == 2
    engine.withdraw(undone.id)
    with store.sessions() as s:
        assert s.get(Person, kept) is not None and s.get(Person, taken_back) is None
    with pytest.raises(NotQueued):
        engine.withdraw(undone.id)

    # A refusal kept from an earlier sync with a server: retried with new args, or let go.
    [queued] = store.outbox()
    store.record_push_results(
        [{"id": queued.command_id, "status": "rejected", "code": "conflict", "message": "No"}],
        actor=actor,
    )
    args = {"person_id": kept, "first_name": "Sara", "last_name": "Alm"}
    engine.retry_rejection(queued.command_id, args)
    assert store.rejection(queued.command_id).state == "retried"  # type: ignore[union-attr]
    with store.sessions() as s:
        assert s.get(Person, kept).last_name == "Alm"  # type: ignore[union-attr]
    [retried] = store.outbox()
    store.record_push_results(
        [{"id": retried.command_id, "status": "rejected", "code": "conflict", "message": "No"}],
        actor=actor,
    )
    engine.discard_rejection(retried.command_id)
    assert store.rejected_count() == 0 and store.pending_count() == 0
    engine.close()
    store.close()


def test_local_engine_acts_as_the_account_recorded_in_the_file(tmp_path: Path) -> None:
    store = ClientStore(tmp_path / "c.db")
    engine = LocalEngine(store)
    with pytest.raises(Exception, match="sign in first"):
        engine.actor()
    store.remember_account(
        server_url="http://server",
        user={"id": "u1", "email": "a@example.se"},
        tenant={"id": "t1", "slug": "t"},
        roles=["admin"],
    )
    assert engine.actor().email == "a@example.se" and engine.actor().roles == {"admin"}
    store.close()
