"""What to tell someone (:class:`Message`), in the tenant's language.

Shared by the notifications (:mod:`server.services.notifications`) and the
mail worker's notice of a failed mail (:func:`server.services.mail.notify_failed`);
it imports neither.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from models.tenancy import Tenant
from server.i18n import gettext, use_language


@dataclass(frozen=True)
class Message:
    """What to tell someone: a subject line, a text, and optionally a page of this server.

    ``title`` and ``body`` are English templates marked with ``N_()``, filled
    from ``params`` once translated into the tenant's language (see
    :meth:`in_language`); or, with ``texts``, the title and body in each language
    (English where a language is missing), not looked up in the catalogue.
    """

    kind: str
    title: str
    body: str
    #: Path of a page (``/staff/...``), shown in the app and linked from the mail.
    link_path: str = ""
    related_id: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    texts: Mapping[str, tuple[str, str]] = field(default_factory=dict)

    def in_language(self, language: str) -> tuple[str, str]:
        """Title and body in ``language``, the values filled in."""
        if self.texts:
            title, body = self.texts.get(language) or self.texts["en"]
        else:
            with use_language(language):
                title, body = gettext(self.title), gettext(self.body)
        return title.format(**self.params), body.format(**self.params)


def tenant_language(session: Session, tenant_id: str) -> str:
    """The language of the tenant's messages ("en" for a tenant that is gone)."""
    tenant = session.get(Tenant, tenant_id)
    return tenant.language if tenant is not None else "en"
