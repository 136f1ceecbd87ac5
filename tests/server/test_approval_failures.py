"""Registrations whose approval request failed (``GET /api/v1/registrations/approval-
failures``): the participants list asks once for all of them instead of once per row.
Only the newest request mail of a registration counts: a failure followed by a queued
or sent request is no longer listed. On SQLite and PostgreSQL (the ``api`` fixture)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import update

from models.ids import new_id, utcnow
from models.people import PersonEmail
from server.tables import MailOutbox
from tests.server.helpers import World, cmd

BASE = utcnow().replace(microsecond=0) - timedelta(days=3)
KIND = "mail.approval_request"


def _mail(world: World, related: str, status: str, hours: int, **extra: Any) -> str:
    with world.db.transaction() as s:
        mail = MailOutbox(
            id=new_id(),
            tenant_id=world.tenant_id,
            kind=extra.pop("kind", KIND),
            to_address=extra.pop("to", "chef@firma.se"),
            subject="Godkännande",
            body_text="Hej",
            related_id=related,
            status=status,
            attempts=1,
            last_error=extra.pop("error", ""),
            created_at=BASE + timedelta(hours=hours),
            sent_at=BASE + timedelta(hours=hours) if status == "sent" else None,
            next_attempt_at=BASE,
        )
        s.add(mail)
        return mail.id


def _failures(world: World, role: str = "admin", **params: Any) -> dict[str, Any]:
    resp = world.client(role).get(
        f"{world.url}/api/v1/registrations/approval-failures", params=params, timeout=10
    )
    assert resp.status_code == 200, resp.text
    return resp.json()  # type: ignore[no-any-return]


def test_only_registrations_whose_newest_request_failed(world: World, other_world: World) -> None:
    failed, resent, sent_then_failed, other_kind = (new_id() for _ in range(4))
    failed_mail = _mail(world, failed, "failed", 1, error="550 5.1.1 No such user")
    _mail(world, resent, "failed", 1, error="550 no")
    _mail(world, resent, "queued", 2)  # sent again after fixing: no longer failed
    _mail(world, sent_then_failed, "sent", 1)
    _mail(world, sent_then_failed, "failed", 3, error="552 mailbox full")
    _mail(world, other_kind, "failed", 1, kind="mail.signup_confirmation", error="550 x")
    _mail(other_world, new_id(), "failed", 1, error="550 other tenant")
    answer = _failures(world)
    assert answer["next_offset"] is None
    by_id = {f["registration_id"]: f for f in answer["failures"]}
    assert set(by_id) == {failed, sent_then_failed}
    assert by_id[failed]["answer"] == "550 5.1.1 No such user"
    assert by_id[failed]["mail_id"] == failed_mail
    assert by_id[sent_then_failed]["answer"] == "552 mailbox full"
    # Course administrators send the requests: they are told too.
    assert _failures(world, "course_admin") == answer


def test_paged_and_refused_to_others(world: World) -> None:
    regs = sorted(new_id() for _ in range(5))
    for i, reg in enumerate(regs):
        _mail(world, reg, "failed", i, error=f"550 {i}")
    seen: list[str] = []
    offset: int | None = 0
    while offset is not None:
        page = _failures(world, offset=offset, limit=2)
        assert len(page["failures"]) <= 2
        seen += [f["registration_id"] for f in page["failures"]]
        offset = page["next_offset"]
    assert seen == regs
    url = f"{world.url}/api/v1/registrations/approval-failures"
    for role in ("viewer", "alumni_officer", "agent_case_handler"):
        resp = world.client(role).get(url, timeout=10)
        assert resp.status_code == 403, role
        assert "550" not in resp.text
    bad_values = ({"limit": 0}, {"limit": 5001}, {"offset": -1}, {"limit": "many"},
                  {"offset": "9999999999999999999"})  # fmt: skip
    for bad in bad_values:
        resp = world.client().get(url, params=bad, timeout=10)
        assert resp.status_code == 422, bad


def test_a_request_taken_and_then_bounced_counts_as_failed(world: World) -> None:
    """The manager's server took the mail, then a bounce marked the address (a DSN,
    server/services/bounces.py): the request did not arrive after all."""
    manager, bounced_reg, kept_reg = new_id(), new_id(), new_id()
    [made] = world.push(
        cmd(
            "person.create",
            person_id=manager,
            first_name="Karin",
            last_name="Chef",
            emails=[{"address": "Karin.Chef@firma.se"}],
        )
    )
    assert made["status"] == "applied", made
    _mail(world, bounced_reg, "sent", 1, to="karin.chef@firma.se")
    _mail(world, kept_reg, "sent", 1, to="annan.chef@firma.se")
    with world.db.transaction() as s:
        s.execute(
            update(PersonEmail)
            .where(PersonEmail.person_id == manager)
            .values(bounced_at=BASE + timedelta(hours=5), bounce_detail="550 5.1.1 Gone")
        )
    [failure] = _failures(world)["failures"]
    assert failure["registration_id"] == bounced_reg and failure["answer"] == "550 5.1.1 Gone"
