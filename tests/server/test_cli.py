"""``kansli-server`` administration commands, run as the entry point runs them."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models.tenancy import Membership, Tenant, User
from server.cli import main
from server.services.auth import LoginOk, attempt_login
from server.services.database import Database
from server.settings import Settings


def test_migrate_create_tenant_and_user_then_sign_in(
    server_db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ["--database", server_db_url]
    assert main(["migrate", *db]) == 0
    assert main(["create-tenant", "uni", "--name", "Universitetet", *db]) == 0
    monkeypatch.setenv("KANSLI_NEW_PASSWORD", "ett långt lösenord")
    assert (
        main(
            [
                "create-user",
                "--tenant",
                "uni",
                "--email",
                "Eva@Uni.se",
                "--role",
                "admin,course_admin",
                "--role",
                "viewer",
                *db,
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "tenant uni created" in out
    assert "eva@uni.se has roles admin, course_admin, viewer in uni" in out
    database = Database(server_db_url)
    try:
        with database.transaction() as s:
            tenant = s.scalar(select(Tenant).where(Tenant.slug == "uni"))
            assert tenant is not None and tenant.name == "Universitetet"
            roles = set(s.scalars(select(Membership.role)))
            assert roles == {"admin", "course_admin", "viewer"}
            result = attempt_login(
                session=s,
                settings=Settings(database_url=server_db_url),
                email="eva@uni.se",
                password="ett långt lösenord",
                tenant_slug=None,
                address="cli-test",
            )
            assert isinstance(result, LoginOk)
            assert result.principal.roles == frozenset(roles)
    finally:
        database.dispose()


def test_bad_input_is_refused_with_a_message(
    server_db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ["--database", server_db_url]
    assert main(["migrate", *db]) == 0
    assert main(["create-tenant", "uni", *db]) == 0
    assert main(["create-tenant", "uni", *db]) == 1
    assert "already exists" in capsys.readouterr().err
    monkeypatch.setenv("KANSLI_NEW_PASSWORD", "ett långt lösenord")
    assert (
        main(["create-user", "--tenant", "uni", "--email", "a@uni.se", "--role", "boss", *db]) == 1
    )
    assert "Unknown role 'boss'" in capsys.readouterr().err
    assert (
        main(["create-user", "--tenant", "nope", "--email", "a@uni.se", "--role", "admin", *db])
        == 1
    )
    assert "No tenant 'nope'" in capsys.readouterr().err
    monkeypatch.setenv("KANSLI_NEW_PASSWORD", "kort")
    assert (
        main(["create-user", "--tenant", "uni", "--email", "a@uni.se", "--role", "admin", *db]) == 1
    )
    assert "at least 8 characters" in capsys.readouterr().err
    database = Database(server_db_url)
    try:
        with database.sessions() as s:
            assert s.scalars(select(User)).all() == []
    finally:
        database.dispose()


def test_seed_demo_and_worker_once(
    server_db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The worker command sets up the process's logging; keep the test process's as it is.
    monkeypatch.setattr("server.cli.configure_logging", lambda *a, **k: None)
    db = ["--database", server_db_url]
    assert main(["migrate", *db]) == 0
    assert main(["seed-demo", *db]) == 0
    out = capsys.readouterr().out
    assert "demo tenant seeded" in out and "admin@demo.kansli.se" in out
    assert main(["seed-demo", *db]) == 0
    assert "exists already" in capsys.readouterr().out
    assert main(["worker", "--once", *db]) == 0
    assert "sent 0, retrying 0, failed 0" in capsys.readouterr().out
