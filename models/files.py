"""Files that hold personal data are their owner's alone: folders 0700, files 0600.

Used by every layer that writes such files (the server's SQLite database and
data folder, the demo's mail, SMS spool and info file, the client's local
store). :func:`restrict_umask` is called first thing by the ``kansli`` and
``kansli-server`` entry points, so anything the process creates is private
by default; the explicit modes below hold when the code runs inside another
process (tests, an embedding application) and fix files an older version
created readable by others.

Pure standard library; no I/O beyond the paths given.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

__all__ = ["PRIVATE_UMASK", "private_dir", "private_file", "private_sqlite", "restrict_umask"]

#: Nothing for the group or others.
PRIVATE_UMASK = 0o077
_DIR_MODE = 0o700
_FILE_MODE = 0o600
#: The files SQLite keeps beside a database in WAL mode (and a rollback journal).
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def restrict_umask() -> int:
    """Make every file and folder this process creates from now on private; returns
    the previous umask."""
    return os.umask(PRIVATE_UMASK)


def private_dir(path: Path | str, *, tighten_existing: bool = True) -> Path:
    """Create ``path`` (and missing parents) and make the folder itself 0700.

    Only ``path`` is changed: existing parents keep their modes. An existing folder is
    tightened only when ``tighten_existing`` and it is this user's own: a shared folder
    (sticky or writable by all, as /tmp) or another user's is never changed, even by root
    (a database given as /tmp/x.db must not lock everyone else out of /tmp).
    """
    folder = Path(path)
    existed = folder.is_dir()
    folder.mkdir(mode=_DIR_MODE, parents=True, exist_ok=True)
    if existed and not (tighten_existing and _own_private_candidate(folder)):
        return folder
    with contextlib.suppress(PermissionError):  # not ours to change: left as it is
        folder.chmod(_DIR_MODE)
    return folder


def _own_private_candidate(folder: Path) -> bool:
    """Whether an existing ``folder`` is this user's alone to tighten: owned by them,
    neither sticky nor writable by others."""
    st = folder.stat()
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return False
    return not st.st_mode & (stat.S_ISVTX | stat.S_IWOTH)


def private_file(path: Path | str) -> Path:
    """Create ``path`` empty if it does not exist, and make it 0600. Its folder must exist."""
    file = Path(path)
    fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, _FILE_MODE)
    try:
        with contextlib.suppress(PermissionError):
            os.fchmod(fd, _FILE_MODE)
    finally:
        os.close(fd)
    return file


def private_sqlite(path: Path | str) -> Path:
    """Make the SQLite database ``path`` and its WAL, shared-memory and journal files
    0600 (creating the database file empty when missing, which SQLite accepts as a new
    database). SQLite creates the companions with the database file's mode, so they
    stay private from then on."""
    db = private_file(path)
    for suffix in SQLITE_COMPANIONS:
        companion = db.with_name(db.name + suffix)
        with contextlib.suppress(FileNotFoundError, PermissionError):
            companion.chmod(_FILE_MODE)
    return db
