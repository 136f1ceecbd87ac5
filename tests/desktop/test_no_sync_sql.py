"""The desktop asks ``sync`` about queued and refused commands; it never reads the
store's own tables (``outbox``, ``rejection``, ``pending_row``, ...) or the JSON of
command arguments. Lists read the store's views instead (``sync.views``)."""

from __future__ import annotations

import re
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"

#: The store's own tables: their layout is sync's business.
STORE_TABLES = (
    "outbox",
    "rejection",
    "pending_row",
    "push_sent",
    "pushed",
    "row_base",
    "sync_capture",
)
_TABLE_SQL = re.compile(
    r"\b(?:FROM|JOIN|INTO|UPDATE)\s+(?:main\.)?(?:" + "|".join(STORE_TABLES) + r")\b",
    re.IGNORECASE,
)
#: The store's ORM classes of those tables.
_ORM = re.compile(
    r"\b(?:OutboxEntry|Rejection|PendingRow|PushSent|PushedCommand|RowBase|SyncCapture)\b"
)
_JSON_ARGS = re.compile(r"json_extract\s*\(", re.IGNORECASE)


def offences(source: str) -> list[str]:
    """The lines of ``source`` that read the store's tables or a command's JSON."""
    found = []
    for number, line in enumerate(source.splitlines(), 1):
        if _TABLE_SQL.search(line) or _ORM.search(line) or _JSON_ARGS.search(line):
            found.append(f"{number}: {line.strip()}")
    return found


def test_the_scan_catches_sql_on_the_store_tables() -> None:
    assert offences("x = \"SELECT command_id FROM outbox WHERE name = 'a'\"")
    assert offences("sql = 'SELECT 1 FROM pending_row pr JOIN x'")
    assert offences("  LEFT JOIN rejection rj ON rj.command_id = c.id")
    assert offences("json_extract(o.args, '$.alumni_registration_id')")
    assert offences("from sync.store import PendingRow")
    assert not offences("SELECT value FROM sync_queued_arg WHERE name = 'alumni.decide'")
    assert not offences("# a decision the server refused (an open rejection: a conflict)")


def test_no_desktop_module_reads_the_sync_stores_tables() -> None:
    sources = sorted(DESKTOP.rglob("*.py"))
    assert len(sources) > 50  # the scan sees the desktop
    found = {
        str(path.relative_to(DESKTOP.parent)): lines
        for path in sources
        if (lines := offences(path.read_text(encoding="utf-8")))
    }
    assert found == {}
