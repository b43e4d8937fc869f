"""Importing clients from a CSV file: map the columns, check the preview, then import.

One combo box per CSV column says which field it fills (or "Ignore"); every change redraws the
preview, which shows what each line becomes, with its errors (red) and likely duplicates
(amber). Nothing is written until "Import N clients" is pressed; then all valid lines go in
one transaction.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import UserError
from mentordesk.services import client_csv_fields
from mentordesk.services.client_csv_import import (
    ClientCsvImport,
    CsvField,
    CsvRow,
    CsvTable,
)
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import labels, messages
from mentordesk.ui.form_parts import InlineError

log = logging.getLogger(__name__)
ERROR_BACKGROUND = QColor("#fdecea")
WARNING_BACKGROUND = QColor("#fff4e5")
PREVIEW_COLUMNS = 10  # line, state, name, e-mail, phone, address, city, language, status, notes
PROBLEMS_COLUMN = PREVIEW_COLUMNS - 1
WIDEST_COLUMN = 240  # a long name or address wraps (and is in full in its tooltip)
COLUMN_PADDING = 18
PROBLEMS_WIDTH = 240
# preview columns shown only when a CSV column fills one of their fields
OPTIONAL_COLUMNS = {
    3: {CsvField.EMAIL},
    4: {CsvField.PHONE},
    5: {CsvField.STREET, CsvField.HOUSE_NUMBER, CsvField.POSTAL_CODE},
    6: {CsvField.CITY},
}


def sentence(text: str) -> str:
    """``text`` with a capital first letter and a full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


class CsvImportDialog(QDialog):
    """Emits ``clients_imported(int count)`` after the import, then closes."""

    clients_imported = Signal(int)

    def __init__(self, pf: PracticeFile, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pf = pf
        self.importer = ClientCsvImport(pf)
        self.table: CsvTable | None = None
        self.rows: list[CsvRow] = []
        self.combos: list[QComboBox] = []
        self._column_widths: dict[int, int] = {}
        self.setWindowTitle(self.tr("Import clients from CSV"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setSizeGripEnabled(True)
        self.resize(980, 620)

        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        mapping_title = QLabel(self.tr("<b>Which column holds what?</b>"))
        self.mapping_area = QScrollArea()
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.mapping_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview = QTableWidget(0, PREVIEW_COLUMNS)
        self.preview.setAccessibleName(self.tr("Preview of the clients to import"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setWordWrap(True)
        self.preview.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.preview.verticalHeader().hide()
        self.preview.viewport().installEventFilter(self)
        self.preview.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Result"),
                self.tr("Name"),
                self.tr("E-mail"),
                self.tr("Phone"),
                self.tr("Address"),
                self.tr("City"),
                self.tr("Language"),
                self.tr("Status"),
                self.tr("Problems"),
            ]
        )
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PROBLEMS_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.skip_duplicates_check = QCheckBox(
            self.tr("Leave out lines that look like an existing client or an earlier line")
        )
        self.skip_duplicates_check.setAccessibleName(self.tr("Leave out likely duplicates"))
        self.skip_duplicates_check.setChecked(True)
        self.error_label = InlineError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import clients"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        self.import_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(mapping_title)
        layout.addWidget(self.mapping_area)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.skip_duplicates_check)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.skip_duplicates_check.toggled.connect(self._on_skip_duplicates_check_toggled)
        self._load(Path(path))

    # -- the fields -------------------------------------------------------------------------------
    def field_label(self, field: CsvField) -> str:
        names = {
            CsvField.NAME: self.tr("Full name"),
            CsvField.FIRST_NAME: self.tr("First name"),
            CsvField.INFIX: self.tr("Name prefix (van, de)"),
            CsvField.LAST_NAME: self.tr("Last name"),
            CsvField.PREFERRED_NAME: self.tr("Preferred name"),
            CsvField.EMAIL: self.tr("E-mail"),
            CsvField.PHONE: self.tr("Phone"),
            CsvField.STREET: self.tr("Street (and number)"),
            CsvField.HOUSE_NUMBER: self.tr("House number"),
            CsvField.POSTAL_CODE: self.tr("Postal code"),
            CsvField.CITY: self.tr("City"),
            CsvField.COUNTRY: self.tr("Country"),
            CsvField.LANGUAGE: self.tr("Language"),
            CsvField.STATUS: self.tr("Status"),
            CsvField.REFERRAL_SOURCE: self.tr("Referred by"),
            CsvField.TAGS: self.tr("Tags"),
            CsvField.NOTES: self.tr("Notes"),
        }
        return names[field]

    def mapping(self) -> dict[int, CsvField]:
        chosen: dict[int, CsvField] = {}
        for index, combo in enumerate(self.combos):
            field = combo.currentData()
            if isinstance(field, str) and field:
                chosen[index] = CsvField(field)
        return chosen

    def rows_to_import(self) -> list[CsvRow]:
        skip = self.skip_duplicates_check.isChecked()
        return [r for r in self.rows if r.valid and not (skip and r.duplicate)]

    # -- loading ----------------------------------------------------------------------------------
    def _load(self, path: Path) -> None:
        try:
            self.table = self.importer.read(path)
        except Exception as exc:
            self.file_label.setText(path.name)
            self.error_label.show_message(messages.error_text(exc))
            if not isinstance(exc, UserError):
                log.error("a CSV file could not be read", exc_info=exc)
            self.mapping_area.hide()
            self.preview.hide()
            self.skip_duplicates_check.hide()
            self._update_button()
            return
        table = self.table
        separator = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}
        encodings = {"utf-8-sig": "UTF-8", "utf-8": "UTF-8", "cp1252": "Windows-1252"}
        self.file_label.setText(
            self.tr("{name}: {lines} lines, separated by {separator}, encoding {encoding}.").format(
                name=path.name,
                lines=len(table.lines),
                separator=separator.get(table.delimiter, table.delimiter),
                encoding=encodings.get(table.encoding, table.encoding.upper()),
            )
        )
        self._build_mapping(table, self.importer.guess_mapping(table.headers))
        self._refresh()

    def _build_mapping(self, table: CsvTable, guessed: dict[int, CsvField]) -> None:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        previous: QWidget | None = None
        for index, header in enumerate(table.headers):
            title = header or self.tr("Column {number}").format(number=index + 1)
            caption = QLabel(title)
            caption.setTextFormat(Qt.TextFormat.PlainText)
            caption.setToolTip(title)
            combo = QComboBox()
            combo.addItem(self.tr("Ignore"), "")
            for field in CsvField:
                combo.addItem(self.field_label(field), field.value)
            if index in guessed:
                combo.setCurrentIndex(combo.findData(guessed[index].value))
            combo.setAccessibleName(self.tr("Field for column {name}").format(name=title))
            combo.currentIndexChanged.connect(self._on_combo_changed)
            grid.addWidget(caption, 0, index)
            grid.addWidget(combo, 1, index)
            if previous is not None:
                QWidget.setTabOrder(previous, combo)
            previous = combo
            self.combos.append(combo)
        grid.setColumnStretch(len(table.headers), 1)
        self.mapping_area.setWidget(holder)
        self.mapping_area.setFixedHeight(holder.sizeHint().height() + 24)

    # -- the preview ------------------------------------------------------------------------------
    def _on_combo_changed(self, _index: int) -> None:
        self._refresh()

    def _on_skip_duplicates_check_toggled(self, _checked: bool) -> None:
        self._update_button()

    def _refresh(self) -> None:
        if self.table is None:
            return
        self.error_label.clear_message()
        try:
            self.rows = self.importer.preview(self.table, self.mapping())
        except Exception as exc:
            self.rows = []
            self.error_label.show_message(messages.error_text(exc))
        self.preview.setRowCount(len(self.rows))
        for position, row in enumerate(self.rows):
            self._fill_row(position, row)
        self._size_columns()
        self._update_button()

    def _size_columns(self) -> None:
        """Every column as wide as its contents and header, within reason; the problems take
        the rest (at least ``PROBLEMS_WIDTH``) and wrap. A column no CSV column fills is left
        out."""
        mapped = set(self.mapping().values())
        header = self.preview.horizontalHeader()
        wanted: dict[int, int] = {}
        for column in range(PROBLEMS_COLUMN):
            fields = OPTIONAL_COLUMNS.get(column)
            hidden = fields is not None and not (mapped & fields)
            self.preview.setColumnHidden(column, hidden)
            if hidden:
                continue
            self.preview.resizeColumnToContents(column)
            width = max(header.sectionSize(column), header.sectionSizeHint(column))
            wanted[column] = min(width + COLUMN_PADDING, WIDEST_COLUMN)
        self._column_widths = wanted
        self._share_width()

    def _share_width(self) -> None:
        """Narrow the widest columns (never below their header) until the problems fit."""
        if not self._column_widths:
            return
        header = self.preview.horizontalHeader()
        budget = self.preview.viewport().width() - PROBLEMS_WIDTH
        widths = dict(self._column_widths)
        floor = {c: header.sectionSizeHint(c) + COLUMN_PADDING // 2 for c in widths}
        while sum(widths.values()) > budget:
            widest = max(widths, key=lambda c: widths[c] - floor[c])
            if widths[widest] <= floor[widest]:
                break
            widths[widest] = max(floor[widest], widths[widest] - 8)
        for column, width in widths.items():
            header.resizeSection(column, width)
        self.preview.resizeRowsToContents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.preview.viewport() and event.type() == QEvent.Type.Resize:
            self._share_width()
        return super().eventFilter(watched, event)

    def _fill_row(self, position: int, row: CsvRow) -> None:
        draft = row.draft
        if draft is None:
            state, background = self.tr("Error"), ERROR_BACKGROUND
        elif row.duplicate:
            state, background = self.tr("Duplicate?"), WARNING_BACKGROUND
        else:
            state, background = self.tr("OK"), None
        problems = " ".join(sentence(p.text()) for p in (*row.errors, *row.warnings))
        cells = [str(row.line), state]
        if draft is None:
            shown = row.mapped
            address = ", ".join(p for p in (shown["street"], shown["postal_code"]) if p)
            cells += [
                shown["name"],
                shown["email"],
                shown["phone"],
                address,
                shown["city"],
                self._language_text(shown["language"]),
                self._status_text(shown["status"]),
            ]
        else:
            address = ", ".join(p for p in (draft.street, draft.postal_code) if p)
            cells += [
                draft.name,
                draft.email,
                draft.phone,
                address,
                draft.city,
                draft.language.value.upper(),
                labels.client_status(draft.status),
            ]
        cells.append(problems)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text.replace("\n", " ⏎ "))
            if text:
                item.setToolTip(text)
            if background is not None:
                item.setBackground(QBrush(background))
            self.preview.setItem(position, column, item)

    @staticmethod
    def _language_text(written: str) -> str:
        """A language as the good lines show it (``NL``), or as written when unknown."""
        found = client_csv_fields.language(written)
        return found.value.upper() if found is not None else written

    @staticmethod
    def _status_text(written: str) -> str:
        found = client_csv_fields.status(written)
        return labels.client_status(found) if found is not None else written

    def summary_text(self) -> str:
        """``5 lines: 3 can be imported, 1 has errors, 1 looks like a client you already
        have.`` with the right singular or plural of every part."""
        total = len(self.rows)
        valid = sum(1 for r in self.rows if r.valid)
        errors = total - valid
        duplicates = sum(1 for r in self.rows if r.valid and r.duplicate)
        lines = self.tr("1 line") if total == 1 else self.tr("{count} lines").format(count=total)
        importable = (
            self.tr("1 can be imported")
            if valid == 1
            else self.tr("{count} can be imported").format(count=valid)
        )
        wrong = (
            self.tr("1 has errors")
            if errors == 1
            else self.tr("{count} have errors").format(count=errors)
        )
        known = (
            self.tr("1 looks like a client you already have")
            if duplicates == 1
            else self.tr("{count} look like a client you already have").format(count=duplicates)
        )
        return self.tr("{lines}: {importable}, {errors}, {duplicates}.").format(
            lines=lines, importable=importable, errors=wrong, duplicates=known
        )

    def _update_button(self) -> None:
        chosen = self.rows_to_import()
        self.import_button.setText(
            self.tr("Import {count} clients").format(count=len(chosen))
            if len(chosen) != 1
            else self.tr("Import 1 client")
        )
        self.import_button.setAccessibleName(self.import_button.text())
        self.import_button.setEnabled(bool(chosen))
        if self.table is not None and not self.table.lines:
            self.summary_label.setText(self.tr("The file has column names but no lines."))
        elif self.table is not None:
            self.summary_label.setText(self.summary_text())

    # -- importing --------------------------------------------------------------------------------
    def _on_buttons_accepted(self) -> None:
        chosen = self.rows_to_import()
        if not chosen:
            return
        try:
            count = self.importer.commit(chosen)
        except Exception as exc:
            if isinstance(exc, UserError):
                self.error_label.show_message(exc.text())
            else:
                messages.show_error(self, exc)
            return
        self.clients_imported.emit(count)
        self.accept()
