"""A staff page of the server in the app: opened signed in through a one-time handover.

``StaffPage.open("/staff/...")`` asks the server for a handover URL on the
network pool and loads it in a :class:`~desktop.webview.view.KansliWebView`;
the server trades the code for an HttpOnly session cookie and redirects to
the page, in the app's language (``?lang=`` on the handover URL; the
profile's Accept-Language says the same). Without a connection (no server,
the engine already offline, the request or the page load fails) the page
says so plainly: "This step needs a connection", with the details the
caller read from the local database and a "Try again" button (UX.md,
Agent orders).

This module loads QtWebEngine (through ``view``); import it where it is used.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, QUrl, QUrlQuery, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWebEngineCore import QWebEngineLoadingInfo
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.common.layouts import hbox
from desktop.common.widgets import fill_with_scrolling
from desktop.operations import NetOp
from desktop.webview import view as webview
from desktop.webview.server_api import (
    known_offline,
    reason_of,
    request_handover,
    server_link,
    with_language,
)

log = logging.getLogger(__name__)

Status = QWebEngineLoadingInfo.LoadStatus
Domain = QWebEngineLoadingInfo.ErrorDomain
#: Load errors that mean "no connection to the server" rather than a page of the server.
#: The server's staff sign-in page (``server.web.session.SIGN_IN_PATH``), where a staff
#: page without a live web session sends the reader (``?next=<the page>``).
SIGN_IN_PATH = "/web/login"
UNREACHABLE = frozenset(
    {Domain.ConnectionErrorDomain, Domain.DnsErrorDomain, Domain.CertificateErrorDomain}
)


@dataclass(frozen=True)
class OfflineDetails:
    """What the local database knows about what the page is about, shown when offline."""

    heading: str
    rows: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    note: str = ""


class ConnectionNeeded(QFrame):
    """The plain in-app message shown instead of the page when there is no connection."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionNeeded")
        self.title = QLabel(self.tr("This step needs a connection"))
        self.title.setObjectName("connectionNeededTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.explain = QLabel(
            self.tr(
                "This page comes from the server. Everything else in Kansli works offline; "
                "come back here when the connection is back."
            )
        )
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: palette(placeholder-text);")
        self.heading = QLabel()
        self.heading.setObjectName("connectionNeededHeading")
        self.heading.setStyleSheet("font-size: 12pt; font-weight: 600; margin-top: 12px;")
        self.heading.setWordWrap(True)
        self.details = QWidget()
        self.details.setMaximumWidth(820)
        self.form = QFormLayout(self.details)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(18)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.retry = QPushButton(self.tr("Try again"))
        self.retry.setToolTip(self.tr("Ask the server for the page again"))
        self.retry.clicked.connect(self.retry_requested)
        buttons = hbox(self.retry, None)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.reason)
        layout.addWidget(self.explain)
        layout.addLayout(buttons)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(self.note)
        layout.addStretch(1)
        fill_with_scrolling(self, inner)
        self.show_details(None)

    def show_details(self, details: OfflineDetails | None) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.heading.setText(details.heading if details else "")
        self.heading.setVisible(bool(details))
        self.note.setText(details.note if details else "")
        self.note.setVisible(bool(details and details.note))
        for label, value in details.rows if details else ():
            text = QLabel(value or "–")
            text.setWordWrap(True)
            # Top-aligned: a wrapped value keeps its first line level with its label.
            text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(label, text)
        self.details.setVisible(bool(details and details.rows))

    def texts(self) -> list[str]:
        """Every text shown (for tests and screen readers' summaries)."""
        out = [self.title.text(), self.reason.text(), self.heading.text()]
        for row in range(self.form.rowCount()):
            for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole):
                item = self.form.itemAt(row, role)
                widget = item.widget() if item is not None else None
                if isinstance(widget, QLabel):
                    out.append(widget.text())
        return out


class StaffPage(QWidget):
    """A page under ``/staff/`` in the web view, or the offline message with local details."""

    #: The page finished loading: True when it shows the server's page.
    loaded = Signal(bool)
    #: The offline message is shown, with its reason.
    offline_shown = Signal(str)
    #: A form of the page was sent and its answer loaded: the server may have changed data.
    changed_on_server = Signal()
    title_changed = Signal(str)
    #: "Open in browser" failed, with the reason.
    browser_failed = Signal(str)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = ""
        self.details: OfflineDetails | None = None
        self.state = "empty"  # empty | loading | web | offline
        self._generation = 0
        self._submitted = False
        self._renewed = False
        link = server_link(ctx)
        origins = [link.origin] if link else []
        #: The language the server is asked for (the app's unless the caller chooses).
        self.language: str = ctx.language
        self.web = webview.KansliWebView(origins, self, language=ctx.language)
        self.web.web_page.form_submitted.connect(self._form_submitted)
        self.web.page().loadingChanged.connect(self._loading_changed)
        self.web.titleChanged.connect(self.title_changed)
        self.loading = QLabel(self.tr("Opening the page…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setStyleSheet("color: palette(placeholder-text); font-size: 11pt;")
        self.offline = ConnectionNeeded(self)
        #: False for a local database without a server: nothing to open, also not in a browser.
        self.has_server = link is not None
        self.offline.retry_requested.connect(self.reload)
        self.stack = QStackedWidget()
        for w in (self.loading, self.web, self.offline):
            self.stack.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        # Back to the page before (a refusal page, a link followed): Alt+Left, or the
        # button the page's header shows (back_button).
        self.act_back = QAction(self.tr("Back"), self)
        self.act_back.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Back) or [QKeySequence("Alt+Left")]
        )
        self.act_back.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_back.setToolTip(self.tr("Back to the page before"))
        self.act_back.setStatusTip(self.act_back.toolTip())
        self.act_back.triggered.connect(self.go_back)
        self.act_back.setEnabled(False)
        self.addAction(self.act_back)
        self.web.urlChanged.connect(lambda _u: self._update_back())

    # -- back -----------------------------------------------------------------------------

    def back_button(self) -> QToolButton:
        """A "← Back" button for the page's header (the action, with its key in the tip)."""
        button = QToolButton()
        button.setDefaultAction(self.act_back)
        button.setText("← " + self.act_back.text())
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setToolTip(
            f"{self.act_back.toolTip()} "
            f"({self.act_back.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        return button

    def can_go_back(self) -> bool:
        return self.state == "web" and self.web.history().canGoBack()

    def go_back(self) -> None:
        if self.can_go_back():
            self.web.back()

    def _update_back(self) -> None:
        self.act_back.setEnabled(self.can_go_back())

    # -- opening ---------------------------------------------------------------------

    def set_details(self, details: OfflineDetails | None) -> None:
        """What to show offline (read by the caller from the local database)."""
        self.details = details
        self.offline.show_details(details)

    def open(self, path: str) -> None:
        """Open the server's page ``path`` (``/staff/...``) signed in, or say why not."""
        self.path = path
        self._renewed = False
        self._open(path)

    def reload(self) -> None:
        if self.path:
            self._open(self.current_path() or self.path)

    def _open(self, path: str) -> None:
        self._generation += 1
        generation = self._generation
        link = server_link(self.ctx)
        if link is None:
            self.show_offline(
                self.tr("Kansli is working on a local database without a server connection.")
            )
            return
        if known_offline(self.ctx):
            self.show_offline(self.tr("You are offline: the server cannot be reached."))
            return
        self.web.web_page.allow_origin(link.base_url)
        self._set_state("loading")
        NetOp(lambda: request_handover(link, path), parent=self, label="web.handover").success(
            lambda url: self._load(generation, url)
        ).failure(lambda exc: self._handover_failed(generation, exc)).run(self.ctx.ops)

    def _load(self, generation: int, url: str) -> None:
        if generation != self._generation:
            return
        # The server names its public address; its origin is ours too.
        self.web.web_page.allow_origin(url)
        self.web.load(QUrl(with_language(url, self.language)))

    def _handover_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self.show_offline(reason_of(exc))

    def show_offline(self, reason: str) -> None:
        self.offline.reason.setText(reason)
        self.offline.show_details(self.details)
        self._set_state("offline")
        self.offline_shown.emit(reason)

    def set_language(self, language: str) -> None:
        """Show the page in ``language`` ("sv", "en") from now on; reloads it."""
        if language != self.language:
            self.language = language
            self.reload()

    def _set_state(self, state: str) -> None:
        self.state = state
        widget = {"loading": self.loading, "web": self.web, "offline": self.offline}.get(state)
        if widget is not None:
            self.stack.setCurrentWidget(widget)
        self._update_back()

    # -- the page's life ----------------------------------------------------------------

    def _form_submitted(self, _url: QUrl) -> None:
        self._submitted = True

    def _loading_changed(self, info: QWebEngineLoadingInfo) -> None:
        status = info.status()
        if status not in (Status.LoadSucceededStatus, Status.LoadFailedStatus):
            return
        ours = self.web.web_page.is_ours(info.url())
        if status == Status.LoadFailedStatus and info.errorDomain() in UNREACHABLE:
            log.info("web view: the page did not load (%s)", info.errorDomain().name)
            self.show_offline(self.tr("The server cannot be reached."))
            self.loaded.emit(False)
            return
        url = info.url()
        # The server sends a staff page without a live web session to its sign-in page.
        at_sign_in = ours and url.path() == SIGN_IN_PATH
        signed_out = at_sign_in or (
            info.errorDomain() == Domain.HttpStatusCodeDomain and info.errorCode() == 401
        )
        if ours and signed_out and not self._renewed:
            # The web session ended (8 hours, or signed out elsewhere): hand over once more.
            self._renewed = True
            path = QUrlQuery(url).queryItemValue("next") if at_sign_in else url.path()
            self._open(path if path.startswith("/staff/") else self.path)
            return
        if not signed_out:
            self._renewed = False  # renew again when this session ends too
        self._set_state("web")
        self.loaded.emit(status == Status.LoadSucceededStatus)
        if self._submitted:
            self._submitted = False
            self.ctx.engine.trigger()  # fetch what the server just changed
            self.changed_on_server.emit()

    def current_path(self) -> str:
        """Path and query of the page shown, when it is one of our staff pages."""
        url = self.web.url()
        if not self.web.web_page.is_ours(url) or not url.path().startswith("/staff/"):
            return ""
        query = url.query()
        return url.path() + (f"?{query}" if query else "")

    # -- the system browser ---------------------------------------------------------------

    def open_in_browser(self) -> None:
        """Open the page shown (or the one asked for) in the system browser, signed in."""
        path = self.current_path() or self.path
        link = server_link(self.ctx)
        if link is None or not path:
            self.browser_failed.emit(
                self.tr("Kansli is working on a local database without a server connection.")
            )
            return
        NetOp(lambda: request_handover(link, path), parent=self, label="web.browser").success(
            self._open_externally
        ).failure(lambda exc: self.browser_failed.emit(reason_of(exc))).run(self.ctx.ops)

    def _open_externally(self, url: str) -> None:
        webview.open_external(QUrl(with_language(url, self.language)))
