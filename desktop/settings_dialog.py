"""The settings dialog: server, sync interval, language, print defaults, approval requests."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop.common.layouts import ok_cancel, vbox
from desktop.settings import (
    CONFIRM_MAILS_ABOVE,
    LANGUAGE,
    PRINT_BLANK_ROWS,
    PRINT_ORGANISATION_NAME,
    PRINT_SHOW_EMAIL,
    REMINDER_MIN_DAYS,
    SERVER_URL,
    SYNC_INTERVAL_SECONDS,
    Settings,
)


class SettingsDialog(QDialog):
    """Edits the user's settings; ``language_changed`` when another language was chosen."""

    language_changed = Signal(str)
    sync_interval_changed = Signal(int)

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, *, demo_server: str = ""
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        #: The demo server's address while the demo runs: shown, not saved as the user's.
        self.demo_server = demo_server
        self.setWindowTitle(self.tr("Settings"))
        self.server = QLineEdit(demo_server or settings.get(SERVER_URL))
        self.server.setAccessibleName(self.tr("Server address"))
        self.server_hint = QLabel(self.tr("Used at the next sign-in."))
        self.server_hint.setStyleSheet("color: palette(placeholder-text);")
        if demo_server:
            self.server.setReadOnly(True)
            self.server_hint.setText(
                self.tr("The demo server on this computer; your own server address is kept.")
            )
            self.server_hint.setWordWrap(True)
        self.interval = QSpinBox()
        self.interval.setRange(10, 3600)
        self.interval.setSuffix(self.tr(" s"))
        self.interval.setValue(settings.get(SYNC_INTERVAL_SECONDS))
        self.interval.setAccessibleName(self.tr("Sync interval"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(LANGUAGE))))
        self.blank_rows = QSpinBox()
        self.blank_rows.setRange(0, 30)
        self.blank_rows.setValue(settings.get(PRINT_BLANK_ROWS))
        self.blank_rows.setAccessibleName(self.tr("Blank rows on attendance sheets"))
        self.organisation = QLineEdit(settings.get(PRINT_ORGANISATION_NAME))
        self.organisation.setPlaceholderText(self.tr("The organisation's name from the server"))
        self.organisation.setAccessibleName(self.tr("Organisation name in the header"))
        self.show_email = QCheckBox(self.tr("Print the e-mail column"))
        self.show_email.setChecked(settings.get(PRINT_SHOW_EMAIL))

        self.reminder_days = QSpinBox()
        self.reminder_days.setRange(0, 60)
        self.reminder_days.setValue(settings.get(REMINDER_MIN_DAYS))
        self.reminder_days.setAccessibleName(self.tr("Days before a reminder"))
        self.reminder_days.setToolTip(
            self.tr(
                "A reminder sooner than this after the last request is held back unless "
                "you choose to send it anyway"
            )
        )
        self.confirm_above = QSpinBox()
        self.confirm_above.setRange(1, 100_000)
        self.confirm_above.setValue(settings.get(CONFIRM_MAILS_ABOVE))
        self.confirm_above.setAccessibleName(self.tr("Ask before sending more e-mails than"))

        connection = QGroupBox(self.tr("Connection"))
        f1 = QFormLayout(connection)
        f1.addRow(self.tr("Server address"), self.server)
        f1.addRow("", self.server_hint)
        f1.addRow(self.tr("Sync every"), self.interval)
        appearance = QGroupBox(self.tr("Language"))
        f2 = QFormLayout(appearance)
        f2.addRow(self.tr("Language"), self.language)
        printing = QGroupBox(self.tr("Printing"))
        f3 = QFormLayout(printing)
        f3.addRow(self.tr("Blank rows for walk-ins"), self.blank_rows)
        f3.addRow(self.tr("Organisation in the header"), self.organisation)
        f3.addRow("", self.show_email)
        approvals = QGroupBox(self.tr("Approval requests"))
        f4 = QFormLayout(approvals)
        f4.addRow(self.tr("Days before a reminder"), self.reminder_days)
        f4.addRow(self.tr("Ask before sending more e-mails than"), self.confirm_above)
        buttons, _ok = ok_cancel(self, None, self.save)
        vbox(self, connection, appearance, printing, approvals, buttons)
        self.setMinimumWidth(480)

    def save(self) -> None:
        s = self.settings
        old_language = s.get(LANGUAGE)
        old_interval = s.get(SYNC_INTERVAL_SECONDS)
        if not self.demo_server:
            s.set(SERVER_URL, self.server.text().strip() or SERVER_URL.default)
        s.set(SYNC_INTERVAL_SECONDS, self.interval.value())
        s.set(LANGUAGE, self.language.currentData())
        s.set(PRINT_BLANK_ROWS, self.blank_rows.value())
        s.set(PRINT_ORGANISATION_NAME, self.organisation.text().strip())
        s.set(PRINT_SHOW_EMAIL, self.show_email.isChecked())
        s.set(REMINDER_MIN_DAYS, self.reminder_days.value())
        s.set(CONFIRM_MAILS_ABOVE, self.confirm_above.value())
        s.sync()
        self.accept()
        if self.language.currentData() != old_language:
            self.language_changed.emit(self.language.currentData())
        if self.interval.value() != old_interval:
            self.sync_interval_changed.emit(self.interval.value())
