"""Database work of the sync UI: counts, refused commands, what a pull changed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text

from desktop.operations import Changes, DbOp, OpContext
from desktop.operations.changes import ALL_TABLES
from models.commands import build
from models.ids import new_id


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
        if ctx.engine is not None:
            ctx.engine.discard_rejection(command_id)
        else:
            ctx.store.discard_rejection(command_id)
        ctx.changed(Changes(outbox=True))

    return DbOp(run, parent=parent, label="sync.discard")


def retry(*, parent: Any, command_id: str, args: dict[str, Any] | None) -> DbOp[None]:
    """Queue the refused command again as a new command, with ``args`` if edited."""

    def run(ctx: OpContext) -> None:
        if ctx.engine is not None:
            ctx.engine.retry_rejection(command_id, args)
        else:
            rejection = ctx.store.rejection(command_id)
            if rejection is None:
                raise LookupError(command_id)
            env = rejection.command()
            command = build(
                str(env["name"]),
                int(env["version"]),
                args if args is not None else env["args"],
                id=new_id(),
            )
            ctx.store.retry_rejection(command_id, command, ctx.actor)
        ctx.changed(Changes.everything())

    return DbOp(run, parent=parent, label="sync.retry")


#: Tables whose changes a pull may bring, watched for "what moved".
WATCHED = sorted(ALL_TABLES)


def data_versions(ctx: OpContext) -> dict[str, Any]:
    """A cheap fingerprint per table (highest server_seq, row count) plus the outbox state.

    Comparing two fingerprints says which tables a sync changed, so views
    reload only those (and nothing when a sync brought nothing).
    """
    out: dict[str, Any] = {}
    with ctx.read() as s:
        for table in WATCHED:
            row = s.execute(text(f"SELECT max(server_seq), count(*) FROM {table}")).first()
            out[table] = tuple(row) if row else None
        out["_outbox"] = ctx.store.pending_count()
        out["_rejected"] = ctx.store.rejected_count()
    return out


def changes_between(before: dict[str, Any] | None, after: dict[str, Any]) -> Changes:
    if before is None:
        return Changes()
    if before.get("_rejected") != after.get("_rejected"):
        # A refused command was reverted locally: any table may have moved back.
        return Changes.everything()
    moved = [t for t in WATCHED if before.get(t) != after.get(t)]
    return Changes.of_tables(moved, outbox=before.get("_outbox") != after.get("_outbox"))


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
