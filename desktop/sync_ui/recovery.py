"""Telling the user that the local database was damaged (or lost) and rebuilt.

The store recovers at open (``sync.recovery``) and keeps a notice until the user
has been told; the session reads it off the GUI thread (``Session.recovered``).
The message says plainly what happened, how many offline changes were kept and
where the damaged file is; closing it forgets the notice (off the GUI thread).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.common.background import ignore, run_task
from sync.recovery import StoreRecovered
from sync.store import ClientStore

log = logging.getLogger(__name__)


def recovery_text(notice: StoreRecovered) -> str:
    """The words of the message for a recovery."""
    if notice.reason == "missing":
        head = QCoreApplication.translate(
            "StoreRecovery",
            "The local database on this computer was missing, so a new one was made.",
        )
    else:
        head = QCoreApplication.translate(
            "StoreRecovery",
            "The local database on this computer was damaged, so a new one was made.",
        )
    parts = [
        head,
        QCoreApplication.translate(
            "StoreRecovery",
            "Kept %n change(s) made here and not yet sent, to be sent to the server at the "
            "next sync.",
            "",
            notice.kept,
        ),
        QCoreApplication.translate(
            "StoreRecovery", "The data is fetched from the server again at the next sync."
        ),
    ]
    if notice.damaged_path:
        parts.append(
            QCoreApplication.translate("StoreRecovery", "The damaged file is kept at %1.").replace(
                "%1", notice.damaged_path
            )
        )
    return " ".join(parts)


def show_recovery(
    parent: QWidget | None, notice: StoreRecovered, store: ClientStore
) -> QMessageBox:
    """Show the recovery message (not blocking); closing it forgets the store's notice."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("StoreRecovery", "Local database rebuilt"),
        recovery_text(notice),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("store_recovered")

    def told(_result: int) -> None:
        run_task(
            store.acknowledge_recovery,
            ignore,
            lambda exc: log.warning("the recovery notice could not be cleared: %s", exc),
            name="kansli-recovery-told",
        )

    box.finished.connect(told)
    box.open()
    return box
