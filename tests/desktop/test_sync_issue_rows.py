"""A refused ``registration.import`` names its row in the sync issues, in both languages."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.i18n import Translations
from desktop.sync_ui.describe import issue_message
from desktop.sync_ui.operations import Issue


def _issue(name: str, details: dict[str, object]) -> Issue:
    return Issue(
        command_id="c",
        name=name,
        args={},
        code="not_found",
        message="Participant was not found",
        details=details,
        rows={},
        rejected_at=datetime(2026, 12, 3, tzinfo=UTC),
    )


def test_a_refused_import_names_its_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    refused = _issue("registration.import", {"row": 7})
    english = issue_message(refused)
    assert english.startswith("Row 7: ") and len(english) > len("Row 7: ")
    # Another command's details.row (an importer's field) is not a file row of an import.
    assert not issue_message(_issue("person.create", {"row": 7})).startswith("Row")
    assert not issue_message(_issue("registration.import", {})).startswith("Row")
    t = Translations()
    try:
        assert t.install("sv")
        assert issue_message(refused).startswith("Rad 7: ")
    finally:
        assert t.install("en")
