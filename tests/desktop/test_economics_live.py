"""Accounting › Economics report… (issue 18) against the real server over real HTTP: a
treasurer's report per course, then per category chosen with the keyboard, a period with
nothing in it; the bar chart's bars; Export as an XLSX workbook read back (amounts as
numbers, the total row); Print's sheet written as a PDF read back; opened from the
Accounting menu; offline the window says the report needs the server."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desktop.accounting.economics import EconomicsWindow
from desktop.printing.sheet import write_pdf
from devtools.server_data import server_session
from models import ledger
from models.courses import Course, CourseRound
from models.ids import new_id, utcnow
from server.services import ledger as accounts
from server.tables import Booking
from tests.desktop import test_reminders_live
from tests.desktop.live_web import in_thread, signed_in
from tests.utils.servers import LiveServer, add_account

PASSWORD = "correct horse battery"
KR = 100
NBSP = "\u00a0"


#: A live server of this module's own, its worker off (the reminders window's fixture).
server = test_reminders_live.server


def today() -> date:
    return utcnow().date()


def _seed(db_url: str) -> None:
    """Tango Fortsättare (category Tango, VT27): two bookings of 1 000 kr, one with a
    200 kr discount, one paid in full; Vals (category Vals, HT26): one of 800 kr, 300 paid."""
    account = add_account(
        db_url, tenant="pengaklubben", email="kassor@pengaklubben.example", roles=("treasurer",)
    )
    tenant = account["tenant_id"]
    with server_session(db_url) as s:
        for name, category, term, bookings in (
            ("Tango Fortsättare", "Tango", "VT27", ((1000, 200, 800), (1000, 0, 0))),
            ("Vals", "Vals", "HT26", ((800, 0, 300),)),
        ):
            course = Course(tenant_id=tenant, code=name[:2], name=name, category=category)
            s.add(course)
            s.flush()
            round_ = CourseRound(tenant_id=tenant, course_id=course.id, name="Kväll", term=term)
            s.add(round_)
            s.flush()
            for price, discount, paid in bookings:
                registration, person = new_id(), new_id()
                lines = [{"kind": "base_price", "amount": price * KR}]
                if discount:
                    lines.append({"kind": "discount", "amount": -discount * KR})
                total = (price - discount) * KR
                s.add(
                    Booking(
                        tenant_id=tenant,
                        registration_id=registration,
                        person_id=person,
                        round_id=round_.id,
                        lines=lines,
                        total=total,
                        credit_used=0,
                        to_pay=total,
                        terms={},
                    )
                )
                s.flush()
                charge = ledger.Transaction(
                    new_id(),
                    ledger.Kind.CHARGE,
                    today(),
                    (
                        ledger.Posting(ledger.Account.REVENUE, -total, code="3010"),
                        ledger.Posting(ledger.Account.RECEIVABLE, total, person),
                    ),
                    registration,
                )
                accounts.record(s, tenant, charge)
                if paid:
                    accounts.record(
                        s,
                        tenant,
                        ledger.payment(new_id(), person, paid * KR, today(), registration),
                    )


def shown(window: EconomicsWindow) -> list[list[str]]:
    model = window.model
    return [
        [str(model.data(model.index(r, c))) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def kr(amount: int) -> str:
    return f"{amount:,} kr".replace(",", NBSP) if amount else "0 kr"


def test_the_report_per_course_and_category_its_chart_export_and_print(
    qtbot, server: LiveServer, settings, tmp_path: Path
) -> None:
    in_thread(_seed, server.db_url)
    with signed_in(
        server.url, "kassor@pengaklubben.example", PASSWORD, tmp_path / "k.db", settings
    ) as (ctx, _s):
        window = EconomicsWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.loaded and window.model.rowCount() == 2, timeout=15_000)
        window.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        #          name, bookings, invoiced, cancelled, paid, outstanding, discounts,
        #          credit used, credit given, refunds
        assert shown(window) == [
            ["Tango Fortsättare", "2", kr(1800), "0 kr", "800 kr", kr(1000), "200 kr"]
            + ["0 kr"] * 3,
            ["Vals", "1", "800 kr", "0 kr", "300 kr", "500 kr", "0 kr"] + ["0 kr"] * 3,
        ]
        assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Course"
        assert window.summary.text() == (
            f"In all: {kr(2600)} invoiced · {kr(1100)} paid · {kr(1500)} outstanding"
        )
        # The chart: invoiced, paid and outstanding per course, in kronor.
        [series] = window.chart.series()
        bars = {s.label(): [s.at(i) for i in range(s.count())] for s in series.barSets()}
        by_course = dict(zip([r[0] for r in shown(window)], range(2), strict=True))
        fortsattare = by_course["Tango Fortsättare"]
        assert bars["Invoiced"][fortsattare] == 1800
        assert bars["Paid"][fortsattare] == 800
        assert bars["Outstanding"][fortsattare] == 1000

        # Per category, chosen with the keyboard.
        window.activateWindow()
        window.group_choice.setFocus()
        qtbot.keyClick(window.group_choice, Qt.Key.Key_Down)
        qtbot.waitUntil(
            lambda: window.shown_for[0] == "category" and not window.busy, timeout=15_000
        )
        window.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        assert [r[:6] for r in shown(window)] == [
            ["Tango", "2", kr(1800), "0 kr", "800 kr", kr(1000)],
            ["Vals", "1", "800 kr", "0 kr", "300 kr", "500 kr"],
        ]
        assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Category"

        # Export: amounts as numbers (kronor), the total last.
        path = tmp_path / "ekonomi.xlsx"
        future = window.export_to(path)
        qtbot.waitUntil(future.done, timeout=15_000)
        qtbot.waitUntil(lambda: window.message.text() == "Saved ekonomi.xlsx.")
        sheet = load_workbook(path).active
        assert sheet is not None
        assert [list(r) for r in sheet.iter_rows(values_only=True)] == [
            [
                "Category",
                "Bookings",
                "Invoiced",
                "Cancelled",
                "Paid",
                "Outstanding",
                "Discounts",
                "Credit used",
                "Credit given",
                "Refunds",
            ],
            ["Tango", 2, 1800, 0, 800, 1000, 200, 0, 0, 0],
            ["Vals", 1, 800, 0, 300, 500, 0, 0, 0, 0],
            ["Total", 3, 2600, 0, 1100, 1500, 200, 0, 0, 0],
        ]

        # Print's sheet, as a PDF.
        pdf = tmp_path / "ekonomi.pdf"
        spec = window.print_spec()
        assert spec.landscape
        assert write_pdf(spec, str(pdf)) == 1
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Economics report" in text and "All time" in text
        words = " ".join(text.replace(NBSP, " ").split())
        assert words.startswith("Pengaklubben Economics report Per category All time"), words
        assert "Tango 2 1 800 kr 0 kr 800 kr 1 000 kr 200 kr 0 kr 0 kr 0 kr" in words
        assert "Total 3 2 600 kr 0 kr 1 100 kr 1 500 kr 200 kr 0 kr 0 kr 0 kr" in words

        # Last year: nothing happened then.
        window.period_choice.setFocus()
        qtbot.keyClick(window.period_choice, Qt.Key.Key_Down)
        qtbot.keyClick(window.period_choice, Qt.Key.Key_Down)
        last = date(today().year - 1, 1, 1), date(today().year - 1, 12, 31)
        qtbot.waitUntil(lambda: window.shown_for[1:] == last and not window.busy, timeout=15_000)
        assert window.model.rowCount() == 0
        assert window.table.empty_text == "No bookings or payments in this period."
        assert not window.act_print.isEnabled() and not window.act_export.isEnabled()
        assert not window.chart_view.isVisible()
        window.close()


def test_offline_the_window_says_the_report_needs_the_server(qtbot, offline_ctx) -> None:
    window = EconomicsWindow(offline_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(
        lambda: window.table.empty_text not in ("", "Asking the server…"), timeout=15_000
    )
    assert window.table.empty_text == (
        "Offline: the economics report needs a connection to the server, which keeps the "
        "ledger. Your other work goes on; try again when online."
    )
    assert window.model.rowCount() == 0
    assert not window.act_print.isEnabled()


def test_the_accounting_menu_opens_it_once(qtbot, offline_ctx) -> None:
    from desktop.mainwindow import MainWindow

    main = MainWindow(offline_ctx)
    qtbot.addWidget(main)
    assert main.act_economics in main.accounting_menu.actions()
    main.act_economics.trigger()
    first = main.economics_window
    assert isinstance(first, EconomicsWindow) and first.isVisible()
    main.act_economics.trigger()
    assert main.economics_window is first
    first.close()
