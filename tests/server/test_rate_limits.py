"""The one in-process rate limiter of the public pages and API (issue 14, item 4)."""

from __future__ import annotations

import pytest

from server.services.rate_limits import RateLimited, RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_rate_limiter_forgets_attempts_older_than_its_window() -> None:
    clock = Clock()
    limiter = RateLimiter(2, 60.0, clock=clock)
    limiter.hit("a")
    clock.now += 30
    limiter.hit("a")
    limiter.hit("b")  # keys are counted apart
    with pytest.raises(RateLimited) as refused:
        limiter.hit("a")
    assert refused.value.retry_after == 30  # until the first attempt leaves the window
    clock.now += 30
    limiter.hit("a")


def test_a_refused_request_is_not_counted_and_the_wait_is_rounded_up() -> None:
    clock = Clock()
    limiter = RateLimiter(1, 60.0, clock=clock)
    limiter.hit("a")
    clock.now += 0.5
    for _ in range(3):
        with pytest.raises(RateLimited) as refused:
            limiter.hit("a")
        assert refused.value.retry_after == 60  # 59.5 s, never told less than it is
    clock.now += 59.5
    limiter.hit("a")


def test_a_full_table_forgets_idle_keys_then_the_oldest() -> None:
    clock = Clock()
    limiter = RateLimiter(1, 60.0, clock=clock, max_keys=2)
    limiter.hit("a")
    limiter.hit("b")
    limiter.hit("c")  # full and nobody idle: the oldest key ("a") goes
    limiter.hit("a")  # counted afresh
    with pytest.raises(RateLimited):
        limiter.hit("c")
    clock.now += 61
    limiter.hit("d")  # every key is idle now: all are forgotten, "d" is counted
    limiter.hit("c")
    with pytest.raises(RateLimited):
        limiter.hit("d")
