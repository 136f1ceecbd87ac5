"""The Alumni queue's detail pane shows the postal address and programme a registration's
form gave (issue 20, seed 001): side by side with the matched person's address, and for a
returning registered alumnus the new address proposed for staff to apply, in English and
Swedish. With ``KANSLI_SCREENSHOTS=DIR`` the pictures are saved there
(``alumni_address_en.png`` ...)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from desktop.alumni.options import LAST_FILTER
from models import AlumniRegistration, Person
from tests.desktop import test_alumni_labels
from tests.desktop.alumni_setup import outbox, queue_ids
from tests.desktop.conftest import read
from tests.desktop.test_alumni_screens import save

NEW = {"street": "Nya gatan 5", "postal_code": "413 01", "city": "Göteborg", "country": "SE"}
WORDS = {
    "en": (
        "Address",
        "The alumnus updates their details:",
        "Address: “Gamla vägen 1, 111 22 Stockholm, SE” on the profile, "
        "“Nya gatan 5, 413 01 Göteborg, SE” now (proposed)",
        "Programme",
    ),
    "sv": (
        "Adress",
        "Alumnen uppdaterar sina uppgifter:",
        "Adress: ”Gamla vägen 1, 111 22 Stockholm, SE” på profilen, "
        "”Nya gatan 5, 413 01 Göteborg, SE” nu (föreslagen)",
        "Program",
    ),
}


#: The queue's languages, as the status labels' tests switch them.
language = test_alumni_labels.language


def test_a_returning_alumnus_s_new_address_and_programme_are_shown_for_staff(
    qtbot, ctx, gui_guard, store, filled, tmp_path, language
) -> None:
    ctx.language = language
    item = filled.alumni_ids[9]  # has a person
    [(person_id,)] = read(
        gui_guard, store, "SELECT person_id FROM alumni_registration WHERE id = :i", i=item
    )
    with gui_guard.allowed(), store.session() as s:
        s.execute(
            update(Person)
            .where(Person.id == person_id)
            .values(street="Gamla vägen 1", postal_code="111 22", city="Stockholm", country="SE")
        )
        s.execute(
            update(AlumniRegistration)
            .where(AlumniRegistration.id == item)
            .values(
                status="approved_registered_alumnus",
                program="Civilingenjör datateknik",
                proposed=NEW,
                proposal_state="pending",
                decision_details={"mismatch": []},
                **NEW,
            )
        )
        s.commit()
    ctx.settings.set(LAST_FILTER, "")
    window, view = test_alumni_labels._queue(qtbot, ctx)
    qtbot.waitUntil(lambda: view.loaded and view.model.row_of(item) >= 0)
    view.select_id(item)
    pane = view.detail
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.row.id == item)
    qtbot.waitUntil(lambda: ctx.ops.idle)
    label, head, line, programme = WORDS[language]

    caption = next(
        w.text()
        for w in pane.findChildren(type(pane.title))
        if w.text() in (label, "Address", "Adress")
    )
    assert caption == label
    assert pane.cells[("address", 1)].text() == "Nya gatan 5, 413 01 Göteborg, SE"
    person_cell = pane.cells[("address", 2)]
    assert "Gamla vägen 1, 111 22 Stockholm, SE" in person_cell.text()
    assert person_cell.accessibleDescription()  # marked as differing, in words too
    assert pane.cells[("program", 1)].text() == "Civilingenjör datateknik"
    assert any(w.text() == programme for w in pane.findChildren(type(pane.title)))
    assert pane.mismatch.isVisible()
    assert head in pane.mismatch.text() and line in pane.mismatch.text()
    assert pane.apply_details.isVisible() and pane.discard_details.isVisible()
    save(window, tmp_path, f"alumni_address_{language}.png")

    pane.apply_details.click()  # applied here at once, queued for the server
    qtbot.waitUntil(lambda: len(outbox(gui_guard, store)) == 1)
    [queued] = outbox(gui_guard, store)
    assert queued["name"] == "alumni.review_proposal"
    [(street, postal, city)] = read(
        gui_guard,
        store,
        "SELECT street, postal_code, city FROM person WHERE id = :p",
        p=person_id,
    )
    assert (street, postal, city) == ("Nya gatan 5", "413 01", "Göteborg")
    qtbot.waitUntil(lambda: not pane.apply_details.isVisible())
    qtbot.waitUntil(lambda: ctx.ops.idle)
    window.close()
    QApplication.processEvents()


def test_a_queue_item_shows_the_address_the_form_gave(
    qtbot, ctx, gui_guard, store, filled, tmp_path
) -> None:
    item = queue_ids(gui_guard, store)[0]
    with gui_guard.allowed(), store.session() as s:
        s.execute(
            update(AlumniRegistration)
            .where(AlumniRegistration.id == item)
            .values(street="Storgatan 12 B", postal_code="223 50", city="Lund", country="SE")
        )
        s.commit()
    ctx.settings.set(LAST_FILTER, "queue")
    window, view = test_alumni_labels._queue(qtbot, ctx)
    qtbot.waitUntil(lambda: view.loaded and view.model.row_of(item) >= 0)
    view.select_id(item)
    pane = view.detail
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.row.id == item)
    assert pane.cells[("address", 1)].text() == "Storgatan 12 B, 223 50 Lund, SE"
    qtbot.waitUntil(lambda: ctx.ops.idle)
    window.close()
    QApplication.processEvents()
