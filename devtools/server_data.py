"""Rows put straight into the server's database, for tests and benchmarks that need
many of them fast (persons with an address and a phone)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from models import Person, PersonEmail, PersonPhone
from models.ids import new_id
from server.services.database import Database


@contextmanager
def server_session(db_url: str) -> Iterator[Session]:
    """A transaction on the server's database through the server's own Database."""
    db = Database(db_url)
    try:
        with db.transaction() as session:
            yield session
    finally:
        db.dispose()


T0 = datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=UTC)


def seed_people(db_url: str, tenant_id: str, count: int, *, seed: int = 1) -> list[str]:
    """``count`` persons, each with an e-mail address and a phone; returns their ids."""
    rnd = random.Random(seed)  # noqa: S311  (made-up data, the same for a seed)
    ids: list[str] = []
    with server_session(db_url) as s:
        for i in range(count):
            pid = new_id()
            ids.append(pid)
            s.add(
                Person(
                    id=pid,
                    tenant_id=tenant_id,
                    first_name=rnd.choice(["Anna", "Erik", "Sara", "Olof", "Maja"]),
                    last_name=f"Berg{i}",
                    city="Umeå",
                    created_at=T0 + timedelta(minutes=i),
                )
            )
            s.flush()
            s.add(
                PersonEmail(
                    tenant_id=tenant_id, person_id=pid, address=f"p{i}@ex.se", is_primary=True
                )
            )
            s.add(PersonPhone(tenant_id=tenant_id, person_id=pid, number=f"+4670{i:07d}"))
    return ids
