"""Sync issues of the notification commands (issue 16) name their rows: a refused binding
edit by its template's name (by its event when it sends the shipped default), a refused
recipient edit by the person."""

from __future__ import annotations

from desktop.operations import DbOp
from desktop.sync_ui.describe import act
from desktop.sync_ui.operations import Issue, load_issues
from models.commands import build
from models.ids import new_id
from tests.desktop.conftest import read
from tests.desktop.test_sync_ui import _reject


def test_refused_binding_and_recipient_edits_name_their_rows(
    qtbot, offline_ctx, gui_guard, filled
) -> None:  # type: ignore[no-untyped-def]
    ctx = offline_ctx
    template, bound, default, recipient = new_id(), new_id(), new_id(), new_id()
    person = filled.participant_ids[2]
    [(first, last)] = read(
        gui_guard, ctx.store, "SELECT first_name, last_name FROM person WHERE id = :i", i=person
    )
    with gui_guard.allowed(), ctx.store.session() as s:
        for name, args in (
            (
                "message_template.create",
                {
                    "template_id": template,
                    "event_type": "registration.created",
                    "name": "Bekräftelse HT",
                    "language": "sv",
                },
            ),
            (
                "notification_binding.create",
                {
                    "binding_id": bound,
                    "event_type": "registration.created",
                    "template_id": template,
                    "recipients": ["participant"],
                },
            ),
            (
                "notification_binding.create",
                {
                    "binding_id": default,
                    "event_type": "registration.duplicate",
                    "recipients": ["participant"],
                },
            ),
            (
                "notification_recipient.create",
                {"recipient_id": recipient, "person_id": person, "role": "Kursadministratör"},
            ),
        ):
            build(name, 1, args, id=new_id()).apply(s, ctx.actor)
    archived = {"archived": {"old": False, "new": True}}
    for name, args in (
        ("notification_binding.archive", {"binding_id": bound, "changes": archived}),
        ("notification_binding.archive", {"binding_id": default, "changes": archived}),
        ("notification_recipient.archive", {"recipient_id": recipient, "changes": archived}),
    ):
        _reject(
            ctx.store,
            gui_guard,
            name=name,
            args=args,
            code="forbidden",
            message="Your roles do not allow this",
            details={},
            rows={},
        )
    found: list[list[Issue]] = []
    DbOp(load_issues, parent=None, label="issues").success(found.append).run(ctx.ops)
    qtbot.waitUntil(lambda: bool(found))
    assert sorted(act(issue) for issue in found[0]) == sorted(
        [
            "Archive the notification binding of Bekräftelse HT",
            "Archive the notification binding of registration.duplicate",
            f"Archive the notification recipient {first} {last}",
        ]
    )
