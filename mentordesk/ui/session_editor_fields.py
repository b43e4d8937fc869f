"""The session's own fields in the session editor: when and how, and the three texts.

``SessionFields`` turns its widgets into a plain payload (what a draft keeps) and into a
``SessionDraft`` (what the service saves), and shows a validation message under the field it
is about.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.domain.enums import Funding, SessionMode, SessionStatus
from mentordesk.domain.note_templates import NoteTemplate
from mentordesk.errors import ValidationError
from mentordesk.services.records import SessionDraft
from mentordesk.ui import labels
from mentordesk.ui.form_parts import InlineError, mute
from mentordesk.ui.session_editor_values import (
    changed_values,
    date_format,
    parse_time,
    show_inline,
)


def _combo(values: list[Any], text: Any, name: str) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(text(value), value.value)
    combo.setAccessibleName(name)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(str(value))
    if index >= 0:
        combo.setCurrentIndex(index)


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class SessionFields(QWidget):
    """Date, time, duration, mode, place, status, billable, topics and the three texts."""

    edited = Signal()
    date_changed = Signal()
    template_requested = Signal(object)  # NoteTemplate

    def __init__(self, funding: Funding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.funding = funding
        self._errors: dict[str, InlineError] = {}
        self._homes: dict[str, QWidget] = {}

        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.time_edit = QLineEdit()
        self.time_edit.setPlaceholderText(self.tr("hh:mm"))
        self.time_edit.setMaxLength(5)
        self.time_edit.setFixedWidth(self.time_edit.fontMetrics().horizontalAdvance("00:00") * 2)
        self.time_edit.setAccessibleName(self.tr("Start time (optional)"))
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(1, 1440)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setAccessibleName(self.tr("Duration in minutes"))
        self.mode_combo = _combo(list(SessionMode), labels.session_mode, self.tr("Mode"))
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("Where, or the video link"))
        self.place_edit.setAccessibleName(self.tr("Place"))
        self.status_combo = _combo(list(SessionStatus), labels.session_status, self.tr("Status"))
        self.billable_check = QCheckBox(self.tr("Billable"))
        self.billable_check.setAccessibleName(self.tr("Billable"))
        self.billable_note = mute(QLabel())
        self.billable_note.setWordWrap(True)
        self.topics_edit = QLineEdit()
        self.topics_edit.setPlaceholderText(self.tr("A few words: what was it about?"))
        self.topics_edit.setAccessibleName(self.tr("Topics"))

        self.template_combo = QComboBox()
        self.template_combo.addItem(self.tr("Free"), NoteTemplate.FREE.value)
        self.template_combo.addItem(self.tr("GROW"), NoteTemplate.GROW.value)
        self.template_combo.addItem(
            self.tr("Last session's actions"), NoteTemplate.LAST_ACTIONS.value
        )
        self.template_combo.setAccessibleName(self.tr("Template to start the summary from"))
        self.template_button = QPushButton(self.tr("Fill in"))
        self.template_button.setAccessibleName(self.tr("Fill the summary from the template"))
        self.confidentiality_combo = _combo(
            list(Confidentiality), labels.confidentiality, self.tr("Confidentiality of the summary")
        )
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setAccessibleName(self.tr("Summary"))
        self.summary_edit.setPlaceholderText(
            self.tr("What happened, what was learned. May be shared, depending on its level.")
        )
        self.summary_edit.setMinimumHeight(200)
        self.private_edit = QPlainTextEdit()
        self.private_edit.setAccessibleName(self.tr("Private notes, only for you"))
        self.private_edit.setMinimumHeight(90)
        self.private_edit.setMaximumHeight(150)
        self.private_edit.setStyleSheet("QPlainTextEdit { background: #fffbea; }")
        self.actions_edit = QPlainTextEdit()
        self.actions_edit.setAccessibleName(self.tr("Agreed actions"))
        self.actions_edit.setPlaceholderText(self.tr("One action per line"))
        self.actions_edit.setMinimumHeight(90)
        self.actions_edit.setMaximumHeight(150)

        for edit in (self.summary_edit, self.private_edit, self.actions_edit):
            edit.setTabChangesFocus(True)  # Tab moves on, as in every other field

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self._when_box())
        layout.addLayout(self._labelled(self.tr("Topics:"), self.topics_edit, "topics"))
        layout.addLayout(self._summary_part(), 1)
        pair = QHBoxLayout()
        pair.setSpacing(14)
        pair.addLayout(self._private_part(), 1)
        pair.addLayout(
            self._labelled(self.tr("Agreed actions:"), self.actions_edit, "agreed_actions"), 1
        )
        layout.addLayout(pair)
        self._set_billable_rule()
        self._connect()

    # -- building ------------------------------------------------------------------------------
    def _error(self, field: str, home: QWidget) -> InlineError:
        error = InlineError()
        self._errors[field] = error
        self._homes[field] = home
        return error

    def _when_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("When and how"))
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        grid = QGridLayout(box)
        grid.setVerticalSpacing(4)
        grid.setHorizontalSpacing(10)
        rows: list[list[tuple[str, QWidget, str]]] = [
            [
                (self.tr("Date:"), self.date_edit, "date"),
                (self.tr("Start:"), self.time_edit, "start_time"),
                (self.tr("Duration:"), self.duration_spin, "duration_minutes"),
            ],
            [
                (self.tr("Mode:"), self.mode_combo, "mode"),
                (self.tr("Place:"), self.place_edit, "place"),
                (self.tr("Status:"), self.status_combo, "status"),
            ],
        ]
        for line, row in enumerate(rows):
            for column, (caption, widget, _field) in enumerate(row):
                label = QLabel(caption)
                label.setBuddy(widget)
                grid.addWidget(label, line, column * 2, Qt.AlignmentFlag.AlignRight)
                grid.addWidget(widget, line, column * 2 + 1)
        billable = QHBoxLayout()
        billable.addWidget(self.billable_check)
        billable.addWidget(self.billable_note, 1)
        grid.addLayout(billable, len(rows), 1, 1, 5)
        # messages about these fields run the full width under them, not in a narrow column
        errors = QVBoxLayout()
        for row in rows:
            for _caption, widget, field in row:
                errors.addWidget(self._error(field, widget))
        grid.addLayout(errors, len(rows) + 1, 0, 1, 6)
        grid.setColumnStretch(3, 1)
        return box

    def _labelled(self, caption: str, widget: QWidget, field: str) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(3)
        label = _bold(QLabel(caption))
        label.setBuddy(widget)
        column.addWidget(label)
        column.addWidget(widget)
        column.addWidget(self._error(field, widget))
        return column

    def _summary_part(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(3)
        head = QHBoxLayout()
        label = _bold(QLabel(self.tr("Summary:")))
        label.setBuddy(self.summary_edit)
        head.addWidget(label)
        head.addStretch(1)
        start = QLabel(self.tr("Start from:"))
        start.setBuddy(self.template_combo)
        head.addWidget(start)
        head.addWidget(self.template_combo)
        head.addWidget(self.template_button)
        head.addSpacing(16)
        level = QLabel(self.tr("Confidentiality:"))
        level.setBuddy(self.confidentiality_combo)
        head.addWidget(level)
        head.addWidget(self.confidentiality_combo)
        column.addLayout(head)
        column.addWidget(self.summary_edit)
        column.addWidget(self._error("confidentiality", self.confidentiality_combo))
        column.addWidget(self._error("summary", self.summary_edit))
        return column

    def _private_part(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(3)
        head = QHBoxLayout()
        label = _bold(QLabel(self.tr("Private notes:")))
        label.setBuddy(self.private_edit)
        head.addWidget(label)
        self.private_marker = QLabel(self.tr("Only for you — never in any document"))
        self.private_marker.setStyleSheet(
            "QLabel { background: #fff4e5; border: 1px solid #f0c36d; border-radius: 4px;"
            " padding: 1px 6px; color: #5c3b00; }"
        )
        head.addWidget(self.private_marker)
        head.addStretch(1)
        column.addLayout(head)
        column.addWidget(self.private_edit)
        column.addWidget(self._error("private_notes", self.private_edit))
        return column

    def _set_billable_rule(self) -> None:
        if self.funding.billable:
            self.billable_note.hide()
            return
        self.billable_check.setChecked(False)
        self.billable_check.setEnabled(False)
        if self.funding is Funding.PRO_BONO:
            note = self.tr("Pro bono work is never invoiced; its hours are counted as pro bono.")
        else:
            note = self.tr("A free intake is never invoiced; its hours are counted as unpaid.")
        self.billable_note.setText(note)
        self.billable_check.setToolTip(note)

    def _connect(self) -> None:
        for signal in (
            self.time_edit.textChanged,
            self.duration_spin.valueChanged,
            self.mode_combo.currentIndexChanged,
            self.place_edit.textChanged,
            self.status_combo.currentIndexChanged,
            self.billable_check.toggled,
            self.topics_edit.textChanged,
            self.confidentiality_combo.currentIndexChanged,
            self.summary_edit.textChanged,
            self.private_edit.textChanged,
            self.actions_edit.textChanged,
            self.date_edit.dateChanged,
        ):
            signal.connect(self.edited)
        self.date_edit.dateChanged.connect(self.date_changed)
        self.template_button.clicked.connect(self._on_template_button_clicked)

    def _on_template_button_clicked(self) -> None:
        self.template_requested.emit(NoteTemplate(self.template_combo.currentData()))

    # -- values --------------------------------------------------------------------------------
    def date(self) -> dt.date:
        value = self.date_edit.date()
        return dt.date(value.year(), value.month(), value.day())

    def status(self) -> SessionStatus:
        return SessionStatus(self.status_combo.currentData())

    def payload(self) -> dict[str, Any]:
        """The fields as plain JSON values, exactly as typed."""
        return {
            "date": self.date().isoformat(),
            "start_time": self.time_edit.text(),
            "duration_minutes": self.duration_spin.value(),
            "mode": self.mode_combo.currentData(),
            "place": self.place_edit.text(),
            "status": self.status_combo.currentData(),
            "billable": self.billable_check.isChecked(),
            "topics": self.topics_edit.text(),
            "summary": self.summary_edit.toPlainText(),
            "private_notes": self.private_edit.toPlainText(),
            "agreed_actions": self.actions_edit.toPlainText(),
            "confidentiality": self.confidentiality_combo.currentData(),
        }

    def load(self, values: dict[str, Any]) -> None:
        """Show ``values`` (a payload or a saved session's); unknown or odd values are skipped."""
        raw_date = values.get("date")
        if isinstance(raw_date, str):
            try:
                day = dt.date.fromisoformat(raw_date)
            except ValueError:
                day = None
            if day is not None:
                self.date_edit.setDate(QDate(day.year, day.month, day.day))
        if isinstance(values.get("start_time"), str):
            self.time_edit.setText(values["start_time"])
        if isinstance(values.get("duration_minutes"), int):
            self.duration_spin.setValue(values["duration_minutes"])
        for key, combo in (
            ("mode", self.mode_combo),
            ("status", self.status_combo),
            ("confidentiality", self.confidentiality_combo),
        ):
            if key in values:
                _select(combo, values[key])
        if isinstance(values.get("billable"), bool) and self.funding.billable:
            self.billable_check.setChecked(values["billable"])
        for key, line in (("place", self.place_edit), ("topics", self.topics_edit)):
            if isinstance(values.get(key), str):
                line.setText(values[key])
        for key, edit in (
            ("summary", self.summary_edit),
            ("private_notes", self.private_edit),
            ("agreed_actions", self.actions_edit),
        ):
            if isinstance(values.get(key), str) and edit.toPlainText() != values[key]:
                edit.setPlainText(values[key])

    def refresh(self, values: dict[str, Any]) -> None:
        """Show stored ``values`` like ``load``, but leave a text or time that means the same as
        stored (the service trims spaces, writes 9.30 as 09:30) as typed, with its cursor."""
        self.load(changed_values(values, self.payload()))

    def confidentiality(self) -> Confidentiality:
        return Confidentiality(self.confidentiality_combo.currentData())

    def set_confidentiality(self, level: Confidentiality) -> None:
        _select(self.confidentiality_combo, level.value)

    def session_draft(self, engagement_id: int) -> SessionDraft:
        """What the service saves; a start time that is not a time is refused here."""
        try:
            start = parse_time(self.time_edit.text())
        except ValueError:
            raise ValidationError(
                "start_time",
                "'{value}' is not a time. Write it as hh:mm, for example 09:30, or leave it empty.",
                "'{value}' is geen tijd. Schrijf hem als uu:mm, bijvoorbeeld 09:30, of laat "
                "hem leeg.",
                value=self.time_edit.text().strip(),
            ) from None
        return SessionDraft(
            engagement_id=engagement_id,
            date=self.date(),
            start_time=start,
            duration_minutes=self.duration_spin.value(),
            mode=SessionMode(self.mode_combo.currentData()),
            place=self.place_edit.text(),
            status=self.status(),
            billable=self.billable_check.isChecked(),
            topics=self.topics_edit.text(),
            summary=self.summary_edit.toPlainText(),
            private_notes=self.private_edit.toPlainText(),
            agreed_actions=self.actions_edit.toPlainText(),
            confidentiality=Confidentiality(self.confidentiality_combo.currentData()),
        )

    def replace_summary(self, text: str) -> None:
        """Replace the summary as one edit, so Ctrl+Z brings the old text back."""
        cursor = self.summary_edit.textCursor()
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.summary_edit.setTextCursor(cursor)

    # -- errors --------------------------------------------------------------------------------
    def show_error(self, field: str, text: str) -> bool:
        """Show ``text`` under ``field``; False when that field is not here."""
        error = self._errors.get(field)
        if error is None:
            return False
        show_inline(error, text)
        self._homes[field].setFocus()
        return True

    def clear_errors(self) -> None:
        for error in self._errors.values():
            error.clear_message()
