"""What a pulled page changed (``Changes.of_server_rows``): its rows by id when few, its
tables alone when many (a first sync's pages merged id by id grew quadratically)."""

from __future__ import annotations

from sync.changes import KNOWN_ROWS, Changes


def _page(table: str, n: int) -> dict[str, list[dict[str, str]]]:
    return {table: [{"id": f"{table}-{i}"} for i in range(n)]}


def test_a_small_page_names_its_rows() -> None:
    changes = Changes.of_server_rows(_page("person", 3), {"registration": ["r1"]})
    assert changes.tables == {"person", "registration"}
    assert changes.ids == {"person-0", "person-1", "person-2", "r1"}
    assert changes.touches("person") and not changes.outbox


def test_a_large_page_names_its_tables_alone_and_so_does_what_it_is_merged_into() -> None:
    rows = {**_page("person", KNOWN_ROWS), **_page("person_email", 1), "course": []}
    large = Changes.of_server_rows(rows, {"registration": ["r1"], "activity": []})
    assert large.tables == {"person", "person_email", "registration"} and large.ids == set()
    report = Changes.of_server_rows(_page("person", 2))
    for _ in range(3):
        report = report.merged(large)
    assert report.tables == {"person", "person_email", "registration"} and report.ids == set()
    assert Changes.of_server_rows(_page("person", KNOWN_ROWS)).ids  # at the limit: by id
