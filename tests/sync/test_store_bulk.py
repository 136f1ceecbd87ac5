"""``ClientStore.execute_many`` in bulk (an import is thousands of commands): the same
result as one command after the other, in one transaction, all or nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import Category, Course, CourseRound, Person, PersonEmail, PersonPhone, Role
from models.commands import build
from models.errors import DomainError
from models.ids import new_id
from models.importing import plan_import, read_participants
from sync.store import ClientStore, OutboxEntry, PendingRow
from tests import factories as f


def _people(n: int, *, bad_at: int | None = None) -> list:  # type: ignore[type-arg]
    commands = []
    for i in range(n):
        commands.append(
            build(
                "person.create",
                1,
                {
                    "person_id": new_id(),
                    "first_name": f"Anna{i}",
                    "last_name": "Berg",
                    "emails": [{"address": f"anna{i}@firma.se"}],
                    # A missing organisation: the command is refused when applied.
                    "organisation_id": new_id() if i == bad_at else None,
                },
                id=new_id(),
            )
        )
    return commands


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = ClientStore(tmp_path / "c.db")
    yield store
    store.close()


def _tenant(store: ClientStore) -> str:
    tenant_id = new_id()
    with store.session() as s:
        s.add(Category(id=new_id(), tenant_id=tenant_id, key="alumnus", name="Alumnus"))
    return tenant_id


def test_many_commands_are_applied_and_queued_in_order_with_their_pending_rows(
    store: ClientStore,
) -> None:
    actor = f.actor(_tenant(store), Role.COURSE_ADMIN)
    commands = _people(250)
    seen: list[tuple[int, int]] = []
    outcomes = store.execute_many(commands, actor, progress=lambda n, t: seen.append((n, t)))
    assert len(outcomes) == 250 and seen[-1] == (250, 250) and len(seen) == 250
    assert [e.command_id for e in store.outbox()] == [c.id for c in commands]
    assert store.outbox()[7].envelope()["args"]["first_name"] == "Anna7"
    with store.sessions() as s:
        pending = {(p.table_name, p.row_id, p.command_id) for p in s.scalars(select(PendingRow))}
        expected = {(t, r, c.id) for c, o in zip(commands, outcomes, strict=True)
                    for t, r in o.concerns}  # fmt: skip
        assert pending == expected and len(pending) == 500  # person and e-mail each
        assert s.scalar(select(func.count()).select_from(Person)) == 250
    with store.engine.connect() as conn:
        # Capture is off at rest, and every created row is noted as made locally.
        assert conn.exec_driver_sql("SELECT enabled FROM sync_capture").scalar() == 0
        made = conn.exec_driver_sql(
            "SELECT count(*) FROM row_base WHERE table_name = 'person' AND existed = 0"
        ).scalar()
        assert made == 250


def test_a_refused_command_among_many_leaves_nothing(store: ClientStore) -> None:
    actor = f.actor(_tenant(store), Role.COURSE_ADMIN)
    with pytest.raises(DomainError):
        store.execute_many(_people(50, bad_at=40), actor)
    assert store.outbox() == [] and store.pending_count() == 0
    with store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0
        assert s.scalar(select(func.count()).select_from(PersonEmail)) == 0
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT enabled FROM sync_capture").scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM row_base").scalar() == 0


def _seed(store: ClientStore, tenant_id: str, ids: dict[str, str]) -> None:
    """The same rows, with the same ids, in every store: a round, two known people."""
    with store.session() as s:
        s.add(Course(id=ids["course"], tenant_id=tenant_id, code="LED1", name="Ledarskap"))
        s.flush()
        s.add(
            CourseRound(
                id=ids["round"], tenant_id=tenant_id, course_id=ids["course"],
                name="Ledarskap HT26", term="HT2026",
                starts_on=date(2026, 9, 1), ends_on=date(2026, 12, 1),
            )
        )  # fmt: skip
        for key, first, email, pnr in (
            ("anna", "Anna", "anna@firma.se", None),
            ("olof", "Olof", "olof@gamla.se", "198112189876"),
        ):
            s.add(
                Person(id=ids[key], tenant_id=tenant_id, first_name=first, last_name="Berg",
                       personnummer=pnr)
            )  # fmt: skip
            s.flush()
            s.add(
                PersonEmail(id=ids[key + "_mail"], tenant_id=tenant_id, person_id=ids[key],
                            address=email, is_primary=True)
            )  # fmt: skip


#: Columns the apply itself sets to its own time: they differ between any two applies.
_APPLY_TIMES = {"created_at", "updated_at"}


def _state(store: ClientStore) -> dict[str, list[tuple[object, ...]]]:
    """Every local row an import writes, the outbox, the pending marks and the bases."""
    found: dict[str, list[tuple[object, ...]]] = {}
    with store.engine.connect() as conn:
        for table in ("person", "person_email", "person_phone", "registration"):
            result = conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY id")
            keep = [i for i, c in enumerate(result.keys()) if c not in _APPLY_TIMES]
            found[table] = [tuple(row[i] for i in keep) for row in result]
        for table, query in {
            "outbox": "SELECT seq, command_id, name, version, args, issued_at FROM outbox",
            "pending_row": "SELECT * FROM pending_row ORDER BY 1, 2, 3",
            "row_base": "SELECT * FROM row_base ORDER BY 1, 2",
            "base__person": "SELECT * FROM base__person ORDER BY id",
        }.items():
            found[table] = [tuple(r) for r in conn.exec_driver_sql(query)]
    return found


def _import_file(new_people: int):  # type: ignore[no-untyped-def]
    """A tenant, the ids of :func:`_seed`'s rows and a checked file: new people with
    phones and a manager named by another row, a known person by e-mail, a known
    person by personnummer with a new address."""
    tenant_id = new_id()
    ids = {k: new_id() for k in ("course", "round", "anna", "anna_mail", "olof", "olof_mail")}
    rows = [
        f"Ny{i};Person;ny{i}@firma.se;070-123 4{i:03d};;chef@firma.se" for i in range(new_people)
    ]
    data = (
        "Förnamn;Efternamn;E-post;Mobil;Personnr;Chef e-post\n"
        "Maja;Chef;chef@firma.se;;;\n"
        "Anna;Berg;anna@firma.se;;;\n"
        "Olof;Berg;olof@nya.se;;811218-9876;\n" + "\n".join(rows) + "\n"
    ).encode()
    checked = read_participants(data, "deltagare.csv")
    assert checked.ok, checked.errors
    return tenant_id, ids, checked


def _plan(store: ClientStore, tenant_id: str, ids: dict[str, str], checked):  # type: ignore[no-untyped-def]
    with store.sessions() as s:
        return plan_import(
            s, tenant_id=tenant_id, round_id=ids["round"], rows=checked.rows,
            approving_manager_id=None,
        )  # fmt: skip


@pytest.mark.parametrize("new_people", [12, 300])
def test_the_bulk_path_writes_what_one_command_after_the_other_writes(
    tmp_path: Path, new_people: int
) -> None:
    """An import's commands through ``execute_many`` (flushes held and batched) leave the
    same rows, outbox, pending marks and bases as the same commands one ``execute`` each:
    new people with phones and organisation-less rows, a known person by e-mail, a known
    person by personnummer with a new address (``person.add_email``), and a manager
    named by another row of the same file (a registration reads a person the same batch
    made). 12 new people: the whole import is one held flush, so a registration finds its
    new participant only through the flush before its query; 300: two
    ``registration.import`` commands, the manager made by the first."""
    tenant_id, ids, checked = _import_file(new_people)
    one, many = ClientStore(tmp_path / "one.db"), ClientStore(tmp_path / "many.db")
    try:
        actor = f.actor(tenant_id, Role.ADMIN)
        for store in (one, many):
            _seed(store, tenant_id, ids)
        plan = _plan(many, tenant_id, ids, checked)
        rows = [r for c in plan.commands for r in c.args.rows]
        assert {c.name for c in plan.commands} == {"registration.import"}
        assert sum(r.person is not None for r in rows) == new_people + 1
        assert sum(r.add_email is not None for r in rows) == 1
        assert len(rows) == plan.registrations == new_people + 3

        many.execute_many(plan.commands, actor)
        for command in plan.commands:
            one.execute(command, actor)

        bulk, single = _state(many), _state(one)
        assert len(bulk["registration"]) == new_people + 3
        assert len(bulk["person_phone"]) == new_people
        assert len(bulk["outbox"]) == len(plan.commands) and bulk["base__person"] == []
        with many.engine.connect() as conn:
            managed = conn.exec_driver_sql(
                "SELECT count(*) FROM registration r JOIN person_email e "
                "ON e.person_id = r.approving_manager_id WHERE e.address = 'chef@firma.se'"
            ).scalar()
        assert managed == new_people  # the manager in the file, made earlier in the same batch
        assert bulk == single
    finally:
        one.close()
        many.close()


def test_rows_written_in_bulk_are_those_the_session_wrote_row_by_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``registration.import`` writes its new rows in a few multi-row INSERTs
    (``CommandContext.collecting``): the same rows, every column, with the same outbox,
    pending marks and bases (the capturing triggers fire on those INSERTs too) as its
    rows added to the session one by one and flushed."""
    from models.commands.imports import RegistrationImport

    tenant_id, ids, checked = _import_file(300)
    bulk_store, rows_store = ClientStore(tmp_path / "bulk.db"), ClientStore(tmp_path / "rows.db")
    try:
        actor = f.actor(tenant_id, Role.ADMIN)
        for store in (bulk_store, rows_store):
            _seed(store, tenant_id, ids)
        plan = _plan(bulk_store, tenant_id, ids, checked)
        assert RegistrationImport.bulk
        bulk_store.execute_many(plan.commands, actor)
        monkeypatch.setattr(RegistrationImport, "bulk", False)
        rows_store.execute_many(plan.commands, actor)

        bulk, by_row = _state(bulk_store), _state(rows_store)
        assert len(bulk["registration"]) == 303 and len(bulk["person_phone"]) == 300
        # Every new row noted as new: people, their addresses (and one more), phones, registrations.
        assert len(bulk["row_base"]) == 301 + 302 + 300 + 303
        assert bulk == by_row
        # The stamps differ in time only: set on every row, stored in the same form.
        forms = []
        for store in (bulk_store, rows_store):
            with store.engine.connect() as conn:
                forms.append(
                    {
                        (table, column): conn.exec_driver_sql(
                            f"SELECT DISTINCT typeof({column}), length({column}) FROM {table}"
                        ).all()
                        for table in ("person", "person_email", "registration")
                        for column in ("updated_at", "created_at")
                        if column == "updated_at" or table != "person_email"
                    }
                )
        assert forms[0] == forms[1]
        assert all(found == [("text", 26)] for found in forms[0].values()), forms[0]
    finally:
        bulk_store.close()
        rows_store.close()


def test_answers_to_part_of_a_long_queue_are_recorded_together(store: ClientStore) -> None:
    """One push answer (a few hundred of an import's thousands) is recorded in bulk: the
    answered commands leave the outbox with their pending marks and in-doubt notes, the
    rest stay queued in order with theirs; the server's rows are taken (one row sent by
    several answers: the last one), a refusal is kept; no rebase while commands wait."""
    tenant_id = _tenant(store)
    actor = f.actor(tenant_id, Role.COURSE_ADMIN)
    commands = _people(1200)
    outcomes = store.execute_many(commands, actor)
    head = commands[:500]
    store.mark_sent([c.id for c in head])
    person_of = {c.id: o.concerns[0][1] for c, o in zip(commands, outcomes, strict=True)}
    category = {"id": new_id(), "tenant_id": tenant_id, "key": "member", "server_seq": 1,
                "updated_at": "2026-12-01T10:00:00+00:00", "deleted_at": None}  # fmt: skip
    answers = [
        {
            "id": c.id,
            "status": "applied",
            # Each answer carries the same category row, its name as it was at that answer.
            "rows": {"category": [{**category, "name": f"Medlem {i}"}]},
        }
        for i, c in enumerate(head)
    ]
    answers[7] = {"id": head[7].id, "status": "rejected", "code": "conflict", "message": "No"}

    record = store.record_push_results(answers, actor=actor)

    assert (record.applied, record.rejected, record.unanswered) == (499, 1, 700)
    assert record.replayed == 700  # the refusal rebased: the rest applied again on top
    assert [e.command_id for e in store.outbox()] == [c.id for c in commands[500:]]
    assert store.pending_ids("person") == {person_of[c.id] for c in commands[500:]}
    assert [r.command_id for r in store.open_rejections()] == [head[7].id]
    assert not any(store.in_doubt(c.id) for c in head)
    with store.sessions() as s:
        assert s.get(Category, category["id"]).name == "Medlem 499"  # type: ignore[union-attr]
        # The refused person is gone with the rebase; the queued ones were made again.
        assert s.get(Person, person_of[commands[600].id]) is not None
        assert s.get(Person, person_of[head[7].id]) is None


def test_a_long_queue_is_replayed_in_parts_and_what_no_longer_applies_keeps_no_effect(
    store: ClientStore,
) -> None:
    """After a refusal the queue applies again a few dozen commands at a time; a part
    holding a command that no longer applies (it built on the refused one) goes again
    one by one: the others of that part apply, that one stays queued without effect."""
    actor = f.actor(_tenant(store), Role.COURSE_ADMIN)
    refused, *others = _people(121)
    phone = build(
        "person.add_phone",
        1,
        {"person_id": refused.args.person_id, "number": "+46701234567"},
        id=new_id(),
    )
    queue = [refused, *others[:70], phone, *others[70:]]
    store.execute_many(queue, actor)

    record = store.record_push_results(
        [{"id": refused.id, "status": "rejected", "code": "forbidden", "message": "No"}],
        actor=actor,
    )

    assert (record.rejected, record.unanswered, record.replayed) == (1, 121, 120)
    assert [e.command_id for e in store.outbox()] == [c.id for c in queue[1:]]
    with store.sessions() as s:
        made = set(s.scalars(select(Person.id)))
        assert made == {c.args.person_id for c in others}
        assert s.scalar(select(func.count()).select_from(PersonPhone)) == 0
        marked = {p.command_id for p in s.scalars(select(PendingRow))}
    assert marked == {c.id for c in others}  # the phone command is queued, not pending


def _answer(*rows: tuple[str, str, int]) -> dict[str, list[dict[str, object]]]:
    by_table: dict[str, list[dict[str, object]]] = {}
    for table, row_id, seq in rows:
        by_table.setdefault(table, []).append({"id": row_id, "server_seq": seq})
    return by_table


def test_the_cursor_moves_past_answers_only_when_they_hold_every_write_after_it() -> None:
    from sync.store import cursor_past_answers

    view = "v0123456789ab."
    both = [_answer(("person", "p", 11), ("course_round", "r", 3)), _answer(("person", "q", 12))]
    assert cursor_past_answers(f"{view}10", both) == f"{view}12"
    # A write of someone else (seq 12) between ours: the pull brings it.
    assert (
        cursor_past_answers(f"{view}10", [_answer(("person", "p", 11), ("person", "q", 13))])
        is None
    )
    # Nothing new, no view in the cursor, a row a later answer holds older: no move.
    assert cursor_past_answers(f"{view}12", both) is None
    assert cursor_past_answers("10", both) is None
    later_older = [_answer(("person", "p", 12)), _answer(("person", "p", 11))]
    assert cursor_past_answers(f"{view}10", later_older) is None
    # An agent order comes with companions a pull adds: never stood in for.
    assert cursor_past_answers(f"{view}10", [_answer(("agent_order", "o", 11))]) is None


def _as_sent(row: object, **changes: object) -> dict[str, object]:
    """An ORM row as the server sends it (column name -> value), ``changes`` applied."""
    table = row.__table__  # type: ignore[attr-defined]
    return {c.name: getattr(row, c.key) for c in table.columns} | changes


def test_an_answer_that_says_what_the_live_row_says_takes_no_base_round_trip(
    store: ClientStore,
) -> None:
    """A row the server sends back as the client wrote it (its sync columns apart) and that
    no queued command touched is taken in place: its seq set, its base forgotten. A row
    the server changed, or that a queued command touched, keeps the base path: the local
    state until the rebase, the server's after it."""
    tenant_id = _tenant(store)
    actor = f.actor(tenant_id, Role.COURSE_ADMIN)
    a, b, c = _people(3)
    store.execute_many([a, b, c], actor)
    pa, pb, pc = (x.args.person_id for x in (a, b, c))  # type: ignore[attr-defined]
    queued = build("person.add_email", 1, {"person_id": pa, "address": "ny@firma.se"}, id=new_id())
    store.execute(queued, actor)
    at = "2026-12-03T10:00:00.000000+00:00"
    with store.sessions() as s:
        person_a, person_b, person_c = s.get(Person, pa), s.get(Person, pb), s.get(Person, pc)
        email_a = s.scalars(select(PersonEmail).where(PersonEmail.person_id == pa)).first()
        email_b = s.scalars(select(PersonEmail).where(PersonEmail.person_id == pb)).one()
        sent_a = {
            "person": [_as_sent(person_a, server_seq=11, updated_at=at)],
            "person_email": [_as_sent(email_a, server_seq=12, updated_at=at)],
        }
        sent_b = {
            "person": [_as_sent(person_b, server_seq=13, updated_at=at, last_name="Lund")],
            "person_email": [_as_sent(email_b, server_seq=14, updated_at=at)],
        }
        # Stamped by the server when it made the person: taken with the row.
        made = "2026-12-03T09:59:59.500000+00:00"
        sent_c = {"person": [_as_sent(person_c, server_seq=15, updated_at=at, created_at=made)]}
    answers = [
        {"id": a.id, "status": "applied", "rows": sent_a},
        {"id": b.id, "status": "applied", "rows": sent_b},
        {"id": c.id, "status": "applied", "rows": sent_c},
    ]

    record = store.record_push_results(answers, actor=actor)

    assert (record.applied, record.unanswered, record.replayed) == (3, 1, 0)
    with store.engine.connect() as conn:
        based = set(conn.exec_driver_sql("SELECT table_name, row_id FROM row_base").all())
        seqs = dict(conn.exec_driver_sql("SELECT id, server_seq FROM person_email").all())
        seqs |= dict(conn.exec_driver_sql("SELECT id, server_seq FROM person").all())
        names = dict(conn.exec_driver_sql("SELECT id, last_name FROM person").all())
        stamps = conn.exec_driver_sql(
            "SELECT server_seq, updated_at, created_at FROM person WHERE id = ?", (pc,)
        ).one()
    assert tuple(stamps) == (15, "2026-12-03 10:00:00.000000", "2026-12-03 09:59:59.500000")
    assert ("person", pc) not in based
    assert email_a is not None and email_b is not None
    # Taken in place: the two addresses, as sent.
    assert (seqs[email_a.id], seqs[email_b.id]) == (12, 14)
    assert ("person_email", email_a.id) not in based and ("person_email", email_b.id) not in based
    # The base path: A's person (the queued command touched it), B's (the server renamed it).
    assert {("person", pa), ("person", pb)} <= based
    assert (seqs[pa], seqs[pb], names[pb]) == (None, None, "Berg")

    store.record_push_results([{"id": queued.id, "status": "applied", "rows": {}}], actor=actor)

    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM row_base").scalar_one() == 0
        seqs = dict(conn.exec_driver_sql("SELECT id, server_seq FROM person").all())
        names = dict(conn.exec_driver_sql("SELECT id, last_name FROM person").all())
        emails = conn.exec_driver_sql("SELECT address, server_seq FROM person_email").all()
    assert (seqs[pa], seqs[pb], names[pb]) == (11, 13, "Lund")
    # The queued command's address and C's, never sent back, went with the rebase.
    assert sorted(emails) == [("anna0@firma.se", 12), ("anna1@firma.se", 14)]
