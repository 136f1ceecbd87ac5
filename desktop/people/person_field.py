"""A form's field holding one person, or nobody: their name and "Choose…", which opens the
person picker (with "New person…" there, and a button for nobody). A course's leader, a
session's leader."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from desktop.common.layouts import hbox
from desktop.context import AppContext
from desktop.people.picker import PersonPicker


class PersonField(QWidget):
    """The chosen ``person_id`` (None: nobody, shown as ``none_text``), chosen with the
    picker titled ``pick_title``; :meth:`set_person` shows who it holds."""

    def __init__(
        self, ctx: AppContext, none_text: str, pick_title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.none_text, self.pick_title = ctx, none_text, pick_title
        self.person_id: str | None = None
        self.picker: PersonPicker | None = None
        self.label = QLabel(none_text)
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.clicked.connect(self.pick)
        row = hbox(self.label, None, self.choose)
        row.setContentsMargins(0, 0, 0, 0)
        self.setLayout(row)
        self.setFocusProxy(self.choose)

    def set_person(self, person_id: str | None, name: str | None) -> None:
        self.person_id = person_id
        self.label.setText(name or self.none_text)

    def pick(self) -> None:
        """Open the picker; the field takes whom it returns."""
        self.picker = PersonPicker(self.ctx, self.pick_title, self, allow_none=self.none_text)
        self.picker.accepted.connect(self._chosen)
        self.picker.open()

    def _chosen(self) -> None:
        if self.picker is not None:
            self.set_person(self.picker.person_id, self.picker.person_name)
