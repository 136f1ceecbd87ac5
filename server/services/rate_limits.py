"""The one in-process rate limiter of the public pages and the public API.

A sliding window of requests per key (a client address with a tenant or a
form), counted in this process. Per process on purpose: it stops one client
from flooding a queue or a form, which needs no shared state; several API
processes each allow the limit, which is still a small multiple of it. Limits
that must hold across processes (sign-in attempts) are atomic database
counters instead: :mod:`server.services.login_limits`.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable

#: Keys a limiter remembers at most; idle ones are forgotten first, then the oldest.
MAX_KEYS = 10_000


class RateLimited(Exception):
    """Too many requests for one key; ``retry_after`` seconds until the next is taken."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"Too many requests; try again in {retry_after} s")
        self.retry_after = retry_after


class RateLimiter:
    """At most ``limit`` requests per key within any ``window_seconds``, in this process."""

    def __init__(
        self,
        limit: int,
        window_seconds: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = MAX_KEYS,
    ) -> None:
        self.limit = limit
        self.window = window_seconds
        self.max_keys = max_keys
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str) -> None:
        """Count one request for ``key``; raises :class:`RateLimited` when over the limit
        (the refused request is not counted)."""
        now = self._clock()
        with self._lock:
            hits = self._hits.get(key)
            if hits is None:
                if len(self._hits) >= self.max_keys:
                    self._forget(now)
                hits = self._hits[key] = deque()
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                raise RateLimited(max(1, math.ceil(hits[0] + self.window - now)))
            hits.append(now)

    def _forget(self, now: float) -> None:
        """Make room for a key: forget the idle keys, or else the oldest one."""
        idle = [k for k, v in self._hits.items() if not v or v[-1] <= now - self.window]
        for key in idle:
            del self._hits[key]
        if len(self._hits) >= self.max_keys:
            del self._hits[next(iter(self._hits))]
