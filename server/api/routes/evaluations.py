"""The statistics of course evaluations (issue 19; :mod:`server.services.evaluations`):
per round or per course (every round of it), answer counts, response rate and per
question the distribution, a scale's average and the free texts. No money in it: for
course staff (:data:`models.commands.courses.COURSE_ROLES`); every read is audited."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel

from models.commands.courses import COURSE_ROLES
from models.errors import ValidationError
from server.api.deps import CurrentUser, DbDep, require_roles
from server.api.errors import ApiError
from server.api.schemas import PlainText, error_responses
from server.services import evaluations
from server.services.audit import audit_by

router = APIRouter(tags=["reports"])


class QuestionOut(BaseModel):
    id: str
    kind: str
    text: str
    answered: int
    #: Per scale step ("1".."5") or per choice, how many chose it.
    distribution: dict[str, int]
    average: float | None
    texts: list[str]


class RoundOut(BaseModel):
    round_id: str
    round: str
    invited: int
    answered: int
    response_rate: float | None
    questions: list[QuestionOut]


class EvaluationsOut(BaseModel):
    course_id: str
    course: str
    anonymous: bool
    version: int
    #: Participants sent a link, and answers given (all the rounds asked for).
    invited: int
    answered: int
    response_rate: float | None
    questions: list[QuestionOut]
    rounds: list[RoundOut]


@router.get("/reports/evaluations", responses=error_responses(401, 403, 404, 422))
def evaluations_report(
    principal: CurrentUser,
    db: DbDep,
    round_id: Annotated[PlainText | None, Query(alias="round", max_length=36)] = None,
    course_id: Annotated[PlainText | None, Query(alias="course", max_length=36)] = None,
) -> EvaluationsOut:
    """A round's evaluation (``round``), or a course's over all its rounds (``course``)."""
    require_roles(principal, COURSE_ROLES, "You may not see the evaluations")
    if (round_id is None) == (course_id is None):
        raise ApiError(422, "invalid_query", "Give a round or a course", field="round")
    with db.transaction() as session:
        try:
            found: dict[str, Any] = evaluations.report(
                session, principal.tenant_id, round_id=round_id, course_id=course_id
            )
        except ValidationError as exc:
            raise ApiError(404, "not_found", exc.message, field=exc.field) from None
        audit_by(
            session,
            principal,
            "reports.evaluations_read",
            details={"round": round_id or "", "course": course_id or ""},
        )
    return EvaluationsOut.model_validate(found)
