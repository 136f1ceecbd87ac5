"""Reports › Activity grants (LOK-stöd)… (issue 19) on generated attendance, against a
count made by hand: two counted activities, and one session that does not count for each
reason of the check report, in words (English and Swedish); the export's columns and
rows (XLSX and CSV)."""

from __future__ import annotations

import csv
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest

from desktop.presence.grants import EXPORT_HEADERS, GrantsWindow
from desktop.printing.sheet import write_pdf
from models.attendance import Attendance, CheckInHow, attendance_id
from models.courses import Course, CourseRound, RoundSession
from models.ids import new_id
from models.people import Person
from tests.desktop.conftest import pdf_pages_text

SHOTS = Path("/tmp/shots/h12")


def made(gui_guard, store, tenant_id: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Two groups (football and handball), their leaders, five children, an adult, a
    person of no known age; sessions in spring 2027 (and one in spring 2023)."""
    ids: dict[str, str] = {}
    with gui_guard.allowed(), store.sessions() as s:

        def person(key: str, first: str, last: str, **kw: object) -> str:
            ids[key] = new_id()
            s.add(Person(id=ids[key], tenant_id=tenant_id, first_name=first, last_name=last, **kw))
            return ids[key]

        leader = person("L", "Lena", "Ledare", birth_date=date(1990, 5, 1))
        young = person("Y", "Ylva", "Ung", birth_date=date(2016, 1, 1))  # turns 11 in 2027
        no_age = person("Z", "Zeke", "Okänd")
        # The personnummer tells the sex: its second-to-last digit (odd: a man).
        person("A", "Alva", "Ek", personnummer="201503012383")
        person("B", "Bo", "Ek", personnummer="201504052391")
        person("C", "Cleo", "Al", birth_date=date(2015, 6, 1))
        person("D", "Dan", "Al", birth_date=date(2014, 6, 1))
        person("O", "Olle", "Vuxen", birth_date=date(1990, 1, 1))  # 37: outside the ages
        person("U", "Uno", "Utan")  # no known age
        s.flush()
        football = Course(id=new_id(), tenant_id=tenant_id, code="FB", name="Fotboll P15",
                          category="Fotboll", leader_id=leader)  # fmt: skip
        handball = Course(id=new_id(), tenant_id=tenant_id, code="HB", name="Handboll P15",
                          category="Handboll")  # fmt: skip
        s.add_all([football, handball])
        s.flush()
        rounds = {}
        for key, course in (("fb", football), ("hb", handball)):
            rounds[key] = CourseRound(id=new_id(), tenant_id=tenant_id, course_id=course.id,
                                      name="VT27", starts_on=date(2023, 1, 1),
                                      ends_on=date(2027, 6, 30))  # fmt: skip
            s.add(rounds[key])
        s.flush()

        def session(key, round_key, day, start, end, who, leader_id=None):  # type: ignore[no-untyped-def]
            ids[key] = new_id()
            s.add(RoundSession(id=ids[key], tenant_id=tenant_id, round_id=rounds[round_key].id,
                               day=day, start_minute=start, end_minute=end,
                               leader_id=leader_id))  # fmt: skip
            s.flush()
            for p in who:
                s.add(Attendance(id=attendance_id(ids[key], ids[p]), tenant_id=tenant_id,
                                 session_id=ids[key], person_id=ids[p], present=True,
                                 how=CheckInHow.SCAN,
                                 checked_in_at=datetime(2027, 1, 1, tzinfo=UTC)))  # fmt: skip

        feb1 = date(2027, 2, 1)
        session("S1", "fb", feb1, 17 * 60, 18 * 60 + 30, "ABCD")  # counts: 4
        session("S10", "hb", feb1, 18 * 60, 19 * 60, "ABC", leader)  # another sport: 3
        session("S2", "fb", feb1, 19 * 60, 20 * 60, "ABC")  # counted already that day
        session("S3", "fb", date(2027, 2, 8), 17 * 60, 17 * 60 + 30, "ABCD")  # 30 minutes
        session("S4", "fb", date(2027, 2, 15), None, None, "ABC")  # no time
        session("S5", "fb", date(2027, 2, 22), 17 * 60, 18 * 60, "ABC", young)
        session("S6", "fb", date(2027, 3, 1), 17 * 60, 18 * 60, "ABOU")  # 2 of age
        session("S7", "hb", date(2027, 3, 8), 17 * 60, 18 * 60, "ABC")  # no leader
        session("S8", "hb", date(2027, 3, 15), 17 * 60, 18 * 60, "ABC", no_age)
        session("S9", "fb", date(2023, 3, 1), 17 * 60, 18 * 60, "ABCD")  # before the rules
        # An absent mark does not count anyone.
        s.add(Attendance(id=attendance_id(ids["S1"], ids["O"]), tenant_id=tenant_id,
                         session_id=ids["S1"], person_id=ids["O"], present=False))  # fmt: skip
        s.commit()
    return ids


def open_window(qtbot, ctx, year: int, half: int, rules: int = 0) -> GrantsWindow:  # type: ignore[no-untyped-def]
    window = GrantsWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.rules_choice.setCurrentIndex(rules)
    window.half.setCurrentIndex(half - 1)
    window.year.setValue(year)
    qtbot.waitUntil(
        lambda: (
            window.report is not None
            and (window.report.period.year, window.report.period.half) == (year, half)
            and window.report.rules.key == window.chosen()[0].key
        )
    )
    return window


def test_a_period_counted_with_its_check_report_and_export(
    qtbot, ctx, gui_guard, filled, tmp_path
) -> None:
    ids = made(gui_guard, ctx.store, filled.tenant_id)
    window = open_window(qtbot, ctx, 2027, 1)
    report = window.report
    assert report is not None
    assert (report.period.activities, report.period.participant_occasions) == (2, 7)
    assert window.summary.text() == (
        "LOK-stöd (RF), January–June 2027: 2 activities, 7 participant occasions; "
        "7 sessions do not count"
    )
    groups = {r["group"]: r for r in window.groups.rows}
    assert {k: (r["activities"], r["occasions"], r["not_counted"]) for k, r in groups.items()} == {
        "Fotboll P15 · VT27": (1, 4, 5),
        "Handboll P15 · VT27": (1, 3, 2),
    }
    why = {r["id"]: r["why"] for r in window.checks.rows}
    sid = {v: k for k, v in ids.items()}
    assert {sid[k]: v for k, v in why.items()} == {
        "S2": "0 participants count; at least 3 needed (0 outside the ages, 0 without a known"
        " age, 3 counted already that day)",
        "S3": "30 minutes; at least 45 count",
        "S4": "The session has no start and end time",
        "S5": "The leader turns 11 this year; at least 13",
        "S6": "2 participants count; at least 3 needed (1 outside the ages, 1 without a known"
        " age, 0 counted already that day)",
        "S7": "No leader",
        "S8": "The leader's age is not known",
    }
    assert [r["time"] for r in window.checks.rows][:3] == ["19:00–20:00", "17:00–17:30", ""]
    window.grab().save(str(SHOTS / "grants_en.png"))
    window.sections.setCurrentIndex(1)
    window.grab().save(str(SHOTS / "grants_checks_en.png"))

    # The export: a row per participant occasion, with every column of docs/lok-export.md.
    xlsx = tmp_path / "lok.xlsx"
    window.save_export(xlsx)
    qtbot.waitUntil(lambda: window.last_dialog is not None)
    window.last_dialog.close()
    sheet = openpyxl.load_workbook(xlsx).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == list(EXPORT_HEADERS)
    body = sorted(rows[1:], key=lambda r: (r[1], r[2], r[8]))
    day = datetime(2027, 2, 1)
    fb, hb = "Fotboll P15 · VT27", "Handboll P15 · VT27"
    s1, s10 = ids["S1"], ids["S10"]
    assert body == [
        [s1, day, "17:00", 90, "Fotboll", fb, "Lena Ledare", 1990, "Alva Ek", 2015, "Female"],
        [s1, day, "17:00", 90, "Fotboll", fb, "Lena Ledare", 1990, "Bo Ek", 2015, "Male"],
        [s1, day, "17:00", 90, "Fotboll", fb, "Lena Ledare", 1990, "Cleo Al", 2015, None],
        [s1, day, "17:00", 90, "Fotboll", fb, "Lena Ledare", 1990, "Dan Al", 2014, None],
        [s10, day, "18:00", 60, "Handboll", hb, "Lena Ledare", 1990, "Alva Ek", 2015, "Female"],
        [s10, day, "18:00", 60, "Handboll", hb, "Lena Ledare", 1990, "Bo Ek", 2015, "Male"],
        [s10, day, "18:00", 60, "Handboll", hb, "Lena Ledare", 1990, "Cleo Al", 2015, None],
    ]
    path = tmp_path / "lok.csv"
    window.last_dialog = None  # the wait below is for the CSV's saved message, not the XLSX's
    window.save_export(path)
    qtbot.waitUntil(lambda: path.exists() and window.last_dialog is not None)
    with path.open(encoding="utf-8-sig", newline="") as f:
        text = f.read()
    lines = list(
        csv.reader(text.splitlines(), delimiter=";" if ";" in text.splitlines()[0] else ",")
    )
    assert lines[0] == list(EXPORT_HEADERS) and len(lines) == 8
    assert lines[1][1:4] == ["2027-02-01", "17:00", "90"]

    # Spring 2023: before LOK-stöd's rules of July 2023.
    window.year.setValue(2023)
    qtbot.waitUntil(lambda: window.report is not None and window.report.period.year == 2023)
    assert [r["why"] for r in window.checks.rows] == ["Before the rules hold (2023-07-01)"]
    assert window.report.period.activities == 0 and not window.export_button.isEnabled()


@pytest.mark.parametrize("rules", [1, 2])
def test_municipal_rules_count_otherwise(qtbot, ctx, gui_guard, filled, rules: int) -> None:
    made(gui_guard, ctx.store, filled.tenant_id)
    window = open_window(qtbot, ctx, 2027, 1, rules)
    period = window.report.period
    if rules == 1:
        # Example A: 60 minutes, leader 18, once a day whatever the sport: S10 (handball
        # the same day) no longer counts; S5's leader is too young; S1 counts.
        assert (period.activities, period.participant_occasions) == (1, 4)
    else:
        # Example B: at least 5 participants: nothing counts.
        assert (period.activities, period.participant_occasions) == (0, 0)
        assert len(window.checks.rows) == 9


def test_swedish(qtbot, ctx, gui_guard, filled, swedish, tmp_path) -> None:
    made(gui_guard, ctx.store, filled.tenant_id)
    window = open_window(qtbot, ctx, 2027, 1)
    assert window.summary.text().startswith(
        "LOK-stöd (RF), januari–juni 2027: 2 sammankomster, 7 deltagartillfällen"
    )
    why = [r["why"] for r in window.checks.rows]
    assert "Ingen ledare" in why
    window.grab().save(str(SHOTS / "grants_sv.png"))
    window.sections.setCurrentIndex(1)
    window.grab().save(str(SHOTS / "grants_checks_sv.png"))
    # The check report printed: every session that does not count, with the reason.
    pdf = tmp_path / "kontroll.pdf"
    write_pdf(window.report_spec(), str(pdf))
    shutil.copy(pdf, SHOTS / "grants_checks_sv.pdf")
    [page] = pdf_pages_text(pdf)
    assert "Kontrollrapport" in page and "Ingen ledare" in page
    assert "Ledarens ålder är okänd" in page


def test_opened_from_the_go_menu(qtbot, ctx) -> None:
    from tests.desktop.conftest import make_window

    main = make_window(qtbot, ctx)
    [action] = [
        a
        for menu in main.menuBar().actions()
        if menu.menu() is not None
        for a in menu.menu().actions()
        if a.text() == "Activity grants (&LOK-stöd)…"
    ]
    action.trigger()
    window = main.grants_window
    assert isinstance(window, GrantsWindow) and window.isVisible()
    qtbot.waitUntil(lambda: window.report is not None)
    action.trigger()  # one at a time: raised, not made again
    assert main.grants_window is window
    window.close()
