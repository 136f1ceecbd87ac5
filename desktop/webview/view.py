"""``KansliWebView``: QtWebEngine on a dedicated profile, navigation limited to our server.

This module loads QtWebEngine; import it only where a web view is made.

The profile is **off the record**: cookies (the HttpOnly web session the
server sets after a handover), cache and storage live in memory only. A
staff page is always opened through a fresh one-time handover code, so
keeping the session on disk would buy nothing and would leave a usable
8-hour credential in the user's profile folder after sign-out or a crash.

Navigation: pages of the server's origin (and of the origin the server's
handover URL names) load in the view; a link or redirect elsewhere opens in
the system browser; anything else (other schemes, sub-frames elsewhere) is
refused. Script calls made before a page has loaded are queued and run once
it has (Anki's ``AnkiWebView``).
"""

from __future__ import annotations

import atexit
import logging
from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import (
    QWebEngineNewWindowRequest,
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from desktop import __version__
from desktop.webview.server_api import origin_of

log = logging.getLogger(__name__)

Nav = QWebEnginePage.NavigationType
#: Schemes the system may open when a page links to them (mail, BankID app on this device).
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto", "bankid"})
#: Navigations a person started (a click, a form, a redirect after one) may go to the browser.
USER_NAVIGATIONS = frozenset(
    {Nav.NavigationTypeLinkClicked, Nav.NavigationTypeFormSubmitted, Nav.NavigationTypeRedirect}
)
ACCEPT_LANGUAGE = {"sv": "sv-SE,sv;q=0.9,en;q=0.6", "en": "en-GB,en;q=0.9,sv;q=0.5"}

_profile: QWebEngineProfile | None = None


def open_external(url: QUrl) -> bool:
    """Open ``url`` in the system's browser or app (tests replace this)."""
    return bool(QDesktopServices.openUrl(url))


def web_profile(language: str = "en") -> QWebEngineProfile:
    """The app's one web profile (off the record, made on first use)."""
    global _profile
    if _profile is None or not shiboken6.isValid(_profile):
        profile = QWebEngineProfile(QCoreApplication.instance())  # no name: off the record
        profile.setObjectName("kansliWebProfile")
        profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        profile.setPersistentCookiesPolicy(
            QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
        )
        profile.setPersistentPermissionsPolicy(
            QWebEngineProfile.PersistentPermissionsPolicy.AskEveryTime
        )
        profile.setHttpUserAgent(f"{profile.httpUserAgent()} Kansli/{__version__}")
        s = profile.settings()
        A = QWebEngineSettings.WebAttribute
        s.setAttribute(A.JavascriptCanOpenWindows, False)
        s.setAttribute(A.LocalContentCanAccessRemoteUrls, False)
        s.setAttribute(A.LocalContentCanAccessFileUrls, False)
        s.setAttribute(A.PluginsEnabled, False)
        s.setAttribute(A.PdfViewerEnabled, False)
        s.setAttribute(A.ScreenCaptureEnabled, False)
        s.setAttribute(A.FocusOnNavigationEnabled, True)
        _profile = profile
        atexit.register(release_web_engine)
    _profile.setHttpAcceptLanguage(ACCEPT_LANGUAGE.get(language, ACCEPT_LANGUAGE["en"]))
    return _profile


def release_web_engine() -> None:
    """Delete every web view, then the profile: a profile must outlive the pages on it.

    Runs at exit (while the QApplication still exists); views closed just
    before may still wait for their ``deleteLater``.
    """
    global _profile
    app = QApplication.instance()
    if isinstance(app, QApplication):
        for widget in app.allWidgets():
            if isinstance(widget, QWebEngineView) and shiboken6.isValid(widget):
                shiboken6.delete(widget)
    if _profile is not None and shiboken6.isValid(_profile):
        shiboken6.delete(_profile)
    _profile = None


def forget_web_session() -> None:
    """Delete the profile's cookies (the web session), e.g. on sign-out."""
    if _profile is not None and shiboken6.isValid(_profile):
        _profile.cookieStore().deleteAllCookies()


class KansliWebPage(QWebEnginePage):
    """A page that stays on our server; other destinations go to the system browser."""

    #: A URL was handed to the system browser (or app).
    opened_externally = Signal(QUrl)
    #: A navigation was refused (the URL's scheme and host, never its query: it may hold codes).
    refused = Signal(str)
    #: A form of our server was submitted (the server may have changed data).
    form_submitted = Signal(QUrl)

    def __init__(
        self, profile: QWebEngineProfile, origins: Iterable[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(profile, parent)
        self.origins = {o for o in origins if o}
        self.popups: list[WebWindow] = []
        self.newWindowRequested.connect(self._new_window)

    def allow_origin(self, url: str) -> None:
        """Let pages of ``url``'s origin load here too."""
        self.origins.add(origin_of(url))

    def is_ours(self, url: QUrl) -> bool:
        return url.scheme() in ("http", "https") and origin_of(url.toString()) in self.origins

    def acceptNavigationRequest(
        self, url: QUrl | str, nav_type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        url = QUrl(url)
        if self.is_ours(url):
            if nav_type == Nav.NavigationTypeFormSubmitted:
                self.form_submitted.emit(url)
            return True
        if url.scheme() == "about" and url.path() == "blank":
            return True
        where = f"{url.scheme()}://{url.host()}"
        if is_main_frame and nav_type in USER_NAVIGATIONS and url.scheme() in EXTERNAL_SCHEMES:
            log.info("web view: %s opens in the system browser", where)
            open_external(url)
            self.opened_externally.emit(url)
        else:
            log.info("web view: navigation to %s refused", where)
            self.refused.emit(where)
        return False

    def _new_window(self, request: QWebEngineNewWindowRequest) -> None:
        """A link with ``target=_blank``: a window of its own if it stays on our server,
        the system browser otherwise (decided on the URL, before any page is made)."""
        url = request.requestedUrl()
        if not self.is_ours(url):
            if request.isUserInitiated() and url.scheme() in EXTERNAL_SCHEMES:
                log.info(
                    "web view: new window %s://%s opens in the browser", url.scheme(), url.host()
                )
                open_external(url)
                self.opened_externally.emit(url)
            else:
                self.refused.emit(f"{url.scheme()}://{url.host()}")
            return  # not opened here: the request is dropped
        window = WebWindow(self.origins, self.profile(), title=self.title())
        self.popups.append(window)
        window.destroyed.connect(lambda _o=None, w=window: self._forget(w))
        request.openIn(window.view.page())
        window.show()

    def _forget(self, window: WebWindow) -> None:
        if window in self.popups:
            self.popups.remove(window)

    def javaScriptConsoleMessage(
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line: int,
        source: str,
    ) -> None:
        log.debug("web view console (%s:%s): %s", origin_of(source), line, message[:200])


class KansliWebView(QWebEngineView):
    """A web view on the app's profile whose page stays on our server."""

    def __init__(
        self,
        origins: Iterable[str] = (),
        parent: QWidget | None = None,
        *,
        language: str = "en",
        profile: QWebEngineProfile | None = None,
    ) -> None:
        super().__init__(parent)
        self.web_page = KansliWebPage(profile or web_profile(language), origins, self)
        self.setPage(self.web_page)
        self.ready = False
        self._queued: list[tuple[str, Callable[[object], None] | None]] = []
        self.loadStarted.connect(self._load_started)
        self.loadFinished.connect(self._load_finished)
        self.setAccessibleName(self.tr("Web page"))

    def _load_started(self) -> None:
        self.ready = False

    def _load_finished(self, _ok: bool) -> None:
        # Also after a refused or failed navigation: the page shown is then the one before.
        self.ready = True
        queued, self._queued = self._queued, []
        for script, callback in queued:
            self._run(script, callback)

    def run_js(self, script: str, callback: Callable[[object], None] | None = None) -> None:
        """Run ``script`` in the page now, or as soon as the page has loaded."""
        if self.ready:
            self._run(script, callback)
        else:
            self._queued.append((script, callback))

    def _run(self, script: str, callback: Callable[[object], None] | None) -> None:
        if callback is None:
            self.page().runJavaScript(script, 0)
        else:
            self.page().runJavaScript(script, 0, callback)


class WebWindow(QWidget):
    """A page a staff page opened in a new tab (``target=_blank``), in a window of its own."""

    def __init__(
        self, origins: Iterable[str], profile: QWebEngineProfile, *, title: str = ""
    ) -> None:
        super().__init__(None)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title or "Kansli")
        self.view = KansliWebView(origins, self, profile=profile)
        self.view.web_page.titleChanged.connect(self._title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(900, 760)

    def _title(self, title: str) -> None:
        self.setWindowTitle(title or "Kansli")
