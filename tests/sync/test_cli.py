"""``python -m sync``: a first sync from the command line, printing progress."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from models import Person
from sync.store import ClientStore
from tests.sync.helpers import Account, new_account, seed_people
from tests.utils.servers import REPO, LiveServer, free_port


def run_cli(*args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        # No keyring on a CI machine: the CLI must say so and keep the token in memory.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    env.pop("KANSLI_TOKEN", None)
    return subprocess.run(
        [sys.executable, "-m", "sync", *args],
        input=(password + "\n") if password is not None else "",
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )


def test_first_sync_from_the_command_line_prints_progress_and_state(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    seed_people(server.db_url, account.tenant_id, 500)  # 1,500 rows and 2 categories
    db = tmp_path / "kansli.db"
    result = run_cli(
        "--server",
        server.url,
        "--user",
        account.email,
        "--db",
        str(db),
        "--tenant",
        account.tenant,
        "--password-stdin",
        "--page-size",
        "400",
        password=account.password,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "No secure password store is available on this computer" in out
    assert "pulled 1 pages, 400 rows" in out
    assert "pulled 4 pages, 1,502 rows" in out and "rows/s" in out
    assert "pulled 1,502 rows in 4 pages" in out
    assert "State: online · 0 pending · 0 need attention · last sync" in out
    store = ClientStore(db)
    with store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 500
    store.close()


def test_wrong_password_exits_with_the_sign_in_code(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    result = run_cli(
        "--server",
        server.url,
        "--user",
        account.email,
        "--db",
        str(tmp_path / "k.db"),
        "--password-stdin",
        password="wrong",
    )
    assert result.returncode == 4
    assert "Sign-in refused" in result.stdout


def test_unreachable_server_exits_with_the_offline_code(tmp_path: Path) -> None:
    result = run_cli(
        "--server",
        f"http://127.0.0.1:{free_port()}",
        "--user",
        "a@ex.se",
        "--db",
        str(tmp_path / "k.db"),
        "--password-stdin",
        password="x",
    )
    assert result.returncode == 3
    assert "Offline: Cannot reach the server" in result.stdout
    assert "State: offline" in result.stdout


def test_database_of_another_account_is_refused(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    db = tmp_path / "k.db"
    first = run_cli(
        "--server",
        server.url,
        "--user",
        account.email,
        "--db",
        str(db),
        "--password-stdin",
        password=account.password,
    )
    assert first.returncode == 0, first.stdout
    other = new_account(server.db_url)
    second = run_cli(
        "--server",
        server.url,
        "--user",
        other.email,
        "--db",
        str(db),
        "--password-stdin",
        password=other.password,
    )
    assert second.returncode == 1
    assert f"holds the data of {account.email}" in second.stdout


def test_a_damaged_database_is_rebuilt_and_said_with_the_unsent_change_sent(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    from models.commands import build
    from models.ids import new_id

    seed_people(server.db_url, account.tenant_id, 5, seed=5)
    db = tmp_path / "kansli.db"
    common = ("--server", server.url, "--user", account.email, "--db", str(db))
    login = ("--tenant", account.tenant, "--password-stdin")
    first = run_cli(*common, *login, password=account.password)
    assert first.returncode == 0, first.stdout + first.stderr
    store = ClientStore(db)
    actor = store.actor()
    assert actor is not None
    args = {"person_id": new_id(), "first_name": "Offline", "last_name": "Ny"}
    store.execute(build("person.create", 1, args, id=new_id()), actor)
    store.close()
    with db.open("r+b") as f:
        f.write(bytes(100))  # the header zeroed

    again = run_cli(*common, *login, password=account.password)
    assert again.returncode == 0, again.stdout + again.stderr
    out = again.stdout
    assert "The local database was damaged and has been rebuilt: 1 unsent change(s) kept" in out
    assert f"the damaged file is kept at {db}.damaged-" in out
    assert "pushed 1 (1 applied, 0 refused)" in out
    assert "Traceback" not in again.stderr
