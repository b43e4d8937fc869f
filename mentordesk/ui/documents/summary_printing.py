"""Printing one session's summary from the session editor: prepare it (the file is read on the
UI thread), build the PDF on a worker, then open Qt's print preview.

The editor asks first whether a confidential session's texts go on paper
(``ask_include_confidential``); private working notes never do.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.services.documents import DocumentService, RenderedDocument, render
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import messages
from mentordesk.ui.documents.printing import PrintJob
from mentordesk.ui.workers import run_in_background

log = logging.getLogger(__name__)


def ask_include_confidential(parent: QWidget) -> bool | None:
    """Whether the summary of a confidential session prints its texts; None: do not print."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("SummaryPrint", "Confidential session"),
        QCoreApplication.translate(
            "SummaryPrint",
            "This session is confidential. Print its topics, summary and agreed actions on the "
            "summary? Private working notes are never printed.",
        ),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    include = box.addButton(
        QCoreApplication.translate("SummaryPrint", "Include the texts"),
        QMessageBox.ButtonRole.YesRole,
    )
    leave_out = box.addButton(
        QCoreApplication.translate("SummaryPrint", "Leave them out"),
        QMessageBox.ButtonRole.NoRole,
    )
    box.setDefaultButton(leave_out)
    box.exec()
    clicked = box.clickedButton()
    if clicked is include:
        return True
    if clicked is leave_out:
        return False
    return None


class SummaryPrint(QObject):
    """``printed(log_id)`` once a summary was logged and sent to the printer."""

    printed = Signal(int)

    def __init__(self, pf: PracticeFile, parent: QWidget) -> None:
        super().__init__(parent)
        self._service = DocumentService(pf)
        self.busy = False
        self.job: PrintJob | None = None
        self.rendered: RenderedDocument | None = None

    def _widget(self) -> QWidget:
        """The editor (not kept in an attribute: that would keep a deleted editor's wrapper)."""
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    def start(self, session_id: int, *, include_confidential: bool = False) -> bool:
        """Prepare the summary and build it off the UI thread; the preview opens when done."""
        if self.busy:
            return False
        try:
            prepared = self._service.prepare_summary(
                session_id, include_confidential=include_confidential
            )
        except Exception as exc:
            messages.show_error(self._widget(), exc)
            return False
        self.busy = True
        run_in_background(lambda: render(prepared), self._on_rendered, self._on_failed)
        return True

    def _on_rendered(self, rendered: RenderedDocument) -> None:
        self.busy = False
        if not self._widget().isVisible():
            return  # the window locked meanwhile: no summary on screen behind the lock
        self.rendered = rendered
        if self.job is not None:
            self.job.deleteLater()
        self.job = PrintJob(self._service, rendered, self._widget())
        self.job.printed.connect(self.printed)
        self.job.open_preview()

    def _on_failed(self, exc: BaseException) -> None:
        self.busy = False
        messages.show_error(self._widget(), exc)
