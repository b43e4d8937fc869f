"""Starting the session summary from a template: free, GROW, or the last session's actions.

The last session's actions keep that session's protection: when it was confidential or private,
the summary's confidentiality goes up to that level (never down) and the status line says so,
so copied text never ends up less protected than where it came from. The strings keep the
translation context ``SessionEditor``, where the mentor meets them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from mentordesk.domain import note_templates
from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.domain.note_templates import NoteTemplate
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.session_work import OpenAction
from mentordesk.ui import labels
from mentordesk.ui.session_editor_fields import SessionFields
from mentordesk.ui.session_editor_values import at_least_as_protected


class SummaryFiller:
    """Fills ``fields``' summary; ``say`` shows a line in the editor's status."""

    def __init__(self, pf: PracticeFile, fields: SessionFields, say: Callable[[str], None]) -> None:
        self._pf = pf
        self._fields = fields
        self._say = say

    def apply(
        self,
        template: NoteTemplate,
        engagement_id: int,
        session_id: int | None,
        open_actions: Sequence[OpenAction],
        *,
        ask_replace: Callable[[], bool],
    ) -> bool:
        """True when the summary was filled; ``ask_replace`` asks before text that is there is
        replaced. Raises when the last session cannot be read."""
        fields = self._fields
        # read now: the last session's level may have changed since the editor opened
        previous = self._pf.sessions.previous_held(
            engagement_id, on_or_before=fields.date(), exclude_session_id=session_id
        )
        text = note_templates.build(
            template,
            grow_headings=(
                QCoreApplication.translate("SessionEditor", "Goal — what do you want?"),
                QCoreApplication.translate("SessionEditor", "Reality — where are you now?"),
                QCoreApplication.translate("SessionEditor", "Options — what could you do?"),
                QCoreApplication.translate(
                    "SessionEditor", "Way forward — what will you do, and when?"
                ),
            ),
            previous_agreed_actions=previous.agreed_actions if previous else "",
            open_action_items=[a.text for a in open_actions],
        )
        if template is NoteTemplate.LAST_ACTIONS and not text:
            self._say(
                QCoreApplication.translate(
                    "SessionEditor",
                    "The last session agreed no actions, and no action items are open.",
                )
            )
            return False
        current = fields.summary_edit.toPlainText()
        if current.strip() and current != text and not ask_replace():
            return False
        fields.replace_summary(text)
        fields.summary_edit.setFocus()
        copied = previous is not None and note_templates.action_lines(previous.agreed_actions)
        if template is NoteTemplate.LAST_ACTIONS and previous is not None and copied:
            self._protect_like(previous.confidentiality)
        return True

    def _protect_like(self, source: Confidentiality) -> None:
        """Raise the confidentiality to ``source`` when it is lower, and say so."""
        now = self._fields.confidentiality()
        level = at_least_as_protected(now, source)
        if level is now:
            return
        self._fields.set_confidentiality(level)
        self._say(
            QCoreApplication.translate(
                "SessionEditor",
                "Confidentiality raised to “{level}”, as set on the session these actions "
                "come from.",
            ).format(level=labels.confidentiality(level))
        )
