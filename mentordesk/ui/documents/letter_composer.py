"""The letter composer: a progress letter put together on the left, its live preview on the right.

The mentor chooses the recipient (the client; a payer, the referrer or another party when the
client consented) and the language, ticks the goals and sessions to include (confidential ones
start unticked and masked, private ones cannot be ticked), edits the texts, and saves the letter
as a PDF or prints it. Every change rebuilds the preview about 400 ms later.

Threads: reading the file (``DocumentService.prepare_letter``, ``letter_texts``) and writing
it (``save``, ``record_printed``) happen here on the UI thread; building the PDF
(``services.documents.render``, reportlab) runs on a worker (``run_in_background``), one at a
time. A result that no longer matches what is on screen is dropped and the next one built.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from mentordesk.errors import UserError
from mentordesk.services.documents import (
    DocumentService,
    LetterRequest,
    PreparedDocument,
    RecipientKind,
    RecipientOption,
    RenderedDocument,
    render,
)
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import messages
from mentordesk.ui.documents.consent_dialog import ConsentDialog
from mentordesk.ui.documents.letter_layout import ComposerLayout
from mentordesk.ui.documents.printing import PrintJob
from mentordesk.ui.reveal import RevealState
from mentordesk.ui.workers import run_in_background

log = logging.getLogger(__name__)


class LetterComposer(ComposerLayout):
    """A tab for one client's progress letter.

    ``document_saved(log_id)`` / ``document_printed(log_id)``: a PDF left the app and was
    logged; ``consent_changed(client_id)``: a consent was recorded from here;
    ``preview_updated(page_count)``: the preview shows the current letter;
    ``close_requested()``: the mentor chose Close.
    """

    document_saved = Signal(int)
    document_printed = Signal(int)
    consent_changed = Signal(int)
    preview_updated = Signal(int)
    close_requested = Signal()

    PREVIEW_DELAY_MS = 400

    def __init__(
        self,
        pf: PracticeFile,
        reveal: RevealState,
        client_id: int,
        parent: QWidget | None = None,
    ) -> None:
        self.pf = pf
        self.client_id = client_id
        self._service = DocumentService(pf)
        choices = self._service.letter_choices(client_id)  # NotFoundError before any widget
        super().__init__(reveal, choices, pf.clients.get(client_id).display_name, parent)
        self.rendered: RenderedDocument | None = None  # the PDF in the preview
        self.print_job: PrintJob | None = None
        self.consent_dialog: ConsentDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self._rendering = False  # a preview build is on a worker
        self._dirty = False  # the letter changed while it was being built
        self._to_client = self.recipient_bar.option().recipient.kind is RecipientKind.CLIENT
        self._closed = False
        self._then: Callable[[RenderedDocument], object] | None = None
        self._folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

        self._refill_texts()
        self._connect()
        self._update_buttons()
        self.schedule_preview()

    def _connect(self) -> None:
        self.recipient_bar.recipient_changed.connect(self._on_recipient_bar_recipient_changed)
        self.recipient_bar.language_changed.connect(self._on_recipient_bar_language_changed)
        self.recipient_bar.consent_requested.connect(self.record_consent)
        self.goal_list.changed.connect(self.schedule_preview)
        self.session_list.changed.connect(self.schedule_preview)
        self.texts.changed.connect(self.schedule_preview)
        self.save_button.clicked.connect(self.choose_file_and_save)
        self.print_button.clicked.connect(self.open_print_preview)
        self.close_button.clicked.connect(self.close_requested)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence.StandardKey.Save, self.choose_file_and_save),
            (QKeySequence.StandardKey.Print, self.open_print_preview),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # -- what the letter holds ----------------------------------------------------------------
    def request(self, *, with_texts: bool = True) -> LetterRequest:
        normal, confidential = self.session_list.checked()
        texts = self.texts.texts() if with_texts else None
        return LetterRequest(
            client_id=self.client_id,
            recipient=self.recipient_bar.option().recipient,
            language=self.recipient_bar.language(),
            goal_ids=self.goal_list.checked_ids(),
            session_ids=normal,
            include_confidential=confidential,
            subject=texts.subject if texts else None,
            salutation=texts.salutation if texts else None,
            intro=texts.intro if texts else None,
            next_steps=texts.next_steps if texts else None,
            closing=texts.closing if texts else None,
        )

    def _refill_texts(self) -> None:
        """The default texts for the recipient and language, where the mentor has not typed."""
        if not self.recipient_bar.option().allowed:
            return
        try:
            defaults = self._service.letter_texts(self.request(with_texts=False))
        except UserError:
            return  # said when the preview is built
        self.texts.refill(defaults)

    def _prepare(self, *, for_preview: bool) -> PreparedDocument | None:
        """The letter as the file holds it now; a refusal is shown (None)."""
        try:
            return self._service.prepare_letter(self.request())
        except UserError as exc:  # a missing consent, a goal or session gone meanwhile
            text = exc.text()
        except Exception as exc:
            if for_preview:
                log.exception("preparing the letter preview failed")
                self.preview.show_message(messages.error_text(exc))
            else:
                messages.show_error(self, exc)
            return None
        if for_preview:
            self.preview.show_message(self.tr("No preview: {reason}").format(reason=text))
        else:
            self.error_label.show_message(text)
        return None

    # -- the live preview ---------------------------------------------------------------------
    def schedule_preview(self) -> None:
        """Rebuild the preview once the mentor pauses (``PREVIEW_DELAY_MS``)."""
        self.error_label.clear_message()
        self.preview.set_updating(True)
        self._timer.start()

    def preview_pending(self) -> bool:
        """Whether a newer preview is waiting or being built (tests wait for False)."""
        return self._timer.isActive() or self._rendering

    def _on_timer_timeout(self) -> None:
        if self._rendering:
            self._dirty = True  # the running build is stale: it starts the next one
            return
        self._dirty = False
        if not self.recipient_bar.option().allowed:  # the bar above says why, with a way out
            self.rendered = None
            self.preview.set_updating(False)
            self.preview.show_message(
                self.tr("No preview until the client's consent for this recipient is recorded.")
            )
            return
        self._refill_texts()
        prepared = self._prepare(for_preview=True)
        if prepared is None:
            self.rendered = None
            self.preview.set_updating(False)
            return
        if self.rendered is not None and self.rendered.prepared == prepared:
            self.preview.set_updating(False)
            self.preview_updated.emit(self.preview.page_count())
            return
        self._rendering = True
        run_in_background(
            lambda: render(prepared), self._on_preview_rendered, self._on_preview_failed
        )

    def _on_preview_rendered(self, rendered: RenderedDocument) -> None:
        self._rendering = False
        if self._closed:
            return
        if self._timer.isActive():
            return  # changed meanwhile: the timer builds the newer letter
        if self._dirty:
            self._on_timer_timeout()  # changed while building: drop this one, build the next
            return
        self._show_rendered(rendered)

    def _show_rendered(self, rendered: RenderedDocument) -> None:
        self.rendered = rendered
        self.preview.set_updating(False)
        if self.preview.show_pdf(rendered.pdf):
            self.preview_updated.emit(self.preview.page_count())

    def _on_preview_failed(self, exc: BaseException) -> None:
        self._rendering = False
        if self._closed:
            return
        if self._timer.isActive():
            return
        if self._dirty:
            self._on_timer_timeout()
            return
        self.preview.set_updating(False)
        log.error("building the letter preview failed", exc_info=exc)
        self.preview.show_message(messages.error_text(exc))

    # -- saving and printing ------------------------------------------------------------------
    def choose_file_and_save(self) -> QFileDialog | None:
        """Ask where to save (the Documents folder, the suggested name), then save there."""
        if not self.save_button.isEnabled():
            return None
        self.error_label.clear_message()
        prepared = self._prepare(for_preview=False)
        if prepared is None:
            return None
        dialog = QFileDialog(
            self,
            self.tr("Save the letter as PDF"),
            str(Path(self._folder) / prepared.suggested_name),
            self.tr("PDF documents (*.pdf)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(self.save_to)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def save_to(self, path: str | Path) -> None:
        """Save the letter as it is on screen to ``path`` and log it (``document_saved``)."""
        target = Path(path)
        self._with_rendered(lambda rendered: self._save(rendered, target))

    def print_to(self, printer: QPrinter) -> None:
        """Log and print the letter on ``printer`` without a dialog (``document_printed``)."""
        self._with_rendered(lambda rendered: self._new_print_job(rendered).print_to(printer))

    def open_print_preview(self) -> None:
        """Qt's print preview; its Print button asks for the printer and prints."""
        if self.print_button.isEnabled():
            self._with_rendered(lambda rendered: self._new_print_job(rendered).open_preview())

    def _with_rendered(self, then: Callable[[RenderedDocument], object]) -> None:
        """Call ``then`` with the letter as it is now, built off the UI thread if needed."""
        self.error_label.clear_message()
        prepared = self._prepare(for_preview=False)
        if prepared is None:
            return
        if self.rendered is not None and self.rendered.prepared == prepared:
            then(self.rendered)
            return
        self._then = then
        self._set_busy(True)
        run_in_background(
            lambda: render(prepared), self._on_action_rendered, self._on_action_failed
        )

    def _on_action_rendered(self, rendered: RenderedDocument) -> None:
        then, self._then = self._then, None
        if self._closed:
            return  # closed (or locked) while the PDF was built: nothing leaves the app
        self._set_busy(False)
        if not self._rendering and not self._timer.isActive():
            self._show_rendered(rendered)
        if then is not None:
            then(rendered)

    def _on_action_failed(self, exc: BaseException) -> None:
        self._then = None
        if self._closed:
            return
        self._set_busy(False)
        messages.show_error(self, exc)

    def _save(self, rendered: RenderedDocument, path: Path) -> None:
        try:
            entry = self._service.save(rendered, path)
        except UserError as exc:
            self.error_label.show_message(exc.text())
            return
        except Exception as exc:
            messages.show_error(self, exc)
            return
        self._folder = str(path.parent)
        self.status_label.setText(
            self.tr("Saved as {name} and noted in the client's document log.").format(
                name=path.name
            )
        )
        self.document_saved.emit(entry.id)

    def _new_print_job(self, rendered: RenderedDocument) -> PrintJob:
        if self.print_job is not None:
            self.print_job.deleteLater()
        job = PrintJob(self._service, rendered, self)
        job.printed.connect(self._on_print_job_printed)
        self.print_job = job
        return job

    def _on_print_job_printed(self, log_id: int) -> None:
        self.status_label.setText(self.tr("Printed and noted in the client's document log."))
        self.document_printed.emit(log_id)

    # -- consent ------------------------------------------------------------------------------
    def record_consent(self, option: RecipientOption | None = None) -> ConsentDialog | None:
        """Open the consent dialog for ``option`` (default: the chosen recipient)."""
        chosen = option if option is not None else self.recipient_bar.option()
        kind = chosen.recipient.kind
        try:
            dialog = ConsentDialog(
                self.pf,
                self.client_id,
                kind=kind if kind is not RecipientKind.CLIENT else RecipientKind.PAYER,
                payer_id=chosen.recipient.payer_id,
                party_name=chosen.name if kind is not RecipientKind.PAYER else "",
                parent=self,
            )
        except Exception as exc:
            messages.show_error(self, exc)
            return None
        dialog.consent_recorded.connect(self._on_consent_dialog_consent_recorded)
        self.consent_dialog = dialog
        dialog.open()
        return dialog

    def _on_consent_dialog_consent_recorded(self, _consent_id: int) -> None:
        self.reload_recipients()
        self.consent_changed.emit(self.client_id)

    def reload_recipients(self) -> None:
        """Read the recipients again (a consent was recorded or withdrawn)."""
        try:
            options = self._service.recipients(self.client_id)
        except Exception as exc:
            messages.show_error(self, exc)
            return
        self.recipient_bar.load(options)
        self._on_recipient_bar_recipient_changed()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing (a lock closes the tab) drops what is still being built."""
        self._closed = True
        self._timer.stop()
        self._then = None
        self.preview.clear()
        super().closeEvent(event)

    # -- reacting -----------------------------------------------------------------------------
    def _on_recipient_bar_recipient_changed(self) -> None:
        to_client = self.recipient_bar.option().recipient.kind is RecipientKind.CLIENT
        if to_client != self._to_client:
            self._to_client = to_client
            normal, confidential = self.session_list.checked()
            if not to_client:
                self.session_list.uncheck_all()  # a third party gets no session unless chosen
            elif not normal and not confidential:
                self.session_list.check_suggested()
        self._refill_texts()
        self._update_buttons()
        self.schedule_preview()

    def _on_recipient_bar_language_changed(self) -> None:
        self._refill_texts()
        self.schedule_preview()

    def _update_buttons(self) -> None:
        allowed = self.recipient_bar.option().allowed and not self.busy
        self.save_button.setEnabled(allowed)
        self.print_button.setEnabled(allowed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.status_label.setText(self.tr("Preparing the PDF…") if busy else "")
        self._update_buttons()
