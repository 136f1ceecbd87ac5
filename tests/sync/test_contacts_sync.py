"""The contact book's commands over the real server: two offline clients' links and
roles meet on the server and both end with its rows (issue 15, seed 002)."""

from __future__ import annotations

from pathlib import Path

from devtools.server_data import server_session
from models import Customer, Organisation
from models.contacts import TargetKind, links_of
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

MAIN, NOTIFY = "main_contact", "notification_recipient"


def _customer(db_url: str, tenant_id: str) -> str:
    with server_session(db_url) as s:
        org = Organisation(tenant_id=tenant_id, name="Nordfirma AB")
        s.add(org)
        s.flush()
        customer = Customer(tenant_id=tenant_id, organisation_id=org.id)
        s.add(customer)
        s.flush()
        return customer.id


def _roles(engine: SyncEngine, kind: TargetKind, target_id: str) -> dict[str, set[str]]:
    tenant_id = engine.actor().tenant_id
    with engine.store.sessions() as s:
        return {link.person_id: set(link.roles) for link in links_of(s, tenant_id, kind, target_id)}


def test_two_clients_links_and_roles_merge_with_one_main_contact(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    anna, bo = seed_people(server.db_url, account.tenant_id, 2)
    customer = _customer(server.db_url, account.tenant_id)
    target = {"target_kind": "customer", "target_id": customer}
    a = connect(server.url, account, tmp_path / "a.db")
    b = connect(server.url, account, tmp_path / "b.db")
    try:
        a.sync_once()
        b.sync_once()
        # Offline, each links Anna; A makes her the main contact, B makes Bo it.
        a.execute(
            command("contact.link", {**target, "person_id": anna, "roles": [MAIN]}), a.actor()
        )
        b.execute(
            command("contact.link", {**target, "person_id": anna, "roles": [NOTIFY]}), b.actor()
        )
        b.execute(command("contact.link", {**target, "person_id": bo, "roles": [MAIN]}), b.actor())
        assert a.sync_once().applied == 1
        assert b.sync_once().applied == 2
        a.sync_once()
        want = {anna: {NOTIFY}, bo: {MAIN}}
        for engine in (a, b):
            assert _roles(engine, TargetKind.CUSTOMER, customer) == want
            assert differences(local_view(engine.store), server_view(engine.client)) == []
        a.execute(command("contact.unlink", {**target, "person_id": anna}), a.actor())
        a.sync_once()
        b.sync_once()
        assert _roles(b, TargetKind.CUSTOMER, customer) == {bo: {MAIN}}
    finally:
        close(a)
        close(b)


def test_a_users_own_contact_is_kept_and_an_unknown_user_is_refused(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    [me] = seed_people(server.db_url, account.tenant_id, 1)
    engine = connect(server.url, account, tmp_path / "c.db")
    try:
        engine.sync_once()
        user_id = engine.actor().user_id
        assert user_id
        mine = {"target_kind": "user", "target_id": user_id, "person_id": me}
        engine.execute(command("contact.link", {**mine, "roles": [MAIN, NOTIFY]}), engine.actor())
        # Nobody's: the client cannot tell, the server refuses it.
        nobody = {**mine, "target_id": "0190f0b0-0000-7000-8000-000000000000"}
        engine.execute(command("contact.link", nobody), engine.actor())
        report = engine.sync_once()
        assert (report.applied, report.rejected) == (1, 1)
        assert _roles(engine, TargetKind.USER, user_id) == {me: {MAIN, NOTIFY}}
        assert _roles(engine, TargetKind.USER, nobody["target_id"]) == {}
        assert differences(local_view(engine.store), server_view(engine.client)) == []
    finally:
        close(engine)
