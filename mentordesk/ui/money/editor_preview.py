"""The invoice editor's live preview: rebuilt about 400 ms after the last change, the PDF made
on a worker (``money_documents.render``) one at a time; a result that no longer matches what is
on screen is dropped and the next one built. ``InvoiceEditor`` says what to prepare."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from mentordesk.services.invoices import InvoiceService
from mentordesk.services.money_documents import (
    PreparedMoneyDocument,
    RenderedMoneyDocument,
    render,
)
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import Client
from mentordesk.ui import messages
from mentordesk.ui.money.editor_actions import EditorActions
from mentordesk.ui.workers import run_in_background

log = logging.getLogger(__name__)


class EditorPreview(EditorActions):
    """``preview_updated(page_count)``: the preview shows the invoice as it is now."""

    preview_updated = Signal(int)

    PREVIEW_DELAY_MS = 400

    def __init__(
        self, pf: PracticeFile, service: InvoiceService, client: Client, parent: QWidget | None
    ) -> None:
        super().__init__(pf, service, client, parent)
        self._rendering = False  # a preview build is on a worker
        self._dirty = False  # the invoice changed while it was being built
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def _prepare_preview(self) -> PreparedMoneyDocument | None:
        """What the preview shows now; None (and a message in the preview) when nothing."""
        raise NotImplementedError

    # -- the live preview ---------------------------------------------------------------------
    def schedule_preview(self) -> None:
        if self._closed:
            return
        self.error_label.clear_message()
        self.preview.set_updating(True)
        self._timer.start()

    def preview_pending(self) -> bool:
        """Whether a newer preview is waiting or being built (tests wait for False)."""
        return self._timer.isActive() or self._rendering

    def _on_timer_timeout(self) -> None:
        if self._rendering:
            self._dirty = True
            return
        self._dirty = False
        prepared = self._prepare_preview()
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

    def _on_preview_rendered(self, rendered: RenderedMoneyDocument) -> None:
        self._rendering = False
        if self._closed or self._timer.isActive():
            return
        if self._dirty:
            self._on_timer_timeout()
            return
        self.rendered = rendered
        self.preview.set_updating(False)
        if self.preview.show_pdf(rendered.pdf):
            self.preview_updated.emit(self.preview.page_count())

    def _on_preview_failed(self, exc: BaseException) -> None:
        self._rendering = False
        if self._closed or self._timer.isActive():
            return
        if self._dirty:
            self._on_timer_timeout()
            return
        self.preview.set_updating(False)
        log.error("building the invoice preview failed", exc_info=exc)
        self.preview.show_message(messages.error_text(exc))
