"""How long an SMS text is in the parts a phone receives (issue 16: the template editor's
count; the gateways bill per part).

An SMS holds 160 characters of the GSM 03.38 alphabet (Swedish letters included), or 70
when the text has a character outside it (sent as UCS-2). A longer text is split into
parts of 153 or 67 characters. A character of the alphabet's extension (``€ [ ] { } ~ ^
| \\``) takes two places.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The GSM 03.38 basic alphabet (without the escape to the extension).
GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
#: The extension: each takes two places.
GSM_EXTENDED = frozenset("^{}\\[~]|€\f")


@dataclass(frozen=True)
class SmsLength:
    """A text's length as an SMS: places used, parts, and whether it needs UCS-2."""

    characters: int
    parts: int
    unicode: bool

    @property
    def per_part(self) -> int:
        """How many places each part of this text holds."""
        if self.parts <= 1:
            return 70 if self.unicode else 160
        return 67 if self.unicode else 153


def sms_length(text: str) -> SmsLength:
    """The length of ``text`` as an SMS (an empty text is 0 parts)."""
    if all(c in GSM_BASIC or c in GSM_EXTENDED for c in text):
        places = sum(2 if c in GSM_EXTENDED else 1 for c in text)
        single, multi, unicode = 160, 153, False
    else:
        places = len(text.encode("utf-16-le")) // 2
        single, multi, unicode = 70, 67, True
    if places == 0:
        return SmsLength(0, 0, unicode)
    parts = 1 if places <= single else -(-places // multi)
    return SmsLength(places, parts, unicode)
