"""A person's timeline as the server writes it outside the synced commands: the automatic
alumni check, a confirmation through a mailed link, an alumnus ending the membership, a
merge of two profiles."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from models.ids import new_id
from models.people import Activity, ActivityKind, Person


def add_activity(
    session: Session,
    person: Person,
    kind: ActivityKind,
    subject: str,
    *,
    actor: str,
    now: datetime,
    data: dict[str, Any],
    body: str = "",
) -> Activity:
    """Add an entry to ``person``'s timeline in ``session``: what happened (``kind``, the
    ``subject`` line and ``body``), who did it (``actor``: an address or the system), when
    (``now``) and the rows it concerns (``data``)."""
    activity = Activity(
        id=new_id(),
        tenant_id=person.tenant_id,
        person_id=person.id,
        kind=kind,
        subject=subject,
        body=body,
        occurred_at=now,
        actor=actor,
        data=data,
    )
    session.add(activity)
    return activity
