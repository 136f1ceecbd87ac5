"""Reports › Returning participants… (issue 19) over a real filled client store: the rows
per course and per category with the returning share per term, the "came from" and
"came back" detail of the row chosen, the chart, the print sheet, the XLSX export's
contents, opened from the main window's menu, and a merge counted again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from desktop.courses.returning import ReturningWindow
from desktop.operations import Changes
from models.courses import Course, CourseRound, Registration
from models.ids import new_id
from models.people import Person
from tests.desktop.conftest import make_window

TANGO = "Tango (test)"


def add_tango(guard, store, filled) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Tango 1 in HT2026 (Anna, Bo), Tango 2 in VT2027 (Anna, Cia): Anna returns from
    Tango 1; Bo's duplicate took Tango 2 too (not merged yet)."""
    tid = filled.tenant_id
    ids: dict[str, str] = {}
    with guard.allowed(), store.session() as s:
        for code, name, term, day in (
            ("T1", "Tango 1", "HT2026", date(2026, 9, 1)),
            ("T2", "Tango 2", "VT2027", date(2027, 1, 20)),
        ):
            course = Course(id=new_id(), tenant_id=tid, code=code, name=name, category=TANGO)
            round_ = CourseRound(
                id=new_id(),
                tenant_id=tid,
                course_id=course.id,
                name=f"{name} {term}",
                term=term,
                starts_on=day,
            )
            s.add_all([course, round_])
            ids[code], ids[f"{code}r"] = course.id, round_.id
        for who in ("Anna", "Bo", "Bo2", "Cia"):
            person = Person(id=new_id(), tenant_id=tid, first_name=who, last_name="Tango")
            s.add(person)
            ids[who] = person.id
        s.flush()
        for round_key, who in (("T1r", "Anna"), ("T1r", "Bo"), ("T2r", "Anna"), ("T2r", "Cia")):
            s.add(
                Registration(
                    id=new_id(),
                    tenant_id=tid,
                    round_id=ids[round_key],
                    participant_id=ids[who],
                )
            )
        s.add(
            Registration(id=new_id(), tenant_id=tid, round_id=ids["T2r"], participant_id=ids["Bo2"])
        )
    return ids


def open_report(qtbot, ctx) -> ReturningWindow:  # type: ignore[no-untyped-def]
    window = ReturningWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.loaded)
    return window


def row_of(window: ReturningWindow, name: str) -> int:
    at = [r["name"] for r in window.model.rows].index(name)
    return at


def cell(window: ReturningWindow, name: str, header: str) -> str:
    headers = window.headers()
    return str(window.model.data(window.model.index(row_of(window, name), headers.index(header))))


def test_the_report_per_course_and_category_with_its_detail_and_export(
    qtbot, qtmodeltester, ctx, store, filled, gui_guard, tmp_path: Path
) -> None:
    ids = add_tango(gui_guard, store, filled)
    window = open_report(qtbot, ctx)
    qtmodeltester.check(window.model)
    headers = window.headers()
    # Terms in the order of time (VT2026 < HT2026 < VT2027), every term's column after the name.
    assert headers[0] == "Course" and headers[-1] == "All terms"
    terms = headers[1:-1]
    assert terms.index("VT2026") < terms.index("HT2026") < terms.index("VT2027")
    assert cell(window, "Tango 1", "HT2026") == "0 of 2 (0 %)"
    # Tango 2 in VT2027: Anna returns (from Tango 1), Cia and Bo's duplicate are new.
    assert cell(window, "Tango 2", "VT2027") == "1 of 3 (33 %)"
    assert window.model.rows[-1]["name"] == "All courses"

    window.table.selectRow(row_of(window, "Tango 2"))
    assert window.came_from_rows() == [["Tango 1", *([None] * (len(terms) - 1)), 1, 1]]
    assert window.came_from.item(0, 0).text() == "Tango 1"
    # Tango 1's cohort: of Anna and Bo, Anna took part in VT2027.
    window.table.selectRow(row_of(window, "Tango 1"))
    [(term, participants, *later)] = window.came_back_rows()
    assert (term, participants, later[terms.index("VT2027")]) == ("HT2026", 2, 1)
    assert {s.name() for s in window.chart.series()} == {"Tango 1", "All courses"}

    # Per category: one row for the category, the same person counted once per term.
    window.group_choice.setCurrentIndex(window.group_choice.findData("category"))
    assert window.headers()[0] == "Category"
    assert cell(window, TANGO, "VT2027") == "1 of 3 (33 %)"
    assert window.table.chosen_row() is not None  # a row is chosen for the detail

    # The export: numbers per term (participants, returning, share), the rows shown.
    path = tmp_path / "returning.xlsx"
    future = window.export_to(path)
    qtbot.waitUntil(future.done)
    assert future.result() == len(window.model.rows)
    sheet = load_workbook(path).active
    values = [[c.value for c in r] for r in sheet.iter_rows()]
    at = values[0].index("VT2027 participants")
    assert values[0][0] == "Category"
    assert values[0][at : at + 3] == ["VT2027 participants", "VT2027 returning", "VT2027 share"]
    [tango] = [r for r in values if r[0] == TANGO]
    assert tango[at : at + 3] == [3, 1, 0.3333]
    qtbot.waitUntil(lambda: window.message.text() == "Saved returning.xlsx.")

    # The print sheet: the rows as shown.
    spec = window.print_spec()
    assert spec.columns[0].title == "Category"
    assert any(r["c0"] == TANGO and "1 of 3 (33 %)" in r.values() for r in spec.rows)

    # Bo's duplicate merged into Bo: counted again, now as returning (Bo took Tango 1).
    with gui_guard.allowed(), store.session() as s:
        duplicate = s.get(Person, ids["Bo2"])
        assert duplicate is not None
        duplicate.merged_into_id = ids["Bo"]
    window.loaded = False
    ctx.ops.notify(Changes.everything())
    qtbot.waitUntil(lambda: window.loaded)
    assert cell(window, TANGO, "VT2027") == "2 of 3 (67 %)"


def test_the_menu_opens_the_report_in_swedish(qtbot, ctx, swedish) -> None:
    main = make_window(qtbot, ctx)
    assert main.act_returning.text() == "Å&terkommande deltagare…"
    main.act_returning.trigger()
    window = main.returning_window
    assert isinstance(window, ReturningWindow)
    qtbot.waitUntil(lambda: window.loaded)
    assert window.windowTitle() == "Återkommande deltagare"
    assert window.headers()[0] == "Kurs"
    assert main.show_returning() is window  # one at a time
