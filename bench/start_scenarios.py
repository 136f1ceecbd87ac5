"""Start-up benchmarks: the embedded demo server, the desktop on a large local database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

from bench.harness import Result, median, percentile

REPO = Path(__file__).resolve().parents[1]


def _demo_once(data_dir: Path) -> float:
    info = data_dir.parent / f"info-{time.monotonic_ns()}.json"
    started = time.monotonic()
    proc = subprocess.Popen(
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
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while not info.exists():
            if proc.poll() is not None:
                raise RuntimeError("the demo server exited")
            time.sleep(0.01)  # polling for the file the server writes when it answers
        data = json.loads(info.read_text())
        admin = next(u for u in data["users"] if u["roles"] == ["admin"])
        token = requests.post(
            f"{data['url']}/api/v1/auth/login",
            json={"email": admin["email"], "password": admin["password"]},
            timeout=30,
        ).json()["token"]
        requests.get(
            f"{data['url']}/api/v1/sync/pull",
            params={"limit": 1000},
            headers={"Authorization": f"Bearer {token}"},
            timeout=30,
        ).raise_for_status()
        return time.monotonic() - started
    finally:
        proc.terminate()
        proc.wait(30)


def demo_start(size: int | None) -> Result:
    """``kansli-server demo`` to login and pull answered: fresh folder and reused folder."""
    runs = size or 5
    result = Result("demo-start", {"runs": runs})
    fresh, reused = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs):
            d = Path(tmp) / f"demo{i}"
            fresh.append(_demo_once(d))
            reused.append(_demo_once(d))
    result.record("fresh_median_s", median(fresh))
    result.record("fresh_p95_s", percentile(fresh, 95))
    result.record("reused_median_s", median(reused))
    result.target("fresh_median_s", "<=", 5.0)
    return result


def _kansli_demo_once(cache: Path) -> tuple[float, float]:
    """``kansli --demo --screenshot``: seconds from launch to the data on screen, and to exit."""
    env = {
        **os.environ,
        "KANSLI_TIMING": "1",
        "KANSLI_CACHE_DIR": str(cache),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    with tempfile.TemporaryDirectory() as tmp:
        started = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-m", "desktop", "--demo", "--screenshot", f"{tmp}/shot.png"],
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        shown = None
        assert proc.stderr is not None
        for line in proc.stderr:
            if shown is None and "main window shows its data" in line:
                shown = time.monotonic() - started
        proc.wait(60)
        ended = time.monotonic() - started
    if shown is None or proc.returncode != 0:
        raise RuntimeError(f"kansli --demo did not show its data (exit {proc.returncode})")
    return shown, ended


def desktop_demo(size: int | None) -> Result:
    """``kansli --demo`` to the main window with demo data: first start of the day (no
    prepared demo database) and later starts, each from a new data folder."""
    runs = size or 5
    result = Result("desktop-demo", {"runs": runs})
    cold, warm = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs):
            cache = Path(tmp) / f"cache{i}"
            cold.append(_kansli_demo_once(cache)[0])  # builds and keeps the demo database
            warm.append(_kansli_demo_once(cache)[0])  # copies it
    result.record("first_start_median_s", median(cold))
    result.record("data_on_screen_median_s", median(warm))
    result.record("data_on_screen_p95_s", percentile(warm, 95))
    result.target("data_on_screen_median_s", "<", 3.0)
    return result
