"""Kansli's version, one for the desktop, its sync client and the server (they ship
together), and how versions compare.

The client names its version on every request (``X-Kansli-Client``,
:data:`CLIENT_HEADER`); the server names the oldest client it accepts on every
answer (``X-Kansli-Oldest-Client``, setting ``KANSLI_OLDEST_CLIENT``, by default
this version) and refuses a sync request of an older client with 426
``client_too_old`` (docs/CONTRACTS.md, "Versions").
"""

from __future__ import annotations

import re

#: This release (``pyproject.toml``'s version; a test keeps them equal).
VERSION = "0.1.0"
#: The request header naming the client's version.
CLIENT_HEADER = "X-Kansli-Client"
#: The answer header naming the oldest client version the server accepts.
OLDEST_HEADER = "X-Kansli-Oldest-Client"

_VERSION = re.compile(r"[0-9]{1,6}(?:\.[0-9]{1,6}){0,3}")


def parse_version(text: object) -> tuple[int, ...] | None:
    """``"1.2.3"`` as ``(1, 2, 3)`` (missing parts are 0: ``"1.2"`` equals ``"1.2.0"``);
    None for anything else (a version is one to four dot-separated numbers)."""
    if not isinstance(text, str) or not _VERSION.fullmatch(text):
        return None
    parts = [int(p) for p in text.split(".")]
    return tuple(parts + [0] * (4 - len(parts)))


def older_than(version: str, oldest: str) -> bool:
    """Whether ``version`` is older than ``oldest``; a version that does not read as one
    counts as older (it cannot be shown to be new enough)."""
    mine, floor = parse_version(version), parse_version(oldest)
    if floor is None:
        raise ValueError(f"not a version: {oldest!r}")
    return mine is None or mine < floor
