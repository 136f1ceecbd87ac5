"""Incoming payments (issue 18): importing a Bankgirot BgMax file, the payments no invoice
was found for, and matching one by hand to an invoice — for those who handle money
(:data:`models.tenancy.MONEY_ROLES`), never for an agent's users. The work is
:mod:`server.services.payments`'; every import, read and match is audited."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import Base64Bytes, BaseModel, Field

from models.bgmax import BgMaxError
from models.ids import utcnow
from models.tenancy import MONEY_ROLES
from server.api.deps import CurrentUser, DbDep, SettingsDep, require_roles
from server.api.errors import ApiError
from server.api.schemas import ID_PATTERN, IsoText, PathId, PlainText, error_responses
from server.services import payments
from server.services.audit import audit_by
from server.services.seq import lock_tenant
from server.tables.payments import IncomingPayment

router = APIRouter(tags=["payments"])

#: The largest BgMax file taken (a file of 10 000 payments is about 2 MB).
MAX_FILE_BYTES = 20 * 1024 * 1024


def _money_staff(principal: CurrentUser) -> None:
    require_roles(principal, MONEY_ROLES, "You may not handle payments")


class ImportOut(BaseModel):
    """What an import did: ``already_imported`` (the same file before: nothing booked) and
    the counts — payments, matched, partly (the invoice still asks more), overpaid (the
    excess became credit), unmatched, already (booked before, from another file),
    deductions, returned (deductions booked against the payments they name),
    deductions_unmatched (held on suspense) — and the amount booked (öre)."""

    file_id: str
    already_imported: bool
    counts: dict[str, int]


class PaymentOut(BaseModel):
    id: str
    source: str
    amount: int
    paid_on: IsoText
    reference: str
    #: The payer's name as the bank gave it.
    payer: str
    status: str
    invoice_id: str | None


class PaymentList(BaseModel):
    rows: list[PaymentOut]


class InvoiceList(BaseModel):
    """Invoices found for matching: what each asked and still asks (öre)."""

    rows: list[payments.InvoiceHit]


class MatchIn(BaseModel):
    invoice_id: PlainText = Field(pattern=ID_PATTERN)


def _out(row: IncomingPayment) -> PaymentOut:
    return PaymentOut.model_validate(row, from_attributes=True)


class BgMaxIn(BaseModel):
    """A BgMax file as Bankgirot delivered it (its bytes, base64) and its file name."""

    name: PlainText = Field(default="", max_length=255)
    data: Annotated[Base64Bytes, Field(max_length=MAX_FILE_BYTES * 4 // 3 + 4)]


@router.post("/payments/bgmax", responses=error_responses(401, 403, 422))
def import_bgmax(
    principal: CurrentUser, db: DbDep, settings: SettingsDep, body: BgMaxIn
) -> ImportOut:
    """Import a BgMax file: each payment received and matched by its OCR reference, in
    one transaction. A file with an error books nothing: 422 ``bgmax_invalid`` with the
    ``line``, ``field`` and ``why``."""
    _money_staff(principal)
    data, name = body.data, body.name
    try:
        with db.transaction() as session:
            lock_tenant(session, principal.tenant_id)
            result = payments.import_bgmax(
                session, settings, tenant_id=principal.tenant_id, data=data, name=name,
                user_id=principal.user_id, now=utcnow(),
            )  # fmt: skip
            audit_by(
                session,
                principal,
                "payments.bgmax_imported",
                target_type="payment_file",
                target_id=result.file_id,
                details={"counts": result.counts, "already": result.already_imported},
            )
    except BgMaxError as e:
        error = ApiError(422, "bgmax_invalid", e.message, field=e.field)
        detail = error.detail
        assert isinstance(detail, dict)
        detail.update({"line": e.line, "why": e.why})
        raise error from None
    return ImportOut(
        file_id=result.file_id, already_imported=result.already_imported, counts=result.counts
    )


@router.get("/payments/unmatched", responses=error_responses(401, 403))
def unmatched_payments(principal: CurrentUser, db: DbDep) -> PaymentList:
    """The payments no invoice was found for, oldest first (their money is on suspense)."""
    _money_staff(principal)
    with db.transaction() as session:
        rows = [_out(r) for r in payments.unmatched(session, principal.tenant_id)]
        audit_by(session, principal, "payments.unmatched_read")
    return PaymentList(rows=rows)


@router.get("/payments/invoices", responses=error_responses(401, 403, 422))
def find_invoices(
    principal: CurrentUser,
    db: DbDep,
    # One line of plain text (a NUL or a control character is a 422, never a database error).
    q: Annotated[PlainText, Query(max_length=100)] = "",
) -> InvoiceList:
    """Invoices by OCR reference, number or the person's name, newest first (at most 50)."""
    _money_staff(principal)
    with db.transaction() as session:
        return InvoiceList(rows=payments.find_invoices(session, principal.tenant_id, q))


@router.post("/payments/{payment_id}/match", responses=error_responses(401, 403, 404, 409, 422))
def match_payment(
    principal: CurrentUser,
    db: DbDep,
    settings: SettingsDep,
    payment_id: PathId,
    body: MatchIn,
) -> PaymentOut:
    """Match an unmatched payment to an invoice: it is booked on the invoice (any excess
    to the person's credit) and the receipt goes. 409 ``conflict`` if it was matched."""
    _money_staff(principal)
    with db.transaction() as session:
        lock_tenant(session, principal.tenant_id)
        row = payments.match(
            session, settings, tenant_id=principal.tenant_id, payment_id=payment_id,
            invoice_id=body.invoice_id, user_id=principal.user_id, now=utcnow(),
        )  # fmt: skip
        audit_by(
            session,
            principal,
            "payments.matched",
            target_type="incoming_payment",
            target_id=row.id,
            details={"invoice_id": body.invoice_id},
        )
        return _out(row)
