"""The person profile: details, validation next to fields, edits as commands, undo,
e-mails and phones, timeline; and the person picker."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.people.picker import PersonPicker
from desktop.people.profile import PersonProfile, check_field
from tests.desktop.conftest import read


def open_profile(qtbot, ctx, person_id) -> PersonProfile:
    profile = PersonProfile(ctx, person_id)
    qtbot.addWidget(profile)
    profile.show()
    qtbot.waitUntil(lambda: profile.loaded)
    return profile


def test_shows_details_contact_registrations_and_timeline(
    qtbot, qtmodeltester, ctx, filled
) -> None:
    manager = filled.manager_ids[0]
    profile = open_profile(qtbot, ctx, manager)
    assert profile.name.text() == profile.profile.full_name
    assert "Chef" in profile.categories.text()
    assert "@" in profile.contact.text()
    assert profile.emails.rowCount() == 1
    assert profile.registrations.rowCount() > 0
    assert {r["role"] for r in profile.registrations.rows} == {"Approving manager"}
    assert profile.activities.rowCount() > 0
    for model in (profile.emails, profile.phones, profile.registrations, profile.activities):
        qtmodeltester.check(model)


def test_personnummer_check_digit_error_is_shown_next_to_the_field(qtbot, ctx, filled) -> None:
    profile = open_profile(qtbot, ctx, filled.participant_ids[0])
    qtbot.keyClicks(profile.editors["personnummer"], "19800101-1234")
    row = profile.rows["personnummer"]
    assert not row.message.isHidden()
    assert row.message.text() == "Personnummer has a wrong check digit"
    assert not profile.save_button.isEnabled()
    profile.editors["personnummer"].setText("19800101-1231")
    assert row.message.isHidden()
    assert profile.save_button.isEnabled()


def test_field_checks_in_words() -> None:
    assert check_field("first_name", " ") == "Must not be empty"
    assert check_field("birth_date", "2026-13-01") == "Write the date as YYYY-MM-DD"
    assert check_field("country", "Sverige") == "Two letters, such as SE"
    assert check_field("personnummer", "19800101-1231") is None


def test_save_is_a_person_edit_command_and_works_offline(qtbot, ctx, filled, gui_guard) -> None:
    pid = filled.participant_ids[1]
    profile = open_profile(qtbot, ctx, pid)
    profile.editors["title"].setText("Rektor")
    profile.editors["city"].setText("Umeå")
    with qtbot.waitSignal(ctx.ops.changed, timeout=5000):
        profile.save_button.click()
    assert "sent to the server when you are online" in profile.save_message.text()
    assert read(gui_guard, ctx.store, "SELECT title, city FROM person WHERE id=:i", i=pid)[0] == (
        "Rektor", "Umeå",
    )  # fmt: skip
    assert read(gui_guard, ctx.store, "SELECT name FROM outbox")[0][0] == "person.edit"
    qtbot.waitUntil(lambda: profile.pending.isVisible())


def test_undo_issues_the_inverse_edit(qtbot, ctx, filled, gui_guard) -> None:
    pid = filled.participant_ids[2]
    profile = open_profile(qtbot, ctx, pid)
    old_last = profile.editors["last_name"].text()
    profile.editors["last_name"].setText("Ekström")
    with qtbot.waitSignal(ctx.undo.changed, timeout=5000):
        profile.save()
    assert len(ctx.undo) == 1
    assert profile.undo_button.text().startswith("Undo edit of ")
    with qtbot.waitSignal(ctx.ops.changed, timeout=5000):
        profile.undo_button.click()
    name = read(gui_guard, ctx.store, "SELECT last_name FROM person WHERE id=:i", i=pid)[0][0]
    assert name == old_last
    assert [r[0] for r in read(gui_guard, ctx.store, "SELECT name FROM outbox ORDER BY seq")] == [
        "person.edit", "person.edit",
    ]  # fmt: skip
    qtbot.waitUntil(lambda: profile.editors["last_name"].text() == old_last)
    assert not profile.undo_button.isEnabled()


def test_add_email_validates_then_adds_and_undo_removes_it(qtbot, ctx, filled, gui_guard) -> None:
    pid = filled.participant_ids[3]
    profile = open_profile(qtbot, ctx, pid)
    qtbot.keyClicks(profile.new_email, "anna@@example.se")
    assert profile.email_row.message.text() == "E-mail address has more than one @"
    assert not profile.add_email_button.isEnabled()
    profile.new_email.setText("Anna.Privat@Example.se")
    assert profile.add_email_button.isEnabled()
    profile.add_email_button.click()
    qtbot.waitUntil(lambda: profile.emails.rowCount() == 2)
    assert "anna.privat@example.se" in {r["address"] for r in profile.emails.rows}
    with qtbot.waitSignal(ctx.ops.changed, timeout=5000):
        profile.undo()
    qtbot.waitUntil(lambda: profile.emails.rowCount() == 1)
    live = read(
        gui_guard, ctx.store,
        "SELECT count(*) FROM person_email WHERE person_id=:i AND deleted_at IS NULL", i=pid,
    )[0][0]  # fmt: skip
    assert live == 1


def test_add_phone_validates_swedish_numbers(qtbot, ctx, filled) -> None:
    profile = open_profile(qtbot, ctx, filled.participant_ids[4])
    before = profile.phones.rowCount()
    qtbot.keyClicks(profile.new_phone, "070-12")
    assert "too short" in profile.phone_row.message.text()
    assert not profile.add_phone_button.isEnabled()
    qtbot.keyClicks(profile.new_phone, "3 45 67")
    assert profile.add_phone_button.isEnabled()
    profile.add_phone_button.click()
    qtbot.waitUntil(lambda: profile.phones.rowCount() == before + 1)
    assert "+46701234567" in {r["number"] for r in profile.phones.rows}


def test_person_picker_finds_by_email_prefix_and_keyboard(qtbot, ctx, gui_guard) -> None:
    pid, address = read(
        gui_guard, ctx.store, "SELECT person_id, address FROM person_email LIMIT 1 OFFSET 20"
    )[0]
    picker = open_picker(qtbot, ctx, address.split("@")[0])
    qtmodel_ids = [r["id"] for r in picker.model.rows]
    assert pid in qtmodel_ids
    row = qtmodel_ids.index(pid)
    picker.search.setFocus()
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    picker.table.selectRow(row)
    with qtbot.waitSignal(picker.accepted):
        picker.ok.click()
    assert picker.person_id == pid


def open_picker(qtbot, ctx, search: str) -> PersonPicker:
    picker = PersonPicker(ctx, "Choose")
    qtbot.addWidget(picker)
    picker.show()
    picker.search.setText(search)
    picker.search.returnPressed.emit()
    qtbot.waitUntil(lambda: picker.model.rowCount() >= 1)
    return picker


def test_person_picker_says_when_it_shows_only_the_first_hits(qtbot, ctx, gui_guard) -> None:
    people = read(gui_guard, ctx.store, "SELECT count(*) FROM person WHERE deleted_at IS NULL")
    assert people[0][0] > 100  # every address ends in .se: every person matches "se"
    picker = open_picker(qtbot, ctx, "se")
    assert picker.model.rowCount() == 100
    assert picker.hint.text() == f"Showing 100 of {people[0][0]:,} — refine the search"
    # A search that finds fewer says nothing of the kind.
    picker.search.setText("Axelsson")
    picker.search.returnPressed.emit()
    qtbot.waitUntil(lambda: picker.model.rowCount() < 100)
    assert picker.hint.text() == ""


def test_person_picker_tells_namesakes_apart(qtbot, qtmodeltester, ctx, gui_guard) -> None:
    first, last = read(
        gui_guard, ctx.store,
        "SELECT first_name, last_name FROM person GROUP BY 1, 2 HAVING count(*) > 1 LIMIT 1",
    )[0]  # fmt: skip
    with gui_guard.allowed(), ctx.store.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE person SET birth_date = date('1960-01-01', '+' || (rowid % 30) || ' years') "
            "WHERE first_name = ? AND last_name = ?",
            (first, last),
        )
    expected = {
        (f"{first} {last}", str(year), org or "")
        for year, org in read(
            gui_guard, ctx.store,
            "SELECT CAST(strftime('%Y', p.birth_date) AS INTEGER), o.name FROM person p "
            "LEFT JOIN organisation o ON o.id = p.organisation_id "
            "WHERE p.first_name = :f AND p.last_name = :l",
            f=first, l=last,
        )
    }  # fmt: skip
    picker = open_picker(qtbot, ctx, f"{first} {last}")
    headers = [picker.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Name", "Born", "Organisation", "E-mail"]
    shown = {
        tuple(picker.model.index(r, c).data() for c in range(3))
        for r in range(picker.model.rowCount())
    }
    assert expected <= shown and len(expected) > 1
    qtmodeltester.check(picker.model)
