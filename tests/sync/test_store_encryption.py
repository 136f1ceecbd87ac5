"""The local database encrypted at rest (sync/cipher.py), its keys (sync/local_keys.py),
and the private modes of its files (issue 23)."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from models import Person, Role
from models.commands import build
from models.ids import new_id
from sync import cipher
from sync.local_keys import KEY_SERVICE, LocalKeys, LockedCopy
from sync.store import ClientStore, InUse, WrongKey
from tests import factories as f
from tests.sync.helpers import Account
from tests.sync.test_client_store import _seed
from tests.sync.test_credentials import MemoryKeyring
from tests.utils.servers import LiveServer

PNR = "191212121212"
NAME = "Zakarias Öhrnstedt"


def _person(store: ClientStore, *, first: str = "Zakarias", pnr: str = PNR) -> str:
    """A person created by a local command (so the outbox and its journal hold it too)."""
    tid = _seed(store)
    pid = new_id()
    args = {"person_id": pid, "first_name": first, "last_name": "Öhrnstedt", "personnummer": pnr}
    store.execute(build("person.create", 1, args, id=new_id()), f.actor(tid, Role.ADMIN))
    return pid


def _encrypted_copy(path: Path) -> bytes:
    """An encrypted store at ``path`` with a person and its unsent command; its key."""
    key = cipher.new_key()
    store = ClientStore(path, key=key)
    _person(store)
    store.close()
    return key


def _opens_encrypted_with(path: Path, key: bytes, pid: str) -> None:
    """``path`` opens with ``key``, holding the person ``pid``, and is encrypted after."""
    store = ClientStore(path, key=key)
    try:
        with store.session() as s:
            assert s.get(Person, pid) is not None
    finally:
        store.close()
    assert cipher.is_encrypted(path)


def _files(path: Path) -> list[Path]:
    """The database and everything Kansli keeps beside it."""
    return sorted(p for p in path.parent.iterdir() if p.name.startswith(path.name))


def _leaks(path: Path) -> list[str]:
    found = []
    for file in _files(path):
        data = file.read_bytes()
        for secret in (PNR.encode(), NAME.encode(), "Öhrnstedt".encode(), b"Zakarias"):
            if secret in data:
                found.append(f"{file.name}: {secret!r}")
    return found


def test_the_encrypted_file_and_its_log_hold_no_personal_data(tmp_path: Path) -> None:
    path = tmp_path / "accounts" / "a.db"
    key = cipher.new_key()
    store = ClientStore(path, key=key)
    try:
        pid = _person(store)
        # While open, the newest pages are in the -wal: it is checked as it is.
        assert (tmp_path / "accounts" / "a.db-wal").stat().st_size > 0
        assert _leaks(path) == []
    finally:
        store.close()
    assert _leaks(path) == []
    # Plain SQLite cannot read it at all.
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()
    # The control: the same work in a plain store is readable in its bytes.
    plain = tmp_path / "plain" / "p.db"
    other = ClientStore(plain)
    try:
        _person(other)
    finally:
        other.close()
    assert _leaks(plain)
    # With its key it opens, the person and the unsent command as they were.
    again = ClientStore(path, key=key)
    try:
        with again.session() as s:
            person = s.get(Person, pid)
            assert person is not None and person.personnummer == PNR
        assert [e.name for e in again.outbox()] == ["person.create"]
    finally:
        again.close()


def test_a_wrong_key_is_refused_with_a_sentence_and_nothing_changes(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    key = _encrypted_copy(path)
    before = {p.name: p.read_bytes() for p in _files(path)}
    with pytest.raises(WrongKey, match="cannot be opened with the key given"):
        ClientStore(path, key=cipher.new_key())
    with pytest.raises(WrongKey, match="is encrypted: it opens only with its key"):
        ClientStore(path)  # not taken for a damaged file (recovery would put it aside)
    assert {p.name: p.read_bytes() for p in _files(path)} == before
    # Also without the check beside it: refused, never "recovered".
    cipher.sidecar_path(path).unlink()
    with pytest.raises(WrongKey):
        ClientStore(path, key=cipher.new_key())
    assert sorted(p.name for p in _files(path)) == sorted(n for n in before if n != "a.db.key")
    ClientStore(path, key=key).close()


def test_a_plain_file_is_encrypted_at_its_first_open_with_a_key(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    store = ClientStore(path)
    pid = _person(store)
    store.close()
    assert _leaks(path)
    key = cipher.new_key()
    store = ClientStore(path, key=key)
    try:
        with store.session() as s:
            assert s.get(Person, pid) is not None
        assert [e.name for e in store.outbox()] == ["person.create"]
    finally:
        store.close()
    assert cipher.is_encrypted(path) and _leaks(path) == []
    assert not (tmp_path / "a.db.encrypting").exists()


def test_an_encryption_killed_before_its_rename_leaves_the_plain_file_whole(
    tmp_path: Path,
) -> None:
    """Killed between the export and the rename: the half-made copy is discarded, the
    plain file is encrypted again at the next open, nothing lost."""
    path = tmp_path / "a.db"
    store = ClientStore(path)
    pid = _person(store)
    store.close()
    key = cipher.new_key()
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from sync import cipher\n"
        "real = os.replace\n"
        "def killed(src, dst):\n"
        "    if str(src).endswith('.encrypting'):\n"
        "        os._exit(9)\n"
        "    real(src, dst)\n"
        "os.replace = killed\n"
        "cipher.encrypt_plain(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path), key.hex()], check=False, timeout=120
    )
    assert done.returncode == 9
    assert (tmp_path / "a.db.encrypting").exists() and cipher.is_plain(path)
    _opens_encrypted_with(path, key, pid)
    assert not (tmp_path / "a.db.encrypting").exists()


def test_files_and_folders_are_private_whatever_the_umask(tmp_path: Path) -> None:
    path = tmp_path / "data" / "accounts" / "a.db"
    old = os.umask(0o002)  # a permissive umask: the modes must not depend on it
    try:
        store = ClientStore(path, key=cipher.new_key())
        try:
            _person(store)
            modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in _files(path)}
        finally:
            store.close()
    finally:
        os.umask(old)
    assert {"a.db", "a.db-wal", "a.db-shm", "a.db.journal", "a.db.key"} <= set(modes)
    assert set(modes.values()) == {0o600}, modes
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


# -- keys: the keyring, the password, working offline ---------------------------------


REAL_ARGON2 = dict(cipher._ARGON2)


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at 8 MiB and one pass in these tests (the real 64 MiB, 3 passes cost about
    0.2 s a run; the test of the parameters puts them back)."""
    monkeypatch.setattr(cipher, "_ARGON2", {"time_cost": 1, "memory_cost": 8192, "parallelism": 1})


@pytest.fixture
def keys() -> LocalKeys:
    LocalKeys._memory.clear()  # each test starts as a new process would
    return LocalKeys(MemoryKeyring())


def _signed_in_copy(keys: LocalKeys, path: Path, password: str) -> None:
    store = ClientStore(path, key=keys.for_password(path, password))
    _person(store)
    store.close()


def test_the_key_is_kept_in_the_keyring_and_opens_the_file(tmp_path: Path, keys: LocalKeys) -> None:
    path = tmp_path / "a.db"
    _signed_in_copy(keys, path, "pw-1")
    stored = keys.backend.items[(KEY_SERVICE, str(path.resolve()))]
    LocalKeys._memory.clear()  # a new process: only the keyring knows it
    key = LocalKeys(keys.backend).for_offline(path, "")
    assert key.hex() == stored
    ClientStore(path, key=key).close()
    # The key is in no file beside the database.
    assert all(stored.encode() not in p.read_bytes() for p in _files(path))
    assert all(key not in p.read_bytes() for p in _files(path))


def test_offline_without_the_keyring_needs_the_password(tmp_path: Path, keys: LocalKeys) -> None:
    path = tmp_path / "a.db"
    _signed_in_copy(keys, path, "pw-1")
    LocalKeys._memory.clear()
    bare = LocalKeys(MemoryKeyring())  # another keyring: it holds nothing of this file
    with pytest.raises(LockedCopy, match="Type your password") as no_secret:
        bare.for_offline(path, "")
    assert no_secret.value.reason == "password_needed"
    with pytest.raises(LockedCopy, match="does not open") as wrong:
        bare.for_offline(path, "pw-2")
    assert wrong.value.reason == "password_refused"
    store = ClientStore(path, key=bare.for_offline(path, "pw-1"))
    try:
        assert [e.name for e in store.outbox()] == ["person.create"]
    finally:
        store.close()


def test_without_any_keyring_the_key_stays_in_memory_and_the_password_opens_it(
    tmp_path: Path,
) -> None:
    from keyring.backends import fail

    from sync.credentials import NO_KEYRING_MESSAGE

    LocalKeys._memory.clear()
    keys = LocalKeys(fail.Keyring())
    assert not keys.available and keys.message == NO_KEYRING_MESSAGE
    path = tmp_path / "a.db"
    _signed_in_copy(keys, path, "pw-1")
    assert keys.for_offline(path, "") is not None  # this process still knows it
    LocalKeys._memory.clear()  # the next start
    with pytest.raises(LockedCopy):
        LocalKeys(fail.Keyring()).for_offline(path, "")
    ClientStore(path, key=LocalKeys(fail.Keyring()).for_offline(path, "pw-1")).close()


def test_a_new_password_rewraps_the_key_and_the_old_one_no_longer_opens(
    tmp_path: Path, keys: LocalKeys
) -> None:
    path = tmp_path / "a.db"
    _signed_in_copy(keys, path, "old password")
    key = keys.for_password(path, "new password")  # signed in after a change on the server
    bare = LocalKeys(MemoryKeyring())
    LocalKeys._memory.clear()
    assert bare.for_offline(path, "new password") == key
    LocalKeys._memory.clear()
    with pytest.raises(LockedCopy):
        bare.for_offline(path, "old password")


def test_a_plain_copy_opens_offline_only_after_a_sign_in(tmp_path: Path, keys: LocalKeys) -> None:
    """A file of an older Kansli has nothing that checks a password: it stays closed
    offline until a sign-in encrypts it."""
    path = tmp_path / "a.db"
    store = ClientStore(path)
    _person(store)
    store.close()
    with pytest.raises(LockedCopy) as refused:
        keys.for_offline(path, "pw-1")
    assert refused.value.reason == "sign_in_once"
    ClientStore(path, key=keys.for_password(path, "pw-1")).close()
    assert cipher.is_encrypted(path)
    LocalKeys._memory.clear()
    ClientStore(path, key=LocalKeys(MemoryKeyring()).for_offline(path, "pw-1")).close()


@pytest.mark.parametrize("damage", ["cut short", "page overwritten"])
def test_a_damaged_encrypted_file_is_recovered_from_its_sealed_journal(
    tmp_path: Path, damage: str
) -> None:
    """Recovery (sync.recovery) works on encrypted files: a damaged file is put aside and a
    new encrypted file takes the unsent command from the (sealed) journal."""
    path = tmp_path / "a.db"
    key = cipher.new_key()
    store = ClientStore(path, key=key)
    _person(store)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    journal = store.journal
    store.close()
    with path.open("r+b") as f:
        if damage == "cut short":
            f.truncate(path.stat().st_size - 100)
        else:
            f.seek(3 * 4096 + 1000)
            f.write(b"\0" * 64)
            assert journal is not None
            journal.suspect()  # SQLite met it: the next open checks every page
    store = ClientStore(path, key=key)
    try:
        notice = store.recovery()
        assert notice is not None and notice.kept == 1 and notice.reason == "damaged"
        assert [e.name for e in store.outbox()] == ["person.create"]
    finally:
        store.close()
    assert cipher.is_encrypted(path) and _leaks(path) == []
    assert Path(notice.damaged_path).exists()


def test_a_remembered_sign_in_opens_with_the_keyring_s_key_only(
    tmp_path: Path, keys: LocalKeys
) -> None:
    """A remembered token is no password: the copy opens with the keyring's key, and a
    copy whose key the keyring lost stays closed (sign in with the password)."""
    path = tmp_path / "a.db"
    _signed_in_copy(keys, path, "pw-1")
    assert keys.for_token(path) == keys.for_offline(path, "")
    LocalKeys._memory.clear()
    with pytest.raises(LockedCopy) as refused:
        LocalKeys(MemoryKeyring()).for_token(path)
    assert refused.value.reason == "password_needed"
    # A file of an older Kansli (plain): encrypted with a new key the keyring keeps.
    plain = tmp_path / "b.db"
    ClientStore(plain).close()
    key = keys.for_token(plain)
    ClientStore(plain, key=key).close()
    assert cipher.is_encrypted(plain)
    assert keys.backend.items[(KEY_SERVICE, str(plain.resolve()))] == key.hex()


# -- the review's findings (issue 23) ---------------------------------------------------


def _stale_keyring(keys: LocalKeys, path: Path) -> bytes:
    """The keyring holds another key for ``path`` (an older copy of that name)."""
    stale = cipher.new_key()
    keys.backend.items[(KEY_SERVICE, str(path.resolve()))] = stale.hex()
    LocalKeys._memory.clear()
    return stale


def test_a_stale_keyring_key_never_replaces_the_file_s_key(tmp_path: Path, keys: LocalKeys) -> None:
    path = tmp_path / "a.db"
    _signed_in_copy(keys, path, "pw-1")
    right = keys.for_offline(path, "")
    _stale_keyring(keys, path)
    # Signing in: the password's (verified) key wins, the keyring is put right, the
    # sidecar's wrapped key is still the file's.
    assert keys.for_password(path, "pw-1") == right
    assert keys.backend.items[(KEY_SERVICE, str(path.resolve()))] == right.hex()
    LocalKeys._memory.clear()
    assert LocalKeys(MemoryKeyring()).for_offline(path, "pw-1") == right
    # Offline and with a token: the stale key is not handed out.
    _stale_keyring(keys, path)
    assert keys.for_offline(path, "pw-1") == right
    _stale_keyring(keys, path)
    with pytest.raises(LockedCopy) as refused:
        keys.for_token(path)
    assert refused.value.reason == "password_needed"
    ClientStore(path, key=keys.for_password(path, "pw-1")).close()


def test_without_a_key_an_encrypted_file_is_refused_even_without_its_sidecar(
    tmp_path: Path,
) -> None:
    """No sidecar: still not taken for damage (moved aside, the sealed outbox dropped)."""
    path = tmp_path / "a.db"
    key = _encrypted_copy(path)
    cipher.sidecar_path(path).unlink()
    before = {p.name: p.read_bytes() for p in _files(path)}
    with pytest.raises(WrongKey, match="is encrypted"):
        ClientStore(path)
    assert {p.name: p.read_bytes() for p in _files(path)} == before
    # The file gone, its journal sealed: not "recovered" into an empty plain file.
    path.unlink()
    with pytest.raises(WrongKey):
        ClientStore(path)
    assert not path.exists() and not list(tmp_path.glob("a.db.damaged-*"))
    store = ClientStore(path, key=key)  # with the key, the lost file comes back
    try:
        assert [e.name for e in store.outbox()] == ["person.create"]
    finally:
        store.close()


def test_a_key_is_kept_in_the_keyring_only_when_the_user_is_remembered(
    tmp_path: Path, keys: LocalKeys
) -> None:
    path = tmp_path / "a.db"
    account = (KEY_SERVICE, str(path.resolve()))
    key = keys.for_password(path, "pw-1", remember=True)
    assert keys.backend.items[account] == key.hex()
    ClientStore(path, key=key).close()
    assert keys.for_password(path, "pw-1", remember=False) == key
    assert account not in keys.backend.items  # the earlier choice's copy removed
    LocalKeys._memory.clear()
    assert LocalKeys(keys.backend).for_offline(path, "pw-1") == key


def test_a_new_file_gets_a_new_key_not_a_removed_copy_s(tmp_path: Path, keys: LocalKeys) -> None:
    path = tmp_path / "a.db"
    old = keys.for_password(path, "pw-1")
    for file in _files(path):
        file.unlink()  # the copy removed by hand, its key left behind
    assert keys.for_password(path, "pw-1") != old


def _plain_copy_cut_short(path: Path) -> None:
    store = ClientStore(path)
    _person(store)
    store.close()
    os.truncate(path, path.stat().st_size - 2 * 4096)  # shorter than its header says


def test_a_damaged_plain_file_recovered_with_a_key_is_not_kept_aside_in_plain_text(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a.db"
    _plain_copy_cut_short(path)
    store = ClientStore(path, key=cipher.new_key())
    try:
        notice = store.recovery()
        assert notice is not None and notice.reason == "damaged" and notice.damaged_path == ""
        assert [e.name for e in store.outbox()] == ["person.create"]
    finally:
        store.close()
    assert not list(tmp_path.glob("a.db.damaged-*"))
    assert _leaks(path) == []
    # Nothing of the recovery's temporary file is left beside it (its key's check neither).
    assert sorted(p.name for p in _files(path)) == ["a.db", "a.db.journal", "a.db.key", "a.db.lock"]


def test_plain_damaged_copies_go_when_the_file_is_first_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    _plain_copy_cut_short(path)
    ClientStore(path).close()  # recovered without a key: the damaged copy is kept aside
    assert list(tmp_path.glob("a.db.damaged-*"))
    assert _leaks(path)
    ClientStore(path, key=cipher.new_key()).close()
    assert not list(tmp_path.glob("a.db.damaged-*"))
    assert _leaks(path) == []


def test_a_full_disk_during_a_scrub_of_an_encrypted_store_leaves_the_note(
    tmp_path: Path,
) -> None:
    """sqlcipher3's errors are not the standard library's: the scrub still tells a full
    disk and keeps its note for the next sync (tests/sync/scrub_full_worker.py)."""
    path = tmp_path / "a.db"
    key = _encrypted_copy(path)
    done = subprocess.run(
        [sys.executable, "-m", "tests.sync.scrub_full_worker", str(path), key.hex()],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"pending": True}


def test_a_plain_line_written_into_a_sealed_journal_is_not_taken_for_the_user_s(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a.db"
    key = _encrypted_copy(path)
    args = {"person_id": new_id(), "first_name": "X", "last_name": "Y"}
    forged = build("person.create", 1, args, id=new_id())
    with (tmp_path / "a.db.journal").open("a", encoding="utf-8") as f:
        f.write(json.dumps({"k": "cmd", "env": forged.envelope()}) + "\n")
    path.unlink()  # lost: the journal is the truth
    store = ClientStore(path, key=key)
    try:
        ids = [e.command_id for e in store.outbox()]
        assert len(ids) == 1 and forged.id not in ids
    finally:
        store.close()


def test_the_plain_journal_of_a_lost_plain_file_is_read_with_a_key(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    store = ClientStore(path)
    _person(store)
    store.close()
    path.unlink()
    store = ClientStore(path, key=cipher.new_key())
    try:
        assert [e.name for e in store.outbox()] == ["person.create"]
    finally:
        store.close()
    assert _leaks(path) == []


def test_the_password_wraps_with_argon2id_at_64_mib_and_a_changed_record_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cipher, "_ARGON2", REAL_ARGON2)
    key = cipher.new_key()
    record = cipher.wrap(key, "pw-1")
    assert (record["memory_cost"], record["time_cost"], record["parallelism"]) == (65536, 3, 1)
    assert cipher.unwrap(record, "pw-1") == key
    assert cipher.unwrap(record, "pw-2") is None
    changed = [
        record | {"memory_cost": 64 * 1024 * 1024},  # 64 GiB: an open made to take forever
        record | {"time_cost": 1000},
        record | {"memory_cost": 8, "time_cost": 1},  # weaker than Kansli writes
        record | {"parallelism": 0},
        record | {"salt": "00"},  # argon2 refuses a salt this short
        record | {"wrapped": record["wrapped"][:-2]},
    ]
    for bad in changed:
        assert cipher.unwrap(bad, "pw-1") is None


def test_a_sign_in_keeps_the_key_in_the_keyring_only_with_remember_me(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    """desktop.session.sign_in passes the user's choice: "Remember me" off, the key stays
    in this process's memory and an earlier keyring entry is removed."""
    from desktop.session import sign_in

    keys = LocalKeys(MemoryKeyring())
    path = tmp_path / "a.db"
    entry = (KEY_SERVICE, str(path.resolve()))
    for remember in (True, False):
        session = sign_in(
            server.url,
            account.email,
            account.password,
            remember=remember,
            db_path=path,
            first_sync=False,
            keys=keys,
        )
        try:
            assert session.store.encrypted
            assert (entry in keys.backend.items) is remember
        finally:
            if session.client is not None:
                session.client.close()
            session.store.close()
    LocalKeys.forget_all_in_memory()  # the session ended: nothing of the key is left here
    with pytest.raises(LockedCopy):
        keys.for_offline(path, "")
    assert keys.for_offline(path, account.password) is not None


def test_a_plain_file_open_in_another_process_is_not_encrypted_under_it(tmp_path: Path) -> None:
    """Another Kansli (another process) has the plain file open: encrypting it would rename
    a new file over the one it writes. Refused, nothing changed; encrypted once it closed."""
    path = tmp_path / "a.db"
    store = ClientStore(path)
    pid = _person(store)
    store.close()
    other = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            "conn = sqlite3.connect(sys.argv[1])\n"
            "conn.execute('SELECT count(*) FROM outbox').fetchone()\n"
            "print('open', flush=True)\n"
            "sys.stdin.read()\n",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "open"
        key = cipher.new_key()
        with pytest.raises(InUse, match="open in another Kansli"):
            ClientStore(path, key=key)
        assert cipher.is_plain(path) and not (tmp_path / "a.db.encrypting").exists()
    finally:
        assert other.stdin is not None
        other.stdin.close()
        other.wait(timeout=60)
    _opens_encrypted_with(path, key, pid)
