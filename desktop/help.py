"""Help › Keyboard shortcuts and Help › Manual.

The shortcuts list is read from the window's own actions (its menus and the
actions of every fixed tab) each time it opens, so it lists what the keys do
today and cannot go stale. The manual is an HTML page per language in
``resources/help`` (``manual_en.html``, ``manual_sv.html``) shown in a
:class:`QTextBrowser`; its links to its own sections work, other links open
nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop.common.layouts import close_buttons, vbox
from models.bundle import data_path

HELP_DIR = data_path("resources", "help")


@dataclass(frozen=True)
class Shortcut:
    """One action with keys: where it is (a menu or a tab), what it does, its keys."""

    group: str
    text: str
    keys: str


def plain(text: str) -> str:
    """A menu text without its mnemonic and trailing dots: "&Export list…" -> "Export list"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def keys_text(action: QAction) -> str:
    """The keys of ``action`` as the platform writes them ("Ctrl+E, F5"), "" without any."""
    return ", ".join(
        k.toString(QKeySequence.SequenceFormat.NativeText)
        for k in action.shortcuts()
        if not k.isEmpty()
    )


def _shortcuts_of(group: str, actions: Iterable[QAction]) -> list[Shortcut]:
    found: list[Shortcut] = []
    seen: set[int] = set()
    for action in actions:
        keys = keys_text(action)
        if not keys or action.isSeparator() or id(action) in seen:
            continue
        seen.add(id(action))
        found.append(Shortcut(group, plain(action.text()), keys))
    return found


def window_shortcuts(
    window: QMainWindow, tabs: Iterable[tuple[str, QWidget]], *, skip: Iterable[QMenu] = ()
) -> list[Shortcut]:
    """Every shortcut of ``window``: its menus' (in menu-bar order, menus in ``skip`` left
    out) and then the actions each of ``tabs`` (title, widget) holds, in the order made."""
    skipped = set(skip)
    found: list[Shortcut] = []
    for bar_action in window.menuBar().actions():
        menu = cast(QMenu | None, bar_action.menu())
        if menu is None or menu in skipped or not bar_action.isVisible():
            continue
        found += _shortcuts_of(plain(bar_action.text()), menu.actions())
    for title, widget in tabs:
        found += _shortcuts_of(plain(title), widget.findChildren(QAction))
    return found


class ShortcutsDialog(QDialog):
    """Help › Keyboard shortcuts: every shortcut of the window, grouped by menu and tab."""

    def __init__(self, shortcuts: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        groups: dict[str, QTreeWidgetItem] = {}
        self._shortcuts = list(shortcuts)
        for shortcut in shortcuts:
            group = groups.get(shortcut.group)
            if group is None:
                group = QTreeWidgetItem(self.tree, [shortcut.group])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                groups[shortcut.group] = group
            QTreeWidgetItem(group, [shortcut.text, shortcut.keys])
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        vbox(self, self.tree, close_buttons(self))
        from desktop.printing.output import fit_to_screen

        self.resize(fit_to_screen(self, 620, 720))

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, action, keys) of every line shown."""
        return [(s.group, s.text, s.keys) for s in self._shortcuts]


def manual_path(language: str | None = None) -> Path:
    """The manual in ``language`` (the app's, by its locale, when None); English if missing."""
    if language is None:
        swedish = QLocale().language() == QLocale.Language.Swedish
        language = "sv" if swedish else "en"
    path = HELP_DIR / f"manual_{language}.html"
    return path if path.exists() else HELP_DIR / "manual_en.html"


class ManualDialog(QDialog):
    """Help › Manual: the short manual in the app's language, its contents as links."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kansli manual"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        self.browser.setSource(QUrl.fromLocalFile(str(manual_path(language))))
        vbox(self, self.browser, close_buttons(self))
        from desktop.printing.output import fit_to_screen

        self.resize(fit_to_screen(self, 760, 900))
