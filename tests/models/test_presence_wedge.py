"""A keyboard-wedge scanner's burst told apart from a person typing (issue 19)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.wedge import MAX_GAP_MS, MIN_BURST, BurstDetector, Entry, KeyEvent, entries

CODE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-"


def timed(text: str, gaps: list[float], start: float = 1000.0) -> list[KeyEvent]:
    """``text`` then Enter, each key ``gaps[i]`` ms after the one before."""
    keys = [*text, "\r"]
    at, events = start, []
    for key, gap in zip(keys, [0.0, *gaps], strict=True):
        at += gap
        events.append(KeyEvent(key, at))
    return events


def test_a_card_scanned_is_a_burst_and_a_personnummer_typed_is_typing() -> None:
    assert entries(timed("KORT-004711", [4.0] * 11)) == [Entry("KORT-004711", scanned=True)]
    typed = timed("198703142391", [180.0, 95.0, 140.0, 60.0, 210.0, 75.0] * 2)
    assert entries(typed) == [Entry("198703142391", scanned=False)]


def test_a_scan_after_half_a_name_typed_gives_only_the_scanned_code() -> None:
    events = timed("Ma", [150.0, 150.0], start=0)[:-1]  # typed, no Enter
    events += timed("KORT-1", [5.0] * 6, start=2000.0)
    assert entries(events) == [Entry("KORT-1", scanned=True)]


def test_a_person_correcting_with_backspace_is_typing() -> None:
    events = [KeyEvent(c, i * 10.0) for i, c in enumerate("12\b3")] + [KeyEvent("\r", 40.0)]
    assert entries(events) == [Entry("13", scanned=False)]


def test_a_short_fast_run_is_not_a_scan_and_enter_on_nothing_is_nothing() -> None:
    assert entries(timed("ab", [5.0, 5.0])) == [Entry("ab", scanned=False)]
    assert entries([KeyEvent("\r", 0.0), KeyEvent("\n", 500.0)]) == []


def test_an_id_card_read_line_by_line_comes_whole() -> None:
    lines = ["I<SWE59000002<8198703142391<<<", "8703145M1701027SWE<<<<<<<<<<<8", "S" * 30]
    text = "\r".join(lines)
    assert entries(timed(text, [3.0] * len(text))) == [Entry("\n".join(lines), scanned=True)]


def test_mrz_lines_broken_off_by_a_pause_are_given_as_read() -> None:
    detector = BurstDetector()
    line = "I<SWE59000002<8198703142391<<<"
    got = [detector.feed(e) for e in timed(line, [3.0] * 30, start=0)]
    assert got[-1] is None  # waiting for the zone's next line
    assert detector.flush(200.0) == Entry(line, scanned=True)
    assert detector.flush(400.0) is None


# (Half a millisecond under the limit: the times are sums of floats.)
_gaps_fast = st.floats(min_value=0.0, max_value=MAX_GAP_MS - 0.5)
_gaps_slow = st.floats(min_value=MAX_GAP_MS + 0.5, max_value=2000.0)
_codes = st.text(alphabet=CODE_CHARS, min_size=MIN_BURST, max_size=29)


@given(_codes, st.data())
def test_any_fast_burst_ending_in_enter_is_a_scan_of_exactly_its_characters(
    code: str, data: st.DataObject
) -> None:
    gaps = data.draw(st.lists(_gaps_fast, min_size=len(code), max_size=len(code)))
    assert entries(timed(code, gaps)) == [Entry(code, scanned=True)]


@given(_codes, st.data())
def test_typing_with_a_human_pause_before_enter_or_among_the_last_keys_is_typing(
    code: str, data: st.DataObject
) -> None:
    gaps = data.draw(st.lists(_gaps_fast, min_size=len(code), max_size=len(code)))
    # A pause somewhere among the last MIN_BURST keys or before Enter: no burst long enough.
    where = data.draw(st.integers(min_value=len(code) - MIN_BURST + 1, max_value=len(code)))
    gaps[where - 1] = data.draw(_gaps_slow)
    assert entries(timed(code, gaps)) == [Entry(code, scanned=False)]


@given(st.lists(_codes, min_size=1, max_size=5), st.data())
def test_scans_one_after_another_are_each_their_own_entry(
    codes: list[str], data: st.DataObject
) -> None:
    events: list[KeyEvent] = []
    start = 0.0
    for code in codes:
        gaps = data.draw(st.lists(_gaps_fast, min_size=len(code), max_size=len(code)))
        events += timed(code, gaps, start=start)
        start = events[-1].at_ms + data.draw(_gaps_slow)
    assert entries(events) == [Entry(c, scanned=True) for c in codes]
