"""Production start-up: the probes, settings from a file, and what ``serve`` and
``worker`` refuse (docs/SCALING.md; the several-process run: test_multiprocess.py)."""

from __future__ import annotations

import os
import re
import signal
import socket
import time
from pathlib import Path

import pytest
import requests
from sqlalchemy import text

from server.cli import main
from server.db import migrate
from server.services.database import Database
from server.settings import Settings
from tests.server.conftest import api_settings
from tests.utils.servers import InProcessServer, LiveServer, wait_until

PRODUCTION = {"KANSLI_SECRET_KEY": "k" * 40, "KANSLI_PUBLIC_BASE_URL": "https://kansli.test"}


def _probe(url: str, path: str) -> requests.Response:
    resp = requests.get(f"{url}{path}", timeout=10)
    # No sign-in, no cookies, nothing of any person: the version and a code at most.
    assert "set-cookie" not in {k.lower() for k in resp.headers}
    return resp


def test_readyz_waits_for_the_schema_healthz_only_for_the_process(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.db'}"
    migrate(url, "0044")  # the schema of the version before
    db = Database(url)
    server = InProcessServer(api_settings(url), db).start()
    try:
        assert _probe(server.url, "/healthz").json()["status"] == "ok"
        unready = _probe(server.url, "/readyz")
        assert unready.status_code == 503 and unready.json()["detail"]["code"] == "not_migrated"
        assert unready.headers["Retry-After"] == "5"
        migrate(url)
        ready = _probe(server.url, "/readyz")
        assert ready.status_code == 200 and ready.json()["status"] == "ok"
        assert ready.json()["database_schema"] == "current"
        # A newer version migrated first (a rolling deploy): this one serves on, and says so.
        with db.transaction() as s:
            s.execute(text("UPDATE alembic_version SET version_num = '9999_of_a_newer_version'"))
        ahead = _probe(server.url, "/readyz")
        assert ahead.status_code == 200 and ahead.json()["database_schema"] == "ahead"
        db.engine.dispose()
        (tmp_path / "server.db").unlink()
        (tmp_path / "server.db").mkdir()  # the database gone: no longer a file to open
        gone = _probe(server.url, "/readyz")
        assert gone.status_code == 503 and gone.json()["detail"]["code"] == "unavailable"
        assert _probe(server.url, "/healthz").status_code == 200
    finally:
        server.stop()
        db.dispose()


def test_settings_come_from_the_named_file_under_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "kansli.env"
    file.write_text(
        "# production settings\n"
        "KANSLI_PUBLIC_BASE_URL=https://kansli.example.se\n"
        "KANSLI_SECRET_KEY=from-the-file-a-long-enough-secret-key\n"
        "KANSLI_WEB_WORKERS=3\n"
        "KANSLI_SMTP_PORT=2525\n"
    )
    file.chmod(0o640)
    for name in ("KANSLI_PUBLIC_BASE_URL", "KANSLI_SECRET_KEY", "KANSLI_WEB_WORKERS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("KANSLI_SETTINGS_FILE", str(file))
    monkeypatch.setenv("KANSLI_SMTP_PORT", "2526")  # the environment wins over the file
    settings = Settings()
    assert settings.public_base_url == "https://kansli.example.se"
    assert settings.secret_key.get_secret_value() == "from-the-file-a-long-enough-secret-key"
    assert (settings.web_workers, settings.smtp_port) == (3, 2526)
    assert settings.missing_for_production() == []
    # A file named but not there: refused with its name, not served on the defaults.
    monkeypatch.setenv("KANSLI_SETTINGS_FILE", str(tmp_path / "missing.env"))
    assert main(["migrate", "--database", f"sqlite:///{tmp_path / 'x.db'}"]) == 1
    assert not (tmp_path / "x.db").exists()


def test_serve_and_worker_refuse_what_production_cannot_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("KANSLI_SETTINGS_FILE", raising=False)
    for name in PRODUCTION:
        monkeypatch.delenv(name, raising=False)
    db = ["--database", f"sqlite:///{tmp_path / 'server.db'}"]
    # The worker signs SMS receipts and writes links in mails: the same two settings.
    assert main(["worker", "--once", *db]) == 1
    err = capsys.readouterr().err
    assert "set KANSLI_SECRET_KEY and KANSLI_PUBLIC_BASE_URL before sending mail" in err
    for name, value in PRODUCTION.items():
        monkeypatch.setenv(name, value)
    assert main(["serve", "--workers", "2", *db]) == 1
    assert "--workers 2 needs PostgreSQL" in capsys.readouterr().err
    pg = ["--database", "postgresql+psycopg://kansli@127.0.0.1:1/none"]
    assert main(["serve", "--workers", "2", "--worker", *pg]) == 1
    assert "run them apart, in `kansli-server worker`" in capsys.readouterr().err
    monkeypatch.setenv("KANSLI_WEB_WORKERS", "0")
    assert main(["serve", *pg]) == 1
    assert "web_workers" in capsys.readouterr().err


def test_serve_workers_replaces_a_dead_web_process_and_all_die_when_killed(pg_url: str) -> None:
    server = LiveServer(pg_url, args=("--workers", "2")).start()
    started = re.compile(r"Started server process \[(\d+)\]")

    def processes() -> list[int]:
        return [int(pid) for pid in started.findall(server.log_path.read_text())]

    try:
        first = wait_until(lambda: len(processes()) >= 2 and processes(), what="two processes")
        os.kill(first[0], signal.SIGKILL)
        # uvicorn's supervisor starts another in its place; the port answers throughout.
        wait_until(lambda: len(processes()) >= 3, timeout=60, what="the replacement")
        assert all(_probe(server.url, "/readyz").status_code == 200 for _ in range(10))
        # A crash of the whole server (kill): no web process of it keeps serving the port.
        server.kill()
        wait_until(lambda: not _port_open(server.port), timeout=10, what="the port closed")
    finally:
        server.stop()


def _port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(2)
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_a_settings_file_others_may_write_is_refused_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "kansli.env"
    file.write_text("KANSLI_SMTP_PORT=2525\n")
    monkeypatch.setenv("KANSLI_SETTINGS_FILE", str(file))
    monkeypatch.delenv("KANSLI_SMTP_PORT", raising=False)
    for mode in (0o620, 0o602):
        file.chmod(mode)
        assert main(["migrate", "--database", f"sqlite:///{tmp_path / 'x.db'}"]) == 1
        err = capsys.readouterr().err
        assert f"the settings file {file} may be written by others" in err
        assert not (tmp_path / "x.db").exists()
    file.chmod(0o644)  # readable by anyone: started, with a warning naming the file
    with pytest.warns(UserWarning, match=f"the settings file {file} may be read by anyone"):
        assert Settings().smtp_port == 2525
    file.chmod(0o640)
    assert Settings().smtp_port == 2525


def test_a_refused_setting_is_not_repeated_in_the_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The error goes to the journal: a database URL's password must not go with it.
    monkeypatch.delenv("KANSLI_SETTINGS_FILE", raising=False)
    monkeypatch.setenv("KANSLI_DATABASE_URL", "mysql://kansli:hunter2-db-password@db/kansli")
    monkeypatch.setenv("KANSLI_SMTP_PASSWORD", "hunter3-smtp-password")
    monkeypatch.setenv("KANSLI_SMTP_PORT", "hunter4-not-a-port")
    assert main(["migrate"]) == 1
    err = capsys.readouterr().err
    assert "database_url" in err and "smtp_port" in err
    assert "hunter" not in err and "input_value" not in err


@pytest.mark.parametrize(
    ("name", "value", "refused"),
    [
        ("KANSLI_SECRET_KEY", "", "KANSLI_SECRET_KEY"),
        ("KANSLI_SECRET_KEY", "   ", "KANSLI_SECRET_KEY"),
        ("KANSLI_SECRET_KEY", "k" * 31, "KANSLI_SECRET_KEY (at least 32 characters)"),
        ("KANSLI_PUBLIC_BASE_URL", "", "KANSLI_PUBLIC_BASE_URL"),
        (
            "KANSLI_PUBLIC_BASE_URL",
            "kansli.example.se",
            "KANSLI_PUBLIC_BASE_URL (an absolute http:// or https:// URL)",
        ),
        (
            "KANSLI_PUBLIC_BASE_URL",
            "ftp://kansli.example.se",
            "KANSLI_PUBLIC_BASE_URL (an absolute http:// or https:// URL)",
        ),
    ],
)
def test_production_refuses_blank_or_unfit_settings(
    name: str,
    value: str,
    refused: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("KANSLI_SETTINGS_FILE", raising=False)
    for key, good in PRODUCTION.items():
        monkeypatch.setenv(key, good)
    assert Settings().missing_for_production() == []
    monkeypatch.setenv(name, value)
    assert Settings().missing_for_production() == [refused]
    assert main(["worker", "--once", "--database", f"sqlite:///{tmp_path / 's.db'}"]) == 1
    assert f"set {refused} before sending mail" in capsys.readouterr().err


def test_readyz_gives_a_database_that_does_not_answer_two_seconds(tmp_path: Path) -> None:
    # A database host that takes the connection and never answers (a hung server, a
    # firewall dropping packets): /readyz says so in about 2 s, not after the pool's 30.
    with socket.socket() as hung:
        hung.bind(("127.0.0.1", 0))
        hung.listen(8)  # the handshake completes in the kernel; nothing ever answers
        url = f"postgresql+psycopg://kansli@127.0.0.1:{hung.getsockname()[1]}/kansli"
        db = Database(url)
        server = InProcessServer(api_settings(f"sqlite:///{tmp_path / 'x.db'}"), db).start()
        try:
            started = time.monotonic()
            resp = _probe(server.url, "/readyz")
            assert resp.status_code == 503 and resp.json()["detail"]["code"] == "unavailable"
            assert time.monotonic() - started < 5
        finally:
            server.stop()
            db.dispose()
