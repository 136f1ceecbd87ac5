"""Accounting › Export SIE file… (issue 18) against the real server over real HTTP: a
treasurer types the period, picks the type and exports; the server's file is saved where
they chose and holds the ledger's vouchers (read back with the test SIE reader); a
period across the fiscal year's end is refused in words; offline the dialog says the
ledger is on the server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.accounting.sie_export import SieExportDialog
from devtools.server_data import server_session
from models import ledger
from models.ids import new_id
from models.people import Person
from models.pricing import PriceList, SignupFacts, price
from server.services import ledger as accounts
from tests.desktop.live_web import in_thread, signed_in
from tests.utils import sie_reader
from tests.utils.servers import LiveServer, add_account

PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    path = tmp_path_factory.mktemp("sie-live") / "server.db"
    live = in_thread(
        lambda: LiveServer(f"sqlite:///{path}", env={"KANSLI_RUN_WORKER": "0"}).start()
    )
    try:
        yield live
    finally:
        in_thread(live.stop)


def _seed(db_url: str) -> None:
    admin = add_account(
        db_url, tenant="klubben", email="kassor@klubben.example", roles=("treasurer",)
    )
    tenant = admin["tenant_id"]
    charged = price(PriceList("Tango", 80_000), SignupFacts(date(2026, 8, 1), date(2026, 9, 1)))
    with server_session(db_url) as s:
        maria = Person(tenant_id=tenant, first_name="Maria", last_name="Ek")
        s.add(maria)
        s.flush()
        for tx in (
            ledger.charge(new_id(), maria.id, charged, date(2026, 8, 1), "Tango HT26"),
            ledger.payment(new_id(), maria.id, 80_000, date(2026, 8, 5), "OCR 4711"),
        ):
            accounts.record(s, tenant, tx)


def _type_date(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_a_treasurer_exports_the_period_as_a_sie_file(
    qtbot, server: LiveServer, settings, tmp_path: Path
) -> None:
    in_thread(_seed, server.db_url)
    with signed_in(server.url, "kassor@klubben.example", PASSWORD, tmp_path / "a.db", settings) as (
        ctx,
        _s,
    ):
        dialog = SieExportDialog(ctx, today=date(2026, 12, 4))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitExposed(dialog)
        assert dialog.start.date().toString("yyyy-MM-dd") == "2026-01-01"
        _type_date(qtbot, dialog.start, "2026-08-01")
        _type_date(qtbot, dialog.end, "2026-08-31")
        asked: list[str] = []
        target = tmp_path / "augusti.se"

        def ask(name: str) -> Path:
            asked.append(name)
            return target

        dialog.ask_path = ask
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.saved is not None, timeout=30_000)
        assert asked == ["kansli_20260801_20260831.se"]
        assert dialog.status.text() == f"Saved 2 vouchers to {target}."
        assert dialog.busy.isHidden() and dialog.export_button.isEnabled()
        parsed = sie_reader.read(target.read_bytes())
        assert parsed.checksum is not None and parsed.checksum[0] == parsed.checksum[1]
        assert [
            (v.series, v.day, sorted((t.account, str(t.amount)) for t in v.trans))
            for v in parsed.vouchers()
        ] == [
            ("A", "20260801", [("1510", "800.00"), ("3010", "-800.00")]),
            ("B", "20260805", [("1510", "-800.00"), ("1930", "800.00")]),
        ]
        assert parsed.balances("#UB") == {"1930": Decimal("800.00")}
        assert parsed.balances("#RES") == {"3010": Decimal("-800.00")}

        # 4I by keyboard: the vouchers only, saved as .si.
        dialog.kind.setFocus()
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
        assert dialog.kind.currentData() == "4I"
        dialog.saved = None
        target = tmp_path / "augusti.si"
        qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: dialog.saved is not None, timeout=30_000)
        assert asked[-1] == "kansli_20260801_20260831.si"
        only = sie_reader.read(target.read_bytes())
        assert not only.all("#UB") and len(only.vouchers()) == 2

        # A period across the fiscal year's end (a year back, by the arrow key in the
        # year): the server refuses, the dialog says why.
        dialog.start.setFocus()
        qtbot.keyClick(dialog.start, Qt.Key.Key_Home)
        qtbot.keyClick(dialog.start, Qt.Key.Key_Down)
        assert dialog.start.date().toString("yyyy-MM-dd") == "2025-08-01"
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        expected = "The period must lie within one fiscal year: choose a shorter one."
        qtbot.waitUntil(lambda: dialog.status.text() == expected, timeout=30_000)
        assert dialog.export_button.isEnabled()

        # Ending before it starts: said at once, nothing asked.
        qtbot.keyClick(dialog.start, Qt.Key.Key_Up)
        _type_date(qtbot, dialog.start, "2026-09-01")
        asked.clear()
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.status.text() == "The period ends before it starts."
        assert asked == []


def test_offline_the_dialog_says_the_ledger_is_on_the_server(qtbot, offline_ctx) -> None:
    dialog = SieExportDialog(offline_ctx, today=date(2026, 12, 4))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ask_path = lambda name: Path("/nonexistent") / name
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "could not be made" in dialog.status.text(), timeout=30_000)
    assert dialog.status.text() == "The file could not be made: The server cannot be reached."
    assert dialog.saved is None
