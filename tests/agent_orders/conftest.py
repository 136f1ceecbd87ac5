"""Fixtures of the agent-order tests.

One migrated database per backend (SQLite file, real PostgreSQL) for the
session; every test makes its own tenant (:func:`make_cast`). The HTTP tests
run the real app under uvicorn on a thread, with the mail worker in-process
sending to a real SMTP server (aiosmtpd), SMS through the outbox gateway
(the code is read from ``sms_outbox``) and BankID through the local v6
stand-in over mutual TLS.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from devtools.postgres import PostgresCluster
from server.db import migrate
from server.services.database import Database
from server.settings import Settings
from tests.agent_orders.builders import Cast, make_cast
from tests.agent_orders.live import LiveApp
from tests.server.smtp import SmtpServer
from tests.utils.bankid_standin import BankIdStandin, StandinCerts, make_certs
from tests.utils.servers import free_port

SECRET = "agent-order-tests-secret-key-0123456789"


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """One migrated database per backend for the session."""
    if request.param == "sqlite":
        url = f"sqlite:///{Path(tmp_path_factory.mktemp('agent-orders')) / 'server.db'}"
    else:
        cluster: PostgresCluster = request.getfixturevalue("pg_cluster")
        url = cluster.create_database("kansli_agent_orders")
    migrate(url)
    return url


@pytest.fixture(scope="session")
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    yield database
    database.dispose()


def settings_for(db_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": db_url,
        "public_base_url": "http://127.0.0.1:9",
        "smtp_host": "127.0.0.1",
        "smtp_port": free_port(),
        "secret_key": SECRET,
        "run_worker": False,
    }
    values.update(overrides)
    return Settings(**values)


def worker_settings(db_url: str, port: int, smtp: SmtpServer, **overrides: Any) -> Settings:
    """The settings of an app at ``port`` whose mail worker sends to ``smtp``."""
    return settings_for(
        db_url,
        public_base_url=f"http://127.0.0.1:{port}",
        smtp_port=smtp.port,
        run_worker=True,
        worker_poll_seconds=0.1,
        **overrides,
    )


@pytest.fixture(scope="session")
def settings(db_url: str) -> Settings:
    return settings_for(db_url)


@pytest.fixture
def cast(db: Database, settings: Settings) -> Cast:
    """A fresh tenant with agents A and B, a customer and one user per part."""
    return make_cast(db, settings)


@pytest.fixture(scope="session")
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def bankid_certs(tmp_path_factory: pytest.TempPathFactory) -> StandinCerts:
    return make_certs(tmp_path_factory.mktemp("bankid-certs"))


@pytest.fixture(scope="session")
def bankid(bankid_certs: StandinCerts) -> Iterator[BankIdStandin]:
    with BankIdStandin(bankid_certs) as standin:
        yield standin


@pytest.fixture(scope="session")
def live(
    db_url: str,
    db: Database,
    smtp: SmtpServer,
    bankid: BankIdStandin,
    bankid_certs: StandinCerts,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[LiveApp]:
    """The app with the mail worker, the SMS outbox gateway and BankID (the stand-in)."""
    port = free_port()
    settings = worker_settings(
        db_url,
        port,
        smtp,
        sms_spool_file=tmp_path_factory.mktemp("sms") / "outbox.jsonl",
        bankid_api_url=bankid.api_url,
        bankid_cert_file=bankid_certs.rp_cert,
        bankid_key_file=bankid_certs.rp_key,
        bankid_ca_file=bankid_certs.server_ca,
    )
    app = LiveApp(settings, db, port).start()
    yield app
    app.stop()


@pytest.fixture(scope="session")
def live_without_bankid(db_url: str, db: Database) -> Iterator[LiveApp]:
    """The app as installed by default: BankID not configured."""
    port = free_port()
    app = LiveApp(settings_for(db_url, public_base_url=f"http://127.0.0.1:{port}"), db, port)
    yield app.start()
    app.stop()
