"""Storage forms of values (``sync.rows``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from hypothesis import example, given
from hypothesis import strategies as st

from sync.rows import storage_datetime

ZONES = st.sampled_from(
    [
        None,
        UTC,
        ZoneInfo("Etc/UTC"),
        ZoneInfo("Europe/Stockholm"),
        timezone(timedelta(hours=2)),
        timezone(timedelta(hours=-9, minutes=-30)),
    ]
)


@given(st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)), ZONES)
@example(datetime(2026, 3, 1, 12, 0, 0, 0), UTC)
@example(datetime(999, 12, 31, 23, 59, 59, 999_999), None)
@example(datetime(1000, 1, 1, 0, 0, 0, 1), timezone(timedelta(hours=2)))
def test_a_timestamp_is_stored_as_naive_utc_text_with_microseconds(
    moment: datetime, zone: tzinfo | None
) -> None:
    value = moment.replace(tzinfo=zone)
    utc = value.astimezone(UTC).replace(tzinfo=None) if zone is not None else value
    assert storage_datetime(value) == utc.strftime("%Y-%m-%d %H:%M:%S.%f")
    # The server's text of the same moment is stored alike.
    if zone is not None and utc.year >= 1000:
        assert storage_datetime(value.astimezone(UTC).isoformat()) == storage_datetime(value)
