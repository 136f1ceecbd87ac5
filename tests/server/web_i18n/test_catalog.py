"""The Swedish catalog of the web pages: complete, consistent with the code, and the
committed ``.mo`` is the compiled ``.po``."""

from __future__ import annotations

import gettext
import re
import subprocess
import sys
from pathlib import Path

from babel.messages.mofile import write_mo

from models.agent_orders import STATE_LABELS
from server.web.agent_orders.pages import state_label
from server.web.i18n import LOCALE_DIR, translations, use_language
from tests.server.web_i18n.helpers import swedish_catalog

MO = LOCALE_DIR / "sv" / "LC_MESSAGES" / "messages.mo"
#: What must come through a translation unchanged: %(name)s and {name} placeholders, tags.
KEEP = re.compile(r"%\([a-z_]+\)s|\{[a-z_]+\}|<[^>]+>")


def messages() -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    found = []
    for message in swedish_catalog():
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        found.append((tuple(ids), tuple(strings)))
    return found


def test_every_text_has_a_swedish_translation_and_none_is_fuzzy() -> None:
    assert len(messages()) > 150
    missing = [ids[0] for ids, strings in messages() if not all(s and s.strip() for s in strings)]
    assert missing == []
    assert [m.id for m in swedish_catalog() if m.id and m.fuzzy] == []
    assert swedish_catalog().plural_forms == "nplurals=2; plural=(n != 1);"


def test_translations_keep_every_placeholder_and_tag() -> None:
    for ids, strings in messages():
        wanted = sorted(KEEP.findall(ids[-1]))
        for string in strings:
            assert sorted(KEEP.findall(string)) == wanted, (ids[0], string)


def test_committed_mo_is_the_compiled_po(tmp_path: Path) -> None:
    fresh = tmp_path / "messages.mo"
    with fresh.open("wb") as f:
        write_mo(f, swedish_catalog())
    with fresh.open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    with MO.open("rb") as f:
        committed = gettext.GNUTranslations(f)
    texts = {k: v for k, v in compiled._catalog.items() if k}  # type: ignore[attr-defined]
    assert texts == {k: v for k, v in committed._catalog.items() if k}  # type: ignore[attr-defined]
    assert len(texts) >= len(messages())


def test_the_catalog_is_up_to_date_with_the_code() -> None:
    """``update.py --check``: every marked text of the pages is in the .po, none is left
    over, all are translated and the .mo matches (a new English text fails here)."""
    script = LOCALE_DIR / "update.py"
    done = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_runtime_reads_the_catalog_with_the_standard_library_only() -> None:
    sv = translations("sv")
    assert isinstance(sv, gettext.GNUTranslations)
    assert sv.gettext("My approvals") == "Mina godkännanden"
    assert sv.pgettext("order state", "rejected") == "avslagen"
    assert sv.ngettext("Too many sign-ups were sent from your network. Try again in {n} minute.",
                       "Too many sign-ups were sent from your network. Try again in {n} minutes.",
                       2).endswith("{n} minuter.")  # fmt: skip
    # Babel is for extraction and compiling only: the page code never imports it.
    web = Path(__file__).resolve().parents[3] / "server" / "web"
    imports = re.compile(r"^\s*(import|from)\s+babel\b", re.M)
    assert not [p.name for p in web.glob("*.py") if imports.search(p.read_text(encoding="utf-8"))]


def test_order_states_read_in_english_as_the_domain_names_them() -> None:
    with use_language("en"):
        assert {state: state_label(state) for state in STATE_LABELS} == {
            state: label for state, label in STATE_LABELS.items()
        }
    with use_language("sv"):
        assert state_label("agent_approved") == "godkänd av agenten"
        assert state_label("no-such-state") == "no-such-state"
