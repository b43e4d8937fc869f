"""A live preview of a PDF held in memory (QtPdf), with an "updating…" state and a message page.

``show_pdf(data)`` loads new bytes through a ``QBuffer`` (the PDF never touches the disk) and
keeps the reader's place in the document; ``set_updating(True)`` shows a small badge while a
newer version is being built; ``show_message(text)`` replaces the pages with a sentence (why
there is no preview). The buffer of the shown document lives as long as the document: QtPdf
reads from it on demand.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.form_parts import mute

_BADGE_STYLE = (
    "QLabel { background: #fff4d6; color: #6b4a00; border: 1px solid #ecd08c;"
    " border-radius: 9px; padding: 1px 10px; }"
)


class PdfPreview(QFrame):
    """Pages of one PDF, fitted to the width, scrolling through all pages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_preview")
        self.setStyleSheet(
            "QFrame#pdf_preview { border: 1px solid palette(mid); border-radius: 6px; }"
        )
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._data = b""

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(14)
        self.view.setDocumentMargins(QMargins(18, 18, 18, 18))
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setAccessibleName(self.tr("Preview of the document"))
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.Dark, QColor("#d9dce1"))
        self.view.setPalette(palette)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setContentsMargins(40, 40, 40, 40)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mute(self.message_label)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message_label)

        self.title_label = QLabel(self.tr("Preview"))
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.pages_label = mute(QLabel())
        self.updating_label = QLabel(self.tr("Updating…"))
        self.updating_label.setStyleSheet(_BADGE_STYLE)
        self.updating_label.setAccessibleName(self.tr("The preview is being updated"))
        self.updating_label.hide()
        top = QHBoxLayout()
        top.setContentsMargins(12, 8, 12, 6)
        top.setSpacing(6)
        top.addWidget(self.title_label)
        top.addWidget(self.pages_label)
        top.addStretch(1)
        top.addWidget(self.updating_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.show_message(self.tr("The preview appears here."))

    # -- what is shown ------------------------------------------------------------------------
    @property
    def data(self) -> bytes:
        """The PDF bytes on screen (b"" when none)."""
        return self._data

    def page_count(self) -> int:
        return self.document.pageCount() if self._data else 0

    def is_updating(self) -> bool:
        return not self.updating_label.isHidden()

    def set_updating(self, updating: bool) -> None:
        self.updating_label.setVisible(updating)

    def show_pdf(self, data: bytes) -> bool:
        """Show ``data``; keeps the place in the document. False when QtPdf cannot read it."""
        scroll = self.view.verticalScrollBar()
        fraction = scroll.value() / scroll.maximum() if scroll.maximum() > 0 else 0.0
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)  # closes the previous document, which used the old buffer
        old, self._buffer = self._buffer, buffer
        if old is not None:
            old.close()
        if self.document.status() is not QPdfDocument.Status.Ready:
            self._data = b""
            self.show_message(self.tr("The preview could not be shown."))
            return False
        self._data = data
        count = self.document.pageCount()
        self.pages_label.setText(
            "· "
            + (self.tr("1 page") if count == 1 else self.tr("{count} pages").format(count=count))
        )
        self.stack.setCurrentWidget(self.view)
        QTimer.singleShot(0, self, lambda: self._restore_scroll(fraction))
        return True

    def show_message(self, text: str) -> None:
        """No pages: say why (a refusal, an error, nothing built yet)."""
        self.message_label.setText(text)
        self.message_label.setAccessibleName(text)
        self.stack.setCurrentWidget(self.message_label)
        self.pages_label.clear()

    def message(self) -> str:
        """The sentence shown instead of the pages ("" while pages are shown)."""
        return self.message_label.text() if self.stack.currentWidget() is self.message_label else ""

    def clear(self) -> None:
        """Forget the document (nothing of it stays in memory here)."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None
        self._data = b""

    def _restore_scroll(self, fraction: float) -> None:
        scroll = self.view.verticalScrollBar()
        scroll.setValue(round(fraction * scroll.maximum()))
