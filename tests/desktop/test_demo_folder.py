"""``kansli --demo`` keeps its folder between starts, never shares it, and can start over."""

from __future__ import annotations

from pathlib import Path

from desktop.app import parse_args
from desktop.demo import LOCK_NAME, DemoServer, default_dir


def test_the_demo_keeps_its_data_in_the_users_data_folder_unless_told(
    monkeypatch, tmp_path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_dir() == tmp_path / "data" / "Kansli" / "demo"
    args = parse_args(["--demo"])
    assert args.demo_dir is None and not args.demo_reset
    assert parse_args(["--demo", "--demo-reset"]).demo_reset


def test_a_folder_in_use_by_another_start_is_not_shared(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    first = DemoServer(folder)
    try:
        assert first.data_dir == folder and not first.owns_dir
        assert (folder / LOCK_NAME).exists()
        second = DemoServer(folder)
        try:
            assert second.owns_dir and second.data_dir != folder
        finally:
            second.stop()
        assert not second.data_dir.exists()  # a temporary folder goes on exit
    finally:
        first.stop()
    assert folder.exists()  # a kept folder stays
    third = DemoServer(folder)  # the lock went with the first start
    try:
        assert third.data_dir == folder
    finally:
        third.stop()


def test_reset_empties_the_kept_folder(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    (folder / "server").mkdir(parents=True)
    (folder / "server" / "demo.db").write_bytes(b"old")
    (folder / "client.db").write_bytes(b"old")
    (folder / "port").write_text("8123")
    kept = DemoServer(folder)
    kept.stop()
    assert (folder / "client.db").exists()  # without reset nothing is removed
    fresh = DemoServer(folder, reset=True)
    try:
        assert sorted(p.name for p in folder.iterdir()) == [LOCK_NAME]
    finally:
        fresh.stop()


def test_an_info_file_left_by_a_killed_start_is_not_taken_for_this_one(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    demo = DemoServer(folder)
    demo.info_file.write_text('{"url": "http://127.0.0.1:1", "users": []}')
    demo.start()
    try:
        assert demo.process is not None
        assert (
            not demo.info_file.exists() or '"http://127.0.0.1:1"' not in demo.info_file.read_text()
        )
    finally:
        demo.stop()
