"""Message templates, a notification binding and a static recipient made in the desktop's
Administration windows while offline, then synced to the real server (a subprocess over
real HTTP, behind a proxy that cuts the connection), issue 16: the template arrives
published as version 1 with its texts, the recipient with its role, the binding with its
template, round, recipients and channels; back online, the recipient is given a user's
login from the server's list of users."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.admin.bindings import BindingDialog
from desktop.admin.notification_windows import BindingsWindow, RecipientsWindow, TemplatesWindow
from desktop.admin.recipients import RecipientDialog
from desktop.admin.template_dialog import TemplateDialog
from models import CourseRound
from models.notifications import MessageTemplate, NotificationBinding, NotificationRecipient
from models.tenancy import User
from tests.desktop import test_alumni_live
from tests.desktop.test_admin_bindings import opened, tick
from tests.desktop.test_admin_templates import typed
from tests.desktop.test_alumni_live import Desktop
from tests.desktop.test_people_categories_live import _round_with
from tests.sync.helpers import new_account, seed_people, server_session
from tests.utils.servers import LiveServer
from tests.utils.tcp_proxy import TcpProxy

#: A live server of this module's own (the fixture of the Alumni queue's live tests).
server = test_alumni_live.server


def test_templates_bindings_and_recipients_made_offline_reach_the_server(
    qtbot, gui_guard, server: LiveServer, tmp_path: Path, settings
) -> None:
    with gui_guard.allowed():
        account = new_account(server.db_url, roles=("admin",))
        people = seed_people(server.db_url, account.tenant_id, 2)
        _round_with(server.db_url, account.tenant_id, people)
        with server_session(server.db_url) as s:
            round_id = s.scalars(
                select(CourseRound.id).where(CourseRound.tenant_id == account.tenant_id)
            ).one()
    proxy = TcpProxy(server.port).start()
    desk = Desktop(qtbot, gui_guard, proxy.url, account, tmp_path / "a.db", settings)
    window = desk.window
    try:
        proxy.refuse = True
        proxy.cut_all()
        window.sync_now()
        qtbot.waitUntil(lambda: desk.bridge.status.status == "offline", timeout=10_000)

        # Administration › Message templates…: a template, saved and published.
        window.act_templates.trigger()
        templates = window.templates_window
        assert isinstance(templates, TemplatesWindow)
        qtbot.waitUntil(lambda: templates.loaded)
        dialog = opened(qtbot, templates, templates.new_button, TemplateDialog)
        dialog.event_choice.setCurrentIndex(dialog.event_choice.findData("registration.created"))
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        typed(qtbot, dialog.name, "Confirmation")
        typed(qtbot, dialog.subject, "Welcome {participant_first_name}")
        typed(qtbot, dialog.email_body, "You are registered for {course}.")
        qtbot.waitUntil(lambda: "Mentorskap" in dialog.preview.toPlainText(), timeout=10_000)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: templates.model.rowCount() == 1)
        templates.table.selectRow(0)
        qtbot.mouseClick(templates.publish_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: templates.confirmation is not None)
        box = templates.confirmation
        assert isinstance(box, QMessageBox)
        qtbot.waitUntil(box.isVisible)
        [publish] = [b for b in box.buttons() if b.text() == "Publish"]
        qtbot.mouseClick(publish, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: templates.model.rows[0]["state_text"] == "Published")
        template_id = templates.model.rows[0]["id"]

        # Administration › Notification recipients…: the first person, a role.
        window.act_recipients.trigger()
        recipients = window.recipients_window
        assert isinstance(recipients, RecipientsWindow)
        qtbot.waitUntil(lambda: recipients.loaded)
        new_recipient = opened(qtbot, recipients, recipients.new_button, RecipientDialog)
        qtbot.mouseClick(new_recipient.person.choose, Qt.MouseButton.LeftButton)
        picker = new_recipient.person.picker
        assert picker is not None
        picker.search.setText("p0@ex.se")
        picker.search.returnPressed.emit()
        qtbot.waitUntil(lambda: picker.model.row_of(people[0]) >= 0)
        picker.table.selectRow(picker.model.row_of(people[0]))
        qtbot.mouseClick(picker.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: new_recipient.person.person_id == people[0])
        new_recipient.activateWindow()
        qtbot.waitUntil(new_recipient.isActiveWindow)
        typed(qtbot, new_recipient.role, "Course administrator")
        qtbot.keyClick(new_recipient.role, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: recipients.model.rowCount() == 1)

        # Administration › Notification bindings…: the template, for the round, by e-mail.
        window.act_bindings.trigger()
        bindings = window.bindings_window
        assert isinstance(bindings, BindingsWindow)
        qtbot.waitUntil(lambda: bindings.loaded)
        binding = opened(qtbot, bindings, bindings.new_button, BindingDialog)
        binding.event_choice.setCurrentIndex(binding.event_choice.findData("registration.created"))
        qtbot.waitUntil(lambda: binding.template.findData(template_id) > 0)
        binding.template.setCurrentIndex(binding.template.findData(template_id))
        binding.scope_kind.setCurrentIndex(binding.scope_kind.findData("round"))
        qtbot.waitUntil(lambda: binding.scope_row.findData(round_id) >= 0)
        binding.scope_row.setCurrentIndex(binding.scope_row.findData(round_id))
        tick(qtbot, binding.recipient_boxes["participant"])
        tick(qtbot, binding.recipient_boxes["static"])
        qtbot.mouseClick(binding.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bindings.model.rowCount() == 1)

        with gui_guard.allowed():
            qtbot.waitUntil(lambda: desk.store.pending_count() == 4)
            names = [e.name for e in desk.store.outbox()]
        assert names == [
            "message_template.create",
            "message_template.publish",
            "notification_recipient.create",
            "notification_binding.create",
        ]

        proxy.refuse = False
        window.sync_now()
        qtbot.waitUntil(
            lambda: desk.bridge.status.status == "online" and desk.bridge.status.pending == 0,
            timeout=20_000,
        )
        with gui_guard.allowed(), server_session(server.db_url) as s:
            template = s.get(MessageTemplate, template_id)
            assert template is not None and template.tenant_id == account.tenant_id
            assert (template.state, template.version) == ("published", 1)
            assert template.published_subject == "Welcome {participant_first_name}"
            assert template.published_email_body == "You are registered for {course}."
            recipient = s.scalars(
                select(NotificationRecipient).where(
                    NotificationRecipient.tenant_id == account.tenant_id
                )
            ).one()
            assert (recipient.person_id, recipient.role) == (people[0], "Course administrator")
            bound = s.scalars(
                select(NotificationBinding).where(
                    NotificationBinding.tenant_id == account.tenant_id
                )
            ).one()
            assert (bound.event_type, bound.template_id, bound.scope_kind, bound.scope_id) == (
                "registration.created",
                template_id,
                "round",
                round_id,
            )
            assert (bound.recipients, bound.channels) == (["participant", "static"], ["email"])
            user_id = s.scalars(select(User.id).where(User.email == account.email)).one()

        # Online: the recipient is given a user's login, chosen from the server's users.
        recipients.activateWindow()
        recipients.table.selectRow(0)
        edit = opened(qtbot, recipients, recipients.edit_button, RecipientDialog)
        qtbot.waitUntil(lambda: edit.user.findData(user_id) > 0, timeout=15_000)
        edit.user.setCurrentIndex(edit.user.findData(user_id))
        qtbot.mouseClick(edit.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: recipients.model.rows[0]["user_id"] == user_id)
        assert recipients.model.data(recipients.model.index(0, 4)) == "Yes"
        window.sync_now()
        qtbot.waitUntil(
            lambda: desk.bridge.status.status == "online" and desk.bridge.status.pending == 0,
            timeout=20_000,
        )
        with gui_guard.allowed(), server_session(server.db_url) as s:
            assert s.get(NotificationRecipient, recipient.id).user_id == user_id  # type: ignore[union-attr]
    finally:
        desk.close(gui_guard)
        proxy.stop()
