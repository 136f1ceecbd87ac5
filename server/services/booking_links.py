"""Personal booking links (issue 17): a mailed link that recognises the person, so they
book a round without typing their details (``/book/{token}``, :mod:`server.web.booking`).

The token is a :mod:`server.services.approval` link of kind :data:`BOOKING_LINK`: random,
stored hashed, bound to the address it was mailed to and to one tenant's person, and
reusable until it expires (a booking does not use it up: the person may book more rounds
from the same mail). A person merged into another since is recognised as the survivor.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from models.people import live_person
from server.i18n import N_
from server.services.approval import LinkKind, LinkProblem, find_link, issue_link, link_url
from server.settings import Settings

#: A personal booking link; reusable until it expires.
BOOKING_LINK = LinkKind("booking", timedelta(days=60))

BOOKING_LINK_EXPIRED = N_(
    "This link expired on {day}. Open the link in a newer e-mail from us, or sign up "
    "from the course catalogue."
)
#: What a link of a person no longer kept says (deleted, or merged away into nothing).
PERSON_GONE = N_("The person this link was made for is no longer in the register.")


def booking_link(
    session: Session,
    settings: Settings,
    *,
    tenant_id: str,
    person_id: str,
    email: str,
    now: datetime,
    round_id: str | None = None,
) -> str:
    """A new personal booking link for ``person_id`` mailed to ``email``: the absolute URL
    of their booking page (``/book/{token}``), or of one round's page on it
    (``/book/{token}/{round_id}``). Only the token's hash is stored (flushed with the
    caller's transaction)."""
    token = issue_link(
        session, BOOKING_LINK, tenant_id=tenant_id, entity_id=person_id, email=email, now=now
    )
    url = link_url(settings, "book", token)
    return f"{url}/{round_id}" if round_id else url


def person_of_link(session: Session, token: str, *, now: datetime) -> tuple[str, str]:
    """The ``(tenant_id, person_id)`` a live booking link is for (the survivor when the
    person was merged), or :class:`LinkProblem`: 404-like for a forged or unknown token,
    410-like (with ``{day}``) when it expired; a deleted person is refused too."""
    link = find_link(
        session,
        token,
        now=now,
        purpose=BOOKING_LINK.purpose,
        expired=BOOKING_LINK_EXPIRED,
    )
    person = live_person(session, link.tenant_id, link.entity_id)
    if person is not None:
        return link.tenant_id, person.id
    raise LinkProblem(PERSON_GONE)
