"""The session editor's goal scores (0-10 or none, per open goal) and open action items."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.session_work import GoalToScore, OpenAction, score_field
from mentordesk.ui import labels
from mentordesk.ui.form_parts import InlineError, mute
from mentordesk.ui.session_editor_values import show_inline

NO_SCORE = -1


class ScoreSpin(QSpinBox):
    """0-10, or "—" (no score) one step below 0."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(NO_SCORE, 10)
        self.setSpecialValueText("—")
        self.setValue(NO_SCORE)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("10") * 4)

    def score(self) -> int | None:
        value = self.value()
        return None if value == NO_SCORE else value

    def set_score(self, score: int | None) -> None:
        self.setValue(NO_SCORE if score is None else score)


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class GoalScoresBox(QGroupBox):
    """A row per goal: its title, this session's score, and the last score given before."""

    edited = Signal()

    def __init__(self, goals: tuple[GoalToScore, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Goal scores (0–10)"))
        self.spins: dict[int, ScoreSpin] = {}
        self._errors: dict[int, InlineError] = {}
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 1)
        if not goals:
            grid.addWidget(mute(_plain(self.tr("This engagement has no open goals."))), 0, 0)
        for row, goal in enumerate(goals):
            title = _plain(goal.title)
            spin = ScoreSpin()
            spin.setAccessibleName(self.tr("Score for {goal}").format(goal=goal.title))
            spin.setToolTip(self.tr("0 to 10; “—” gives no score this time"))
            spin.set_score(goal.score)
            title.setBuddy(spin)
            if goal.last_score is not None and goal.last_score_date is not None:
                last_text = self.tr("last: {score} on {date}").format(
                    score=goal.last_score, date=labels.date_text(goal.last_score_date)
                )
            else:
                last_text = self.tr("no score yet")
            last = mute(_plain(last_text))
            last.setWordWrap(False)
            error = InlineError()
            grid.addWidget(title, row * 2, 0)
            grid.addWidget(spin, row * 2, 1)
            grid.addWidget(last, row * 2, 2)
            grid.addWidget(error, row * 2 + 1, 0, 1, 3)
            spin.valueChanged.connect(self.edited)
            self.spins[goal.goal_id] = spin
            self._errors[goal.goal_id] = error

    def scores(self) -> dict[int, int | None]:
        return {goal_id: spin.score() for goal_id, spin in self.spins.items()}

    def payload(self) -> dict[str, int | None]:
        return {str(goal_id): score for goal_id, score in self.scores().items()}

    def load(self, values: Any) -> None:
        if not isinstance(values, dict):
            return
        for key, value in values.items():
            spin = self.spins.get(int(key)) if str(key).isdigit() else None
            if spin is not None and (
                value is None or (isinstance(value, int) and 0 <= value <= 10)
            ):
                spin.set_score(value)

    def show_error(self, field: str, text: str) -> bool:
        for goal_id, error in self._errors.items():
            if field == score_field(goal_id):
                show_inline(error, text)
                self.spins[goal_id].setFocus()
                return True
        return False

    def clear_errors(self) -> None:
        for error in self._errors.values():
            error.clear_message()


class OpenActionsBox(QGroupBox):
    """The engagement's open action items; a ticked one is marked done when the session saves."""

    edited = Signal()

    def __init__(self, actions: tuple[OpenAction, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Open action items (tick what is done)"))
        self.checks: dict[int, QCheckBox] = {}
        column = QVBoxLayout(self)
        if not actions:
            column.addWidget(mute(_plain(self.tr("No open action items."))))
        for action in actions:
            text = action.text
            if action.due_date is not None:
                text = self.tr("{action} (due {date})").format(
                    action=action.text, date=labels.date_text(action.due_date)
                )
            check = QCheckBox(text.replace("&", "&&"))  # "&" is not a shortcut marker here
            check.setToolTip(self.tr("Goal: {goal}").format(goal=action.goal_title))
            check.setAccessibleName(
                self.tr("Done: {action}, goal {goal}").format(
                    action=action.text, goal=action.goal_title
                )
            )
            check.toggled.connect(self.edited)
            column.addWidget(check)
            self.checks[action.id] = check
        self.error = InlineError()
        column.addWidget(self.error)
        column.addStretch(1)

    def done_ids(self) -> list[int]:
        return [action_id for action_id, check in self.checks.items() if check.isChecked()]

    def payload(self) -> list[int]:
        return self.done_ids()

    def load(self, values: Any) -> None:
        if not isinstance(values, list):
            return
        for action_id, check in self.checks.items():
            check.setChecked(action_id in values)

    def show_error(self, field: str, text: str) -> bool:
        if field != "done_actions":
            return False
        show_inline(self.error, text)
        return True

    def clear_errors(self) -> None:
        self.error.clear_message()
