"""Courses › Evaluation results… (issue 19) against the real server over real HTTP: a
course administrator sees a course's questions counted (answers, a scale's average, the
distribution), the response rate, the selected question's bars and a free-text
question's texts; one round chosen with the keyboard; Export as an XLSX workbook read
back. Screenshots in English and Swedish under /tmp/shots/h13/."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desktop.courses.evaluation_stats import EvaluationStatsWindow
from devtools.server_data import server_session
from models.courses import Course, CourseRound, Registration
from models.evaluations import EvaluationForm, form_id
from models.ids import new_id, utcnow
from models.people import Person
from server.services.auth import token_hash
from server.tables import EvaluationAnswer, LinkToken
from tests.desktop import test_reminders_live
from tests.desktop.live_web import in_thread, signed_in
from tests.utils.servers import LiveServer, add_account

PASSWORD = "correct horse battery"
SHOTS = Path("/tmp/shots/h13")

#: A live server of this module's own, its worker off (the reminders window's fixture).
server = test_reminders_live.server

QUESTIONS = [
    {"id": "overall", "kind": "scale", "text": "Hur var kursen?", "required": True,
     "choices": [], "low_label": "Dålig", "high_label": "Utmärkt"},
    {"id": "words", "kind": "text", "text": "Något mer?", "required": False,
     "choices": [], "low_label": "", "high_label": ""},
]  # fmt: skip


def _seed(db_url: str) -> dict[str, str]:
    """Tango Fortsättare with a questionnaire; round HT26 (three sent, two answered) and
    VT27 (one sent, one answered)."""
    account = add_account(
        db_url, tenant="utvklubben", email="kurs@utvklubben.example", roles=("course_admin",)
    )
    tenant = account["tenant_id"]
    now = utcnow()
    ids: dict[str, str] = {}
    with server_session(db_url) as s:
        course = Course(tenant_id=tenant, code="TF", name="Tango Fortsättare")
        s.add(course)
        s.flush()
        ids["course"] = course.id
        s.add(
            EvaluationForm(
                id=form_id(course.id), tenant_id=tenant, course_id=course.id, anonymous=True,
                version=1, questions=QUESTIONS,
            )
        )  # fmt: skip
        for name, answers in (
            ("HT26", [{"overall": 4, "words": "Bra lärare"}, {"overall": 5}, None]),
            ("VT27", [{"overall": 2}]),
        ):
            round_ = CourseRound(tenant_id=tenant, course_id=course.id, name=name)
            s.add(round_)
            s.flush()
            ids[name] = round_.id
            for given in answers:
                person = Person(tenant_id=tenant, first_name="Deltagare", last_name=name)
                s.add(person)
                s.flush()
                reg = Registration(tenant_id=tenant, round_id=round_.id, participant_id=person.id)
                s.add(reg)
                s.flush()
                s.add(
                    LinkToken(
                        tenant_id=tenant, token_hash=token_hash(new_id()), purpose="evaluation",
                        email="x@example.se", entity_id=reg.id, created_at=now,
                        expires_at=now + timedelta(days=60),
                        used_at=now if given is not None else None,
                    )
                )  # fmt: skip
                if given is not None:
                    s.add(
                        EvaluationAnswer(
                            tenant_id=tenant, course_id=course.id, round_id=round_.id,
                            form_version=1, answers=given, created_at=now,
                        )
                    )  # fmt: skip
    return ids


def shown(window: EvaluationStatsWindow) -> list[list[str]]:
    model = window.model
    return [
        [str(model.data(model.index(r, c))) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_results_of_a_course_and_a_round_their_chart_and_export(
    qtbot, server: LiveServer, settings, tmp_path: Path
) -> None:
    ids = in_thread(_seed, server.db_url)
    with signed_in(
        server.url, "kurs@utvklubben.example", PASSWORD, tmp_path / "k.db", settings
    ) as (ctx, _s):
        window = EvaluationStatsWindow(ctx, ids["course"], "Tango Fortsättare")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.loaded and window.model.rowCount() == 2, timeout=15_000)
        assert shown(window) == [
            ["1", "Hur var kursen?", "Scale 1–5", "3", "3,67", "1: 0 · 2: 1 · 3: 0 · 4: 1 · 5: 1"],
            ["2", "Något mer?", "Free text", "1", "", ""],
        ]
        assert window.summary.text() == "Sent to 4 · answered by 3 · response rate 75 %"
        [series] = window.chart.series()
        [bars] = series.barSets()
        assert [bars.at(i) for i in range(bars.count())] == [0, 1, 0, 1, 1]
        assert window.round_choice.count() == 3  # all rounds, HT26, VT27
        window.select_id("words")
        qtbot.waitUntil(lambda: window.texts.count() == 1)
        assert window.texts.item(0).text() == "Bra lärare"
        window.select_id("overall")
        SHOTS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(SHOTS / "evaluation_results_en.png"))

        # One round, chosen with the keyboard.
        window.activateWindow()
        window.round_choice.setFocus()
        qtbot.keyClick(window.round_choice, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: window.shown_for == ids["HT26"] and not window.busy, timeout=15_000)
        assert shown(window)[0][3:5] == ["2", "4,50"]
        assert window.summary.text() == "Sent to 3 · answered by 2 · response rate 67 %"

        path = tmp_path / "utv.xlsx"
        future = window.export_to(path)
        qtbot.waitUntil(future.done, timeout=15_000)
        sheet = load_workbook(path).active
        assert sheet is not None
        assert [list(r) for r in sheet.iter_rows(values_only=True)] == [
            ["No.", "Question", "Kind", "Answers", "Average", "Distribution"],
            [1, "Hur var kursen?", "Scale 1–5", 2, 4.5, "1: 0 · 2: 0 · 3: 0 · 4: 1 · 5: 1"],
            [2, "Något mer?", "Free text", 1, None, None],
            [None, "– Bra lärare", None, None, None, None],
        ]
        spec = window.print_spec()
        assert spec.title == "Tango Fortsättare" and spec.landscape


def test_the_results_window_shows_no_english_in_swedish(qtbot, ctx, swedish) -> None:  # type: ignore[no-untyped-def]
    from tests.desktop.test_swedish_screens import english_on, english_sources

    window = EvaluationStatsWindow(ctx, new_id(), "Tango Fortsättare")
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    question = {"id": "overall", "kind": "scale", "text": "Hur var kursen?", "answered": 3,
                "distribution": {"1": 0, "2": 1, "3": 0, "4": 1, "5": 1}, "average": 3.67,
                "texts": []}  # fmt: skip
    report = {"invited": 4, "answered": 3, "response_rate": 0.75, "questions": [question],
              "rounds": [{"round_id": new_id(), "round": "HT26"}]}  # fmt: skip
    window._listed(report, None, None)
    assert window.windowTitle() == "Utvärderingsresultat för Tango Fortsättare"
    assert window.summary.text() == "Skickad till 4 · besvarad av 3 · svarsfrekvens 75 %"
    # Laid out again for the new texts before the picture is taken.
    qtbot.waitUntil(lambda: window.summary.width() >= window.summary.sizeHint().width())
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "evaluation_results_sv.png"))
    assert english_on(window, english_sources()) == []
