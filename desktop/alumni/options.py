"""The Alumni queue's own settings (declared like every option, see ``desktop.settings``)."""

from __future__ import annotations

import json

from desktop.settings import Option, Settings

#: JSON list of the last reasons given for a denial, the most recent first.
DENY_REASONS = Option("alumni/deny_reasons", "[]")
#: The queue's filter when the tab was last left.
LAST_FILTER = Option("alumni/filter", "queue")

#: How many denial reasons the dialog offers.
REMEMBERED = 8


def deny_reasons(settings: Settings) -> list[str]:
    """The remembered reasons for a denial, the most recent first."""
    try:
        data = json.loads(settings.get(DENY_REASONS))
    except ValueError:
        return []
    return [r for r in data if isinstance(r, str) and r.strip()][:REMEMBERED]


def remember_deny_reason(settings: Settings, reason: str) -> None:
    """Put ``reason`` first in the remembered list (once), keeping the last few."""
    reason = reason.strip()
    if not reason:
        return
    reasons = [reason, *(r for r in deny_reasons(settings) if r != reason)][:REMEMBERED]
    settings.set(DENY_REASONS, json.dumps(reasons, ensure_ascii=False))
