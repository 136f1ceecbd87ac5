"""Swedish throughout (issue 21, item 3): a Swedish screen shows no English.

The main window's lists, menus, a round page, a person's profile, the alumni detail
and the sync issues dialog are walked with the Swedish translation loaded over a
filled store; no visible text may be an English source text that has a Swedish
translation, and none may hold a known English word or a raw code. A static check
keeps ``tr()`` out of f-strings (lupdate never extracts those) and every
translated literal in a call lupdate reads.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from desktop.i18n import TRANSLATIONS_DIR
from desktop.sync_ui.issues import SyncIssuesDialog
from tests.desktop.conftest import make_window, read
from tests.desktop.test_sync_ui import add_refusals

ROOT = Path(__file__).resolve().parents[2]

#: English words and codes that must never reach a Swedish screen (whole texts, or
#: phrases inside one).
ENGLISH_CELLS = {"work", "mobile", "home", "Yes", "No", "yes", "no", "not approved"}
ENGLISH_PHRASES = re.compile(
    r"\b(Already |meanwhile|was not found|Approval requested|Reminder sent|"
    r"No degree found|not_approved|approved_manually|not_requested|expected_status|"
    r"decision: |Someone else changed)"
)
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def english_sources() -> set[str]:
    """The English texts the Swedish catalogue translates into something else."""
    tree = ET.parse(TRANSLATIONS_DIR / "kansli_sv.ts")  # noqa: S314  (our own file)
    found = set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or message.get("numerus") == "yes":
            continue
        # Compared without the accelerator's "&": "S&tatus:" translated "St&atus:" is the
        # same word, and a visible "Status:" elsewhere is no English left over.
        text = (translation.text or "").replace("&", "")
        if text and text != source.replace("&", "") and len(source) > 2:
            found.add(source.replace("&", ""))
    return found


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).replace("&nbsp;", " ").replace("&", "").strip()


def _model_texts(view: QAbstractItemView, rows: int = 30) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list widget's model keeps it private: one column
        columns = 1
    for col in range(columns):
        yield str(model.headerData(col, Qt.Orientation.Horizontal) or "")
    for row in range(min(rows, model.rowCount(root))):
        for col in range(columns):
            value = model.data(model.index(row, col))
            if isinstance(value, str):
                yield value


def _menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        yield action.text()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())  # type: ignore[arg-type]


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every text a user sees on ``root`` and its visible children."""
    yield "window title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit):
            yield where, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield where, widget.itemText(i)
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield where, widget.tabText(i)
        elif isinstance(widget, QTextEdit):
            yield from ((where, line) for line in widget.toPlainText().splitlines())
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            yield from ((where, t) for t in _model_texts(widget))


def english_on(root: QWidget, sources: set[str]) -> list[str]:
    """The texts on ``root`` that are English (or a raw code, or an id)."""
    found = []
    for where, raw in visible_texts(root):
        for text in (_plain(part) for part in raw.split("\n")):
            if not text:
                continue
            if (
                text in sources
                or text in ENGLISH_CELLS
                or ENGLISH_PHRASES.search(text)
                or UUID.search(text)
            ):
                found.append(f"{where}: {text!r}")
    return sorted(set(found))


def test_the_sync_issues_dialog_shows_no_english_in_swedish(
    qtbot, offline_ctx, filled, gui_guard, swedish
) -> None:
    add_refusals(offline_ctx.store, filled, gui_guard)
    dialog = SyncIssuesDialog(offline_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.list.count() == 4
    sources = english_sources()
    for row in range(dialog.list.count()):
        dialog.list.setCurrentRow(row)
        assert english_on(dialog, sources) == []
    lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any(line.startswith("Godkänn alumniregistreringen för ") for line in lines)
    assert any("Kursregistreringen är avbokad" in line for line in lines)
    at = datetime(2026, 11, 23, 13, 2, tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
    assert any(f"Redan beslutad av Berit Berg {at}: Nekad." in line for line in lines)


def test_the_main_screens_show_no_english_in_swedish(
    qtbot, ctx, filled, gui_guard, swedish
) -> None:
    window = make_window(qtbot, ctx)
    window.resize(1920, 1080)
    sources = english_sources()
    leaks: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        view = window.tabs.currentWidget()
        qtbot.waitUntil(lambda v=view: getattr(v, "loaded", True))
        qtbot.waitUntil(
            lambda v=view: getattr(getattr(v, "detail", None), "detail", True) is not None
        )
        leaks += english_on(window, sources)
    for menu in window.menuBar().findChildren(QMenu):
        leaks += [f"menu: {t!r}" for t in _menu_texts(menu) if _plain(t) in sources]
    round_id = read(gui_guard, ctx.store, "SELECT id FROM course_round LIMIT 1")[0][0]
    page = window.open_round(round_id)
    qtbot.waitUntil(lambda: getattr(page, "loaded", True))
    leaks += english_on(window, sources)
    # A person with activities on the timeline, and one with an alumni registration.
    [(active,)] = read(gui_guard, ctx.store, "SELECT person_id FROM activity LIMIT 1")
    for person in (active, filled.participant_ids[0]):
        profile = window.open_person(person)
        qtbot.waitUntil(lambda p=profile: p.loaded)
        for tabs in profile.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                leaks += english_on(profile, sources)
        profile.close()
    assert sorted(set(leaks)) == []


# -- static: every translated text is one lupdate extracts ---------------------------

#: The calls lupdate reads a text from.
_TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _translate_wrappers(tree: ast.Module) -> dict[str, int]:
    """Module functions that pass one of their parameters to ``translate`` as the text, with
    that parameter's position: lupdate does not see a text given to them."""
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        params = [a.arg for a in node.args.args]
        for call in ast.walk(node):
            if (
                isinstance(call, ast.Call)
                and _call_name(call) == "translate"
                and len(call.args) > 1
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id in params
            ):
                found[node.name] = params.index(call.args[1].id)
    return found


def untranslatable_calls(source: str, path: str) -> list[str]:
    tree = ast.parse(source)
    wrappers = _translate_wrappers(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _call_name(inner) in _TRANSLATING:
                    found.append(f"{path}:{inner.lineno}: tr() inside an f-string")
        if (
            isinstance(node, ast.Call)
            and _call_name(node) in _TRANSLATING
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.IfExp | ast.BinOp | ast.JoinedStr)
        ):
            found.append(f"{path}:{node.lineno}: a computed text lupdate cannot read")
        at = wrappers.get(_call_name(node), -1) if isinstance(node, ast.Call) else -1
        if (
            isinstance(node, ast.Call)
            and 0 <= at < len(node.args)
            and isinstance(node.args[at], ast.Constant)
            and isinstance(node.args[at].value, str)
        ):
            found.append(f"{path}:{node.lineno}: {_call_name(node)}({node.args[at].value!r})")
    return found


def test_no_translated_text_escapes_lupdate() -> None:
    sample = (
        'f"{self.tr(\'x\')}"\ndef _t(s):\n    return Q.translate("C", s)\n_t("y")\n'
        'Q.translate("C", "Yes" if v else "No")\n'
    )
    assert untranslatable_calls(sample, "s.py") == [  # the check finds what it looks for
        "s.py:1: tr() inside an f-string",
        "s.py:4: _t('y')",
        "s.py:5: a computed text lupdate cannot read",
    ]
    found = [
        problem
        for path in sorted((ROOT / "desktop").rglob("*.py"))
        for problem in untranslatable_calls(path.read_text(encoding="utf-8"), str(path))
    ]
    assert found == []


def test_an_order_state_has_one_name_in_the_app_and_on_the_web_pages(swedish) -> None:
    from babel.messages.pofile import read_po
    from PySide6.QtCore import QCoreApplication

    from desktop.agent_orders.view import STATE
    from models.agent_orders import OrderState

    po = ROOT / "server" / "locale" / "sv" / "LC_MESSAGES" / "messages.po"
    with po.open("rb") as f:
        catalog = read_po(f, locale="sv")
    pages = {
        str(m.id): str(m.string)
        for m in catalog
        if m.context == "order state" and isinstance(m.id, str)
    }
    # The app's list shows an order back in review after a decline as a state of its own
    # ("In review: declined by the attestant"), the pages' trail that step ("declined by an
    # attestant"): each names what it shows, so the order states proper are compared.
    states = {code: source for code, source in STATE.items() if code in set(OrderState)}
    assert len(states) == len(OrderState)
    for source in states.values():
        app = QCoreApplication.translate("AgentOrders", source)
        assert app.casefold() == pages[source.casefold()].casefold(), source


def test_a_failed_export_says_so_in_swedish(qtbot, ctx, tmp_path, swedish) -> None:
    window = make_window(qtbot, ctx)
    window.show_tab("participants")
    (tmp_path / "a-file").write_text("")
    window.export_current(tmp_path / "a-file" / "deltagare.xlsx")  # a file is no folder
    qtbot.waitUntil(lambda: getattr(window, "file_notice", None) is not None)
    assert window.file_notice.windowTitle() == "Exporten misslyckades"
