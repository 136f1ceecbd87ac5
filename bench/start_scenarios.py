"""Start-up benchmarks: the embedded demo server, and ``kansli --demo`` to its rows on screen."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import requests

from bench.harness import Result, load_average, median, percentile

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


ROWS_PAINTED = "participants' rows painted"
_MARK = re.compile(r"^kansli: (?P<what>.+) after (?P<s>[\d.]+) s$")


def _kansli_demo_once(folder: Path, *, local: bool = False) -> dict[str, Any]:
    """One ``kansli --demo`` on the demo folder ``folder``, from a fresh process.

    Returns the wall seconds from launch to each of the app's timing marks
    (``KANSLI_TIMING=1`` writes them to stderr) and ``marks`` in the app's own
    clock. ``--screenshot`` with ``--tab participants`` shows the Participants
    list first and ends the app by itself once it is signed in and settled, so
    the demo server is stopped cleanly and the next start finds its port free.
    With ``local`` the same copy is opened as ``kansli --database`` (no server):
    the floor a returning demo start is compared with.
    """
    env = {
        **os.environ,
        "KANSLI_TIMING": "1",
        "KANSLI_CACHE_DIR": str(folder / "cache"),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    opens = (
        ["--database", str(folder / "demo" / "client.db")]
        if local
        else ["--demo", "--demo-dir", str(folder / "demo")]
    )
    if local:
        # The demo's copy is encrypted and its key kept in the demo's folder: handed to
        # `--database` as the OS keyring would hand it over (bench.keyring_file).
        env["PYTHON_KEYRING_BACKEND"] = "bench.keyring_file.BenchKeyring"
        env["KANSLI_BENCH_KEYRING"] = str(folder / "demo" / "client.keys")
    argv = [
        sys.executable, "-m", "desktop", *opens,
        "--settings", str(folder / "kansli.ini"), "--language", "en",
        "--screenshot", str(folder / "shot.png"), "--tab", "participants",
    ]  # fmt: skip
    started = time.perf_counter()
    proc = subprocess.Popen(
        argv, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    killer = threading.Timer(120, proc.kill)  # a hung app must not hang the benchmark
    killer.start()
    wall: dict[str, float] = {}
    marks: dict[str, float] = {}
    lines: list[str] = []
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            now = time.perf_counter() - started
            lines.append(line.rstrip("\n"))
            found = _MARK.match(lines[-1])
            if found:
                wall[found["what"]] = now
                marks[found["what"]] = float(found["s"])
        proc.wait(60)
    finally:
        killer.cancel()
    if ROWS_PAINTED not in wall or proc.returncode != 0:
        tail = "\n".join(lines[-20:])
        raise RuntimeError(
            f"kansli --demo did not paint its rows (exit {proc.returncode}):\n{tail}"
        )
    return {"wall": wall, "marks": marks}


def desktop_demo(size: int | None) -> Result:
    """``kansli --demo`` as a returning user starts it: process start to the participants'
    rows painted, with the demo's server data and the desktop's copy prepared once."""
    runs = size or 5
    result = Result("desktop-demo", {"runs": runs, "platform": "offscreen"})
    with tempfile.TemporaryDirectory(prefix="kansli-bench-demo-") as tmp:
        folder = Path(tmp)
        first = _kansli_demo_once(folder)  # builds the demo database, signs in, first sync
        _kansli_demo_once(folder)  # warms the OS file cache and the .pyc files; not counted
        load = load_average()
        samples, floor = [], []
        for _ in range(runs):  # interleaved, so both see the same load
            samples.append(_kansli_demo_once(folder))
            floor.append(_kansli_demo_once(folder, local=True))
        result.notes.append(f"load average (1 min) before / after: {load} / {load_average()}")
    painted = [s["wall"][ROWS_PAINTED] for s in samples]
    result.record("rows_painted_median_s", median(painted))
    result.record("rows_painted_p95_s", percentile(painted, 95))
    result.record(
        "rows_painted_app_clock_median_s", median([s["marks"][ROWS_PAINTED] for s in samples])
    )
    result.record("first_start_rows_painted_s", first["wall"][ROWS_PAINTED])
    local = median([s["wall"][ROWS_PAINTED] for s in floor])
    result.record("floor_local_rows_painted_median_s", local)
    result.record("rows_painted_ratio_to_floor", median(painted) / local)
    signed_in = [s["wall"]["signed in"] for s in samples if "signed in" in s["wall"]]
    if signed_in:
        result.record("signed_in_median_s", median(signed_in))
    result.target("rows_painted_median_s", "<=", 2.0)
    result.notes.append(
        "rows_painted_*: wall seconds from launching `python -m desktop --demo --demo-dir D "
        "--screenshot ... --tab participants` to the app's \"participants' rows painted\" mark "
        "(the first paint of the Participants list's viewport with its visible rows' data); "
        "median of the runs after one uncounted first start (builds the demo, syncs) and one "
        "uncounted warm-up; the app clock starts at the import of desktop.logs. The floor: "
        "the same copy opened with `--database` (no demo server), interleaved with the runs."
    )
    return result
