"""Person categories over the real server (issue 15): a category made, renamed, given to
many, archived and restored on one client reaches another, tombstone and revival alike, and
two clients naming a category alike offline end with one."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from models import Category, PersonCategory
from models.ids import new_id
from sync.engine import SyncEngine
from tests.sync.helpers import (
    Account,
    close,
    command,
    connect,
    differences,
    local_view,
    seed_people,
    server_view,
)
from tests.utils.servers import LiveServer


def _category(engine: SyncEngine, category_id: str) -> tuple[str, bool] | None:
    with engine.store.sessions() as s:
        row = s.get(Category, category_id)
        return (row.name, row.archived) if row is not None else None


def _holders(engine: SyncEngine, category_id: str) -> set[str]:
    with engine.store.sessions() as s:
        return set(
            s.scalars(
                select(PersonCategory.person_id).where(
                    PersonCategory.category_id == category_id,
                    PersonCategory.deleted_at.is_(None),
                )
            )
        )


def test_a_category_made_given_archived_and_restored_on_one_client_reaches_the_other(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    people = seed_people(server.db_url, account.tenant_id, 3)
    a = connect(server.url, account, tmp_path / "a.db")
    b = connect(server.url, account, tmp_path / "b.db")
    try:
        a.sync_once()
        b.sync_once()
        cid = new_id()
        a.execute(command("category.create", {"category_id": cid, "name": "Mentor"}), a.actor())
        a.execute(
            command("person.set_category_many", {"person_ids": people, "category_key": "mentor"}),
            a.actor(),
        )
        rename = {"name": {"old": "Mentor", "new": "Mentorer"}}
        a.execute(command("category.rename", {"category_id": cid, "changes": rename}), a.actor())
        assert a.sync_once().applied == 3
        b.sync_once()
        assert _category(b, cid) == ("Mentorer", False)
        assert _holders(b, cid) == set(people)

        archive = {"archived": {"old": False, "new": True}}
        b.execute(command("category.archive", {"category_id": cid, "changes": archive}), b.actor())
        assert b.sync_once().applied == 1
        a.sync_once()
        assert _category(a, cid) == ("Mentorer", True)
        assert _holders(a, cid) == set(people)  # persons keep an archived category
        restore = {"archived": {"old": True, "new": False}}
        a.execute(command("category.archive", {"category_id": cid, "changes": restore}), a.actor())
        a.sync_once()
        b.sync_once()
        assert _category(b, cid) == ("Mentorer", False)
        for engine in (a, b):
            assert differences(local_view(engine.store), server_view(engine.client)) == []
    finally:
        close(a)
        close(b)


def test_two_clients_naming_a_category_alike_offline_end_with_one(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    a = connect(server.url, account, tmp_path / "c.db")
    b = connect(server.url, account, tmp_path / "d.db")
    try:
        a.sync_once()
        b.sync_once()
        first, second = new_id(), new_id()
        a.execute(command("category.create", {"category_id": first, "name": "Styrelse"}), a.actor())
        b.execute(
            command("category.create", {"category_id": second, "name": "styrelse"}), b.actor()
        )
        assert a.sync_once().applied == 1
        report = b.sync_once()
        assert (report.applied, report.rejected) == (0, 1)
        b.sync_once()
        with b.store.sessions() as s:
            names = s.scalars(select(Category.name).where(Category.key == "styrelse")).all()
        assert names == ["Styrelse"]
    finally:
        close(a)
        close(b)
