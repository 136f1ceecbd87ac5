"""Signature evidence for administrators (audited): ``GET /signatures/{id}/evidence``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Path
from pydantic import BaseModel

from server.api.deps import CurrentUser, DbDep
from server.api.schemas import ErrorOut
from server.services.signature_evidence import read_evidence

router = APIRouter(tags=["agent orders"])

ERRORS: dict[int | str, dict[str, object]] = {
    code: {"model": ErrorOut} for code in (401, 403, 404, 422)
}


class EvidenceOut(BaseModel):
    signature_id: str
    order_id: str
    role: str
    method: str
    signer_name: str
    signer_email: str
    signed_at: datetime
    data_hash: str
    personnummer: str | None
    evidence: dict[str, Any]


@router.get("/signatures/{signature_id}/evidence", responses=ERRORS)
def get_evidence(
    principal: CurrentUser,
    db: DbDep,
    signature_id: str = Path(max_length=36, pattern=r"^[0-9a-fA-F-]{1,36}$"),
) -> EvidenceOut:
    """What proves a signature, with the signer's personnummer (administrators; the read
    is recorded in the audit trail)."""
    view = read_evidence(db=db, principal=principal, signature_id=signature_id)
    return EvidenceOut(**view.__dict__)
