"""User management over HTTP (docs/CONTRACTS.md "Users"): invitations with one answer,
tenant-only lists and changes, deactivation revoking sessions, the last administrator,
reset links through real SMTP and the set-password page; SQLite and PostgreSQL."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from email.message import EmailMessage

import pytest
import requests
from sqlalchemy import select

from models.tenancy import Role, User
from server.db import migrate
from server.services.accounts import grant_roles
from server.services.database import Database
from server.tables import AuditEvent, MailOutbox
from tests.server.conftest import api_settings
from tests.server.helpers import PASSWORD, World, make_world, tenant_by_id
from tests.server.smtp import SmtpServer
from tests.utils.servers import InProcessServer

LINK = re.compile(r"https://kansli\.test(/password/[A-Za-z0-9_-]{40,})")
CSRF = re.compile(r'name="csrf_token" value="([0-9a-f]+)"')


class Site:
    def __init__(self, server: InProcessServer, smtp: SmtpServer) -> None:
        self.server, self.smtp = server, smtp
        self.url = server.url

    def world(self, prefix: str) -> World:
        return make_world(self.url, self.server.db, self.server.settings, prefix)

    def mail_to(self, address: str, count: int = 1) -> list[EmailMessage]:
        """The mails to ``address`` once ``count`` of them arrived over SMTP."""
        deadline = time.monotonic() + 30
        while True:
            found = [m for m in self.smtp.messages if address in str(m["To"])]
            if len(found) >= count:
                return found
            assert time.monotonic() < deadline, f"{len(found)} of {count} mails to {address}"
            time.sleep(0.05)  # polling a condition with a deadline


@pytest.fixture
def site(server_db_url: str) -> Iterator[Site]:
    migrate(server_db_url)
    smtp = SmtpServer().start()
    settings = api_settings(
        server_db_url, smtp_port=smtp.port, run_worker=True, worker_poll_seconds=0.1
    )
    db = Database(server_db_url)
    server = InProcessServer(settings, db).start()
    try:
        yield Site(server, smtp)
    finally:
        server.stop()
        smtp.stop()
        db.dispose()


def login(site: Site, email: str, password: str, tenant: str | None = None) -> requests.Response:
    body = {"email": email, "password": password, **({"tenant": tenant} if tenant else {})}
    return requests.post(f"{site.url}/api/v1/auth/login", json=body, timeout=10)


def set_password(
    site: Site, path: str, password: str, again: str | None = None
) -> requests.Response:
    browser = requests.Session()
    page = browser.get(f"{site.url}{path}", timeout=10)
    assert page.status_code == 200, page.text
    csrf = CSRF.search(page.text)
    assert csrf
    form = {"csrf_token": csrf.group(1), "password": password, "password_again": again or password}
    return browser.post(f"{site.url}{path}", data=form, timeout=10)


def link_in(mail: EmailMessage) -> str:
    found = LINK.search(mail.get_content())
    assert found, mail.get_content()
    return found.group(1)


def test_invitation_answers_the_same_for_any_address_and_sets_a_password(site: Site) -> None:
    a, b = site.world("a"), site.world("b")
    admin = a.client(Role.ADMIN)
    new = f"ny.kollega.{a.slug}@example.se"
    elsewhere = b.email(Role.VIEWER)
    answers = [
        admin.post(
            f"{site.url}/api/v1/users",
            json={"email": address, "display_name": "Ny Kollega", "roles": ["course_admin"]},
            timeout=10,
        )
        for address in (new, elsewhere)
    ]
    assert [(r.status_code, r.json()) for r in answers] == [(202, {"status": "invited"})] * 2
    # The other tenant's user: a mail saying so, no link, the password unchanged.
    [told] = site.mail_to(elsewhere)
    assert "/password/" not in told.get_content()
    assert login(site, elsewhere, PASSWORD, tenant=b.slug).status_code == 200
    # The new address: a link to choose a password, weak ones refused with the rule.
    path = link_in(site.mail_to(new)[0])
    weak = set_password(site, path, "password123")
    assert weak.status_code == 422 and "most common" in weak.text
    differ = set_password(site, path, "ett bra lösenord", "ett annat lösenord")
    assert differ.status_code == 422 and "differ" in differ.text
    done = set_password(site, path, "ett bra lösenord")
    assert done.status_code == 200 and "Your password is saved" in done.text
    again = requests.get(f"{site.url}{path}", timeout=10)
    assert again.status_code == 410
    signed_in = login(site, new, "ett bra lösenord")
    assert signed_in.status_code == 200, signed_in.text
    listed = admin.get(f"{site.url}/api/v1/users", timeout=10).json()["users"]
    by_email = {u["email"]: u for u in listed}
    assert by_email[new]["roles"] == ["course_admin"] and by_email[new]["sessions"] == 1
    assert by_email[new]["last_sign_in_at"] is not None
    assert by_email[elsewhere]["roles"] == ["course_admin"]
    with a.db.sessions() as s:
        actions = set(
            s.scalars(select(AuditEvent.action).where(AuditEvent.tenant_id == a.tenant_id))
        )
        assert {"user.invited", "user.password_set"} <= actions


def test_only_the_tenants_administrators_see_and_change_its_users(site: Site) -> None:
    a, b = site.world("a"), site.world("b")
    assert a.client(Role.VIEWER).get(f"{site.url}/api/v1/users", timeout=10).status_code == 403
    listed = a.client(Role.ADMIN).get(f"{site.url}/api/v1/users", timeout=10).json()["users"]
    assert {u["email"] for u in listed} == {a.email(r) for r in Role}
    foreign = b.users[Role.VIEWER].id
    admin = a.client(Role.ADMIN)
    for resp in (
        admin.patch(f"{site.url}/api/v1/users/{foreign}", json={"active": False}, timeout=10),
        admin.post(f"{site.url}/api/v1/users/{foreign}/password-reset", timeout=10),
        admin.get(f"{site.url}/api/v1/users/{foreign}/sessions", timeout=10),
    ):
        assert resp.status_code == 404, resp.text
    assert b.client(Role.VIEWER).get(f"{site.url}/api/v1/me", timeout=10).status_code == 200


def test_deactivation_revokes_every_session_and_the_last_admin_stays(site: Site) -> None:
    a = site.world("a")
    admin = a.client(Role.ADMIN)
    viewer_id = a.users[Role.VIEWER].id
    assert a.client(Role.VIEWER).get(f"{site.url}/api/v1/me", timeout=10).status_code == 200
    off = admin.patch(f"{site.url}/api/v1/users/{viewer_id}", json={"active": False}, timeout=10)
    assert off.status_code == 200 and off.json()["active"] is False and off.json()["sessions"] == 0
    assert a.client(Role.VIEWER).get(f"{site.url}/api/v1/me", timeout=10).status_code == 401
    assert login(site, a.email(Role.VIEWER), PASSWORD).status_code == 401
    admin_id = a.users[Role.ADMIN].id
    for change in ({"active": False}, {"roles": ["viewer"]}):
        refused = admin.patch(f"{site.url}/api/v1/users/{admin_id}", json=change, timeout=10)
        assert refused.status_code == 409 and refused.json()["detail"]["code"] == "last_admin"
    # With a second administrator, the first may step down.
    other = a.users[Role.COURSE_ADMIN].id
    up = admin.patch(
        f"{site.url}/api/v1/users/{other}", json={"roles": ["admin", "course_admin"]}, timeout=10
    )
    assert up.status_code == 200 and up.json()["roles"] == ["admin", "course_admin"]
    down = admin.patch(
        f"{site.url}/api/v1/users/{admin_id}", json={"roles": ["viewer"]}, timeout=10
    )
    assert down.status_code == 200 and down.json()["roles"] == ["viewer"]
    with a.db.sessions() as s:
        actions = list(
            s.scalars(select(AuditEvent.action).where(AuditEvent.tenant_id == a.tenant_id))
        )
        assert actions.count("user.roles_changed") == 2 and "user.deactivated" in actions


def test_an_account_of_two_tenants_is_not_deactivated_by_one(site: Site) -> None:
    """Deactivating a shared account takes away this tenant's access only."""
    a, b = site.world("a"), site.world("b")
    shared = b.users[Role.VIEWER]
    with a.db.transaction() as s:
        grant_roles(
            session=s, user=shared, tenant=tenant_by_id(a.db, a.tenant_id), roles=["viewer"]
        )
    done = a.client(Role.ADMIN).patch(
        f"{site.url}/api/v1/users/{shared.id}", json={"active": False}, timeout=10
    )
    assert done.status_code == 200 and done.json()["active"] is False
    assert b.client(Role.VIEWER).get(f"{site.url}/api/v1/me", timeout=10).status_code == 200
    # Its roles in A are gone: it cannot sign in to A.
    assert login(site, shared.email, PASSWORD, a.slug).status_code == 403


def _comparable(user: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in user.items() if k not in ("id", "email")}


def test_an_administrator_cannot_tell_or_change_another_tenants_account(site: Site) -> None:
    """Tenant A invites an address that is B's user, and a new address, alike: the list,
    a rename, a password reset and a deactivation answer alike for both; B's account
    keeps its name, gets no reset mail and stays active in B."""
    a, b = site.world("a"), site.world("b")
    admin = a.client(Role.ADMIN)
    victim = b.users[Role.VIEWER]
    victim_name = victim.display_name
    new = f"new-{a.slug}@example.se"
    for address in (victim.email, new):
        invited = admin.post(
            f"{site.url}/api/v1/users",
            json={"email": address, "display_name": "Probe Name", "roles": ["viewer"]},
            timeout=10,
        )
        assert invited.status_code == 202
    site.mail_to(new)  # the new account's invitation went out
    listed = {
        u["email"]: u for u in admin.get(f"{site.url}/api/v1/users", timeout=10).json()["users"]
    }
    ids = {address: listed[address]["id"] for address in (victim.email, new)}
    assert _comparable(listed[victim.email]) == _comparable(listed[new])
    assert listed[victim.email]["display_name"] == "Probe Name"

    renamed = {
        address: admin.patch(
            f"{site.url}/api/v1/users/{ids[address]}", json={"display_name": "Impostor"}, timeout=10
        )
        for address in ids
    }
    assert {r.status_code for r in renamed.values()} == {200}
    assert _comparable(renamed[victim.email].json()) == _comparable(renamed[new].json())
    assert renamed[victim.email].json()["display_name"] == "Impostor"
    me_in_b = b.client(Role.VIEWER).get(f"{site.url}/api/v1/me", timeout=10).json()
    assert me_in_b["user"]["display_name"] == victim_name

    resets = [
        admin.post(f"{site.url}/api/v1/users/{ids[address]}/password-reset", timeout=10)
        for address in ids
    ]
    assert [(r.status_code, r.json()) for r in resets] == [(202, {"status": "sent"})] * 2
    site.mail_to(new, count=2)  # the new account's reset link went out
    with a.db.sessions() as s:
        kinds = list(
            s.scalars(select(MailOutbox.kind).where(MailOutbox.to_address == victim.email))
        )
    assert "mail.password.reset" not in kinds

    off = {
        address: admin.patch(
            f"{site.url}/api/v1/users/{ids[address]}", json={"active": False}, timeout=10
        )
        for address in ids
    }
    assert {r.status_code for r in off.values()} == {200}
    assert _comparable(off[victim.email].json()) == _comparable(off[new].json())
    assert off[victim.email].json()["active"] is False
    assert b.client(Role.VIEWER).get(f"{site.url}/api/v1/me", timeout=10).status_code == 200


def test_reset_links_by_the_administrator_and_self_service(site: Site) -> None:
    a = site.world("a")
    user = a.users[Role.COURSE_ADMIN]
    sent = a.client(Role.ADMIN).post(
        f"{site.url}/api/v1/users/{user.id}/password-reset", timeout=10
    )
    assert sent.status_code == 202
    path = link_in(site.mail_to(user.email)[0])
    assert set_password(site, path, "nytt långt lösenord").status_code == 200
    # Setting the password signed the user out everywhere; the new one signs in.
    assert a.client(Role.COURSE_ADMIN).get(f"{site.url}/api/v1/me", timeout=10).status_code == 401
    assert login(site, user.email, PASSWORD).status_code == 401
    assert login(site, user.email, "nytt långt lösenord").status_code == 200
    # Forgot password: the same answer for an account and for nobody.
    answers = [
        requests.post(f"{site.url}/api/v1/auth/password-reset", json={"email": e}, timeout=10)
        for e in (a.email(Role.VIEWER), f"nobody.{a.slug}@example.se", "not an address")
    ]
    assert {(r.status_code, r.text) for r in answers} == {(202, answers[0].text)}
    path = link_in(site.mail_to(a.email(Role.VIEWER))[0])
    assert set_password(site, path, "ännu ett lösenord").status_code == 200
    assert login(site, a.email(Role.VIEWER), "ännu ett lösenord").status_code == 200


def test_sessions_are_listed_and_revoked(site: Site) -> None:
    a = site.world("a")
    viewer = a.users[Role.VIEWER]
    second = login(site, viewer.email, PASSWORD).json()["token"]
    mine = requests.Session()
    mine.headers["Authorization"] = f"Bearer {second}"
    listed = mine.get(f"{site.url}/api/v1/me/sessions", timeout=10).json()["sessions"]
    assert len(listed) == 2
    assert set(listed[0]) >= {"id", "created_at", "expires_at", "client_label"}
    admin = a.client(Role.ADMIN)
    theirs = admin.get(f"{site.url}/api/v1/users/{viewer.id}/sessions", timeout=10).json()
    assert {x["id"] for x in theirs["sessions"]} == {x["id"] for x in listed}
    # The user ends the older session themselves; the administrator the other.
    older = listed[-1]["id"]
    assert mine.delete(f"{site.url}/api/v1/me/sessions/{older}", timeout=10).status_code == 204
    assert a.client(Role.VIEWER).get(f"{site.url}/api/v1/me", timeout=10).status_code == 401
    newer = listed[0]["id"]
    gone = admin.delete(f"{site.url}/api/v1/users/{viewer.id}/sessions/{newer}", timeout=10)
    assert gone.status_code == 204
    assert mine.get(f"{site.url}/api/v1/me", timeout=10).status_code == 401
    again = admin.delete(f"{site.url}/api/v1/users/{viewer.id}/sessions/{newer}", timeout=10)
    assert again.status_code == 404


def test_the_mobile_phone_is_set_checked_removed_and_audited(site: Site) -> None:
    """PATCH phone: stored in E.164 for SMS attestation, 422 for a non-number, "" removes
    it; a shared account's phone stays its own, the tenant sees only what it set."""
    a, b = site.world("a"), site.world("b")
    admin = a.client(Role.ADMIN)
    viewer = a.users[Role.VIEWER]
    url = f"{site.url}/api/v1/users/{viewer.id}"
    listed = admin.get(f"{site.url}/api/v1/users", timeout=10).json()["users"]
    assert {u["phone"] for u in listed} == {None}
    bad = admin.patch(url, json={"phone": "07O-123 45 67"}, timeout=10)
    assert bad.status_code == 422 and bad.json()["detail"]["field"] == "phone", bad.text
    done = admin.patch(url, json={"phone": "070-123 45 67"}, timeout=10)
    assert done.status_code == 200 and done.json()["phone"] == "+46701234567", done.text
    with a.db.sessions() as s:
        stored = s.scalar(select(User.phone).where(User.id == viewer.id))
    assert stored == "+46701234567"
    removed = admin.patch(url, json={"phone": ""}, timeout=10)
    assert removed.status_code == 200 and removed.json()["phone"] is None

    shared = b.users[Role.VIEWER]
    with a.db.transaction() as s:
        s.get(User, shared.id).phone = "+46709999999"  # type: ignore[union-attr]
        grant_roles(
            session=s, user=shared, tenant=tenant_by_id(a.db, a.tenant_id), roles=["viewer"]
        )
    shared_url = f"{site.url}/api/v1/users/{shared.id}"
    assert admin.get(f"{site.url}/api/v1/users", timeout=10).status_code == 200
    here = {u["id"]: u for u in admin.get(f"{site.url}/api/v1/users", timeout=10).json()["users"]}
    assert here[shared.id]["phone"] is None  # B's number does not show in A
    set_here = admin.patch(shared_url, json={"phone": "+46 70 111 22 33"}, timeout=10)
    assert set_here.status_code == 200 and set_here.json()["phone"] == "+46701112233"
    with a.db.sessions() as s:
        assert s.scalar(select(User.phone).where(User.id == shared.id)) == "+46709999999"
        changes = list(
            s.scalars(
                select(AuditEvent.details).where(
                    AuditEvent.tenant_id == a.tenant_id, AuditEvent.action == "user.phone_changed"
                )
            )
        )
    assert [c["phone"] for c in changes] == ["+46701234567", None, "+46701112233"]
