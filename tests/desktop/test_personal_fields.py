"""Personal fields for roles that may not read them (issue 13, models.visibility).

A course administrator's profile shows, instead of the personnummer and birth date, a plain
hint that only administrators and alumni officers see them; no command they save names
those fields. A participant file with a personnummer column imports for them without it,
said once in the preview, instead of being refused. An administrator still sees and edits
both (the control).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QLineEdit

from desktop import local_index
from desktop.context import AppContext
from desktop.i18n import Translations
from desktop.participants.export import export_participants
from desktop.participants.import_dialog import ROW_COLUMNS, ImportDialog
from desktop.participants.query import ParticipantQuery
from desktop.people.profile import PersonProfile
from devtools.client_data import Filled, fill
from models.ids import new_id
from models.tenancy import Role
from server.db import migrate
from server.services.database import Database
from sync.store import ClientStore
from tests.desktop.conftest import OpErrors, make_ctx, read
from tests.server.conftest import api_settings
from tests.server.helpers import World, cmd, make_world
from tests.utils.servers import InProcessServer

PNR = "198112189876"
BIRTH = "1981-12-18"
ISSUED = "2026-11-25T10:00:00+00:00"
PNR_HINT = "Only administrators and alumni officers see personal identity numbers"
BIRTH_HINT = "Only administrators and alumni officers see birth dates"


def _context(store: ClientStore, data: Filled, settings) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    context = make_ctx(store, data, settings)
    errors = OpErrors()
    context.ops.error_occurred.connect(lambda label, exc: errors.append((label, exc)))
    yield context
    context.ops.shutdown(wait=True)
    if errors:
        pytest.fail(f"operation failed: {errors[0][0]}: {errors[0][1]!r}", pytrace=False)


def _filled(store: ClientStore, gui_guard, roles: frozenset[str]) -> Filled:  # type: ignore[no-untyped-def]
    with gui_guard.allowed():
        data = fill(store, participants=40, big_round=10, roles=roles)
        local_index.prepare(store)
        with store.engine.begin() as conn:
            # As if the value were in the local database (it is not pulled for these
            # roles): the profile must not show it whatever the database holds.
            conn.exec_driver_sql(
                "UPDATE person SET personnummer = ?, birth_date = ? WHERE id = ?",
                (PNR, BIRTH, data.participant_ids[0]),
            )
    return data


@pytest.fixture
def course_admin(store, gui_guard, settings) -> Iterator[tuple[AppContext, Filled]]:  # type: ignore[no-untyped-def]
    data = _filled(store, gui_guard, frozenset({Role.COURSE_ADMIN}))
    for context in _context(store, data, settings):
        yield context, data


@pytest.fixture
def admin(store, gui_guard, settings) -> Iterator[tuple[AppContext, Filled]]:  # type: ignore[no-untyped-def]
    data = _filled(store, gui_guard, frozenset({Role.ADMIN}))
    for context in _context(store, data, settings):
        yield context, data


def open_profile(qtbot, ctx: AppContext, person_id: str) -> PersonProfile:  # type: ignore[no-untyped-def]
    profile = PersonProfile(ctx, person_id)
    qtbot.addWidget(profile)
    profile.show()
    qtbot.waitUntil(lambda: profile.loaded)
    return profile


def outbox(gui_guard, ctx: AppContext) -> list[tuple[str, dict]]:  # type: ignore[no-untyped-def,type-arg]
    rows = read(gui_guard, ctx.store, "SELECT name, args FROM outbox ORDER BY seq")
    return [(name, json.loads(args)) for name, args in rows]


# -- the profile ----------------------------------------------------------------------------


def test_course_admin_profile_shows_a_hint_instead_of_personnummer_and_birth_date(
    qtbot, course_admin, tmp_path
) -> None:
    ctx, data = course_admin
    profile = open_profile(qtbot, ctx, data.participant_ids[0])
    assert {"personnummer", "birth_date"} <= profile.unreadable
    assert "personnummer" not in profile.editors and "birth_date" not in profile.editors
    assert profile.hints["personnummer"].text() == PNR_HINT
    assert profile.hints["birth_date"].text() == BIRTH_HINT
    assert profile.hints["personnummer"].isVisible() and profile.hints["birth_date"].isVisible()
    texts = [e.text() for e in profile.findChildren(QLineEdit)]
    assert not any(PNR in t or BIRTH in t for t in texts)
    # The other fields stay editable for a course administrator.
    assert not profile.editors["title"].isReadOnly()  # type: ignore[attr-defined]
    profile.grab().save(str(tmp_path / "profile_course_admin.png"))


def test_course_admin_save_builds_no_command_naming_personal_fields(
    qtbot, course_admin, gui_guard
) -> None:
    ctx, data = course_admin
    pid = data.participant_ids[0]
    profile = open_profile(qtbot, ctx, pid)
    # What a save is made of never holds them, typed or not.
    assert not {"personnummer", "birth_date"} & set(profile.current_values())
    assert profile.changes() == {}
    profile.editors["title"].setText("Rektor")  # type: ignore[attr-defined]
    assert set(profile.changes()) == {"title"}
    with qtbot.waitSignal(ctx.ops.changed, timeout=5000):
        profile.save_button.click()
    [(name, args)] = outbox(gui_guard, ctx)
    assert name == "person.edit"
    assert set(args["changes"]) == {"title"}
    assert read(gui_guard, ctx.store, "SELECT title FROM person WHERE id = :i", i=pid) == [
        ("Rektor",)
    ]
    assert profile.save_message.text().startswith("Saved")


def test_admin_profile_still_shows_and_edits_personnummer_and_birth_date(
    qtbot, admin, gui_guard
) -> None:
    ctx, data = admin
    profile = open_profile(qtbot, ctx, data.participant_ids[0])
    assert profile.unreadable == set() and profile.hints == {}
    assert profile.editors["personnummer"].text() == PNR  # type: ignore[attr-defined]
    assert profile.editors["birth_date"].text() == BIRTH  # type: ignore[attr-defined]
    profile.editors["birth_date"].setText("1981-12-19")  # type: ignore[attr-defined]
    with qtbot.waitSignal(ctx.ops.changed, timeout=5000):
        profile.save_button.click()
    [(name, args)] = outbox(gui_guard, ctx)
    assert (name, set(args["changes"])) == ("person.edit", {"birth_date"})


def test_the_hint_is_in_swedish(qtbot, course_admin) -> None:
    ctx, data = course_admin
    translations = Translations()
    try:
        assert translations.install("sv")
        profile = open_profile(qtbot, ctx, data.participant_ids[0])
        assert profile.hints["personnummer"].text() == (
            "Endast administratörer och alumnihandläggare ser personnummer"
        )
        assert profile.hints["birth_date"].text() == (
            "Endast administratörer och alumnihandläggare ser födelsedatum"
        )
    finally:
        assert translations.install("en")


# -- the participant import ----------------------------------------------------------------

HEADER = "Förnamn;Efternamn;E-post;Personnummer\n"


def write_csv(path: Path, lines: list[str]) -> Path:
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def open_import(qtbot, ctx: AppContext, path: Path, round_id: str) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(ctx, round_id=round_id)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.checked, timeout=20_000):
        dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog._rounds_loaded)
    return dialog


NOTE = (
    "The file's Personnummer column is not imported: only administrators and alumni officers "
    "may see or change it. The participants are imported without it."
)


def test_course_admin_imports_a_file_with_personnummer_without_it_said_once(
    qtbot, course_admin, tmp_path, gui_guard
) -> None:
    ctx, data = course_admin
    path = write_csv(
        tmp_path / "deltagare.csv",
        [
            f"Stina;Ek;stina.ek@firma.se;{PNR}",
            "Per;Lund;per.lund@firma.se;19800101-1234",  # a wrong check digit: not read either
            "Ada;Berg;ada.berg@firma.se;",
        ],
    )
    dialog = open_import(qtbot, ctx, path, data.round_ids[0])
    assert dialog.problems_model.rows == []
    assert dialog.ignored_note.isVisible()
    notes = dialog.ignored_note.text().splitlines()
    assert notes.count(NOTE) == 1  # once, for the file, not per row (besides how it was read)
    # Nor is a personnummer column shown in the preview.
    pnr_column = [c.key for c in ROW_COLUMNS].index("personnummer")
    assert dialog.rows_table.isColumnHidden(pnr_column)
    assert {r["personnummer"] for r in dialog.rows_model.rows} == {""}
    assert dialog.summary.text().startswith("3 participants to import")
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as done:
        dialog.import_button.click()
    assert done.args[0].new_people == 3
    creates = [
        row["person"]
        for name, args in outbox(gui_guard, ctx)
        if name == "registration.import"
        for row in args["rows"]
        if row.get("person")
    ]
    assert len(creates) == 3
    assert all(args.get("personnummer") is None for args in creates)
    stored = read(
        gui_guard, ctx.store,
        "SELECT p.personnummer, p.birth_date FROM person p JOIN person_email e "
        "ON e.person_id = p.id WHERE e.address LIKE '%@firma.se'",
    )  # fmt: skip
    assert stored == [(None, None)] * 3


def test_admin_import_still_reads_and_checks_the_personnummer_column(
    qtbot, admin, tmp_path, gui_guard
) -> None:
    ctx, data = admin
    path = write_csv(
        tmp_path / "deltagare.csv",
        [f"Stina;Ek;stina.ek@firma.se;{PNR}", "Per;Lund;per.lund@firma.se;19800101-1234"],
    )
    dialog = open_import(qtbot, ctx, path, data.round_ids[0])
    assert "Personnummer" not in dialog.ignored_note.text()  # read, and checked
    assert [(r["row"], r["field"]) for r in dialog.problems_model.rows] == [(3, "Personnummer")]
    assert not dialog.import_button.isEnabled()


# -- the participants export -------------------------------------------------------------


@pytest.mark.parametrize(("who", "has_column"), [("course_admin", False), ("admin", True)])
def test_the_export_has_a_personnummer_column_only_for_who_may_read_it(
    qtbot, request, tmp_path, who, has_column
) -> None:
    ctx, _data = request.getfixturevalue(who)
    path = tmp_path / "deltagare.xlsx"
    done: list[int] = []
    export_participants(parent=None, query=ParticipantQuery(), path=path).success(done.append).run(
        ctx.ops
    )
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    sheet = load_workbook(path).active
    headers = [c.value for c in sheet[1]]
    assert ("Personnummer" in headers) is has_column
    values = {str(c.value) for row in sheet.iter_rows(min_row=2) for c in row}
    assert (f"{PNR[:8]}-{PNR[8:]}" in values) is has_column


# -- what the import sends, over HTTP to the real server (SQLite and PostgreSQL) ------------


@pytest.fixture
def server_world(server_db_url: str, gui_guard) -> Iterator[World]:  # type: ignore[no-untyped-def]
    with gui_guard.allowed():
        migrate(server_db_url)
        settings = api_settings(server_db_url)
        db = Database(server_db_url)
        server = InProcessServer(settings, db).start()
    try:
        with gui_guard.allowed():
            world = make_world(server.url, db, settings, "imp")
        yield world
    finally:
        with gui_guard.allowed():
            server.stop()
            db.dispose()


def test_the_course_admins_import_is_applied_by_the_server(
    qtbot, course_admin, server_world, tmp_path, gui_guard
) -> None:
    ctx, data = course_admin
    path = write_csv(
        tmp_path / "deltagare.csv",
        [f"Stina;Ek;stina.ek@firma.se;{PNR}", "Ada;Berg;ada.berg@firma.se;"],
    )
    dialog = open_import(qtbot, ctx, path, data.round_ids[0])
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    rows = read(
        gui_guard, ctx.store,
        "SELECT command_id, name, version, args FROM outbox "
        "WHERE name = 'registration.import' ORDER BY seq",
    )  # fmt: skip
    sent = [
        {"id": i, "name": n, "version": v, "args": json.loads(a), "issued_at": ISSUED}
        for i, n, v, a in rows
    ]
    with gui_guard.allowed():
        # The round the import goes onto, on the server too (the local store is the
        # fixture's own data).
        course_id = new_id()
        made = server_world.push(
            cmd("course.create", course_id=course_id, code="IMP1", name="Import"),
            cmd("round.create", round_id=sent[0]["args"]["round_id"], course_id=course_id,
                name="Import HT", starts_on="2026-12-01", ends_on="2026-12-02", place="Umeå"),
            role=Role.COURSE_ADMIN,
        )  # fmt: skip
        assert [r["status"] for r in made] == ["applied", "applied"], made
        results = server_world.push(*sent, role=Role.COURSE_ADMIN)
        # What the import built before (the file's personnummer in a new person): the
        # server refuses it for a course administrator, naming the field.
        [import_cmd] = sent
        row = import_cmd["args"]["rows"][0]
        person = {**row["person"], "person_id": new_id(), "personnummer": PNR}
        old_row = {**row, "registration_id": new_id(), "participant_id": person["person_id"],
                   "person": person}  # fmt: skip
        old_form = {**import_cmd, "id": new_id(), "args": {**import_cmd["args"], "rows": [old_row]}}
        [refused] = server_world.push(old_form, role=Role.COURSE_ADMIN)
    assert [r["status"] for r in results] == ["applied"], results
    assert [p["personnummer"] for p in results[0]["rows"]["person"]] == [None, None]
    assert (refused["status"], refused["code"]) == ("rejected", "forbidden")
    assert refused["details"]["field"] == "personnummer"
