"""Administration › Audit log and the profile's Register extract… (issue 23) against the
real server over HTTP (SQLite file and PostgreSQL): the administrator's first sync is
itself audited (personnummer pulled), events are listed with their kinds in words, never
codes, filtered on the server by kind and person, exported; a register extract is saved
as a PDF and a JSON beside it, readable by the user alone, and audited. The menu entry and
the button are for administrators only.
"""

from __future__ import annotations

import csv
import json
import stat
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlalchemy import select

from desktop.admin.audit import KIND_TEXTS, AuditLogWindow, kind_text
from desktop.mainwindow import MainWindow
from desktop.people.extract import RegisterExtract
from desktop.people.profile import PersonProfile
from desktop.settings import Settings
from devtools.client_data import fill
from models.audit import AuditEvent
from models.ids import new_id, utcnow
from models.people import Person
from models.tenancy import Role, Tenant
from server.services.database import Database
from tests.desktop.conftest import make_ctx, make_window
from tests.desktop.live_web import in_thread, signed_in
from tests.utils.servers import LiveServer, add_account

PASSWORD = "correct horse battery"
ADMIN = "anna.admin@acme.example"


def _seed(db_url: str) -> str:
    """Karin (with a personnummer) in acme, and three older events: one about her."""
    db = Database(db_url)
    person = new_id()
    try:
        with db.transaction() as s:
            tenant = s.scalar(select(Tenant.id).where(Tenant.slug == "acme"))
            other = s.scalar(select(Tenant.id).where(Tenant.slug == "other"))
            assert tenant is not None and other is not None
            s.add(
                Person(
                    id=person,
                    tenant_id=tenant,
                    first_name="Karin",
                    last_name="Öberg",
                    personnummer="198112189876",
                )
            )
            for hours, (tenant_id, action, entity, entity_id, details) in enumerate((
                (tenant, "person.account_read", "person", person, {}),
                (tenant, "user.roles_changed", "app_user", new_id(), {"roles": ["viewer"]}),
                (tenant, "payment_settings.set", "payment_settings", new_id(),
                 {"fields": ["bankgiro"]}),
                (other, "person.extract", "person", new_id(), {"format": "pdf"}),
            )):  # fmt: skip
                s.add(
                    AuditEvent(
                        tenant_id=tenant_id,
                        at=utcnow() - timedelta(days=2, hours=hours),
                        actor_email="bo.berg@acme.example",
                        action=action,
                        entity_type=entity,
                        entity_id=entity_id,
                        details=details,
                    )
                )
    finally:
        db.dispose()
    return person


@pytest.fixture
def server(server_db_url: str) -> Iterator[tuple[str, str]]:
    live = in_thread(lambda: LiveServer(server_db_url, env={"KANSLI_RUN_WORKER": "0"}).start())
    try:
        in_thread(add_account, server_db_url, tenant="acme", email=ADMIN, roles=("admin",))
        in_thread(add_account, server_db_url, tenant="other", email="olle@other.example")
        person = in_thread(_seed, server_db_url)
        yield live.url, person
    finally:
        in_thread(live.stop)


def _open(qtbot, ctx) -> AuditLogWindow:  # type: ignore[no-untyped-def]
    window = AuditLogWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 or not window.loaded, timeout=15_000)
    return window


def _shown(window: AuditLogWindow) -> list[dict[str, str]]:
    model = window.model
    return [
        {col.key: model.index(r, c).data() for c, col in enumerate(model.columns)}
        for r in range(model.rowCount())
    ]


def test_an_administrator_reads_filters_and_exports_the_audit_log(
    qtbot, server: tuple[str, str], settings: Settings, tmp_path: Path
) -> None:
    url, karin = server
    with signed_in(url, ADMIN, PASSWORD, tmp_path / "admin.db", settings) as (ctx, _s):
        window = _open(qtbot, ctx)
        rows = _shown(window)
        kinds = [r["kind"] for r in rows]
        # The newest first: the sign-in's own pull of personnummer, then the seeded three.
        assert kinds[0] == "Personnummer synced to a desktop"
        assert rows[0]["actor"] == ADMIN and "Person 1" in rows[0]["details"]
        assert kinds[1:] == [
            "Person's account read",
            "User's roles changed",
            "Set payment settings",
        ]
        # Kinds in words, never codes; another tenant's events are not there.
        assert not any("." in k or "_" in k for k in kinds), kinds
        assert "Register extract made" not in kinds
        assert rows[1]["about"] == "Person: Karin Öberg"  # the name from the local copy
        assert rows[3]["details"].startswith("Bankgiro")
        assert window.count.text() == "4 of 4 shown"

        # The kind filter (asked of the server): anything done to a person.
        index = window.kind.findData("person.")
        with qtbot.waitSignal(window.refreshed, timeout=15_000):
            window.kind.setCurrentIndex(index)
            window.kind.activated.emit(index)
        assert [r["kind"] for r in _shown(window)] == ["Person's account read"]
        window.kind.setCurrentIndex(0)
        # The person filter: Karin's events only (the sign-in's pull sent her
        # personnummer: it is hers too); her profile opens from the row.
        with qtbot.waitSignal(window.refreshed, timeout=15_000):
            window.show_person(karin, "Karin Öberg")
        assert [r["kind"] for r in _shown(window)] == [
            "Personnummer synced to a desktop",
            "Person's account read",
        ]
        window.table.selectRow(1)
        assert window.act_profile.isEnabled()
        with qtbot.waitSignal(window.open_person, timeout=5_000) as opened:
            window.act_profile.trigger()
        assert opened.args == [karin]

        # Export what is shown.
        with qtbot.waitSignal(window.refreshed, timeout=15_000):
            window.show_person("", "")
        target = tmp_path / "granskning.csv"
        window.export(target)
        qtbot.waitUntil(lambda: "exported" in window.message.text(), timeout=15_000)
        assert window.message.text() == "4 events exported to granskning.csv"
        content = target.read_text(encoding="utf-8-sig")
        dialect = csv.Sniffer().sniff(content.splitlines()[0])
        lines = list(csv.reader(content.splitlines(), dialect))
        assert lines[0] == ["When", "Who", "What", "About", "Details"]
        assert [line[2] for line in lines[1:]] == kinds


def test_a_register_extract_is_saved_as_pdf_and_json_and_audited(
    qtbot, server: tuple[str, str], settings: Settings, tmp_path: Path, monkeypatch
) -> None:
    url, karin = server
    with signed_in(url, ADMIN, PASSWORD, tmp_path / "admin.db", settings) as (ctx, _s):
        profile = PersonProfile(ctx, karin)
        qtbot.addWidget(profile)
        assert not profile.extract_button.isHidden()
        extract: RegisterExtract = profile.extract
        target = tmp_path / "out" / "karin.pdf"
        target.parent.mkdir()
        with qtbot.waitSignal(extract.saved, timeout=30_000) as saved:
            extract.save(target)
        assert saved.args == [[target, target.with_suffix(".json")]]
        assert "Register extract saved: karin.pdf · karin.json" in profile.extract_note.text()
        assert target.read_bytes().startswith(b"%PDF")
        body = json.loads(target.with_suffix(".json").read_text(encoding="utf-8"))
        assert body["sections"]["person"][0]["personnummer"] == "198112189876"
        for path in (target, target.with_suffix(".json")):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        # A JSON file beside the chosen PDF is replaced only when the user says so (L3).
        asked: list[str] = []

        def say(answer: QMessageBox.StandardButton) -> None:
            monkeypatch.setattr(
                QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or answer
            )

        say(QMessageBox.StandardButton.No)
        assert not extract.may_replace(target.with_suffix(".json"))
        assert asked and "karin.json" in asked[0]
        say(QMessageBox.StandardButton.Yes)
        assert extract.may_replace(target.with_suffix(".json"))
        assert extract.may_replace(tmp_path / "out" / "none.json") and len(asked) == 2

        window = _open(qtbot, ctx)
        made = [r for r in _shown(window) if r["kind"] == kind_text("person.extract")]
        assert [r["about"] for r in made] == ["Person: Karin Öberg"]  # one extract, one event
        assert {r["actor"] for r in made} == {ADMIN}


def test_every_kind_has_words(qtbot) -> None:
    for code in KIND_TEXTS:
        assert kind_text(code) == KIND_TEXTS[code]
    # A synced command's kind is its title; an unknown kind is words, not a code.
    assert kind_text("person.edit") == "Edit person"
    assert kind_text("retention.applied") == "Retention: applied"


def test_the_menu_opens_one_audit_window(qtbot, ctx) -> None:
    main = make_window(qtbot, ctx)
    assert main.act_audit.isVisible() and main.act_audit.isEnabled()
    window = main.show_audit_log()
    qtbot.waitUntil(lambda: window.isVisible(), timeout=5_000)
    assert isinstance(window, AuditLogWindow)
    assert main.show_audit_log() is window
    assert "kept on the server" in window.table.empty.text()


def test_the_audit_log_and_extracts_are_for_administrators_only(
    qtbot, store, settings, gui_guard
) -> None:
    with gui_guard.allowed():
        data = fill(store, participants=5, big_round=2, roles=frozenset({Role.COURSE_ADMIN}))
    ctx = make_ctx(store, data, settings)
    try:
        main = MainWindow(ctx)
        qtbot.addWidget(main)
        assert not main.act_audit.isVisible() and not main.act_audit.isEnabled()
        assert main.show_audit_log() is None
        profile = PersonProfile(ctx, data.participant_ids[0])
        qtbot.addWidget(profile)
        assert profile.extract_button.isHidden()
    finally:
        ctx.ops.shutdown(wait=True)


def _mnemonics(window: AuditLogWindow) -> list[str]:
    texts = [label.text() for label in window.findChildren(QLabel)]
    texts += [action.text() for action in window.toolbar.actions()]
    return [t[t.index("&") + 1].casefold() for t in texts if "&" in t and not t.endswith("&")]


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_audit_windows_mnemonics_do_not_clash(qtbot, ctx, english, language) -> None:
    if language == "sv":
        assert english.install("sv")
    try:
        window = AuditLogWindow(ctx)
        qtbot.addWidget(window)
        keys = _mnemonics(window)
        assert len(keys) >= 7 and len(keys) == len(set(keys)), keys
    finally:
        assert english.install("en")
