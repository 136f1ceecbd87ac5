"""Internal notes on a registration (seed 000's "interna noteringar"; issue 20).

Staff write down what happened outside Kansli: "approval received by phone from the
manager on 3 December". A note is written once and never edited: a correction is a new
note, and a note written in error is withdrawn, which keeps it (its text, who wrote it
and when) and records who withdrew it and when. Notes are internal: no public page and
no mail shows them. Each note and each withdrawal is an entry on the registration's
timeline, which is the participant's and the approving manager's
(``registration_note`` / ``registration_note_removed`` activities).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base, SyncMixin
from models.errors import TransitionError

#: The longest note (a phone call's summary, not a document).
NOTE_MAX_LENGTH = 4000


class RegistrationNote(SyncMixin, Base):
    """An internal note on a registration: who wrote what, when; withdrawn or not."""

    __tablename__ = "registration_note"

    registration_id: Mapped[str] = mapped_column(ForeignKey("registration.id"), index=True)
    #: Who wrote it: the signed-in user's e-mail address.
    author_email: Mapped[str] = mapped_column(String(254))
    written_at: Mapped[datetime] = mapped_column()
    text: Mapped[str] = mapped_column(Text)
    #: When and by whom the note was withdrawn (None: it stands).
    removed_at: Mapped[datetime | None] = mapped_column(default=None)
    removed_by: Mapped[str | None] = mapped_column(String(254), default=None)

    @property
    def removed(self) -> bool:
        return self.removed_at is not None

    def withdraw(self, *, by: str, now: datetime) -> None:
        """Withdraw the note (it stays, marked); a note is withdrawn once."""
        if self.removed_at is not None:
            raise TransitionError(
                "This note was already withdrawn by {by} on {day}",
                params={"by": self.removed_by or "", "day": self.removed_at.date().isoformat()},
            )
        self.removed_at = now
        self.removed_by = by


def notes_of(session: Session, registration_id: str) -> list[RegistrationNote]:
    """The notes of a registration, newest first (withdrawn ones too)."""
    return list(
        session.scalars(
            select(RegistrationNote)
            .where(
                RegistrationNote.registration_id == registration_id,
                RegistrationNote.deleted_at.is_(None),
            )
            .order_by(RegistrationNote.written_at.desc(), RegistrationNote.id.desc())
        )
    )
