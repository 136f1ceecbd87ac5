"""Signature evidence stays on the server: the synced ``signature`` row carries method,
signer's name, time and the signed data's hash; the evidence and the signer's
personnummer are read by administrators only, through an audited request.

Over real HTTP against the real app, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from models.agent_orders import Signature
from models.audit import AuditEvent
from models.ids import new_id
from models.tenancy import Role
from server.demo.generate import DemoSizes, generate
from server.demo.seed import insert_rows
from server.services.signature_evidence import READ_ACTION
from server.signing.tables import SignatureEvidence
from tests.server.helpers import World

SIZES = DemoSizes(
    organisations=3, courses=1, rounds=1, persons=10, registrations=2, alumni=1, agent_orders=6
)
PNR = "198112189876"


def _signed(world: World) -> Signature:
    data = generate(tenant_id=world.tenant_id, sizes=SIZES, seed=5, today=date(2026, 11, 2))
    with world.db.transaction() as s:
        insert_rows(s.connection(), data)
        signature = s.scalars(
            select(Signature).where(Signature.tenant_id == world.tenant_id).limit(1)
        ).one()
        s.add(
            SignatureEvidence(
                id=signature.id,
                tenant_id=world.tenant_id,
                method="bankid",
                personnummer=PNR,
                data={"signature": "PFNpZ25hdHVyZT4=", "ocsp_response": "MIIH", "name": "Karl"},
            )
        )
        s.expunge(signature)
    return signature


def _audited(world: World, signature_id: str) -> list[AuditEvent]:
    with world.db.sessions() as s:
        return list(
            s.scalars(
                select(AuditEvent).where(
                    AuditEvent.tenant_id == world.tenant_id,
                    AuditEvent.action == READ_ACTION,
                    AuditEvent.entity_id == signature_id,
                )
            )
        )


def test_pulled_signatures_carry_no_evidence_for_any_role(world: World) -> None:
    signature = _signed(world)
    for role in Role:
        rows = world.pull_all(role)["changes"].get("signature", {})
        if role in (Role.ADMIN, Role.VIEWER, Role.COURSE_ADMIN):
            assert signature.id in rows, role
        for row in rows.values():
            assert set(row) == {
                "id",
                "tenant_id",
                "server_seq",
                "updated_at",
                "deleted_at",
                "order_id",
                "role",
                "method",
                "signer_email",
                "signer_name",
                "signed_at",
                "data_hash",
            }
            assert PNR not in repr(row) and "MIIH" not in repr(row)


def test_an_administrator_reads_evidence_and_the_read_is_audited(world: World) -> None:
    signature = _signed(world)
    url = f"{world.url}/api/v1/signatures/{signature.id}/evidence"
    assert _audited(world, signature.id) == []
    resp = world.client(Role.ADMIN).get(url, timeout=10)
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["personnummer"] == PNR
    assert body["evidence"]["ocsp_response"] == "MIIH"
    assert (body["signature_id"], body["data_hash"]) == (signature.id, signature.data_hash)
    [event] = _audited(world, signature.id)
    assert event.actor_user_id == world.users[Role.ADMIN].id
    assert PNR not in repr(event.details)


def test_other_roles_and_other_tenants_cannot_read_evidence(
    world: World, other_world: World
) -> None:
    signature = _signed(world)
    url = f"{world.url}/api/v1/signatures/{signature.id}/evidence"
    for role in Role:
        if role == Role.ADMIN:
            continue
        resp = world.client(role).get(url, timeout=10)
        assert resp.status_code == 403, (role, resp.text)
        assert resp.json()["detail"]["code"] == "forbidden"
        assert PNR not in resp.text
    resp = other_world.client(Role.ADMIN).get(url, timeout=10)
    assert resp.status_code == 404 and PNR not in resp.text
    missing = world.client(Role.ADMIN).get(
        f"{world.url}/api/v1/signatures/{new_id()}/evidence", timeout=10
    )
    assert missing.status_code == 404
    bad = world.client(Role.ADMIN).get(f"{world.url}/api/v1/signatures/x'%20or/evidence")
    assert bad.status_code == 422
    assert _audited(world, signature.id) == []
