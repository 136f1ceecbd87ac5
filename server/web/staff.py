"""The staff landing page (``/staff/``), and who may preview a public page.

The landing page is where a web sign-in without a page to go back to ends, and what the
embedded web view shows first: who is signed in, and for an agent's case handler or
attestant the way to their approvals with how many orders wait and changed.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from models.tenancy import Role
from server.api.deps import DbDep
from server.services.agent_orders import case_lists
from server.services.agent_roles import AGENT_ROLES
from server.web.i18n import _
from server.web.session import WebUser
from server.web.templates import message, render

router = APIRouter(include_in_schema=False)

#: The roles that may see a public page (a sign-up form, a manager's approval page) as
#: its readers do, from Kansli.
PREVIEW_ROLES = frozenset({Role.ADMIN, Role.COURSE_ADMIN})


def preview_refused(request: Request, text: str) -> HTMLResponse:
    """The page refusing a preview to a user whose roles do not allow it (403)."""
    return message(request, _("Not allowed"), text, status_code=403, tone="bad")


@router.get("/staff/")
def staff_home(request: Request, user: WebUser, db: DbDep) -> HTMLResponse:
    """Who is signed in; "My approvals" with the two lists' counts for an agent role."""
    counts: tuple[int, int] | None = None
    if any(role in user.roles for role in AGENT_ROLES):
        with db.sessions() as s:
            counts = (
                len(case_lists.action_required(s, user)),
                len(case_lists.updated_cases(s, user)),
            )
    return render(
        request,
        "public/staff_home.html",
        who=user.display_name or user.email,
        organisation=user.tenant_name,
        counts=counts,
    )
