"""What an import does to people and organisations already in Kansli, in the import
dialog on a real local store (issue 25, issue 21 item 9): a known person gets the file's
phone or organisation only when they have none, and the preview says so (or that theirs
is kept); organisations the file names that are not found are offered for creation and
created; after the import a report says who was new or known and who was left out, by
row number."""

# ruff: noqa: F811  (the fixtures of the end-to-end tests, imported, are the tests' arguments)
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.participants.import_dialog import ImportDialog
from tests.desktop.conftest import read
from tests.desktop.test_import import open_dialog
from tests.desktop.test_import_end_to_end import (  # noqa: F401  (fixtures)
    csv_file,
    filled,
    filled_template,
    store,
    swedish,
)

NEW_ORG = "Helt Nytt Bolag AB"


def _people(gui_guard, ctx, filled, target: str) -> tuple[tuple[str, ...], ...]:  # type: ignore[no-untyped-def]
    """Two people not on ``target``: (email, first, last) of one stripped of phone and
    organisation, then one with phone +46709999999 and an organisation; and that
    organisation's name and another organisation's name."""
    rows = read(
        gui_guard, ctx.store,
        "SELECT p.id, e.address, p.first_name, p.last_name FROM person p "
        "JOIN person_email e ON e.person_id = p.id WHERE p.id NOT IN "
        "(SELECT participant_id FROM registration WHERE round_id = :r) "
        "AND p.id NOT IN (SELECT approving_manager_id FROM registration "
        "WHERE approving_manager_id IS NOT NULL) ORDER BY p.id LIMIT 2",
        r=target,
    )  # fmt: skip
    (org_a, name_a), (org_b, name_b) = read(
        gui_guard, ctx.store, "SELECT id, name FROM organisation ORDER BY name LIMIT 2"
    )
    (bare, *bare_rest), (full, *full_rest) = rows
    with gui_guard.allowed(), ctx.store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM person_phone WHERE person_id IN (?, ?)", (bare, full))
        conn.exec_driver_sql("UPDATE person SET organisation_id = NULL WHERE id = ?", (bare,))
        conn.exec_driver_sql("UPDATE person SET organisation_id = ? WHERE id = ?", (org_b, full))
        conn.exec_driver_sql(
            "INSERT INTO person_phone (id, tenant_id, person_id, number, kind, is_primary, "
            "position, updated_at) SELECT 'phone-full', tenant_id, id, '+46709999999', "
            "'mobile', 1, 0, updated_at "
            "FROM person WHERE id = ?",
            (full,),
        )
    return (bare, *bare_rest), (full, *full_rest), (org_a, name_a), (org_b, name_b)


def _file(tmp_path: Path, bare, full, name_a: str) -> Path:  # type: ignore[no-untyped-def]
    return csv_file(
        tmp_path / "deltagare.csv",
        [["Förnamn", "Efternamn", "E-post", "Telefon", "Organisation"],
         [bare[2], bare[3], bare[1], "070-123 45 67", name_a],
         [full[2], full[3], full[1], "070-111 11 11", name_a],
         ["Ny", "Person", "ny.person@firma.se", "", NEW_ORG]],
    )  # fmt: skip


def test_known_people_get_only_what_they_lack_and_unknown_organisations_are_created(
    qtbot, ctx, filled, tmp_path, gui_guard
) -> None:
    target = next(r for r in filled.round_ids if r != filled.big_round_id)
    bare, full, (org_a, name_a), (_org_b, name_b) = _people(gui_guard, ctx, filled, target)
    dialog = open_dialog(qtbot, ctx, _file(tmp_path, bare, full, name_a), round_id=target)

    what = [r["what"] for r in dialog.rows_model.rows]
    assert what[0].endswith(f" · phone +46701234567 added · organisation set: {name_a}")
    assert what[1].endswith(
        " · keeps their phone +46709999999, not the file's +46701111111"
        f" · keeps their organisation {name_b}, not the file's {name_a}"
    )
    assert what[2] == f"New person (organisation {NEW_ORG} will be created)"
    assert dialog.create_organisations.isVisibleTo(dialog)
    assert dialog.create_organisations.isChecked()
    assert dialog.create_organisations.text() == (
        f"Create the 1 organisation the file names that Kansli does not know: {NEW_ORG}"
    )
    assert f"1 organisation will be created: {NEW_ORG}" in dialog.summary.text()

    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()

    def one(sql: str, **kw: object) -> object:
        return read(gui_guard, ctx.store, sql, **kw)[0][0]

    phones = "SELECT group_concat(number) FROM person_phone WHERE person_id = :p"
    org_of = "SELECT organisation_id FROM person WHERE id = :p"
    assert (one(phones, p=bare[0]), one(org_of, p=bare[0])) == ("+46701234567", org_a)
    assert one(phones, p=full[0]) == "+46709999999"
    assert one(org_of, p=full[0]) == _org_b
    new_org = one("SELECT id FROM organisation WHERE name = :n", n=NEW_ORG)
    assert one(org_of, p=one("SELECT person_id FROM person_email WHERE address = :a",
                             a="ny.person@firma.se")) == new_org  # fmt: skip
    names = [n for (n,) in read(gui_guard, ctx.store, "SELECT name FROM outbox ORDER BY seq")]
    assert names[:3] == ["organisation.create", "person.add_phone", "person.edit"]

    report = dialog.report
    assert isinstance(report, QMessageBox) and report.isVisible()
    assert report.text() == dialog.done_text
    assert report.informativeText().split("\n") == [
        "New to Kansli (1): rows 4",
        "Already in Kansli (2): rows 2–3",
        "Phone added to the person (1): rows 2",
        "Organisation set on the person (1): rows 2",
        "The person's own phone kept, the file's not imported (1): rows 3",
        "The person's own organisation kept, the file's not imported (1): rows 3",
        f"Organisations created (1): {NEW_ORG}",
    ]
    report.close()


def test_organisations_not_found_stay_empty_when_the_offer_is_declined(
    qtbot, ctx, filled, tmp_path, gui_guard
) -> None:
    target = next(r for r in filled.round_ids if r != filled.big_round_id)
    bare, full, (_org_a, name_a), _b = _people(gui_guard, ctx, filled, target)
    dialog = open_dialog(qtbot, ctx, _file(tmp_path, bare, full, name_a), round_id=target)
    with qtbot.waitSignal(dialog.checked, timeout=20_000):
        dialog.create_organisations.setChecked(False)
    assert dialog.rows_model.rows[2]["what"] == "New person (organisation not found, left empty)"
    assert "will be created" not in dialog.summary.text()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    assert read(gui_guard, ctx.store, "SELECT count(*) FROM organisation WHERE name = :n",
                n=NEW_ORG) == [(0,)]  # fmt: skip
    assert dialog.report is not None
    assert "Organisations created" not in dialog.report.informativeText()  # type: ignore[attr-defined]
    dialog.report.close()


def test_the_preview_and_the_report_are_in_swedish(
    qtbot, ctx, filled, tmp_path, gui_guard, swedish
) -> None:
    target = next(r for r in filled.round_ids if r != filled.big_round_id)
    bare, full, (_org_a, name_a), (_org_b, name_b) = _people(gui_guard, ctx, filled, target)
    dialog: ImportDialog = open_dialog(
        qtbot, ctx, _file(tmp_path, bare, full, name_a), round_id=target
    )
    what = [r["what"] for r in dialog.rows_model.rows]
    assert what[0].endswith(
        f" · telefonnummer +46701234567 läggs till · organisation anges: {name_a}"
    )
    assert what[1].endswith(
        " · behåller sitt telefonnummer +46709999999, inte filens +46701111111"
        f" · behåller sin organisation {name_b}, inte filens {name_a}"
    )
    assert what[2] == f"Ny person (organisationen {NEW_ORG} skapas)"
    assert f"1 organisation skapas: {NEW_ORG}" in dialog.summary.text()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    assert dialog.report is not None
    lines = dialog.report.informativeText().split("\n")  # type: ignore[attr-defined]
    assert lines[:2] == ["Nya i Kansli (1): rad 4", "Fanns redan i Kansli (2): rad 2–3"]
    assert lines[-1] == f"Organisationer som skapades (1): {NEW_ORG}"
    dialog.report.close()
