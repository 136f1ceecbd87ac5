"""Person categories in the desktop (issue 15): the tenant's list (Edit › Person categories…),
a category given or taken on one profile (its Categories menu) or on many selected
participants (Give or take a category…), each change a command with undo.

- :class:`CategoriesWindow`: the categories with the number of persons who have each;
  New…, Rename…, Archive / Restore (archived ones listed with "Show archived").
- :class:`CategoryDialog`: the name of a new or renamed category, on the shared RowDialog.
- :class:`CategoryChoice`: one category to give to (or take from) a selection of persons.
- :func:`category_menu`: the checkable categories of one person.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QWidget,
)
from sqlalchemy import select

from desktop.common.domain_text import domain_message
from desktop.common.layouts import hbox, ok_cancel, vbox
from desktop.common.row_dialog import RowDialog, show_dialog
from desktop.common.rows_model import Column, RowsModel
from desktop.common.widgets import TableView, refill_combo
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import Changes, DbOp, OpContext
from desktop.operations.categories import (
    CATEGORY_COMMANDS,
    CategoryRow,
    load_categories,
    person_category_keys,
    set_category,
)
from desktop.operations.rows import set_archived
from desktop.operations.undo import UndoStep
from models.commands.people import CategoryCreate
from models.courses import Registration
from models.ids import new_id

WATCHED = ("category", "person_category")


class CategoryDialog(RowDialog):
    """New category (``row`` None) or Rename category (``row``: its id and name)."""

    commands = CATEGORY_COMMANDS
    titles = (
        QT_TRANSLATE_NOOP("CategoryDialog", "New category"),
        QT_TRANSLATE_NOOP("CategoryDialog", "Rename category"),
    )

    def __init__(
        self, ctx: AppContext, row: dict[str, Any] | None = None, parent: QWidget | None = None
    ) -> None:
        shown = {"name": row["name"]} if row else None
        super().__init__(ctx, None, shown, parent)
        self.category_id = str(row["id"]) if row else new_id()
        self.name = QLineEdit(shown["name"] if shown else "")
        self.add_field("name", self.tr("Name:"), self.name)
        self.finish_layout(
            self.tr(
                "A category marks persons, such as Alumnus or Board member: give it on a "
                "profile, to selected participants, or in an import."
            )
            if shown is None
            else ""
        )
        self.name.setFocus()

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip()}

    def create_args(self) -> dict[str, Any]:
        return {"category_id": self.category_id, **self.values()}

    def row_id(self) -> str:
        return self.category_id


COLUMNS = tuple(
    Column(key, title, "Categories", align_right=key == "persons")
    for key, title in (
        ("name", QT_TRANSLATE_NOOP("Categories", "Category")),
        ("persons", QT_TRANSLATE_NOOP("Categories", "Persons")),
        ("state", QT_TRANSLATE_NOOP("Categories", "State")),
    )
)


def _button(text: str, slot: Callable[[], object], *, enabled: bool) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(slot)
    button.setEnabled(enabled)
    return button


class CategoriesWindow(QDialog):
    """Edit › Person categories…: the tenant's list of categories (one window, not modal)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded = False
        self.last_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Person categories"))
        self.model = RowsModel(COLUMNS, self)
        self.table = TableView("categories", ctx.settings, self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(TableView.SelectionMode.SingleSelection)
        self.table.set_empty_text(self.tr("No categories yet — New… adds one."))
        self.table.doubleClicked.connect(lambda _i: self.rename())
        self.table.setColumnWidth(0, 280)
        self.table.setColumnWidth(1, 90)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.new_button, self.rename_button, self.archive_button = (
            _button(text, slot, enabled=CategoryCreate.may_run(ctx.actor.roles))
            for text, slot in (
                (self.tr("New…"), self.new),
                (self.tr("Rename…"), self.rename),
                (self.tr("Archive"), self.archive),
            )
        )
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        vbox(
            self,
            hbox(
                self.new_button, self.rename_button, self.archive_button, None, self.show_archived
            ),
            (self.table, 1),
            hbox(None, close),
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        ctx.ops.changed.connect(self._on_changes)
        self.resize(560, 420)
        self.reload()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*WATCHED):
            self.reload()

    def reload(self) -> None:
        archived = self.show_archived.isChecked()
        DbOp(
            lambda c: load_categories(c, archived=archived), parent=self, label="categories"
        ).success(self._show).run(self.ctx.ops)

    def _show(self, rows: list[CategoryRow]) -> None:
        chosen = self.selected()
        self.model.set_rows(
            [
                row.as_record()
                | {"state": self.tr("Archived") if row.archived else self.tr("In use")}
                for row in rows
            ]
        )
        if chosen is not None and (at := self.model.row_of(chosen["id"])) >= 0:
            self.table.selectRow(at)
        self.table.update_empty()
        self.loaded = True
        self._update()

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selected_rows()
        return self.model.row_at(rows[0]) if rows else None

    def _update(self) -> None:
        row = self.selected()
        may_edit = CategoryCreate.may_run(self.ctx.actor.roles)
        self.rename_button.setEnabled(may_edit and row is not None and not row["archived"])
        self.archive_button.setEnabled(may_edit and row is not None)
        self.archive_button.setText(
            self.tr("Restore") if row is not None and row["archived"] else self.tr("Archive")
        )

    def _opened(self, dialog: QDialog) -> None:
        self.last_dialog = dialog

    def new(self) -> None:
        show_dialog(CategoryDialog(self.ctx, parent=self), self._opened)

    def rename(self) -> None:
        row = self.selected()
        if row is not None and not row["archived"]:
            dialog = CategoryDialog(self.ctx, row, self)
            show_dialog(dialog, self._opened)

    def archive(self) -> None:
        row = self.selected()
        if row is None:
            return
        set_archived(
            parent=self,
            commands=CATEGORY_COMMANDS,
            row_id=row["id"],
            name=row["name"],
            archived=not row["archived"],
        ).success(self.ctx.undo.push).failure(self._failed).run(self.ctx.ops)

    def _failed(self, exc: Exception) -> None:
        QMessageBox.information(self, self.windowTitle(), domain_message(exc))


def participants_of(ctx: OpContext, registration_ids: Sequence[str]) -> list[str]:
    """The persons registered by ``registration_ids`` (each once, in order)."""
    with ctx.read() as s:
        query = select(Registration.id, Registration.participant_id).where(
            Registration.id.in_(list(registration_ids))
        )
        found = {rid: pid for rid, pid in s.execute(query)}
    return list(dict.fromkeys(found[r] for r in registration_ids if r in found))


class CategoryChoice(QDialog):
    """Give one category to (or take it from) the persons of a selection: the participants
    of ``registration_ids``, or ``person_ids``. One command for all; one undo step."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        registration_ids: Sequence[str] = (),
        person_ids: Sequence[str] = (),
        who: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.registration_ids = list(registration_ids)
        self.person_ids = list(person_ids)
        self.setWindowTitle(self.tr("Give or take a category"))
        self.intro = QLabel(
            self.tr("For %1.").replace("%1", who)
            if who
            else self.tr("For the %n selected participant(s).", "", len(self.registration_ids))
        )
        self.intro.setWordWrap(True)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        self.give = QRadioButton(self.tr("Give the category"))
        self.take = QRadioButton(self.tr("Take the category away"))
        self.give.setChecked(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons, self.ok = ok_cancel(self, self.tr("Apply"), self.apply)
        self.ok.setEnabled(False)
        self.category.currentIndexChanged.connect(
            lambda _i: self.ok.setEnabled(self.category.currentData() is not None)
        )
        vbox(self, self.intro, self.category, self.give, self.take, self.message, self.buttons)
        self.setMinimumWidth(420)
        self.category.setFocus()
        self.step: UndoStep | None = None
        DbOp(load_categories, parent=self, label="categories").success(self._fill).run(ctx.ops)

    def _fill(self, rows: list[CategoryRow]) -> None:
        refill_combo(
            self.category,
            (self.tr("Choose a category…"), None),
            [((row.key, row.name), row.name) for row in rows],
        )

    def apply(self) -> None:
        chosen = self.category.currentData()
        if chosen is None:
            return
        key, name = chosen
        present = self.give.isChecked()
        self.ok.setEnabled(False)
        people, registrations = self.person_ids, self.registration_ids

        def run(c: OpContext) -> UndoStep | None:
            ids = people or participants_of(c, registrations)
            return set_category(
                parent=None, person_ids=ids, key=key, name=name, present=present
            ).fn(c)

        DbOp(run, parent=self, label="categories.set").success(self._done).failure(
            self._failed
        ).run(self.ctx.ops)

    def _done(self, step: UndoStep | None) -> None:
        self.ctx.undo.push(step)
        self.step = step
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.message.setText(domain_message(exc))
        self.ok.setEnabled(True)


class CategoryMenu(QMenu):
    """The tenant's categories, those the person has checked: choosing one gives or takes
    it (``done`` gets the undo step). Read again whenever categories change, not while it
    is open (its actions stay what the user sees)."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget,
        person_id: str,
        done: Callable[[UndoStep | None], None],
    ) -> None:
        super().__init__(parent)
        ctx.ops.changed.connect(self._on_changes)
        self.ctx, self.person_id, self.done = ctx, person_id, done
        self.load()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*WATCHED):
            self.load()

    def load(self) -> None:
        pid = self.person_id
        DbOp(
            lambda c: (load_categories(c), person_category_keys(c, pid)),
            parent=self,
            label="categories",
        ).success(self._fill).run(self.ctx.ops)

    def _fill(self, rows_and_keys: tuple[list[CategoryRow], set[str]]) -> None:
        rows, keys = rows_and_keys
        self.clear()
        for row in rows:
            action = self.addAction(row.name)
            action.setCheckable(True)
            action.setChecked(row.key in keys)
            action.toggled.connect(lambda on, r=row: self._set(r, on))
        if not rows:
            self.addAction(self.tr("No categories yet")).setEnabled(False)

    def _set(self, row: CategoryRow, present: bool) -> None:
        set_category(
            parent=self, person_ids=[self.person_id], key=row.key, name=row.name, present=present
        ).success(self.done).run(self.ctx.ops)


def category_menu(
    ctx: AppContext, parent: QWidget, person_id: str, done: Callable[[UndoStep | None], None]
) -> QMenu:
    """The categories menu of one person's profile (:class:`CategoryMenu`)."""
    return CategoryMenu(ctx, parent, person_id, done)
