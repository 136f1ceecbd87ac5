"""Links the alumni pages mail to an address: a new token for a page of the tenant's alumni
site, at most a few a day to one address (a public form must not be a way to fill someone's
mailbox).

Used to confirm proposed contact details (:mod:`.confirmation`) and to terminate a
membership (:mod:`.forms`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from sqlalchemy.orm import Session

from models.notifications import EventType
from models.tenancy import Tenant
from server.i18n import current_language
from server.services.approval import LinkKind, issue_link, links_mailed_today
from server.services.notify import Recipient, notify
from server.settings import Settings


@dataclass(frozen=True)
class MailedLink:
    """A link the alumni pages mail: its token's kind, the page it opens
    (``/alumni/{slug}/{page}/{token}``), the kind of its mail, how many such links may
    go to one address in a day, and the event its mail notifies."""

    link: LinkKind
    page: str
    mail_kind: str
    per_day: int
    event: EventType


def mail_link(
    session: Session,
    settings: Settings,
    mailed: MailedLink,
    *,
    tenant: Tenant,
    entity_id: str,
    email: str,
    now: datetime,
    values: Callable[[str], Mapping[str, object]],
    name: str = "",
    related_id: str | None = None,
) -> bool:
    """Mail ``email`` a new link of ``mailed`` about the row ``entity_id``, in ``session``'s
    transaction, unless ``mailed.per_day`` such links went to the address in the last day.

    The mail is the notification of ``mailed.event`` (:func:`server.services.notify.notify`)
    to ``name`` at ``email`` in the current language, with the values ``values(url)``
    (``link`` is the url). Returns whether a mail was queued.
    """
    tenant_id, purpose = tenant.id, mailed.link.purpose
    if (
        links_mailed_today(session, tenant_id=tenant_id, purpose=purpose, email=email, now=now)
        >= mailed.per_day
    ):
        return False
    token = issue_link(
        session, mailed.link, tenant_id=tenant_id, entity_id=entity_id, email=email, now=now
    )
    url = f"{settings.public_base_url}/alumni/{quote(tenant.slug)}/{mailed.page}/{token}"
    notify(
        session,
        settings,
        tenant_id=tenant_id,
        event=mailed.event,
        values={**values(url), "link": url},
        recipients={"member": [Recipient("member", name, (email,), language=current_language())]},
        related_id=related_id,
        kind=mailed.mail_kind,
        personal=True,
    )
    return True
