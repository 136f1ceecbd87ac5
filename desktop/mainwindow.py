"""The main window: tabs (Courses, Participants, Alumni queue, Agent orders, round pages),
menus with standard shortcuts, and the status bar with the sync state."""

from __future__ import annotations

import importlib
import logging
import re
import sys
from collections.abc import Callable
from functools import partialmethod
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QWidget,
)

from desktop import __version__
from desktop.common.domain_text import domain_message
from desktop.common.saved_file import failure_reason, tell_not_saved, tell_saved
from desktop.common.tab_view import RecordTab, TabView, row_actions_of
from desktop.context import AppContext
from desktop.logs import log_file
from desktop.notifications.view import NotificationsButton
from desktop.operations import Changes
from desktop.settings import WINDOW_GEOMETRY, WINDOW_STATE
from desktop.sync_ui.status import SyncStatusWidget
from models.commands.attendance import AttendanceCheckIn
from models.commands.courses import RegistrationReviewAccept
from models.tenancy import AGENT_ADMIN
from sync.store import DiskFull

if TYPE_CHECKING:
    # Made on first use, not at start-up: their modules load when the user opens one.
    from desktop.agent_orders.order_page import AgentOrderPage
    from desktop.agent_orders.view import AgentOrdersView
    from desktop.alumni.view import AlumniQueueView
    from desktop.courses.round_page import RoundPage
    from desktop.courses.view import CoursesView
    from desktop.organisations.view import OrganisationsView
    from desktop.participants.view import ParticipantsView
    from desktop.people.profile import PersonProfile
    from desktop.sync_ui.issues import SyncIssuesDialog

log = logging.getLogger(__name__)

#: A record's tab (a round, an agent order).
R = TypeVar("R", bound=RecordTab)

_FALLBACK_KEYS = {
    QKeySequence.StandardKey.Quit: "Ctrl+Q",
    QKeySequence.StandardKey.Preferences: "Ctrl+,",
    QKeySequence.StandardKey.Close: "Ctrl+W",
}

#: Names accepted by ``--tab`` (and the order of the fixed tabs).
TAB_KEYS = ("courses", "participants", "alumni", "agent-orders", "organisations")

#: Each fixed tab's view, "module.Class" under ``desktop``: imported and made when the tab
#: is first shown (or the view first asked for), so start-up paints the window with only
#: the tab it opens on.
TAB_VIEWS = {
    "courses": "courses.view.CoursesView",
    "participants": "participants.view.ParticipantsView",
    "alumni": "alumni.view.AlumniQueueView",
    "agent-orders": "agent_orders.view.AgentOrdersView",
    "organisations": "organisations.view.OrganisationsView",
}

#: A view's signals and the window's slot each is connected to (when the view has it).
_VIEW_SIGNALS = (
    ("open_round", "open_round"),
    ("open_review", "show_review"),
    ("open_person", "open_person"),
    ("open_order", "open_order"),
)


#: Who may open a window of the menus (see ``MainWindow._window``).
_admin = attrgetter("ctx.is_admin")
_money = attrgetter("ctx.handles_money")


def _focus_first(page: QWidget) -> None:
    """Focus the first widget of ``page`` that Tab stops at (``page`` itself if none), as
    QStackedWidget does for the page it switches to when the focus was on the page before."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
            and page.isAncestorOf(widget)
            and widget.isVisibleTo(page)
            and widget.isEnabled()
        ):
            widget.setFocus()
            return
        widget = widget.nextInFocusChain()
    page.setFocus()


def _anyone(_window: MainWindow) -> bool:
    return True


def _agent_admin(window: MainWindow) -> bool:
    return window.act_agent_users.isEnabled()


def _reviewer(window: MainWindow) -> bool:
    return window.act_review.isEnabled()


def _checks_in(window: MainWindow) -> bool:
    return AttendanceCheckIn.may_run(window.ctx.actor.roles)


class MainWindow(QMainWindow):
    """The application window over one account's local database."""

    #: The tab shown (and any other fixed tab made by then) has shown its first data.
    data_shown = Signal()
    #: A fixed tab's view was made (its key): its tab shown for the first time, or asked for.
    tab_built = Signal(str)
    settings_requested = Signal()
    #: The user closed the window (the application quits).
    closed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.profiles: dict[str, PersonProfile] = {}
        self.round_pages: dict[str, RoundPage] = {}
        #: Agent orders opened as tabs (their module loads QtWebEngine: imported on first use).
        self.order_pages: dict[str, AgentOrderPage] = {}
        self.dialogs: list[QWidget] = []
        self._data_shown = False
        self.setWindowTitle("Kansli" + (" — " + self.tr("demo") if ctx.demo else ""))
        self.setObjectName("mainWindow")

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        #: The fixed tabs' views made so far (by key); the others' tabs hold a placeholder.
        self._views: dict[str, QWidget] = {}
        #: Modules the warm-up imported (or tried to: one that failed is not tried again).
        self._warmed: set[str] = set()
        for title in (
            self.tr("Courses"),
            self.tr("Participants"),
            self.tr("Alumni queue"),
            self.tr("Agent orders"),
            self.tr("Organisations"),
        ):
            index = self.tabs.addTab(QWidget(), title)
            # The fixed tabs cannot be closed.
            self.tabs.tabBar().setTabButton(
                index, self.tabs.tabBar().ButtonPosition.RightSide, None
            )
        self.setCentralWidget(self.tabs)
        # Before the Actions menu's slot: a tab's view is there when its actions are listed.
        self.tabs.currentChanged.connect(self._build_shown_tab)
        self._build_shown_tab(self.tabs.currentIndex())

        self.sync_status = SyncStatusWidget(ctx, self)
        self.sync_status.issues_requested.connect(self.show_sync_issues)
        self.sync_status.retry_requested.connect(self.sync_now)
        self.notifications = NotificationsButton(ctx, self)
        self.notifications.open_order.connect(self.open_order)
        self.statusBar().addPermanentWidget(self.notifications)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress_label = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel_progress)
        for w in (self.progress_label, self.progress, self.cancel_button):
            self.statusBar().addWidget(w)
            w.hide()
        self._progress_op: Any = None

        self._make_menus()
        ctx.ops.error_occurred.connect(self.show_error)
        ctx.ops.progress.connect(self._show_progress)
        ctx.ops.progress_done.connect(self._hide_progress)
        ctx.undo.changed.connect(self._update_undo)
        self._update_undo()
        self._restore_window()
        # "Data shown" as soon as the last view's load is delivered; the timer catches
        # what is shown without a database operation.
        ctx.ops.delivered.connect(self._check_data_shown)
        self._watch = QTimer(self)
        self._watch.setInterval(50)
        self._watch.timeout.connect(self._check_data_shown)
        self._watch.start()

    # -- menus ----------------------------------------------------------------------

    def _action(
        self, menu: Any, text: str, slot: Any, shortcut: Any = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if isinstance(shortcut, QKeySequence.StandardKey):
            # Some platforms define no binding for Quit or Preferences: use the usual one.
            keys = QKeySequence.keyBindings(shortcut) or [
                QKeySequence(_FALLBACK_KEYS.get(shortcut, ""))
            ]
            action.setShortcuts(keys)
        elif isinstance(shortcut, list):
            action.setShortcuts([QKeySequence(s) for s in shortcut])
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip or text.replace("…", ""))
        menu.addAction(action)
        return action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self.act_export = self._action(
            file,
            self.tr("&Export list…"),
            self.ask_export,
            "Ctrl+E",
            self.tr("Save the current list as CSV or Excel"),
        )
        self.act_print = self._action(
            file,
            self.tr("&Print list…"),
            self.print_current,
            QKeySequence.StandardKey.Print,
            self.tr("Print the current list (with preview)"),
        )
        file.addSeparator()
        self._action(
            file,
            self.tr("&Settings…"),
            self.settings_requested.emit,
            QKeySequence.StandardKey.Preferences,
        )
        file.addSeparator()
        self._action(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = bar.addMenu(self.tr("&Edit"))
        self.act_undo = self._action(
            edit, self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo
        )
        edit.addSeparator()
        self._action(
            edit,
            self.tr("&Find"),
            self.focus_search,
            QKeySequence.StandardKey.Find,
            self.tr("Search the current list"),
        )
        self._action(
            edit, self.tr("Select &all"), self.select_all, QKeySequence.StandardKey.SelectAll
        )
        edit.addSeparator()
        self.act_categories = self._action(
            edit,
            self.tr("Person &categories…"),
            self.show_categories,
            None,
            self.tr("The categories persons can have (such as Alumnus): add, rename, archive"),
        )

        view = bar.addMenu(self.tr("&View"))
        self._action(
            view, self.tr("&Reload the current list"), self.reload_current, "Ctrl+Shift+F5"
        )

        go = bar.addMenu(self.tr("&Go"))
        for n, title in enumerate(
            (
                self.tr("&Courses"),
                self.tr("&Participants"),
                self.tr("&Alumni queue"),
                self.tr("A&gent orders"),
                self.tr("&Organisations"),
            ),
            start=1,
        ):
            self._action(
                go, title, lambda _c=False, i=n - 1: self.tabs.setCurrentIndex(i), f"Ctrl+{n}"
            )
        go.addSeparator()
        self._action(
            go,
            self.tr("Close &tab"),
            lambda: self.close_tab(self.tabs.currentIndex()),
            QKeySequence.StandardKey.Close,
        )
        self.act_notifications = self._action(
            go,
            self.tr("&Notifications…"),
            lambda: self.notifications.show_list(),
            "Ctrl+Shift+N",
            self.tr("Show your notifications from the server"),
        )
        # Sign-ups a booking held for review (issue 17): accepted or declined there.
        self.act_review = self._action(
            go,
            self.tr("Sign-ups for &review…"),
            self.show_review,
            None,
            self.tr("Bookings that wait for review: a required course missing, fees overdue"),
        )
        self.act_review.setEnabled(RegistrationReviewAccept.may_run(self.ctx.actor.roles))
        # The service desk's cases of attested agent orders (issue 20): read by every role.
        self.act_service_desk = self._action(
            go,
            self.tr("&Service-desk cases…"),
            self.show_service_desk,
            None,
            self.tr("The service desk's cases of attested agent orders, with their notes"),
        )
        # The full-screen check-in station of one of today's sessions (issue 19).
        self.act_checkin = self._action(
            go,
            self.tr("Check-&in…"),
            self.show_checkin,
            "Ctrl+Shift+I",
            self.tr("Full-screen check-in at one of today's sessions: scanner, camera or typed"),
        )
        self.act_checkin.setEnabled(_checks_in(self))

        # The Actions menu holds the row actions of the tab shown, acting on its selection.
        self.actions_menu = bar.addMenu(self.tr("&Actions"))
        self.tabs.currentChanged.connect(lambda _i: self._fill_actions_menu())
        self._fill_actions_menu()

        sync = bar.addMenu(self.tr("&Sync"))
        self.act_sync = self._action(
            sync,
            self.tr("Sync &now"),
            self.sync_now,
            ["F5", "Ctrl+R"],
            self.tr("Send local changes and fetch the server's"),
        )
        self._action(sync, self.tr("Sync &issues…"), self.show_sync_issues)

        # Administration: for the organisation's administrators only (the server checks too).
        self.admin_menu = bar.addMenu(self.tr("Ad&ministration"))
        self.act_users = self._action(
            self.admin_menu,
            self.tr("&Users…"),
            self.show_users,
            "Ctrl+Shift+U",
            self.tr("Invite users, change their roles, deactivate them, end their sessions"),
        )
        self.act_agent_users = self._action(
            self.admin_menu,
            self.tr("&Agent users…"),
            self.show_agent_users,
            "Ctrl+Shift+G",
            self.tr(
                "Give an agent organisation's users the roles Agent case handler and Attestant"
            ),
        )
        self.act_agent_order_settings = self._action(
            self.admin_menu,
            self.tr("Agent-order &settings…"),
            self.show_agent_order_settings,
            None,
            self.tr("Whether case handlers approve and reject agent orders with BankID"),
        )
        self.act_retention = self._action(
            self.admin_menu,
            self.tr("R&etention…"),
            self.show_retention,
            None,
            self.tr("How long personal data no longer needed is kept, and what was removed"),
        )
        self.act_followup = self._action(
            self.admin_menu,
            self.tr("&Notification follow-up…"),
            self.show_followup,
            "Ctrl+Shift+J",
            self.tr("Every mail and SMS sent: to whom, when, and whether it arrived or failed"),
        )
        self.act_audit = self._action(
            self.admin_menu,
            self.tr("Audit &log…"),
            self.show_audit_log,
            None,
            self.tr("Who read personnummer or changed users, roles and settings, and when"),
        )
        self.act_templates = self._action(
            self.admin_menu,
            self.tr("Message &templates…"),
            self.show_templates,
            "Ctrl+Shift+T",
            self.tr(
                "The texts of the mails and SMS Kansli sends, per event, drafted and published"
            ),
        )
        # The windows over the tenant's own rules: notification bindings and recipients
        # (issue 16), prices, discounts and membership types (issue 17).
        (
            self.act_bindings,
            self.act_recipients,
            self.act_prices,
            self.act_discounts,
            self.act_membership_types,
        ) = (
            self._action(self.admin_menu, text, slot, tip=tip)
            for text, slot, tip in (
                (
                    self.tr("Notification &bindings…"),
                    self.show_bindings,
                    self.tr("Which template each event sends, where, to whom, by e-mail or SMS"),
                ),
                (
                    self.tr("Notification &recipients…"),
                    self.show_recipients,
                    self.tr("The people who get notifications as static recipients"),
                ),
                (
                    self.tr("&Prices…"),
                    self.show_prices,
                    self.tr("What courses cost: for all courses, a category or one round"),
                ),
                (
                    self.tr("&Discounts…"),
                    self.show_discounts,
                    self.tr("Discounts of sign-ups, such as for a second course the same term"),
                ),
                (
                    self.tr("&Membership types…"),
                    self.show_membership_types,
                    self.tr("Membership types and the fee a non-member pays with a course"),
                ),
            )
        )
        self.admin_menu.insertSeparator(self.act_prices)
        booking = (self.act_prices, self.act_discounts, self.act_membership_types)
        agent_admin = self.ctx.is_admin or AGENT_ADMIN in self.ctx.actor.roles
        self.admin_menu.menuAction().setVisible(agent_admin)
        admin_only_actions = (
            self.act_users,
            self.act_agent_order_settings,
            self.act_retention,
            self.act_followup,
            self.act_audit,
            self.act_templates,
            *booking,
        )
        for admin_only in (*admin_only_actions, self.act_bindings, self.act_recipients):
            admin_only.setVisible(self.ctx.is_admin)
            admin_only.setEnabled(self.ctx.is_admin)
        self.act_agent_users.setEnabled(agent_admin)

        # Accounting (issue 18): the treasurer's and the administrators' windows over money,
        # each adding its item below; hidden for other roles (the server checks too).
        self.accounting_menu = bar.addMenu(self.tr("Acco&unting"))
        self.accounting_menu.menuAction().setVisible(self.ctx.handles_money)
        self.act_economics = self._action(
            self.accounting_menu,
            self.tr("&Economics report…"),
            self.show_economics,
            None,
            self.tr("Invoiced, paid and outstanding per course, category or term, with a chart"),
        )
        self.act_payment_settings = self._action(
            self.accounting_menu,
            self.tr("&Payment settings…"),
            self.show_payment_settings,
            None,
            self.tr("Bankgiro, due days, reminders and late interest, the invoices' sender"),
        )
        self.act_reminders = self._action(
            self.accounting_menu,
            self.tr("&Reminders…"),
            self.show_reminders,
            None,
            self.tr("Invoices reminded and still unpaid, and those for collection, with amounts"),
        )
        self.act_import_bgmax = self._action(
            self.accounting_menu,
            self.tr("&Import BgMax file…"),
            self.import_bgmax,
            None,
            self.tr("Import a Bankgirot BgMax file: its payments matched to invoices by OCR"),
        )
        self.act_unmatched = self._action(
            self.accounting_menu,
            self.tr("&Unmatched payments…"),
            self.show_unmatched_payments,
            None,
            self.tr("Payments no invoice was found for, to match by hand"),
        )
        self.act_refunds = self._action(
            self.accounting_menu,
            self.tr("Re&funds…"),
            self.show_refunds,
            None,
            self.tr("Money owed back to people: pay it by card or bank, pay out credit"),
        )

        self.act_accounting_settings = self._action(
            self.accounting_menu,
            self.tr("&Accounting settings…"),
            self.show_accounting_settings,
            None,
            self.tr("The bookkeeping account of each purpose, with cost centre and project"),
        )
        self.act_sie_export = self._action(
            self.accounting_menu,
            self.tr("Export &SIE file…"),
            self.show_sie_export,
            None,
            self.tr("The period's vouchers and balances as a SIE 4 file"),
        )

        # Reports over the local data, for everyone (issue 19).
        self.reports_menu = bar.addMenu(self.tr("Re&ports"))
        self.act_returning = self._action(
            self.reports_menu,
            self.tr("Re&turning participants…"),
            self.show_returning,
            None,
            self.tr("Per course or category and term: who came back, from which earlier course"),
        )
        self._action(
            self.reports_menu,
            self.tr("Activity grants (&LOK-stöd)…"),
            self.show_grants,
            None,
            self.tr("What the period's attendance counts for LOK-stöd or a municipal grant"),
        )

        help_ = bar.addMenu(self.tr("&Help"))
        self._action(
            help_,
            self.tr("Kansli &manual"),
            self.show_manual,
            QKeySequence.StandardKey.HelpContents,
            self.tr("Participants, import, the alumni queue, sync and offline work, printing"),
        )
        self._action(
            help_,
            self.tr("&Keyboard shortcuts…"),
            self.show_shortcuts,
            "Ctrl+F1",
            self.tr("Every key of the menus and the lists"),
        )
        help_.addSeparator()
        self._action(help_, self.tr("&About Kansli"), self.about)

    def _fill_actions_menu(self) -> None:
        """Fill Actions with the row actions of the current tab (a placeholder without)."""
        menu = self.actions_menu
        menu.clear()  # the actions belong to their views; clear() only unlists them
        actions = row_actions_of(self.tabs.currentWidget())
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        if not actions:
            none = menu.addAction(self.tr("No actions on this tab"))
            none.setEnabled(False)

    def _update_undo(self) -> None:
        step = self.ctx.undo.top()
        self.act_undo.setEnabled(step is not None)
        self.act_undo.setText(
            self.tr("&Undo %1").replace("%1", step.label) if step else self.tr("&Undo")
        )

    # -- tabs -----------------------------------------------------------------------

    @property
    def courses(self) -> CoursesView:
        return cast("CoursesView", self.view("courses"))

    @property
    def participants(self) -> ParticipantsView:
        return cast("ParticipantsView", self.view("participants"))

    @property
    def alumni(self) -> AlumniQueueView:
        return cast("AlumniQueueView", self.view("alumni"))

    @property
    def agent_orders(self) -> AgentOrdersView:
        return cast("AgentOrdersView", self.view("agent-orders"))

    @property
    def organisations(self) -> OrganisationsView:
        return cast("OrganisationsView", self.view("organisations"))

    def built_view(self, key: str) -> QWidget | None:
        """The view of the fixed tab ``key`` if it was made, else None (nothing is made)."""
        return self._views.get(key)

    def view(self, key: str) -> QWidget:
        """The view of the fixed tab ``key`` (one of TAB_KEYS), made now if not yet: its
        module imported, its signals connected, put in its tab in place of the placeholder
        (the tab shown stays shown)."""
        view = self._views.get(key)
        if view is not None:
            return view
        module, _, name = TAB_VIEWS[key].rpartition(".")
        kind = getattr(importlib.import_module(f"desktop.{module}"), name)
        view = cast(QWidget, kind(self.ctx, self))
        self._views[key] = view
        for signal, slot in _VIEW_SIGNALS:
            if hasattr(view, signal):
                getattr(view, signal).connect(getattr(self, slot))
        index = TAB_KEYS.index(key)
        placeholder, title = cast(QWidget, self.tabs.widget(index)), self.tabs.tabText(index)
        current = self.tabs.currentIndex()
        # Switching tabs moved the focus from the old page to the placeholder (it had none
        # of its own to take it): it goes on to the view, as to a page made before.
        focus = self.focusWidget()
        focused = focus is not None and (focus is placeholder or placeholder.isAncestorOf(focus))
        bar = self.tabs.tabBar()
        behaviour = bar.selectionBehaviorOnRemove()
        blocked = self.tabs.blockSignals(True)  # the same tab stays shown: nothing changed
        try:
            self.tabs.insertTab(index, view, title)
            if self.isVisible():
                # The page's size before its first show (as if made with the window): a list
                # fits its columns to it then.
                view.setGeometry(placeholder.geometry())
            bar.setTabButton(index, bar.ButtonPosition.RightSide, None)
            bar.setSelectionBehaviorOnRemove(bar.SelectionBehavior.SelectLeftTab)
            self.tabs.removeTab(index + 1)
            self.tabs.setCurrentIndex(current)
        finally:
            bar.setSelectionBehaviorOnRemove(behaviour)
            self.tabs.blockSignals(blocked)
        placeholder.deleteLater()
        if focused and self.tabs.currentWidget() is view:
            _focus_first(view)
        self.tab_built.emit(key)
        return view

    def _build_shown_tab(self, index: int) -> None:
        if 0 <= index < len(TAB_KEYS):
            key = TAB_KEYS[index]
            try:
                self.view(key)
            except Exception as exc:  # a view that cannot be made: said, logged, tried again
                log.exception("the tab %s could not be made", key)
                self.show_error(self.tabs.tabText(index).replace("&", ""), exc)

    def current_view(self) -> TabView | None:
        """The view of the tab shown (the fixed lists, round pages and order pages are
        TabViews); None while a fixed tab's view is not made (it could not be)."""
        index = self.tabs.currentIndex()
        if index < 0 or (index < len(TAB_KEYS) and TAB_KEYS[index] not in self._views):
            return None
        return cast(TabView, self.tabs.widget(index))

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TAB_KEYS.index(key))

    def close_tab(self, index: int) -> None:
        """Close a round's or an order's page (the fixed tabs stay)."""
        widget = self.tabs.widget(index)
        pages: tuple[dict[str, Any], ...] = (self.round_pages, self.order_pages)
        for opened in pages:
            key = next((k for k, page in opened.items() if page is widget), None)
            if key is not None:
                page = opened.pop(key)
                page.save_layout()
                self.tabs.removeTab(index)
                page.deleteLater()
                return

    def _open_record(self, opened: dict[str, R], key: str, make: Callable[[], R], title: str) -> R:
        """Show the tab of record ``key``, made by ``make`` and added under ``title`` (until
        the record says its own) the first time."""
        page = opened.get(key)
        if page is None:
            page = make()
            opened[key] = page
            self.tabs.addTab(page, title)
            page.title_changed.connect(
                lambda text, p=page: self.tabs.setTabText(self.tabs.indexOf(p), text)
            )
        self.tabs.setCurrentWidget(page)
        return page

    def open_round(self, round_id: str) -> RoundPage:
        from desktop.courses.round_page import RoundPage

        def make() -> RoundPage:
            page = RoundPage(self.ctx, round_id, self)
            page.open_person.connect(self.open_person)
            return page

        return self._open_record(self.round_pages, round_id, make, self.tr("Round"))

    def open_order(self, order_id: str) -> AgentOrderPage:
        """Show an agent order's page (header and the server's page) as a tab."""

        def make() -> AgentOrderPage:
            from desktop.agent_orders.order_page import AgentOrderPage

            return AgentOrderPage(self.ctx, order_id, self)

        self.agent_orders.mark_seen(order_id)  # it leaves the Updated cases now
        return self._open_record(self.order_pages, order_id, make, self.tr("Order"))

    def open_person(self, person_id: str) -> PersonProfile:
        profile = self.profiles.get(person_id)
        if profile is None:
            from desktop.people.profile import PersonProfile

            profile = PersonProfile(self.ctx, person_id, self)
            self.profiles[person_id] = profile
            profile.destroyed.connect(lambda _o=None, pid=person_id: self.profiles.pop(pid, None))
        profile.show()
        profile.raise_()
        profile.activateWindow()
        return profile

    # -- data shown ---------------------------------------------------------------------

    def fixed_views(self) -> list[TabView]:
        """Every fixed tab's view (made now where not yet)."""
        return [cast(TabView, self.view(key)) for key in TAB_KEYS]

    def built_views(self) -> list[TabView]:
        """The fixed tabs' views made so far (the tab shown and those shown before)."""
        return [cast(TabView, self._views[key]) for key in TAB_KEYS if key in self._views]

    def all_loaded(self) -> bool:
        """The views made so far (the shown tab's among them) show their first data."""
        return all(view.loaded for view in self.built_views())

    def _check_data_shown(self) -> None:
        if not self._data_shown and self.all_loaded():
            self._watch.stop()
            self.ctx.ops.delivered.disconnect(self._check_data_shown)
            self._data_shown = True
            self.data_shown.emit()
            QTimer.singleShot(0, self, self._warm_up)

    def _warm_up(self) -> None:
        """Once the first data is shown: import the modules of the tabs not made yet, one
        per turn of the event loop (the window stays responsive), so that a tab's first
        show costs only making its view, as before start-up made them all."""
        views = (TAB_VIEWS[key].rpartition(".")[0] for key in TAB_KEYS if key not in self._views)
        pending = (f"desktop.{m}" for m in views if f"desktop.{m}" not in self._warmed)
        module = next((m for m in pending if m not in sys.modules), None)
        if module is not None:
            self._warmed.add(module)
            try:
                importlib.import_module(module)
            except Exception:  # the tab's first show says so (_build_shown_tab)
                log.exception("warm-up import of %s failed", module)
            QTimer.singleShot(0, self, self._warm_up)

    # -- commands of the menus --------------------------------------------------------------

    def focus_search(self) -> None:
        if view := self.current_view():
            view.focus_search()

    def select_all(self) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and hasattr(focus, "selectAll"):
            focus.selectAll()

    def reload_current(self) -> None:
        self.ctx.ops.notify(Changes.everything())

    def undo(self) -> None:
        """Take back the newest step of the app's one undo (a decision, an edit …)."""
        self.ctx.undo.undo_last(self.ctx.ops, parent=self, failed=self._undo_failed)

    def _undo_failed(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Undo failed"), domain_message(exc))

    def sync_now(self) -> None:
        if not self.ctx.has_server:
            self.statusBar().showMessage(
                self.tr("Not connected to a server: sign in to sync."), 5000
            )
            return
        self.ctx.engine.trigger()
        self.statusBar().showMessage(self.tr("Syncing…"), 2000)

    def say_roles_changed(self) -> None:
        """Tell the user why the window was built again after a sync."""
        self.statusBar().showMessage(
            self.tr("Your roles were changed: Kansli now shows what they allow."), 20000
        )

    def _window(self, allowed: Callable[[MainWindow], bool], path: str) -> Any:
        """The window ``path`` names ("module.Class" under ``desktop``, imported when first
        opened), one at a time (kept as ``<class>_window`` in snake case, raised when open
        already); None unless ``allowed``. A window with ``open_person`` opens profiles here."""
        if not allowed(self):
            return None
        module, _, name = path.rpartition(".")
        kind = getattr(importlib.import_module(f"desktop.{module}"), name)
        words = re.sub(r"(?<!^)(?=[A-Z])", "_", name.removesuffix("Window").removesuffix("Dialog"))

        def make(ctx: AppContext, parent: QWidget) -> QWidget:
            window = kind(ctx, parent)
            if hasattr(window, "open_person"):
                window.open_person.connect(self.open_person)
            return cast(QWidget, window)

        return self._one_window(f"{words.lower()}_window", make)

    def _one_window(self, attr: str, make: Callable[[AppContext, QWidget], QWidget]) -> Any:
        """The window kept as ``attr`` (made by ``make`` first), shown and raised."""
        window = getattr(self, attr, None)
        if window is None:
            window = make(self.ctx, self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda _o=None: setattr(self, attr, None))
            setattr(self, attr, window)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    # The windows opened one at a time from the menus (raised when open already), each
    # for the roles that may use it: Administration › Users, Agent users, Notification
    # follow-up, message templates, notification bindings and recipients (issue 16), prices,
    # discounts and membership types (issue 17); Go › Sign-ups for review; Reports ›
    # Returning participants (issue 19); Accounting ›
    # Economics report, Reminders, Unmatched payments, Accounting settings, Export SIE file.
    show_users = partialmethod(_window, _admin, "admin.view.UsersWindow")
    show_agent_users = partialmethod(_window, _agent_admin, "admin.agent_users.AgentUsersWindow")
    show_followup = partialmethod(_window, _admin, "admin.followup.NotificationFollowUpWindow")
    show_audit_log = partialmethod(_window, _admin, "admin.audit.AuditLogWindow")
    show_templates = partialmethod(_window, _admin, "admin.notification_windows.TemplatesWindow")
    show_bindings = partialmethod(_window, _admin, "admin.notification_windows.BindingsWindow")
    show_recipients = partialmethod(_window, _admin, "admin.notification_windows.RecipientsWindow")
    show_prices = partialmethod(_window, _admin, "admin.booking_windows.PricesWindow")
    show_discounts = partialmethod(_window, _admin, "admin.booking_windows.DiscountsWindow")
    show_membership_types = partialmethod(
        _window, _admin, "admin.booking_windows.MembershipTypesWindow"
    )
    show_review = partialmethod(_window, _reviewer, "courses.review_list.ReviewWindow")
    show_checkin = partialmethod(_window, _checks_in, "presence.checkin.CheckInChooser")
    show_grants = partialmethod(_window, attrgetter("ctx.actor"), "presence.grants.GrantsWindow")
    show_economics = partialmethod(_window, _money, "accounting.economics.EconomicsWindow")
    show_reminders = partialmethod(_window, _money, "admin.reminders.RemindersWindow")
    show_unmatched_payments = partialmethod(
        _window, _money, "accounting.payments.UnmatchedPaymentsWindow"
    )
    show_accounting_settings = partialmethod(
        _window, _money, "accounting.settings.AccountingSettingsWindow"
    )
    show_sie_export = partialmethod(_window, _money, "accounting.sie_export.SieExportDialog")
    show_returning = partialmethod(_window, _anyone, "courses.returning.ReturningWindow")

    def show_service_desk(self) -> Any:
        """Go › Service-desk cases… (one window; a case's Open order opens its page here)."""
        from desktop.service_desk.cases import ServiceDeskCasesWindow

        def make(ctx: AppContext, parent: QWidget) -> QWidget:
            window = ServiceDeskCasesWindow(ctx, parent)
            window.open_order.connect(self.open_order)
            return window

        return self._one_window("service_desk_window", make)

    def show_refunds(self) -> Any:
        """Accounting › Refunds (one window, raised when open already)."""
        if not self.ctx.handles_money:
            return None
        from desktop.accounting.refunds import RefundsWindow

        return self._one_window("refunds_window", RefundsWindow)

    def import_bgmax(self) -> Any:
        """Accounting › Import BgMax file…: the unmatched payments' window, choosing a file."""
        window = self.show_unmatched_payments()
        if window is not None:
            window.choose_file()
        return window

    def show_agent_order_settings(self) -> Any:
        """Administration › Agent-order settings… (a dialog, administrators only)."""
        if not self.ctx.is_admin:
            return None
        from desktop.agent_orders.settings import AgentOrderSettingsDialog

        dialog = AgentOrderSettingsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_retention(self) -> Any:
        """Administration › Retention… (a dialog, administrators only; issue 23)."""
        if not self.ctx.is_admin:
            return None
        from desktop.admin.retention import RetentionDialog

        dialog = RetentionDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_payment_settings(self) -> Any:
        """Accounting › Payment settings… (a dialog)."""
        if not self.ctx.handles_money:
            return None
        from desktop.admin.payment_settings import PaymentSettingsDialog

        dialog = PaymentSettingsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_categories(self) -> QDialog:
        """Edit › Person categories (one window, raised when open already)."""
        from desktop.people.categories import CategoriesWindow

        window: QDialog | None = getattr(self, "categories_window", None)
        if window is None:
            window = CategoriesWindow(self.ctx, self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda _o=None: setattr(self, "categories_window", None))
            self.categories_window = window
        window.show()
        window.raise_()
        return window

    def show_sync_issues(self) -> SyncIssuesDialog:
        from desktop.sync_ui.issues import SyncIssuesDialog

        dialog = SyncIssuesDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.issues_dialog = dialog
        return dialog

    def ask_export(self) -> None:
        from desktop.common.model_export import ask_export_path

        view = self.current_view()
        if view is None or not view.shows_list:
            return
        name = self.tabs.tabText(self.tabs.currentIndex()).replace("&", "")
        target = ask_export_path(self, self.ctx.settings, title=self.tr("Export list"), name=name)
        if target is not None:
            self.export_current(target)

    def export_current(self, path: Path) -> None:
        view = self.current_view()
        op = view.export_op(path) if view is not None else None
        if op is None:
            return
        op.success(lambda n: self._exported(n, path)).failure(
            lambda exc: self._not_exported(path, exc)
        ).run(self.ctx.ops)

    def _exported(self, rows: int, path: Path) -> None:
        text = self.tr("%n row(s) exported to %1", "", rows).replace("%1", path.name)
        self.statusBar().showMessage(text, 8000)
        self.file_notice = tell_saved(self, text, path)

    def _not_exported(self, path: Path, exc: Exception) -> None:
        log.warning("export failed: %s", failure_reason(exc))
        self.file_notice = tell_not_saved(self, path, exc, title=self.tr("Export failed"))

    def print_current(self) -> None:
        if view := self.current_view():
            view.print_list()

    def show_shortcuts(self) -> QDialog:
        """Help › Keyboard shortcuts: read from the menus and the fixed tabs' own actions."""
        from desktop.help import ShortcutsDialog, window_shortcuts

        fixed = (
            self.courses,
            self.participants,
            self.alumni,
            self.agent_orders,
            self.organisations,
        )
        tabs = [(self.tabs.tabText(self.tabs.indexOf(tab)), tab) for tab in fixed]
        # Actions holds the shown tab's actions: they are listed under their tab.
        shortcuts = window_shortcuts(self, tabs, skip=[self.actions_menu])
        return self._show_help(ShortcutsDialog(shortcuts, self))

    def show_manual(self) -> QDialog:
        from desktop.help import ManualDialog

        return self._show_help(ManualDialog(self))

    def _show_help(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.help_dialog = dialog
        return dialog

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Kansli"),
            self.tr(
                "<h3>Kansli %1</h3><p>Back office for courses, registrations, alumni and "
                "agent orders.</p><p>Local database: %2<br>Log file: %3</p>"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.ctx.store.path))
            .replace("%3", str(log_file())),
        )

    # -- errors and progress --------------------------------------------------------------

    def show_error(self, label: str, exc: Exception) -> None:
        """An unexpected failure: what failed, that no data was lost, details to copy."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Something went wrong"))
        box.setText(
            self.tr("“%1” failed. No data was lost: what was saved before is still there.").replace(
                "%1", label
            )
        )
        if isinstance(exc, DiskFull):
            box.setText(
                self.tr(
                    "The disk is full: “%1” was not saved (nothing of it was). "
                    "Free some space and try again; what was saved before is still there."
                ).replace("%1", label)
            )
        box.setDetailedText(f"{type(exc).__name__}: {exc}")
        box.open()
        self.dialogs.append(box)

    def _show_progress(self, op: Any, done: int, total: int) -> None:
        self._progress_op = op
        self.progress_label.setText(op.label)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        for w in (self.progress_label, self.progress, self.cancel_button):
            w.show()

    def _hide_progress(self, op: Any) -> None:
        if op is self._progress_op:
            for w in (self.progress_label, self.progress, self.cancel_button):
                w.hide()
            self._progress_op = None

    def _cancel_progress(self) -> None:
        if self._progress_op is not None:
            self._progress_op.cancel()

    # -- window state -------------------------------------------------------------------

    def _restore_window(self) -> None:
        geometry = self.ctx.settings.get(WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1360, 820)
        state = self.ctx.settings.get(WINDOW_STATE)
        if state:
            self.restoreState(QByteArray(state))

    def save_state(self) -> None:
        s = self.ctx.settings
        s.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        s.set(WINDOW_STATE, bytes(self.saveState().data()))
        views: list[TabView] = [*self.built_views(), *self.round_pages.values()]
        for view in views:
            view.save_layout()
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # An open profile with unsaved changes asks first (Save / Discard / Cancel); the
        # window stays open meanwhile, so nothing typed is lost with it.
        for profile in list(self.profiles.values()):
            if not profile.close():
                profile.raise_()
                profile.activateWindow()
                event.ignore()
                return
        self.save_state()
        super().closeEvent(event)
        self.closed.emit()
