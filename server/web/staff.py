"""The staff landing page of the embedded web view, and who may preview a public page."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from models.tenancy import Role
from server.web.i18n import _
from server.web.session import WebUser
from server.web.templates import message

router = APIRouter(include_in_schema=False)

#: The roles that may see a public page (a sign-up form, a manager's approval page) as
#: its readers do, from Kansli.
PREVIEW_ROLES = frozenset({Role.ADMIN, Role.COURSE_ADMIN})


def preview_refused(request: Request, text: str) -> HTMLResponse:
    """The page refusing a preview to a user whose roles do not allow it (403)."""
    return message(request, _("Not allowed"), text, status_code=403, tone="bad")


@router.get("/staff/")
def staff_home(request: Request, user: WebUser) -> HTMLResponse:
    return message(
        request,
        _("Signed in as {name}").format(name=user.display_name or user.email),
        _("{organisation}. Pages opened from Kansli appear here.").format(
            organisation=user.tenant_name
        ),
    )
