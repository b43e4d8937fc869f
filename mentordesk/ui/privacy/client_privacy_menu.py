"""The client page's "Privacy" button: the client's rights under the GDPR (AVG) in one menu,
the access request (export everything) and erasure."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QMenu, QToolButton, QWidget

from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import messages
from mentordesk.ui.privacy.access_dialog import AccessRequestDialog
from mentordesk.ui.privacy.erasure_dialog import ErasureDialog

D = TypeVar("D", AccessRequestDialog, ErasureDialog)


class ClientPrivacyMenu(QToolButton):
    """``access_exported(path)`` after an access-request ZIP was written (the document log
    changed); ``client_erased(client_id)`` after the client was erased (reload everything)."""

    access_exported = Signal(str)
    client_erased = Signal(int)

    def __init__(self, pf: PracticeFile, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pf = pf
        self.client_id = client_id
        self.dialog: AccessRequestDialog | ErasureDialog | None = None  # the last one opened
        self.setText(self.tr("&Privacy ▾"))
        self.setToolTip(self.tr("The client's rights: access to their data, and erasure"))
        self.setAccessibleName(self.tr("Privacy: access request and erasure"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.menu_ = QMenu(self)
        self.access_action = self.menu_.addAction(self.tr("&Access request: export all data…"))
        self.access_action.setToolTip(
            self.tr("Everything about this client in a ZIP with a PDF and data.json")
        )
        self.menu_.addSeparator()
        self.erase_action = self.menu_.addAction(self.tr("&Erase client…"))
        self.erase_action.setToolTip(
            self.tr("Erase the client's personal content; invoices stay for the tax office")
        )
        self.setMenu(self.menu_)
        self.access_action.triggered.connect(self.open_access_request)
        self.erase_action.triggered.connect(self.open_erasure)

    def place_in(self, header: QWidget) -> None:
        """Put the button at the end of the header's first row of buttons (the client page's
        ``ClientHeader``), or below it when the header has no such row."""
        layout = header.layout()
        first = layout.itemAt(0) if layout is not None else None
        row = first.layout() if first is not None else None
        if isinstance(row, QBoxLayout):
            row.addWidget(self)
        elif layout is not None:
            layout.addWidget(self)

    def open_access_request(self) -> AccessRequestDialog | None:
        try:
            dialog = AccessRequestDialog(self.pf, self.client_id, self.window())
        except Exception as exc:
            messages.show_error(self, exc)
            return None
        dialog.exported.connect(self.access_exported)
        return self._open(dialog)

    def open_erasure(self) -> ErasureDialog | None:
        try:
            dialog = ErasureDialog(self.pf, self.client_id, self.window())
        except Exception as exc:
            messages.show_error(self, exc)
            return None
        dialog.erased.connect(self.client_erased)
        return self._open(dialog)

    def _open(self, dialog: D) -> D:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
