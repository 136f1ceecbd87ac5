"""Every answer of the check-in station and every reason of the grants' check report is
listed for translation and shipped in Swedish (issue 19: code + values, rendered in the
user's language)."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from desktop.common.domain_text import PRESENCE_TEXTS
from desktop.i18n import TRANSLATIONS_DIR
from models.grants import ISSUE_TEXTS
from models.presence import ANSWER_TEXTS


def test_every_answer_and_check_reason_is_listed_and_shipped_in_swedish(qapp) -> None:  # type: ignore[no-untyped-def]
    texts = [*ANSWER_TEXTS.values(), *ISSUE_TEXTS.values()]
    assert set(texts) == set(PRESENCE_TEXTS)
    swedish = QTranslator()
    assert swedish.load("kansli_sv", str(TRANSLATIONS_DIR))
    for text in texts:
        translated = swedish.translate("Presence", text)
        assert translated, text
        # The same values fill the Swedish text.
        assert sorted(_fields(translated)) == sorted(_fields(text)), text


def _fields(template: str) -> list[str]:
    import string

    return [name for _, name, _, _ in string.Formatter().parse(template) if name]
