"""A desktop older than the server accepts says "update Kansli" in the status bar, in
English and Swedish, and keeps the unsent work (issue 24).

The engine is the real one, against the real server over HTTP, which takes sync
requests only from Kansli 9.0.0 or later; a screenshot of the window with
``KANSLI_SCREENSHOTS=DIR``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.context import AppContext
from desktop.sync_bridge import SyncBridge
from models.ids import new_id
from sync.client import ClientTooOld, ServerClient
from sync.engine import SyncEngine
from tests.desktop.alumni_setup import enrich, outbox
from tests.desktop.conftest import engine_app, make_ctx, make_window
from tests.desktop.test_alumni_queue import make_view, press, wait_idle
from tests.sync.helpers import command
from tests.utils.servers import LiveServer

OLDEST = "9.0.0"


@pytest.fixture(scope="module")
def strict_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    path = tmp_path_factory.mktemp("server") / "server.db"
    live = LiveServer(f"sqlite:///{path}", env={"KANSLI_OLDEST_CLIENT": OLDEST}).start()
    try:
        yield live
    finally:
        live.stop()


def _refused_window(qtbot, strict_server, store, filled, settings, gui_guard):  # type: ignore[no-untyped-def]
    with gui_guard.allowed():
        args = {"person_id": new_id(), "first_name": "Ny", "last_name": "Person"}
        store.execute(command("person.create", args), filled.actor)
        pending = store.pending_count()
    bridge = SyncBridge()
    with ThreadPoolExecutor(1) as pool:  # the engine reads the store when made
        engine = pool.submit(
            lambda: SyncEngine(
                store, ServerClient(strict_server.url, token="t", timeout=(2, 10)),
                on_state=bridge.on_state, on_progress=bridge.on_progress,
                on_changes=bridge.on_changes,
            )
        ).result()  # fmt: skip
        ctx = make_ctx(store, filled, settings, engine=engine, bridge=bridge)
        window = make_window(qtbot, ctx)
        with pytest.raises(ClientTooOld):
            pool.submit(engine.sync_once).result()
    qtbot.waitUntil(lambda: OLDEST in window.sync_status.text(), timeout=10_000)
    assert bridge.status.update_required == OLDEST
    with gui_guard.allowed():
        assert store.pending_count() == pending >= 1  # the unsent work is kept
    return window, ctx, engine, pending


def _shot(qtbot, window, name: str) -> None:  # type: ignore[no-untyped-def]
    button = window.sync_status.button  # laid out to its new text before the screenshot
    qtbot.waitUntil(lambda: button.width() >= button.sizeHint().width())
    if folder := os.environ.get("KANSLI_SCREENSHOTS"):
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(Path(folder) / name))


def test_an_old_desktop_says_update_kansli_and_keeps_its_unsent_work(
    qtbot, strict_server, store, filled, settings, gui_guard
) -> None:
    window, ctx, engine, pending = _refused_window(
        qtbot, strict_server, store, filled, settings, gui_guard
    )
    try:
        text = window.sync_status.text()
        assert text.startswith("● Update Kansli to 9.0.0 or later to sync (unsent changes kept)"), (
            text
        )
        assert window.sync_status.button.toolTip().startswith(
            "This version of Kansli (0.1.0) is older than the server accepts: install "
            "version 9.0.0 or later."
        )
        assert f"{pending} pending" in text
        _shot(qtbot, window, "update_required_en.png")
    finally:
        ctx.ops.shutdown(wait=True)
        engine.close()


def test_an_old_desktop_says_update_kansli_in_swedish(
    qtbot, swedish, strict_server, store, filled, settings, gui_guard
) -> None:
    window, ctx, engine, _pending = _refused_window(
        qtbot, strict_server, store, filled, settings, gui_guard
    )
    try:
        assert window.sync_status.text().startswith(
            "● Uppdatera Kansli till 9.0.0 eller senare för att synka (osända ändringar finns kvar)"
        )
        assert window.sync_status.button.toolTip().startswith(
            "Den här versionen av Kansli (0.1.0) är äldre än servern godtar"
        )
        _shot(qtbot, window, "update_required_sv.png")
    finally:
        ctx.ops.shutdown(wait=True)
        engine.close()


@pytest.fixture
def refused_app(strict_server, store, filled, settings) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    """The context as the app makes it (operations through the engine), this version
    refused by the server."""
    client = ServerClient(strict_server.url, token="t", timeout=(2, 10))
    with engine_app(store, filled, settings, client) as context:
        yield context


UNDO_TOLD = {
    "en": "This decision was sent to the server, but its answer did not arrive; the server "
    "accepts only Kansli 9.0.0 or later: update Kansli, then it can be undone.",
    "sv": "Beslutet skickades till servern, men svaret kom aldrig fram; servern godtar bara "
    "Kansli 9.0.0 eller senare: uppdatera Kansli, sedan kan det ångras.",
}


@pytest.mark.parametrize("language", sorted(UNDO_TOLD))
def test_undo_of_a_decision_in_doubt_while_too_old_says_to_update(
    qtbot, request, language, refused_app, gui_guard, store, filled
) -> None:
    """A decision pushed without an answer, then undone: the server refuses the version,
    so the undo asks for the update (not "when back online"), in the app's language."""
    if language == "sv":
        request.getfixturevalue("swedish")
    enrich(gui_guard, store, filled)
    view = make_view(qtbot, refused_app)
    press(qtbot, view, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: len(outbox(gui_guard, store)) == 1)
    wait_idle(qtbot, refused_app)
    sent = outbox(gui_guard, store)[0]["id"]
    with gui_guard.allowed():
        store.mark_sent([sent])  # pushed; the answer never came
    press(qtbot, view, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: OLDEST in view.feedback.text(), timeout=10_000)
    assert view.feedback.text() == UNDO_TOLD[language]
    assert [e["id"] for e in outbox(gui_guard, store)] == [sent]  # still queued, in doubt
    assert refused_app.bridge.status.update_required == OLDEST  # the status bar asks too
    label = view.feedback  # laid out to its new text (two lines) before the screenshot
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    if folder := os.environ.get("KANSLI_SCREENSHOTS"):
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert view.grab().save(str(Path(folder) / f"undo_update_required_{language}.png"))


def test_a_first_sync_refused_at_sign_in_says_which_version_to_install(english) -> None:
    from desktop.login import describe_error
    from sync.client import ApiError

    refused = ClientTooOld(
        ApiError(426, "client_too_old", "This version of Kansli ...", details={"oldest": OLDEST})
    )
    assert describe_error(refused) == (
        "This version of Kansli (0.1.0) is older than the server accepts: install version "
        "9.0.0 or later and sign in again."
    )
    assert english.install("sv")
    try:
        assert describe_error(refused).startswith(
            "Den här versionen av Kansli (0.1.0) är äldre än servern godtar: installera version "
            "9.0.0 eller senare"
        )
    finally:
        assert english.install("en")
