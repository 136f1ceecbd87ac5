"""Identifiers: UUIDv7 text, made offline on any machine.

UUIDv7 sorts by creation time, which keeps B-tree inserts local on both
SQLite and PostgreSQL. ``derived_id`` makes the ids of rows a command
creates deterministic from the command's own id, so the client's optimistic
apply and the server's authoritative apply create the *same* rows.
"""

from __future__ import annotations

import functools
import hashlib
import uuid
from datetime import UTC, datetime

import uuid6


def new_id() -> str:
    """A fresh UUIDv7 as canonical lower-case text."""
    return str(uuid6.uuid7())


def derived_id(parent: str, *parts: str) -> str:
    """A UUIDv7 derived from ``parent`` (itself a UUID) and ``parts``.

    Keeps the parent's 48-bit millisecond timestamp, so derived ids sort
    next to the command that made them; the rest comes from SHA-256.
    """
    canonical, stamp = _parent(parent)
    digest = hashlib.sha256("\x1f".join((canonical, *parts)).encode()).digest()
    raw = bytearray(stamp + digest[:10])
    raw[6] = 0x70 | (raw[6] & 0x0F)  # version 7
    raw[8] = 0x80 | (raw[8] & 0x3F)  # RFC 4122 variant
    h = raw.hex()
    # str(uuid.UUID(bytes=raw)), without making the object (an import derives 20,000 ids).
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@functools.lru_cache(maxsize=1024)
def _parent(parent: str) -> tuple[str, bytes]:
    """``parent``'s canonical text and its first 6 bytes (a command's rows share it)."""
    base = uuid.UUID(parent)
    return str(base), base.bytes[:6]


def utcnow() -> datetime:
    """Now, timezone-aware in UTC. All stored times are UTC."""
    return datetime.now(UTC)
