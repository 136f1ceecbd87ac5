"""What the public alumni page and the public intake API share.

Both are open to anyone: they find the tenant by its slug, cap what one
client address may send (:class:`~server.services.rate_limits.RateLimiter`), store the registration
``received`` and hand it to the automatic check after the answer has gone
(:func:`~server.services.alumni.worker.process_now`), so neither a slow
student system nor a failing one ever holds up or fails the form.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.errors import NotFoundError
from models.ids import utcnow
from models.tenancy import Tenant
from server.services.alumni.forms import intake
from server.services.alumni.notices import tell_received
from server.services.database import Database
from server.services.rate_limits import RateLimiter
from server.settings import Settings

#: Registrations one client address may submit to one tenant per window (page and API
#: together). Generous: a campus network may put many alumni behind one address.
INTAKE_LIMIT = 30
INTAKE_WINDOW_SECONDS = 600.0
#: Requests for a termination link one client address may make per window.
UNREGISTER_LIMIT = 10
#: Largest accepted body of a public intake request (the form is a few hundred bytes).
MAX_INTAKE_BYTES = 32 * 1024
MAX_SLUG_LENGTH = 64


intake_limiter = RateLimiter(INTAKE_LIMIT, INTAKE_WINDOW_SECONDS)
unregister_limiter = RateLimiter(UNREGISTER_LIMIT, INTAKE_WINDOW_SECONDS)


class BodyTooLarge(Exception):
    """The request body is larger than a public form can be."""


async def read_capped(chunks: AsyncIterator[bytes], limit: int = MAX_INTAKE_BYTES) -> bytes:
    """The whole body from ``chunks`` (a request's stream), refusing it past ``limit`` bytes.

    Reads the stream itself rather than trusting Content-Length, which a
    chunked request does not have.
    """
    body = bytearray()
    async for chunk in chunks:
        body += chunk
        if len(body) > limit:
            raise BodyTooLarge(f"The request is larger than {limit} bytes")
    return bytes(body)


def tenant_by_public_slug(session: Session, slug: str) -> Tenant:
    """The tenant whose public pages live under ``slug``; NotFoundError otherwise."""
    tenant = None
    if 0 < len(slug) <= MAX_SLUG_LENGTH:
        tenant = session.scalar(select(Tenant).where(Tenant.slug == slug.strip().lower()))
    if tenant is None:
        raise NotFoundError("There is no alumni registration at this address")
    return tenant


def submit_registration(
    db: Database,
    slug: str,
    data: Mapping[str, Any],
    *,
    address: str,
    limiter: RateLimiter | None = None,
    settings: Settings | None = None,
) -> str:
    """Store a registration from the public page or API for the tenant ``slug``; its id.

    Every attempt from the client ``address`` counts towards the limit,
    valid or not. With the server's ``settings``, ``alumni.received`` is notified
    (to whom a binding names: :mod:`server.services.alumni.notices`).

    Raises:
        NotFoundError: no tenant ``slug``.
        RateLimited: too many attempts from ``address``.
        AlumniFormError: naming every wrong field; nothing is stored.
    """
    with db.transaction() as session:
        tenant = tenant_by_public_slug(session, slug)
        (limiter or intake_limiter).hit(f"{tenant.id}:{address}")
        reg = intake(session=session, tenant_id=tenant.id, data=data, now=utcnow())
        if settings is not None:
            tell_received(session, settings, reg)
        return reg.id
