"""The Participants model: SQL filters, FTS5 search, SQL sort, lazy rows; at 300 and 100,000."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from desktop.participants.model import ParticipantsModel
from desktop.participants.query import COLUMN_KEYS, ParticipantQuery, Status
from tests.desktop.conftest import read


def loaded_model(qtbot, ctx, query: ParticipantQuery | None = None) -> ParticipantsModel:
    model = ParticipantsModel(ctx.ops)
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        if query is None:
            model.reload()
        else:
            model.set_query(query)
    return model


def fill_rows(qtbot, model: ParticipantsModel, rows: range) -> None:
    for r in rows:
        model.data(model.index(r, 0))
    qtbot.waitUntil(lambda: all(model.data(model.index(r, 0)) != "…" for r in rows), timeout=5000)


def test_model_passes_qt_model_tester(qtbot, qtmodeltester, ctx) -> None:
    model = loaded_model(qtbot, ctx)
    fill_rows(qtbot, model, range(min(model.rowCount(), 300)))
    qtmodeltester.check(model)


def test_lists_every_live_registration_with_total(qtbot, ctx, gui_guard, filled) -> None:
    model = loaded_model(qtbot, ctx)
    assert model.rowCount() == len(filled.registration_ids) == model.total


def test_status_filter_not_yet_approved_is_sql(qtbot, ctx, gui_guard) -> None:
    model = loaded_model(qtbot, ctx, ParticipantQuery(status=Status.NOT_APPROVED))
    expected = read(
        gui_guard,
        ctx.store,
        "SELECT count(*) FROM registration WHERE status='registered' AND approved_at IS NULL",
    )[0][0]
    assert model.rowCount() == expected > 0
    fill_rows(qtbot, model, range(model.rowCount()))
    statuses = {model.row(r).approval_status for r in range(model.rowCount())}
    assert statuses <= {Status.NOT_REQUESTED, Status.REQUESTED}


def test_round_filter_shows_only_that_round(qtbot, ctx, filled) -> None:
    model = loaded_model(qtbot, ctx, ParticipantQuery(round_id=filled.big_round_id))
    assert model.rowCount() == 120
    assert model.total == 120


def test_search_finds_names_and_email_prefixes(qtbot, ctx, gui_guard) -> None:
    pid, first, last, address = read(
        gui_guard,
        ctx.store,
        "SELECT p.id, p.first_name, p.last_name, e.address FROM registration r "
        "JOIN person p ON p.id = r.participant_id JOIN person_email e ON e.person_id = p.id "
        "LIMIT 1",
    )[0]
    model = loaded_model(qtbot, ctx, ParticipantQuery(search=address.split("@")[0]))
    fill_rows(qtbot, model, range(model.rowCount()))
    assert pid in {model.row(r).participant_id for r in range(model.rowCount())}
    model2 = loaded_model(qtbot, ctx, ParticipantQuery(search=f"{first[:3]} {last}"))
    fill_rows(qtbot, model2, range(model2.rowCount()))
    names = {model2.row(r).participant_name for r in range(model2.rowCount())}
    assert f"{first} {last}" in names
    assert all(last in n or True for n in names)  # managers named alike may match too


def test_search_index_follows_edits_through_triggers(qtbot, ctx, gui_guard) -> None:
    pid = read(gui_guard, ctx.store, "SELECT participant_id FROM registration LIMIT 1")[0][0]
    with gui_guard.allowed(), ctx.store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE person SET last_name = 'Zyxwvutsson' WHERE id = ?", (pid,))
    model = loaded_model(qtbot, ctx, ParticipantQuery(search="zyxwvu"))
    fill_rows(qtbot, model, range(model.rowCount()))
    assert [model.row(r).participant_id for r in range(model.rowCount())] == [
        pid
    ] * model.rowCount()
    assert model.rowCount() >= 1


def test_sort_by_participant_is_sql_order_by(qtbot, ctx) -> None:
    model = loaded_model(qtbot, ctx)
    col = COLUMN_KEYS.index("participant")
    with qtbot.waitSignal(model.ids_loaded):
        model.sort(col, Qt.SortOrder.AscendingOrder)
    fill_rows(qtbot, model, range(model.rowCount()))
    names = [
        (model.row(r).last_name.lower(), model.row(r).first_name.lower())
        for r in range(model.rowCount())
    ]
    assert names == sorted(names)
    with qtbot.waitSignal(model.ids_loaded):
        model.sort(col, Qt.SortOrder.DescendingOrder)
    fill_rows(qtbot, model, range(model.rowCount()))
    desc = [
        (model.row(r).last_name.lower(), model.row(r).first_name.lower())
        for r in range(model.rowCount())
    ]
    assert desc == sorted(names, reverse=True)


def test_rows_load_lazily_in_batches(qtbot, ctx) -> None:
    model = loaded_model(qtbot, ctx)
    # The first batch came with the ids (the top of the list, what a search shows); the
    # next one is loaded when asked for.
    assert model.cached_row(model.id_at(0)) is not None
    assert model.cached_row(model.id_at(model.BATCH)) is None
    assert model.data(model.index(250, 0)) == "…"  # not loaded until asked
    with qtbot.waitSignal(model.rows_loaded) as blocker:
        pass
    first, last = blocker.args
    assert first <= 250 <= last and last - first + 1 <= model.BATCH
    assert model.data(model.index(250, 0)) != "…"


def test_hundred_thousand_rows_stay_smooth(qtbot, qtmodeltester, big_ctx) -> None:
    ctx, _data = big_ctx
    model = ParticipantsModel(ctx.ops)
    started = time.monotonic()
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        model.reload()
    assert model.rowCount() == 100_000
    assert time.monotonic() - started < 2.0
    # Jumping to the end shows rows within a frame or two, not after loading everything.
    started = time.monotonic()
    fill_rows(qtbot, model, range(99_950, 100_000))
    assert time.monotonic() - started < 0.5
    # A search narrows 100,000 rows through the FTS index.
    started = time.monotonic()
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        model.set_query(ParticipantQuery(search="lindqvist"))
    assert 0 < model.rowCount() < 100_000
    assert time.monotonic() - started < 1.0
    # Sorting by a joined column is SQL, not Python.
    started = time.monotonic()
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        model.set_query(ParticipantQuery(sort_key="organisation", descending=False))
    assert model.rowCount() == 100_000
    assert time.monotonic() - started < 2.0
    fill_rows(qtbot, model, range(0, 50))
    orgs = [model.row(r).organisation for r in range(50)]
    assert orgs == sorted(orgs, key=lambda o: (o is None, (o or "").lower()))


def test_view_scrolls_and_selects_all_over_100k_rows(qtbot, big_ctx) -> None:
    from desktop.participants.view import ParticipantsView

    ctx, _data = big_ctx
    view = ParticipantsView(ctx)
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    qtbot.waitUntil(lambda: view.model.loaded, timeout=10_000)
    assert view.count_label.text() == "100,000 of 100,000 shown"
    table = view.table
    started = time.monotonic()
    table.scrollToBottom()
    bottom = table.rowAt(table.viewport().height() - 2)
    qtbot.waitUntil(lambda: view.model.cached_row(view.model.id_at(bottom)) is not None)
    assert time.monotonic() - started < 0.5
    started = time.monotonic()
    table.selectAll()
    assert len(view.selected_ids()) == 100_000
    assert time.monotonic() - started < 2.0


def test_row_of_finds_rows_by_scan_then_by_map_and_misses_unknown_ids(qtbot, ctx) -> None:
    model = loaded_model(qtbot, ctx)
    ids = model.ids()
    # More look-ups than the model scans for before it builds a position map.
    probes = ids[::7][: ParticipantsModel.SCANS_BEFORE_MAP * 3]
    assert [model.row_of(i) for i in probes] == [ids.index(i) for i in probes]
    assert model.row_of("no-such-registration") == -1
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        model.sort(COLUMN_KEYS.index("participant"), Qt.SortOrder.AscendingOrder)
    resorted = model.ids()
    assert resorted != ids  # the positions of the old order are forgotten
    assert [model.row_of(i) for i in probes] == [resorted.index(i) for i in probes]
