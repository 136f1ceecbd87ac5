"""models.files: private folders, and shared folders never taken over."""

from __future__ import annotations

import stat
from pathlib import Path

from models.files import private_dir
from sync.store import ClientStore


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_folder_is_made_private(tmp_path: Path) -> None:
    folder = private_dir(tmp_path / "a" / "b")
    assert _mode(folder) == 0o700


def test_an_own_existing_folder_is_tightened(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    private_dir(folder)
    assert _mode(folder) == 0o700


def test_a_shared_folder_like_tmp_is_never_changed(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    private_dir(shared)
    assert _mode(shared) == 0o1777
    # A client store given a file in such a folder (kansli --database /tmp/x.db) leaves it
    # open to others; only its own files are private.
    store = ClientStore(shared / "x.db")
    try:
        assert _mode(shared) == 0o1777
        assert _mode(shared / "x.db") == 0o600
    finally:
        store.close()


def test_a_client_store_leaves_an_existing_chosen_folder_alone(tmp_path: Path) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    documents.chmod(0o755)
    store = ClientStore(documents / "kansli.db")
    try:
        assert _mode(documents) == 0o755
        assert _mode(documents / "kansli.db") == 0o600
    finally:
        store.close()
    fresh = ClientStore(tmp_path / "new" / "kansli.db")
    try:
        assert _mode(tmp_path / "new") == 0o700
    finally:
        fresh.close()
