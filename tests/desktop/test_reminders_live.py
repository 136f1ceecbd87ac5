"""Accounting › Reminders… (issue 18) against the real server over real HTTP: Anders's
invoice reminded twice and on the collection list, Maria's reminded once, each with what
is left, the fees, the interest and what to pay; Show narrows to the collection list with
the keyboard; offline the window says the reminders are on the server."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.admin.reminders import RemindersWindow
from devtools.server_data import server_session
from models.ids import new_id, utcnow
from models.payments import PaymentSettings, ocr_reference
from models.people import Person
from server.services.database import Database
from server.services.reminders import send_reminders
from server.tables import Invoice
from tests.desktop import test_person_account_live
from tests.desktop.live_web import in_thread, signed_in
from tests.server.conftest import api_settings
from tests.utils.servers import LiveServer, add_account

PASSWORD = "correct horse battery"
KR = 100
NBSP = "\u00a0"


#: A live server of this module's own (the fixture of the Account tab's live tests).
server = test_person_account_live.server


def today() -> date:
    return utcnow().date()


def _seed(db_url: str) -> dict[str, str]:
    """Anders's invoice (1 100 kr) due 70 days ago, Maria's (800 kr) due 20 days ago; the
    reminder job run 60 and 46 days ago and today."""
    account = add_account(
        db_url, tenant="dansklubben", email="kassor@dansklubben.example", roles=("treasurer",)
    )
    tenant = account["tenant_id"]
    ids: dict[str, str] = {}
    with server_session(db_url) as s:
        s.add(
            PaymentSettings(
                tenant_id=tenant,
                bankgiro="5050109",
                grace_days=7,
                second_reminder_days=14,
                reference_rate=250,
            )
        )
        for number, (first, last, amount, due) in enumerate(
            (("Anders", "Berg", 1_100 * KR, 70), ("Maria", "Svensson", 800 * KR, 20)), start=1
        ):
            person = Person(tenant_id=tenant, first_name=first, last_name=last)
            s.add(person)
            s.flush()
            issued = today() - timedelta(days=due + 30)
            s.add(
                Invoice(
                    id=new_id(),
                    tenant_id=tenant,
                    number=number,
                    person_id=person.id,
                    registration_id=new_id(),
                    ocr=ocr_reference(number),
                    amount=amount,
                    issued_on=issued,
                    due_on=today() - timedelta(days=due),
                    lines=[],
                    reminder_fee=60 * KR,
                    late_interest=True,
                )
            )
            ids[first] = person.id
    db = Database(db_url)
    try:
        for days_ago in (60, 46, 0):
            send_reminders(
                db, api_settings(db_url), today=today() - timedelta(days=days_ago), tenant_id=tenant
            )
    finally:
        db.dispose()
    return ids


def shown(window: RemindersWindow) -> list[list[str]]:
    model = window.model
    return [
        [str(model.data(model.index(r, c))) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def kr(text: str) -> str:
    """``text`` with its amounts' thousands grouped as kronor_text groups them."""
    return re.sub(r"(\d) (\d{3})", rf"\1{NBSP}\2", text)


def test_the_reminded_invoices_and_the_collection_list(
    qtbot, server: LiveServer, settings, tmp_path: Path
) -> None:
    ids = in_thread(_seed, server.db_url)
    with signed_in(
        server.url, "kassor@dansklubben.example", PASSWORD, tmp_path / "k.db", settings
    ) as (ctx, _s):
        window = RemindersWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.loaded and window.model.rowCount() == 2, timeout=15_000)
        window.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # Anders: 110 000 öre × 10.5 % × 10 / 365 = 316 and × 14 / 365 = 443 in interest.
        # Maria: reminded today, 20 days after her due date: 80 000 × 10.5 % × 20 / 365 = 460.
        assert shown(window) == [
            [
                "1",
                "Anders Berg",
                ocr_reference(1),
                (today() - timedelta(days=70)).isoformat(),
                "2",
                (today() - timedelta(days=46)).isoformat(),
                kr("1 100 kr"),
                "60 kr",
                "7,59 kr",
                kr("1 167,59 kr"),
                "For collection",
            ],
            [
                "2",
                "Maria Svensson",
                ocr_reference(2),
                (today() - timedelta(days=20)).isoformat(),
                "1",
                today().isoformat(),
                "800 kr",
                "60 kr",
                "4,60 kr",
                "864,60 kr",
                "Reminded",
            ],
        ]
        assert window.summary.text() == kr("1 reminded · 1 for collection · 2 032,19 kr to pay")

        # Return on a row asks for the person's profile (the main window opens it).
        window.table.setFocus()
        window.table.selectRow(1)
        with qtbot.waitSignal(window.open_person) as asked:
            qtbot.keyClick(window.table, Qt.Key.Key_Return)
        assert asked.args == [ids["Maria"]]

        # Show: the collection list only, chosen with the keyboard.
        window.activateWindow()
        window.show_choice.setFocus()
        qtbot.keyClick(window.show_choice, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: window.model.rowCount() == 1)
        assert window.collection_only()
        assert shown(window)[0][1] == "Anders Berg"
        assert window.summary.text() == kr("0 reminded · 1 for collection · 1 167,59 kr to pay")

        # The filter finds by person, invoice number or OCR; nothing found is said so.
        qtbot.keyClicks(window.filter, "Maria")
        qtbot.waitUntil(lambda: window.model.rowCount() == 0)
        assert window.table.empty_text == "No reminded invoice matches the filter."
        assert window.summary.text() == ""
        window.show_collection_only(False)
        qtbot.waitUntil(lambda: window.model.rowCount() == 1)
        assert shown(window)[0][1] == "Maria Svensson"
        window.close()


def test_offline_the_window_says_the_reminders_are_on_the_server(qtbot, offline_ctx) -> None:
    window = RemindersWindow(offline_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(
        lambda: window.table.empty_text not in ("", "Asking the server…"), timeout=15_000
    )
    assert window.table.empty_text == (
        "Offline: invoices and their reminders are kept on the server, and it cannot be "
        "reached now. Your other work goes on; try again when online."
    )
    assert window.retry_button.isVisible()
    assert window.model.rowCount() == 0
