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


def test_derived_ids_stay_what_every_client_and_server_made() -> None:
    """The ids of rows already made (on clients offline, on the server) are derived again
    by later versions: pinned, and the same for every spelling of the parent."""
    parent = "01900000-0000-7000-8000-000000000001"
    assert derived_id(parent, "email", "0") == "01900000-0000-7e3e-b9e3-af0974944c03"
    for spelling in (parent.upper(), parent.replace("-", ""), "{" + parent + "}"):
        assert derived_id(spelling, "email", "0") == "01900000-0000-7e3e-b9e3-af0974944c03"
