"""What the embedded demo server does with mail and SMS codes, and how to sign in to it.

In the demo nothing leaves the computer: mail the server sends (a request to
an approving manager, a sign-up confirmation) is kept as ``.eml`` files, and
the SMS codes for signing agent orders are written to a file. The "demo data"
badge in the status bar opens this dialog, which says where they are, opens
the folder, and lists the demo users (they share the published demo password).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from desktop.admin.texts import roles_text
from desktop.common.layouts import close_buttons, hbox, vbox
from desktop.common.widgets import push_button


def _path_label(path: str) -> QLabel:
    """A value the user may select and copy (a path, an address)."""
    label = QLabel(path)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class DemoInfoDialog(QDialog):
    """Where the demo's mail and SMS codes go, with buttons to open them."""

    def __init__(self, info: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Demo server"))
        self.info = info
        self.mail_dir = str(info.get("mail_dir") or "")
        self.sms_file = str(info.get("sms_file") or "")
        intro = QLabel(
            self.tr(
                "This is a demo: a server on this computer with made-up data. Nothing is "
                "sent: mail from the server (to an approving manager, a confirmation of a "
                "sign-up) is kept as files in the mail folder, and SMS codes for signing "
                "orders are written to a file."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Server:"), _path_label(str(info.get("url") or "")))
        form.addRow(self.tr("Mail folder:"), _path_label(self.mail_dir))
        form.addRow(self.tr("SMS codes:"), _path_label(self.sms_file))
        users = info.get("users") or []
        if users:
            lines = [_user_line(u) for u in users]
            form.addRow(self.tr("Users:"), _path_label("\n".join(lines)))
            form.addRow(self.tr("Password:"), _path_label(str(users[0].get("password", ""))))
        self.open_mail = push_button(
            self.tr("Open the mail folder"), lambda: self._open(self.mail_dir)
        )
        self.open_mail.setEnabled(bool(self.mail_dir))
        self.open_sms = push_button(
            self.tr("Open the SMS codes"), lambda: self._open(self.sms_file)
        )
        self.open_sms.setEnabled(bool(self.sms_file))
        row = hbox(self.open_mail, self.open_sms, None)
        vbox(self, intro, form, row, close_buttons(self))
        self.resize(560, self.sizeHint().height())

    def _open(self, path: str) -> None:
        """Open ``path`` in the desktop's file manager or viewer; while nothing was
        written there yet, the nearest folder that exists."""
        target = Path(path)
        while not target.exists() and target != target.parent:
            target = target.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))


def _user_line(user: dict[str, Any]) -> str:
    """A demo sign-in: "agentadmin@… (Agent administrator, Nordisk Nätpartner AB)"."""
    what = ", ".join(filter(None, (roles_text(user.get("roles") or []), user.get("agent"))))
    return f"{user.get('email', '')} ({what})"
