"""The participant import gives every imported person a category chosen in its dialog
(issue 15): in the import's one transaction, a new person and a known one alike."""

from __future__ import annotations

from desktop.participants.import_dialog import ImportDialog
from tests.desktop.conftest import read
from tests.desktop.test_import import open_dialog, outbox, write_csv


def test_every_imported_person_gets_the_category_chosen_for_all(
    qtbot, ctx, filled, tmp_path, gui_guard
) -> None:
    known, known_id = read(
        gui_guard, ctx.store,
        "SELECT e.address, e.person_id FROM person_email e WHERE e.person_id NOT IN "
        "(SELECT participant_id FROM registration WHERE round_id = :r) LIMIT 1",
        r=filled.big_round_id,
    )[0]  # fmt: skip
    path = write_csv(
        tmp_path / "alumner.csv",
        ["Klara;Nystrom;klara.nystrom@ny.se;;", f"Kand;Person;{known};;"],
    )
    dialog = open_dialog(qtbot, ctx, path, round_id=filled.big_round_id)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    qtbot.waitUntil(lambda: dialog.category.count() > 1)
    assert dialog.category.currentText() == "No category"
    dialog.category.setCurrentIndex(dialog.category.findText("Alumnus"))
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    assert outbox(gui_guard, ctx) == ["registration.import", "person.set_category_many"]
    holders = read(
        gui_guard, ctx.store,
        "SELECT p.id FROM person p JOIN person_category pc ON pc.person_id = p.id "
        "AND pc.deleted_at IS NULL JOIN category c ON c.id = pc.category_id "
        "AND c.key = 'alumnus' JOIN registration r ON r.participant_id = p.id "
        "AND r.round_id = :r",
        r=filled.big_round_id,
    )  # fmt: skip
    (new_id,) = read(
        gui_guard, ctx.store,
        "SELECT person_id FROM person_email WHERE address = 'klara.nystrom@ny.se'",
    )[0]  # fmt: skip
    assert {new_id, known_id} <= {h for (h,) in holders}
    assert dialog.result() == ImportDialog.DialogCode.Accepted


def test_without_a_category_the_import_gives_none(qtbot, ctx, filled, tmp_path, gui_guard) -> None:
    path = write_csv(tmp_path / "lista.csv", ["Olof;Sund;olof.sund@ny.se;;"])
    dialog = open_dialog(qtbot, ctx, path, round_id=filled.big_round_id)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    assert outbox(gui_guard, ctx) == ["registration.import"]


def test_a_kategori_column_gives_each_row_its_category_and_an_unknown_one_is_an_error(
    qtbot, ctx, filled, tmp_path, gui_guard
) -> None:
    path = tmp_path / "kategorier.csv"
    path.write_text(
        "Förnamn;Efternamn;E-post;Kategori\n"
        "Klara;Nystrom;klara@ny.se;alumnus\n"  # by its key, another case
        "Olof;Sund;olof@ny.se;Chef\n"  # by its name
        "Per;Lund;per@ny.se;\n",  # none
        encoding="utf-8",
    )
    dialog = open_dialog(qtbot, ctx, path, round_id=filled.big_round_id)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    assert outbox(gui_guard, ctx) == [
        "registration.import",
        "person.set_category_many",
        "person.set_category_many",
    ]
    given = read(
        gui_guard, ctx.store,
        "SELECT e.address, c.key FROM person_email e JOIN person_category pc "
        "ON pc.person_id = e.person_id AND pc.deleted_at IS NULL "
        "JOIN category c ON c.id = pc.category_id "
        "WHERE e.address IN ('klara@ny.se', 'olof@ny.se', 'per@ny.se') ORDER BY 1",
    )  # fmt: skip
    assert given == [("klara@ny.se", "alumnus"), ("olof@ny.se", "manager")]

    unknown = tmp_path / "okand.csv"
    unknown.write_text(
        "Förnamn;Efternamn;E-post;Kategori\nGreta;Holm;greta@ny.se;Styrelsen\n", encoding="utf-8"
    )
    second = open_dialog(qtbot, ctx, unknown, round_id=filled.big_round_id)
    problems = [(r["row"], r["field"], r["reason"]) for r in second.problems_model.rows]
    assert problems == [
        (
            2,
            "Category",
            "No category “Styrelsen” in Kansli: add it in Edit › Person categories first.",
        )
    ]
    assert not second.import_button.isEnabled()
