"""Organisations, customers, contracts and agents over the real server (issue 15): two
offline clients' creates and edits meet on the server, and an archive (the row's
tombstone) and its restore reach the other client, which ends with the server's rows."""

from __future__ import annotations

from pathlib import Path

from models.ids import new_id
from models.organisations import Contract, Customer, Organisation
from sync.engine import SyncEngine
from tests.sync.helpers import (
    Account,
    close,
    command,
    connect,
    differences,
    local_view,
    server_view,
)
from tests.utils.servers import LiveServer


def _archive(key: str, row_id: str, to: bool) -> dict[str, object]:
    return {key: row_id, "changes": {"archived": {"old": not to, "new": to}}}


def _same_as_server(*engines: SyncEngine) -> None:
    for engine in engines:
        assert differences(local_view(engine.store), server_view(engine.client)) == []


def test_two_clients_customers_and_an_archived_contract_restored_end_as_the_server(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    a = connect(server.url, account, tmp_path / "a.db")
    b = connect(server.url, account, tmp_path / "b.db")
    org, customer, contract = new_id(), new_id(), new_id()
    try:
        a.execute(
            command("organisation.create", {"organisation_id": org, "name": "Nordfirma AB"}),
            a.actor(),
        )
        a.execute(
            command("customer.create", {"customer_id": customer, "organisation_id": org}),
            a.actor(),
        )
        a.execute(
            command(
                "contract.create",
                {"contract_id": contract, "customer_id": customer, "title": "Ramavtal"},
            ),
            a.actor(),
        )
        assert a.sync_once().applied == 3
        b.sync_once()
        # Offline: A sets the customer number and the city, B renames the contract.
        number = {"customer_number": {"old": "", "new": "K-9"}}
        a.execute(command("customer.edit", {"customer_id": customer, "changes": number}), a.actor())
        city = {"city": {"old": "", "new": "Kiruna"}}
        a.execute(
            command("organisation.edit", {"organisation_id": org, "changes": city}), a.actor()
        )
        title = {"title": {"old": "Ramavtal", "new": "Ramavtal 2027"}}
        b.execute(command("contract.edit", {"contract_id": contract, "changes": title}), b.actor())
        assert a.sync_once().applied == 2
        assert b.sync_once().applied == 1
        a.sync_once()
        _same_as_server(a, b)
        with b.store.sessions() as s:
            row = s.get(Customer, customer)
            assert row is not None and row.customer_number == "K-9"
            assert s.get(Organisation, org).city == "Kiruna"  # type: ignore[union-attr]

        # A archives the contract: B's copy is archived at its next pull; then restored.
        a.execute(command("contract.archive", _archive("contract_id", contract, True)), a.actor())
        assert a.sync_once().applied == 1
        b.sync_once()
        with b.store.sessions() as s:
            archived = s.get(Contract, contract)
            assert archived is not None and archived.archived
        a.execute(command("contract.archive", _archive("contract_id", contract, False)), a.actor())
        assert a.sync_once().applied == 1
        b.sync_once()
        with b.store.sessions() as s:
            back = s.get(Contract, contract)
            assert back is not None and not back.archived and back.title == "Ramavtal 2027"
        _same_as_server(a, b)
    finally:
        close(a)
        close(b)
