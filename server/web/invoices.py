"""An invoice's PDF behind the link in its mail (``/reports/invoice/{token}``, issue 18):
for whoever holds the link, no sign-in (:mod:`server.services.invoices`).

An expired link is a 410 page saying since when, a forged or unknown one (or one whose
invoice is not there) a 404 page.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from models.ids import utcnow
from server.api.deps import DbDep
from server.services.approval import LinkProblem, find_link
from server.services.invoices import INVOICE_LINK, invoice_pdf
from server.tables import Invoice
from server.web.i18n import N_
from server.web.templates import SECURITY_HEADERS, link_problem

router = APIRouter(include_in_schema=False)

EXPIRED = N_(
    "This link to an invoice expired on {day}. Ask the organiser who sent it for the invoice again."
)


@router.get("/reports/invoice/{token}", response_model=None)
def invoice_page(request: Request, token: str, db: DbDep) -> HTMLResponse | Response:
    """The invoice as a PDF."""
    with db.transaction() as s:
        try:
            link = find_link(s, token, now=utcnow(), purpose=INVOICE_LINK.purpose, expired=EXPIRED)
        except LinkProblem as exc:
            return link_problem(request, exc)
        invoice = s.get(Invoice, link.entity_id)
        if invoice is None or invoice.tenant_id != link.tenant_id:
            return link_problem(request, LinkProblem("The invoice of this link is not there."))
        body = invoice_pdf(s, invoice)
        name = f"invoice-{invoice.number}.pdf"
    return Response(
        body,
        media_type="application/pdf",
        headers={**SECURITY_HEADERS, "Content-Disposition": f'inline; filename="{name}"'},
    )
