"""Sign-in: tokens, logout, expiry, tenants and the rate limit on failed logins."""

from __future__ import annotations

import hashlib
import itertools
from datetime import timedelta
from typing import Any

import requests
from sqlalchemy import select, update

from models.ids import utcnow
from models.tenancy import User
from server.services.accounts import grant_roles
from server.tables import AuthToken
from tests.server.helpers import PASSWORD, World, tenant_by_id

_addresses = (f"10.{i // 250}.{i % 250}.7" for i in itertools.count(1))


def login(
    world: World, email: str, password: str = PASSWORD, *, address: str, tenant: str | None = None
) -> requests.Response:
    body: dict[str, Any] = {"email": email, "password": password}
    if tenant:
        body["tenant"] = tenant
    return requests.post(
        f"{world.url}/api/v1/auth/login",
        json=body,
        headers={"X-Forwarded-For": address},  # the test server trusts 127.0.0.1 as a proxy
        timeout=10,
    )


def test_login_gives_token_for_me(world: World) -> None:
    resp = login(world, world.email("course_admin").upper(), address=next(_addresses))
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["user"]["email"] == world.email("course_admin")
    assert body["tenant"]["id"] == world.tenant_id
    assert body["roles"] == ["course_admin"]
    me = requests.get(
        f"{world.url}/api/v1/me", headers={"Authorization": f"Bearer {body['token']}"}, timeout=10
    ).json()
    assert me == {k: v for k, v in body.items() if k != "token"}


def test_token_is_stored_only_as_its_hash(world: World) -> None:
    token = login(world, world.email(), address=next(_addresses)).json()["token"]
    with world.db.sessions() as s:
        hashes = set(s.scalars(select(AuthToken.token_hash)))
    assert hashlib.sha256(token.encode()).hexdigest() in hashes
    assert token not in hashes


def test_wrong_password_and_unknown_account_answer_the_same_401(world: World) -> None:
    address = next(_addresses)
    wrong = login(world, world.email(), "not the password", address=address)
    unknown = login(world, "nobody@example.se", address=address)
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert wrong.json()["detail"]["code"] == "invalid_credentials"


def test_logout_revokes_the_token(world: World) -> None:
    token = login(world, world.email(), address=next(_addresses)).json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    assert (
        requests.post(f"{world.url}/api/v1/auth/logout", headers=auth, timeout=10).status_code
        == 204
    )
    resp = requests.get(f"{world.url}/api/v1/me", headers=auth, timeout=10)
    assert resp.status_code == 401
    assert resp.headers["WWW-Authenticate"] == "Bearer"


def test_expired_token_is_refused(world: World) -> None:
    token = login(world, world.email(), address=next(_addresses)).json()["token"]
    with world.db.transaction() as s:
        s.execute(
            update(AuthToken)
            .where(AuthToken.token_hash == hashlib.sha256(token.encode()).hexdigest())
            .values(expires_at=utcnow() - timedelta(seconds=1))
        )
    resp = requests.get(
        f"{world.url}/api/v1/me", headers={"Authorization": f"Bearer {token}"}, timeout=10
    )
    assert resp.status_code == 401


def test_inactive_user_cannot_sign_in_or_use_old_tokens(world: World) -> None:
    with world.db.transaction() as s:
        s.execute(update(User).where(User.id == world.users["viewer"].id).values(active=False))
    assert login(world, world.email("viewer"), address=next(_addresses)).status_code == 401
    assert world.client("viewer").get(f"{world.url}/api/v1/me", timeout=10).status_code == 401


def test_user_in_two_tenants_must_choose_one(world: World, other_world: World) -> None:
    with world.db.transaction() as s:
        user = s.get(User, world.users["admin"].id)
        assert user is not None
        grant_roles(
            session=s,
            user=user,
            tenant=tenant_by_id(world.db, other_world.tenant_id),
            roles=["viewer"],
        )
    address = next(_addresses)
    resp = login(world, world.email(), address=address)
    assert resp.status_code == 400
    assert resp.json()["detail"]["code"] == "tenant_required"
    assert other_world.slug in resp.json()["detail"]["message"]
    resp = login(world, world.email(), address=address, tenant=other_world.slug)
    assert resp.status_code == 200
    assert resp.json()["tenant"]["id"] == other_world.tenant_id
    assert resp.json()["roles"] == ["viewer"]


def test_failed_logins_are_limited_per_account_and_address_even_with_the_right_password(
    world: World,
) -> None:
    email = world.email("attestant")
    first, second = next(_addresses), next(_addresses)
    for _ in range(5):
        assert login(world, email, "wrong", address=first).status_code == 401
    limited = login(world, email, address=first)
    assert limited.status_code == 429
    assert limited.json()["detail"]["code"] == "rate_limited"
    assert 0 < int(limited.headers["Retry-After"]) <= 15 * 60
    # Five guesses from one address do not lock the account for everyone
    # (the account's own ceiling is higher: tests/server/test_login_limits.py).
    assert login(world, email, address=second).status_code == 200
    # Other accounts are not affected.
    assert login(world, world.email("viewer"), address=first).status_code == 200


def test_failed_logins_are_limited_per_address(world: World) -> None:
    address, elsewhere = next(_addresses), next(_addresses)
    for i in range(20):
        assert login(world, f"guess{i}@example.se", "wrong", address=address).status_code == 401
    assert login(world, world.email(), address=address).status_code == 429
    assert login(world, world.email(), address=elsewhere).status_code == 200


def test_success_clears_only_its_own_address_counter(world: World) -> None:
    email = world.email("alumni_officer")
    attacker, owner = next(_addresses), next(_addresses)
    for _ in range(3):
        assert login(world, email, "wrong", address=attacker).status_code == 401
    assert login(world, email, "typo", address=owner).status_code == 401
    assert login(world, email, address=owner).status_code == 200
    for _ in range(2):
        assert login(world, email, "wrong", address=attacker).status_code == 401
    # 5 failures from the attacker's address in the window: the account is locked again.
    assert login(world, email, address=attacker).status_code == 429


def test_malformed_login_is_422_naming_the_field(world: World) -> None:
    url = f"{world.url}/api/v1/auth/login"
    resp = requests.post(url, json={"email": "a@b.se"}, timeout=10)
    assert resp.status_code == 422
    assert resp.json()["detail"]["field"] == "body.password"
    resp = requests.post(url, json={"email": "a\x00@b.se", "password": "x"}, timeout=10)
    assert resp.status_code == 422
    assert resp.json()["detail"]["field"] == "body.email"


def test_tenant_of_the_token_is_recorded(world: World) -> None:
    token = login(world, world.email(), address=next(_addresses)).json()["token"]
    with world.db.sessions() as s:
        row = s.scalar(
            select(AuthToken).where(
                AuthToken.token_hash == hashlib.sha256(token.encode()).hexdigest()
            )
        )
        assert row is not None
        assert row.tenant_id == world.tenant_id
        assert row.expires_at > utcnow() + timedelta(days=1)
