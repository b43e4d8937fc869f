"""The settings: a list of pages on the left, the chosen page on the right, OK and Cancel.

OK checks every page first; a problem is shown at its field, its page is selected and nothing
is saved from any page. Only when all pages are fine does each page save. Cancel discards.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mentordesk import config
from mentordesk.errors import UserError
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import messages
from mentordesk.ui.form_parts import InlineError, mute
from mentordesk.ui.settings.app_page import AppPage
from mentordesk.ui.settings.page import SettingsPage
from mentordesk.ui.settings.practice_page import PracticePage

log = logging.getLogger(__name__)


class SettingsDialog(QDialog):
    """Open with ``open()``. Emits after a successful save:

    - ``settings_saved()`` always;
    - ``language_changed(code)`` when the interface language changed ("" = the computer's,
      "nl", "en"); it takes effect after a restart, so the main window should say so;
    - ``idle_lock_changed(minutes)`` when the idle-lock time changed.
    """

    settings_saved = Signal()
    language_changed = Signal(str)
    idle_lock_changed = Signal(int)

    def __init__(self, pf: PracticeFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.pages: list[SettingsPage] = [PracticePage(pf), AppPage()]

        self.page_list = QListWidget()
        self.page_list.setAccessibleName(self.tr("Settings pages"))
        self.page_list.setFixedWidth(180)
        self.page_list.setSpacing(3)
        self.page_list.setIconSize(QSize(16, 16))
        self.stack = QStackedWidget()
        for page in self.pages:
            self.page_list.addItem(QListWidgetItem(_blank_icon(), page.title()))
            self.stack.addWidget(page)
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.description = mute(QLabel())
        self.description.setWordWrap(True)
        self.error_label = InlineError()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAccessibleName(self.tr("Save the settings and close"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Close without saving"))

        right = QVBoxLayout()
        right.setSpacing(4)
        right.addWidget(self.heading)
        right.addWidget(self.description)
        right.addSpacing(6)
        right.addWidget(self.stack, 1)
        body = QHBoxLayout()
        body.setSpacing(14)
        body.addWidget(self.page_list)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        for page in self.pages:
            page.load()
        self.page_list.currentRowChanged.connect(self._on_page_list_current_row_changed)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.page_list.setCurrentRow(0)
        hint = self.sizeHint()
        self.resize(max(hint.width(), 1040), max(min(hint.height(), 720), 660))

    def page(self, name: str) -> SettingsPage:
        for page in self.pages:
            if page.name == name:
                return page
        raise KeyError(name)

    def select_page(self, name: str) -> None:
        self.page_list.setCurrentRow(self.pages.index(self.page(name)))

    def current_page(self) -> SettingsPage:
        return self.pages[self.stack.currentIndex()]

    # -- saving -------------------------------------------------------------------------------
    def _on_buttons_accepted(self) -> None:
        self.error_label.clear_message()
        failed = [page for page in self.pages if not page.validate()]
        for row, page in enumerate(self.pages):
            icon = QStyle.StandardPixmap.SP_MessageBoxWarning
            self.page_list.item(row).setIcon(
                self.style().standardIcon(icon) if page in failed else _blank_icon()
            )
        if failed:
            page = failed[0]
            self.select_page(page.name)
            editor = page.first_error_editor()
            if editor is not None:
                editor.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        before = config.load_settings()
        for page in self.pages:
            try:
                page.save()
            except UserError as exc:  # e.g. a full disk: say so here and keep the dialog open
                log.info("settings page %s not saved: %s", page.name, type(exc).__name__)
                self.select_page(page.name)
                self.error_label.setText(exc.text())  # not show_message: that shrinks the dialog
                self.error_label.show()
                return
            except Exception as exc:
                self.select_page(page.name)
                messages.show_error(self, exc)
                return
        after = config.load_settings()
        self.settings_saved.emit()
        if after.language != before.language:
            self.language_changed.emit(after.language)
        if after.idle_lock_minutes != before.idle_lock_minutes:
            self.idle_lock_changed.emit(after.idle_lock_minutes)
        self.accept()

    def _on_page_list_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.heading.setText(self.pages[row].title())
        self.description.setText(self.pages[row].description())


def _blank_icon() -> QIcon:
    """An empty icon the size of the warning icon, so every page name starts at the same x."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(0, 0, 0, 0))
    return QIcon(pixmap)
