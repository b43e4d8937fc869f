"""Taking a money document out of the app: built off the UI thread, then saved or printed.

``MoneyOutput(pf, parent)`` is shared by the invoice editor, the invoices page (reminders), the
reports page and the client page. ``save_pdf(document, path=None)`` and ``print_pdf(document,
printer=None)`` accept a prepared document, an already rendered one, or a function that
prepares it (called here, on the UI thread, so a refusal is shown as a message). The PDF is
built with ``money_documents.render`` on a worker; then the file dialog opens (no ``path``) or
the file is written at once, and logged (``MoneyDocumentService.save``). Printing goes through
``ui/documents/printing.PrintJob``: logged before any page is painted.
``cancel()`` (the window locks) drops a result still being built and closes the dialogs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from mentordesk.errors import UserError
from mentordesk.services.document_log import DocumentLogEntry
from mentordesk.services.money_documents import (
    MoneyDocumentService,
    PreparedMoneyDocument,
    RenderedMoneyDocument,
    render,
)
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import messages
from mentordesk.ui.documents.printing import PrintJob
from mentordesk.ui.workers import run_in_background

log = logging.getLogger(__name__)
Source = PreparedMoneyDocument | RenderedMoneyDocument | Callable[[], PreparedMoneyDocument]


class MoneyOutput(QObject):
    """``saved(log_id, file_name)``, ``printed(log_id)``; ``busy_changed(busy)`` while a PDF
    is built; ``failed(text)`` when preparing, building or saving was refused (also shown)."""

    saved = Signal(int, str)
    printed = Signal(int)
    busy_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, pf: PracticeFile, parent: QWidget) -> None:
        super().__init__(parent)
        self.service = MoneyDocumentService(pf)
        self.file_dialog: QFileDialog | None = None
        self.print_job: PrintJob | None = None
        self.last_rendered: RenderedMoneyDocument | None = None
        self.folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        self._generation = 0
        self._busy = False

    def _widget(self) -> QWidget:
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    @property
    def busy(self) -> bool:
        return self._busy

    # -- the two ways out ---------------------------------------------------------------------
    def save_pdf(self, source: Source, path: Path | str | None = None, *, title: str = "") -> None:
        """Save the PDF to ``path``, or ask where (the last folder, the suggested name)."""
        target = Path(path) if path is not None else None

        def then(rendered: RenderedMoneyDocument) -> None:
            if target is None:
                self._ask_where(rendered, title or self.tr("Save as PDF"))
            else:
                self.save_rendered(rendered, target)

        self._with_rendered(source, then)

    def print_pdf(self, source: Source, printer: QPrinter | None = None) -> None:
        """Print with Qt's print preview, or straight onto ``printer`` (tests, print to file)."""

        def then(rendered: RenderedMoneyDocument) -> None:
            job = self._new_print_job(rendered)
            if printer is None:
                job.open_preview()
            else:
                job.print_to(printer)

        self._with_rendered(source, then)

    def save_text(
        self,
        write: Callable[[Path], DocumentLogEntry],
        suggested_name: str,
        path: Path | str | None = None,
        *,
        title: str = "",
    ) -> None:
        """A CSV file: ``write(path)`` writes and logs it (asks where when ``path`` is None)."""
        if path is not None:
            self._write(write, Path(path))
            return
        dialog = self._file_dialog(
            title or self.tr("Save as CSV"), suggested_name, self.tr("CSV files (*.csv)"), "csv"
        )
        dialog.fileSelected.connect(lambda chosen: self._write(write, Path(chosen)))
        dialog.open()

    def save_rendered(self, rendered: RenderedMoneyDocument, path: Path) -> DocumentLogEntry | None:
        """Write and log ``rendered`` at ``path`` now; None when refused (and shown)."""
        return self._write(lambda target: self.service.save(rendered, target), path)

    def cancel(self) -> None:
        """Drop a document still being built and close the dialogs (the window locks)."""
        self._generation += 1
        self._set_busy(False)
        self.last_rendered = None
        for dialog in (self.file_dialog, self.print_job.dialog if self.print_job else None):
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.close()
        self.file_dialog = None

    # -- helpers ------------------------------------------------------------------------------
    def _with_rendered(
        self, source: Source, then: Callable[[RenderedMoneyDocument], object]
    ) -> None:
        if isinstance(source, RenderedMoneyDocument):
            then(source)
            return
        prepared = source if isinstance(source, PreparedMoneyDocument) else self._prepare(source)
        if prepared is None:
            return
        generation = self._generation
        self._set_busy(True)
        run_in_background(
            lambda: render(prepared),
            lambda rendered: self._on_rendered(generation, rendered, then),
            lambda exc: self._on_failed(generation, exc),
        )

    def _prepare(self, make: Callable[[], PreparedMoneyDocument]) -> PreparedMoneyDocument | None:
        try:
            return make()
        except Exception as exc:
            self._refused(exc)
            return None

    def _on_rendered(
        self,
        generation: int,
        rendered: RenderedMoneyDocument,
        then: Callable[[RenderedMoneyDocument], object],
    ) -> None:
        if generation != self._generation:
            return  # cancelled (locked) meanwhile: nothing leaves the app
        self._set_busy(False)
        self.last_rendered = rendered
        then(rendered)

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self._refused(exc)

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            log.error("a money document could not be made", exc_info=exc)
        self.failed.emit(messages.error_text(exc))
        messages.show_error(self._widget(), exc)

    def _file_dialog(self, title: str, name: str, filters: str, suffix: str) -> QFileDialog:
        dialog = QFileDialog(self._widget(), title, str(Path(self.folder) / name), filters)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setDefaultSuffix(suffix)
        self.file_dialog = dialog
        return dialog

    def _ask_where(self, rendered: RenderedMoneyDocument, title: str) -> None:
        dialog = self._file_dialog(
            title, rendered.prepared.suggested_name, self.tr("PDF documents (*.pdf)"), "pdf"
        )
        dialog.fileSelected.connect(lambda chosen: self.save_rendered(rendered, Path(chosen)))
        dialog.open()

    def _write(
        self, write: Callable[[Path], DocumentLogEntry], path: Path
    ) -> DocumentLogEntry | None:
        try:
            entry = write(path)
        except Exception as exc:
            self._refused(exc)
            return None
        self.folder = str(path.parent)
        self.saved.emit(entry.id, path.name)
        return entry

    def _new_print_job(self, rendered: RenderedMoneyDocument) -> PrintJob:
        if self.print_job is not None:
            self.print_job.deleteLater()
        job = PrintJob(self.service, rendered, self._widget())
        job.printed.connect(self.printed)
        self.print_job = job
        return job

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
