"""What the retention rules must keep and how the nightly job runs (issue 23, the review's
findings): the rows other features still read survive the rules (a user's newest sign-in
token, the account events naming a shared account, a used one-time code), failed mails'
bodies are emptied too, and each tenant's run is due, claimed and failing on its own. On
SQLite and PostgreSQL, the app over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from models.alumni import AlumniRegistration, AlumniStatus
from models.audit import AuditEvent
from models.ids import new_id, utcnow
from models.people import Activity, ActivityKind, Person, PersonEmail, PersonPhone
from models.retention import RetentionRun
from models.tenancy import User
from server.services import retention
from server.services.auth import WEB_LABEL_PREFIX
from server.services.retention import BODY_REMOVED, retention_due, run_retention
from server.signing.tables import OtpChallenge
from server.tables import AuthToken, CommandLog, MailOutbox, SmsOutbox
from tests.privacy.test_retention import _audit, _code, _ids, _mail
from tests.server.helpers import World, cmd, make_world
from tests.server.test_notify_events import Site

DAY = timedelta(days=1)


def _night() -> datetime:
    return utcnow().replace(hour=3, minute=0, second=0, microsecond=0)


def _user(world: World) -> str:
    """An account of the tenant's that has not signed in since the tests' world began."""
    user_id = new_id()
    with world.db.transaction() as s:
        s.add(User(id=user_id, email=f"{user_id[-12:]}@{world.slug}.se", password_hash="x"))
    return user_id


def _token(world: World, user_id: str, created_at: datetime, label: str = "desktop") -> str:
    token_id = new_id()
    with world.db.transaction() as s:
        s.add(
            AuthToken(
                id=token_id,
                tenant_id=world.tenant_id,
                user_id=user_id,
                token_hash=new_id() + new_id()[:28],
                created_at=created_at,
                expires_at=created_at + 30 * DAY,
                client_label=label,
            )
        )
    return token_id


def _account_event(world: World, user_id: str, action: str, at: datetime, **details: str) -> str:
    event_id = new_id()
    with world.db.transaction() as s:
        s.add(
            AuditEvent(
                id=event_id,
                tenant_id=world.tenant_id,
                at=at,
                action=action,
                entity_type="app_user",
                entity_id=user_id,
                details=details,
            )
        )
    return event_id


def test_the_rules_keep_what_other_features_read(world: World) -> None:
    now = _night()
    admin, officer = _user(world), _user(world)

    # Sign-in tokens: the Users window's "last sign-in" is the newest desktop token's time.
    old_desktop = _token(world, admin, now - 200 * DAY)
    newest_desktop = _token(world, admin, now - 100 * DAY)
    newer_web = _token(world, admin, now - 90 * DAY, label=f"{WEB_LABEL_PREFIX}10.0.0.1")
    officer_only = _token(world, officer, now - 300 * DAY)

    # Account events: a shared account's name here is its first invitation's or its last
    # rename's, its phone the last change's; years old, they are still read.
    years = 12 * 365 * DAY
    first_invite = _account_event(
        world, officer, "user.invited", now - years, display_name="Olle Officer"
    )
    second_invite = _account_event(
        world, officer, "user.invited", now - years + DAY, display_name="Olle O."
    )
    old_rename = _account_event(
        world, officer, "user.renamed", now - years + 2 * DAY, display_name="Olle"
    )
    last_rename = _account_event(
        world, officer, "user.renamed", now - years + 3 * DAY, display_name="Olle Ek"
    )
    old_phone = _account_event(
        world, officer, "user.phone_changed", now - years + 4 * DAY, phone="+46701111111"
    )
    last_phone = _account_event(
        world, officer, "user.phone_changed", now - years + 5 * DAY, phone="+46702222222"
    )
    other_old = _audit(world, now - years)

    # One-time codes: a used one is a signature's evidence (its id in the signature).
    unused_code, used_code = _code(world, now - 8 * DAY), _code(world, now - 8 * DAY)
    with world.db.transaction() as s:
        s.get_one(OtpChallenge, used_code).used_at = now - 8 * DAY - timedelta(minutes=5)

    # Failed deliveries carry the same body as sent ones.
    mail_id = _mail(world, status="failed", sent_at=None, created_at=now - 40 * DAY)
    sms_id = new_id()
    with world.db.transaction() as s:
        s.add(
            SmsOutbox(
                id=sms_id,
                tenant_id=world.tenant_id,
                kind="signing.code",
                to_number="+46701234567",
                body="Erik, your code is 123456",
                status="failed",
                created_at=now - 40 * DAY,
            )
        )

    run_retention(world.db, now=now)

    tokens = [old_desktop, newest_desktop, newer_web, officer_only]
    assert _ids(world, AuthToken, tokens) == {newest_desktop, officer_only}
    events = [first_invite, second_invite, old_rename, last_rename, old_phone, last_phone]
    assert _ids(world, AuditEvent, [*events, other_old]) == {first_invite, last_rename, last_phone}
    assert _ids(world, OtpChallenge, [unused_code, used_code]) == {used_code}
    with world.db.sessions() as s:
        assert s.get_one(MailOutbox, mail_id).body_text == BODY_REMOVED
        assert s.get_one(SmsOutbox, sms_id).body == BODY_REMOVED


@pytest.fixture
def two_worlds(site: Site) -> Iterator[tuple[World, World]]:
    worlds = sorted(
        (make_world(site.server.url, site.db, site.settings, "rt") for _ in range(2)),
        key=lambda w: w.tenant_id,
    )
    yield worlds[0], worlds[1]


def test_each_tenant_runs_on_its_own(
    two_worlds: tuple[World, World], monkeypatch: pytest.MonkeyPatch
) -> None:
    failing, next_one = two_worlds
    # Both tenants' runs of earlier tests' nights are in the past: tonight is due for both.
    now = _night() + timedelta(days=1)
    old = {w.tenant_id: _audit(w, now - 6 * 365 * DAY) for w in two_worlds}
    retention_db = failing.db
    assert retention_due(retention_db, now=now, tenant_id=failing.tenant_id)

    apply_rules = retention.apply_rules

    def broken_for_one(session, tenant_id, *, now):  # type: ignore[no-untyped-def]
        counts = apply_rules(session, tenant_id, now=now)
        if tenant_id == failing.tenant_id:
            raise RuntimeError("this tenant's rules fail")
        return counts

    monkeypatch.setattr(retention, "apply_rules", broken_for_one)
    done = run_retention(retention_db, now=now, due_only=True)
    # The first tenant failed (rolled back: its old event is still there), the next ran.
    assert failing.tenant_id not in done and done[next_one.tenant_id]["audit_years"] >= 1
    assert _ids(failing, AuditEvent, [old[failing.tenant_id]]) == {old[failing.tenant_id]}
    assert _ids(next_one, AuditEvent, [old[next_one.tenant_id]]) == set()
    assert retention_due(retention_db, now=now, tenant_id=failing.tenant_id)
    assert not retention_due(retention_db, now=now, tenant_id=next_one.tenant_id)

    # The next beat: only the tenant still due runs; a second worker then finds nothing due.
    monkeypatch.setattr(retention, "apply_rules", apply_rules)
    later = now + timedelta(minutes=10)
    again = run_retention(retention_db, now=later, due_only=True)
    assert failing.tenant_id in again and next_one.tenant_id not in again
    assert run_retention(retention_db, now=later, due_only=True) == {}
    with retention_db.sessions() as s:
        runs = s.scalars(
            select(RetentionRun.tenant_id).where(
                RetentionRun.tenant_id.in_([w.tenant_id for w in two_worlds]),
                RetentionRun.ran_at >= now,
            )
        ).all()
    assert sorted(runs) == sorted([failing.tenant_id, next_one.tenant_id])


def _denied_with_person(world: World, decided_at: datetime, *, created: bool) -> tuple[str, str]:
    """A denied alumni registration and its person (made by the form when ``created``),
    with the person's address, phone and the decision on its timeline."""
    reg_id, person_id = new_id(), new_id()
    with world.db.transaction() as s:
        s.add(
            Person(
                id=person_id,
                tenant_id=world.tenant_id,
                first_name="Dora",
                last_name="Denied",
                personnummer="199202021234",
                street="Storgatan 1",
                city="Lund",
            )
        )
        s.add(
            PersonEmail(
                id=new_id(), tenant_id=world.tenant_id, person_id=person_id, address="dora@x.se"
            )
        )
        s.add(
            PersonPhone(
                id=new_id(), tenant_id=world.tenant_id, person_id=person_id, number="+46709999999"
            )
        )
        s.flush()
        s.add(
            AlumniRegistration(
                id=reg_id,
                tenant_id=world.tenant_id,
                person_id=person_id,
                matched_on="created" if created else "personnummer",
                email="dora@x.se",
                first_name="Dora",
                last_name="Denied",
                personnummer="199202021234",
                status=AlumniStatus.DENIED,
                received_at=decided_at - DAY,
                decided_at=decided_at,
                denial_reason="Ingen examen: Dora läste 30 hp",
                shared_reason="Vi hittar ingen examen för dig",
            )
        )
        for subject in ("Alumni registration not approved (automatic check)", "denied"):
            s.add(
                Activity(
                    id=new_id(),
                    tenant_id=world.tenant_id,
                    person_id=person_id,
                    kind=ActivityKind.ALUMNI_DECISION,
                    subject=subject,
                    body="Ingen examen: Dora läste 30 hp",
                    data={"alumni_registration_id": reg_id, "matched_on": "created"},
                )
            )
    return reg_id, person_id


def _live(world: World, model: type, person_id: str) -> list[Any]:
    with world.db.sessions() as s:
        rows = s.scalars(
            select(model).where(model.person_id == person_id, model.deleted_at.is_(None))
        ).all()
        s.expunge_all()
        return list(rows)


def test_a_removed_denial_takes_its_person_and_timeline_when_nothing_else_refers(
    world: World,
) -> None:
    now = _night()
    long_ago = retention.months_before(now, 13)
    alone_reg, alone = _denied_with_person(world, long_ago, created=True)
    # A person the form created whom staff then registered on a course: stays.
    used_reg, used = _denied_with_person(world, long_ago, created=True)
    with world.db.transaction() as s:
        s.add(
            Activity(
                id=new_id(),
                tenant_id=world.tenant_id,
                person_id=used,
                kind=ActivityKind.NOTE,
                subject="Called about the course",
            )
        )
    # An existing person the registration matched: stays.
    matched_reg, matched = _denied_with_person(world, long_ago, created=False)

    run_retention(world.db, now=now)

    with world.db.sessions() as s:
        for reg_id in (alone_reg, used_reg, matched_reg):
            reg = s.get_one(AlumniRegistration, reg_id)
            assert reg.deleted_at == now
            assert (reg.person_id, reg.shared_reason, reg.denial_reason) == (None, "", "")
        gone = s.get_one(Person, alone)
        assert gone.deleted_at == now
        assert (gone.first_name, gone.last_name, gone.personnummer, gone.street) == (
            "",
            "",
            None,
            "",
        )
        for model in (PersonEmail, PersonPhone):
            [row] = s.scalars(select(model).where(model.person_id == alone)).all()
            assert row.deleted_at == now
        assert s.get_one(PersonEmail, _only(s, PersonEmail, alone)).address == ""
        for kept in (used, matched):
            assert s.get_one(Person, kept).deleted_at is None
            assert s.get_one(Person, kept).personnummer == "199202021234"
    for person_id in (alone, used, matched):
        decisions = [a for a in _live(world, Activity, person_id) if a.kind == "alumni_decision"]
        assert decisions == []
    assert [a.subject for a in _live(world, Activity, used)] == ["Called about the course"]
    assert len(_live(world, PersonEmail, used)) == 1

    # The clients: the person, its address and phone, the decisions are tombstones.
    tombstones = world.pull_all(role="alumni_officer")["tombstones"]
    assert alone in tombstones["person"] and used not in tombstones.get("person", set())
    assert len(tombstones["activity"]) >= 6
    with world.db.sessions() as s:
        blob = repr(
            [
                (a.subject, a.body, a.data)
                for a in s.scalars(select(Activity).where(Activity.deleted_at.is_not(None)))
            ]
        )
    assert "Dora" not in blob and "30 hp" not in blob


def _only(session: Any, model: type, person_id: str) -> str:
    return session.scalars(select(model.id).where(model.person_id == person_id)).one()


def test_old_command_answers_lose_their_rows_and_a_repeat_is_not_applied_again(
    world: World,
) -> None:
    now = utcnow()
    person_id = new_id()
    create = cmd("person.create", person_id=person_id, first_name="Sigrid", last_name="Sekretess")
    [first] = world.push(create)
    assert first["status"] == "applied" and first["rows"]
    recent = cmd("person.create", person_id=new_id(), first_name="Rut", last_name="Ny")
    assert world.push(recent)[0]["rows"]
    with world.db.transaction() as s:
        s.get_one(CommandLog, create["id"]).received_at = now - 31 * DAY

    counts = run_retention(world.db, now=now)[world.tenant_id]
    assert counts[retention.COMMAND_ROWS] == 1
    with world.db.sessions() as s:
        entry = s.get_one(CommandLog, create["id"])
        assert (entry.status, entry.result["status"], entry.result["rows"]) == (
            "applied",
            "applied",
            {},
        )
        assert "Sigrid" not in repr(entry.result)
        assert s.get_one(CommandLog, recent["id"]).result["rows"]  # within the window

    # Staff rename her since; the old command comes again (a client resending): the same
    # outcome, not applied again, and no rows (not the stale "Sigrid" either).
    edit = cmd(
        "person.edit",
        person_id=person_id,
        changes={"first_name": {"old": "Sigrid", "new": "Sara"}},
    )
    assert world.push(edit)[0]["status"] == "applied"
    [again] = world.push(create)
    assert (again["id"], again["status"], again["rows"]) == (create["id"], "applied", {})
    with world.db.sessions() as s:
        assert s.get_one(Person, person_id).first_name == "Sara"
    assert run_retention(world.db, now=now + DAY)[world.tenant_id][retention.COMMAND_ROWS] == 0
