"""The Alumni queue's detail pane shows why a match was not confirmed, side by side
(security issue 13, item 1): each disagreement with the registration's and the profile's
value, in the app's language, and what becomes of the proposed contact details."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator

from desktop.alumni.detail import MISMATCH, MISMATCH_HEAD, PROPOSAL
from desktop.alumni.view import AlumniQueueView
from desktop.i18n import TRANSLATIONS_DIR
from models import AlumniRegistration
from models.alumni_matching import MismatchCode
from tests.desktop.alumni_setup import enrich, queue_ids
from tests.desktop.test_alumni_queue import make_view


@pytest.fixture
def data(gui_guard, store, filled):  # type: ignore[no-untyped-def]
    found = enrich(gui_guard, store, filled)
    first = queue_ids(gui_guard, store)[0]
    with gui_guard.allowed(), store.session() as s:
        reg = s.get(AlumniRegistration, first)
        assert reg is not None
        reg.phone = "+46707654321"
        reg.decision_details = {
            **reg.decision_details,
            "mismatch": [
                {
                    "field": "name",
                    "code": "name_differs",
                    "registration": "Eve Mallory",
                    "profile": "Anna Berg",
                },
                {
                    "field": "phone",
                    "code": "phone_not_on_profile",
                    "registration": "+46707654321",
                    "profile": "",
                },
            ],
        }
        reg.proposed = {"phone": "+46707654321"}
        reg.proposal_state = "pending"
        s.commit()
    return found


def test_disagreements_are_listed_with_both_values_and_the_phone_marked(qtbot, ctx, data) -> None:
    view: AlumniQueueView = make_view(qtbot, ctx)
    pane = view.detail
    assert pane.mismatch.isVisible()
    text = pane.mismatch.text()
    assert "Match not confirmed:" in text
    assert "The name differs: “Eve Mallory” in the registration, “Anna Berg” on the profile" in text
    assert "The phone +46707654321 is not on the profile (proposed)" in text
    assert "Approving adds the proposed details to the profile" in text
    # The entered phone is not among the person's: marked in the person's column.
    assert pane.cells[("phone", 1)].text() == "+46707654321"
    assert pane.cells[("phone", 2)].accessibleDescription() == (
        "Differs from what the alumnus entered"
    )


def test_every_reason_code_of_the_server_has_a_text_shipped_in_swedish(qapp) -> None:
    assert set(MISMATCH) == {str(code) for code in MismatchCode}
    swedish = QTranslator()
    assert swedish.load("kansli_sv", str(TRANSLATIONS_DIR))
    for source in [*MISMATCH.values(), *PROPOSAL.values(), MISMATCH_HEAD]:
        translated = swedish.translate("AlumniDetail", source)
        assert translated and translated != source, source
