"""The session editor: one session's fields, notes, goal scores and actions, in a tab.

Writing is never lost. What the mentor types is kept as a draft inside the encrypted practice
file (never in any other file): about 1.5 s after the last keystroke, when the editor loses
focus, and when the main window calls ``save_draft_now()`` right before it locks or quits. A
successful save deletes the draft. Closing with unsaved changes asks Save / Discard / Cancel
through ``ask_unsaved()``, a method tests replace.

Saving goes through ``SessionWorkService.save``: the session, its scores and the actions ticked
done in one transaction. A held session then offers the next one from the cadence in an inline
bar. The editor shows full text (the mentor opened it deliberately): no masking inside.
"""

from __future__ import annotations

import datetime as dt
import logging
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain import note_templates
from mentordesk.domain.note_templates import NoteTemplate
from mentordesk.errors import UserError, ValidationError
from mentordesk.services.drafts import DraftService
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.session_work import EditorContext, SessionWorkService
from mentordesk.ui import labels, messages
from mentordesk.ui.form_parts import InlineError, mute
from mentordesk.ui.reveal import RevealState
from mentordesk.ui.session_editor_bars import DraftBanner, EditorHeader, NextSessionBar
from mentordesk.ui.session_editor_drafts import DraftKeeper, Snapshot
from mentordesk.ui.session_editor_fields import SessionFields
from mentordesk.ui.session_editor_goals import GoalScoresBox, OpenActionsBox
from mentordesk.ui.session_editor_values import (
    PAYLOAD_VERSION,
    new_session_values,
    session_values,
    show_inline,
)

log = logging.getLogger(__name__)


class UnsavedAnswer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class SessionEditor(QWidget):
    """A tab for one session (``session_id``), a new one (``engagement_id``), or a kept draft."""

    saved = Signal(int)  # the session's id
    next_session_planned = Signal(int)  # the new planned session's id
    close_requested = Signal()  # after "save and close", or closing once answered
    title_changed = Signal(str)  # tab_title changed (the date, or a new session saved)

    AUTOSAVE_MS = 1500

    def __init__(
        self,
        pf: PracticeFile,
        reveal: RevealState,
        *,
        engagement_id: int | None = None,
        session_id: int | None = None,
        draft_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._pf = pf
        self._reveal = reveal  # the editor shows full text; kept for the pages it may open
        self._work = SessionWorkService(pf)
        self._drafts = DraftService(pf)
        self._baseline: dict[str, Any] = {}
        context = self._work.context(engagement_id, session_id, draft_id)
        self._context = context
        self.engagement_id: int = context.engagement.id
        self.session_id: int | None = context.session.id if context.session else None
        self._close_after_bar = False
        self._last_title = ""

        self.fields = SessionFields(context.engagement.funding)
        self.goals_box = GoalScoresBox(context.goals)
        self.actions_box = OpenActionsBox(context.open_actions)
        self.banner = DraftBanner()
        self.next_bar = NextSessionBar(self._work)
        self.error_label = InlineError()
        self.status_label = mute(QLabel())
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_close_button = QPushButton(self.tr("Save and close"))
        self.save_close_button.setToolTip(self.tr("Save and close (Ctrl+Enter)"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.save_button, self.save_close_button, self.close_button):
            button.setAccessibleName(button.text())
        self._build()

        self._keeper = DraftKeeper(self._drafts, self, self._snapshot, self.AUTOSAVE_MS)
        self._load(context)
        self._connect()
        self._last_title = self.tab_title

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(18, 14, 18, 14)
        column.setSpacing(10)
        column.addWidget(EditorHeader(self._context))
        column.addWidget(self.banner)
        column.addWidget(self.fields, 1)
        self._lower = QHBoxLayout()
        self._lower.setSpacing(14)
        self._lower.addWidget(self.goals_box, 1, Qt.AlignmentFlag.AlignTop)
        self._lower.addWidget(self.actions_box, 1, Qt.AlignmentFlag.AlignTop)
        column.addLayout(self._lower)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(18, 4, 18, 10)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_close_button)
        buttons.addWidget(self.save_button)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        bars = QVBoxLayout()
        bars.setContentsMargins(18, 6, 18, 0)
        bars.addWidget(self.next_bar)
        bars.addWidget(self.error_label)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(bars)
        layout.addLayout(buttons)
        self.setFocusProxy(self.fields.summary_edit)

    def _load(self, context: EditorContext) -> None:
        if context.session is not None:
            self.fields.load(session_values(context.session))
        else:
            self.fields.load(new_session_values(context, dt.date.today()))
        self._baseline = self._payload()
        if context.draft is not None:
            self.fields.load(dict(context.draft.payload))
            self.goals_box.load(context.draft.payload.get("scores"))
            self.actions_box.load(context.draft.payload.get("done_actions"))
            self._keeper.adopt(context.draft.id, self._payload())
            self.banner.announce(context.draft.updated_at, context.session is not None)

    def _connect(self) -> None:
        for box in (self.fields, self.goals_box, self.actions_box):
            box.edited.connect(self._on_form_edited)
        self.fields.date_changed.connect(self._on_fields_date_changed)
        self.fields.template_requested.connect(self.apply_template)
        self._keeper.status_changed.connect(self.status_label.setText)
        self.save_button.clicked.connect(self.save)
        self.save_close_button.clicked.connect(self._on_save_close_button_clicked)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.banner.saved_version_requested.connect(self._on_banner_saved_version_requested)
        self.next_bar.planned.connect(self._on_next_bar_planned)
        self.next_bar.answered.connect(self._on_next_bar_answered)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence("Ctrl+Return"), self._on_save_close_button_clicked),
            (QKeySequence("Ctrl+Enter"), self._on_save_close_button_clicked),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # -- what the editor holds -----------------------------------------------------------------
    @property
    def tab_title(self) -> str:
        values = {
            "name": self._context.client_display_name,
            "date": labels.date_text(self.fields.date()),
        }
        if self.session_id is None:
            return self.tr("New session · {name} · {date}").format(**values)
        return self.tr("Session · {name} · {date}").format(**values)

    def _payload(self) -> dict[str, Any]:
        return {
            "version": PAYLOAD_VERSION,
            **self.fields.payload(),
            "scores": self.goals_box.payload(),
            "done_actions": self.actions_box.payload(),
        }

    def has_unsaved_changes(self) -> bool:
        return self._payload() != self._baseline

    def _on_form_edited(self) -> None:
        self._keeper.touch()

    def _on_fields_date_changed(self) -> None:
        self._emit_title()

    def _emit_title(self) -> None:
        title = self.tab_title
        if title != self._last_title:
            self._last_title = title
            self.title_changed.emit(title)

    # -- drafts --------------------------------------------------------------------------------
    @property
    def draft_id(self) -> int | None:
        """The kept draft of what is on screen, if one was written."""
        return self._keeper.draft_id

    def _snapshot(self) -> Snapshot:
        return self.engagement_id, self.session_id, self._payload(), self._baseline

    def save_draft_now(self) -> None:
        """Keep what is typed as a draft in the practice file (before a lock or quit)."""
        self._keeper.keep_now()

    def _on_banner_saved_version_requested(self) -> None:
        if self._context.session is None:
            return
        self._keeper.forget(self.session_id)
        self.fields.load(session_values(self._context.session))
        self.goals_box.load({str(g.goal_id): g.score for g in self._context.goals})
        self.actions_box.load([])
        self._baseline = self._payload()
        self.banner.hide()
        self.status_label.setText(self.tr("Showing the saved version."))

    # -- templates -----------------------------------------------------------------------------
    def apply_template(self, template: NoteTemplate) -> bool:
        """Fill the summary from ``template``; asks before replacing text that is there."""
        previous = self._context.previous_held
        text = note_templates.build(
            template,
            grow_headings=(
                self.tr("Goal — what do you want?"),
                self.tr("Reality — where are you now?"),
                self.tr("Options — what could you do?"),
                self.tr("Way forward — what will you do, and when?"),
            ),
            previous_agreed_actions=previous.agreed_actions if previous else "",
            open_action_items=[a.text for a in self._context.open_actions],
        )
        if template is NoteTemplate.LAST_ACTIONS and not text:
            self.status_label.setText(
                self.tr("The last session agreed no actions, and no action items are open.")
            )
            return False
        current = self.fields.summary_edit.toPlainText()
        if current.strip() and current != text and not self.ask_replace_summary():
            return False
        self.fields.replace_summary(text)
        self.fields.summary_edit.setFocus()
        return True

    def ask_replace_summary(self) -> bool:
        """Whether to replace the summary's text (tests replace this method)."""
        answer = QMessageBox.question(
            self,
            self.tr("Replace the summary?"),
            self.tr("The summary already holds text. Replace it? (Ctrl+Z brings it back.)"),
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the session, its scores and done actions; errors show at their field."""
        self._keeper.stop()
        self._clear_errors()
        try:
            draft = self.fields.session_draft(self.engagement_id)
            result = self._work.save(
                self.session_id,
                draft,
                self.goals_box.scores(),
                self.actions_box.done_ids(),
                draft_id=self.draft_id,
            )
        except ValidationError as exc:
            self._show_error(exc.field, exc.text())
            return False
        except UserError as exc:
            show_inline(self.error_label, exc.text())
            return False
        except Exception as exc:
            messages.show_error(self, exc)
            return False
        self.session_id = result.session.id
        self._keeper.saved()
        if result.done_action_ids:
            self._refresh_actions()
        self._baseline = self._payload()
        self.banner.hide()
        self.status_label.setText(
            self.tr("Saved {time}").format(time=labels.time_text(dt.datetime.now().time()))
        )
        self.saved.emit(result.session.id)
        self._emit_title()
        self.next_bar.offer_after(result.session)
        return True

    def _refresh_actions(self) -> None:
        self._context = self._work.context(session_id=self.session_id)
        fresh = OpenActionsBox(self._context.open_actions)
        fresh.edited.connect(self._on_form_edited)
        self._lower.replaceWidget(self.actions_box, fresh)
        self.actions_box.deleteLater()
        self.actions_box = fresh

    def _show_error(self, field: str, text: str) -> None:
        for part in (self.fields, self.goals_box, self.actions_box):
            if part.show_error(field, text):
                return
        show_inline(self.error_label, text)

    def _clear_errors(self) -> None:
        for part in (self.fields, self.goals_box, self.actions_box):
            part.clear_errors()
        self.error_label.clear_message()

    def _on_save_close_button_clicked(self) -> None:
        if not self.save():
            return
        if self.next_bar.isVisible():
            self._close_after_bar = True
            self.status_label.setText(
                self.tr("Saved. Plan the next session, or choose Not now to close.")
            )
            return
        self.close_requested.emit()

    def _on_next_bar_planned(self, session_id: int, day: dt.date) -> None:
        self.status_label.setText(
            self.tr("Next session planned on {date}.").format(date=labels.date_text(day))
        )
        self.next_session_planned.emit(session_id)

    def _on_next_bar_answered(self) -> None:
        if self._close_after_bar:
            self.close_requested.emit()

    # -- closing -------------------------------------------------------------------------------
    def confirm_close(self) -> bool:
        """Whether the editor may close; asks first when there are unsaved changes."""
        self._keeper.stop()
        if not self.has_unsaved_changes():
            if self.draft_id is not None:
                self._keeper.forget(self.session_id)
            return True
        answer = self.ask_unsaved()
        if answer is UnsavedAnswer.SAVE:
            return self.save()
        if answer is UnsavedAnswer.DISCARD:
            try:
                self._keeper.forget(self.session_id)
            except Exception as exc:
                messages.show_error(self, exc)
                return False
            self._baseline = self._payload()
            return True
        return False

    def ask_unsaved(self) -> UnsavedAnswer:
        """Save, Discard or Cancel for unsaved changes (tests replace this method)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("This session has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return UnsavedAnswer.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return UnsavedAnswer.DISCARD
        return UnsavedAnswer.CANCEL

    def _on_close_button_clicked(self) -> None:
        if self.confirm_close():
            self.close_requested.emit()

    def set_date(self, day: dt.date) -> None:
        """Set the session's date (as a mentor would pick it in the calendar)."""
        self.fields.date_edit.setDate(QDate(day.year, day.month, day.day))
