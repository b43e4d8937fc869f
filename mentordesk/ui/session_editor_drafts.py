"""Keeping the session editor's unsaved writing as a draft inside the practice file.

``DraftKeeper`` writes a draft about 1.5 s after the last edit (``touch()``), as soon as the
focus leaves the editor, and on ``keep_now()`` (the main window calls it before a lock or quit).
It writes only when something changed since the last draft, and removes the draft once the
editor again holds exactly what is saved. The draft goes through ``DraftService`` into the
encrypted practice file and nowhere else.

When a draft cannot be written (a 2-million-character paste, a full disk) ``problem_changed``
says so in words the editor shows inline, until a draft is kept again or nothing is left to
keep: the mentor must know that the text is then only on screen.
"""

from __future__ import annotations

import datetime as dt
import logging
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from mentordesk.errors import ValidationError
from mentordesk.services.drafts import DraftService
from mentordesk.ui import labels, messages
from mentordesk.ui.session_editor_values import draft_payload

log = logging.getLogger(__name__)

# engagement id, session id (None: not saved yet), what the editor holds, what is saved
Snapshot = tuple[int, int | None, dict[str, Any], dict[str, Any]]


class DraftKeeper(QObject):
    status_changed = Signal(str)  # "Draft kept 14:32", or why it could not be kept
    problem_changed = Signal(str)  # why the text is only on screen; "" once that is over

    def __init__(
        self,
        drafts: DraftService,
        owner: QWidget,
        snapshot: Callable[[], Snapshot],  # a method of the editor, held weakly
        interval_ms: int,
    ) -> None:
        super().__init__(owner)
        self._drafts = drafts
        self._owner = weakref.ref(owner)  # no cycle: the editor may go while Qt still calls
        self._snapshot = weakref.WeakMethod(snapshot)
        self.draft_id: int | None = None
        self._kept: dict[str, Any] | None = None
        self.problem = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)

    def adopt(self, draft_id: int, payload: dict[str, Any]) -> None:
        """The editor shows this kept draft: it need not be written again as it is."""
        self.draft_id, self._kept = draft_id, payload

    def touch(self) -> None:
        """Something was edited: keep a draft once the typing pauses."""
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def keep_now(self) -> None:
        """Write the draft now if it changed (raises when the file refuses)."""
        self._timer.stop()
        snapshot = self._snapshot()
        if snapshot is None:  # the editor is gone
            return
        engagement_id, session_id, payload, baseline = snapshot()
        if payload == baseline:
            if self.draft_id is not None:  # typed, then undone: nothing left to keep
                self.forget(session_id)
            self._set_problem("")
            return
        if payload == self._kept:
            return
        try:
            self.draft_id = self._drafts.save(
                engagement_id, session_id, draft_payload(payload, baseline), draft_id=self.draft_id
            )
        except Exception as exc:
            self._set_problem(self._problem_text(exc))
            raise
        self._kept = payload
        self._set_problem("")
        self.status_changed.emit(
            self.tr("Draft kept {time}").format(time=labels.time_text(dt.datetime.now().time()))
        )

    def forget(self, session_id: int | None) -> None:
        """Delete the kept draft (its text is overwritten in the file)."""
        self._timer.stop()
        if self.draft_id is not None:
            self._drafts.discard(self.draft_id)
        elif session_id is not None:
            self._drafts.discard_for_session(session_id)
        self.draft_id, self._kept = None, None
        self._set_problem("")

    def saved(self) -> None:
        """The session was saved, and with it the draft deleted."""
        self._timer.stop()
        self.draft_id, self._kept = None, None
        self._set_problem("")

    def _problem_text(self, exc: Exception) -> str:
        if isinstance(exc, ValidationError) and exc.field == "payload":  # too long
            return self.tr(
                "Not kept as a draft: {problem} What you typed is only on this screen: "
                "shorten it, then save."
            ).format(problem=exc.text())
        return self.tr(
            "The draft could not be kept: {problem} What you typed is only on this screen: "
            "save it before you close this tab."
        ).format(problem=messages.error_text(exc))

    def _set_problem(self, text: str) -> None:
        if text != self.problem:
            self.problem = text
            self.problem_changed.emit(text)

    def _on_timer_timeout(self) -> None:
        try:
            self.keep_now()
        except ValidationError:  # says nothing about the text; shown inline by the editor
            log.warning("the session draft is too long to keep")
            self.status_changed.emit(self.tr("The draft could not be kept."))
        except Exception as exc:
            log.exception("keeping the session draft failed")
            self.status_changed.emit(
                self.tr("The draft could not be kept: {problem}").format(
                    problem=messages.error_text(exc)
                )
            )

    def _on_app_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        owner = self._owner()
        # While the editor is being destroyed Qt moves the focus away: not a reason to write.
        if old is None or owner is None or not shiboken6.isValid(owner) or not owner.isVisible():
            return
        if owner.isAncestorOf(old) and (new is None or not owner.isAncestorOf(new)):
            self._on_timer_timeout()
