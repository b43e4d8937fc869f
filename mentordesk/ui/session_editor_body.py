"""The scrolling part of the session editor: header, draft banner, fields, scores and actions.

``EditorBody`` turns what it shows into the editor's payload and back, and rebuilds the parts
that depend on the file (the header's counts, the goals to score, the open action items) when
they changed elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from mentordesk.errors import ValidationError
from mentordesk.services.records import SessionDraft
from mentordesk.services.session_work import EditorContext, OpenAction
from mentordesk.ui.session_editor_bars import DraftBanner, EditorHeader
from mentordesk.ui.session_editor_fields import SessionFields
from mentordesk.ui.session_editor_goals import GoalScoresBox, OpenActionsBox
from mentordesk.ui.session_editor_values import PAYLOAD_VERSION, typed_part, without_scores


@dataclass(frozen=True)
class Baseline:
    """What the editor showed when it loaded or saved the session: ``payload`` to tell unsaved
    changes, ``draft`` and ``scores`` for the service to apply only what changed since."""

    payload: dict[str, Any]
    draft: SessionDraft | None
    scores: dict[int, int | None]


class EditorBody(QScrollArea):
    edited = Signal()  # any field, score or tick changed

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.header = EditorHeader(context)
        self.banner = DraftBanner()
        self.fields = SessionFields(context.engagement.funding)
        self.goals_box = GoalScoresBox(context.goals)
        self.actions_box = OpenActionsBox(context.open_actions)
        content = QWidget()
        self._column = QVBoxLayout(content)
        self._column.setContentsMargins(18, 14, 18, 14)
        self._column.setSpacing(10)
        self._column.addWidget(self.header)
        self._column.addWidget(self.banner)
        self._column.addWidget(self.fields, 1)
        self._lower = QHBoxLayout()
        self._lower.setSpacing(14)
        self._lower.addWidget(self.goals_box, 1, Qt.AlignmentFlag.AlignTop)
        self._lower.addWidget(self.actions_box, 1, Qt.AlignmentFlag.AlignTop)
        self._column.addLayout(self._lower)
        self.setAccessibleName(self.tr("Session form"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(content)
        for part in (self.fields, self.goals_box, self.actions_box):
            part.edited.connect(self.edited)

    # -- values --------------------------------------------------------------------------------
    def payload(self) -> dict[str, Any]:
        """What is on screen as plain JSON values (what a draft keeps)."""
        return {
            "version": PAYLOAD_VERSION,
            **self.fields.payload(),
            "scores": self.goals_box.payload(),
            "done_actions": self.actions_box.payload(),
        }

    def baseline(self, engagement_id: int) -> Baseline:
        """What is on screen, taken as what is stored."""
        try:
            draft: SessionDraft | None = self.fields.session_draft(engagement_id)
        except ValidationError:  # not a time: never so for stored values
            draft = None  # then a save writes every field, as typed
        return Baseline(self.payload(), draft, self.goals_box.scores())

    def load_payload(self, payload: dict[str, Any], saved_session: bool) -> None:
        """Show a kept draft's values over what is there; for a ``saved_session`` only what
        the mentor changed, so what changed in the file since stays as it is now."""
        if saved_session:
            payload = typed_part(payload)
        self.fields.load(payload)
        self.goals_box.load(payload.get("scores"))
        self.actions_box.load(payload.get("done_actions"))

    def show_stored(self, values: dict[str, Any], scores: dict[str, int | None]) -> None:
        """Show a stored session's values and scores; nothing ticked."""
        self.fields.refresh(values)
        self.goals_box.load(scores)
        self.actions_box.load([])

    # -- parts that follow the file ------------------------------------------------------------
    def show_context(self, context: EditorContext) -> None:
        """Rebuild the header, score rows and action items where ``context`` differs."""
        old, self._context = self._context, context
        if context.engagement != old.engagement:
            header = EditorHeader(context)
            self._column.replaceWidget(self.header, header)
            self.header.deleteLater()
            self.header = header
        if without_scores(context.goals) != without_scores(old.goals):
            goals = GoalScoresBox(context.goals)
            goals.edited.connect(self.edited)
            self._lower.replaceWidget(self.goals_box, goals)
            self.goals_box.deleteLater()
            self.goals_box = goals
        if context.open_actions != old.open_actions:
            self.show_actions(context.open_actions)

    def show_actions(self, actions: tuple[OpenAction, ...]) -> None:
        fresh = OpenActionsBox(actions)
        fresh.edited.connect(self.edited)
        self._lower.replaceWidget(self.actions_box, fresh)
        self.actions_box.deleteLater()
        self.actions_box = fresh

    # -- errors --------------------------------------------------------------------------------
    def show_error(self, field: str, text: str) -> bool:
        """Show ``text`` at ``field``; False when no part has that field."""
        return any(
            part.show_error(field, text) for part in (self.fields, self.goals_box, self.actions_box)
        )

    def clear_errors(self) -> None:
        for part in (self.fields, self.goals_box, self.actions_box):
            part.clear_errors()
