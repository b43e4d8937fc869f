"""The session editor's header and inline bars: "plan the next session?", "notes restored".

Both sit inside the editor (no modal box): the mentor answers when it suits, with the keyboard.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.enums import SessionStatus
from mentordesk.errors import UserError
from mentordesk.services.records import Session
from mentordesk.services.session_work import EditorContext, SessionWorkService
from mentordesk.ui import labels, messages
from mentordesk.ui.form_parts import InlineError, mute
from mentordesk.ui.session_editor_values import date_format, show_inline

log = logging.getLogger(__name__)
_BAR_STYLE = (
    "QFrame#{name} {{ background: {back}; border: 1px solid {line}; border-radius: 4px; }}"
    " QFrame#{name} QLabel {{ background: transparent; border: none; }}"
)


def _styled(frame: QFrame, name: str, back: str, line: str) -> None:
    frame.setObjectName(name)
    frame.setStyleSheet(_BAR_STYLE.format(name=name, back=back, line=line))


class NextSessionBar(QFrame):
    """ "Plan the next session on <date>?" with an editable date, Plan and Not now.

    Plan creates the session (``SessionWorkService.plan_next``) and emits ``planned``; either
    answer emits ``answered`` afterwards. A refusal shows in the bar, which stays open.
    """

    planned = Signal(int, object)  # the new session's id, its date
    answered = Signal()

    def __init__(self, work: SessionWorkService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._after: int | None = None
        _styled(self, "next_session_bar", "#e8f1fb", "#9cc0e6")
        self.question = QLabel()
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.date_edit.setAccessibleName(self.tr("Date of the next session"))
        self.plan_button = QPushButton(self.tr("Plan"))
        self.plan_button.setAccessibleName(self.tr("Plan the next session"))
        self.later_button = QPushButton(self.tr("Not now"))
        self.later_button.setAccessibleName(self.tr("Do not plan the next session now"))
        self.error = InlineError()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.question)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.plan_button)
        layout.addWidget(self.later_button)
        layout.addWidget(self.error, 1)
        layout.addStretch(1)
        self.plan_button.clicked.connect(self._on_plan_button_clicked)
        self.later_button.clicked.connect(self._on_later_button_clicked)
        self.hide()

    def offer_after(self, session: Session) -> bool:
        """Offer the next session after a held ``session`` when the cadence proposes one."""
        self.hide()
        self._after = None
        if session.status is not SessionStatus.HELD:
            return False
        try:
            proposed = self._work.propose_next(session.engagement_id, session.date)
        except Exception:
            log.exception("proposing the next session failed")
            return False
        if proposed is None:
            return False
        self._after = session.id
        self.question.setText(
            self.tr("Plan the next session on {date}?").format(date=labels.date_text(proposed))
        )
        self.date_edit.setDate(QDate(proposed.year, proposed.month, proposed.day))
        self.error.clear_message()
        self.show()
        self.plan_button.setFocus()
        return True

    def chosen_date(self) -> dt.date:
        value = self.date_edit.date()
        return dt.date(value.year(), value.month(), value.day())

    def _on_plan_button_clicked(self) -> None:
        if self._after is None:
            return
        try:
            session = self._work.plan_next(self._after, self.chosen_date())
        except UserError as exc:
            show_inline(self.error, exc.text())
            return
        except Exception as exc:
            messages.show_error(self, exc)
            return
        self.hide()
        self._after = None
        self.planned.emit(session.id, session.date)
        self.answered.emit()

    def _on_later_button_clicked(self) -> None:
        self.hide()
        self._after = None
        self.answered.emit()


class DraftBanner(QFrame):
    """Says that kept, unsaved notes are shown; for a saved session offers its saved version."""

    saved_version_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _styled(self, "draft_banner", "#fff4e5", "#f0c36d")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.saved_button = QPushButton(self.tr("Use the saved version"))
        self.saved_button.setAccessibleName(
            self.tr("Throw away the kept notes and show the saved session")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.saved_button)
        self.saved_button.clicked.connect(self.saved_version_requested)
        self.hide()

    def announce(self, kept_at: dt.datetime, existing_session: bool) -> None:
        when = {"date": labels.date_text(kept_at.date()), "time": labels.time_text(kept_at.time())}
        if existing_session:
            text = self.tr(
                "These are unsaved changes kept on {date} at {time}; they are newer than the "
                "saved session. Save to keep them."
            ).format(**when)
        else:
            text = self.tr(
                "These are unsaved notes kept on {date} at {time}. Save to keep them."
            ).format(**when)
        self.message.setText(text)
        self.saved_button.setVisible(existing_session)
        self.show()


class EditorHeader(QWidget):
    """The client's name (in full: the mentor opened this session) and the engagement."""

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_label = QLabel(context.client_name)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        engagement = context.engagement
        facts = [
            engagement.title,
            labels.engagement_kind(engagement.kind),
            labels.funding(engagement.funding),
        ]
        if engagement.planned_sessions:
            facts.append(
                self.tr("{held} of {planned} sessions held").format(
                    held=engagement.sessions_held, planned=engagement.planned_sessions
                )
            )
        self.facts_label = mute(QLabel(" · ".join(f for f in facts if f)))
        self.facts_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.name_label)
        layout.addWidget(self.facts_label)
