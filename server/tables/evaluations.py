"""Course evaluations' answers (issue 19): one row per answer given on an evaluation page
(:mod:`server.web.evaluation`), written once and never changed or deleted (triggers made
by migration 0029 refuse an UPDATE or DELETE).

An anonymous questionnaire's answer does not keep whose it is: ``registration_id`` is
empty, and only the link (``link_token.used_at``) says that the participant answered.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.ids import utcnow
from server.tables.base import TenantRow


class EvaluationAnswer(TenantRow, Base):
    """One participant's answer to a round's evaluation."""

    __tablename__ = "evaluation_answer"

    course_id: Mapped[str] = mapped_column(String(36))
    round_id: Mapped[str] = mapped_column(String(36), index=True)
    #: The questionnaire's version the answer was given to.
    form_version: Mapped[int] = mapped_column(Integer)
    #: Whose answer it is; empty (None) when the questionnaire is anonymous.
    registration_id: Mapped[str | None] = mapped_column(String(36), default=None)
    #: Question id -> the answer (a scale step, a choice, the choices, a text).
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
