"""``kansli-server serve``: production settings are required, proxies are trusted only
when configured."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import requests

from tests.utils.servers import REPO, LiveServer, add_account, free_port


def _wrong_logins(url: str, email: str, addresses: list[str]) -> list[int]:
    return [
        requests.post(
            f"{url}/api/v1/auth/login",
            json={"email": email, "password": "wrong"},
            headers={"X-Forwarded-For": address},
            timeout=30,
        ).status_code
        for address in addresses
    ]


def test_forwarded_for_is_ignored_unless_the_proxy_is_configured(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'server.db'}"
    addresses = [f"10.77.0.{i}" for i in range(1, 7)]
    plain = LiveServer(db_url).start()
    try:
        account = add_account(db_url)
        # A client claiming a new address each time is still the one connection's
        # address: five failures, then the (account, address) limit.
        assert _wrong_logins(plain.url, account["email"], addresses) == [401] * 5 + [429]
    finally:
        plain.stop()
    behind_proxy = LiveServer(db_url, env={"KANSLI_TRUSTED_PROXIES": "127.0.0.1"}).start()
    try:
        # From a configured proxy, X-Forwarded-For names the client.
        others = [f"10.78.0.{i}" for i in range(1, 7)]
        assert _wrong_logins(behind_proxy.url, account["email"], others) == [401] * 6
    finally:
        behind_proxy.stop()


def _serve(db_url: str, *extra: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "server",
            "serve",
            "--port",
            str(free_port()),
            "--database",
            db_url,
            "--migrate",
            *extra,
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_serve_refuses_to_start_without_the_secret_key_and_public_url(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"KANSLI_SECRET_KEY", "KANSLI_PUBLIC_BASE_URL"}
    }
    db_url = f"sqlite:///{tmp_path / 'server.db'}"
    proc = _serve(db_url, env=env)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert "KANSLI_SECRET_KEY" in err and "KANSLI_PUBLIC_BASE_URL" in err
    proc = _serve(db_url, env={**env, "KANSLI_SECRET_KEY": "k" * 40})
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert "set KANSLI_PUBLIC_BASE_URL before serving" in err


def test_serve_dev_starts_without_them(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"KANSLI_SECRET_KEY", "KANSLI_PUBLIC_BASE_URL"}
    }
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "server",
            "serve",
            "--dev",
            "--port",
            str(port),
            "--database",
            f"sqlite:///{tmp_path / 'server.db'}",
            "--migrate",
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        status = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                status = requests.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=2)
                break
            except requests.RequestException:
                time.sleep(0.05)  # polling for the server to answer, with a deadline
        assert status is not None and status.status_code == 200
    finally:
        proc.terminate()
        proc.wait(30)
