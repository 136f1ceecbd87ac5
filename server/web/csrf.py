"""CSRF tokens for the web forms: an HMAC of what the form is bound to.

A form bound to a link token (the manager's page) or to a web session gets
``csrf_token(secret, binding)``; the POST must carry the same value. No
server state is needed and a token from one link or session is worthless
for another.

Every form POST reads its form through :func:`checked_form`, a dependency
made from the route's binding: it reads the form (:func:`server.web.forms.read_form`)
and refuses a missing or wrong token with :class:`CsrfRefused`, which
:func:`install` answers with the "form has expired" page (403) — or, for a
route made with ``json=True``, with the JSON a script's poll expects. A route
that must answer something else first (an unusable link) takes the form with
``deferred=True`` and calls :meth:`PostedForm.require_csrf` (or reads
``csrf_ok``) where its answer allows.
"""

# No ``from __future__ import annotations``: FastAPI reads the annotations of the
# dependency :func:`checked_form` makes, which name its ``binding``.
import hashlib
import hmac
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from models.errors import PermissionDenied
from server.api.deps import SettingsDep
from server.settings import Settings
from server.web.forms import MAX_FORM_BYTES, read_form, refuse_as_json
from server.web.i18n import N_, _
from server.web.templates import message

#: What a refused token is told (the page says "The form has expired" above it).
EXPIRED = N_("The form has expired or did not come from this site. Reload the page and try again.")


class CsrfRefused(PermissionDenied):
    """A form post without the CSRF token of the page it claims to come from."""


class PostedForm(dict[str, str]):
    """A posted form's fields (first value of each name), and whether it carried the
    CSRF token of its page (``False`` only where the route took it ``deferred``)."""

    def __init__(self, fields: dict[str, str], *, csrf_ok: bool = True) -> None:
        super().__init__(fields)
        self.csrf_ok = csrf_ok

    def require_csrf(self) -> None:
        """Raise CsrfRefused unless the form carried its page's token."""
        if not self.csrf_ok:
            raise CsrfRefused(_(EXPIRED))


def csrf_token(secret: str, binding: str) -> str:
    return hmac.new(secret.encode(), f"csrf:{binding}".encode(), hashlib.sha256).hexdigest()


def form_token(settings: Settings, binding: str) -> str:
    """The CSRF token of a page's form bound to ``binding``, under the server's secret."""
    return csrf_token(settings.secret_key.get_secret_value(), binding)


def csrf_ok(secret: str, binding: str, sent: str | None) -> bool:
    """Whether ``sent`` is the token of the form bound to ``binding``."""
    return bool(sent) and hmac.compare_digest(csrf_token(secret, binding), sent or "")


def check_csrf(secret: str, binding: str, sent: str | None) -> None:
    """Raise CsrfRefused unless ``sent`` is the form's token."""
    if not csrf_ok(secret, binding, sent):
        raise CsrfRefused(_(EXPIRED))


def checked_form(
    binding: Callable[..., str],
    *,
    limit: int = MAX_FORM_BYTES,
    json: bool = False,
    deferred: bool = False,
) -> Any:
    """The dependency of a form POST: the posted form, its CSRF token checked.

    ``binding`` is itself a dependency (it may take the route's path parameters,
    a cookie or the signed-in user) giving what the form's token is bound to. An
    unreadable form raises ``BadForm`` and a wrong token :class:`CsrfRefused`;
    with ``json=True`` both are answered as JSON (the BankID poll). With
    ``deferred=True`` a wrong token is not raised but left in ``csrf_ok``.
    """

    async def form(
        request: Request, settings: SettingsDep, bound: Annotated[str, Depends(binding)]
    ) -> PostedForm:
        if json:
            refuse_as_json(request)
        fields = await read_form(request, limit=limit)
        ok = csrf_ok(settings.secret_key.get_secret_value(), bound, fields.get("csrf_token"))
        posted = PostedForm(fields, csrf_ok=ok)
        if not deferred:
            posted.require_csrf()
        return posted

    return Depends(form)


def install(app: FastAPI) -> None:
    """Answer every refused token on every page (:class:`CsrfRefused`)."""

    @app.exception_handler(CsrfRefused)
    async def _refused(request: Request, exc: CsrfRefused) -> Response:
        if getattr(request.state, "refuse_as_json", False):
            return JSONResponse({"status": "failed", "message": exc.message, "done": True}, 403)
        return _expired_page(request, exc)


def _expired_page(request: Request, exc: CsrfRefused) -> HTMLResponse:
    return message(request, _("The form has expired"), exc.message, status_code=403, tone="bad")
