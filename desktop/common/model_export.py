"""Export and print the rows a :class:`RowsModel` holds (small lists)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop import export
from desktop.common.rows_model import RowsModel
from desktop.operations import DbOp, OpContext
from desktop.settings import LAST_EXPORT_DIR, Settings

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.printing.sheet import SheetSpec


def ask_export_path(parent: QWidget, settings: Settings, *, title: str, name: str) -> Path | None:
    """Ask where to export (XLSX or CSV), starting in the folder used last and named
    ``name``; None when cancelled. The folder chosen is remembered."""
    start = settings.get(LAST_EXPORT_DIR) or str(Path.home())
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        title,
        str(Path(start) / f"{name}.xlsx"),
        QCoreApplication.translate(
            "ModelExport", "Excel workbook (*.xlsx);;CSV, comma or semicolon separated (*.csv)"
        ),
    )
    if not path:
        return None
    target = Path(path)
    if not target.suffix:
        target = target.with_suffix(".csv" if "csv" in chosen else ".xlsx")
    settings.set(LAST_EXPORT_DIR, str(target.parent))
    return target


def ask_and_export(
    parent: QWidget,
    settings: Settings,
    export_to: Callable[[Path], object],
    *,
    title: str,
    name: str,
) -> None:
    """Ask where to export (:func:`ask_export_path`) and ``export_to`` the path chosen."""
    path = ask_export_path(parent, settings, title=title, name=name)
    if path is not None:
        export_to(path)


def snapshot(model: RowsModel, *, typed: bool = False) -> tuple[list[str], list[list[object]]]:
    """Headers and rows as shown (dates kept as dates for XLSX); ``typed`` (an export):
    a column with ``export_as`` becomes those columns of the row's own values."""
    headers: list[str] = []
    for col in model.columns:
        if typed and col.export_as:
            headers += [QCoreApplication.translate(col.context, t) for _k, t in col.export_as]
        else:
            headers.append(col.header())
    rows: list[list[object]] = []
    for r in range(model.rowCount()):
        row = model.row_at(r) or {}
        values: list[object] = []
        for c_i, col in enumerate(model.columns):
            raw = row.get(col.key)
            if typed and col.export_as:
                values += [row.get(key) for key, _t in col.export_as]
            elif col.format is None and raw is not None and not isinstance(raw, str | bool):
                values.append(raw)
            else:
                values.append(model.data(model.index(r, c_i), Qt.ItemDataRole.DisplayRole))
        rows.append(values)
    return headers, rows


def export_model(*, parent: QObject | None, model: RowsModel, path: Path, title: str) -> DbOp[int]:
    """Write the model's rows to ``path``: snapshot now, file written off the GUI thread."""
    headers, rows = snapshot(model, typed=True)
    return export_rows(parent=parent, headers=headers, rows=rows, path=path, title=title)


def export_rows(
    *,
    parent: QObject | None,
    headers: list[str],
    rows: list[list[object]],
    path: Path,
    title: str,
) -> DbOp[int]:
    """Write ``headers`` and ``rows`` to ``path`` (sheet ``title``), off the GUI thread."""

    def run(_ctx: OpContext) -> int:
        return export.write(path, headers, rows, sheet_title=title)

    return DbOp(run, parent=parent, label=title)


def preview_spec(spec: SheetSpec, parent: QWidget) -> QWidget:
    """Open the print preview of ``spec`` (page setup and printing there); the dialog."""
    from desktop.printing.output import preview

    return preview(spec, parent)


def print_model(
    *, parent: QWidget, model: RowsModel, title: str, subtitle: str, organisation: str
) -> QWidget:
    """Open the print preview of the model's rows as shown; returns the dialog."""
    from desktop.printing.output import preview
    from desktop.printing.sheet import table_spec

    headers, rows = snapshot(model)
    spec = table_spec(
        title=title, subtitle=subtitle, organisation=organisation, headers=headers, rows=rows
    )
    return preview(spec, parent)


class ReportOutput:
    """Print… and Export… of a report window (economics, returning participants): offered
    while :meth:`_has_report`; the sheet prints :meth:`headers` and :meth:`print_rows` under
    :meth:`print_titles`, :meth:`export_to` writes the file, :meth:`export_names` names it
    (the file dialog's title, the file's name)."""

    ctx: AppContext
    #: How many times as wide as each number column the first column (the names) is printed.
    NAME_WEIGHT = 1.0

    def _has_report(self) -> bool:
        raise NotImplementedError

    def headers(self) -> list[str]:
        raise NotImplementedError

    def print_titles(self) -> tuple[str, str, str]:
        """The printed sheet's title, subtitle and kind (above the title)."""
        raise NotImplementedError

    def print_rows(self) -> list[list[object]]:
        raise NotImplementedError

    def print_spec(self) -> SheetSpec:
        """The report as shown, printed: landscape, unnumbered, no count."""
        from desktop.printing.sheet import table_spec

        title, subtitle, kind = self.print_titles()
        spec = table_spec(
            title=title,
            subtitle=subtitle,
            organisation=self.ctx.tenant_name,
            headers=self.headers(),
            rows=self.print_rows(),
        )
        spec.kind_label = kind
        spec.numbered = False
        spec.count_text = ""
        spec.landscape = True
        spec.columns[0] = replace(spec.columns[0], weight=self.NAME_WEIGHT)
        return spec

    def export_to(self, path: Path) -> Future[int]:
        raise NotImplementedError

    def export_names(self) -> tuple[str, str]:
        raise NotImplementedError

    def _window(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def print_report(self) -> QWidget | None:
        """Open the print preview of the report as shown (page setup and printing there)."""
        return preview_spec(self.print_spec(), self._window()) if self._has_report() else None

    def ask_export(self) -> None:
        if self._has_report():
            title, name = self.export_names()
            window, settings = self._window(), self.ctx.settings
            ask_and_export(window, settings, self.export_to, title=title, name=name)
