"""The first window: create or open a practice file, reopen a recent one, or try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk import config
from mentordesk.ui.form_parts import BusyBar, mute

PATH_ROLE = Qt.ItemDataRole.UserRole
MISSING_ROLE = Qt.ItemDataRole.UserRole + 1


class WelcomeWindow(QWidget):
    """Asks what to open; the launcher does the opening (signals in the past tense)."""

    new_requested = Signal()
    open_requested = Signal()
    recent_requested = Signal(object)  # Path
    demo_requested = Signal()
    import_requested = Signal()  # a practice export (ZIP) to turn into a new file

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to MentorDesk"))
        self.setMinimumSize(680, 560)
        self.resize(760, 600)

        title = QLabel(self.tr("MentorDesk"))
        title_font = QFont(title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 2)
        title_font.setBold(True)
        title.setFont(title_font)
        explanation = QLabel(
            self.tr(
                "A practice file holds your whole practice (clients, sessions, notes, goals and "
                "invoices) in one encrypted file on this computer, and only its passphrase opens "
                "it: a forgotten passphrase cannot be recovered by anyone, so write it down and "
                "keep it somewhere safe. MentorDesk makes encrypted backups of the file when you "
                "open and close it and every half hour while you work, in {folder}."
            ).format(folder=config.backup_dir())
        )
        explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        explanation.setWordWrap(True)

        self.new_button = QPushButton(self.tr("New practice file…"))
        self.open_button = QPushButton(self.tr("Open practice file…"))
        self.demo_button = QPushButton(self.tr("Try the demo practice"))
        self.demo_button.setToolTip(
            self.tr("Opens a practice with made-up clients, so you can look around safely.")
        )
        self.new_button.setDefault(True)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)

        recent_title = QLabel(self.tr("Recent practice files"))
        recent_font = QFont(recent_title.font())
        recent_font.setBold(True)
        recent_title.setFont(recent_font)
        self.recent_list = QListWidget()
        self.recent_list.setAlternatingRowColors(True)
        self.recent_list.setSpacing(2)
        self.empty_label = QLabel(self.tr("No recent files yet. Files you open appear here."))
        mute(self.empty_label)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.import_button = QPushButton(self.tr("Import a practice export…"))
        self.import_button.setToolTip(
            self.tr("Make a new practice file from an export, for instance on a new computer.")
        )
        self.import_button.setFlat(True)
        self.remove_button = QPushButton(self.tr("Remove from list"))
        self.remove_button.setEnabled(False)
        self.status_label = QLabel()
        self.busy_bar = BusyBar()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addSpacing(10)
        layout.addLayout(buttons)
        layout.addSpacing(14)
        layout.addWidget(recent_title)
        layout.addWidget(self.recent_list, 1)
        layout.addWidget(self.empty_label, 1)  # takes the room the hidden list leaves
        bottom = QHBoxLayout()
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.remove_button)
        layout.addLayout(bottom)
        layout.addWidget(self.busy_bar)

        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.recent_list.itemActivated.connect(self._on_recent_list_item_activated)
        self.recent_list.currentItemChanged.connect(self._on_recent_list_current_item_changed)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.refresh_recent()

    # -- recent files -------------------------------------------------------------------------
    def refresh_recent(self) -> None:
        self.recent_list.clear()
        muted = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for text in config.load_settings().recent_files:
            path = Path(text)
            missing = not path.exists()
            label = f"{path.name}\n{path.parent}"
            item = QListWidgetItem(label)
            item.setData(PATH_ROLE, str(path))
            item.setData(MISSING_ROLE, missing)
            if missing:
                item.setText(
                    self.tr("{name} (not found)\n{folder}").format(
                        name=path.name, folder=path.parent
                    )
                )
                item.setForeground(muted)
                item.setToolTip(
                    self.tr(
                        "This file is no longer there. Was it moved or renamed? You can remove "
                        "it from the list."
                    )
                )
            else:
                item.setToolTip(str(path))
            self.recent_list.addItem(item)
        has_items = self.recent_list.count() > 0
        self.recent_list.setVisible(has_items)
        self.empty_label.setVisible(not has_items)
        self.remove_button.setEnabled(False)

    def recent_paths(self) -> list[Path]:
        return [
            Path(self.recent_list.item(i).data(PATH_ROLE)) for i in range(self.recent_list.count())
        ]

    def _on_recent_list_item_activated(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(Path(item.data(PATH_ROLE)))

    def _on_recent_list_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        self.remove_button.setEnabled(current is not None)

    def _on_remove_button_clicked(self) -> None:
        item = self.recent_list.currentItem()
        if item is None:
            return
        settings = config.load_settings()
        settings.recent_files = [p for p in settings.recent_files if p != item.data(PATH_ROLE)]
        config.save_settings(settings)
        self.refresh_recent()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.recent_list.hasFocus():
            self._on_remove_button_clicked()
            return
        super().keyPressEvent(event)

    # -- while the launcher works -------------------------------------------------------------
    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy_bar.setVisible(busy)
        self.status_label.setText(text if busy else "")
        for widget in (
            self.new_button,
            self.open_button,
            self.demo_button,
            self.import_button,
            self.recent_list,
        ):
            widget.setEnabled(not busy)
