"""A staff page of the server in a dialog of its own, under the app's own header."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop.common.layouts import close_buttons, hbox, vbox
from desktop.webview.staff_page import OfflineDetails, StaffPage

#: The languages of the server's pages, each named in itself.
PAGE_LANGUAGES = (("en", "English"), ("sv", "Svenska"))


class StaffPageDialog(QDialog):
    """Header (Back, heading, explanation, "Open in browser") above the server's page.

    With ``language_note`` the header also says which language the page is shown in and
    lets the user choose another (the manager's page: the manager reads it in their own).
    """

    def __init__(
        self,
        ctx: Any,
        *,
        title: str,
        heading: str,
        path: str,
        explanation: str = "",
        details: OfflineDetails | None = None,
        language_note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.heading = QLabel(heading)
        self.heading.setObjectName("staffPageHeading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet("color: palette(placeholder-text);")
        self.explanation.setVisible(bool(explanation))
        self.browser = QPushButton(self.tr("Open in browser"))
        self.browser.setToolTip(self.tr("Open this page in your web browser, signed in"))
        self.browser.setStatusTip(self.browser.toolTip())
        self.reload = QPushButton(self.tr("Reload"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.page = StaffPage(ctx, self)
        self.page.set_details(details)
        for button in (self.reload, self.browser):
            button.setEnabled(self.page.has_server)
        self.browser.clicked.connect(self.page.open_in_browser)
        self.reload.clicked.connect(self.page.reload)
        self.page.browser_failed.connect(self._show_problem)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Page language"))
        for code, name in PAGE_LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.page.language)))
        self.language.activated.connect(
            lambda _i: self.page.set_language(self.language.currentData())
        )
        language_label = QLabel(self.tr("Shown in:"))
        language_label.setBuddy(self.language)
        self.language_note = QLabel(language_note)
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet("color: palette(placeholder-text);")
        languages = hbox(language_label, self.language, (self.language_note, 1))
        for widget in (language_label, self.language, self.language_note):
            widget.setVisible(bool(language_note))
        head = vbox(None, self.heading, self.explanation, languages)
        top = QHBoxLayout()
        top.addWidget(self.page.back_button(), 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(head, 1)
        top.addWidget(self.reload, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.browser, 0, Qt.AlignmentFlag.AlignTop)
        vbox(self, top, self.problem, (self.page, 1), close_buttons(self))
        from desktop.printing.output import fit_to_screen

        self.resize(fit_to_screen(self, 900, 780))
        self.page.open(path)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
