"""One engagement on the client page, with its goals (trend chart, actions ticked at once)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.enums import EngagementStatus, Funding
from mentordesk.services.records import ActionItem, Engagement, Goal
from mentordesk.ui import labels
from mentordesk.ui.client_sections import (
    ENGAGEMENT_TONES,
    FUNDING_TONES,
    GOAL_TONES,
    card_style,
    chip,
    emphasised,
    escape_mnemonic,
    plain,
)
from mentordesk.ui.form_parts import mute
from mentordesk.ui.widgets.trend_chart import TrendChart


def _small_button(text: str, accessible: str, object_name: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    button.setObjectName(object_name)
    return button


class GoalCard(QFrame):
    """A goal: title, status, life area, target date, score trend and its action items."""

    edit_requested = Signal(int)  # goal id
    action_toggled = Signal(int, bool)  # action id, done

    def __init__(self, goal: Goal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal = goal
        self.setObjectName("goal")
        self.setStyleSheet(
            "QFrame#goal { background: palette(alternate-base); border: 1px solid"
            " palette(midlight); border-radius: 6px; }"
        )
        self.title_label = emphasised(plain(goal.title))
        status = chip(labels.goal_status(goal.status), GOAL_TONES[goal.status])
        self.trend_chart = TrendChart()
        self.trend_chart.set_scores([(s.date, s.score) for s in goal.scores])
        self.edit_button = _small_button(
            self.tr("Edit…"),
            self.tr("Edit the goal {title}").format(title=goal.title),
            f"goal-{goal.id}-edit",
        )
        meta = [labels.life_area(goal.life_area)]
        if goal.target_date:
            meta.append(self.tr("target {date}").format(date=labels.date_text(goal.target_date)))
        if goal.scores:
            latest = goal.scores[-1]
            meta.append(
                self.tr("latest score {score}/10 on {date}").format(
                    score=latest.score, date=labels.date_text(latest.date)
                )
            )
        else:
            meta.append(self.tr("no score yet"))
        self.meta_label = mute(plain(" · ".join(meta)))
        self.action_checks: dict[int, QCheckBox] = {}

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.title_label, 1)
        top.addWidget(status, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignVCenter)
        second = QHBoxLayout()
        second.setSpacing(12)
        text_column = QVBoxLayout()
        text_column.setSpacing(4)
        text_column.addWidget(self.meta_label)
        if goal.description:
            text_column.addWidget(plain(goal.description))
        text_column.addStretch(1)
        second.addLayout(text_column, 1)
        second.addWidget(self.trend_chart, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(second)
        for action in goal.actions:
            layout.addWidget(self._action_check(action))
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(goal.id))

    def _action_check(self, action: ActionItem) -> QCheckBox:
        text = action.text
        if action.due_date:
            text = self.tr("{action} — due {date}").format(
                action=action.text, date=labels.date_text(action.due_date)
            )
        check = QCheckBox(escape_mnemonic(text))
        check.setObjectName(f"action-{action.id}")
        check.setAccessibleName(self.tr("Action done: {action}").format(action=action.text))
        check.setChecked(action.done)
        self._style_action(check, action)
        check.toggled.connect(
            lambda done, action_id=action.id: self.action_toggled.emit(action_id, done)
        )
        self.action_checks[action.id] = check
        return check

    def _style_action(self, check: QCheckBox, action: ActionItem) -> None:
        font = check.font()
        font.setStrikeOut(check.isChecked())
        check.setFont(font)
        overdue = (
            not check.isChecked()
            and action.due_date is not None
            and action.due_date < dt.date.today()
        )
        check.setStyleSheet("QCheckBox { color: #8a1c1c; }" if overdue else "")
        check.setToolTip(self.tr("Overdue") if overdue else "")

    def set_action_done(self, action_id: int, done: bool) -> None:
        """Show ``done`` without emitting (after a refused save, the box goes back)."""
        check = self.action_checks[action_id]
        check.blockSignals(True)
        check.setChecked(done)
        check.blockSignals(False)
        action = next(a for a in self.goal.actions if a.id == action_id)
        self._style_action(check, action)

    def restyle_action(self, action_id: int) -> None:
        action = next(a for a in self.goal.actions if a.id == action_id)
        self._style_action(self.action_checks[action_id], action)


class EngagementBlock(QFrame):
    """An engagement's heading, progress, price and dates, its buttons and its goal cards."""

    edit_requested = Signal(int)  # engagement id
    new_goal_requested = Signal(int)  # engagement id
    new_session_requested = Signal(int)  # engagement id
    goal_edit_requested = Signal(int)  # goal id
    action_toggled = Signal(int, bool)  # action id, done

    def __init__(
        self,
        engagement: Engagement,
        goals: list[Goal],
        payer_name: str,
        can_add_work: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engagement = engagement
        self.setObjectName("engagement")
        self.setStyleSheet(card_style("engagement"))
        heading = labels.engagement_kind(engagement.kind)
        if engagement.title and engagement.title.strip().casefold() != heading.casefold():
            heading = self.tr("{kind} — {title}").format(kind=heading, title=engagement.title)
        self.heading_label = emphasised(plain(heading), 1.15)
        funding_chip = chip(labels.funding(engagement.funding), FUNDING_TONES[engagement.funding])
        status_chip = chip(
            labels.engagement_status(engagement.status), ENGAGEMENT_TONES[engagement.status]
        )
        eid = engagement.id
        self.edit_button = _small_button(
            self.tr("Edit…"), self.tr("Edit this engagement"), f"engagement-{eid}-edit"
        )
        self.new_goal_button = _small_button(
            self.tr("New goal…"), self.tr("New goal for this engagement"), f"engagement-{eid}-goal"
        )
        self.new_session_button = _small_button(
            self.tr("New session…"),
            self.tr("New session in this engagement"),
            f"engagement-{eid}-session",
        )
        open_for_work = can_add_work and engagement.status is not EngagementStatus.ARCHIVED
        for button in (self.new_goal_button, self.new_session_button):
            button.setEnabled(open_for_work)
            if not open_for_work:
                button.setToolTip(self.tr("Reopen the client or the engagement to add work."))

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.heading_label, 1)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.new_goal_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.new_session_button, 0, Qt.AlignmentFlag.AlignTop)
        status_row = self._progress_row()
        status_row.insertWidget(0, funding_chip)
        status_row.insertWidget(1, status_chip)
        status_row.insertSpacing(2, 6)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(status_row)
        layout.addLayout(self._facts_grid(payer_name))
        goals_heading = emphasised(QLabel(self.tr("Goals")))
        layout.addWidget(goals_heading)
        self.goal_cards: list[GoalCard] = []
        if not goals:
            layout.addWidget(mute(QLabel(self.tr("No goals yet."))))
        for goal in goals:
            goal_card = GoalCard(goal)
            goal_card.edit_requested.connect(self.goal_edit_requested)
            goal_card.action_toggled.connect(self.action_toggled)
            self.goal_cards.append(goal_card)
            layout.addWidget(goal_card)

        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(eid))
        self.new_goal_button.clicked.connect(lambda: self.new_goal_requested.emit(eid))
        self.new_session_button.clicked.connect(lambda: self.new_session_requested.emit(eid))

    def _progress_row(self) -> QHBoxLayout:
        engagement = self.engagement
        held, planned = engagement.sessions_held, engagement.planned_sessions
        row = QHBoxLayout()
        row.setSpacing(10)
        if planned:
            text = self.tr("{held} of {planned} sessions").format(held=held, planned=planned)
            bar = QProgressBar()
            bar.setRange(0, planned)
            bar.setValue(min(held, planned))
            bar.setTextVisible(False)
            bar.setFixedSize(180, 8)
            bar.setAccessibleName(self.tr("Sessions used"))
            bar.setAccessibleDescription(text)
            colour = "#c0392b" if held > planned else "palette(highlight)"
            bar.setStyleSheet(
                "QProgressBar { border: none; border-radius: 4px; background: palette(midlight); }"
                f" QProgressBar::chunk {{ border-radius: 4px; background: {colour}; }}"
            )
            self.progress_bar: QProgressBar | None = bar
            row.addWidget(bar)
        else:
            self.progress_bar = None
            text = (
                self.tr("1 session held")
                if held == 1
                else self.tr("{held} sessions held").format(held=held)
            )
        self.progress_label = plain(text, wrap=False)
        row.addWidget(self.progress_label)
        if planned and held > planned:
            row.addWidget(mute(plain(self.tr("more than planned"), wrap=False)))
        row.addStretch(1)
        return row

    def _facts_grid(self, payer_name: str) -> QGridLayout:
        engagement = self.engagement
        prices = []
        if engagement.rate_cents is not None:
            prices.append(
                self.tr("{amount} per hour").format(amount=labels.money_text(engagement.rate_cents))
            )
        if engagement.package_price_cents is not None:
            prices.append(
                self.tr("package {amount}").format(
                    amount=labels.money_text(engagement.package_price_cents)
                )
            )
        if not prices and not engagement.funding.billable:
            prices.append(self.tr("not invoiced"))
        if engagement.cadence_weeks == 1:
            cadence = self.tr("every week")
        elif engagement.cadence_weeks:
            cadence = self.tr("every {weeks} weeks").format(weeks=engagement.cadence_weeks)
        else:
            cadence = ""
        start = labels.date_text(engagement.start_date)
        if engagement.end_date:
            period = f"{start} – {labels.date_text(engagement.end_date)}"
        else:
            period = self.tr("since {date}").format(date=start)
        if engagement.agreement_date:
            agreement = self.tr("signed {date}").format(
                date=labels.date_text(engagement.agreement_date)
            )
        else:
            agreement = self.tr("not recorded")
        facts = [
            (self.tr("Price"), " · ".join(prices)),
            (self.tr("Cadence"), cadence),
            (self.tr("Period"), period),
            (self.tr("Agreement"), agreement),
        ]
        if engagement.funding is Funding.PAYER_PAID:
            payer = payer_name
            if engagement.payer_reference:
                payer += f" · {engagement.payer_reference}"
            facts.append((self.tr("Payer"), payer))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(3)
        self.fact_labels: dict[str, QLabel] = {}
        for index, (caption, value) in enumerate(facts):
            row, column = divmod(index, 2)
            caption_label = mute(QLabel(caption))
            value_label = plain(value or "—")
            value_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value_label.setAccessibleName(caption)
            self.fact_labels[caption] = value_label
            grid.addWidget(caption_label, row, column * 2)
            grid.addWidget(value_label, row, column * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return grid

    def goal_card(self, goal_id: int) -> GoalCard | None:
        return next((c for c in self.goal_cards if c.goal.id == goal_id), None)
