"""How an address that bounces shows wherever addresses are listed (issue 16).

The server marks a person's address when mail to it was refused for good
(``PersonEmail.bounced_at``, ``bounce_detail``: the receiving server's answer). The lists
show it as the other warnings of the app do: "⚠" before the address and "(bounced)"
after it (never colour alone), and a tooltip saying when and what the receiving server answered.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.i18n import format_datetime

# What comes before a bounced address, as before other warnings (desktop/alumni/query.py).
WARNING = "⚠ "


def bounced(row: Mapping[str, Any]) -> bool:
    """Whether the address row (``address``, ``bounced_at``, ``bounce_detail``) bounced."""
    return isinstance(row.get("bounced_at"), datetime)


def address_text(row: Mapping[str, Any]) -> str:
    """The address; when mail to it bounced, with the warning sign and the word (never the
    sign alone)."""
    address = str(row.get("address") or "")
    if not bounced(row):
        return address
    return WARNING + QCoreApplication.translate("Bounces", "%1 (bounced)").replace("%1", address)


def bounce_note(row: Mapping[str, Any]) -> str:
    """The tooltip of a bounced address: when mail to it bounced and the answer; "" when
    it did not bounce."""
    if not bounced(row):
        return ""
    text = QCoreApplication.translate(
        "Bounces", "Mail to %1 bounced on %2; the receiving server answered: %3"
    )
    return (
        text.replace("%1", str(row.get("address") or ""))
        .replace("%2", format_datetime(row["bounced_at"]))
        .replace("%3", str(row.get("bounce_detail") or "—"))
    )


def addresses_text(rows: Sequence[Mapping[str, Any]]) -> str:
    """Several addresses on one line, each bounced one with the warning sign."""
    return ", ".join(address_text(r) for r in rows)


def addresses_note(rows: Sequence[Mapping[str, Any]]) -> str:
    """The tooltip of several addresses: a line per bounced one ("" when none bounced)."""
    return "\n".join(note for note in (bounce_note(r) for r in rows) if note)
