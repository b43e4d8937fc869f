"""Printing a rendered document through Qt's print dialog, with a preview first.

``PrintJob(service, rendered, parent).open_preview()`` opens ``QPrintPreviewDialog`` (without
blocking). The preview asks for the pages at screen resolution; when the mentor accepts the
print dialog, the job first logs the print (``DocumentService.record_printed``: the consent is
checked again and a document-log row written) and only then paints the pages onto the printer.
If logging is refused, nothing is painted, so nothing is printed.

``print_document(printer, rendered)`` is the painting step: each PDF page rendered by QtPdf
(``QPdfDocument.render``) at the printer's resolution (capped at ``MAX_DPI``: 600 dpi is sharp
on paper and an A4 page stays ~140 MB in memory) and scaled onto the page, keeping its shape.
An invisible text layer goes over each page (the page's own text, where QtPdf found it), so that
"print to PDF" gives a file that can still be searched and copied from.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintEngine,
    QPainter,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from mentordesk.services.documents import DocumentLogEntry, RenderedDocument
from mentordesk.services.money_documents import RenderedMoneyDocument
from mentordesk.ui import messages

log = logging.getLogger(__name__)

MAX_DPI = 600
PREVIEW_DPI = 150


Printable = RenderedDocument | RenderedMoneyDocument


class PrintLog(Protocol):
    """What logs a print: ``DocumentService`` (letters) or ``MoneyDocumentService``."""

    def record_printed(self, document: Any, printer: str = "") -> DocumentLogEntry: ...


class PrintFailedError(Exception):
    """The printer could not be started (QPainter.begin failed)."""


def printer_name(printer: QPrinter) -> str:
    """What the log records as where the document went: the printer, or the PDF file."""
    if printer.outputFormat() is QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return printer.outputFileName()
    return printer.printerName()


def is_preview(printer: QPrinter) -> bool:
    """Whether ``printer`` is painting for the preview widget, not for paper."""
    engine = printer.paintEngine()
    return engine is not None and engine.type() is QPaintEngine.Type.Picture


def load_pdf(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A ``QPdfDocument`` reading ``data`` from memory; keep the buffer as long as the document."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    return document, buffer


def print_document(
    printer: QPrinter, rendered: Printable | bytes, *, dpi: int | None = None
) -> int:
    """Paint every page of the PDF onto ``printer``; returns the number of pages painted.

    ``dpi``: the resolution to render at (default: the printer's, at most ``MAX_DPI``).
    Raises ``PrintFailedError`` when the printer cannot be started.
    """
    data = rendered if isinstance(rendered, bytes) else rendered.pdf
    document, buffer = load_pdf(data)
    try:
        if document.status() is not QPdfDocument.Status.Ready:
            raise PrintFailedError("the document could not be read")
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailedError(printer_name(printer) or "printer")
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)  # the preview scales
        try:
            wanted = min(dpi or printer.resolution(), MAX_DPI)
            for page in range(document.pageCount()):
                if page:
                    printer.newPage()
                _paint_page(painter, document, page, wanted / max(printer.resolution(), 1))
        finally:
            painter.end()
        return document.pageCount()
    finally:
        document.close()
        buffer.close()


def _paint_page(painter: QPainter, document: QPdfDocument, page: int, scale: float) -> None:
    area = QRectF(painter.viewport())
    size = document.pagePointSize(page)
    if size.isEmpty() or area.isEmpty():
        return
    fit = min(area.width() / size.width(), area.height() / size.height())
    target = QRectF(0, 0, size.width() * fit, size.height() * fit)
    target.moveCenter(area.center())
    pixels = QSize(max(1, round(target.width() * scale)), max(1, round(target.height() * scale)))
    painter.drawImage(target, on_white(document.render(page, pixels)))
    engine = painter.paintEngine()
    if engine is None or engine.type() is not QPaintEngine.Type.Picture:  # not for the preview
        _draw_text_layer(painter, document, page, target, fit)


def on_white(image: QImage) -> QImage:
    """``image`` (QtPdf leaves the paper transparent) on white paper, without alpha: printers
    and the PDF engine need no soft mask then."""
    image.convertTo(QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
    painter.fillRect(image.rect(), QColor("white"))
    painter.end()
    image.convertTo(QImage.Format.Format_RGB32)
    return image


def _draw_text_layer(
    painter: QPainter, document: QPdfDocument, page: int, target: QRectF, fit: float
) -> None:
    """The page's text, line by line where QtPdf found it, fully transparent."""
    painter.save()
    painter.setPen(QColor(0, 0, 0, 0))
    base = QFont(painter.font())
    position = 0
    for line in document.getAllText(page).text().split("\r\n"):
        start, position = position, position + len(line) + 2
        if not line.strip():
            continue
        selection = document.getSelectionAtIndex(page, start, len(line))
        box = selection.boundingRectangle()
        if selection.text() != line or box.isEmpty():
            continue
        rect = QRectF(
            target.left() + box.left() * fit,
            target.top() + box.top() * fit,
            box.width() * fit,
            box.height() * fit,
        )
        font = QFont(base)
        font.setPixelSize(max(1, round(rect.height())))
        metrics = QFontMetricsF(font, painter.device())
        width = metrics.horizontalAdvance(line)
        painter.save()
        painter.setFont(font)
        painter.translate(rect.left(), rect.bottom() - metrics.descent())
        if width > 0:
            painter.scale(rect.width() / width, 1.0)
        painter.drawText(QPointF(0, 0), line)
        painter.restore()
    painter.restore()


class PrintJob(QObject):
    """One rendered document on its way to a printer. ``printed(log_id)`` once it is logged
    and painted; a refusal (consent withdrawn meanwhile) is shown and nothing is printed."""

    printed = Signal(int)

    def __init__(self, service: PrintLog, rendered: Printable, parent: QWidget) -> None:
        super().__init__(parent)
        self._service = service
        self.rendered = rendered
        self.dialog: QPrintPreviewDialog | None = None
        self.printer: QPrinter | None = None
        self.entry: DocumentLogEntry | None = None

    def _widget(self) -> QWidget:
        """The widget that printed (not kept in an attribute, which would keep it alive)."""
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    def make_printer(self) -> QPrinter:
        """A printer set up for the document: its page size, the whole sheet to paint on."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        document, buffer = load_pdf(self.rendered.pdf)
        try:
            if document.pageCount():
                size = document.pagePointSize(0)
                page_size = QPageSize(size, QPageSize.Unit.Point)
                printer.setPageSize(page_size)
                orientation = (
                    QPageLayout.Orientation.Landscape
                    if size.width() > size.height()
                    else QPageLayout.Orientation.Portrait
                )
                printer.setPageOrientation(orientation)
        finally:
            document.close()
            buffer.close()
        printer.setFullPage(True)
        printer.setDocName(Path(self.rendered.prepared.suggested_name).stem)
        return printer

    def open_preview(self) -> QPrintPreviewDialog:
        """Open the print preview (window-modal, not blocking); its Print button prints."""
        self.printer = self.make_printer()
        dialog = QPrintPreviewDialog(self.printer, self._widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(
            self.tr("Print preview — {name}").format(
                name=Path(self.rendered.prepared.suggested_name).stem
            )
        )
        window = self._widget().window()
        dialog.resize(min(1000, max(700, window.width() - 120)), max(600, window.height() - 80))
        dialog.paintRequested.connect(self._on_dialog_paint_requested)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_paint_requested(self, printer: QPrinter) -> None:
        if is_preview(printer):
            try:
                print_document(printer, self.rendered, dpi=PREVIEW_DPI)
            except Exception:
                log.exception("painting the print preview failed")
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> DocumentLogEntry | None:
        """Log the print, then paint the pages onto ``printer``. None when refused (nothing is
        printed) or when the printer could not be started (the row stays: an attempt to print
        is logged rather than missed); the reason is shown either way."""
        try:
            entry = self._service.record_printed(self.rendered, printer_name(printer))
        except Exception as exc:
            messages.show_error(self._widget(), exc)
            return None
        try:
            print_document(printer, self.rendered)
        except PrintFailedError:
            log.warning("the printer could not be started")
            messages.show_info(
                self._widget(),
                self.tr(
                    "The printer could not be started. Check that it is switched on and "
                    "connected, then print again."
                ),
            )
            return None
        self.entry = entry
        self.printed.emit(entry.id)
        return entry
