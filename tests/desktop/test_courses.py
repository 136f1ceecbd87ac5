"""The Courses tab and a round's page: search, filters, key numbers, sign-up form, actions."""

from __future__ import annotations

import re

from desktop.courses import view as courses_view
from desktop.courses.round_page import RoundPage
from desktop.courses.view import CoursesView
from desktop.participants.dialogs import AddRegistrationDialog
from tests.desktop.conftest import hold_the_database, pdf_pages_text, read


def make_courses(qtbot, ctx) -> CoursesView:
    view = CoursesView(ctx)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    qtbot.waitUntil(lambda: view.loaded)
    return view


def test_models_pass_the_qt_model_tester(qtbot, qtmodeltester, ctx) -> None:
    view = make_courses(qtbot, ctx)
    qtmodeltester.check(view.courses)
    qtmodeltester.check(view.rounds)


def test_lists_courses_and_all_rounds_with_key_numbers(qtbot, ctx, filled, gui_guard) -> None:
    view = make_courses(qtbot, ctx)
    assert view.courses.rowCount() == 12
    assert view.rounds.rowCount() == 36
    big = view.rounds.row_at(view.rounds.row_of(filled.big_round_id))
    expected = read(
        gui_guard, ctx.store,
        "SELECT sum(status='registered'), sum(status='registered' AND approved_at IS NOT NULL), "
        "sum(status='registered' AND approved_at IS NULL AND approval_requested_at IS NOT NULL) "
        "FROM registration WHERE round_id = :r",
        r=filled.big_round_id,
    )[0]  # fmt: skip
    assert (big["registered"], big["approved"], big["waiting"]) == expected
    assert "0 course" not in view.count_label.text()


def test_every_rounds_key_numbers_agree_with_the_registrations(qtbot, ctx, gui_guard) -> None:
    """The counts read from the Participants list's sort keys are the registrations' own,
    for every status (kept in step by the local index's triggers)."""
    ids = [r[0] for r in read(gui_guard, ctx.store, "SELECT id FROM registration ORDER BY id")]
    with gui_guard.allowed(), ctx.store.engine.begin() as conn:
        for n, status in enumerate(("waiting", "offered", "review", "cancelled")):
            for rid in ids[n * 7 : n * 7 + 5]:
                conn.exec_driver_sql(
                    "UPDATE registration SET status = ? WHERE id = ?", (status, rid)
                )
        conn.exec_driver_sql(
            "UPDATE registration SET deleted_at = '2026-01-01T00:00:00+00:00' WHERE id = ?",
            (ids[40],),
        )
    view = make_courses(qtbot, ctx)
    keys = ("registered", "approved", "waiting", "not_requested", "cancelled", "waiting_list",
            "review")  # fmt: skip
    shown = {
        row["id"]: tuple(row[k] for k in keys)
        for row in (view.rounds.row_at(n) for n in range(view.rounds.rowCount()))
    }
    expected = read(
        gui_guard, ctx.store,
        "SELECT cr.id, count(r.id) FILTER (WHERE r.status = 'registered'), "
        "count(r.id) FILTER (WHERE r.status = 'registered' AND r.approved_at IS NOT NULL), "
        "count(r.id) FILTER (WHERE r.status = 'registered' AND r.approved_at IS NULL "
        "  AND r.approval_requested_at IS NOT NULL), "
        "count(r.id) FILTER (WHERE r.status = 'registered' AND r.approved_at IS NULL "
        "  AND r.approval_requested_at IS NULL), "
        "count(r.id) FILTER (WHERE r.status = 'cancelled'), "
        "count(r.id) FILTER (WHERE r.status IN ('waiting', 'offered')), "
        "count(r.id) FILTER (WHERE r.status = 'review') "
        "FROM course_round cr LEFT JOIN registration r "
        "  ON r.round_id = cr.id AND r.deleted_at IS NULL GROUP BY cr.id",
    )  # fmt: skip
    assert shown == {r[0]: tuple(r[1:]) for r in expected if r[0] in shown}
    assert sum(n[-1] for n in shown.values()) == 5 and sum(n[-2] for n in shown.values()) == 10


def test_search_and_term_filter_run_in_sql(qtbot, ctx) -> None:
    view = make_courses(qtbot, ctx)
    view.search.setText("projekt")
    view.loaded = False
    view.search.returnPressed.emit()
    qtbot.waitUntil(lambda: view.courses.rowCount() == 1 and view.loaded)
    assert view.courses.row_at(0)["name"] == "Projektledning"
    view.search.clear()
    qtbot.waitUntil(lambda: view.courses.rowCount() == 12)
    qtbot.waitUntil(lambda: view.term.count() == 4)
    view.term.setCurrentIndex(view.term.findData("HT2026"))
    view.loaded = False
    view.term.activated.emit(view.term.currentIndex())
    qtbot.waitUntil(lambda: view.loaded and view.rounds.rowCount() == 12)
    assert {r["term"] for r in view.rounds.rows} == {"HT2026"}


def test_typing_a_search_reads_only_for_the_newest_text(qtbot, ctx, monkeypatch) -> None:
    """Search as you type: the reads a newer keystroke makes stale (the courses, the rounds,
    the count of sign-ups for review) never run while the database is busy."""
    view = make_courses(qtbot, ctx)
    qtbot.waitUntil(lambda: ctx.ops.idle)
    counted: list[str] = []
    searched: list[str] = []
    original_count, original_load = courses_view.review_count, courses_view.load_courses

    def counting(c):  # type: ignore[no-untyped-def]
        counted.append(view.search.text())
        return original_count(c)

    def loading(c, **kwargs):  # type: ignore[no-untyped-def]
        searched.append(kwargs["search"])
        return original_load(c, **kwargs)

    monkeypatch.setattr(courses_view, "review_count", counting)
    monkeypatch.setattr(courses_view, "load_courses", loading)
    release = hold_the_database(ctx.ops)
    view.search.setFocus()
    for typed_so_far in ("p", "pr", "pro"):
        qtbot.keyClicks(view.search, typed_so_far[-1])
        qtbot.waitUntil(lambda t=typed_so_far: view.search._last == t)
    release.set()
    qtbot.waitUntil(lambda: ctx.ops.idle, timeout=10_000)
    assert searched == ["pro"] and len(counted) == 1
    assert [r["name"] for r in view.courses.rows] == ["Projektledning"]


def test_selecting_a_course_shows_its_rounds_and_status_filter(qtbot, ctx) -> None:
    view = make_courses(qtbot, ctx)
    view.course_table.selectRow(0)
    qtbot.waitUntil(lambda: view.rounds.rowCount() == 3)
    assert view.rounds_title.text().startswith("Rounds of ")
    view.status.setCurrentIndex(view.status.findData("open"))
    view.status.activated.emit(view.status.currentIndex())
    qtbot.waitUntil(lambda: view.rounds.rowCount() == 1)
    assert view.rounds.row_at(0)["status"] == "open"


def test_enter_on_a_round_opens_its_page(qtbot, ctx, filled) -> None:
    view = make_courses(qtbot, ctx)
    row = view.rounds.row_of(filled.big_round_id)
    view.round_table.selectRow(row)
    view.round_table.setFocus()
    with qtbot.waitSignal(view.open_round) as blocker:
        view.open_action.trigger()
    assert blocker.args == [filled.big_round_id]


def make_page(qtbot, ctx, round_id) -> RoundPage:
    page = RoundPage(ctx, round_id)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitUntil(lambda: page.loaded and page.participants.model.loaded)
    return page


def test_round_page_key_numbers_and_participants(qtbot, ctx, filled) -> None:
    page = make_page(qtbot, ctx, filled.big_round_id)
    info = page.info
    assert info.name == "Projektledning HT2026"
    assert page.numbers["registered"].value.text() == str(info.counts["registered"])
    assert info.counts["registered"] + info.counts["cancelled"] == 120
    assert page.participants.model.rowCount() == 120


def test_round_page_shows_the_sign_up_form(qtbot, qtmodeltester, ctx, filled) -> None:
    page = make_page(qtbot, ctx, filled.big_round_id)
    assert page.elements.rowCount() == 6
    qtmodeltester.check(page.elements)
    html = page.form_preview.toPlainText()
    assert "Godkännande chef" in html and "Anmälan: Projektledning" in html
    assert "○ Vegetarisk / ○ Vegansk / ○ Ingen" in html  # the choice's options, not its JSON
    assert page.form_state.text() == "Published"


def test_round_without_form_says_so(qtbot, ctx, filled) -> None:
    page = make_page(qtbot, ctx, filled.round_ids[0])
    assert page.elements.rowCount() == 0
    assert "No sign-up form" in page.form_state.text()


def test_add_registration_of_a_new_person_updates_the_page(qtbot, ctx, filled, gui_guard) -> None:
    page = make_page(qtbot, ctx, filled.big_round_id)
    before = page.participants.model.rowCount()
    dialog = AddRegistrationDialog(ctx, filled.big_round_id, "Projektledning HT2026")
    qtbot.addWidget(dialog)
    dialog.new.setChecked(True)
    qtbot.keyClicks(dialog.first, "Greta")
    dialog.last.setText("Nyström")  # QTest types ASCII only
    qtbot.keyClicks(dialog.email, "greta@example")
    assert not dialog.ok.isEnabled() and "dot in the domain" in dialog.email_hint.text()
    qtbot.keyClicks(dialog.email, ".se")
    assert dialog.ok.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.ok.click()
    qtbot.waitUntil(lambda: page.participants.model.rowCount() == before + 1)
    names = read(gui_guard, ctx.store, "SELECT name FROM outbox ORDER BY seq")
    assert [n[0] for n in names] == ["person.create", "registration.create"]


def test_send_approval_requests_for_the_round(qtbot, ctx, filled) -> None:
    page = make_page(qtbot, ctx, filled.big_round_id)
    assert page.request_button.isEnabled()
    page.request_approvals()
    qtbot.waitUntil(lambda: page.last_dialog is not None)
    dialog = page.last_dialog
    qtbot.waitUntil(lambda: len(dialog.plan) > 0)
    waiting = page.info.counts["waiting"] + page.info.counts["not_requested"]
    assert len(dialog.plan) == waiting
    dialog.reject()


def test_attendance_sheet_pdf_of_the_round(qtbot, ctx, filled, tmp_path) -> None:
    page = make_page(qtbot, ctx, filled.big_round_id)
    target = tmp_path / "närvaro.pdf"
    page.save_pdf(target)
    qtbot.waitUntil(lambda: getattr(page, "pdf_path", None) == target, timeout=10_000)
    pages = pdf_pages_text(target)
    assert len(pages) == page.pdf_pages >= 5
    for n, text in enumerate(pages, start=1):
        assert "Projektledning HT2026" in text
        assert f"Page {n} of {len(pages)}" in text
        assert "Signature" in text
    # Numbered blank rows for walk-ins follow the participants: between five and eight.
    last_number = max(int(m) for m in re.findall(r"^\s*(\d+)\s*$", pages[-1], re.M))
    assert 5 <= last_number - page.info.counts["registered"] <= 8


def test_participant_list_pdf_of_the_round(qtbot, ctx, filled, tmp_path) -> None:
    page = make_page(qtbot, ctx, filled.big_round_id)
    target = tmp_path / "deltagarlista.pdf"
    page.save_pdf(target, "list")
    qtbot.waitUntil(lambda: getattr(page, "pdf_path", None) == target, timeout=10_000)
    pages = pdf_pages_text(target)
    assert all("Participant list" in p and "Status" in p for p in pages)
    assert "Signature" not in pages[0]
