"""Database work of the sync UI: counts and refused commands."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.operations import Changes, DbOp, OpContext


@dataclass(frozen=True)
class Counts:
    pending: int
    rejected: int


def load_counts(ctx: OpContext) -> Counts:
    return Counts(ctx.store.pending_count(), ctx.store.rejected_count())


@dataclass(frozen=True)
class Issue:
    """One refused command as the sync issues list shows it."""

    command_id: str
    name: str
    args: dict[str, Any]
    code: str
    message: str
    details: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]]
    rejected_at: datetime


def load_issues(ctx: OpContext) -> list[Issue]:
    return [
        Issue(
            command_id=r.command_id,
            name=str(r.command().get("name", "")),
            args=dict(r.command().get("args") or {}),
            code=r.code,
            message=r.message,
            details=r.details_dict(),
            rows=r.rows(),
            rejected_at=r.rejected_at,
        )
        for r in ctx.store.open_rejections()
    ]


def discard(*, parent: Any, command_id: str) -> DbOp[None]:
    def run(ctx: OpContext) -> None:
        ctx.engine.discard_rejection(command_id)
        ctx.changed(Changes(outbox=True))

    return DbOp(run, parent=parent, label="sync.discard")


def retry(*, parent: Any, command_id: str, args: dict[str, Any] | None) -> DbOp[None]:
    """Queue the refused command again as a new command, with ``args`` if edited."""

    def run(ctx: OpContext) -> None:
        ctx.engine.retry_rejection(command_id, args)
        ctx.changed(Changes.everything())

    return DbOp(run, parent=parent, label="sync.retry")


def describe_args(args: dict[str, Any]) -> str:
    """The arguments of a command, short and readable (no personnummer)."""
    parts = []
    for key, value in args.items():
        if key.endswith("_id") or key == "personnummer":
            continue
        if key == "changes" and isinstance(value, dict):
            for field, change in value.items():
                if field == "personnummer":
                    continue
                if isinstance(change, dict):
                    parts.append(
                        f"{field}: {change.get('old') or '–'} → {change.get('new') or '–'}"
                    )
            continue
        if value in (None, "", [], {}):
            continue
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        parts.append(f"{key}: {text}")
    return "; ".join(parts)
