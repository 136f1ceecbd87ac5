"""Which event types an end-to-end test delivers (issue 16).

Every event type of :class:`models.notifications.EventType` needs a test that makes the
event happen and delivers its notification through a real SMTP server (aiosmtpd), or an
SMS through the gateway adapter. Such a test says so with :func:`delivers`::

    from tests.utils.notify_events import delivers

    @delivers(EventType.ROUND_OPENS)
    def test_a_round_opening_is_announced(...): ...

and ``tests/server/test_notify_events.py::test_every_event_type_has_an_end_to_end_test``
finds every test module that uses :func:`delivers` (by its text), imports it and fails
for an event type nobody delivers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import TypeVar

from models.notifications import EventType

T = TypeVar("T", bound=Callable[..., object])

#: Event type -> the tests ("module::name") that deliver it end to end.
DELIVERED: defaultdict[EventType, set[str]] = defaultdict(set)


def delivers(*events: EventType | str) -> Callable[[T], T]:
    """Mark a test as delivering ``events`` end to end (see the module's docstring)."""
    if not events:
        raise ValueError("delivers() needs the event types the test delivers")
    checked = tuple(EventType(e) for e in events)

    def mark(test: T) -> T:
        name = f"{test.__module__}::{getattr(test, '__qualname__', repr(test))}"
        for event in checked:
            DELIVERED[event].add(name)
        test.delivers = checked  # type: ignore[attr-defined]
        return test

    return mark
