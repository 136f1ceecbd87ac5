"""The embedded web view asks the server for the app's language: the profile's
Accept-Language, and ``?lang=`` on the handover URL, so a staff page opened from a Swedish
Kansli is Swedish even after the page's own language switch was used."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from PySide6.QtCore import QUrl

from desktop.webview.server_api import with_language
from models.tenancy import Role
from tests.desktop.live_web import in_thread, signed_in, web_server
from tests.utils.servers import LiveServer, add_account

PASSWORD = "correct horse battery"


def page_html(qtbot, view) -> str:  # type: ignore[no-untyped-def]
    box: list[str] = []
    view.page().toHtml(box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def test_the_apps_language_is_added_to_a_url_replacing_any_other() -> None:
    base = "http://127.0.0.1:8000/web/enter?code=abc"
    assert with_language(base, "sv") == f"{base}&lang=sv"
    assert with_language(f"{base}&lang=en", "sv") == f"{base}&lang=sv"
    assert with_language("https://k.example/staff/", "en") == "https://k.example/staff/?lang=en"
    assert with_language(base, "") == base  # no language known: the profile's header decides


class _Recorder(BaseHTTPRequestHandler):
    """Answers every GET with a small page and records the Accept-Language it was sent."""

    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).seen.append(self.headers.get("Accept-Language", ""))
        body = b"<!doctype html><title>ok</title><p>ok</p>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def recorder() -> Iterator[str]:
    _Recorder.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(("language", "header"), [("sv", "sv-SE"), ("en", "en-GB")])
def test_the_web_view_sends_the_apps_language_as_accept_language(
    qtbot, recorder: str, language: str, header: str
) -> None:
    from desktop.webview.view import KansliWebView

    view = KansliWebView([recorder], language=language)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loadFinished, timeout=20_000):
        view.load(QUrl(f"{recorder}/staff/"))
    assert _Recorder.seen and _Recorder.seen[-1].startswith(header), _Recorder.seen


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = in_thread(web_server, tmp_path_factory.mktemp("webview-language"))
    yield live
    in_thread(live.stop)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """URLs handed to the system browser (none is really opened)."""
    from desktop.webview import view as webview

    urls: list[str] = []
    monkeypatch.setattr(webview, "open_external", lambda url: urls.append(url.toString()) or True)
    return urls


def test_a_staff_page_opened_from_swedish_kansli_is_swedish_whatever_was_clicked_before(
    qtbot, server: LiveServer, settings, tmp_path, opened: list[str]
) -> None:
    from desktop.webview.staff_page import StaffPage

    email = f"admin.{uuid.uuid4().hex[:6]}@kansli.example"
    in_thread(
        add_account, server.db_url, tenant=f"l{uuid.uuid4().hex[:6]}", email=email,
        password=PASSWORD, roles=(Role.ADMIN.value,),
    )  # fmt: skip
    with signed_in(server.url, email, PASSWORD, tmp_path / "client.db", settings) as (ctx, _s):
        ctx.language = "sv"
        page = StaffPage(ctx)
        qtbot.addWidget(page)
        page.open("/staff/")
        qtbot.waitUntil(lambda: page.state == "web", timeout=30_000)
        qtbot.waitUntil(lambda: "Inloggad som" in page_html(qtbot, page.web), timeout=20_000)
        assert '<html lang="sv">' in page_html(qtbot, page.web)
        # The user picks English with the page's own switch: the server remembers it...
        with qtbot.waitSignal(page.loaded, timeout=20_000):
            page.web.load(QUrl(f"{server.url}/staff/?lang=en"))
        qtbot.waitUntil(lambda: "Signed in as" in page_html(qtbot, page.web), timeout=20_000)
        # ...but a page opened from Kansli again is in Kansli's language.
        page.open("/staff/")
        qtbot.waitUntil(lambda: "Inloggad som" in page_html(qtbot, page.web), timeout=20_000)
        # "Open in browser" asks for the same language.
        page.open_in_browser()
        qtbot.waitUntil(lambda: len(opened) == 1, timeout=20_000)
        assert opened[0].startswith(f"{server.url}/web/enter?code=")
        assert opened[0].endswith("&lang=sv")
