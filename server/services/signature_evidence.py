"""Reading a signature's evidence: administrators only, and every read audited.

The evidence (:class:`server.signing.tables.SignatureEvidence`) never syncs;
this is the one way it leaves the server. The read and its audit record commit
together, so there is no read without a record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from models.agent_orders import Signature
from models.errors import NotFoundError, PermissionDenied
from models.tenancy import Role
from server.services.audit import audit_by
from server.services.auth import Principal
from server.services.database import Database
from server.signing.tables import SignatureEvidence

READ_ACTION = "signature.evidence_read"


@dataclass(frozen=True)
class EvidenceView:
    """A signature with its evidence, as an administrator reads it."""

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


def read_evidence(*, db: Database, principal: Principal, signature_id: str) -> EvidenceView:
    """The evidence of ``signature_id`` (of the principal's tenant), recorded as read.

    Raises PermissionDenied unless the principal is an administrator, and
    NotFoundError for a signature that is not the tenant's.
    """
    if Role.ADMIN not in principal.roles:
        raise PermissionDenied("Only administrators can read the evidence of a signature")
    with db.transaction() as s:
        signature = s.get(Signature, signature_id) if len(signature_id) <= 36 else None
        if signature is None or signature.tenant_id != principal.tenant_id:
            raise NotFoundError(f"Signature {signature_id} was not found")
        kept = s.get(SignatureEvidence, signature.id)
        audit_by(
            s,
            principal,
            READ_ACTION,
            target_type="signature",
            target_id=signature.id,
            details={"order_id": signature.order_id, "method": signature.method},
        )
        return EvidenceView(
            signature_id=signature.id,
            order_id=signature.order_id,
            role=signature.role,
            method=signature.method,
            signer_name=signature.signer_name,
            signer_email=signature.signer_email,
            signed_at=signature.signed_at,
            data_hash=signature.data_hash,
            personnummer=kept.personnummer if kept else None,
            evidence=dict(kept.data) if kept else {},
        )
