from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from models.ids import derived_id, new_id


def test_new_ids_are_uuid7_and_sort_by_time() -> None:
    ids = [new_id() for _ in range(50)]
    assert all(uuid.UUID(i).version == 7 for i in ids)
    assert ids == sorted(ids)


@given(st.text(max_size=20), st.text(max_size=20))
def test_derived_ids_are_deterministic_uuid7_next_to_their_parent(a: str, b: str) -> None:
    parent = new_id()
    d = derived_id(parent, a, b)
    assert d == derived_id(parent, a, b)
    u = uuid.UUID(d)
    assert u.version == 7 and u.variant == uuid.RFC_4122
    assert d[:13] == parent[:13]  # same millisecond timestamp
    if (a, b) != (b, a):
        assert derived_id(parent, b, a) != d or a == b
