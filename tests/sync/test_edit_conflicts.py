"""Offline edits of the same row by two staff members, over real HTTP (issue 26, item 6).

Two real clients (each its own SQLite file and sign-in) against a real server
on SQLite and on PostgreSQL: edits of different fields both survive, and an
edit of a field someone else changed meanwhile is refused and kept in the
loser's sync issues with theirs, yours and who changed it, never silently
overwritten.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from models import AlumniRule, Course, CourseRound, SignupForm
from models.commands import build
from models.ids import new_id
from sync.engine import SyncEngine
from tests.sync.helpers import (
    Account,
    close,
    connect,
    differences,
    local_view,
    new_account,
    server_session,
    server_view,
)
from tests.utils.servers import LiveServer


def _edit(name: str, ids: dict[str, str], **changes: tuple[Any, Any]) -> Any:
    args = {**ids, "changes": {f: {"old": old, "new": new} for f, (old, new) in changes.items()}}
    return build(name, 2, args, id=new_id())


def _two_staff(live: LiveServer, tmp_path: Path) -> tuple[Account, SyncEngine, SyncEngine]:
    first = new_account(live.db_url)
    second = new_account(live.db_url, roles=("admin",), tenant=first.tenant)
    a = connect(live.url, first, tmp_path / "a.db")
    b = connect(live.url, second, tmp_path / "b.db")
    a.sync_once()
    b.sync_once()
    return first, a, b


def _round(db_url: str, tenant_id: str, *, form: bool = False) -> dict[str, str]:
    with server_session(db_url) as s:
        course = Course(tenant_id=tenant_id, code="EKO1", name="Ekonomi")
        s.add(course)
        s.flush()
        round_ = CourseRound(
            tenant_id=tenant_id,
            course_id=course.id,
            name="Ekonomi VT27",
            terms_text="Bindande anmälan.",
            terms_version="2027-1",
        )
        s.add(round_)
        s.flush()
        ids = {"round_id": round_.id}
        if form:
            signup = SignupForm(
                tenant_id=tenant_id, round_id=round_.id, heading="Anmälan", published=False
            )
            s.add(signup)
            s.flush()
            ids["form_id"] = signup.id
    return ids


def _same_as_server(*engines: SyncEngine) -> None:
    for engine in engines:
        assert differences(local_view(engine.store), server_view(engine.client)) == []


def test_terms_set_offline_by_two_staff_the_later_is_a_conflict_it_sees(
    live: LiveServer, tmp_path: Path
) -> None:
    account, a, b = _two_staff(live, tmp_path)
    try:
        ids = _round(live.db_url, account.tenant_id)
        a.sync_once()
        b.sync_once()

        def terms(text: str, version: str) -> Any:
            seen_text, seen_version = "Bindande anmälan.", "2027-1"
            return _edit(
                "round.set_terms",
                ids,
                terms_text=(seen_text, text),
                terms_version=(seen_version, version),
            )

        a.execute(terms("Avgift 500 kr.", "2027-2"), a.actor())
        mine = terms("Avbokning senast en vecka före.", "2027-3")
        b.execute(mine, b.actor())
        assert a.sync_once().applied == 1
        report = b.sync_once()
        assert (report.applied, report.rejected) == (0, 1)
        [rejection] = b.store.open_rejections()
        assert rejection.command_id == mine.id and rejection.code == "conflict"
        fields = rejection.details_dict()["fields"]
        assert fields["terms_text"]["theirs"] == "Avgift 500 kr."
        assert fields["terms_text"]["yours"] == "Avbokning senast en vecka före."
        assert fields["terms_version"]["theirs"] == "2027-2"
        assert fields["terms_text"]["changed_by"] == a.actor().label
        assert rejection.message.startswith(f"{a.actor().label} changed terms_text")
        with b.store.sessions() as s:
            round_ = s.get(CourseRound, ids["round_id"])
            assert round_ is not None
            assert (round_.terms_text, round_.terms_version) == ("Avgift 500 kr.", "2027-2")
        _same_as_server(b)
    finally:
        close(a)
        close(b)


def test_heading_and_published_changed_offline_by_two_staff_both_apply(
    live: LiveServer, tmp_path: Path
) -> None:
    account, a, b = _two_staff(live, tmp_path)
    try:
        ids = _round(live.db_url, account.tenant_id, form=True)
        a.sync_once()
        b.sync_once()
        a.execute(_edit("signup_form.set", ids, heading=("Anmälan", "Anmäl dig här")), a.actor())
        b.execute(_edit("signup_form.set", ids, published=(False, True)), b.actor())
        assert a.sync_once().applied == 1
        assert b.sync_once().applied == 1
        a.sync_once()
        for engine in (a, b):
            with engine.store.sessions() as s:
                form = s.get(SignupForm, ids["form_id"])
                assert form is not None and (form.heading, form.published) == (
                    "Anmäl dig här",
                    True,
                )
        _same_as_server(a, b)
    finally:
        close(a)
        close(b)


def test_rule_deactivated_and_its_text_edited_offline_stays_inactive_with_the_new_text(
    live: LiveServer, tmp_path: Path
) -> None:
    account, a, b = _two_staff(live, tmp_path)
    try:
        with server_session(live.db_url) as s:
            rule = AlumniRule(
                tenant_id=account.tenant_id,
                kind="min_credits",
                params={"min_credits": 180},
                position=0,
                active=True,
                description="Minst 180 hp",
            )
            s.add(rule)
            s.flush()
            ids = {"rule_id": rule.id}
        a.sync_once()
        b.sync_once()
        a.execute(_edit("alumni.rule_set", ids, active=(True, False)), a.actor())
        text = ("Minst 180 hp", "Minst 180 hp, varav 60 på avancerad nivå")
        b.execute(_edit("alumni.rule_set", ids, description=text), b.actor())
        assert a.sync_once().applied == 1
        assert b.sync_once().applied == 1
        a.sync_once()
        for engine in (a, b):
            with engine.store.sessions() as s:
                got = s.get(AlumniRule, ids["rule_id"])
                assert got is not None and (got.active, got.description) == (False, text[1])
        _same_as_server(a, b)
        # The same field changed by both meanwhile: the later one's conflict, not an overwrite.
        a.execute(_edit("alumni.rule_set", ids, description=(text[1], "Minst 200 hp")), a.actor())
        mine = _edit("alumni.rule_set", ids, description=(text[1], "Minst 240 hp"))
        b.execute(mine, b.actor())
        assert a.sync_once().applied == 1
        assert b.sync_once().rejected == 1
        [rejection] = b.store.open_rejections()
        assert rejection.command_id == mine.id
        detail = rejection.details_dict()["fields"]["description"]
        assert (detail["theirs"], detail["yours"]) == ("Minst 200 hp", "Minst 240 hp")
        assert detail["changed_by"] == a.actor().label
        _same_as_server(b)
    finally:
        close(a)
        close(b)
