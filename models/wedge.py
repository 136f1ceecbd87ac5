"""A scanner in keyboard-wedge mode, told apart from a person typing (issue 19).

A barcode or MRZ scanner set up as a keyboard "types" what it read in a burst: the
characters a few milliseconds apart, then Enter. A person types tens to hundreds of
milliseconds apart. :class:`BurstDetector` is fed the key events with their times and
says, at each Enter, whether what came before was a scanner's burst (:class:`Entry`
``scanned``) or typing, and gives the text: only the burst's characters when a scan
follows something typed without Enter (a half-typed name is not glued to the card code).

An ID document's reader sends its machine-readable zone a line at a time, each line
ended by Enter, in one burst: lines of an MRZ's width (30 or 44 of ``A-Z0-9<``) are
kept until the zone is whole and given as one entry, its lines joined by ``\n``.

Pure and without Qt: the check-in screen feeds it ``QKeyEvent`` text and timestamps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Longest pause between two characters of one burst. Wedge scanners send a character
#: every 1-20 ms; a fast typist's quickest key-to-key pauses are 30-60 ms, and typing
#: has many longer ones.
MAX_GAP_MS = 30.0
#: A burst is at least this long (a card code, a personnummer, an MRZ): a key or two
#: typed fast by rollover is not a scan.
MIN_BURST = 4
#: The characters a scanner ends its burst with.
ENTER = frozenset({"\r", "\n"})
#: Backspace: a person's correction (a scanner never sends it).
BACKSPACE = "\b"
#: One line of an ID card's (30) or a passport's (44) machine-readable zone.
_MRZ_LINE = re.compile(r"[A-Za-z0-9<]{30}|[A-Za-z0-9<]{44}")
#: The whole zones: lines and width.
_MRZ_SHAPES = ((3, 30), (2, 44))


@dataclass(frozen=True)
class KeyEvent:
    """One key's text (a character, Enter or backspace) and when it came (ms)."""

    text: str
    at_ms: float


@dataclass(frozen=True)
class Entry:
    """What came before an Enter: the text and whether a scanner sent it."""

    text: str
    scanned: bool


@dataclass
class BurstDetector:
    """Feed key events in order; :meth:`feed` gives an :class:`Entry` at each Enter."""

    max_gap_ms: float = MAX_GAP_MS
    min_burst: int = MIN_BURST
    #: Everything typed since the last Enter (backspaces applied): a person's entry.
    _typed: list[str] = field(default_factory=list)
    #: The current run of characters each within ``max_gap_ms`` of the one before.
    _run: list[str] = field(default_factory=list)
    _last_ms: float | None = None
    #: The lines of an MRZ read so far in this burst.
    _lines: list[str] = field(default_factory=list)

    def feed(self, event: KeyEvent) -> Entry | None:
        """Take one key; at Enter, the entry it ends (None for an Enter on nothing, or
        within an MRZ still coming). A burst of MRZ lines broken off (a pause before the
        zone is whole) is given as it is at the next key: a misread to scan again."""
        fast = self._last_ms is not None and event.at_ms - self._last_ms <= self.max_gap_ms
        self._last_ms = event.at_ms
        broken = None
        if self._lines and not fast:
            broken = Entry("\n".join(self._lines), scanned=True)
            self._lines = []
        if event.text in ENTER:
            entry = self._entry(fast)
            self._typed, self._run = [], []
            return entry or broken
        if event.text == BACKSPACE:
            if self._typed:
                self._typed.pop()
            self._run = []  # a correction: a person is typing
            return broken
        if not fast:
            self._run = []
        self._run.append(event.text)
        self._typed.append(event.text)
        return broken

    def _entry(self, fast_enter: bool) -> Entry | None:
        if fast_enter and len(self._run) >= self.min_burst:
            text = "".join(self._run)
            if not _MRZ_LINE.fullmatch(text) or (self._lines and len(self._lines[0]) != len(text)):
                return Entry(text, scanned=True)
            self._lines.append(text)
            if (len(self._lines), len(text)) in _MRZ_SHAPES:
                whole, self._lines = "\n".join(self._lines), []
                return Entry(whole, scanned=True)
            return None  # more lines of the zone to come
        if not self._typed:
            return None
        return Entry("".join(self._typed), scanned=False)

    def flush(self, now_ms: float) -> Entry | None:
        """The lines held for an MRZ once the burst is over (a screen's timer asks
        ``max_gap_ms`` after an Enter): a card code as wide as an MRZ line is not kept
        waiting for lines that never come."""
        if not self._lines or self._last_ms is None or now_ms - self._last_ms <= self.max_gap_ms:
            return None
        held, self._lines = "\n".join(self._lines), []
        return Entry(held, scanned=True)

    def reset(self) -> None:
        """Forget what came so far (the screen changed session, or lost the focus)."""
        self._typed, self._run, self._lines, self._last_ms = [], [], [], None


def entries(events: list[KeyEvent], **settings: float) -> list[Entry]:
    """Every entry a sequence of key events makes (:class:`BurstDetector` over them)."""
    detector = BurstDetector(**settings)  # type: ignore[arg-type]
    return [e for e in map(detector.feed, events) if e is not None]
