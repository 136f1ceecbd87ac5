"""Demo data: deterministic, realistic, complete; and ``kansli-server demo`` end to end."""

from __future__ import annotations

import email.policy
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from datetime import date
from email import message_from_bytes
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import func, select, text

from models import validators
from models.agent_orders import OrderState
from models.alumni import AlumniStatus
from models.base import synced_tables
from models.organisations import Agent
from models.tenancy import AGENT_ADMIN, Membership, Role, User
from server.db import migrate
from server.demo import names
from server.demo.generate import (
    DEMO_AGENT_ADMIN,
    DemoSizes,
    alumni_decision,
    demo_agent_id,
    generate,
)
from server.demo.seed import DEMO_PASSWORD, demo_tenant_id, seed_demo
from server.demo.tango import ANDERS, MARIA
from server.services.accounts import roles_of, verify_password
from server.services.database import Database
from server.tables import TenantSeq
from tests.server.helpers import cmd
from tests.utils.servers import REPO, wait_until

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo() -> dict[str, list[dict[str, Any]]]:
    return generate(tenant_id=demo_tenant_id(), today=TODAY).rows


def test_same_seed_gives_same_data_and_another_seed_other_data() -> None:
    small = DemoSizes().scaled(0.05)
    one = generate(tenant_id=demo_tenant_id(), sizes=small, today=TODAY)
    assert one.rows == generate(tenant_id=demo_tenant_id(), sizes=small, today=TODAY).rows
    other = generate(tenant_id=demo_tenant_id(), sizes=small, today=TODAY, seed=7)
    assert [p["last_name"] for p in other.rows["person"]] != [
        p["last_name"] for p in one.rows["person"]
    ]


def test_demo_has_the_sizes_of_the_issue(demo: dict[str, list[dict[str, Any]]]) -> None:
    assert len(demo["course"]) == 20
    assert len(demo["course_round"]) == 60
    assert len(demo["person"]) == 3000
    assert len(demo["registration"]) == 2500
    assert len(demo["alumni_registration"]) == 400
    assert len(demo["agent_order"]) == 30
    assert set(demo) == set(synced_tables())


def test_automatic_reasons_agree_with_the_student_records(
    demo: dict[str, list[dict[str, Any]]],
) -> None:
    """A person who registered twice is decided against the one record shown beside both."""
    records = {r["person_id"]: r for r in demo["student_record"]}
    decided = [r for r in demo["alumni_registration"] if r["person_id"] and r["decision_reason"]]
    people = Counter(r["person_id"] for r in decided)
    assert max(people.values()) > 1  # the case that went wrong: several registrations
    for reg in decided:
        record = records[reg["person_id"]]
        has_degree = record["degree"] is not None
        details = {k: reg["decision_details"][k] for k in ("credits", "degree")}
        assert details == {"credits": record["credits"], "degree": has_degree}
        if "student records:" in reg["decision_reason"]:
            assert ("No degree" in reg["decision_reason"]) == (not has_degree)
        assert (reg["program"], reg["graduation_year"]) == (
            record["program_name"],
            record["graduation_year"] if has_degree else reg["graduation_year"],
        )


def test_demo_registrations_keep_their_statuses_when_the_rules_decide_them_again(
    demo: dict[str, list[dict[str, Any]]],
) -> None:
    """Issue 20: each registration, in the order they came in, is what seed 001's rules
    give for the person as their earlier registrations left them (no "not approved"
    matched to an alumnus); the categories at the end are what the registrations made."""
    rows = demo["category"]
    names = {r["key"]: r["name"] for r in rows}
    assert (names["alumnus"], names["registered_alumnus"]) == ("Alumn", "Registrerad alumn")
    category_key = {r["id"]: r["key"] for r in rows}
    has: dict[str, set[str]] = {}
    for link in demo["person_category"]:
        has.setdefault(link["person_id"], set()).add(category_key[link["category_id"]])
    records = {r["person_id"]: r for r in demo["student_record"]}
    registered: dict[str, bool] = {}
    regs = sorted(demo["alumni_registration"], key=lambda r: (r["received_at"], r["id"]))
    for reg in regs:
        person = reg["person_id"]
        if reg["status"] == AlumniStatus.RECEIVED:
            assert person is None
            continue
        alumnus = records[person]["degree"] is not None
        assert ("alumnus" in has.get(person, set())) == alumnus
        was = registered.get(person, False)
        if reg["status"] == AlumniStatus.UNREGISTERED:
            # Approved by the rules first (only a member ends a membership), then ended.
            first = alumni_decision(
                alumnus=alumnus, registered=was, wanted=AlumniStatus.APPROVED_MANUALLY
            )
            assert first != AlumniStatus.NOT_APPROVED
            registered[person] = False
            continue
        again = alumni_decision(alumnus=alumnus, registered=was, wanted=AlumniStatus(reg["status"]))
        assert again == reg["status"], (reg["id"], alumnus, was)
        if reg["status"] in (AlumniStatus.NOT_APPROVED, AlumniStatus.DENIED):
            assert not alumnus and not was  # never an alumnus left "not approved"
            assert "is neither an alumnus nor a registered alumnus" in reg["decision_reason"]
        registered[person] = registered.get(person, False) or reg["status"] in (
            AlumniStatus.APPROVED_REGISTERED_ALUMNUS,
            AlumniStatus.APPROVED_ALUMNUS,
            AlumniStatus.APPROVED_MANUALLY,
        )
    for person, now in registered.items():
        assert ("registered_alumnus" in has.get(person, set())) == now
    # A matched registration gives a phone of the profile, or none (review finding 5):
    # another phone would be a proposal the demo does not show.
    phones: dict[str, set[str]] = {}
    for row in demo["person_phone"]:
        phones.setdefault(row["person_id"], set()).add(row["number"])
    assert all(
        r["phone"] is None or r["phone"] in phones.get(r["person_id"], set())
        for r in regs
        if r["person_id"]
    )
    assert any(r["phone"] for r in regs if r["person_id"])
    # Returning alumni update their details: a new name proposed, for the office to review.
    updating = [r for r in regs if r["proposal_state"] == "pending"]
    assert updating and all(
        r["status"] == AlumniStatus.APPROVED_REGISTERED_ALUMNUS
        and r["decision_reason"].endswith("; updates their details")
        and r["proposed"] == {"last_name": r["last_name"]}
        for r in updating
    )


def test_demo_covers_every_state(demo: dict[str, list[dict[str, Any]]]) -> None:
    regs = demo["registration"]
    states = Counter(
        "approved" if r["approved_at"] else "requested" if r["approval_requested_at"] else "none"
        for r in regs
    )
    assert min(states.values()) > 100 and len(states) == 3
    assert {r["status"] for r in regs} == {"registered", "cancelled", "waiting"}
    # A full round with its waiting list (issue 15): the waiting signed up after the rest.
    [full] = {r["round_id"] for r in regs if r["status"] == "waiting"}
    seats = next(r["seats"] for r in demo["course_round"] if r["id"] == full)
    mine = [r for r in regs if r["round_id"] == full]
    placed = [r["created_at"] for r in mine if r["status"] == "registered"]
    waiting = [r["created_at"] for r in mine if r["status"] == "waiting"]
    assert len(placed) == seats and len(waiting) == 3 and max(placed) <= min(waiting)
    assert any(r["approving_manager_id"] is None and r["form_manager_email"] for r in regs)
    alumni = Counter(r["status"] for r in demo["alumni_registration"])
    assert set(alumni) == {s.value for s in AlumniStatus}
    orders = Counter(r["state"] for r in demo["agent_order"])
    assert set(orders) == {s.value for s in OrderState}
    assert {c["key"] for c in demo["category"]} >= {"alumnus", "registered_alumnus"}
    assert {c["name"] for c in demo["category"]} >= {"Alumn", "Registrerad alumn"}
    # Categories the office gives (issue 15): some participants are mentors.
    mentor = next(c["id"] for c in demo["category"] if c["key"] == "mentor")
    assert sum(link["category_id"] == mentor for link in demo["person_category"]) > 10


def test_demo_identifiers_are_valid(demo: dict[str, list[dict[str, Any]]]) -> None:
    for org in demo["organisation"]:
        assert validators.normalize_organisationsnummer(org["org_number"]) == org["org_number"]
    with_pnr = [p for p in demo["person"] if p["personnummer"]]
    assert len(with_pnr) >= 300
    for p in with_pnr:
        assert (
            validators.normalize_personnummer(p["personnummer"], today=TODAY) == p["personnummer"]
        )
    for e in demo["person_email"]:
        assert validators.normalize_email(e["address"]) == e["address"]
    for ph in demo["person_phone"]:
        assert validators.normalize_phone(ph["number"]) == ph["number"]
    names = Counter(p["last_name"] for p in demo["person"])
    assert (
        names.most_common(1)[0][0] in {"Andersson", "Johansson", "Karlsson", "Nilsson"}
        or len(names) > 50
    )
    assert any("ö" in p["last_name"] or "å" in p["last_name"] for p in demo["person"])


def test_benchmark_sizes_scale(demo: dict[str, list[dict[str, Any]]]) -> None:
    big = generate(tenant_id=demo_tenant_id(), sizes=DemoSizes().scaled(2), today=TODAY)
    assert len(big.rows["person"]) == 6000
    assert len(big.rows["registration"]) == 5000
    assert len({r["id"] for r in big.rows["person"]}) == 6000


def test_seeding_is_one_bulk_transaction_and_runs_once(server_db_url: str) -> None:
    migrate(server_db_url)
    db = Database(server_db_url)
    try:
        report = seed_demo(db, today=TODAY)
        assert report.created and report.rows > 10_000
        again = seed_demo(db, today=TODAY)
        assert not again.created
        with db.sessions() as s:
            seqs = []
            for table in synced_tables():
                seqs += list(
                    s.scalars(
                        text(f"SELECT server_seq FROM {table} WHERE tenant_id = :t"),
                        {"t": report.tenant_id},
                    )
                )
            assert sorted(seqs) == list(range(1, report.rows + 1))
            assert s.get(TenantSeq, report.tenant_id).value == report.rows  # type: ignore[union-attr]
            users = {u.email: u for u in s.scalars(select(User))}
            # One user per role, and the first agent organisation's administrator.
            assert s.scalar(select(func.count()).select_from(User)) == len(Role) + 1
            agent_admin = users[DEMO_AGENT_ADMIN[0]]
            first_agent = demo_agent_id(report.tenant_id)
            assert s.get(Agent, first_agent).name == names.AGENTS[0]  # type: ignore[union-attr]
            assert roles_of(session=s, user_id=agent_admin.id, tenant_id=report.tenant_id) == {
                AGENT_ADMIN
            }
            [membership] = s.scalars(select(Membership).where(Membership.user_id == agent_admin.id))
            assert (membership.role, membership.agent_id) == (Role.ADMIN, first_agent)
        for entry in report.users:
            assert verify_password(users[entry["email"]].password_hash, DEMO_PASSWORD)
    finally:
        db.dispose()


def _start_demo(data_dir: Path, info: Path, cache: Path) -> subprocess.Popen[bytes]:
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "server",
            "demo",
            "--port",
            "0",
            "--data-dir",
            str(data_dir),
            "--info-file",
            str(info),
        ],
        cwd=REPO,
        env={**os.environ, "KANSLI_CACHE_DIR": str(cache)},
        stdout=subprocess.DEVNULL,
        stderr=(data_dir.parent / "demo.log").open("ab"),
    )


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def _ready_login_pull(
    proc: subprocess.Popen[bytes], info: Path, started: float
) -> tuple[dict[str, Any], requests.Session, float]:
    deadline = started + 30
    while not info.exists():
        assert proc.poll() is None, "the demo server exited"
        assert time.monotonic() < deadline, "no info file within 30 s"
        time.sleep(0.02)  # polling a condition with a deadline
    data = json.loads(info.read_text())
    admin = next(u for u in data["users"] if u["roles"] == ["admin"])
    token = requests.post(
        f"{data['url']}/api/v1/auth/login",
        json={"email": admin["email"], "password": admin["password"]},
        timeout=10,
    ).json()["token"]
    client = requests.Session()
    client.headers["Authorization"] = f"Bearer {token}"
    page = client.get(f"{data['url']}/api/v1/sync/pull", params={"limit": 1000}, timeout=10)
    assert page.status_code == 200 and page.json()["has_more"]
    return data, client, time.monotonic() - started


def test_demo_command_answers_login_and_pull_and_catches_mail(tmp_path: Path) -> None:
    """The embedded default works end to end. Its start-up time is measured in
    ``python -m bench demo-start``, not asserted here (a loaded CI box is slow)."""
    data_dir, info, cache = tmp_path / "demo", tmp_path / "demo-info.json", tmp_path / "cache"
    started = time.monotonic()
    proc = _start_demo(data_dir, info, cache)
    try:
        data, client, _ = _ready_login_pull(proc, info, started)
        assert data["url"].startswith("http://127.0.0.1:")
        assert {tuple(u["roles"]) for u in data["users"]} == {(r.value,) for r in Role} | {
            (AGENT_ADMIN,)
        }
        assert all(u["password"] == DEMO_PASSWORD for u in data["users"])
        # The agent administrator's login is listed and manages its own agent's users only.
        [agent_admin] = [u for u in data["users"] if u["roles"] == [AGENT_ADMIN]]
        assert agent_admin["agent"] == names.AGENTS[0]
        token = requests.post(
            f"{data['url']}/api/v1/auth/login",
            json={"email": agent_admin["email"], "password": agent_admin["password"]},
            timeout=10,
        ).json()["token"]
        auth = {"Authorization": f"Bearer {token}"}
        own, other = (demo_agent_id(demo_tenant_id(), index=i) for i in (0, 1))
        listed = requests.get(f"{data['url']}/api/v1/agents/{own}/roles", headers=auth, timeout=10)
        assert listed.status_code == 200 and "roles" in listed.json()
        refused = requests.get(
            f"{data['url']}/api/v1/agents/{other}/roles", headers=auth, timeout=10
        )
        assert refused.status_code in (403, 404)
        # A request to an approving manager lands in the mail catcher as an .eml file.
        reg = None
        cursor = ""
        while reg is None:
            page = client.get(
                f"{data['url']}/api/v1/sync/pull",
                params={"limit": 5000, "cursor": cursor},
                timeout=10,
            ).json()
            cursor = page["next_cursor"]
            reg = next(
                (
                    r
                    for r in page["changes"].get("registration", [])
                    if r["approved_at"] is None
                    and r["approving_manager_id"]
                    and r["status"] == "registered"
                ),
                None,
            )
            assert reg is not None or page["has_more"]
        resp = client.post(
            f"{data['url']}/api/v1/sync/push",
            json={"commands": [cmd("registration.request_approval", registration_id=reg["id"])]},
            timeout=10,
        ).json()
        assert resp["results"][0]["status"] == "applied", resp
        mail_dir = Path(data["mail_dir"])
        link = f"{data['url']}/approve/"

        def approval_mails() -> list[str]:
            # The catcher also holds the demo's other mails (alumni confirmations).
            bodies = [
                message_from_bytes(eml.read_bytes()).get_payload(decode=True).decode()  # type: ignore[union-attr]
                for eml in mail_dir.glob("*.eml")
            ]
            return [body for body in bodies if link in body]

        deadline = time.monotonic() + 20
        while not approval_mails():
            assert time.monotonic() < deadline, "no approval mail in the catcher"
            time.sleep(0.05)  # polling a condition with a deadline
        assert len(approval_mails()) == 1
        # The tango club's dancers got their follow-up (issue 17); Maria's link opens her
        # own booking page with Tango Fortsättare on it.
        booking = f"{data['url']}/book/"

        def follow_up_mails() -> dict[str, str]:
            found = {}
            for eml in mail_dir.glob("*.eml"):
                message = message_from_bytes(eml.read_bytes(), policy=email.policy.default)
                text = str(message.get_content())  # type: ignore[attr-defined]
                if booking in text:
                    found[str(message["To"])] = text
            return found

        follow_ups = wait_until(
            lambda: (found := follow_up_mails()) and len(found) >= 2 and found,
            what="the follow-up mails in the catcher",
        )
        assert sorted(follow_ups) == sorted([MARIA[2], ANDERS[2]])
        [link] = [line.strip() for line in follow_ups[MARIA[2]].split("\n") if booking in line]
        page = requests.get(link, headers={"Accept-Language": "sv"}, timeout=10)
        assert page.status_code == 200 and "Hej Maria" in page.text
        assert "Tango Fortsättare" in page.text
    finally:
        _stop(proc)
    assert not info.exists(), "the info file outlived the server"
    # A second start on the same folder keeps the data and does not seed again.
    started = time.monotonic()
    proc = _start_demo(data_dir, info, cache)
    try:
        _ready_login_pull(proc, info, started)
    finally:
        _stop(proc)
    # The first start kept a copy of its freshly seeded database for later starts.
    [kept] = cache.glob("demo-*.db")
    assert _tenant_and_hash(kept) == _tenant_and_hash(data_dir / "kansli-demo.db")


def _tenant_and_hash(db_file: Path) -> tuple[Any, ...]:
    """The demo tenant's creation time and the demo users' password hash: both are new
    (a new time, a new random salt) each time the demo is seeded, equal in a copy."""
    con = sqlite3.connect(db_file)
    try:
        return (
            *con.execute("SELECT id, created_at FROM tenant").fetchone(),
            *con.execute("SELECT password_hash FROM app_user LIMIT 1").fetchone(),
        )
    finally:
        con.close()


def test_prepared_demo_database_is_copied_not_seeded_again(tmp_path: Path) -> None:
    """``kansli-server demo --prepare`` (run by the installer) keeps today's demo database;
    a demo started afterwards in a new folder copies it and answers as usual."""
    cache = tmp_path / "cache"
    prepared = subprocess.run(
        [sys.executable, "-m", "server", "demo", "--prepare"],
        cwd=REPO,
        env={**os.environ, "KANSLI_CACHE_DIR": str(cache)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert prepared.returncode == 0, prepared.stderr
    [kept] = cache.glob("demo-*.db")
    assert str(kept) in prepared.stdout
    data_dir, info = tmp_path / "demo", tmp_path / "info.json"
    proc = _start_demo(data_dir, info, cache)
    try:
        data, _, _ = _ready_login_pull(proc, info, time.monotonic())
        assert data["tenant"] == "demo"
    finally:
        _stop(proc)
    assert _tenant_and_hash(data_dir / "kansli-demo.db") == _tenant_and_hash(kept)


def test_demo_template_key_follows_the_date_and_old_copies_are_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from server.demo import template

    assert template.template_key(TODAY) != template.template_key(date(2026, 11, 26))
    monkeypatch.setenv("KANSLI_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "source.db"
    con = sqlite3.connect(source)
    con.execute("CREATE TABLE t (x)")
    con.execute("INSERT INTO t VALUES (42)")
    con.commit()
    con.close()
    assert not template.restore(tmp_path / "nothing-yet.db", TODAY)
    yesterday = template.save(source, date(2026, 11, 24))
    today = template.save(source, TODAY)
    assert today is not None and today.exists()
    assert yesterday is not None and not yesterday.exists()
    copy = tmp_path / "copy.db"
    assert template.restore(copy, TODAY)
    con = sqlite3.connect(copy)
    assert con.execute("SELECT x FROM t").fetchall() == [(42,)]
    con.close()
