"""Export and print the rows a :class:`RowsModel` holds (small lists)."""

from __future__ import annotations

from collections.abc import Callable
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


def report_spec(
    *,
    title: str,
    subtitle: str,
    organisation: str,
    headers: list[str],
    rows: list[list[object]],
    kind: str,
    name_weight: float,
) -> SheetSpec:
    """The printed sheet of a report window's table (economics, returning participants):
    landscape, unnumbered, no count, ``kind`` over the title, the first column (the
    names) ``name_weight`` times as wide as the numbers."""
    from desktop.printing.sheet import table_spec

    spec = table_spec(
        title=title, subtitle=subtitle, organisation=organisation, headers=headers, rows=rows
    )
    spec.kind_label = kind
    spec.numbered = False
    spec.count_text = ""
    spec.landscape = True
    spec.columns[0] = replace(spec.columns[0], weight=name_weight)
    return spec


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
