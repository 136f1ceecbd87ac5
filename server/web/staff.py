"""The staff landing page of the embedded web view."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from server.web.session import WebUser
from server.web.templates import message

router = APIRouter(include_in_schema=False)


@router.get("/staff/")
def staff_home(request: Request, user: WebUser) -> HTMLResponse:
    return message(
        request,
        f"Signed in as {user.display_name or user.email}",
        f"{user.tenant_name}. Pages opened from Kansli appear here.",
    )
