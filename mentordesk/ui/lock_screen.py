"""What a locked window shows: no client data, only a way back in with the passphrase."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mentordesk.ui import messages, workers
from mentordesk.ui.form_parts import BusyBar, InlineError, PassphraseEdit


class LockScreen(QWidget):
    """Emits ``unlocked`` once ``verify(passphrase)`` said yes (checked off the UI thread)."""

    unlocked = Signal()

    def __init__(self, verify: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._verify = verify
        self._busy = False
        title = QLabel(self.tr("MentorDesk is locked"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explanation = QLabel(
            self.tr(
                "Your clients' information is hidden. Enter the passphrase of this practice "
                "file to continue."
            )
        )
        explanation.setWordWrap(True)
        explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase_edit = PassphraseEdit(self.tr("Passphrase"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.error_label = InlineError()
        self.busy_bar = BusyBar()

        row = QHBoxLayout()
        row.addWidget(self.passphrase_edit, 1)
        row.addWidget(self.unlock_button)
        box = QWidget()
        box.setFixedWidth(480)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(explanation)
        inner.addSpacing(12)
        inner.addLayout(row)
        inner.addWidget(self.error_label)
        inner.addWidget(self.busy_bar)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(box)
        centred.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)

        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.passphrase_edit.returnPressed.connect(self._on_unlock_button_clicked)
        self.passphrase_edit.textEdited.connect(self.error_label.clear_message)

    def reset(self) -> None:
        self.passphrase_edit.clear()
        self.error_label.clear_message()
        self.passphrase_edit.setFocus()

    def _on_unlock_button_clicked(self) -> None:
        passphrase = self.passphrase_edit.text()
        if self._busy or not passphrase:
            return
        self._set_busy(True)
        verify = self._verify
        workers.run_in_background(
            lambda: verify(passphrase), self._on_verify_succeeded, self._on_verify_failed
        )

    def _on_verify_succeeded(self, right: bool) -> None:
        self._set_busy(False)
        if right:
            self.reset()
            self.unlocked.emit()
        else:
            self.error_label.show_message(
                self.tr("That is not the passphrase of this file. Try again (mind Caps Lock).")
            )
            self.passphrase_edit.selectAll()

    def _on_verify_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        messages.show_error(self, exc)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        self.passphrase_edit.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        if not busy:
            self.passphrase_edit.setFocus()
