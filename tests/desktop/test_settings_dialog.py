"""The settings dialog while the demo runs: the demo server's address is shown, the
user's own server address is kept."""

from __future__ import annotations

from desktop import settings as options
from desktop.settings_dialog import SettingsDialog


def test_the_demo_server_is_shown_and_the_own_server_kept(qtbot, settings) -> None:
    settings.set(options.SERVER_URL, "https://kansli.example.se")
    dialog = SettingsDialog(settings, demo_server="http://127.0.0.1:41234")
    qtbot.addWidget(dialog)
    assert dialog.server.text() == "http://127.0.0.1:41234"
    assert dialog.server.isReadOnly()
    assert "demo server" in dialog.server_hint.text()
    dialog.interval.setValue(90)
    dialog.save()
    assert settings.get(options.SERVER_URL) == "https://kansli.example.se"
    assert settings.get(options.SYNC_INTERVAL_SECONDS) == 90


def test_without_the_demo_the_server_address_is_edited_and_saved(qtbot, settings) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert not dialog.server.isReadOnly()
    dialog.server.setText("https://other.example.se")
    dialog.save()
    assert settings.get(options.SERVER_URL) == "https://other.example.se"
