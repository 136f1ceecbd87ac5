"""Files holding personal data are their owner's alone (folders 0700, files 0600):
the server's SQLite database with its -wal/-shm and data folder, the client's
local store, and everything the demo writes (data folder, database, key, info
file, mail catcher's .eml files, SMS spool, prepared-database cache).

Each test runs with the usual umask 022, under which these files used to be
created world-readable.
"""

from __future__ import annotations

import json
import os
import smtplib
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import text

from server.db import make_engine, migrate
from server.settings import default_database_url
from sync.store import ClientStore

REPO = Path(__file__).resolve().parents[2]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_the_server_database_and_its_wal_files_are_private(tmp_path: Path) -> None:
    db_file = tmp_path / "kansli.db"
    url = f"sqlite:///{db_file}"
    migrate(url)
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS probe (x INTEGER)"))
        conn.execute(text("INSERT INTO probe VALUES (1)"))
        companions = [db_file.with_name(db_file.name + s) for s in ("-wal", "-shm")]
        assert all(p.exists() for p in companions)
        assert [_mode(p) for p in [db_file, *companions]] == [0o600] * 3
    engine.dispose()


def test_an_older_world_readable_database_is_made_private(tmp_path: Path) -> None:
    db_file = tmp_path / "old.db"
    db_file.touch(mode=0o644)
    db_file.chmod(0o644)
    make_engine(f"sqlite:///{db_file}").dispose()
    assert _mode(db_file) == 0o600


def test_the_default_data_folder_is_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    url = default_database_url()
    folder = Path(url.removeprefix("sqlite:///")).parent
    assert folder.is_relative_to(tmp_path)
    assert _mode(folder) == 0o700


def test_the_client_store_and_its_folder_are_private(tmp_path: Path) -> None:
    store = ClientStore(tmp_path / "accounts" / "anna" / "kansli.db")
    try:
        assert _mode(store.path) == 0o600
        assert _mode(store.path.parent) == 0o700
        wal = store.path.with_name(store.path.name + "-wal")
        if wal.exists():
            assert _mode(wal) == 0o600
    finally:
        store.close()


def _wait_for(what: str, check: object, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not check():  # type: ignore[operator]
        assert time.monotonic() < deadline, what
        time.sleep(0.05)  # polling a condition with a deadline


def test_everything_the_demo_writes_is_private(tmp_path: Path) -> None:
    data_dir, info, cache = tmp_path / "demo", tmp_path / "demo-info.json", tmp_path / "cache"
    log = (tmp_path / "demo.log").open("ab")
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "server", "demo", "--port", "0"),
            *("--data-dir", str(data_dir), "--info-file", str(info)),
        ],
        cwd=REPO,
        env={**os.environ, "KANSLI_CACHE_DIR": str(cache)},
        stdout=subprocess.DEVNULL,
        stderr=log,
        umask=0o022,
    )
    try:
        _wait_for("the demo's info file", lambda: info.exists() or proc.poll() is not None)
        assert proc.poll() is None, (tmp_path / "demo.log").read_text()
        data = json.loads(info.read_text())
        mail = EmailMessage()
        mail["From"], mail["To"], mail["Subject"] = "a@example.se", "b@example.se", "Hej"
        mail.set_content("En länk: http://127.0.0.1/approve/abc")
        with smtplib.SMTP("127.0.0.1", data["smtp_port"], timeout=10) as smtp:
            smtp.send_message(mail)
        mail_dir = Path(data["mail_dir"])
        _wait_for("the .eml file", lambda: list(mail_dir.glob("*.eml")))
        [eml] = list(mail_dir.glob("*.eml"))
        assert _mode(info) == 0o600
        assert _mode(data_dir) == 0o700 and _mode(mail_dir) == 0o700
        assert _mode(eml) == 0o600
        for name in ("kansli-demo.db", "kansli-demo.db-wal", "kansli-demo.db-shm", "secret.key"):
            assert _mode(data_dir / name) == 0o600, name
        [kept] = cache.glob("demo-*.db")
        assert _mode(kept) == 0o600 and _mode(cache) == 0o700
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()
