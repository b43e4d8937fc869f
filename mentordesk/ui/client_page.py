"""One client, read-only: details, consent, engagements with goals, and the sessions timeline.

Session summaries go through the confidentiality rule for the screen, so confidential and
private ones are masked; private working notes are not shown at all in this version. The header
shows a sensitive client's full name (the mentor opened the page deliberately); the tab title
and everything list-like use the initials.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.confidentiality import Confidentiality, Output, render
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import Client, Engagement, Goal, Session
from mentordesk.ui import labels
from mentordesk.ui.form_parts import mute


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def summary_line(session: Session) -> str:
    """The first line of the summary as the screen may show it (masked when not normal)."""
    shown = render(session.summary.strip(), session.confidentiality, Output.SCREEN)
    if not shown:
        return ""
    return shown.splitlines()[0]


class ClientPage(QWidget):
    """Built once from the services; reopen the page to see later changes."""

    def __init__(self, pf: PracticeFile, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client_id = client_id
        self.client: Client = pf.clients.get(client_id)
        engagements = pf.engagements.for_client(client_id)
        goals = {e.id: pf.goals.for_engagement(e.id) for e in engagements}
        sessions = pf.sessions.for_client(client_id)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(18, 14, 18, 14)
        column.setSpacing(12)
        column.addWidget(self._header())
        column.addWidget(self._details_box())
        column.addWidget(self._engagements_box(engagements, goals))
        column.addWidget(self._sessions_box(sessions), 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    @property
    def tab_title(self) -> str:
        return self.client.display_name

    # -- sections -----------------------------------------------------------------------------
    def _header(self) -> QWidget:
        client = self.client
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header_label = _plain(client.name)
        font = QFont(self.header_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.header_label.setFont(font)
        layout.addWidget(self.header_label)
        facts = [labels.client_status(client.status)]
        if client.preferred_name:
            facts.insert(0, self.tr("prefers “{name}”").format(name=client.preferred_name))
        if client.sensitive:
            facts.append(
                self.tr("sensitive: lists show {initials}").format(initials=client.display_name)
            )
        self.facts_label = _plain(" · ".join(facts))
        mute(self.facts_label)
        layout.addWidget(self.facts_label)
        return box

    def _details_box(self) -> QGroupBox:
        client = self.client
        box = QGroupBox(self.tr("Details"))
        form = QFormLayout(box)
        town = " ".join(p for p in (client.postal_code, client.city) if p)
        address = ", ".join(p for p in (client.street, town, client.country) if p)
        rows = [
            (self.tr("E-mail"), client.email),
            (self.tr("Phone"), client.phone),
            (self.tr("Address"), address),
            (
                self.tr("Language for documents"),
                self.tr("Dutch") if client.language.value == "nl" else self.tr("English"),
            ),
            (self.tr("Referred by"), client.referral_source),
            (self.tr("Tags"), ", ".join(client.tags)),
        ]
        for caption, value in rows:
            form.addRow(caption + ":", _plain(value or "—"))
        if client.consent_date:
            consent = self.tr("given on {date}").format(date=labels.date_text(client.consent_date))
            if client.consent_scope:
                consent += f" — {client.consent_scope}"
        else:
            consent = self.tr("not recorded yet")
        self.consent_label = _plain(consent)
        form.addRow(self.tr("Consent") + ":", self.consent_label)
        return box

    def _engagements_box(
        self, engagements: list[Engagement], goals: dict[int, list[Goal]]
    ) -> QGroupBox:
        box = QGroupBox(self.tr("Engagements"))
        layout = QVBoxLayout(box)
        if not engagements:
            layout.addWidget(_plain(self.tr("No engagements yet.")))
        for engagement in engagements:
            layout.addWidget(self._engagement_block(engagement, goals.get(engagement.id, [])))
        return box

    def _engagement_block(self, engagement: Engagement, goals: list[Goal]) -> QWidget:
        block = QFrame()
        block.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(block)
        heading = " · ".join(
            p
            for p in (
                engagement.title,
                labels.engagement_kind(engagement.kind),
                labels.funding(engagement.funding),
                labels.engagement_status(engagement.status),
            )
            if p
        )
        title = _plain(heading)
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        if engagement.planned_sessions:
            progress = self.tr("{held} of {planned} sessions").format(
                held=engagement.sessions_held, planned=engagement.planned_sessions
            )
        else:
            progress = self.tr("%n session(s) held", "", engagement.sessions_held)
        dates = self.tr("from {start}").format(start=labels.date_text(engagement.start_date))
        if engagement.end_date:
            dates += " " + self.tr("to {end}").format(end=labels.date_text(engagement.end_date))
        layout.addWidget(_plain(f"{progress} · {dates}"))
        for goal in goals:
            layout.addWidget(_plain("• " + self._goal_text(goal)))
        return block

    def _goal_text(self, goal: Goal) -> str:
        parts = [goal.title, labels.goal_status(goal.status), labels.life_area(goal.life_area)]
        if goal.scores:
            latest = max(goal.scores, key=lambda s: (s.date, s.id))
            parts.append(
                self.tr("latest score {score}/10 on {date}").format(
                    score=latest.score, date=labels.date_text(latest.date)
                )
            )
        return " — ".join(parts)

    def _sessions_box(self, sessions: list[Session]) -> QGroupBox:
        box = QGroupBox(self.tr("Sessions (newest first)"))
        layout = QVBoxLayout(box)
        headers = [
            self.tr("Date"),
            self.tr("Duration"),
            self.tr("Mode"),
            self.tr("Status"),
            self.tr("Summary"),
        ]
        table = QTableWidget(len(sessions), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setMinimumHeight(160)
        for row, session in enumerate(sessions):
            when = labels.date_text(session.date)
            if session.start_time:
                when += " " + session.start_time.strftime("%H:%M")
            cells = [
                when,
                labels.minutes_text(session.duration_minutes),
                labels.session_mode(session.mode),
                labels.session_status(session.status),
                summary_line(session),
            ]
            items = [QTableWidgetItem(text) for text in cells]
            for column, item in enumerate(items):
                table.setItem(row, column, item)
            if session.confidentiality is not Confidentiality.NORMAL:
                items[4].setToolTip(
                    self.tr("{level}: hidden on screen").format(
                        level=labels.confidentiality(session.confidentiality)
                    )
                )
        self.sessions_table = table
        layout.addWidget(table)
        if not sessions:
            layout.addWidget(_plain(self.tr("No sessions yet.")))
        return box
