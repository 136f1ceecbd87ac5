"""The retention rules (issue 23): an administrator sets the tenant's periods
(``retention_settings.set`` over real HTTP); the nightly job applies them at a fixed
``now`` and records what it removed (a synced ``retention_run``, an audit event); the
denied alumni registration it removes reaches the clients as a tombstone, its personal
columns cleared on the server. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from models.alumni import AlumniRegistration, AlumniStatus
from models.audit import AuditEvent
from models.ids import new_id, utcnow
from models.retention import DEFAULTS, RetentionRun
from server.services.retention import (
    BODY_REMOVED,
    months_before,
    retention_due,
    run_retention,
)
from server.signing.tables import OtpChallenge
from server.tables import LinkToken, MailOutbox
from tests.server.helpers import World, cmd


def test_months_before_clamps_to_the_months_end() -> None:
    moment = datetime(2027, 3, 31, 3, 0)
    assert months_before(moment, 1) == datetime(2027, 2, 28, 3, 0)
    assert months_before(moment, 12) == datetime(2026, 3, 31, 3, 0)
    assert months_before(moment, 15) == datetime(2025, 12, 31, 3, 0)


def _alumni(world: World, status: str, decided_at: datetime) -> str:
    reg_id = new_id()
    with world.db.transaction() as s:
        s.add(
            AlumniRegistration(
                id=reg_id,
                tenant_id=world.tenant_id,
                email=f"{reg_id[-6:]}@student.se",
                first_name="Anna",
                last_name="Alumn",
                personnummer="199001011234",
                program="Civilingenjör",
                answers={"Hur hörde du om oss?": "En vän"},
                status=status,
                received_at=decided_at - timedelta(days=1),
                decided_at=decided_at,
                denial_reason="Ingen examen registrerad",
            )
        )
    return reg_id


def _mail(
    world: World, *, status: str, sent_at: datetime | None, created_at: datetime | None = None
) -> str:
    mail_id = new_id()
    with world.db.transaction() as s:
        s.add(
            MailOutbox(
                id=mail_id,
                tenant_id=world.tenant_id,
                kind="registration.approved",
                to_address="erik@firma.se",
                subject="Your registration is approved",
                body_text="Hello Erik, your registration for Projektledning is approved.",
                status=status,
                sent_at=sent_at,
                created_at=created_at or sent_at or utcnow(),
            )
        )
    return mail_id


def _link(world: World, expired_at: datetime) -> str:
    link_id = new_id()
    with world.db.transaction() as s:
        s.add(
            LinkToken(
                id=link_id,
                tenant_id=world.tenant_id,
                token_hash=new_id() + new_id()[:28],
                purpose="booking",
                email="erik@firma.se",
                entity_id=new_id(),
                created_at=expired_at - timedelta(days=60),
                expires_at=expired_at,
            )
        )
    return link_id


def _code(world: World, expired_at: datetime) -> str:
    code_id = new_id()
    with world.db.transaction() as s:
        s.add(
            OtpChallenge(
                id=code_id,
                tenant_id=world.tenant_id,
                purpose="attest",
                signer_email="attest@kund.se",
                data_hash="0" * 64,
                salt="s" * 32,
                code_hash="c" * 64,
                created_at=expired_at - timedelta(minutes=10),
                expires_at=expired_at,
                max_attempts=5,
            )
        )
    return code_id


def _audit(world: World, at: datetime) -> str:
    event_id = new_id()
    with world.db.transaction() as s:
        s.add(
            AuditEvent(
                id=event_id,
                tenant_id=world.tenant_id,
                at=at,
                action="person.edit",
                entity_type="person",
                entity_id=new_id(),
            )
        )
    return event_id


def _ids(world: World, model: type, ids: list[str]) -> set[str]:
    with world.db.sessions() as s:
        return set(s.scalars(select(model.id).where(model.id.in_(ids))))


def test_the_nightly_run_applies_the_tenants_rules_and_reports_them(world: World) -> None:
    now = utcnow().replace(hour=3, minute=0, second=0, microsecond=0)  # the night of today
    day = timedelta(days=1)
    # The administrator keeps denied alumni registrations six months, not the default 12.
    assert DEFAULTS["denied_alumni_months"] == 12
    settings_id = new_id()

    def set_rules(version: int, role: str = "admin", **periods: int) -> dict[str, Any]:
        rules = dict(DEFAULTS) | periods
        command = cmd(
            "retention_settings.set", settings_id=settings_id, expected_version=version, **rules
        )
        [answer] = world.push(command, role=role)
        return answer

    assert set_rules(0, denied_alumni_months=6)["status"] == "applied"
    too_short = set_rules(1, denied_alumni_months=6, audit_years=0)
    assert too_short["status"] == "rejected"
    assert too_short["message"] == "Choose a period from 1 to 20"
    not_admin = set_rules(1, "alumni_officer", denied_alumni_months=1)
    assert not_admin["status"] == "rejected"

    old_denied = _alumni(world, AlumniStatus.DENIED, months_before(now, 7))
    old_auto = _alumni(world, AlumniStatus.NOT_APPROVED, months_before(now, 8))
    recent_denied = _alumni(world, AlumniStatus.DENIED, months_before(now, 5))
    old_approved = _alumni(world, AlumniStatus.APPROVED_MANUALLY, months_before(now, 30))
    old_mail = _mail(world, status="sent", sent_at=now - 31 * day)
    recent_mail = _mail(world, status="sent", sent_at=now - 29 * day)
    failed_mail = _mail(world, status="failed", sent_at=None)
    old_link, recent_link = _link(world, now - 8 * day), _link(world, now - 6 * day)
    old_code, live_code = _code(world, now - 8 * day), _code(world, now + day)
    old_event = _audit(world, months_before(now, 12 * 5) - day)
    kept_event = _audit(world, months_before(now, 12 * 4))

    with world.db.sessions() as s:
        seq_before = s.get_one(AlumniRegistration, old_denied).server_seq
    assert not retention_due(world.db, now=now.replace(hour=1))  # not yet night
    assert retention_due(world.db, now=now)
    counts = run_retention(world.db, now=now)[world.tenant_id]
    assert not retention_due(world.db, now=now + timedelta(hours=2))  # once a night

    assert counts == {
        "denied_alumni_months": 2,
        "mail_body_days": 1,
        "expired_access_days": 2,
        "audit_years": 1,
        "command_answer_rows": 0,
    }
    with world.db.sessions() as s:
        gone = s.get_one(AlumniRegistration, old_denied)
        assert gone.deleted_at == now and gone.server_seq > seq_before
        assert (gone.personnummer, gone.first_name, gone.email, gone.answers) == (None, "", "", {})
        assert gone.denial_reason == "" and gone.status == AlumniStatus.DENIED
        assert s.get_one(AlumniRegistration, old_auto).deleted_at == now
        assert s.get_one(AlumniRegistration, recent_denied).deleted_at is None
        assert s.get_one(AlumniRegistration, recent_denied).personnummer == "199001011234"
        assert s.get_one(AlumniRegistration, old_approved).deleted_at is None
        mails = {
            m.id: m
            for m in s.scalars(select(MailOutbox).where(MailOutbox.tenant_id == world.tenant_id))
        }
        assert mails[old_mail].body_text == BODY_REMOVED
        assert mails[old_mail].subject == "Your registration is approved"  # the record stays
        assert mails[recent_mail].body_text.startswith("Hello Erik")
        assert mails[failed_mail].body_text.startswith("Hello Erik")
        [run] = s.scalars(
            select(RetentionRun).where(RetentionRun.tenant_id == world.tenant_id)
        ).all()
        assert (run.ran_at, run.removed) == (now, counts)
        [recorded] = s.scalars(
            select(AuditEvent).where(
                AuditEvent.tenant_id == world.tenant_id, AuditEvent.action == "retention.run"
            )
        ).all()
        assert (recorded.entity_id, recorded.details) == (run.id, counts)
    assert _ids(world, LinkToken, [old_link, recent_link]) == {recent_link}
    assert _ids(world, OtpChallenge, [old_code, live_code]) == {live_code}
    assert _ids(world, AuditEvent, [old_event, kept_event]) == {kept_event}

    # The clients: the removed registrations are tombstones, the run a row staff read.
    pulled = world.pull_all(role="alumni_officer")
    assert {old_denied, old_auto} <= pulled["tombstones"]["alumni_registration"]
    assert recent_denied in pulled["changes"]["alumni_registration"]
    assert old_denied not in pulled["changes"]["alumni_registration"]
    [row] = pulled["changes"]["retention_run"].values()
    assert row["removed"] == counts

    # A second run the same night removes nothing more.
    again = run_retention(world.db, now=now + timedelta(minutes=5))[world.tenant_id]
    assert again == dict.fromkeys(counts, 0)
