from pathlib import Path

from desktop.people.profile import PersonProfile
from tests.desktop.live_web import signed_in
from tests.desktop.test_admin_audit import ADMIN, PASSWORD, _open, server  # noqa: F401

OUT = Path("/tmp/shots/h7")


def _shoot(qtbot, url, karin, settings, tmp_path, lang, english):
    if lang == "sv":
        assert english.install("sv")
    try:
        with signed_in(url, ADMIN, PASSWORD, tmp_path / f"{lang}.db", settings) as (ctx, _s):
            profile = PersonProfile(ctx, karin)
            qtbot.addWidget(profile)
            with qtbot.waitSignal(profile.extract.saved, timeout=30_000):
                profile.extract.save(tmp_path / f"{lang}.pdf")
            profile.show()
            qtbot.wait(300)
            profile.grab().save(str(OUT / f"profile_{lang}.png"))
            window = _open(qtbot, ctx)
            qtbot.wait(300)
            window.grab().save(str(OUT / f"audit_{lang}.png"))
            (OUT / f"extract_{lang}.pdf").write_bytes((tmp_path / f"{lang}.pdf").read_bytes())
    finally:
        assert english.install("en")


def test_shots(qtbot, server, settings, tmp_path, english):
    url, karin = server
    for lang in ("en", "sv"):
        _shoot(qtbot, url, karin, settings, tmp_path, lang, english)
