"""The staff landing page of the embedded web view."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from server.web.i18n import _
from server.web.session import WebUser
from server.web.templates import message

router = APIRouter(include_in_schema=False)


@router.get("/staff/")
def staff_home(request: Request, user: WebUser) -> HTMLResponse:
    return message(
        request,
        _("Signed in as {name}").format(name=user.display_name or user.email),
        _("{organisation}. Pages opened from Kansli appear here.").format(
            organisation=user.tenant_name
        ),
    )
