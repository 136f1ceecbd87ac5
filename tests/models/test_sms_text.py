"""An SMS text's length in parts (models/sms_text.py): GSM 03.38 with Swedish letters,
the extension's two places, UCS-2 for anything else."""

from __future__ import annotations

from models.sms_text import SmsLength, sms_length


def test_swedish_text_fits_160_places_and_then_parts_of_153() -> None:
    assert sms_length("") == SmsLength(0, 0, False)
    assert sms_length("Hej Åsa, välkommen till kursen!") == SmsLength(31, 1, False)
    assert sms_length("ö" * 160) == SmsLength(160, 1, False)
    assert sms_length("ö" * 161) == SmsLength(161, 2, False)
    assert sms_length("a" * 306).parts == 2 and sms_length("a" * 307).parts == 3
    assert sms_length("a" * 161).per_part == 153


def test_the_extension_takes_two_places_and_other_characters_make_it_unicode() -> None:
    assert sms_length("100 €") == SmsLength(6, 1, False)
    assert sms_length("{[]}").characters == 8
    emoji = sms_length("Välkommen 🎉")
    assert emoji.unicode and emoji.characters == 12 and emoji.per_part == 70
    assert sms_length("ł" * 70).parts == 1 and sms_length("ł" * 71) == SmsLength(71, 2, True)
    assert sms_length("ł" * 71).per_part == 67
