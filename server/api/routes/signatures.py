"""Signature evidence for administrators (audited): ``GET /signatures/{id}/evidence``."""

from __future__ import annotations

from fastapi import APIRouter, Path

from server.api.deps import CurrentUser, DbDep
from server.api.schemas import ID_PATTERN, error_responses
from server.services.signature_evidence import EvidenceView, read_evidence

router = APIRouter(tags=["agent orders"])

ERRORS = error_responses(401, 403, 404, 422)


@router.get("/signatures/{signature_id}/evidence", responses=ERRORS)
def get_evidence(
    principal: CurrentUser,
    db: DbDep,
    signature_id: str = Path(max_length=36, pattern=ID_PATTERN),
) -> EvidenceView:
    """What proves a signature, with the signer's personnummer (administrators; the read
    is recorded in the audit trail)."""
    return read_evidence(db=db, principal=principal, signature_id=signature_id)
