"""Local client databases for the desktop benchmarks, filled by the tests' factory.

The 100,000-registration store takes a while to make, so it is made once per
size and kept in a cache folder, keyed by size and by a digest of what decides
its content (the factory's source, the client schema's fingerprint, the
desktop's local indexes): a schema change makes a new file instead of a store that the
app would empty on open. It is made in a child process, so the Python objects
of the factory never count in a benchmark's peak RSS.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CACHE = Path(tempfile.gettempdir()) / "kansli-bench-cache"


@dataclass(frozen=True)
class LocalStore:
    """A filled client database file and what the factory made in it."""

    path: Path
    participants: int
    big_round_id: str
    big_round: int


def _digest() -> str:
    from sync.store import cache_fingerprint

    factory = (REPO / "devtools" / "client_data.py").read_bytes()
    index = (REPO / "desktop" / "local_index.py").read_bytes()
    parts = [factory, index, cache_fingerprint().encode()]
    return hashlib.sha256(b"\0".join(parts)).hexdigest()[:16]


def make_store(path: Path, participants: int, big_round: int) -> LocalStore:
    """Fill a new client database at ``path`` (in this process) and index it as the app does."""
    from desktop import local_index
    from devtools.client_data import fill
    from sync.store import ClientStore

    path.parent.mkdir(parents=True, exist_ok=True)
    for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    store = ClientStore(path)
    try:
        data = fill(store, participants=participants, big_round=big_round)
        local_index.prepare(store)
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    return LocalStore(path, participants, data.big_round_id, big_round)


def cached_store(participants: int, big_round: int = 120) -> LocalStore:
    """The cached store of this size, made (in a child process) when missing."""
    name = f"client-{participants}-{big_round}-{_digest()}"
    db, meta = CACHE / f"{name}.db", CACHE / f"{name}.json"
    if not (db.exists() and meta.exists()):
        tmp = CACHE / f"{name}.making.db"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "bench.desktop_store",
                str(tmp),
                str(participants),
                str(big_round),
            ],
            cwd=REPO,
            check=True,
        )
        made = json.loads(tmp.with_suffix(".json").read_text())
        tmp.replace(db)
        tmp.with_suffix(".json").unlink()
        meta.write_text(json.dumps(made))
    made = json.loads(meta.read_text())
    return LocalStore(db, participants, made["big_round_id"], big_round)


def working_copy(store: LocalStore, folder: Path) -> LocalStore:
    """A copy of ``store`` in ``folder`` that a benchmark may open and change."""
    target = folder / store.path.name
    shutil.copyfile(store.path, target)
    return LocalStore(target, store.participants, store.big_round_id, store.big_round)


def _main(argv: list[str]) -> int:
    path, participants, big_round = Path(argv[0]), int(argv[1]), int(argv[2])
    made = make_store(path, participants, big_round)
    path.with_suffix(".json").write_text(json.dumps({"big_round_id": made.big_round_id}))
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
