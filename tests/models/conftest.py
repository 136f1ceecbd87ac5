from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from models.base import Base
from server.db import make_engine


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    """A session on a real SQLite file holding the whole schema."""
    engine = make_engine(f"sqlite:///{tmp_path / 'domain.db'}")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        yield s
    engine.dispose()
