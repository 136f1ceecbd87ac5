"""The public course catalogue of a tenant (issue 17): ``GET /catalogue/{tenant_slug}``
(``?category=`` for one category): the rounds open for sign-up
(:func:`server.services.catalogue.open_rounds`) by category, each with its dates, seats
left and base price, and a link to its sign-up form. It reads only; anyone may open it.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from models.ids import utcnow
from server.api.deps import DbDep
from server.services.catalogue import by_category, open_rounds, tenant_of_slug
from server.web.i18n import _
from server.web.templates import message, render

router = APIRouter(include_in_schema=False)


@router.get("/catalogue/{tenant_slug}")
def catalogue_page(
    request: Request, tenant_slug: str, db: DbDep, category: str | None = None
) -> HTMLResponse:
    """The tenant's open rounds, grouped by category."""
    with db.sessions() as s:
        tenant = tenant_of_slug(s, tenant_slug)
        if tenant is None:
            return message(
                request,
                _("Catalogue not found"),
                _("There is no course catalogue at this address. Check the link."),
                status_code=404,
                tone="bad",
            )
        chosen = category or None
        rounds = open_rounds(s, tenant.id, today=utcnow().date(), category=chosen)
        return render(
            request,
            "public/catalogue.html",
            tenant_name=tenant.name,
            category=chosen,
            all_url=f"/catalogue/{tenant.slug}",
            groups=by_category(rounds),
        )
