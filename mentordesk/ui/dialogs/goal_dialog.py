"""A goal of an engagement, new or edited, with its action items (add, due date, done)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.enums import GoalStatus, LifeArea
from mentordesk.services.goals import ActionEdit
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import ActionItem, Goal, GoalDraft
from mentordesk.ui import labels
from mentordesk.ui.dialogs.form_dialog import FormDialog
from mentordesk.ui.dialogs.form_fields import EnumCombo, OptionalDateEdit
from mentordesk.ui.form_parts import InlineError, mute


class EnterLineEdit(QLineEdit):
    """A line whose Enter is its own (``returnPressed``), not the dialog's Save."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.returnPressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ActionRow(QWidget):
    """One action item in the form: done, text, due date, remove."""

    removed = Signal(object)  # the row

    def __init__(self, action: ActionItem | None, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.action_id = action.id if action else None
        self.is_removed = False
        self.done_check = QCheckBox()
        self.done_check.setAccessibleName(self.tr("Done"))
        self.done_check.setToolTip(self.tr("Done"))
        self.text_edit = QLineEdit(action.text if action else text)
        self.text_edit.setAccessibleName(self.tr("Action"))
        self.due = OptionalDateEdit(self.tr("Due"))
        self.due.set_accessible_name(self.tr("Due date"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove this action"))
        self.remove_button.setAutoDefault(False)
        if action is not None:
            self.done_check.setChecked(action.done)
            self.due.set_date(action.due_date)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.done_check)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.due)
        layout.addWidget(self.remove_button)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

    def _on_remove_button_clicked(self) -> None:
        self.is_removed = True
        self.hide()
        self.removed.emit(self)

    def edit(self) -> ActionEdit:
        return ActionEdit(
            text=self.text_edit.text(),
            due_date=self.due.date(),
            done=self.done_check.isChecked(),
            id=self.action_id,
            remove=self.is_removed,
        )


class GoalDialog(FormDialog):
    """Emits ``goal_saved(goal_id)`` once the goal and its actions are saved, then closes."""

    goal_saved = Signal(int)

    def __init__(
        self,
        pf: PracticeFile,
        engagement_id: int,
        goal: Goal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(pf, parent)
        self.engagement_id = engagement_id
        self.goal = goal
        self.action_rows: list[ActionRow] = []
        self.setWindowTitle(self.tr("New goal") if goal is None else self.tr("Edit goal"))
        self._build()
        if goal is not None:
            self._fill(goal)
        self.title_edit.setFocus()

    @classmethod
    def for_new(
        cls, pf: PracticeFile, engagement_id: int, parent: QWidget | None = None
    ) -> GoalDialog:
        return cls(pf, engagement_id, None, parent)

    @classmethod
    def for_edit(cls, pf: PracticeFile, goal_id: int, parent: QWidget | None = None) -> GoalDialog:
        goal = pf.goals.get(goal_id)
        return cls(pf, goal.engagement_id, goal, parent)

    # -- the form -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.title_edit = QLineEdit()
        self.title_edit.setMinimumWidth(520)
        self.title_edit.setPlaceholderText(self.tr("For example: Say no without feeling guilty"))
        self.life_area_combo = EnumCombo(LifeArea, labels.life_area)
        self.status_combo = EnumCombo(GoalStatus, labels.goal_status)
        self.target_date = OptionalDateEdit(self.tr("By"))
        self.target_date.set_accessible_name(self.tr("Target date"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(80)
        self.description_edit.setPlaceholderText(
            self.tr("What will be different when it is reached")
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, str, str, QWidget]] = [
            ("title", self.tr("&Title:"), self.tr("Goal title"), self.title_edit),
            ("life_area", self.tr("&Life area:"), self.tr("Life area"), self.life_area_combo),
            ("status", self.tr("St&atus:"), self.tr("Goal status"), self.status_combo),
            ("target_date", self.tr("Tar&get date:"), self.tr("Target date"), self.target_date),
            (
                "description",
                self.tr("&Description:"),
                self.tr("Description"),
                self.description_edit,
            ),
        ]
        for field, caption, accessible, widget in rows:
            widget.setAccessibleName(accessible)
            form.addRow(caption, self.errors.field_row(field, widget))

        actions_box = QGroupBox(self.tr("Action items"))
        self.rows_widget = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_widget)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.addStretch(1)
        self.empty_label = QLabel(self.tr("No action items yet."))
        mute(self.empty_label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows_widget)
        scroll.setMinimumHeight(90)
        scroll.setMaximumHeight(230)
        self.actions_error = InlineError()
        self.new_action_edit = EnterLineEdit()
        self.new_action_edit.setPlaceholderText(self.tr("What is to be done, by the client or you"))
        self.new_action_edit.setAccessibleName(self.tr("New action"))
        self.new_due = OptionalDateEdit(self.tr("Due"))
        self.new_due.set_accessible_name(self.tr("Due date of the new action"))
        self.add_button = QPushButton(self.tr("Add a&ction"))
        self.add_button.setAccessibleName(self.tr("Add the action"))
        self.add_button.setAutoDefault(False)
        self.add_error = InlineError()
        add_row = QHBoxLayout()
        new_caption = QLabel(self.tr("&New:"))
        new_caption.setBuddy(self.new_action_edit)
        add_row.addWidget(new_caption)
        add_row.addWidget(self.new_action_edit, 1)
        add_row.addWidget(self.new_due)
        add_row.addWidget(self.add_button)
        box_layout = QVBoxLayout(actions_box)
        box_layout.addWidget(self.empty_label)
        box_layout.addWidget(scroll)
        box_layout.addWidget(self.actions_error)
        box_layout.addLayout(add_row)
        box_layout.addWidget(self.add_error)
        self.errors.register("actions", self.new_action_edit, self.actions_error)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(actions_box, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.finish_buttons()
        self.new_action_edit.returnPressed.connect(self._on_add_button_clicked)
        self.new_action_edit.textEdited.connect(self.add_error.clear_message)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self._update_empty()

    def _fill(self, goal: Goal) -> None:
        self.title_edit.setText(goal.title)
        self.life_area_combo.set_value(goal.life_area)
        self.status_combo.set_value(goal.status)
        self.target_date.set_date(goal.target_date)
        self.description_edit.setPlainText(goal.description)
        for action in goal.actions:
            self._add_row(ActionRow(action))

    def _add_row(self, row: ActionRow) -> None:
        self.action_rows.append(row)
        self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
        row.removed.connect(self._on_row_removed)
        self._update_empty()

    def _update_empty(self) -> None:
        shown = [r for r in self.action_rows if not r.is_removed]
        self.empty_label.setVisible(not shown)

    def _on_add_button_clicked(self) -> None:
        text = self.new_action_edit.text().strip()
        if not text:
            self.add_error.show_message(self.tr("Type the action first, then add it."))
            self.new_action_edit.setFocus()
            return
        self.add_error.clear_message()
        row = ActionRow(None, text)
        row.due.set_date(self.new_due.date())
        self._add_row(row)
        self.new_action_edit.clear()
        self.new_due.set_date(None)
        self.new_action_edit.setFocus()

    def _on_row_removed(self, row: ActionRow) -> None:
        if row.action_id is None:
            self.action_rows.remove(row)
            row.deleteLater()
        self._update_empty()
        self.new_action_edit.setFocus()

    # -- saving -------------------------------------------------------------------------------
    def draft(self) -> GoalDraft:
        return GoalDraft(
            engagement_id=self.engagement_id,
            title=self.title_edit.text(),
            description=self.description_edit.toPlainText(),
            life_area=LifeArea(self.life_area_combo.value()),
            target_date=self.target_date.date(),
            status=GoalStatus(self.status_combo.value()),
        )

    def save(self) -> None:
        if self.new_action_edit.text().strip():
            self._on_add_button_clicked()  # typed but not added: surely meant to be kept
        edits = [row.edit() for row in self.action_rows]
        saved = self.pf.goals.save(self.goal.id if self.goal else None, self.draft(), edits)
        self.goal = saved
        self.goal_saved.emit(saved.id)
