"""A ready demo database to copy, so the embedded demo starts without migrating and seeding.

Migrating a new SQLite file and generating the demo tenant take most of a
second on a laptop; copying a file of the result takes milliseconds. The
first demo start of a day (or ``kansli-server demo --prepare``, which the
installer runs) keeps a copy of the freshly seeded database in the user's
cache folder; later starts with a new data folder copy it.

A copy is used only when its key matches: the migrations, the generator and
the seed code, the seed number and today's date (the demo's dates are
relative to today). Anything else builds afresh. The copy holds no secrets:
the demo users share the published demo password, and the server's secret
key lives beside the database, not in it.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import os
import shutil
import sqlite3
from datetime import date
from pathlib import Path

from models.bundle import data_path
from models.files import private_dir, private_file
from server.demo import generate as _generate
from server.demo import seed as _seed
from server.demo import tango as _tango

log = logging.getLogger(__name__)

_MODULES = (_generate, _seed, _tango)


def _code() -> list[tuple[str, bytes]]:
    """The demo data's code: the generator and seed modules and the migrations.

    In the workstation bundle the modules have no source file, only their compiled
    code (models.bundle); the migrations are data files there too.
    """
    code = []
    for module in _MODULES:
        path = Path(module.__file__ or "")
        if path.is_file() and path.suffix == ".py":
            code.append((path.name, path.read_bytes()))
        else:
            compiled = module.__loader__.get_code(module.__name__)  # type: ignore[union-attr]
            code.append((path.name, marshal.dumps(compiled)))
    versions = data_path("server", "migrations", "versions")
    code += [(p.name, p.read_bytes()) for p in sorted(versions.glob("*.py"))]
    return code


def cache_dir() -> Path:
    """Where the copy lives: ``KANSLI_CACHE_DIR``, else the XDG cache folder."""
    explicit = os.environ.get("KANSLI_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kansli"


def template_key(today: date | None = None, seed: int = _generate.DEMO_SEED) -> str:
    """A short hash of everything the demo database's content depends on."""
    h = hashlib.sha256()
    for name, content in _code():
        h.update(name.encode())
        h.update(content)
    h.update(f"{seed}|{(today or date.today()).isoformat()}".encode())
    return h.hexdigest()[:16]


def template_path(today: date | None = None) -> Path:
    return cache_dir() / f"demo-{template_key(today)}.db"


def restore(db_file: Path, today: date | None = None) -> bool:
    """Copy a matching template to ``db_file`` (which must not exist); False if none."""
    source = template_path(today)
    if not source.is_file():
        return False
    tmp = db_file.with_name(db_file.name + ".copying")
    try:
        shutil.copyfile(source, private_file(tmp))
        tmp.replace(db_file)
    except OSError as exc:
        log.warning("demo template %s not usable (%s); building afresh", source, exc)
        tmp.unlink(missing_ok=True)
        return False
    return True


def save(db_file: Path, today: date | None = None) -> Path | None:
    """Keep a consistent copy of the freshly seeded ``db_file``; drop older copies.

    Uses SQLite's backup API, so a writer on another connection cannot leave a
    half-written copy; the copy appears under its final name only when complete.
    Failing to save (read-only home, full disk) only costs the next start time.
    """
    target = template_path(today)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        private_dir(target.parent)  # the demo's (invented) people: the user's alone
        src = sqlite3.connect(db_file)
        dst = sqlite3.connect(private_file(tmp))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
        tmp.replace(target)
    except (OSError, sqlite3.Error) as exc:
        log.warning("could not keep a demo template in %s: %s", target.parent, exc)
        tmp.unlink(missing_ok=True)
        return None
    for old in target.parent.glob("demo-*.db"):
        if old != target:
            with contextlib.suppress(OSError):
                old.unlink()
    return target
