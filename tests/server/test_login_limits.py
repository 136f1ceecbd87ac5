"""Sign-in limits under attack: atomic counting, no lockout of the owner, bounded checks.

Every test talks HTTP to a real server; ``world`` runs on SQLite and on
PostgreSQL, the two-process test on both as well. The tests play the proxy
(``X-Forwarded-For`` from 127.0.0.1 is trusted by the test server's settings)
to simulate clients at many addresses.
"""

from __future__ import annotations

import itertools
import json
import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import requests

from tests.server.helpers import PASSWORD, World
from tests.utils.servers import LiveServer, add_account

_addresses = (f"10.{100 + i // 250}.{i % 250}.9" for i in itertools.count(1))


def _login(url: str, email: str, password: str, address: str) -> requests.Response:
    return requests.post(
        f"{url}/api/v1/auth/login",
        json={"email": email, "password": password},
        headers={"X-Forwarded-For": address},
        timeout=60,
    )


def _parallel(n: int, attempt: Callable[[int], requests.Response]) -> list[requests.Response]:
    """``n`` attempts released at once (a barrier), answers in order."""
    barrier = threading.Barrier(n)

    def run(i: int) -> requests.Response:
        barrier.wait(timeout=30)
        return attempt(i)

    with ThreadPoolExecutor(max_workers=n) as pool:
        return list(pool.map(run, range(n)))


def _statuses(answers: list[requests.Response]) -> Counter[int]:
    return Counter(a.status_code for a in answers)


# -- item 5: counting and checking are one atomic step --------------------------------


def test_parallel_wrong_passwords_for_one_account_check_only_the_limit(world: World) -> None:
    email, address = world.email("attestant"), next(_addresses)
    answers = _parallel(40, lambda _i: _login(world.url, email, "wrong", address))
    assert _statuses(answers) == {401: 5, 429: 35}
    assert all(
        0 < int(a.headers["Retry-After"]) <= 15 * 60 for a in answers if a.status_code == 429
    )


def test_parallel_guesses_from_many_addresses_stop_at_the_account_ceiling(world: World) -> None:
    email = world.email("alumni_officer")
    addresses = [next(_addresses) for _ in range(40)]
    answers = _parallel(40, lambda i: _login(world.url, email, "wrong", addresses[i]))
    assert _statuses(answers) == {401: 20, 429: 20}


def test_parallel_guesses_over_many_accounts_from_one_address_stop_at_its_ceiling(
    world: World,
) -> None:
    address = next(_addresses)
    answers = _parallel(
        120,
        lambda i: _login(world.url, f"guess{i}.{world.slug}@example.se", "wrong", address),
    )
    assert _statuses(answers) == {401: 20, 429: 100}


def test_two_server_processes_on_one_database_share_the_limits(server_db_url: str) -> None:
    env = {"KANSLI_TRUSTED_PROXIES": "127.0.0.1"}
    first = LiveServer(server_db_url, env=env).start()  # migrates the database
    second = LiveServer(server_db_url, env=env)
    try:
        account = add_account(server_db_url)
        second.start()
        address = next(_addresses)
        urls = [first.url, second.url]
        answers = _parallel(40, lambda i: _login(urls[i % 2], account["email"], "wrong", address))
        assert _statuses(answers) == {401: 5, 429: 35}
    finally:
        second.stop()
        first.stop()


# -- item 8: throttled per account and address, without lockout -----------------------


def test_the_owner_signs_in_from_a_usual_address_while_an_attacker_guesses(world: World) -> None:
    email, home = world.email("admin"), next(_addresses)
    assert _login(world.url, email, PASSWORD, home).status_code == 200  # a usual address
    attackers = [next(_addresses) for _ in range(10)]
    guessed = Counter[int]()
    owner = Counter[int]()
    for _round in range(4):
        answers = _parallel(10, lambda i: _login(world.url, email, "guess", attackers[i]))
        guessed.update(_statuses(answers))
        owner[_login(world.url, email, PASSWORD, home).status_code] += 1
    # Guessing is bounded by the account's ceiling, refused attempts cost nothing...
    assert guessed == {401: 20, 429: 20}
    # ...and the owner got in every time, from their usual address.
    assert owner == {200: 4}
    # From an address the account has not signed in from, the ceiling holds even
    # with the right password (it is what bounds the guessing).
    assert _login(world.url, email, PASSWORD, next(_addresses)).status_code == 429


def test_typos_on_a_shared_office_address_do_not_lock_out_colleagues(world: World) -> None:
    office = next(_addresses)
    typists = [world.email(r) for r in ("course_admin", "alumni_officer", "attestant", "viewer")]
    for email in typists:  # 20 failures from the office, 5 per colleague
        for _ in range(5):
            assert _login(world.url, email, "typo", office).status_code == 401
    # One colleague keeps mistyping: only they are refused, and it costs no check.
    assert _login(world.url, typists[0], "typo", office).status_code == 429
    # A colleague who never signed in from the office before gets in.
    assert _login(world.url, world.email("admin"), PASSWORD, office).status_code == 200


# -- item 6: a bounded number of password checks at once -------------------------------


def _password_checks(log: Path) -> list[dict[str, Any]]:
    checks = []
    for line in log.read_text(errors="replace").splitlines():
        if '"msg":"password_check"' in line:
            checks.append(json.loads(line))
    return checks


def _kib(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise AssertionError(f"no {field} in /proc/{pid}/status")


def test_parallel_logins_run_a_bounded_number_of_password_checks(tmp_path: Path) -> None:
    # Unknown accounts are checked against a dummy hash with production argon2
    # parameters (64 MiB each), as an attacker's guesses would be.
    env = {
        "KANSLI_TRUSTED_PROXIES": "127.0.0.1",
        "KANSLI_LOGIN_MAX_CONCURRENT_HASHES": "2",
        "KANSLI_LOGIN_HASH_WAIT_SECONDS": "60",
        "KANSLI_LOG_LEVEL": "INFO",
    }
    server = LiveServer(f"sqlite:///{tmp_path / 'server.db'}", env=env).start()
    try:
        assert server._proc is not None
        pid = server._proc.pid
        # One check first, so the dummy hash is made and the libraries are loaded.
        assert _login(server.url, "warm@example.se", "x", next(_addresses)).status_code == 401
        before = _kib(pid, "VmRSS")
        addresses = [next(_addresses) for _ in range(12)]
        answers = _parallel(
            12, lambda i: _login(server.url, f"nobody{i}@example.se", "wrong", addresses[i])
        )
        assert _statuses(answers) == {401: 12}
        grown_mib = (_kib(pid, "VmHWM") - before) / 1024
    finally:
        server.stop()
    checks = _password_checks(server.log_path)
    assert len(checks) == 13
    assert max(c["running"] for c in checks) <= 2
    # Two checks of 64 MiB at once, not twelve (which would be 768 MiB).
    assert grown_mib < 4 * 64, grown_mib


def test_a_login_that_finds_no_check_slot_is_answered_503_and_not_counted(
    tmp_path: Path,
) -> None:
    db_url = f"sqlite:///{tmp_path / 'server.db'}"
    env = {
        "KANSLI_TRUSTED_PROXIES": "127.0.0.1",
        "KANSLI_LOGIN_MAX_CONCURRENT_HASHES": "1",
        "KANSLI_LOGIN_HASH_WAIT_SECONDS": "0",
    }
    server = LiveServer(db_url, env=env).start()
    try:
        address = next(_addresses)
        answers = _parallel(
            5, lambda i: _login(server.url, f"nobody{i}@example.se", "wrong", address)
        )
        statuses = _statuses(answers)
        assert set(statuses) <= {401, 503} and statuses[503] >= 1, statuses
        for busy in (a for a in answers if a.status_code == 503):
            assert busy.json()["detail"]["code"] == "busy"
            assert int(busy.headers["Retry-After"]) >= 1
        # Only the checked attempts count: the address's ceiling (20 accounts) has
        # room for exactly 20 minus those, one at a time.
        refused_after = 0
        for i in range(25):
            resp = _login(server.url, f"later{i}@example.se", "wrong", address)
            refused_after += resp.status_code == 429
        assert refused_after == 25 - (20 - statuses[401])
    finally:
        server.stop()
