"""The embedded web view: loaded only when needed, navigation kept on the server, the
one-time handover, "This step needs a connection" offline, and the manager-page
preview in QWebEngineView against the real server (issue 6)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence
from sqlalchemy import func, select

from desktop.participants.preview import open_manager_preview, preview_path
from models.ids import new_id
from models.tenancy import Role
from server.services.database import Database
from server.tables import LinkToken, WebHandover
from tests.desktop.live_web import in_thread, signed_in, web_server
from tests.sync.helpers import command
from tests.utils.servers import LiveServer, add_account

PASSWORD = "correct horse battery"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QTWEBENGINE_DISABLE_SANDBOX": "1"}


def page_html(qtbot, view) -> str:  # type: ignore[no-untyped-def]
    """The page's HTML once ``toHtml`` has answered (waiting on the callback, no sleep)."""
    box: list[str] = []
    view.page().toHtml(box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


# -- start-up ---------------------------------------------------------------------------


def test_main_window_is_shown_without_loading_web_engine(local_db_file: Path, tmp_path) -> None:
    """Start-up stays fast: QtWebEngine is imported only when a web page is first opened."""
    script = f"""
import sys
from PySide6.QtCore import QTimer
from desktop.app import parse_args
from desktop.webview import prepare_application
prepare_application()
from desktop.application import Application
app = Application(parse_args(["--database", {str(local_db_file)!r},
                              "--settings", {str(tmp_path / "k.ini")!r}]))
app.start()
def check():
    if app.window is not None and app.window.all_loaded() and app.window.isVisible():
        loaded = sorted(m for m in sys.modules if "WebEngine" in m)
        print("WEB:", loaded)
        app.quit(0)
timer = QTimer(); timer.timeout.connect(check); timer.start(20)
QTimer.singleShot(20000, lambda: app.quit(3))
sys.exit(app.qapp.exec() or app.exit_code)
"""
    out = subprocess.run(
        [sys.executable, "-c", script], env=ENV, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert "WEB: []" in out.stdout


@pytest.fixture
def local_db_file(store, filled, gui_guard, tmp_path) -> Path:  # type: ignore[no-untyped-def]
    import shutil

    with gui_guard.allowed():
        store.close()
    target = tmp_path / "copy.db"
    shutil.copyfile(store.path, target)
    return target


# -- navigation -----------------------------------------------------------------------


@pytest.fixture
def opened(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """URLs the web view handed to the system browser (none is really opened)."""
    from desktop.webview import view as webview

    urls: list[str] = []
    monkeypatch.setattr(webview, "open_external", lambda url: urls.append(url.toString()) or True)
    return urls


def test_navigation_stays_on_the_server_and_links_elsewhere_go_to_the_browser(
    qtbot, opened
) -> None:
    from PySide6.QtWebEngineCore import QWebEnginePage

    from desktop.webview.view import KansliWebView

    Nav = QWebEnginePage.NavigationType
    view = KansliWebView(["http://127.0.0.1:8123"])
    qtbot.addWidget(view)
    page = view.web_page
    with qtbot.assertNotEmitted(page.opened_externally):
        assert page.acceptNavigationRequest(
            QUrl("http://127.0.0.1:8123/staff/agent-orders/"), Nav.NavigationTypeTyped, True
        )
    # Another port is another origin; a sub-frame elsewhere is refused, not opened.
    assert not page.acceptNavigationRequest(
        QUrl("http://127.0.0.1:8124/staff/"), Nav.NavigationTypeTyped, True
    )
    assert not page.acceptNavigationRequest(
        QUrl("https://ads.example.com/frame"), Nav.NavigationTypeLinkClicked, False
    )
    assert not page.acceptNavigationRequest(
        QUrl("file:///etc/passwd"), Nav.NavigationTypeLinkClicked, True
    )
    assert opened == []
    assert not page.acceptNavigationRequest(
        QUrl("https://www.inera.se/kundservice"), Nav.NavigationTypeLinkClicked, True
    )
    assert opened == ["https://www.inera.se/kundservice"]


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    """A small web site over real HTTP on a loopback port (stands in for our server)."""
    root = tmp_path / "site" / "staff"
    root.mkdir(parents=True)
    (root / "index.html").write_text(
        "<!doctype html><meta charset=utf-8><title>Beställning</title><p id='p'>Our page</p>"
        "<a id='out' href='https://www.example.org/help'>Help</a>"
        "<a id='next' href='/staff/next.html'>Next</a>",
        encoding="utf-8",
    )
    (root / "next.html").write_text("<p>Next page</p>", encoding="utf-8")
    handler = partial(QuietHandler, directory=str(tmp_path / "site"))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def test_a_clicked_link_to_another_site_opens_in_the_browser_and_the_page_stays(
    qtbot, opened, site
) -> None:
    from desktop.webview.view import KansliWebView

    view = KansliWebView([site])
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    with qtbot.waitSignal(view.loadFinished, timeout=20_000) as loaded:
        view.load(QUrl(f"{site}/staff/index.html"))
    assert loaded.args == [True]
    view.run_js("document.getElementById('out').click()")
    qtbot.waitUntil(lambda: opened == ["https://www.example.org/help"], timeout=10_000)
    assert "Our page" in page_html(qtbot, view)
    assert view.url().toString() == f"{site}/staff/index.html"
    # A link on our server is followed in the view.
    with qtbot.waitSignal(view.loadFinished, timeout=20_000):
        view.run_js("document.getElementById('next').click()")
    assert view.url().path() == "/staff/next.html" and len(opened) == 1


def click_element(qtbot, view, element_id: str) -> None:  # type: ignore[no-untyped-def]
    """A real mouse click (a user gesture) in the middle of the element ``element_id``."""
    from PySide6.QtCore import QPoint, Qt

    where: list[str] = []
    view.run_js(
        f"var r = document.getElementById('{element_id}').getBoundingClientRect();"
        "(r.x + r.width / 2) + ',' + (r.y + r.height / 2)",
        where.append,
    )
    qtbot.waitUntil(lambda: bool(where), timeout=10_000)
    x, y = (int(float(v)) for v in where[0].split(","))
    target = view.focusProxy()
    qtbot.mouseMove(target, QPoint(x, y))
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=QPoint(x, y))


def test_a_new_tab_link_opens_our_page_in_a_window_and_other_sites_in_the_browser(
    qtbot, opened, site, tmp_path
) -> None:
    """The review page's "see the whole order (opens in a new tab)" link."""
    from desktop.webview.view import KansliWebView

    (tmp_path / "site" / "staff" / "review.html").write_text(
        "<meta charset=utf-8><p><a id='whole' target='_blank' href='/staff/next.html'>"
        "Whole order</a></p><p><a id='out' target='_blank' href='https://www.example.org/x'>"
        "Elsewhere</a></p>",
        encoding="utf-8",
    )
    view = KansliWebView([site])
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.loadFinished, timeout=20_000):
        view.load(QUrl(f"{site}/staff/review.html"))
    click_element(qtbot, view, "whole")
    qtbot.waitUntil(lambda: len(view.web_page.popups) == 1, timeout=10_000)
    window = view.web_page.popups[0]
    qtbot.addWidget(window)
    qtbot.waitUntil(
        lambda: window.isVisible() and window.view.url().path() == "/staff/next.html",
        timeout=10_000,
    )
    assert view.url().path() == "/staff/review.html"  # the page itself stays
    click_element(qtbot, view, "out")
    qtbot.waitUntil(lambda: opened == ["https://www.example.org/x"], timeout=10_000)
    assert len(view.web_page.popups) == 1  # the other site got no window of ours


def test_scripts_asked_for_before_the_page_loaded_run_once_it_has(qtbot, site) -> None:
    from desktop.webview.view import KansliWebView

    view = KansliWebView([site])
    qtbot.addWidget(view)
    answers: list[object] = []
    view.run_js("document.title", answers.append)
    assert answers == [] and not view.ready
    view.load(QUrl(f"{site}/staff/index.html"))
    qtbot.waitUntil(lambda: answers == ["Beställning"], timeout=20_000)


def test_back_returns_to_the_page_before_with_the_button_and_alt_left(qtbot, ctx, site) -> None:
    """A page reached from another (a refusal, a followed link) has a way back."""
    from PySide6.QtCore import Qt

    from desktop.webview.staff_page import StaffPage

    page = StaffPage(ctx)
    qtbot.addWidget(page)
    page.resize(600, 400)
    page.show()
    page.web.web_page.allow_origin(site)
    button = page.back_button()
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.web.load(QUrl(f"{site}/staff/index.html"))
    assert not page.act_back.isEnabled() and not button.isEnabled()

    def follow_the_link() -> None:
        # Opened by the app (a page a script left without a person's click would be skipped
        # by Chromium's Back). Waited for by its address: the Back before it may still
        # report its own load as finished meanwhile.
        page.web.load(QUrl(f"{site}/staff/next.html"))
        qtbot.waitUntil(
            lambda: page.web.url().path() == "/staff/next.html" and page.act_back.isEnabled(),
            timeout=20_000,
        )

    follow_the_link()
    assert page.act_back.isEnabled() and button.isEnabled()
    assert page.act_back.shortcut() == QKeySequence("Alt+Left")
    button.click()
    qtbot.waitUntil(lambda: page.web.url().path() == "/staff/index.html", timeout=20_000)
    qtbot.waitUntil(lambda: not page.act_back.isEnabled(), timeout=5000)
    follow_the_link()
    page.activateWindow()
    page.web.setFocus()
    qtbot.keyClick(page.web.focusProxy(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.web.url().path() == "/staff/index.html", timeout=20_000)


# -- offline -------------------------------------------------------------------------


def test_without_a_server_the_preview_says_it_needs_a_connection_with_local_details(
    qtbot, ctx, filled
) -> None:
    rid = filled.registration_ids[0]
    dialog = open_manager_preview(ctx, rid)
    qtbot.addWidget(dialog)
    page = dialog.page
    qtbot.waitUntil(lambda: page.state == "offline" and page.details is not None)
    texts = page.offline.texts()
    assert texts[0] == "This step needs a connection"
    assert "local database without a server" in texts[1]
    assert "Participant" in texts and "Approving manager" in texts
    assert page.offline.isVisible()


def test_unreachable_server_says_it_needs_a_connection_and_try_again_asks_again(
    qtbot, offline_ctx, filled
) -> None:
    from desktop.webview.staff_page import OfflineDetails, StaffPage

    page = StaffPage(offline_ctx)
    qtbot.addWidget(page)
    page.set_details(OfflineDetails("Order AO-1", (("Service", "Fiber 250/250"),)))
    with qtbot.waitSignal(page.offline_shown, timeout=20_000) as blocker:
        page.open("/staff/agent-orders/x/open")
    assert blocker.args == ["The server cannot be reached."]
    assert "Fiber 250/250" in page.offline.texts()
    with qtbot.waitSignal(page.offline_shown, timeout=20_000):
        page.offline.retry.click()
    assert page.state == "offline"


# -- the manager page preview against the real server ----------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    live = in_thread(web_server, tmp_path_factory.mktemp("webview"))
    yield live
    in_thread(live.stop)


def _count(db_url: str, model: type) -> int:
    db = Database(db_url)
    try:
        with db.sessions() as s:
            return int(s.scalar(select(func.count()).select_from(model)) or 0)
    finally:
        db.dispose()


def _registration_on_server(engine) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """A course, round, participant, manager and registration, made at the desktop, synced."""
    actor = engine.actor()
    ids = {k: new_id() for k in ("course", "round", "participant", "manager", "registration")}
    starts = date.today() + timedelta(days=30)
    for name, args in (
        ("course.create", {"course_id": ids["course"], "code": "LED1", "name": "Ledarskap"}),
        (
            "round.create",
            {
                "round_id": ids["round"],
                "course_id": ids["course"],
                "name": "Ledarskap VT27",
                "starts_on": starts.isoformat(),
                "ends_on": (starts + timedelta(days=1)).isoformat(),
                "place": "Umeå",
            },
        ),
        (
            "person.create",
            {
                "person_id": ids["participant"],
                "first_name": "Ingegerd",
                "last_name": "Åkesson",
                "emails": [{"address": f"ingegerd.{uuid.uuid4().hex[:6]}@firma.se"}],
            },
        ),
        (
            "person.create",
            {
                "person_id": ids["manager"],
                "first_name": "Maria",
                "last_name": "Chef",
                "emails": [{"address": f"maria.{uuid.uuid4().hex[:6]}@firma.se"}],
            },
        ),
        (
            "registration.create",
            {
                "registration_id": ids["registration"],
                "round_id": ids["round"],
                "participant_id": ids["participant"],
                "approving_manager_id": ids["manager"],
            },
        ),
    ):
        engine.execute(command(name, args), actor)
    report = engine.sync_once()
    assert report.rejected == 0 and report.caught_up
    return ids


def test_preview_shows_the_manager_page_with_the_participant_in_the_web_view(
    qtbot, server: LiveServer, settings, tmp_path, opened
) -> None:
    """Done means: the preview opens in QWebEngineView and the participant's name is in it;
    no link is made or used up; "Open in browser" hands over with a one-time code."""
    email = f"kursadmin.{uuid.uuid4().hex[:6]}@kansli.example"
    in_thread(
        add_account, server.db_url, tenant=f"w{uuid.uuid4().hex[:6]}", email=email,
        password=PASSWORD, roles=(Role.COURSE_ADMIN.value,),
    )  # fmt: skip
    from desktop.webview.view import forget_web_session, web_profile

    with signed_in(server.url, email, PASSWORD, tmp_path / "client.db", settings) as (ctx, s):
        ids = in_thread(_registration_on_server, s.engine)
        links_before = in_thread(_count, server.db_url, LinkToken)
        dialog = open_manager_preview(ctx, ids["registration"])
        qtbot.addWidget(dialog)
        page = dialog.page
        qtbot.waitUntil(lambda: page.state == "web", timeout=30_000)
        web = page.web
        assert web.url().path() == preview_path(ids["registration"])  # redirected, signed in
        qtbot.waitUntil(lambda: "Åkesson" in page_html(qtbot, web), timeout=20_000)
        names: list[object] = []
        web.run_js(
            "document.getElementById('participant-first-name').textContent + ' ' + "
            "document.getElementById('participant-last-name').textContent",
            names.append,
        )
        qtbot.waitUntil(lambda: names == ["Ingegerd Åkesson"], timeout=10_000)
        html = page_html(qtbot, web)
        assert "Preview." in html and "Nothing can be submitted from here" in html
        assert in_thread(_count, server.db_url, LinkToken) == links_before  # no link used up
        # The web session ends (8 hours, or signed out): the page hands over once more.
        codes = in_thread(_count, server.db_url, WebHandover)
        with qtbot.waitSignal(web_profile().cookieStore().cookieRemoved, timeout=10_000):
            forget_web_session()
        with qtbot.waitSignal(page.loaded, timeout=20_000):
            web.reload()
        qtbot.waitUntil(lambda: "Åkesson" in page_html(qtbot, web), timeout=20_000)
        assert in_thread(_count, server.db_url, WebHandover) == codes + 1
        # The bearer token never travels in a URL: the browser gets a one-time code.
        used_codes = in_thread(_count, server.db_url, WebHandover)
        dialog.browser.click()
        qtbot.waitUntil(lambda: len(opened) == 1, timeout=20_000)
        assert opened[0].startswith(f"{server.url}/web/enter?code=")
        assert s.client.token not in opened[0]
        assert in_thread(_count, server.db_url, WebHandover) == used_codes + 1
        # The preview says which language it shows (Kansli does not know the manager's) and
        # shows the other on request.
        assert dialog.language.isVisibleTo(dialog) and dialog.language.currentText() == "English"
        assert "language of their browser" in dialog.language_note.text()
        dialog.language.setCurrentIndex(dialog.language.findData("sv"))
        dialog.language.activated.emit(dialog.language.currentIndex())
        qtbot.waitUntil(lambda: "Förhandsgranskning." in page_html(qtbot, web), timeout=20_000)
        assert "Åkesson" in page_html(qtbot, web)
        dialog.close()
