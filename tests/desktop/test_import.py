"""Import participants (issue 6): a CSV or XLSX file is checked row by row, one approving
manager is chosen for all, and the import is one local transaction (all or nothing),
with progress and Cancel."""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from desktop.courses.round_page import RoundPage
from desktop.operations import OpContext
from desktop.participants import import_dialog
from desktop.participants.import_dialog import ImportDialog
from desktop.participants.import_ops import ImportResult, import_rows
from desktop.participants.view import ParticipantsView
from tests.desktop.conftest import hold_the_database, read

HEADER = "Förnamn;Efternamn;E-post;Telefon;Organisation\n"


def write_csv(path: Path, lines: list[str]) -> Path:
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def open_dialog(qtbot, ctx, path: Path, **kw) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(ctx, **kw)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=20_000):
        dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog._rounds_loaded)
    return dialog


def outbox(gui_guard, ctx) -> list[str]:  # type: ignore[no-untyped-def]
    return [r[0] for r in read(gui_guard, ctx.store, "SELECT name FROM outbox ORDER BY seq")]


def test_every_bad_row_is_listed_with_row_column_and_reason_and_nothing_can_import(
    qtbot, ctx, filled, tmp_path, gui_guard
) -> None:
    path = write_csv(
        tmp_path / "deltagare.csv",
        [
            "Anna;Berg;anna.berg@firma.se;070-123 45 67;",  # row 2: fine
            "Erik;;erik@firma.se;;",  # row 3: no last name
            "Lena;Ek;lena(at)firma.se;;",  # row 4: not an e-mail address
            "Per;Lund;anna.berg@firma.se;;",  # row 5: the same address as row 2
        ],
    )
    dialog = open_dialog(qtbot, ctx, path, round_id=filled.big_round_id)
    problems = [(r["row"], r["field"], r["reason"]) for r in dialog.problems_model.rows]
    assert [(row, field) for row, field, _ in problems] == [
        (3, "Last name"), (4, "E-mail"), (5, "E-mail"),
    ]  # fmt: skip
    assert problems[0][2] == "The “Last name” cell is empty"
    assert "row 2" in problems[2][2]
    assert dialog.tabs.currentIndex() == 1 and dialog.tabs.tabText(1) == "Errors (3)"
    assert dialog.summary.text().startswith("The file has 3 errors.")
    assert not dialog.import_button.isEnabled()
    dialog.start_import()  # refused while the file has errors
    assert outbox(gui_guard, ctx) == []


def test_xlsx_is_imported_onto_the_round_with_one_manager_in_one_transaction(
    qtbot, ctx, filled, tmp_path, gui_guard
) -> None:
    (org_name,) = read(gui_guard, ctx.store, "SELECT name FROM organisation LIMIT 1")[0]
    on_round = read(
        gui_guard, ctx.store,
        "SELECT e.address, p.first_name, p.last_name FROM registration r "
        "JOIN person p ON p.id = r.participant_id JOIN person_email e ON e.person_id = p.id "
        "WHERE r.round_id = :r LIMIT 1",
        r=filled.big_round_id,
    )[0]  # fmt: skip
    elsewhere, elsewhere_name = read(
        gui_guard, ctx.store,
        "SELECT e.address, p.first_name || ' ' || p.last_name FROM person_email e "
        "JOIN person p ON p.id = e.person_id WHERE e.person_id NOT IN "
        "(SELECT participant_id FROM registration WHERE round_id = :r) LIMIT 1",
        r=filled.big_round_id,
    )[0]  # fmt: skip
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["First name", "Last name", "E-mail", "Phone", "Organisation"])
    ws.append(["Klara", "Nyström", "klara.nystrom@ny.se", "+46 70 111 22 33", org_name])
    ws.append(["Olof", "Sund", "olof.sund@ny.se", None, "Okänd Förening"])
    ws.append([on_round[1], on_round[2], on_round[0], None, None])  # already on the round
    ws.append(["Känd", "Person", elsewhere, None, None])  # in Kansli, not on this round
    path = tmp_path / "lista.xlsx"
    wb.save(path)

    dialog = open_dialog(qtbot, ctx, path)
    dialog.set_round(filled.big_round_id)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    what = {r["email"]: r["what"] for r in dialog.rows_model.rows}
    assert what["klara.nystrom@ny.se"] == "New person"
    assert what["olof.sund@ny.se"] == "New person (organisation Okänd Förening will be created)"
    assert what[on_round[0]] == f"{on_round[1]} {on_round[2]} is already on this round: skipped"
    assert what[elsewhere] == (
        f"Existing person: {elsewhere_name} (matched by e-mail; the file says Känd Person)"
    )
    # (The filled round has more registrations than seats: the preview says the new ones wait.)
    qtbot.waitUntil(lambda: "Seats on" in dialog.summary.text())
    assert dialog.summary.text().startswith(
        "3 participants to import · 2 new to Kansli · 1 already on the round · "
        "1 organisation will be created: Okänd Förening · Seats on the round: 30. "
    )
    assert dialog.summary.text().endswith(" of the file will go on its waiting list")
    # One approving manager for all, chosen with the person picker.
    (manager_name,) = read(
        gui_guard, ctx.store,
        "SELECT first_name || ' ' || last_name FROM person WHERE id = :m",
        m=filled.manager_ids[0],
    )[0]  # fmt: skip
    dialog.choose_manager.click()
    picker = dialog.picker
    picker.search.setText(manager_name.split()[-1])  # (QTest types ASCII only)
    picker.search.returnPressed.emit()
    qtbot.waitUntil(lambda: filled.manager_ids[0] in [r["id"] for r in picker.model.rows])
    picker.table.selectRow(picker.model.row_of(filled.manager_ids[0]))
    picker.ok.click()
    assert dialog.manager_id == filled.manager_ids[0]
    assert dialog.manager_label.text() == manager_name

    with qtbot.waitSignal(dialog.imported, timeout=20_000) as done:
        dialog.import_button.click()
    result = done.args[0]
    assert (result.registrations, result.new_people, result.left_out) == (3, 2, 1)
    # Olof's organisation, then one import command: Klara and Olof new, and the known one.
    assert outbox(gui_guard, ctx) == ["organisation.create", "registration.import"]
    regs = read(
        gui_guard, ctx.store,
        "SELECT e.address, r.approving_manager_id, p.organisation_id FROM registration r "
        "JOIN person p ON p.id = r.participant_id JOIN person_email e ON e.person_id = p.id "
        "WHERE r.round_id = :r AND e.address IN ('klara.nystrom@ny.se', 'olof.sund@ny.se', :x)",
        r=filled.big_round_id, x=elsewhere,
    )  # fmt: skip
    assert len(regs) == 3
    assert {m for _, m, _ in regs} == {filled.manager_ids[0]}
    orgs = {a: o for a, _, o in regs}
    (created,) = read(
        gui_guard, ctx.store, "SELECT id FROM organisation WHERE name = 'Okänd Förening'"
    )[0]
    assert orgs["klara.nystrom@ny.se"] is not None and orgs["olof.sund@ny.se"] == created
    assert dialog.result() == ImportDialog.DialogCode.Accepted


def test_a_refused_row_rolls_the_whole_import_back(qtbot, ctx, filled, tmp_path, gui_guard):
    with gui_guard.allowed(), ctx.store.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE course_round SET status = 'cancelled' WHERE id = ?", (filled.round_ids[0],)
        )
    path = write_csv(
        tmp_path / "a.csv", ["Ny;Person;ny.person@firma.se;;", "Andra;Person;andra@firma.se;;"]
    )
    dialog = open_dialog(qtbot, ctx, path, round_id=filled.round_ids[0])
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=20_000)
    assert dialog.error.text().startswith("Nothing was imported. Row 2: ")
    assert "cancelled" in dialog.error.text()
    assert outbox(gui_guard, ctx) == []
    assert (
        read(
            gui_guard,
            ctx.store,
            "SELECT count(*) FROM person_email WHERE address = 'ny.person@firma.se'",
        )[0][0]
        == 0
    )
    assert dialog.result() != ImportDialog.DialogCode.Accepted
    assert dialog.import_button.isEnabled()  # fix the round, try again


def test_a_large_import_shows_progress_and_cancel_leaves_nothing(
    qtbot, ctx, filled, tmp_path, gui_guard
) -> None:
    path = write_csv(tmp_path / "stor.csv", [f"Test;Person{i};p{i}@stor.se;;" for i in range(1500)])
    dialog = open_dialog(qtbot, ctx, path, round_id=filled.big_round_id)
    assert dialog.summary.text().startswith("1,500 participants to import")
    dialog.show()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 1500 and dialog.progress.value() > 0)
    assert dialog.progress.isVisible()
    dialog.cancel_button.click()  # Cancel while importing stops the import, not the dialog
    qtbot.waitUntil(
        lambda: dialog.summary.text() == "Cancelled. Nothing was imported.", timeout=30_000
    )
    assert dialog.isVisible()
    assert outbox(gui_guard, ctx) == []
    assert (
        read(
            gui_guard, ctx.store, "SELECT count(*) FROM person_email WHERE address LIKE '%@stor.se'"
        )[0][0]
        == 0
    )


def test_cancel_while_the_import_waits_for_the_database_ends_it_and_closes_next(
    qtbot, ctx, filled, tmp_path, gui_guard
) -> None:
    """Cancel before the import started (the database busy with a long read): it never
    starts, the dialog says so (not "Cancelling…" for ever) and Cancel then closes it."""
    path = write_csv(tmp_path / "a.csv", ["Ny;Person;ny.person@firma.se;;"])
    dialog = open_dialog(qtbot, ctx, path, round_id=filled.round_ids[0])
    dialog.show()
    release = hold_the_database(ctx.ops)
    dialog.import_button.click()
    dialog.cancel_button.click()
    assert dialog.summary.text() == "Cancelling…" and dialog.isVisible()
    release.set()
    qtbot.waitUntil(
        lambda: dialog.summary.text() == "Cancelled. Nothing was imported.", timeout=10_000
    )
    assert dialog.import_button.isEnabled() and outbox(gui_guard, ctx) == []
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_an_import_cancelled_before_its_planning_ends_returns_cancelled(
    qtbot, ctx, filled, tmp_path, gui_guard
) -> None:
    """import_rows answers a cancel that came before its commands (its first progress
    report, the planning) with a cancelled result, as it does during them: the dialog's
    callbacks run either way (a Cancelled raised out of it would reach neither)."""
    path = write_csv(tmp_path / "a.csv", ["Ny;Person;ny.person@firma.se;;"])
    dialog = open_dialog(qtbot, ctx, path, round_id=filled.round_ids[0])
    assert dialog.preview is not None
    cancelled = threading.Event()
    cancelled.set()
    op_ctx = OpContext(store=ctx.store, actor=filled.actor, engine=None, cancel_event=cancelled)
    with gui_guard.allowed():
        result = import_rows(
            op_ctx, rows=dialog.preview.rows, round_id=filled.round_ids[0], manager_id=None
        )
    assert result == ImportResult(cancelled=True)
    assert outbox(gui_guard, ctx) == []


@pytest.fixture
def chosen_file(monkeypatch, tmp_path) -> Path:  # type: ignore[no-untyped-def]
    """The file the user picks in the (native) file dialog."""
    path = write_csv(tmp_path / "vald.csv", ["Vald;Person;vald@firma.se;;"])
    monkeypatch.setattr(
        import_dialog.QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: (str(path), "")),
    )
    return path


def test_import_action_on_the_participants_tab_and_the_round_page(
    qtbot, ctx, filled, chosen_file
) -> None:
    view = ParticipantsView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.loaded)
    assert view.act_import.isEnabled() and view.act_import.shortcut().toString() == "Ctrl+I"
    view.act_import.trigger()
    dialog = view.last_dialog
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog._rounds_loaded)
    assert dialog.round.isEnabled() and dialog.round_id() is None  # the tab shows all rounds
    assert "Choose the round to import onto." in dialog.summary.text()
    dialog.close()

    page = RoundPage(ctx, filled.big_round_id)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loaded)
    # The big round is full (more registered than seats): the new one goes on its waiting list.
    assert int(page.numbers["registered"].value.text()) >= int(page.numbers["seats"].value.text())
    before = page.numbers["waiting_list"].value.text()
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.last_dialog
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    assert not dialog.round.isEnabled() and dialog.round.currentData() == filled.big_round_id
    with qtbot.waitSignal(page.participants.model.ids_loaded, timeout=20_000):
        dialog.import_button.click()
    after = str(int(before) + 1)
    qtbot.waitUntil(lambda: page.numbers["waiting_list"].value.text() == after, timeout=10_000)
