"""CSRF tokens for the web forms: an HMAC of what the form is bound to.

A form bound to a link token (the manager's page) or to a web session gets
``csrf_token(secret, binding)``; the POST must carry the same value. No
server state is needed and a token from one link or session is worthless
for another.
"""

from __future__ import annotations

import hashlib
import hmac

from models.errors import PermissionDenied
from server.web.i18n import _


def csrf_token(secret: str, binding: str) -> str:
    return hmac.new(secret.encode(), f"csrf:{binding}".encode(), hashlib.sha256).hexdigest()


def check_csrf(secret: str, binding: str, sent: str | None) -> None:
    """Raise PermissionDenied unless ``sent`` is the form's token."""
    if not sent or not hmac.compare_digest(csrf_token(secret, binding), sent):
        raise PermissionDenied(
            _("The form has expired or did not come from this site. Reload the page and try again.")
        )
