"""``kansli-server`` administration commands, run as the entry point runs them."""

from __future__ import annotations

import io
import re
import sys

import pytest
from sqlalchemy import select

from models.tenancy import Membership, Tenant, User
from server.cli import main
from server.services.auth import LoginOk, attempt_login
from server.services.database import Database
from server.settings import Settings
from server.tables import AuditEvent, MailOutbox


def test_migrate_create_tenant_and_user_then_sign_in(
    server_db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ["--database", server_db_url]
    assert main(["migrate", *db]) == 0
    assert main(["create-tenant", "uni", "--name", "Universitetet", *db]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("ett långt lösenord\n"))
    assert (
        main(
            [
                "create-user",
                "--password-stdin",
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
    def stdin(text: str) -> None:
        monkeypatch.setattr("sys.stdin", io.StringIO(text))

    db = ["--database", server_db_url]
    assert main(["migrate", *db]) == 0
    assert main(["create-tenant", "uni", *db]) == 0
    assert main(["create-tenant", "uni", *db]) == 1
    assert "already exists" in capsys.readouterr().err
    new_user = ["create-user", "--password-stdin", "--email", "a@uni.se", *db]
    stdin("ett långt lösenord\n")
    assert main([*new_user, "--tenant", "uni", "--role", "boss"]) == 1
    assert "Unknown role 'boss'" in capsys.readouterr().err
    stdin("ett långt lösenord\n")
    assert main([*new_user, "--tenant", "nope", "--role", "admin"]) == 1
    assert "No tenant 'nope'" in capsys.readouterr().err
    for weak, rule in (
        ("kort", "at least 10 characters"),
        (" " * 12, "at least 10 characters"),
        ("password123", "most common"),
        ("a@uni.se-hemligt", "must not contain your e-mail address"),
    ):
        stdin(weak + "\n")
        assert main([*new_user, "--tenant", "uni", "--role", "admin"]) == 1
        assert rule in capsys.readouterr().err, weak
    # No terminal and no --password-stdin: refused, not read from anywhere else.
    stdin("ett långt lösenord\n")
    assert main(["create-user", "--email", "a@uni.se", "--tenant", "uni", "--role", "admin", *db])
    assert "--password-stdin" in capsys.readouterr().err
    # The password is no longer an argument.
    with pytest.raises(SystemExit):
        main([*new_user, "--tenant", "uni", "--role", "admin", "--password", "x" * 12])
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
    assert main(["worker", "--once", "--dev", *db]) == 0
    out = capsys.readouterr().out
    # The demo's alumni registrations are decided; nothing fails (no SMTP server here:
    # mails the decisions queue wait for their retry).
    assert re.search(r"alumni registrations decided [1-9][0-9]*, failed 0", out), out
    assert re.search(r"sent 0, retrying [0-9]+, failed 0", out), out


def _run(args: list[str], stdin: str = "") -> int:
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        return main(args)
    finally:
        sys.stdin = old


def test_existing_address_is_refused_and_keeps_its_password(
    server_db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--database", server_db_url]
    assert main(["migrate", *db]) == 0
    assert main(["create-tenant", "uni", *db]) == 0
    user = ["create-user", "--password-stdin", "--tenant", "uni", "--email", "eva@uni.se", *db]
    assert _run([*user, "--role", "viewer"], "första lösenordet\n") == 0
    capsys.readouterr()
    assert _run([*user, "--role", "admin"], "andra lösenordet!\n") == 1
    err = capsys.readouterr().err
    assert "a user eva@uni.se already exists; nothing was changed" in err
    database = Database(server_db_url)
    try:
        with database.transaction() as s:
            assert set(s.scalars(select(Membership.role))) == {"viewer"}
            settings = Settings(database_url=server_db_url)
            first = attempt_login(
                session=s,
                settings=settings,
                email="eva@uni.se",
                password="första lösenordet",
                tenant_slug=None,
                address="cli-test",
            )
            assert isinstance(first, LoginOk)
    finally:
        database.dispose()


def test_user_management_commands(
    server_db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ["--database", server_db_url]
    monkeypatch.setenv("KANSLI_PUBLIC_BASE_URL", "https://kansli.test")
    assert main(["migrate", *db]) == 0
    assert main(["create-tenant", "uni", *db]) == 0
    for email, role in (("boss@uni.se", "admin"), ("eva@uni.se", "viewer")):
        create = ["create-user", "--password-stdin", "--tenant", "uni", "--email", email]
        assert _run([*create, "--role", role, *db], "ett långt lösenord\n") == 0
    database = Database(server_db_url)
    settings = Settings(database_url=server_db_url)
    try:
        with database.transaction() as s:
            for _ in range(2):
                ok = attempt_login(
                    session=s,
                    settings=settings,
                    email="eva@uni.se",
                    password="ett långt lösenord",
                    tenant_slug=None,
                    address="cli-test",
                )
                assert isinstance(ok, LoginOk)
        capsys.readouterr()
        assert main(["list-sessions", "eva@uni.se", *db]) == 0
        assert "2 live sessions of eva@uni.se" in capsys.readouterr().out
        assert main(["revoke-sessions", "eva@uni.se", *db]) == 0
        assert "2 sessions of eva@uni.se revoked" in capsys.readouterr().out
        assert main(["list-sessions", "eva@uni.se", *db]) == 0
        assert "0 live sessions" in capsys.readouterr().out

        assert main(["set-roles", "eva@uni.se", "--tenant", "uni", "course_admin", *db]) == 0
        assert "eva@uni.se has roles course_admin in uni" in capsys.readouterr().out
        # The last administrator keeps the role.
        assert main(["set-roles", "boss@uni.se", "--tenant", "uni", "viewer", *db]) == 1
        assert "last administrator" in capsys.readouterr().err

        assert main(["reset-password", "eva@uni.se", *db]) == 0
        assert "reset link for eva@uni.se is in the mail queue" in capsys.readouterr().out
        assert main(["reset-password", "nobody@uni.se", *db]) == 1
        assert "No user nobody@uni.se" in capsys.readouterr().err

        assert main(["deactivate-user", "eva@uni.se", *db]) == 0
        assert "eva@uni.se is deactivated" in capsys.readouterr().out
        with database.transaction() as s:
            roles = {
                (u.email, m.role) for m, u in s.execute(select(Membership, User).join(User)).all()
            }
            assert roles == {("boss@uni.se", "admin"), ("eva@uni.se", "course_admin")}
            [mail] = s.scalars(select(MailOutbox)).all()
            assert mail.to_address == "eva@uni.se" and "https://kansli.test/password/" in (
                mail.body_text
            )
            actions = [
                a
                for a in s.scalars(select(AuditEvent.action).order_by(AuditEvent.at))
                if a.startswith("user.")
            ]
            assert actions == [
                "user.created",
                "user.created",
                "user.sessions_revoked",
                "user.roles_changed",
                "user.password_reset_requested",
                "user.deactivated",
            ]
            refused = attempt_login(
                session=s,
                settings=settings,
                email="eva@uni.se",
                password="ett långt lösenord",
                tenant_slug=None,
                address="cli-test",
            )
            assert not isinstance(refused, LoginOk)
    finally:
        database.dispose()


def test_the_user_group_invites_sets_roles_and_phone(
    server_db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`kansli-server user invite|set-roles|set-phone|reset-password|deactivate`: the same
    services as the API, each change audited as made from the command line (no actor)."""
    db = ["--database", server_db_url]
    monkeypatch.setenv("KANSLI_PUBLIC_BASE_URL", "https://kansli.test")
    assert main(["migrate", *db]) == 0
    assert main(["create-tenant", "uni", *db]) == 0
    create = ["user", "create", "--password-stdin", "--tenant", "uni", "--email", "boss@uni.se"]
    assert _run([*create, "--role", "admin", *db], "ett långt lösenord\n") == 0
    invite = ["user", "invite", "Ny@Uni.se", "--tenant", "uni", "--name", "Ny Person"]
    assert main([*invite, "--role", "viewer,course_admin", *db]) == 0
    assert "invitation to uni for Ny@Uni.se" in capsys.readouterr().out
    assert main(["user", "set-roles", "ny@uni.se", "--tenant", "uni", "viewer", *db]) == 0
    assert "ny@uni.se has roles viewer in uni" in capsys.readouterr().out
    assert main(["user", "set-phone", "ny@uni.se", "070-123 45 67", *db]) == 0
    assert "ny@uni.se has +46701234567" in capsys.readouterr().out
    assert main(["user", "set-phone", "ny@uni.se", "+46 70 123 45 67", *db]) == 0
    assert "(unchanged)" in capsys.readouterr().out
    assert main(["user", "set-phone", "ny@uni.se", "07O1234567", *db]) == 1
    assert "Phone number may contain only digits" in capsys.readouterr().err
    assert main(["user", "reset-password", "ny@uni.se", *db]) == 0
    assert main(["user", "deactivate", "ny@uni.se", *db]) == 0
    assert main(["user", "set-phone", "ny@uni.se", "", *db]) == 0
    assert "ny@uni.se has no mobile phone" in capsys.readouterr().out.splitlines()[-1]
    database = Database(server_db_url)
    try:
        with database.sessions() as s:
            user = s.scalar(select(User).where(User.email == "ny@uni.se"))
            assert user is not None and user.display_name == "Ny Person"
            assert user.phone is None and not user.active
            kinds = list(
                s.scalars(select(MailOutbox.kind).where(MailOutbox.to_address == "ny@uni.se"))
            )
            assert kinds == ["mail.password.invite", "mail.password.reset"]
            events = s.execute(
                select(AuditEvent.action, AuditEvent.actor_user_id, AuditEvent.details)
                .where(AuditEvent.entity_id == user.id)
                .order_by(AuditEvent.at)
            ).all()
            assert [e.action for e in events] == [
                "user.invited",
                "user.roles_changed",
                "user.phone_changed",
                "user.password_reset_requested",
                "user.deactivated",
                "user.phone_changed",
            ]
            assert {e.actor_user_id for e in events} == {None}
            assert [e.details["phone"] for e in events if e.action == "user.phone_changed"] == [
                "+46701234567",
                None,
            ]
    finally:
        database.dispose()
