"""Internal notes on a registration over the real server (issue 20, seed 000): a note
written on one client while it has not synced (it waits in the outbox) reaches the server
and another client with its timeline entry; a withdrawal on the other client comes back to
the first, the note kept with who withdrew it; a second withdrawal, made offline before
pulling the first, is refused by the server with the withdrawer's name."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from models import Activity
from models.ids import new_id
from models.registration_notes import RegistrationNote
from sync.engine import SyncEngine
from tests.sync.helpers import (
    Account,
    close,
    command,
    connect,
    differences,
    local_view,
    seed_varied,
    server_view,
)
from tests.utils.servers import LiveServer

TEXT = "Godkännande mottaget per telefon från chefen 3/12.\nHon bekräftar priset."


def _note(engine: SyncEngine, note_id: str) -> tuple[str, str, str | None] | None:
    with engine.store.sessions() as s:
        row = s.get(RegistrationNote, note_id)
        return (row.text, row.author_email, row.removed_by) if row is not None else None


def _timeline(engine: SyncEngine, registration_id: str) -> list[tuple[str, str]]:
    with engine.store.sessions() as s:
        return [
            (a.kind, a.body)
            for a in s.scalars(
                select(Activity)
                .where(Activity.registration_id == registration_id)
                .order_by(Activity.occurred_at, Activity.id)
            )
        ]


def test_a_note_written_on_one_client_reaches_another_and_a_withdrawal_comes_back(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    ids = seed_varied(server.db_url, account.tenant_id)
    reg = ids["registration"]
    a = connect(server.url, account, tmp_path / "a.db")
    b = connect(server.url, account, tmp_path / "b.db")
    try:
        a.sync_once()
        b.sync_once()
        note_id = new_id()
        args = {"registration_id": reg, "note_id": note_id, "text": TEXT}
        a.execute(command("registration.add_note", args), a.actor())
        assert [e.name for e in a.store.outbox()] == ["registration.add_note"]  # not yet sent
        assert a.store.pending_ids("registration_note", [note_id]) == {note_id}
        assert a.sync_once().applied == 1
        assert a.store.outbox() == []
        b.sync_once()
        assert _note(b, note_id) == (TEXT, account.email, None)
        assert _timeline(b, reg)[-1] == ("registration_note", TEXT)

        b.execute(command("registration.remove_note", {"note_id": note_id}), b.actor())
        # The first client withdraws it too, before it has heard of the other's.
        a.execute(command("registration.remove_note", {"note_id": note_id}), a.actor())
        assert b.sync_once().applied == 1
        report = a.sync_once()
        assert report.applied == 0 and report.rejected == 1
        [issue] = a.store.open_rejections()
        assert issue.code == "transition_refused"
        assert f"already withdrawn by {account.email}" in issue.message
        # The server's truth replaced the refused local change: withdrawn once, by b.
        assert _note(a, note_id) == (TEXT, account.email, account.email)
        kinds = [kind for kind, _ in _timeline(a, reg)]
        assert kinds.count("registration_note_removed") == 1
        for engine in (a, b):
            assert differences(local_view(engine.store), server_view(engine.client)) == []
    finally:
        close(a)
        close(b)
