"""The session editor: one session's fields, notes, goal scores and actions, in a tab.

Writing is never lost. What the mentor types is kept as a draft inside the encrypted practice
file (never in any other file): about 1.5 s after the last keystroke, when the editor loses
focus, and when the main window calls ``save_draft_now()`` right before it locks or quits. A
successful save deletes the draft. Closing with unsaved changes asks Save / Discard / Cancel
through ``ask_unsaved()``, a method tests replace.

Saving goes through ``SessionWorkService.save``: the session, its scores and the actions ticked
done in one transaction. A held session then offers the next one from the cadence in an inline
bar. The editor shows full text (the mentor opened it deliberately): no masking inside.

The editor remembers what it loaded (its baseline). A save applies only what the mentor changed
here on top of the session as it is stored now, so a status set in the agenda meanwhile stays;
afterwards the editor shows the stored session. ``reload_if_unchanged()`` shows the file's
version when nothing here is unsaved (the main window calls it when sessions change elsewhere).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.domain.note_templates import NoteTemplate
from mentordesk.errors import UserError, ValidationError
from mentordesk.services.drafts import DraftService
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import Session
from mentordesk.services.session_work import EditorContext, SessionWorkService
from mentordesk.ui import labels, messages
from mentordesk.ui import session_editor_questions as questions
from mentordesk.ui.documents.summary_printing import SummaryPrint, ask_include_confidential
from mentordesk.ui.form_parts import InlineError, mute
from mentordesk.ui.reveal import RevealState
from mentordesk.ui.session_editor_bars import DraftBanner, NextSessionBar
from mentordesk.ui.session_editor_body import EditorBody
from mentordesk.ui.session_editor_drafts import DraftKeeper, Snapshot
from mentordesk.ui.session_editor_fields import SessionFields
from mentordesk.ui.session_editor_goals import GoalScoresBox, OpenActionsBox
from mentordesk.ui.session_editor_questions import UnsavedAnswer
from mentordesk.ui.session_editor_templates import SummaryFiller
from mentordesk.ui.session_editor_values import (
    new_session_values,
    score_values,
    session_values,
    show_inline,
)

log = logging.getLogger(__name__)


class SessionEditor(QWidget):
    """A tab for one session (``session_id``), a new one (``engagement_id``), or a kept draft."""

    saved = Signal(int)  # the session's id
    next_session_planned = Signal(int)  # the new planned session's id
    close_requested = Signal()  # after "save and close", or closing once answered
    title_changed = Signal(str)  # tab_title changed (the date, or a new session saved)
    document_printed = Signal(int)  # a summary was printed; the document log row's id

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
        context = self._work.context(engagement_id, session_id, draft_id)
        self._context = context
        self.engagement_id: int = context.engagement.id
        self.session_id: int | None = context.session.id if context.session else None
        self._close_after_bar = False
        self._last_title = ""

        self.body = EditorBody(context)
        self._base = self.body.baseline(self.engagement_id)  # what is stored, as shown
        self.next_bar = NextSessionBar(self._work)
        self.error_label = InlineError()
        self.draft_problem = InlineError()  # the text could not be kept as a draft
        self.status_label = mute(QLabel())
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_close_button = QPushButton(self.tr("Save and close"))
        self.save_close_button.setToolTip(self.tr("Save and close (Ctrl+Enter)"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.save_button, self.save_close_button, self.close_button):
            button.setAccessibleName(button.text())
        self.print_button = QPushButton(self.tr("&Print summary…"))
        self.print_button.setAccessibleName(self.tr("Print the session summary"))
        self.summary_print = SummaryPrint(pf, self)
        self._build()

        self._keeper = DraftKeeper(self._drafts, self, self._snapshot, self.AUTOSAVE_MS)
        self._templates = SummaryFiller(pf, self.fields, self.status_label.setText)
        self._load(context)
        self._connect()
        self._last_title = self.tab_title

    # -- the parts (the body rebuilds its score rows and actions when they change) -------------
    @property
    def fields(self) -> SessionFields:
        return self.body.fields

    @property
    def goals_box(self) -> GoalScoresBox:
        return self.body.goals_box

    @property
    def actions_box(self) -> OpenActionsBox:
        return self.body.actions_box

    @property
    def banner(self) -> DraftBanner:
        return self.body.banner

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        buttons = QHBoxLayout()
        buttons.setContentsMargins(18, 4, 18, 10)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.print_button)
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
        bars.addWidget(self.draft_problem)
        layout.addWidget(self.body, 1)
        layout.addLayout(bars)
        layout.addLayout(buttons)
        self.setFocusProxy(self.fields.summary_edit)

    def _load(self, context: EditorContext) -> None:
        if context.session is not None:
            self.fields.load(session_values(context.session))
        else:
            self.fields.load(new_session_values(context, dt.date.today()))
        self._set_baseline()
        if context.draft is not None:
            saved_session = context.session is not None
            self.body.load_payload(dict(context.draft.payload), saved_session)
            self._keeper.adopt(context.draft.id, self._payload())
            self.banner.announce(context.draft.updated_at, context.session is not None)

    def _connect(self) -> None:
        self.body.edited.connect(self._on_form_edited)
        self.fields.date_changed.connect(self._on_fields_date_changed)
        self.fields.template_requested.connect(self.apply_template)
        self._keeper.status_changed.connect(self.status_label.setText)
        self._keeper.problem_changed.connect(self._on_keeper_problem_changed)
        self.save_button.clicked.connect(self.save)
        self.save_close_button.clicked.connect(self._on_save_close_button_clicked)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.print_button.clicked.connect(self.print_summary)
        self.summary_print.printed.connect(self.document_printed)
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
        return self.body.payload()

    def has_unsaved_changes(self) -> bool:
        return self._payload() != self._base.payload

    def _set_baseline(self) -> None:
        """What the editor holds now is what is stored (just loaded or saved)."""
        self._base = self.body.baseline(self.engagement_id)

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
        return self.engagement_id, self.session_id, self._payload(), self._base.payload

    def save_draft_now(self) -> None:
        """Keep what is typed as a draft in the practice file (before a lock or quit).

        Raises when the file refuses it (too long, disk full); the editor then says inline that
        the text is only on screen, and keeps it."""
        self._keeper.keep_now()

    def _on_keeper_problem_changed(self, text: str) -> None:
        show_inline(self.draft_problem, text)

    def _on_banner_saved_version_requested(self) -> None:
        if self._context.session is None:
            return
        try:
            self._keeper.forget(self.session_id)
            self._reload()
        except Exception as exc:
            messages.show_error(self, exc)
            return
        self.status_label.setText(self.tr("Showing the saved version."))

    # -- changes made elsewhere ----------------------------------------------------------------
    def reload_if_unchanged(self) -> bool:
        """Show the session as it is in the file now, if nothing here is unsaved.

        True when reloaded. False when the editor holds unsaved changes (left as they are; a
        save merges them) or the session could not be read (said inline, e.g. it was removed).
        """
        if self.has_unsaved_changes():
            return False
        try:
            self._keeper.stop()
            if self.draft_id is not None:  # typed, kept, then undone: nothing left to keep
                self._keeper.forget(self.session_id)
            self._reload()
        except UserError as exc:
            show_inline(self.error_label, exc.text())
            return False
        except Exception:
            log.exception("reloading the session editor failed")
            return False
        self.error_label.clear_message()
        return True

    def _reload(self) -> None:
        """Read the session, goals and actions again and show them as stored (no draft)."""
        context = self._work.context(
            self.engagement_id if self.session_id is None else None, self.session_id
        )
        self._context = dataclasses.replace(context, draft=None)
        self.body.show_context(self._context)
        if context.session is not None:
            values = session_values(context.session)
        else:
            values = new_session_values(context, dt.date.today())
        self.body.show_stored(values, score_values(context.goals))
        self._set_baseline()
        self.banner.hide()
        self._emit_title()

    # -- templates -----------------------------------------------------------------------------
    def apply_template(self, template: NoteTemplate) -> bool:
        """Fill the summary from ``template``; asks before replacing text that is there. The
        last session's actions raise the confidentiality to that session's level."""
        try:
            return self._templates.apply(
                template,
                self.engagement_id,
                self.session_id,
                self._context.open_actions,
                ask_replace=self.ask_replace_summary,
            )
        except Exception as exc:
            messages.show_error(self, exc)
            return False

    def ask_replace_summary(self) -> bool:
        """Whether to replace the summary's text (tests replace this method)."""
        return questions.ask_replace_summary(self)

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the session, its scores and done actions; errors show at their field."""
        self._keeper.stop()
        self._clear_errors()
        try:
            draft = self.fields.session_draft(self.engagement_id)
            existing = self.session_id is not None
            result = self._work.save(
                self.session_id,
                draft,
                self.goals_box.scores(),
                self.actions_box.done_ids(),
                draft_id=self.draft_id,
                base=self._base.draft if existing else None,
                base_scores=self._base.scores if existing else None,
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
        if result.done_action_ids:  # done items leave the open list
            context = self._work.context(session_id=self.session_id)
            self._context = dataclasses.replace(context, draft=None)
            self.body.show_actions(context.open_actions)
        self._show_stored(result.session, result.scores)
        self.banner.hide()
        self.status_label.setText(
            self.tr("Saved {time}").format(time=labels.time_text(dt.datetime.now().time()))
        )
        self.saved.emit(result.session.id)
        self._emit_title()
        self.next_bar.offer_after(result.session)
        return True

    def _show_stored(self, session: Session, scores: Mapping[int, int]) -> None:
        """Show the session as saved, with what changed elsewhere and the merge kept."""
        self._context = dataclasses.replace(self._context, session=session)
        stored = {str(goal_id): scores.get(goal_id) for goal_id in self.goals_box.spins}
        self.body.show_stored(session_values(session), stored)
        self._set_baseline()

    def _show_error(self, field: str, text: str) -> None:
        if not self.body.show_error(field, text):
            show_inline(self.error_label, text)

    def _clear_errors(self) -> None:
        self.body.clear_errors()
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
        if not self._close_after_bar:
            return
        self._close_after_bar = False
        # text typed while the bar showed is not saved yet: ask, as closing always does
        if self.confirm_close():
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
            self._base = dataclasses.replace(self._base, payload=self._payload())
            return True
        return False

    def ask_unsaved(self) -> UnsavedAnswer:
        """Save, Discard or Cancel for unsaved changes (tests replace this method)."""
        return questions.ask_unsaved(self)

    def _on_close_button_clicked(self) -> None:
        if self.confirm_close():
            self.close_requested.emit()

    # -- printing ------------------------------------------------------------------------------
    def print_summary(self) -> bool:
        """Save first when needed, then build the summary off the UI thread and open the print
        preview. A confidential session asks whether its texts go on paper."""
        if (self.session_id is None or self.has_unsaved_changes()) and not self.save():
            return False
        session = self._context.session
        include = False
        if session is not None and session.confidentiality is Confidentiality.CONFIDENTIAL:
            answer = self.ask_include_confidential()
            if answer is None:
                return False
            include = answer
        assert self.session_id is not None
        return self.summary_print.start(self.session_id, include_confidential=include)

    def ask_include_confidential(self) -> bool | None:
        """Print a confidential session's texts? None cancels (tests replace this method)."""
        return ask_include_confidential(self)

    def set_date(self, day: dt.date) -> None:
        """Set the session's date (as a mentor would pick it in the calendar)."""
        self.fields.date_edit.setDate(QDate(day.year, day.month, day.day))
