"""The check-in station (issue 19; seed 003, step 10): one session's full-screen check-in,
working offline on the local database.

* :class:`CheckInWindow`: full screen; what a scanner in keyboard-wedge mode sends (a
  burst ending in Enter, told apart from typing by :class:`models.wedge.BurstDetector`
  through an event filter on the entry field), a personnummer typed in the field and
  Enter, or a code the camera sees (:class:`CameraReader`) is answered by
  :func:`models.presence.check_in_answer`: green "Welcome Maria" (``attendance.check_in``
  recorded locally, synced later) or red with the reason in words. The answer is shown
  large, in colour *and* with a symbol and a headline *and* the text, with a sound; it
  stays until the next scan or a few seconds. On red staff may "Let in anyway…" with a
  reason (``attendance.override``, audited on the server). A side list shows who checked
  in, newest first, with the counts. Esc leaves (after asking).
* :class:`CheckInChooser`: Go › Check-in…, today's sessions to open the station for.
* :func:`decode_frame`: the codes in one camera frame (zxing-cpp), run off the GUI thread.

Overdue fees: the ledger is on the server. When the station opens online it asks the
server for the round's participants with a fee overdue (``GET /rounds/{id}/overdue``, in
the background), keeps the list for the station's life and asks again every few minutes;
a scan is answered from the list it has (before the first answer or offline: without
one, never waiting on the network). The station says on screen what holds: "Overdue fees
as of 14:02" or "Overdue fees not checked: offline".
"""

from __future__ import annotations

import math
import struct
import tempfile
import time
import wave
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import zxingcpp
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFont, QImage, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from desktop.admin.operations import _call
from desktop.common.domain_text import domain_message
from desktop.context import AppContext
from desktop.i18n import format_date
from desktop.operations import DbOp, NetOp, OpContext
from desktop.people.account import may_see_accounts
from desktop.presence.mrz_camera import held_up_key, ocr_available, read_mrz
from desktop.webview.server_api import known_offline, server_link
from models.attendance import Attendance, CheckInHow, local_time
from models.courses import NOT_SIGNED_UP, CourseRound, Registration, RoundSession
from models.people import Person
from models.presence import ANSWER_TEXTS, Green, Red, RedReason, check_in_answer
from models.sessions import session_span
from models.wedge import BurstDetector, Entry, KeyEvent
from sync.accounts import AccountClient, RoundOverdue
from sync.client import ServerUnavailable

#: How long an answer stays (ms) when no other scan comes: green, red.
GREEN_MS = 4000
RED_MS = 10000
#: The camera: at most one frame decoded per this many ms; the same code again within
#: ``REPEAT_MS`` is the same card still held up, not a new scan.
FRAME_MS = 200
REPEAT_MS = 4000
#: A frame without a barcode is read for an ID document's MRZ (OCR, slower) at most once
#: per this many ms.
MRZ_MS = 1000
#: The answer's colours (white text on both: contrast over 4.5:1).
GREEN = "#1b6e34"
RED = "#a4161a"
#: How often an open station asks the server again for the overdue fees (ms).
OVERDUE_REFRESH_MS = 3 * 60 * 1000


def multimedia() -> ModuleType | None:
    """Qt Multimedia, or None where it cannot load (no PulseAudio library on a server
    or a test machine): the station then has no camera and no sound, and says so."""
    try:
        from PySide6 import QtMultimedia
    except ImportError:
        return None
    return QtMultimedia


def decode_frame(image: QImage) -> list[str]:
    """The texts of the barcodes and QR codes in one camera frame (zxing-cpp), in order."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return [b.text for b in zxingcpp.read_barcodes(gray) if b.valid and b.text]


def decode_frame_or_mrz(image: QImage, try_mrz: bool) -> list[str]:
    """The barcodes in ``image``; when there are none and ``try_mrz``, the ID document's
    MRZ read in it (:func:`desktop.presence.mrz_camera.read_mrz`), if one reads."""
    texts = decode_frame(image)
    if texts or not try_mrz:
        return texts
    mrz = read_mrz(image)
    return [mrz] if mrz else []


# -- what the station reads and writes (on the database executor) ----------------------


@dataclass(frozen=True)
class CheckedIn:
    person_id: str
    name: str
    #: "18:02" (local time), or "" when marked present without a time.
    time: str
    how: str
    reason: str


@dataclass(frozen=True)
class StationData:
    round_id: str
    title: str
    day: date
    checked_in: list[CheckedIn]
    registered: int


def load_station(ctx: OpContext, session_id: str) -> StationData:
    """The session's line and who is checked in (newest first), with the registered count."""
    with ctx.read() as s:
        session, round_name = s.execute(
            select(RoundSession, CourseRound.name)
            .join(CourseRound, CourseRound.id == RoundSession.round_id)
            .where(RoundSession.id == session_id)
        ).one()
        rows = s.execute(
            select(Attendance, Person)
            .join(Person, Person.id == Attendance.person_id)
            .where(
                Attendance.session_id == session_id,
                Attendance.present.is_(True),
                Attendance.deleted_at.is_(None),
            )
            .order_by(Attendance.checked_in_at.desc(), Person.last_name, Person.first_name)
        ).all()
        registered = s.scalar(
            select(func.count(Registration.id)).where(
                Registration.round_id == session.round_id,
                Registration.deleted_at.is_(None),
                Registration.status.not_in([str(x) for x in NOT_SIGNED_UP]),
            )
        )
        line = ", ".join(x for x in (session_span(session), session.room) if x)
        return StationData(
            round_id=session.round_id,
            title=f"{round_name} — {format_date(session.day)} {line}".strip(),
            day=session.day,
            checked_in=[
                CheckedIn(
                    person.id,
                    person.full_name,
                    local_time(a.checked_in_at) if a.checked_in_at else "",
                    a.how,
                    a.override_reason,
                )
                for a, person in rows
            ],
            registered=int(registered or 0),
        )


# -- sound -------------------------------------------------------------------------------


def _tone_file(path: Path, notes: list[tuple[float, float]]) -> None:
    """A short 16-bit mono WAV of ``notes`` (frequency Hz, seconds), softly faded."""
    rate = 22050
    frames = bytearray()
    for freq, seconds in notes:
        count = int(rate * seconds)
        for i in range(count):
            fade = min(1.0, i / 400, (count - i) / 400)
            value = 0.5 * fade * math.sin(2 * math.pi * freq * i / rate)
            frames += struct.pack("<h", int(value * 32767))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))


class Sounds(QObject):
    """The ok and refused sounds; silent (never an error) without an audio output."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: The last sound asked for ("ok", "refused"), played or not.
        self.last = ""
        self.effects: dict[str, Any] = {}
        qt = multimedia()
        if qt is None or not qt.QMediaDevices.audioOutputs():
            return
        folder = Path(tempfile.mkdtemp(prefix="kansli-sounds-"))
        for name, notes in (
            ("ok", [(880.0, 0.12), (1320.0, 0.18)]),
            ("refused", [(330.0, 0.18), (220.0, 0.32)]),
        ):
            path = folder / f"{name}.wav"
            _tone_file(path, notes)
            effect = qt.QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self.effects[name] = effect

    def play(self, name: str) -> None:
        self.last = name
        effect = self.effects.get(name)
        if effect is not None:
            effect.play()


# -- camera ------------------------------------------------------------------------------


class CameraReader(QObject):
    """The first camera's frames, decoded off the GUI thread (one at a time, throttled);
    ``read`` gives each code seen (the same code held up is given once). A frame without
    a barcode is read for an ID document's MRZ at most every :data:`MRZ_MS` when
    Tesseract is here (:attr:`reads_mrz`)."""

    read = Signal(str)
    _decoded = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.camera: Any = None
        self.name = ""
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="camera-decode")
        self._busy = False
        self._last_frame = 0.0
        self._last_mrz = -math.inf
        #: Whether ID documents' MRZs are read (Tesseract is installed).
        self.reads_mrz = ocr_available()
        self._seen: dict[str, float] = {}
        self._decoded.connect(self._on_decoded)

    def start(self) -> bool:
        """Start the first camera; False when there is none."""
        qt = multimedia()
        devices = qt.QMediaDevices.videoInputs() if qt is not None else []
        if qt is None or not devices:
            return False
        self.name = devices[0].description()
        self.camera = qt.QCamera(devices[0], self)
        self.capture = qt.QMediaCaptureSession(self)
        self.sink = qt.QVideoSink(self)
        self.capture.setCamera(self.camera)
        self.capture.setVideoSink(self.sink)
        self.sink.videoFrameChanged.connect(self._frame)
        self.camera.start()
        return True

    def stop(self) -> None:
        if self.camera is not None:
            self.camera.stop()
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _frame(self, frame: Any) -> None:
        self.offer(frame.toImage())

    def offer(self, image: QImage) -> bool:
        """Decode ``image`` (a camera frame) off the GUI thread unless one is being decoded
        or one was taken less than :data:`FRAME_MS` ago; True when taken."""
        now = time.monotonic()
        if self._busy or (now - self._last_frame) * 1000 < FRAME_MS:
            return False
        try_mrz = self.reads_mrz and (now - self._last_mrz) * 1000 >= MRZ_MS
        self._busy, self._last_frame = True, now
        if try_mrz:
            self._last_mrz = now
        future = self._pool.submit(decode_frame_or_mrz, image, try_mrz)
        future.add_done_callback(self._done)
        return True

    def _done(self, future: Future[list[str]]) -> None:
        # On the decoding thread: the signal takes the texts to the GUI thread.
        texts = [] if future.cancelled() or future.exception() else future.result()
        self._decoded.emit(texts)

    def _on_decoded(self, texts: list[str]) -> None:
        self._busy = False
        now = time.monotonic()
        for text in texts:
            key = held_up_key(text)
            if (now - self._seen.get(key, -math.inf)) * 1000 >= REPEAT_MS:
                self.read.emit(text)
            self._seen[key] = now


# -- the station -------------------------------------------------------------------------


class OverrideDialog(QDialog):
    """Let in anyway: the reason (required)."""

    def __init__(self, answer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Let in anyway"))
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Why are they let in? (saved and audited)"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Let in"))
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        said = QLabel(answer)
        said.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addWidget(QLabel(self.tr("Reason:")))
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.resize(520, 260)


class CheckInWindow(QWidget):
    """The full-screen check-in station of one session."""

    #: An answer was shown (the answer: Green, Red, or the refusal's text).
    answered = Signal(object)
    #: The list of who checked in was (re)loaded.
    loaded = Signal()
    #: The server answered (or did not) about the overdue fees: ``fees_state`` says which.
    overdue_changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        session_id: str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        overdue_of: Callable[[str], int] | None = None,
        now_ms: Callable[[], float] | None = None,
        camera: bool = True,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.session_id = session_id
        self.today = today
        #: Given: the overdue fees as the caller knows them (the server is not asked).
        self.given_overdue_of = overdue_of
        #: The round's overdue fees as the server last said (person id → öre), None
        #: before an answer came; and when the server summed them.
        self.overdue: dict[str, int] | None = None
        self.overdue_as_of: datetime | None = None
        self._asking_overdue = False
        self.now_ms = now_ms or (lambda: time.monotonic() * 1000)
        self.detector = BurstDetector()
        self.data: StationData | None = None
        #: The answer shown (None: waiting for a scan).
        self.answer: Green | Red | str | None = None
        self.last_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Check-in"))
        self.setObjectName("checkInStation")

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.counts = QLabel()
        self.close_button = QPushButton(self.tr("Leave check-in (Esc)"))
        self.close_button.clicked.connect(self.leave)

        self.panel = QFrame()
        self.panel.setObjectName("answerPanel")
        self.symbol = QLabel()
        self.headline = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        centre = Qt.AlignmentFlag.AlignHCenter
        self.symbol.setAlignment(centre | Qt.AlignmentFlag.AlignBottom)
        self.headline.setAlignment(centre | Qt.AlignmentFlag.AlignVCenter)
        self.message.setAlignment(centre | Qt.AlignmentFlag.AlignTop)
        for label in (self.symbol, self.headline, self.message):
            # The panel's stretch shares its height out, not the texts' size hints.
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.headline.setMinimumHeight(1)
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.setContentsMargins(32, 16, 32, 16)
        panel_layout.addWidget(self.symbol, 3)
        panel_layout.addWidget(self.headline, 1)
        panel_layout.addWidget(self.message, 3)

        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("Scan a card or an ID, or type a personnummer"))
        self.entry.setAccessibleName(self.tr("Personnummer or card code"))
        self.entry.installEventFilter(self)
        self.override_button = QPushButton(self.tr("Let in anyway…"))
        self.override_button.clicked.connect(self.ask_override)
        self.override_button.hide()
        self.camera_state = QLabel()
        self.fees_state = QLabel()
        for label in (self.camera_state, self.fees_state):
            label.setWordWrap(True)

        self.list_title = QLabel(self.tr("Checked in (newest first)"))
        self.list = QListWidget()
        for widget in (self.list, self.close_button, self.override_button):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.counts)
        head.addWidget(self.close_button)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.override_button)
        main = QVBoxLayout()
        main.addWidget(self.panel, 1)
        main.addLayout(entry_row)
        main.addWidget(self.camera_state)
        main.addWidget(self.fees_state)
        side = QVBoxLayout()
        side.addWidget(self.list_title)
        side.addWidget(self.list, 1)
        body = QHBoxLayout()
        body.addLayout(main, 3)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(body, 1)

        self.sounds = Sounds(self)
        self.camera = CameraReader(self)
        self.camera.read.connect(lambda text: self.submit(text, CheckInHow.SCAN))
        if camera and self.camera.start():
            self.camera_state.setText(self.tr("Camera: %1").replace("%1", self.camera.name))
            if not self.camera.reads_mrz:
                self.camera_state.setText(
                    self.camera_state.text()
                    + " "
                    + self.tr(
                        "ID documents are not read by the camera (Tesseract OCR is not "
                        "installed): scan them with the scanner."
                    )
                )
        else:
            self.camera_state.setText(
                self.tr("No camera found: scan with the scanner or type the personnummer.")
            )
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.show_waiting)
        self.flush_timer = QTimer(self)
        self.flush_timer.setSingleShot(True)
        self.flush_timer.timeout.connect(self._flush)
        self.overdue_timer = QTimer(self)
        self.overdue_timer.setInterval(OVERDUE_REFRESH_MS)
        self.overdue_timer.timeout.connect(self.refresh_overdue)
        ctx.ops.changed.connect(self._changed)  # a bound slot: let go when closed
        self.show_waiting()
        self._scale()
        self.reload()
        self.entry.setFocus()

    # -- data --------------------------------------------------------------------------

    def reload(self) -> None:
        sid = self.session_id
        DbOp(
            lambda c: load_station(c, sid), parent=self, label=self.tr("Loading check-in")
        ).success(self._loaded).run(self.ctx.ops)

    def _changed(self, _changes: object) -> None:
        self.reload()  # a check-in here, or another station's arriving by sync

    def _loaded(self, data: StationData) -> None:
        first = self.data is None
        self.data = data
        if first and self.given_overdue_of is None:
            self.refresh_overdue()
            self.overdue_timer.start()
        self.title.setText(data.title)
        self.counts.setText(
            self.tr("%1 checked in · %2 registered")
            .replace("%1", str(len(data.checked_in)))
            .replace("%2", str(data.registered))
        )
        self.list.clear()
        for row in data.checked_in:
            line = f"{row.time}  {row.name}".strip()
            if row.how == CheckInHow.OVERRIDE:
                line += "  " + self.tr("(let in: %1)").replace("%1", row.reason)
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, row.person_id)
            self.list.addItem(item)
        self.loaded.emit()

    def refresh_overdue(self) -> None:
        """Ask the server for the round's overdue fees in the background (online only);
        the list kept meanwhile answers the scans."""
        link = server_link(self.ctx)
        if self.data is None or self._asking_overdue:
            return
        if link is None or known_offline(self.ctx):
            self._overdue_unknown()
            return
        if not may_see_accounts(self.ctx):
            self.fees_state.setText(
                self.tr("Overdue fees not checked: your role does not see people's accounts")
            )
            return
        self._asking_overdue = True
        if self.overdue_as_of is None:
            self.fees_state.setText(self.tr("Overdue fees not checked yet: asking the server…"))
        round_id = self.data.round_id
        overdue = _call(link, lambda c: c.round_overdue(round_id), AccountClient, timeout=(4, 20))
        NetOp(overdue, parent=self, label="checkin.overdue").success(self._overdue_came).failure(
            self._overdue_failed
        ).run(self.ctx.ops)

    def _overdue_came(self, answer: RoundOverdue) -> None:
        self._asking_overdue = False
        self.overdue, self.overdue_as_of = answer.people, answer.as_of
        self._say_overdue()
        self.overdue_changed.emit()

    def _overdue_failed(self, exc: Exception) -> None:
        self._asking_overdue = False
        if isinstance(exc, ServerUnavailable):
            self._overdue_unknown()
        else:
            self.fees_state.setText(
                self.tr("Overdue fees not checked: %1").replace("%1", domain_message(exc))
            )
        self.overdue_changed.emit()

    def _overdue_unknown(self) -> None:
        """Offline: the list kept still holds as of when it came; without one, none."""
        if self.overdue_as_of is not None:
            self._say_overdue()
        else:
            self.fees_state.setText(self.tr("Overdue fees not checked: offline"))

    def _say_overdue(self) -> None:
        assert self.overdue_as_of is not None
        self.fees_state.setText(
            self.tr("Overdue fees as of %1").replace("%1", local_time(self.overdue_as_of))
        )

    # -- input -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.entry and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.leave()
                return True
            text = _key_text(event)
            if text:
                return self.feed_key(text, self.now_ms())
        return super().eventFilter(watched, event)

    def feed_key(self, text: str, at_ms: float) -> bool:
        """One key at ``at_ms`` to the burst detector; True when the key is used up here
        (an Enter: the entry it ends is answered)."""
        entry = self.detector.feed(KeyEvent(text, at_ms))
        if entry is not None:
            self._take(entry)
        if text in ("\r", "\n"):
            if entry is None:  # the lines of an ID document may come: wait a moment
                self.flush_timer.start(int(self.detector.max_gap_ms) + 20)
            return True
        return False

    def _flush(self) -> None:
        entry = self.detector.flush(self.now_ms())
        if entry is not None:
            self._take(entry)

    def _take(self, entry: Entry) -> None:
        self.entry.clear()
        self.submit(entry.text, CheckInHow.SCAN if entry.scanned else CheckInHow.TYPED)

    # -- answer ------------------------------------------------------------------------

    def submit(self, text: str, how: str) -> None:
        """Answer ``text`` scanned or typed: green records the check-in locally."""
        if not text.strip():
            return
        tenant, sid, today = self.ctx.actor.tenant_id, self.session_id, self.today()
        # The list as it is now (the database thread never sees it change); none yet: 0.
        known = dict(self.overdue or {})
        overdue_of = self.given_overdue_of or (lambda person_id: known.get(person_id, 0))

        def run(c: OpContext) -> Green | Red:
            with c.read() as s:
                answer = check_in_answer(s, tenant, sid, text, today=today, overdue_of=overdue_of)
            if isinstance(answer, Green):
                args = {"session_id": sid, "person_id": answer.person_id, "how": str(how)}
                c.execute(c.command("attendance.check_in", args))
            return answer

        DbOp(run, parent=self, label=self.tr("Checking in")).success(self.show_answer).failure(
            lambda exc: self.show_answer(domain_message(exc))
        ).run(self.ctx.ops)

    def answer_text(self, answer: Green | Red | str) -> str:
        if isinstance(answer, str):
            return answer
        template = ANSWER_TEXTS[answer.code]
        return QCoreApplication.translate("Presence", template).format(**answer.values)

    def show_answer(self, answer: Green | Red | str) -> None:
        """``answer`` large: green or red, a symbol, a headline, the text, a sound."""
        self.answer = answer
        ok = isinstance(answer, Green)
        self.symbol.setText("✓" if ok else "✕")
        self.headline.setText(self.tr("Checked in") if ok else self.tr("Not checked in"))
        self.message.setText(self.answer_text(answer))
        colour = GREEN if ok else RED
        self.panel.setStyleSheet(
            f"#answerPanel {{ background: {colour}; border-radius: 16px; }}"
            " #answerPanel QLabel { color: white; }"
        )
        self.setAccessibleDescription(f"{self.headline.text()}: {self.message.text()}")
        can_override = (
            isinstance(answer, Red)
            and answer.person_id is not None
            and answer.reason != RedReason.ALREADY_CHECKED_IN
        )
        self.override_button.setVisible(can_override)
        self.sounds.play("ok" if ok else "refused")
        self.idle_timer.start(GREEN_MS if ok else RED_MS)
        self.answered.emit(answer)

    def show_waiting(self) -> None:
        self.answer = None
        self.symbol.setText("⌁")
        self.headline.setText(self.tr("Welcome"))
        self.message.setText(self.tr("Scan your card or ID"))
        self.panel.setStyleSheet(
            "#answerPanel { background: palette(alternate-base); border-radius: 16px; }"
        )
        self.override_button.hide()

    # -- override ----------------------------------------------------------------------

    def ask_override(self) -> None:
        answer = self.answer
        if not isinstance(answer, Red) or answer.person_id is None:
            return
        self.idle_timer.stop()
        dialog = OverrideDialog(self.answer_text(answer), self)
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: self.override(answer, dialog.reason.toPlainText()))
        dialog.finished.connect(lambda _r: self.entry.setFocus())
        dialog.open()

    def override(self, answer: Red, reason: str) -> None:
        """Let ``answer``'s person in despite it, with ``reason`` (audited)."""
        args = {
            "session_id": self.session_id,
            "person_id": answer.person_id,
            "reason": reason.strip(),
            "overridden": answer.code,
        }

        def run(c: OpContext) -> None:
            c.execute(c.command("attendance.override", args))

        DbOp(run, parent=self, label=self.tr("Letting in")).success(
            lambda _r: self._let_in(answer)
        ).failure(lambda exc: self.show_answer(domain_message(exc))).run(self.ctx.ops)

    def _let_in(self, answer: Red) -> None:
        name = answer.values.get("name", "")
        self.show_answer(Green(str(answer.person_id), {"name": name}))

    # -- leaving, size -----------------------------------------------------------------

    def leave(self) -> None:
        asked = QMessageBox.question(
            self,
            self.tr("Leave check-in"),
            self.tr("Leave the check-in station? Check-ins made are kept."),
        )
        if asked == QMessageBox.StandardButton.Yes:
            self.close()

    def closeEvent(self, event: object) -> None:
        self.camera.stop()
        self.overdue_timer.stop()
        super().closeEvent(event)  # type: ignore[arg-type]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        """Type sized for arm's length: scaled to the window (1080 lines high: 64 px text)."""
        unit = max(0.5, min(self.width() / 1920, self.height() / 1080))

        def font(px: float, bold: bool = False) -> QFont:
            f = QFont(self.font())
            f.setPixelSize(max(12, int(px * unit)))
            f.setBold(bold)
            return f

        self.symbol.setFont(font(180, True))
        self.headline.setFont(font(56, True))
        self.message.setFont(font(88, True))
        self.title.setFont(font(34, True))
        self.counts.setFont(font(34, True))
        self.entry.setFont(font(40))
        self.list_title.setFont(font(30, True))
        self.list.setFont(font(30))
        for widget in (self.close_button, self.override_button):
            widget.setFont(font(28))
        for label in (self.camera_state, self.fees_state):
            label.setFont(font(24))


def _key_text(event: QKeyEvent) -> str:
    """The key as the burst detector takes it: its character, Enter or backspace."""
    if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return "\r"
    if event.key() == Qt.Key.Key_Backspace:
        return "\b"
    text = event.text()
    return text if len(text) == 1 and text.isprintable() else ""


def open_station(ctx: AppContext, session_id: str, parent: QWidget | None = None) -> CheckInWindow:
    """The station of ``session_id``, full screen."""
    window = CheckInWindow(ctx, session_id, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.showFullScreen()
    window.activateWindow()
    window.entry.setFocus()
    return window


# -- Go › Check-in… ----------------------------------------------------------------------


@dataclass(frozen=True)
class TodaysSession:
    id: str
    line: str


def todays_sessions(ctx: OpContext, day: date) -> list[TodaysSession]:
    with ctx.read() as s:
        found = s.execute(
            select(RoundSession, CourseRound.name)
            .join(CourseRound, CourseRound.id == RoundSession.round_id)
            .where(RoundSession.day == day, RoundSession.deleted_at.is_(None))
            .order_by(RoundSession.start_minute, CourseRound.name, RoundSession.id)
        ).all()
        return [
            TodaysSession(
                session.id, ", ".join(x for x in (session_span(session), name, session.room) if x)
            )
            for session, name in found
        ]


class CheckInChooser(QDialog):
    """Go › Check-in…: today's sessions; Open starts the station for the chosen one."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.station: CheckInWindow | None = None
        self.setWindowTitle(self.tr("Check-in"))
        self.list = QListWidget()
        self.list.itemActivated.connect(lambda _i: self.open_chosen())
        self.empty = QLabel(self.tr("No sessions today."))
        self.empty.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = buttons.addButton(
            self.tr("Open check-in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setEnabled(False)
        buttons.accepted.connect(self.open_chosen)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Today's sessions:")))
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(560, 380)
        day = today or date.today()
        DbOp(lambda c: todays_sessions(c, day), parent=self).success(self._show).run(ctx.ops)

    def _show(self, rows: list[TodaysSession]) -> None:
        for row in rows:
            item = QListWidgetItem(row.line)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        self.empty.setVisible(not rows)
        self.open_button.setEnabled(bool(rows))
        if rows:
            self.list.setCurrentRow(0)

    def open_chosen(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.station = open_station(
            self.ctx, str(item.data(Qt.ItemDataRole.UserRole)), self.parentWidget()
        )
        self.accept()
