"""Importing participant files end to end, through the import dialog on a real local store:
an exported list imports again (issue 25 item 6), people are found by personnummer
(item 5), the preview names every problem by row and column in the user's language
(items 8, 9 and the minor ones), and against the real server a file that passed the
preview syncs without a refusal."""

from __future__ import annotations

import shutil
import string
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QMainWindow

from desktop import local_index
from desktop.i18n import Translations
from desktop.participants import import_dialog
from desktop.participants.export import export_participants
from desktop.participants.import_dialog import ImportDialog
from desktop.participants.import_ops import CHECK_MESSAGES, ImportResult, reason_text
from desktop.participants.query import ParticipantQuery
from devtools.client_data import Filled, fill
from models.errors import ValidationError
from models.importing import read_header
from sync.store import ClientStore
from tests.alumni.builders import personnummer
from tests.alumni.test_student_records_import import write_xlsx
from tests.desktop.conftest import read
from tests.desktop.live_web import in_thread, signed_in, web_server
from tests.desktop.test_import import open_dialog
from tests.models.import_corpus import READABLE, hidden_rows
from tests.sync.helpers import PASSWORD, new_account, server_session
from tests.utils.servers import LiveServer


def csv_file(path: Path, rows: list[list[str]]) -> Path:
    """A CSV file as Excel writes it on a Swedish Windows (";", cp1252 unless it cannot)."""
    text = "".join(";".join(row) + "\r\n" for row in rows)
    path.write_bytes(text.encode("utf-8-sig"))
    return path


@pytest.fixture(scope="module")
def filled_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Filled]:
    """The filled client store (conftest's ``filled``), made once for this module's tests."""
    path = tmp_path_factory.mktemp("import-store") / "client.db"
    store = ClientStore(path)
    data = fill(store)
    local_index.prepare(store)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path, data


@pytest.fixture
def store(filled_template, tmp_path: Path, gui_guard) -> Iterator[ClientStore]:  # type: ignore[no-untyped-def]
    """A copy of the filled store for one test (conftest's ``ctx`` opens the app on it)."""
    target = tmp_path / "client.db"
    shutil.copyfile(filled_template[0], target)
    with gui_guard.allowed():
        copy = ClientStore(target)
    yield copy
    with gui_guard.allowed():
        copy.close()


@pytest.fixture
def filled(filled_template, store: ClientStore) -> Filled:  # type: ignore[no-untyped-def]
    return filled_template[1]


def problems(dialog: ImportDialog) -> list[tuple[object, str, str]]:
    return [(r["row"], r["field"], r["reason"]) for r in dialog.problems_model.rows]


# -- an exported list imports again -----------------------------------------------------


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_exported_participant_list_imports_again(
    qtbot, ctx, filled, tmp_path, gui_guard, suffix
) -> None:
    source = filled.big_round_id
    people = read(
        gui_guard, ctx.store,
        "SELECT p.id, r.approving_manager_id FROM registration r "
        "JOIN person p ON p.id = r.participant_id WHERE r.round_id = :r AND r.deleted_at IS NULL",
        r=source,
    )  # fmt: skip
    with gui_guard.allowed(), ctx.store.engine.begin() as conn:  # personnummer for a few
        for i, (pid, _m) in enumerate(people[:5]):
            conn.exec_driver_sql(
                "UPDATE person SET personnummer = ? WHERE id = ?",
                (personnummer(date(1980 + i, 1, 1)), pid),
            )
    path = tmp_path / f"deltagare{suffix}"
    written: list[int] = []
    export_participants(parent=None, query=ParticipantQuery(round_id=source), path=path).success(
        written.append
    ).run(ctx.ops)
    qtbot.waitUntil(lambda: bool(written), timeout=20_000)
    assert written == [len(people)]

    target = next(r for r in filled.round_ids if r != source)
    dialog = open_dialog(qtbot, ctx, path, round_id=target)
    preview = dialog.preview
    assert preview is not None
    assert preview.problems == [], preview.problems[:3]
    assert len(preview.rows) == len(people)
    assert "Round" in preview.unknown_columns and "Status" in preview.unknown_columns
    # The export's own list columns are named as such, not as unknown.
    note = dialog.ignored_note.text()
    assert "Read-only columns of a Kansli export, not imported: “Round”, “Status”" in note
    assert "Kansli does not know them" not in note
    # Every value the import reads is the one in Kansli: the same people, by e-mail.
    by_id = {pid: m for pid, m in people}
    expected = {
        row[0]: row[1:]
        for row in read(
            gui_guard, ctx.store,
            "SELECT e.address, p.first_name, p.last_name, p.personnummer, "
            "(SELECT number FROM person_phone ph WHERE ph.person_id = p.id "
            " AND ph.deleted_at IS NULL ORDER BY ph.is_primary DESC, ph.position LIMIT 1), "
            "(SELECT address FROM person_email me WHERE me.person_id = r.approving_manager_id "
            " AND me.deleted_at IS NULL ORDER BY me.is_primary DESC, me.position LIMIT 1) "
            "FROM registration r JOIN person p ON p.id = r.participant_id "
            "JOIN person_email e ON e.person_id = p.id AND e.is_primary "
            "WHERE r.round_id = :r AND r.deleted_at IS NULL",
            r=source,
        )
    }  # fmt: skip
    got = {
        r.email: (r.first_name, r.last_name, r.personnummer, r.phone, r.manager_email)
        for r in preview.rows
    }
    assert got == expected
    assert sum(1 for r in preview.rows if r.personnummer) == 5
    for row in dialog.rows_model.rows:
        match = preview.matches.people[row["row"]]
        assert match.person_id in by_id and match.by == "email"
        if row["row"] not in preview.matches.registered:
            assert row["what"] == f"Existing person: {match.name} (matched by e-mail)"

    already = {preview.matches.people[n].person_id for n in preview.matches.registered}
    with qtbot.waitSignal(dialog.imported, timeout=60_000) as done:
        dialog.import_button.click()
    assert (done.args[0].new_people, done.args[0].registrations) == (0, len(people) - len(already))
    on_target = dict(
        read(
            gui_guard, ctx.store,
            "SELECT participant_id, approving_manager_id FROM registration "
            "WHERE round_id = :r AND deleted_at IS NULL",
            r=target,
        )
    )  # fmt: skip
    # Each on the target round with the manager they had: the manager column linked them.
    assert {pid: on_target[pid] for pid, _ in people if pid not in already} == {
        pid: manager for pid, manager in people if pid not in already
    }


# -- files as offices make them (the reader's corpus) import exactly ---------------------


@pytest.mark.parametrize("make", READABLE, ids=lambda m: m.__name__)
def test_every_readable_corpus_file_imports_exactly_its_rows(
    qtbot, ctx, filled, tmp_path, gui_guard, make
) -> None:
    sample = make()
    assert sample.rows is not None
    path = tmp_path / sample.name
    path.write_bytes(sample.data)
    target = next(r for r in filled.round_ids if r != filled.big_round_id)
    dialog = open_dialog(qtbot, ctx, path, round_id=target)
    preview = dialog.preview
    assert preview is not None
    columns, _unknown, _duplicate = read_header(sample.rows[0])
    first, last, email = (columns[f] for f in ("first_name", "last_name", "email"))
    # A line break inside a name is refused (one line, as the server says); the rest imports.
    broken = [n for n, row in enumerate(sample.rows[1:], start=2)
              if "\n" in row[first] + row[last]]  # fmt: skip
    assert [(p.row, p.reason) for p in preview.problems] == [
        (n, "must be on one line") for n in broken
    ]
    if broken:
        return
    assert [(r.first_name, r.last_name, r.email) for r in preview.rows] == [
        (row[first], row[last], row[email]) for row in sample.rows[1:]
    ]
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as done:
        dialog.import_button.click()
    assert done.args[0].registrations == len(sample.rows) - 1
    emails = [row[email] for row in sample.rows[1:]]
    on_round = read(
        gui_guard, ctx.store,
        "SELECT e.address FROM registration r JOIN person_email e "
        "ON e.person_id = r.participant_id WHERE r.round_id = :r",
        r=target,
    )  # fmt: skip
    assert set(emails) <= {a for (a,) in on_round}


# -- found by personnummer; problems by row and column, in Swedish ------------------------


@pytest.fixture
def swedish() -> Iterator[None]:
    translations = Translations()
    assert translations.install("sv")
    try:
        yield
    finally:
        assert translations.install("en")


def test_a_known_personnummer_with_a_new_address_is_that_person_in_the_preview(
    qtbot, ctx, filled, tmp_path, gui_guard
) -> None:
    pid = filled.participant_ids[3]
    number = personnummer(date(1990, 1, 1))
    with gui_guard.allowed(), ctx.store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE person SET personnummer = ? WHERE id = ?", (number, pid))
    ((first, last),) = read(
        gui_guard, ctx.store, "SELECT first_name, last_name FROM person WHERE id = :p", p=pid
    )
    path = write_xlsx(
        tmp_path / "pnr.xlsx",
        [["Förnamn", "Efternamn", "E-postadress", "Personnummer"],
         [first, last, "helt.ny.adress@firma.se", f"{number[2:8]}\u2013{number[8:]}"]],
    )  # fmt: skip
    target = next(r for r in filled.round_ids if r != filled.big_round_id)
    dialog = open_dialog(qtbot, ctx, path, round_id=target)
    (row,) = dialog.rows_model.rows
    assert row["what"] == (
        f"Existing person: {first} {last} (matched by personnummer; "
        "adds e-mail helt.ny.adress@firma.se)"
    )
    assert "0 new to Kansli" in dialog.summary.text()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    addresses = read(
        gui_guard, ctx.store, "SELECT address FROM person_email WHERE person_id = :p", p=pid
    )
    assert ("helt.ny.adress@firma.se",) in addresses
    assert read(gui_guard, ctx.store, "SELECT count(*) FROM person WHERE personnummer = :n",
                n=number) == [(1,)]  # fmt: skip


def test_every_message_of_the_import_has_its_swedish_text(swedish) -> None:
    for template in sorted(CHECK_MESSAGES):
        names = [n for _, n, _, _ in string.Formatter().parse(template) if n]
        error = ValidationError(template, params={n: "X" for n in names} or None)
        text = reason_text(error)
        assert text != error.message, template  # translated, values filled in
        assert "{" not in text and ("X" in text or not names), text
    limit = ValidationError("At most {limit} rows can be imported at once", params={"limit": 20000})
    assert reason_text(limit) == "Högst 20000 rader kan importeras på en gång"


def test_every_problem_is_named_by_row_and_column_in_swedish(
    qtbot, ctx, filled, tmp_path, gui_guard, swedish
) -> None:
    chef = read(
        gui_guard, ctx.store,
        "SELECT address FROM person_email WHERE person_id = :m", m=filled.manager_ids[0],
    )[0][0]  # fmt: skip
    path = csv_file(
        tmp_path / "fel.csv",
        [
            ["Förnamn", "Efternamn", "E-post", "Chef e-post", "Avdelning", "Mejl"],
            ["Anna", "Berg", "mailto:anna.berg@firma.se", chef, "Ekonomi", ""],  # fine
            ["B" * 101, "Berg", "b@firma.se", "", "", ""],  # too long
            ["Cilla\x00", "Berg", "c@firma.se", "", "", ""],  # a NUL
            ["Dan", '"Ny\nrad"', "d@firma.se", "", "", ""],  # a line break in a name
            ["Eva", "Ek", "eva@firma.se", "okand.chef@firma.se", "", ""],  # unknown manager
        ],
    )
    dialog = open_dialog(qtbot, ctx, path, round_id=filled.big_round_id)
    assert problems(dialog) == [
        (3, "Förnamn", "Cellen ”Förnamn” är längre än 100 tecken"),
        (4, "Förnamn", "innehåller ett osynligt styrtecken (U+0000)"),
        (5, "Efternamn", "måste stå på en rad"),
        (6, "Chef e-post", "Ingen i Kansli eller i filen har e-postadressen okand.chef@firma.se"),
    ]
    assert dialog.summary.text().startswith("Filen har 4 fel.")
    note = dialog.ignored_note.text()
    assert "Kolumner som inte läses (Kansli känner inte till dem): ”Avdelning”" in note
    assert "Kolumner som inte läses (en tidigare kolumn betyder samma sak): ”Mejl”" in note
    assert not dialog.import_button.isEnabled()

    missing = write_xlsx(tmp_path / "saknas.xlsx", [["Förnamn", "E-post"], ["Anna", "a@firma.se"]])
    dialog = open_dialog(qtbot, ctx, missing, round_id=filled.big_round_id)
    assert problems(dialog) == [
        (1, "Efternamn", "Kolumnen ”Efternamn” saknas. Första raden måste ange kolumnernas namn, "
                         "till exempel ”Förnamn”, ”Efternamn” och ”E-post”."),
    ]  # fmt: skip
    # Said in full above the list too (the list's cell may be too narrow for it).
    assert dialog.summary.text() == problems(dialog)[0][2]


# -- against the real server -----------------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = in_thread(web_server, tmp_path_factory.mktemp("import"))
    yield live
    in_thread(live.stop)


def _round_on_server(db_url: str) -> tuple[str, str]:
    from datetime import date

    from models.courses import Course, CourseRound
    from models.ids import new_id

    account = new_account(db_url)
    with server_session(db_url) as s:
        course = Course(id=new_id(), tenant_id=account.tenant_id, code="IMP", name="Import")
        s.add(course)
        s.flush()
        round_ = CourseRound(
            id=new_id(), tenant_id=account.tenant_id, course_id=course.id, name="Import HT26",
            term="HT2026", starts_on=date(2026, 9, 1), ends_on=date(2026, 12, 1),
            terms_text="Villkor.", terms_version="1",
        )  # fmt: skip
        s.add(round_)
    return account.email, round_.id


def _registrations_on_server(db_url: str, round_id: str) -> int:
    from sqlalchemy import func, select

    from models.courses import Registration

    with server_session(db_url) as s:
        q = select(func.count()).select_from(Registration).where(Registration.round_id == round_id)
        return int(s.scalar(q) or 0)


def test_a_file_refused_in_the_preview_imports_nothing_and_a_good_one_syncs_whole(
    qtbot, server, settings, tmp_path, gui_guard
) -> None:
    email, round_id = in_thread(_round_on_server, server.db_url)
    with signed_in(server.url, email, PASSWORD, tmp_path / "c.db", settings) as (ctx, _s):
        bad = csv_file(
            tmp_path / "nul.csv",
            [["Förnamn", "Efternamn", "E-post"],
             ["Anna", "Berg", "anna@firma.se"], ["Nul\x00l", "Berg", "nul@firma.se"]],
        )  # fmt: skip
        dialog = open_dialog(qtbot, ctx, bad, round_id=round_id)
        assert problems(dialog) == [
            (3, "First name", "contains an invisible control character (U+0000)")
        ]
        assert not dialog.import_button.isEnabled()
        dialog.start_import()  # refused while the file has errors
        assert in_thread(ctx.engine.store.pending_count) == 0

        rows: list[list[object]] = [
            [f"Per{i}", "Lund" * 25, f"per{i}@firma.se", "070-123 45 67", ""] for i in range(40)
        ]
        rows.append(["Åsa", "Öberg", "mailto:asa@firma.se", "", personnummer(date(1985, 12, 24))])
        good = write_xlsx(
            tmp_path / "bra.xlsx",
            [["First name", "Last name", "E-mail", "Phone", "Personnummer"], *rows],
        )
        dialog = open_dialog(qtbot, ctx, good, round_id=round_id)
        assert dialog.preview is not None and dialog.preview.ok
        with qtbot.waitSignal(dialog.imported, timeout=30_000):
            dialog.import_button.click()
        report = in_thread(ctx.engine.sync_once)
        assert (report.applied, report.rejected) == (1, 0)  # one registration.import
        assert in_thread(ctx.engine.store.pending_count) == 0
    count = in_thread(_registrations_on_server, server.db_url, round_id)
    assert count == 41  # everything the preview passed, the server took


def _managers_on_server(db_url: str, round_id: str) -> dict[str, str | None]:
    """Participant e-mail -> approving manager's e-mail, of the round's registrations."""
    from sqlalchemy import select
    from sqlalchemy.orm import aliased

    from models.courses import Registration
    from models.people import PersonEmail

    manager = aliased(PersonEmail)
    with server_session(db_url) as s:
        q = (
            select(PersonEmail.address, manager.address)
            .join(Registration, Registration.participant_id == PersonEmail.person_id)
            .outerjoin(manager, manager.person_id == Registration.approving_manager_id)
            .where(Registration.round_id == round_id)
        )
        return {str(a): (str(m) if m else None) for a, m in s.execute(q)}


def test_a_file_of_several_commands_syncs_whole_with_its_manager_made_first(
    qtbot, server, settings, tmp_path, gui_guard
) -> None:
    """300 rows are two ``registration.import`` commands; the last row's manager is a new
    person of the file, made by the first command although the file lists them last."""
    email, round_id = in_thread(_round_on_server, server.db_url)
    with signed_in(server.url, email, PASSWORD, tmp_path / "c.db", settings) as (ctx, _s):
        rows = [["Ny", f"Person{i}", f"ny{i}@firma.se", ""] for i in range(298)]
        rows.append(["Cilla", "Chef", "cilla@firma.se", ""])
        rows.append(["Per", "Lund", "per@firma.se", "cilla@firma.se"])
        path = csv_file(
            tmp_path / "stor.csv", [["Förnamn", "Efternamn", "E-post", "Chef e-post"], *rows]
        )
        dialog = open_dialog(qtbot, ctx, path, round_id=round_id)
        assert dialog.preview is not None and dialog.preview.ok
        with qtbot.waitSignal(dialog.imported, timeout=60_000):
            dialog.import_button.click()
        queued = in_thread(ctx.engine.store.outbox)
        assert [e.name for e in queued] == ["registration.import"] * 2
        report = in_thread(ctx.engine.sync_once)
        assert (report.applied, report.rejected) == (2, 0)
        assert in_thread(ctx.engine.store.pending_count) == 0
        local = read(
            gui_guard,
            ctx.store,
            "SELECT count(*) FROM registration WHERE round_id = :r",
            r=round_id,
        )[0][0]
    on_server = in_thread(_managers_on_server, server.db_url, round_id)
    assert len(on_server) == local == 300
    assert on_server["per@firma.se"] == "cilla@firma.se"
    assert on_server["ny0@firma.se"] is None


# -- what the clerk sees: only importable rows listed, who each is, what was done -------------


def test_the_preview_lists_only_importable_rows_and_says_who_each_person_is(
    qtbot, ctx, filled, tmp_path, gui_guard
) -> None:
    target = next(r for r in filled.round_ids if r != filled.big_round_id)
    on_target = {p for (p,) in read(
        gui_guard, ctx.store, "SELECT participant_id FROM registration WHERE round_id = :r",
        r=target,
    )}  # fmt: skip
    (known, known_name), (by_pnr, pnr_name), (on_round, on_round_name) = [
        (pid, " ".join(read(gui_guard, ctx.store,
                            "SELECT first_name, last_name FROM person WHERE id = :p", p=pid)[0]))
        for pid in (
            next(p for p in filled.participant_ids if p not in on_target),
            [p for p in filled.participant_ids if p not in on_target][1],
            next(iter(on_target)),
        )
    ]  # fmt: skip
    number = personnummer(date(1991, 2, 3))
    with gui_guard.allowed(), ctx.store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE person SET personnummer = ? WHERE id = ?", (number, by_pnr))

    def address(pid: str) -> str:
        sql = "SELECT address FROM person_email WHERE person_id = :p"
        return str(read(gui_guard, ctx.store, sql, p=pid)[0][0])

    path = csv_file(
        tmp_path / "deltagare.csv",
        [
            ["Förnamn", "Efternamn", "E-post", "Personnummer", "Chef e-post"],
            ["Märta", "Sjöberg", address(known), "", ""],  # another name in the file
            ["Eva", "Ek", "eva.ek@firma.se", "", "okand.chef@firma.se"],  # an error
            [*pnr_name.split(" ", 1), "ny.adress@firma.se", number, ""],  # adds an address
            [*on_round_name.split(" ", 1), address(on_round), "", ""],  # already on the round
            ["Ny", "Person", "ny.person@firma.se", "", ""],
        ],
    )
    dialog = open_dialog(qtbot, ctx, path, round_id=target)
    assert [(p[0], p[1]) for p in problems(dialog)] == [(3, "Manager e-mail")]
    what = {r["row"]: r["what"] for r in dialog.rows_model.rows}
    assert what == {
        2: f"Existing person: {known_name} (matched by e-mail; the file says Märta Sjöberg)",
        4: f"Existing person: {pnr_name} (matched by personnummer; "
           "adds e-mail ny.adress@firma.se)",
        5: f"{on_round_name} is already on this round: skipped",
        6: "New person",
    }  # fmt: skip
    assert dialog.tabs.tabText(0) == "Participants (4)"
    assert dialog.tabs.tabText(1) == "Errors (1)"
    # The personnummer the file gives is shown (this user may read it).
    pnr_col = [c.key for c in import_dialog.ROW_COLUMNS].index("personnummer")
    assert not dialog.rows_table.isColumnHidden(pnr_col)
    assert {r["row"]: r["personnummer"] for r in dialog.rows_model.rows}[4] == number
    # Columns the file leaves empty are not shown; "In Kansli" has room on a 1366 × 768 screen.
    keys = [c.key for c in import_dialog.ROW_COLUMNS]
    table = dialog.rows_table
    assert table.isColumnHidden(keys.index("phone"))
    assert table.isColumnHidden(keys.index("organisation"))
    dialog.resize(1093, 614)  # 80 % of 1366 × 768
    dialog.show()
    dialog.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: table.viewport().width() > 1000)
    what_col = keys.index("what")
    assert table.viewport().width() - table.columnViewportPosition(what_col) >= 450


def test_after_the_import_the_window_says_what_was_done(
    qtbot, ctx, filled, tmp_path, gui_guard
) -> None:
    def address(on_round: str) -> str:  # "IN" or "NOT IN" the big round
        sql = (
            f"SELECT address FROM person_email WHERE person_id {on_round} "
            "(SELECT participant_id FROM registration WHERE round_id = :r) LIMIT 1"
        )
        return str(read(gui_guard, ctx.store, sql, r=filled.big_round_id)[0][0])

    elsewhere, on_round = address("NOT IN"), address("IN")
    path = csv_file(
        tmp_path / "bra.csv",
        [["Förnamn", "Efternamn", "E-post"], ["Ny", "Person", "ny.person@firma.se"],
         ["Ny", "Till", "ny.till@firma.se"], ["Känd", "Person", elsewhere],
         ["På", "Omgången", on_round]],
    )  # fmt: skip
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    dialog = ImportDialog(ctx, round_id=filled.big_round_id, parent=window)
    with qtbot.waitSignal(dialog.checked, timeout=20_000):
        dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    assert window.statusBar().currentMessage() == (
        "3 registrations added to the round, to be synced: 2 new to Kansli, "
        "1 already in Kansli, 1 already on the round, skipped."
    )


def test_the_import_result_is_said_in_swedish(qtbot, ctx, swedish) -> None:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.result_text(ImportResult(registrations=1, new_people=1)) == (
        "1 registrering lagd till på omgången, synkas sedan: 1 ny i Kansli."
    )
    assert dialog.result_text(
        ImportResult(registrations=28, new_people=26, existing_people=2, left_out=2)
    ) == (
        "28 registreringar lagda till på omgången, synkas sedan: 26 nya i Kansli, "
        "2 fanns redan i Kansli, 2 redan på omgången, hoppades över."
    )


def test_the_dialog_fits_the_screen(qtbot, ctx) -> None:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    free = dialog.screen().availableGeometry()
    assert dialog.width() <= free.width() and dialog.height() <= free.height()
    assert dialog.width() >= min(1040, free.width())
    assert dialog.width() >= min(int(free.width() * 0.8), 1600) - 1


def test_a_column_name_in_the_notes_is_not_broken_at_its_hyphen(
    qtbot, ctx, filled, tmp_path, gui_guard
) -> None:
    path = csv_file(
        tmp_path / "kolumner.csv",
        [["Förnamn", "Efternamn", "E-post", "Godkänt via e-post"], ["Ny", "Ek", "n@f.se", "ja"]],
    )
    dialog = open_dialog(qtbot, ctx, path, round_id=filled.big_round_id)
    note = dialog.ignored_note.text()
    assert "Columns not read (Kansli does not know them): “Godkänt via e-\u2060post”" in note
    # Narrow enough to wrap: no line ends inside the column's name.
    dialog.ignored_note.setFixedWidth(dialog.ignored_note.fontMetrics().horizontalAdvance(
        "Columns not read (Kansli does not know them): “Godkänt via e-"
    ) + 4)  # fmt: skip
    layout = QTextLayout(note, dialog.ignored_note.font())
    layout.beginLayout()
    ends = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(dialog.ignored_note.width())
        ends.append(note[line.textStart() : line.textStart() + line.textLength()].rstrip())
    layout.endLayout()
    assert not any(end.endswith("e-") for end in ends), ends


def test_a_swedish_exports_own_columns_are_named_as_such_in_swedish(
    qtbot, ctx, filled, tmp_path, gui_guard, swedish
) -> None:
    path = csv_file(
        tmp_path / "export.csv",
        [["Förnamn", "Efternamn", "E-post", "Utbildningsomgång", "Status", "Skapad", "Avdelning"],
         ["Ny", "Ek", "ny.ek@firma.se", "Ledarskap VT26", "Godkänd", "2026-01-02", "Ekonomi"]],
    )  # fmt: skip
    dialog = open_dialog(qtbot, ctx, path, round_id=filled.big_round_id)
    assert dialog.ignored_note.text().splitlines()[1:] == [
        "Kolumner från en export ur Kansli som bara visar uppgifter och inte importeras: "
        "”Utbildningsomgång”, ”Status”, ”Skapad”",
        "Kolumner som inte läses (Kansli känner inte till dem): ”Avdelning”",
    ]


def test_the_preview_warns_when_the_round_will_be_over_its_seats(
    qtbot, ctx, filled, tmp_path, gui_guard
) -> None:
    ((registered,),) = read(
        gui_guard, ctx.store,
        "SELECT count(*) FROM registration WHERE round_id = :r AND deleted_at IS NULL "
        "AND status IN ('registered', 'offered')",
        r=filled.big_round_id,
    )  # fmt: skip
    with gui_guard.allowed(), ctx.store.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE course_round SET seats = ? WHERE id = ?", (registered + 1, filled.big_round_id)
        )
    rows = [["Förnamn", "Efternamn", "E-post"]]
    rows += [["Ny", f"Person{i}", f"ny{i}@firma.se"] for i in range(3)]
    dialog = open_dialog(
        qtbot, ctx, csv_file(tmp_path / "tre.csv", rows), round_id=filled.big_round_id
    )
    warning = (
        f"Seats on the round: {registered + 1}. 2 participants of the file will go on its "
        "waiting list"
    )
    qtbot.waitUntil(lambda: warning in dialog.summary.text())
    assert dialog.summary.text() == f"3 participants to import · 3 new to Kansli · {warning}"
    assert dialog.import_button.isEnabled()  # a warning: the ones over the seats wait

    rows = [["Förnamn", "Efternamn", "E-post"], ["Ny", "Person", "ny@firma.se"]]
    dialog = open_dialog(
        qtbot, ctx, csv_file(tmp_path / "en.csv", rows), round_id=filled.big_round_id
    )
    qtbot.waitUntil(lambda: dialog._seats is not None)
    assert dialog.summary.text() == "1 participant to import · 1 new to Kansli"


def test_a_row_hidden_in_the_workbook_is_marked_in_the_preview(
    qtbot, ctx, filled, tmp_path, gui_guard
) -> None:
    sample = hidden_rows()
    path = tmp_path / sample.name
    path.write_bytes(sample.data)
    dialog = open_dialog(qtbot, ctx, path, round_id=filled.big_round_id)
    what = {r["row"]: r["what"] for r in dialog.rows_model.rows}
    assert what == {
        2: "New person",
        3: "New person · hidden in the workbook",
        4: "New person",
    }
