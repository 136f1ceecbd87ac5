"""The Organisations tab (issue 15; seed 002 "Kunder -> Alla kunder", "Inställningar ->
Organisation"; seed 004 agents): three lists under one search, each with its main contact.

- Customers, and the selected customer's contracts beside them;
- Organisations (the employers participants come from, and every customer and agent);
- Agents.

Each list has New…, Edit… (double-click or Return) and Archive (Restore with "Show
archived"); every change is a command, undone with Edit › Undo.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QWidget,
)

from desktop.common.layouts import hbox, vbox
from desktop.common.row_dialog import show_dialog
from desktop.common.rows_model import Column, RowsModel
from desktop.common.tab_view import RowsListTab
from desktop.common.values import Record
from desktop.common.widgets import SavedSplitter, SearchField, TableView, open_action
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import Changes, DbOp, Latest, OpContext
from desktop.operations.rows import RowCommands, set_archived
from desktop.organisations.dialogs import (
    AGENT_COMMANDS,
    CONTRACT_COMMANDS,
    CUSTOMER_COMMANDS,
    ORGANISATION_COMMANDS,
    AgentDialog,
    ContractDialog,
    CustomerDialog,
    OrganisationDialog,
)
from desktop.organisations.queries import (
    load_agents,
    load_contracts,
    load_customers,
    load_organisations,
    organisation_choices,
)
from models.commands import registered

C = "Organisations"


def _named(value: object, row: Record) -> str:
    """A name, marked when the row is archived (listed with "Show archived" only)."""
    archived = QCoreApplication.translate(C, "%1 (archived)")
    return archived.replace("%1", str(value)) if row.get("archived") else str(value)


MAIN_CONTACT = Column("main_contact", QT_TRANSLATE_NOOP("Organisations", "Main contact"), C)
ORG_NUMBER = Column("org_number", QT_TRANSLATE_NOOP("Organisations", "Organisation number"), C)

CUSTOMER_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Organisations", "Customer"), C, format=_named),
    Column("customer_number", QT_TRANSLATE_NOOP("Organisations", "Customer number"), C),
    ORG_NUMBER,
    Column("city", QT_TRANSLATE_NOOP("Organisations", "City"), C),
    Column("contracts", QT_TRANSLATE_NOOP("Organisations", "Contracts"), C, align_right=True),
    MAIN_CONTACT,
)
CONTRACT_COLUMNS = (
    Column("title", QT_TRANSLATE_NOOP("Organisations", "Contract"), C, format=_named),
    Column("starts_on", QT_TRANSLATE_NOOP("Organisations", "Starts"), C),
    Column("ends_on", QT_TRANSLATE_NOOP("Organisations", "Ends"), C),
    MAIN_CONTACT,
)
ORGANISATION_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Organisations", "Organisation"), C, format=_named),
    ORG_NUMBER,
    Column("city", QT_TRANSLATE_NOOP("Organisations", "City"), C),
    Column("customer_number", QT_TRANSLATE_NOOP("Organisations", "Customer number"), C),
    MAIN_CONTACT,
)
AGENT_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Organisations", "Agent"), C, format=_named),
    Column("organisation", QT_TRANSLATE_NOOP("Organisations", "Organisation"), C),
    ORG_NUMBER,
    MAIN_CONTACT,
)


class Loader(Protocol):
    def __call__(
        self, ctx: OpContext, *, search: str = "", archived: bool = False
    ) -> list[Record]: ...


#: Each list's buttons: New…, Edit…, Archive and (an archived row's) Restore.
BUTTONS = {
    "customers": (
        QT_TRANSLATE_NOOP("Organisations", "New &customer…"),
        QT_TRANSLATE_NOOP("Organisations", "E&dit customer…"),
        QT_TRANSLATE_NOOP("Organisations", "A&rchive customer"),
        QT_TRANSLATE_NOOP("Organisations", "Restore customer"),
    ),
    "contracts": (
        QT_TRANSLATE_NOOP("Organisations", "New c&ontract…"),
        QT_TRANSLATE_NOOP("Organisations", "Edi&t contract…"),
        QT_TRANSLATE_NOOP("Organisations", "Archive co&ntract"),
        QT_TRANSLATE_NOOP("Organisations", "Restore contract"),
    ),
    "organisations": (
        QT_TRANSLATE_NOOP("Organisations", "New &organisation…"),
        QT_TRANSLATE_NOOP("Organisations", "E&dit organisation…"),
        QT_TRANSLATE_NOOP("Organisations", "A&rchive organisation"),
        QT_TRANSLATE_NOOP("Organisations", "Restore organisation"),
    ),
    "agents": (
        QT_TRANSLATE_NOOP("Organisations", "&New agent…"),
        QT_TRANSLATE_NOOP("Organisations", "E&dit agent…"),
        QT_TRANSLATE_NOOP("Organisations", "A&rchive agent"),
        QT_TRANSLATE_NOOP("Organisations", "Restore agent"),
    ),
}
#: Each list's column widths (the last column takes the rest).
WIDTHS = {
    "customers": (190, 120, 150, 80, 70),
    "contracts": (230, 90, 90),
    "organisations": (280, 140, 120, 120),
    "agents": (260, 260, 140),
}

#: The tables the lists show (not person: an import's thousands of persons would reload
#: them for nothing; a renamed main contact shows at the next change or search).
WATCHED = ("organisation", "customer", "contract", "agent", "contact")


def _may(commands: RowCommands, roles: frozenset[str]) -> bool:
    return registered()[(commands.create, 1)].may_run(roles)


@dataclass
class RowList:
    """One list of the tab: its table, model, buttons and how it loads and edits."""

    name: str
    model: RowsModel
    table: TableView
    commands: RowCommands
    new: QPushButton
    edit: QPushButton
    archive: QPushButton
    #: "A&rchive customer" / "Restore customer" (English sources, context Organisations).
    archive_texts: tuple[str, str]

    def selected(self) -> Record | None:
        rows = self.table.selected_rows()
        return self.model.row_at(rows[0]) if rows else None

    def select_id(self, row_id: str | None) -> None:
        row = self.model.row_of(row_id) if row_id else -1
        if row >= 0:
            self.table.selectRow(row)


class OrganisationsView(RowsListTab):
    """Customers (with contracts), organisations and agents, each with its main contact."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.last_dialog: QDialog | None = None
        self.search = SearchField(self.tr("Search name, number or city…"), self)
        #: The newest read of each list (by its name).
        self._reads: dict[str, Latest] = {}
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.count_label = QLabel()
        self.customers, self.contracts, self.organisations, self.agents = (
            self._list(name, columns, commands)
            for name, columns, commands in (
                ("customers", CUSTOMER_COLUMNS, CUSTOMER_COMMANDS),
                ("contracts", CONTRACT_COLUMNS, CONTRACT_COMMANDS),
                ("organisations", ORGANISATION_COLUMNS, ORGANISATION_COMMANDS),
                ("agents", AGENT_COLUMNS, AGENT_COMMANDS),
            )
        )
        self.lists = (self.customers, self.contracts, self.organisations, self.agents)
        self.contracts_title = QLabel()
        self.contracts_title.setStyleSheet("font-weight: 600;")
        customers = self._page(self.customers)
        contracts = self._page(self.contracts, self.contracts_title)
        self.splitter = SavedSplitter(
            "customers", ctx.settings, [customers, contracts], sizes=[760, 560]
        )
        self.pages = QTabWidget()
        self.pages.addTab(self.splitter, self.tr("Customers"))
        self.pages.addTab(self._page(self.organisations), self.tr("Organisations"))
        self.pages.addTab(self._page(self.agents), self.tr("Agents"))
        vbox(
            self,
            hbox(self.search, self.show_archived, None, self.count_label),
            (self.pages, 1),
        )
        self.listed = self.customers.model
        self.export_title = self.tr("Customers")
        self.print_title = self.tr("Customers")
        self.customer_id: str | None = None

        self.customers.table.selectionModel().selectionChanged.connect(
            lambda *_a: self._customer_changed()
        )
        self.search.search_changed.connect(lambda _t: self.reload())
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.pages.currentChanged.connect(lambda _i: self._page_changed())
        ctx.ops.changed.connect(self._on_changes)
        self.reload()

    # -- building --------------------------------------------------------------------

    def _list(
        self,
        name: str,
        columns: tuple[Column, ...],
        commands: RowCommands,
    ) -> RowList:
        model = RowsModel(columns, self)
        table = TableView(name, self.ctx.settings, self)
        table.setModel(model)
        table.setSelectionMode(TableView.SelectionMode.SingleSelection)
        table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        model.sort(0)
        for column, width in enumerate(WIDTHS[name]):
            table.setColumnWidth(column, width)
        table.restore_layout()
        new, edit, archive, restore = BUTTONS[name]
        row_list = RowList(
            name,
            model,
            table,
            commands,
            QPushButton(QCoreApplication.translate(C, new)),
            QPushButton(QCoreApplication.translate(C, edit)),
            QPushButton(QCoreApplication.translate(C, archive)),
            (archive, restore),
        )
        row_list.new.clicked.connect(lambda: self.new_row(row_list))
        row_list.edit.clicked.connect(lambda: self.edit_row(row_list))
        row_list.archive.clicked.connect(lambda: self.archive_row(row_list))
        open_action(
            table,
            self.tr("Edit"),
            lambda: self.edit_row(row_list),
            has_row=lambda: row_list.edit.isEnabled(),
        )
        table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        return row_list

    def _page(self, row_list: RowList, title: QLabel | None = None) -> QWidget:
        page = QWidget()
        layout = vbox(
            page,
            *([title] if title is not None else []),
            (row_list.table, 1),
            hbox(row_list.new, row_list.edit, row_list.archive, None),
        )
        layout.setContentsMargins(0, 4, 0, 0)
        return page

    # -- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        search, archived = self.search.text().strip(), self.show_archived.isChecked()
        loaders: tuple[tuple[RowList, Loader], ...] = (
            (self.customers, load_customers),
            (self.organisations, load_organisations),
            (self.agents, load_agents),
        )
        for row_list, loader in loaders:
            self._load(row_list, functools.partial(loader, search=search, archived=archived))
        self.reload_contracts()

    def reload_contracts(self) -> None:
        customer_id, archived = self.customer_id, self.show_archived.isChecked()
        self._load(
            self.contracts,
            lambda c: load_contracts(c, customer_id=customer_id, archived=archived),
        )

    def _load(self, row_list: RowList, run: Callable[[OpContext], list[Record]]) -> None:
        # Search as you type: a newer read of the list cancels the one before.
        latest = self._reads.setdefault(row_list.name, Latest())
        latest.run(
            DbOp(run, parent=self, label=row_list.name).success(
                lambda rows: self._loaded(row_list, rows)
            ),
            self.ctx.ops,
        )

    def _loaded(self, row_list: RowList, rows: list[Record]) -> None:
        keep = row_list.selected()
        row_list.model.set_rows(rows)
        row_list.select_id(keep["id"] if keep else None)
        row_list.table.set_empty_text(self._empty_text(row_list))
        if row_list is self.customers:
            if self.customer_id and self.customers.model.row_of(self.customer_id) < 0:
                self.customer_id = None
                self.reload_contracts()
            self._title_contracts()
        self._update_buttons()
        self._count()
        self.loaded = all(r.model.loaded for r in self.lists)

    def _empty_text(self, row_list: RowList) -> str:
        if self.search.text().strip():
            return self.tr("Nothing matches the search.")
        if row_list is self.contracts:
            return (
                self.tr("No contracts yet — New contract… adds one.")
                if self.customer_id
                else self.tr("Select a customer to see its contracts.")
            )
        return self.tr("None yet — add one with the button below.")

    def _customer_changed(self) -> None:
        row = self.customers.selected()
        customer_id = row["id"] if row else None
        if customer_id != self.customer_id:
            self.customer_id = customer_id
            self._title_contracts()
            self.reload_contracts()
        self._update_buttons()

    def _title_contracts(self) -> None:
        row = self.customers.selected()
        self.contracts_title.setText(
            self.tr("Contracts of %1").replace("%1", row["name"]) if row else self.tr("Contracts")
        )

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*WATCHED):
            self.reload()

    def _page_changed(self) -> None:
        current = self.current_list()
        self.listed = current.model
        self.export_title = self.pages.tabText(self.pages.currentIndex()).replace("&", "")
        self.print_title = self.export_title
        self._count()

    def _count(self) -> None:
        self.count_label.setText(self.tr("%n row(s)", "", self.current_list().model.rowCount()))

    # -- actions -----------------------------------------------------------------------

    @property
    def table(self) -> TableView:
        """The table of the list shown (Edit › Find's search comes before it)."""
        return self.current_list().table

    def current_list(self) -> RowList:
        return (self.customers, self.organisations, self.agents)[max(0, self.pages.currentIndex())]

    def _update_buttons(self) -> None:
        roles = self.ctx.actor.roles
        for row_list in self.lists:
            may = _may(row_list.commands, roles)
            row = row_list.selected() if may else None
            row_list.new.setEnabled(
                may and (row_list is not self.contracts or bool(self.customer_id))
            )
            row_list.edit.setEnabled(row is not None and not row.get("archived"))
            row_list.archive.setEnabled(row is not None)
            text = row_list.archive_texts[1 if row and row.get("archived") else 0]
            row_list.archive.setText(QCoreApplication.translate(C, text))

    def _opened(self, dialog: QDialog) -> None:
        self.last_dialog = dialog

    def new_row(self, row_list: RowList) -> None:
        if row_list is self.organisations:
            show_dialog(OrganisationDialog(self.ctx, parent=self), self._opened)
        elif row_list is self.contracts:
            if self.customer_id:
                ids = {"customer_id": self.customer_id}
                show_dialog(ContractDialog(self.ctx, parent=self, parent_ids=ids), self._opened)
        else:
            make = CustomerDialog if row_list is self.customers else AgentDialog
            customers = row_list is self.customers

            def show(choices: list[tuple[str, str]]) -> None:
                show_dialog(make(self.ctx, choices=choices, parent=self), self._opened)

            DbOp(
                lambda c: organisation_choices(c, not_customers=customers),
                parent=self,
                label="organisations",
            ).success(show).run(self.ctx.ops)

    def edit_row(self, row_list: RowList) -> None:
        row = row_list.selected()
        if row is None or row.get("archived") or not row_list.edit.isEnabled():
            return
        dialog: QDialog
        if row_list is self.organisations:
            dialog = OrganisationDialog(self.ctx, row, row["id"], self)
        elif row_list is self.customers:
            dialog = CustomerDialog(self.ctx, row, row["id"], parent=self)
        elif row_list is self.contracts:
            assert self.customer_id is not None
            ids = {"customer_id": self.customer_id}
            dialog = ContractDialog(self.ctx, row, row["id"], self, parent_ids=ids)
        else:
            dialog = AgentDialog(self.ctx, row, row["id"], parent=self)
        show_dialog(dialog, self._opened)

    def archive_row(self, row_list: RowList) -> None:
        row = row_list.selected()
        if row is None:
            return
        set_archived(
            parent=self,
            commands=row_list.commands,
            row_id=row["id"],
            name=str(row.get("name") or row.get("title") or ""),
            archived=not row.get("archived"),
        ).success(self.ctx.undo.push).run(self.ctx.ops)

    def describe(self) -> str:
        return self.contracts_title.text() if self.listed is self.contracts.model else ""

    def save_layout(self) -> None:
        for row_list in self.lists:
            row_list.table.save_layout()
        self.splitter.save_layout()
