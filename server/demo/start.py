"""``kansli-server demo``: the local demo on one machine (seed 000, "one command").

A server on SQLite with the demo data, a mail catcher and the worker, on a
loopback port. Once it answers, :func:`run` writes what the desktop needs to
know (URL, mail folder, SMS spool, users) to the info file; the file goes
when the demo ends. :func:`prepare` builds today's seeded database once, so
a later start copies it instead of migrating and seeding
(:mod:`server.demo.template`).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import uvicorn
from pydantic import SecretStr

from models.files import private_dir, private_file
from server.app import create_app
from server.db import migrate
from server.demo import template
from server.demo.mailcatcher import MailCatcher
from server.demo.seed import SeedReport, demo_report, seed_demo
from server.logging import configure_logging
from server.services.database import Database
from server.settings import Settings

DB_NAME = "kansli-demo.db"


def prepare() -> int:
    """Build today's demo database once and keep it for later demo starts."""
    with tempfile.TemporaryDirectory(prefix="kansli-demo-prepare-") as tmp:
        db_file = Path(tmp) / DB_NAME
        url = f"sqlite:///{db_file}"
        migrate(url)
        db = Database(url)
        try:
            seed_demo(db)
        finally:
            db.dispose()
        saved = template.save(db_file)
    if saved is None:
        print("could not keep the demo database; the demo will build it when it starts")
        return 1
    print(f"demo database ready: {saved}")
    return 0


def run(*, data_dir: Path, info_file: Path, port: int) -> int:
    """Serve the demo from ``data_dir`` (its people, mail and codes) until stopped."""
    data_dir = private_dir(data_dir.resolve())
    info_file = info_file.resolve()
    info_file.unlink(missing_ok=True)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"

    catcher = MailCatcher(data_dir / "mail").start()
    settings = _settings(data_dir, url, smtp_port=catcher.port)
    configure_logging(settings.log_level)
    db, report = _open_database(data_dir / DB_NAME, settings)
    info = {
        "url": url,
        "smtp_port": catcher.port,
        "mail_dir": str(data_dir / "mail"),
        "sms_file": str(data_dir / "sms-outbox.jsonl"),
        "tenant": report.tenant_slug,
        "users": report.users,
    }

    def announce() -> None:
        if _wait_until_answering(url, time.monotonic() + 60):
            tmp = private_file(info_file.with_suffix(info_file.suffix + ".tmp"))
            tmp.write_text(json.dumps(info, indent=2))
            tmp.replace(info_file)

    threading.Thread(target=announce, name="kansli-demo-announce", daemon=True).start()
    app = create_app(settings, db=db)
    config = uvicorn.Config(app, log_config=None, access_log=False, proxy_headers=False)
    server = uvicorn.Server(config)
    # uvicorn shuts down gracefully on SIGTERM and then re-raises the signal; with
    # this handler that ends in SystemExit, so the clean-up below still runs.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        server.run(sockets=[sock])
    finally:
        catcher.stop()
        db.dispose()
        info_file.unlink(missing_ok=True)
    return 0


def _settings(data_dir: Path, url: str, *, smtp_port: int) -> Settings:
    """The demo server's settings: its own secret key, mail to the catcher, SMS to a file."""
    key_file = data_dir / "secret.key"
    if not key_file.exists():
        private_file(key_file).write_text(os.urandom(32).hex())
    return Settings(
        database_url=f"sqlite:///{data_dir / DB_NAME}",
        smtp_host="127.0.0.1",
        smtp_port=smtp_port,
        smtp_tls="none",
        public_base_url=url,
        secret_key=SecretStr(key_file.read_text().strip()),
        run_worker=True,
        worker_poll_seconds=1.0,
        mail_retry_base_seconds=2.0,
        # Demo SMS codes are written here instead of sent (no gateway on a laptop).
        sms_spool_file=data_dir / "sms-outbox.jsonl",
        log_level=os.environ.get("KANSLI_LOG_LEVEL", "INFO"),
    )


def _open_database(db_file: Path, settings: Settings) -> tuple[Database, SeedReport]:
    """The demo database: today's prepared copy when there is one, else migrated and seeded."""
    if not db_file.exists() and template.restore(db_file):
        # A copy of today's freshly seeded demo database: no migrating, no seeding.
        return Database(settings.database_url), demo_report()
    fresh = not db_file.exists()
    migrate(settings.database_url)
    db = Database(settings.database_url)
    report = seed_demo(db)
    if fresh:
        template.save(db_file)
    return db, report


def _wait_until_answering(url: str, deadline: float) -> bool:
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/api/v1/health", timeout=2) as resp:  # noqa: S310
                if resp.status == 200:
                    return True
        except OSError:
            time.sleep(0.05)
    return False
