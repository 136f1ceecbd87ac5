"""The Alumni queue: alumni registrations, by default those waiting for a manual decision,
oldest first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy import text

from desktop.common.model_export import export_model
from desktop.common.rows_model import Column, RowsModel
from desktop.common.values import utc
from desktop.common.widgets import SearchField, TableView
from desktop.context import AppContext
from desktop.operations import Changes, DbOp, OpContext

STATUS = {
    "not_approved": QT_TRANSLATE_NOOP("Alumni", "Not approved (manual queue)"),
    "received": QT_TRANSLATE_NOOP("Alumni", "Received"),
    "approved_registered_alumnus": QT_TRANSLATE_NOOP("Alumni", "Approved (registered alumnus)"),
    "approved_alumnus": QT_TRANSLATE_NOOP("Alumni", "Approved (alumnus)"),
    "approved_manually": QT_TRANSLATE_NOOP("Alumni", "Approved manually"),
    "denied": QT_TRANSLATE_NOOP("Alumni", "Denied"),
    "unregistered": QT_TRANSLATE_NOOP("Alumni", "Unregistered"),
}


#: In the list's cells the queue needs no explanation.
CELL_STATUS = {"not_approved": QT_TRANSLATE_NOOP("Alumni", "Not approved")}


def status_text(status: str) -> str:
    return QCoreApplication.translate("Alumni", STATUS.get(status, status))


def cell_status_text(status: str) -> str:
    text = CELL_STATUS.get(status) or STATUS.get(status, status)
    return QCoreApplication.translate("Alumni", text)


COLUMNS = (
    Column("received_at", QT_TRANSLATE_NOOP("Alumni", "Received"), "Alumni"),
    Column("name", QT_TRANSLATE_NOOP("Alumni", "Name"), "Alumni"),
    Column("email", QT_TRANSLATE_NOOP("Alumni", "E-mail"), "Alumni"),
    Column("program", QT_TRANSLATE_NOOP("Alumni", "Programme"), "Alumni"),
    Column(
        "graduation_year",
        QT_TRANSLATE_NOOP("Alumni", "Graduated"),
        "Alumni",
        format=lambda v, _r: str(v) if v else "",
    ),
    Column(
        "status",
        QT_TRANSLATE_NOOP("Alumni", "Status"),
        "Alumni",
        format=lambda v, r: (
            cell_status_text(v)
            + (" · " + QCoreApplication.translate("Alumni", "pending") if r["pending"] else "")
        ),
    ),
    Column(
        "reason", QT_TRANSLATE_NOOP("Alumni", "Reason"), "Alumni", tooltip=lambda r: r["reason"]
    ),
)


def load_alumni(ctx: OpContext, *, status: str, search: str) -> list[dict[str, Any]]:
    where = ["a.deleted_at IS NULL"]
    params: dict[str, Any] = {}
    if status:
        where.append("a.status = :status")
        params["status"] = status
    if search:
        where.append(
            "(a.first_name || ' ' || a.last_name LIKE :like OR a.email LIKE :like "
            "OR a.program LIKE :like)"
        )
        params["like"] = f"%{search}%"
    sql = f"""
        SELECT a.id, a.received_at, a.first_name, a.last_name, a.email, a.program,
               a.graduation_year, a.status, a.decision_reason, a.person_id,
               EXISTS (SELECT 1 FROM pending_row pr WHERE pr.table_name = 'alumni_registration'
                       AND pr.row_id = a.id)
        FROM alumni_registration a WHERE {" AND ".join(where)}
        ORDER BY a.received_at, a.id
    """
    with ctx.read() as s:
        return [
            {
                "id": r[0],
                "received_at": utc(r[1]),
                "name": f"{r[2]} {r[3]}".strip(),
                "email": r[4],
                "program": r[5],
                "graduation_year": r[6],
                "status": r[7],
                "reason": r[8],
                "person_id": r[9],
                "pending": bool(r[10]),
            }
            for r in s.execute(text(sql), params)
        ]


class AlumniQueueView(QWidget):
    """The list of alumni registrations with a status filter."""

    open_person = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded = False
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for key, title in STATUS.items():
            self.status.addItem(QCoreApplication.translate("Alumni", title), key)
        self.status.addItem(self.tr("All"), "")
        self.search = SearchField(self.tr("Search names, e-mails, programmes…"), self)
        self.count_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.status)
        bar.addStretch(1)
        bar.addWidget(self.search)
        bar.addWidget(self.count_label)
        self.model = RowsModel(COLUMNS, self)
        self.table = TableView("alumni", ctx.settings, self)
        self.table.setModel(self.model)
        for col, width in enumerate((130, 180, 240, 200, 80, 200)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.restore_layout()
        self.table.doubleClicked.connect(self._open)
        self.note = QLabel(
            self.tr(
                "Decisions (approve, deny) come to this list in a later version; "
                "double-click a row to open the matched person."
            )
        )
        self.note.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.status.activated.connect(lambda _i: self.reload())
        self.search.search_changed.connect(lambda _t: self.reload())
        ctx.ops.changed.connect(self._on_changes)
        self.reload()

    def reload(self) -> None:
        status, search = self.status.currentData() or "", self.search.text().strip()
        DbOp(
            lambda c: load_alumni(c, status=status, search=search), parent=self, label="alumni"
        ).success(self._loaded).run(self.ctx.ops)

    def _loaded(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n registration(s)", "", len(rows)))
        self.table.set_empty_text(
            self.tr("Nothing waits for a decision.")
            if self.status.currentData() == "not_approved"
            else self.tr("No alumni registrations match.")
        )
        self.loaded = True

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("alumni_registration", "person"):
            self.reload()

    def _open(self, index) -> None:  # type: ignore[no-untyped-def]
        row = self.model.row_at(index.row())
        if row and row["person_id"]:
            self.open_person.emit(row["person_id"])

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def export_op(self, path: Path) -> DbOp[int]:
        return export_model(
            parent=self,
            model=self.model,
            path=path,
            language=self.ctx.language,
            title=self.tr("Alumni queue"),
        )

    def describe(self) -> str:
        return self.status.currentText()

    def save_layout(self) -> None:
        self.table.save_layout()
