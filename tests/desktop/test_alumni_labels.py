"""The seven alumni statuses as seed 001 names them, in the triage list (issue 20).

The Swedish list shows exactly the seed's words (Inkommen, Godkänd pga registrerad
alumn, Godkänd pga alumn, Ej godkänd, Godkänd manuell, Nekad, Avregistrerad), and the
automatic check's reasons read in Swedish too. With ``KANSLI_SCREENSHOTS=DIR`` the
pictures are saved there (``alumni_statuses_sv.png`` ...).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.alumni.options import LAST_FILTER
from desktop.i18n import Translations
from desktop.mainwindow import MainWindow
from tests.desktop.alumni_setup import REASON_COL, STATUS_COL, set_status
from tests.desktop.test_alumni_screens import save

LABELS = {
    "en": [
        "Received",
        "Approved (registered alumnus)",
        "Approved (alumnus)",
        "Not approved",
        "Approved manually",
        "Denied",
        "Unregistered",
    ],
    "sv": [
        "Inkommen",
        "Godkänd pga registrerad alumn",
        "Godkänd pga alumn",
        "Ej godkänd",
        "Godkänd manuell",
        "Nekad",
        "Avregistrerad",
    ],
}
STATUSES = (
    "received",
    "approved_registered_alumnus",
    "approved_alumnus",
    "not_approved",
    "approved_manually",
    "denied",
    "unregistered",
)
REASON = "Anna Berg (matched on e-mail) is neither an alumnus nor a registered alumnus"
REASONS = {
    "en": REASON,
    "sv": "Anna Berg (matchad på e-post) är varken alumn eller registrerad alumn",
}


@pytest.fixture(params=["en", "sv"])
def language(request):  # type: ignore[no-untyped-def]
    t = Translations()
    assert t.install(request.param)
    yield request.param
    assert t.install("en")


def _queue(qtbot, ctx):  # type: ignore[no-untyped-def]
    """The main window on its Alumni queue tab: (window, view)."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1360, 820)
    window.show()
    window.show_tab("alumni")
    return window, window.alumni


def test_the_triage_list_names_the_seven_statuses_as_the_seed(
    qtbot, ctx, gui_guard, store, filled, tmp_path, language
) -> None:
    from sqlalchemy import update

    from models import AlumniRegistration

    ctx.language = language
    items = filled.alumni_ids[: len(STATUSES)]
    for item, status in zip(items, STATUSES, strict=True):
        set_status(gui_guard, store, item, status)
    with gui_guard.allowed(), store.session() as s:
        s.execute(
            update(AlumniRegistration)
            .where(AlumniRegistration.id == items[3])
            .values(decision_reason=REASON)
        )
    ctx.settings.set(LAST_FILTER, "")
    window, view = _queue(qtbot, ctx)
    view.status.setCurrentIndex(view.status.findData(""))
    qtbot.waitUntil(lambda: view.loaded and all(view.model.row_of(i) >= 0 for i in items))
    qtbot.waitUntil(lambda: ctx.ops.idle)
    shown = [view.model.data(view.model.index(view.model.row_of(i), STATUS_COL)) for i in items]
    assert shown == LABELS[language]
    reason = view.model.data(view.model.index(view.model.row_of(items[3]), REASON_COL))
    assert reason == REASONS[language]
    save(window, tmp_path, f"alumni_statuses_{language}.png")
    window.close()
    QApplication.processEvents()


def test_the_deny_dialog_takes_a_reason_to_tell_the_alumnus_apart_from_the_internal_one(
    qtbot, ctx, gui_guard, store, filled, tmp_path, language
) -> None:
    from PySide6.QtCore import Qt

    from desktop.alumni.dialogs import DenyDialog
    from tests.desktop.alumni_setup import outbox
    from tests.desktop.test_alumni_queue import press

    shared = {
        "en": "We find no degree from the university in your name.",
        "sv": "Vi hittar ingen examen från lärosätet i ditt namn.",
    }[language]
    ctx.language = language
    ctx.settings.set(LAST_FILTER, "queue")
    window, view = _queue(qtbot, ctx)
    qtbot.waitUntil(lambda: view.loaded and view.current_row() is not None)
    item = view.current_id()
    view.activateWindow()
    view.table.setFocus()
    press(qtbot, view, Qt.Key.Key_D)
    dialog = view.last_dialog
    assert isinstance(dialog, DenyDialog)
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    qtbot.keyClicks(dialog.reason.lineEdit(), "Internal: the coordinator says no")
    qtbot.keyClick(dialog.reason.lineEdit(), Qt.Key.Key_Tab)  # to the next field, as a user
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.shared)
    dialog.shared.insertPlainText(shared)  # QTest cannot type å, ä, ö
    save(dialog, tmp_path, f"alumni_deny_shared_{language}.png")
    dialog.ok.click()
    qtbot.waitUntil(lambda: len(outbox(gui_guard, store)) == 1)
    args = outbox(gui_guard, store)[0]["args"]
    assert args["alumni_registration_id"] == item and args["decision"] == "deny"
    assert args["reason"] == "Internal: the coordinator says no"
    assert args["shared_reason"] == shared
    qtbot.waitUntil(lambda: ctx.ops.idle)
    window.close()
    QApplication.processEvents()


def test_the_officer_applies_a_returning_alumnus_s_new_name_offline(
    qtbot, ctx, gui_guard, store, filled, tmp_path, language
) -> None:
    """Issue 20: an approved registration of a registered alumnus with a new name shows what
    changed and Apply / Discard; Apply runs here at once (the name on the local profile)
    and is queued for the server like a decision."""
    from sqlalchemy import update

    from models import AlumniRegistration, Person
    from tests.desktop.alumni_setup import outbox
    from tests.desktop.conftest import read

    words = {
        "en": ("The alumnus updates their details:", "Apply new details", "Phone"),
        "sv": ("Alumnen uppdaterar sina uppgifter:", "Inför nya uppgifter", "Telefon"),
    }[language]
    proposed = {"en": "(proposed)", "sv": "(föreslaget)"}[language]
    ctx.language = language
    item = filled.alumni_ids[9]  # approved as a registered alumnus, with a person
    [(person_id, first, last)] = read(
        gui_guard,
        store,
        "SELECT p.id, p.first_name, p.last_name FROM alumni_registration a "
        "JOIN person p ON p.id = a.person_id WHERE a.id = :i",
        i=item,
    )
    with gui_guard.allowed(), store.session() as s:
        s.execute(
            update(AlumniRegistration)
            .where(AlumniRegistration.id == item)
            .values(
                status="approved_registered_alumnus",
                decision_reason=f"{first} {last} (matched on e-mail) is already a registered "
                "alumnus; updates their details",
                proposed={"phone": "+46701234567", "last_name": "Lind"},
                proposal_state="pending",
                decision_details={
                    "mismatch": [
                        {
                            "field": "name",
                            "code": "name_differs",
                            "registration": f"{first} Lind",
                            "profile": f"{first} {last}",
                        },
                        {
                            "field": "phone",
                            "code": "phone_not_on_profile",
                            "registration": "+46701234567",
                            "profile": "",
                        },
                    ]
                },
            )
        )
    ctx.settings.set(LAST_FILTER, "")
    window, view = _queue(qtbot, ctx)
    qtbot.waitUntil(lambda: view.loaded and view.model.row_of(item) >= 0)
    view.select_id(item)
    pane = view.detail
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.row.id == item)
    qtbot.waitUntil(lambda: ctx.ops.idle)
    assert pane.mismatch.isVisible() and words[0] in pane.mismatch.text()
    # The phone is proposed like the name, never on the profile at once (review finding 1).
    assert f"{words[2]} +46701234567 {proposed}" in pane.mismatch.text()
    assert pane.apply_details.isVisible() and pane.apply_details.text() == words[1]
    assert pane.discard_details.isVisible()
    assert not pane.approve.isEnabled()  # decided already: only the details wait
    save(window, tmp_path, f"alumni_review_details_{language}.png")
    pane.apply_details.click()
    qtbot.waitUntil(lambda: len(outbox(gui_guard, store)) == 1)
    [queued] = outbox(gui_guard, store)
    assert queued["name"] == "alumni.review_proposal"
    assert queued["args"] == {"alumni_registration_id": item, "apply": True}
    with gui_guard.allowed(), store.sessions() as s:
        person = s.get(Person, person_id)
        assert person is not None and person.last_name == "Lind"
        assert "+46701234567" in [p.number for p in person.phones if p.deleted_at is None]
    qtbot.waitUntil(lambda: not pane.apply_details.isVisible())
    qtbot.waitUntil(lambda: ctx.ops.idle)
    window.close()
    QApplication.processEvents()
