"""A paged table sheet drawn with QPainter: attendance sheet and participant list.

A4 portrait. Every page repeats the header (organisation, round name, dates
and place) and the column headers; the first page has the round's sessions (day,
time, room) under the header; the footer has the print date and
"Page x of y". The number of pages is known before drawing because every
row has the same height: a text too wide for its cell is never cut, it
wraps onto a second line in a smaller font (an e-mail address only after
its "@" or a ".", other texts between words) or, failing that, shrinks
(:func:`fit_text`). The same code draws on a QPrinter (preview, printer) and
a QPdfWriter.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from desktop.i18n import QT_TRANSLATE_NOOP, format_datetime

MARGIN_MM = 14.0


@dataclass(frozen=True)
class SheetColumn:
    key: str
    title: str
    #: Share of the width left after fixed columns; 0 with ``mm`` for a fixed width.
    weight: float = 1.0
    mm: float = 0.0


@dataclass
class SheetSpec:
    """What to print: header texts, columns, rows, blank rows for walk-ins."""

    title: str
    subtitle: str
    organisation: str
    kind_label: str
    columns: list[SheetColumn]
    rows: list[dict[str, str]]
    blank_rows: int = 0
    row_height_mm: float = 9.0
    numbered: bool = True
    signature_key: str | None = None
    #: The round's sessions, a line each ("14 sep. 2026 09:00–16:00, Sal A"): a block
    #: under the header of the first page.
    sessions: list[str] = field(default_factory=list)
    printed_at: datetime = field(default_factory=lambda: datetime.now().astimezone())
    #: The footer's middle text; None: how many participants the rows are.
    count_text: str | None = None
    #: A4 landscape (a table of many columns) instead of portrait.
    landscape: bool = False


@dataclass(frozen=True)
class _PeopleSheet:
    """How a sheet of people is laid out: name, organisation, e-mail (when shown) and a
    last column; texts are source texts of the "Printing" context."""

    kind_label: str
    email_weight: float
    last: tuple[str, str, float]
    row_height_mm: float
    signature: bool = False


#: The sheets of people a round prints, by kind.
PEOPLE_SHEETS = {
    #: Signature column and blank rows for walk-ins.
    "attendance": _PeopleSheet(
        QT_TRANSLATE_NOOP("Printing", "Attendance sheet"),
        1.45,
        ("signature", QT_TRANSLATE_NOOP("Printing", "Signature"), 1.0),
        9.0,
        signature=True,
    ),
    "list": _PeopleSheet(
        QT_TRANSLATE_NOOP("Printing", "Participant list"),
        1.4,
        ("status", QT_TRANSLATE_NOOP("Printing", "Status"), 1.15),
        6.6,
    ),
}


def people_sheet_spec(
    kind: str,
    *,
    title: str,
    subtitle: str,
    organisation: str,
    rows: list[dict[str, str]],
    show_email: bool = True,
    blank_rows: int = 0,
    sessions: list[str] | None = None,
    checked_in: bool = False,
) -> SheetSpec:
    """The attendance sheet (``kind`` "attendance") or participant list ("list") of ``rows``;
    ``checked_in``: a session's sheet, with a column of who checked in ("Checked in
    18:02", the rows' ``checked_in``) before the last."""
    sheet = PEOPLE_SHEETS[kind]

    def tr(text: str) -> str:
        return QCoreApplication.translate("Printing", text)

    columns = [
        SheetColumn("name", QCoreApplication.translate("Printing", "Name"), 1.2),
        SheetColumn("organisation", QCoreApplication.translate("Printing", "Organisation")),
    ]
    if show_email:
        columns.append(
            SheetColumn(
                "email", QCoreApplication.translate("Printing", "E-mail"), sheet.email_weight
            )
        )
    if checked_in:
        columns.append(SheetColumn("checked_in", tr(QT_TRANSLATE_NOOP("Printing", "Checked in"))))
    key, last_title, weight = sheet.last
    columns.append(SheetColumn(key, tr(last_title), weight))
    return SheetSpec(
        title=title,
        subtitle=subtitle,
        organisation=organisation,
        kind_label=tr(sheet.kind_label),
        columns=columns,
        rows=rows,
        blank_rows=blank_rows,
        row_height_mm=sheet.row_height_mm,
        signature_key=key if sheet.signature else None,
        sessions=list(sessions or ()),
    )


def a4_layout(*, landscape: bool = False) -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


#: The sessions block: its columns, and the lines a column holds (more sessions: the
#: last line says how many are not shown).
SESSION_COLUMNS = 2
SESSION_LINES = 5

# The smallest print a cell shrinks to (points).
MIN_POINTS = 5.0


def break_points(text: str) -> list[list[str]]:
    """``text`` in the pieces a line may end after, the best first: an e-mail address
    after its "@" (the domain whole), else also after each "."; any other text after its
    spaces (a word is never split)."""
    if "@" in text and " " not in text.strip():
        return [
            [p for p in re.split(r"(?<=@)", text) if p],
            [p for p in re.split(r"(?<=[@.])", text) if p],
        ]
    return [[p for p in re.split(r"(?<= )", text) if p]]


def wrap(pieces: list[str], fm: QFontMetricsF, width: float) -> list[str]:
    """The lines of ``pieces`` packed greedily into ``width`` (a wider piece on a line of
    its own)."""
    lines: list[str] = []
    line = ""
    for piece in pieces:
        if not line or fm.horizontalAdvance((line + piece).rstrip()) <= width:
            line += piece
        else:
            lines.append(line.rstrip())
            line = piece
    lines.append(line.rstrip())
    return [x for x in lines if x]


def fit_text(
    text: str, font: QFont, device: QPagedPaintDevice, width: float, height: float
) -> tuple[QFont, list[str]]:
    """The font and lines that show all of ``text`` in a ``width`` × ``height`` cell: one
    line in ``font`` if it fits; else the largest size down to :data:`MIN_POINTS` at which
    its lines (:func:`break_points`) fit the cell; else its two lines (one, if it cannot
    break) made as small as it takes to fit the width."""
    if QFontMetricsF(font, device).horizontalAdvance(text) <= width:
        return font, [text]
    choices = break_points(text)
    size = font.pointSizeF()
    while size >= MIN_POINTS:
        smaller = QFont(font)
        smaller.setPointSizeF(size)
        fm = QFontMetricsF(smaller, device)
        fits = max(1, int(height // fm.lineSpacing()))
        for pieces in choices:
            lines = wrap(pieces, fm, width)
            if len(lines) <= fits and max(fm.horizontalAdvance(x) for x in lines) <= width:
                return smaller, lines
        size -= 0.25
    pieces = choices[-1]
    smaller = QFont(font)
    smaller.setPointSizeF(MIN_POINTS)
    fm = QFontMetricsF(smaller, device)
    lines = wrap(pieces, fm, fm.horizontalAdvance(text) / 2) if len(pieces) > 1 else [text]
    size = MIN_POINTS * width / max(fm.horizontalAdvance(x) for x in lines)
    smaller.setPointSizeF(size)
    # Small sizes do not scale linearly (hinting): step down until it fits.
    while (
        size > 1 and max(QFontMetricsF(smaller, device).horizontalAdvance(x) for x in lines) > width
    ):
        size *= 0.95
        smaller.setPointSizeF(size)
    return smaller, lines


class SheetRenderer:
    """Lays out a :class:`SheetSpec` on pages of one device and draws them."""

    def __init__(self, spec: SheetSpec, device: QPagedPaintDevice) -> None:
        self.spec = spec
        self.device = device
        self.dpi = device.logicalDpiY()
        rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
        self.width = float(rect.width())
        self.height = float(rect.height())
        self.header_h = self.mm(24)
        self.table_header_h = self.mm(7.5)
        self.footer_h = self.mm(9)
        self.row_h = self.mm(spec.row_height_mm)
        self.session_line_h = QFontMetricsF(self.font(8.5), device).height() * 1.1
        self.sessions_h = self._sessions_height()
        body = self.height - self.header_h - self.table_header_h - self.footer_h
        self.rows_per_page = max(1, int(body // self.row_h))
        #: The first page's rows: fewer under the sessions block.
        self.first_rows = max(1, int((body - self.sessions_h) // self.row_h))
        self.blank_rows = self._blank_rows(len(spec.rows), spec.blank_rows)
        self.total_rows = len(spec.rows) + self.blank_rows
        after_first = max(0, self.total_rows - self.first_rows)
        self.pages = 1 + math.ceil(after_first / self.rows_per_page)
        self.columns = self._column_rects()

    def _blank_rows(self, people: int, wanted: int) -> int:
        """Blank rows for walk-ins, without a last page that holds only a few blank rows.

        When the wanted rows would spill onto a new page, the sheet keeps
        only the ones that fit on the last page with people if that is at
        least five (UX.md: 5-10 blank rows); otherwise they spill as wanted.
        """
        if wanted <= 0 or people == 0:
            return max(wanted, 0)
        if people <= self.first_rows:
            room = self.first_rows - people
        else:
            on_last = (people - self.first_rows) % self.rows_per_page
            room = (self.rows_per_page - on_last) % self.rows_per_page
        if wanted <= room:
            return wanted
        return room if room >= min(5, wanted) else wanted

    def _sessions_height(self) -> float:
        """The sessions block's height: a heading and the lines of its columns; 0 when
        the round has no sessions."""
        if not self.spec.sessions:
            return 0.0
        shown = min(len(self.spec.sessions), SESSION_COLUMNS * SESSION_LINES)
        lines = math.ceil(shown / SESSION_COLUMNS)
        heading = QFontMetricsF(self.font(9, bold=True), self.device).height()
        return heading + lines * self.session_line_h + self.mm(3)

    def session_texts(self) -> list[str]:
        """The sessions as the block shows them: the last shown line says how many more
        there are when they do not all fit."""
        sessions = self.spec.sessions
        room = SESSION_COLUMNS * SESSION_LINES
        if len(sessions) <= room:
            return list(sessions)
        more = len(sessions) - room + 1
        return [
            *sessions[: room - 1],
            QCoreApplication.translate("Printing", "and %n more session(s)", "", more),
        ]

    def page_rows(self, page: int) -> range:
        """The rows (numbers from 0) on ``page``."""
        first = 0 if page == 0 else self.first_rows + (page - 1) * self.rows_per_page
        size = self.first_rows if page == 0 else self.rows_per_page
        return range(first, min(first + size, self.total_rows))

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def font(self, points: float, *, bold: bool = False) -> QFont:
        f = QFont("DejaVu Sans")
        f.setStyleHint(QFont.StyleHint.SansSerif)
        f.setPointSizeF(points)
        f.setBold(bold)
        return f

    def _column_rects(self) -> list[tuple[SheetColumn | None, float, float]]:
        """(column, x, width); the first entry is the row number column (None)."""
        number_w = self.mm(11) if self.spec.numbered else 0.0
        fixed = number_w + sum(self.mm(c.mm) for c in self.spec.columns if c.mm)
        weights = sum(c.weight for c in self.spec.columns if not c.mm)
        free = self.width - fixed
        out: list[tuple[SheetColumn | None, float, float]] = []
        x = 0.0
        if self.spec.numbered:
            out.append((None, x, number_w))
            x += number_w
        for c in self.spec.columns:
            w = self.mm(c.mm) if c.mm else free * c.weight / weights
            out.append((c, x, w))
            x += w
        return out

    # -- drawing -------------------------------------------------------------------

    def render(self) -> int:
        """Draw every page; returns the number of pages."""
        painter = QPainter()
        if not painter.begin(self.device):
            raise RuntimeError(QCoreApplication.translate("Printing", "Could not start printing"))
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            for page in range(self.pages):
                if page:
                    self.device.newPage()
                self.draw_page(painter, page)
        finally:
            painter.end()
        return self.pages

    def draw_page(self, p: QPainter, page: int) -> None:
        self._draw_header(p)
        y = self.header_h
        if page == 0 and self.sessions_h:
            self._draw_sessions(p, y)
            y += self.sessions_h
        self._draw_table_header(p, y)
        y += self.table_header_h
        p.setFont(self.font(8.5))
        for n in self.page_rows(page):
            row = self.spec.rows[n] if n < len(self.spec.rows) else None
            self._draw_row(p, y, n, row)
            y += self.row_h
        self._draw_footer(p, page)

    def _draw_header(self, p: QPainter) -> None:
        s = self.spec
        p.setPen(QColor("#555555"))
        p.setFont(self.font(9))
        line_h = QFontMetricsF(p.font(), self.device).height()
        p.drawText(
            QRectF(0, 0, self.width * 0.6, line_h), Qt.AlignmentFlag.AlignLeft, s.organisation
        )
        p.drawText(
            QRectF(self.width * 0.4, 0, self.width * 0.6, line_h),
            Qt.AlignmentFlag.AlignRight,
            s.kind_label,
        )
        p.setPen(QColor("#000000"))
        title_font = self.font(15, bold=True)
        p.setFont(title_font)
        fm = QFontMetricsF(title_font, self.device)
        title_y = line_h + self.mm(1.5)
        p.drawText(
            QRectF(0, title_y, self.width, fm.height()),
            Qt.AlignmentFlag.AlignLeft,
            fm.elidedText(s.title, Qt.TextElideMode.ElideRight, self.width),
        )
        p.setFont(self.font(10))
        sub_fm = QFontMetricsF(p.font(), self.device)
        p.drawText(
            QRectF(0, title_y + fm.height() + self.mm(0.8), self.width, sub_fm.height()),
            Qt.AlignmentFlag.AlignLeft,
            sub_fm.elidedText(s.subtitle, Qt.TextElideMode.ElideRight, self.width),
        )
        p.setPen(QPen(QColor("#000000"), self.mm(0.35)))
        y = self.header_h - self.mm(2.5)
        p.drawLine(0, int(y), int(self.width), int(y))

    def _draw_sessions(self, p: QPainter, y: float) -> None:
        """The block of sessions under the header: "Sessions" and a line each, in
        columns (down, then across); a line too long for its column shrinks."""
        p.setPen(QColor("#000000"))
        heading_font = self.font(9, bold=True)
        p.setFont(heading_font)
        heading_h = QFontMetricsF(heading_font, self.device).height()
        p.drawText(
            QRectF(0, y, self.width, heading_h),
            Qt.AlignmentFlag.AlignLeft,
            QCoreApplication.translate("Printing", "Sessions"),
        )
        texts = self.session_texts()
        per_column = math.ceil(len(texts) / SESSION_COLUMNS)
        column_w = self.width / SESSION_COLUMNS
        line_font = self.font(8.5)
        for i, text in enumerate(texts):
            column, line = divmod(i, per_column)
            cell = QRectF(
                column * column_w,
                y + heading_h + line * self.session_line_h,
                column_w - self.mm(3),
                self.session_line_h,
            )
            font, lines = fit_text(text, line_font, self.device, cell.width(), cell.height())
            p.setFont(font)
            p.drawText(cell, int(Qt.AlignmentFlag.AlignVCenter), "\n".join(lines))

    def _draw_table_header(self, p: QPainter, y: float) -> None:
        p.fillRect(QRectF(0, y, self.width, self.table_header_h), QColor("#e6e6e6"))
        p.setPen(QColor("#000000"))
        p.setFont(self.font(9, bold=True))
        pad = self.mm(1.5)
        for col, x, w in self.columns:
            text = "#" if col is None else col.title
            horizontal = Qt.AlignmentFlag.AlignRight if col is None else Qt.AlignmentFlag.AlignLeft
            p.drawText(
                QRectF(x + pad, y, w - 2 * pad, self.table_header_h),
                int(Qt.AlignmentFlag.AlignVCenter | horizontal),
                text,
            )
        p.setPen(QPen(QColor("#000000"), self.mm(0.3)))
        bottom = y + self.table_header_h
        p.drawLine(0, int(bottom), int(self.width), int(bottom))

    def _draw_row(self, p: QPainter, y: float, n: int, row: dict[str, str] | None) -> None:
        if n % 2 == 1:
            p.fillRect(QRectF(0, y, self.width, self.row_h), QColor("#f5f5f5"))
        pad = self.mm(1.5)
        row_font = p.font()
        p.setPen(QColor("#000000"))
        for col, x, w in self.columns:
            if col is None:
                text = str(n + 1)
            elif row is None or col.key == self.spec.signature_key:
                text = ""
            else:
                text = row.get(col.key, "")
            if text:
                horizontal = (
                    Qt.AlignmentFlag.AlignRight if col is None else Qt.AlignmentFlag.AlignLeft
                )
                cell = QRectF(x + pad, y, w - 2 * pad, self.row_h)
                font, lines = fit_text(text, row_font, self.device, cell.width(), cell.height())
                p.setFont(font)
                p.drawText(cell, int(Qt.AlignmentFlag.AlignVCenter | horizontal), "\n".join(lines))
        p.setFont(row_font)
        p.setPen(QPen(QColor("#9a9a9a"), self.mm(0.15)))
        bottom = y + self.row_h
        p.drawLine(0, int(bottom), int(self.width), int(bottom))
        # Column rules make a grid people can write in.
        for _col, x, _w in self.columns[1:]:
            p.drawLine(int(x), int(y), int(x), int(bottom))

    def _draw_footer(self, p: QPainter, page: int) -> None:
        p.setPen(QColor("#555555"))
        p.setFont(self.font(8))
        fm = QFontMetricsF(p.font(), self.device)
        y = self.height - fm.height()
        printed = QCoreApplication.translate("Printing", "Printed %1").replace(
            "%1", format_datetime(self.spec.printed_at)
        )
        count = self.spec.count_text
        if count is None:
            count = QCoreApplication.translate(
                "Printing", "%n participant(s)", "", len(self.spec.rows)
            )
        p.drawText(QRectF(0, y, self.width / 3, fm.height()), Qt.AlignmentFlag.AlignLeft, printed)
        p.drawText(
            QRectF(self.width / 3, y, self.width / 3, fm.height()),
            Qt.AlignmentFlag.AlignHCenter,
            count,
        )
        pages = (
            QCoreApplication.translate("Printing", "Page %1 of %2")
            .replace("%1", str(page + 1))
            .replace("%2", str(self.pages))
        )
        p.drawText(
            QRectF(self.width * 2 / 3, y, self.width / 3, fm.height()),
            Qt.AlignmentFlag.AlignRight,
            pages,
        )


def write_pdf(spec: SheetSpec, path: str) -> int:
    """Write ``spec`` as an A4 PDF; returns the number of pages."""
    writer = QPdfWriter(path)
    writer.setResolution(300)
    writer.setPageLayout(a4_layout(landscape=spec.landscape))
    writer.setTitle(f"{spec.kind_label} – {spec.title}")
    writer.setCreator("Kansli")
    return SheetRenderer(spec, writer).render()


def table_spec(
    *, title: str, subtitle: str, organisation: str, headers: list[str], rows: list[list[object]]
) -> SheetSpec:
    """Any list as a printed table (all columns equally wide)."""
    from desktop.common.rows_model import display

    columns = [SheetColumn(f"c{i}", h, 1.0) for i, h in enumerate(headers)]
    return SheetSpec(
        title=title,
        subtitle=subtitle,
        organisation=organisation,
        kind_label=QCoreApplication.translate("Printing", "List"),
        columns=columns,
        rows=[{f"c{i}": display(v) for i, v in enumerate(r)} for r in rows],
        row_height_mm=6.6,
    )
