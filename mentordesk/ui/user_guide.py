"""The user guide in its own window: the chapters on the left, the text on the right, a find bar.

``open_user_guide(parent)`` shows the guide in the interface language (Dutch or English) and
brings an open guide window to the front instead of opening a second one. The text is the
Markdown of ``docs/guide/<language>.md`` (``user_guide_text.guide_dir()``), shown by a
``QTextBrowser`` with the screenshots beside it resolving through its search path. The table of
contents is built from the headings the document really has: chapters (level 2) with their
sections (level 3). Ctrl+F goes to the find field; Enter and F3 find the next match,
Shift+Enter and Shift+F3 the previous one; every match is highlighted. Links to headings
(``#anchor``) scroll there; web links open in the browser. The guide holds no client data, so
the window need not lock with the practice file.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import current_language
from mentordesk.ui.user_guide_text import (
    Heading,
    fit_images,
    guide_dir,
    guide_file,
    headings,
)

POSITION_ROLE = Qt.ItemDataRole.UserRole
MATCH_COLOUR = QColor("#fff2a8")
MARGIN = 72  # room beside an image, so it never needs a horizontal scroll bar


class GuideBrowser(QTextBrowser):
    """The text; tells its window when its width changed (the images are fitted again)."""

    def __init__(self, on_resized: QTimer) -> None:
        super().__init__()
        self._on_resized = on_resized

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._on_resized.start()


class UserGuideWindow(QWidget):
    """The user guide in ``language`` (``nl`` or ``en``)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.language = language if language in ("nl", "en") else "en"
        self.setWindowTitle(self.tr("User guide — MentorDesk"))
        self.setObjectName("user_guide")
        self.resize(1100, 780)
        self._headings: list[Heading] = []
        self._items: dict[int, QTreeWidgetItem] = {}  # heading position -> its contents entry

        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(120)
        self._fit_timer.timeout.connect(self._on_fit_timer_timeout)

        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find in the guide… (Ctrl+F)"))
        self.find_edit.setAccessibleName(self.tr("Find in the guide"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.installEventFilter(self)
        self.previous_button = QPushButton(self.tr("&Previous"))
        self.previous_button.setAccessibleName(self.tr("Find the previous match"))
        self.previous_button.setToolTip(self.tr("Find the previous match (Shift+F3)"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setAccessibleName(self.tr("Find the next match"))
        self.next_button.setToolTip(self.tr("Find the next match (F3)"))
        self.find_status = QLabel()
        self.find_status.setAccessibleName(self.tr("Find result"))

        self.contents = QTreeWidget()
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName(self.tr("Contents of the guide"))
        self.contents.setMinimumWidth(220)
        self.contents.setUniformRowHeights(True)
        self.browser = GuideBrowser(self._fit_timer)
        self.browser.setAccessibleName(self.tr("User guide text"))
        self.browser.setOpenLinks(False)
        # The text wraps and the images are fitted to the width; Qt's layout can still be a
        # pixel wider after a table, which would only show a useless horizontal scroll bar.
        self.browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser.setMinimumWidth(360)
        self.browser.document().setDocumentMargin(24)

        find_bar = QHBoxLayout()
        find_bar.addWidget(self.find_edit, 1)
        find_bar.addWidget(self.previous_button)
        find_bar.addWidget(self.next_button)
        find_bar.addWidget(self.find_status)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.contents)
        self.splitter.addWidget(self.browser)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 800])
        layout = QVBoxLayout(self)
        layout.addLayout(find_bar)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.find_edit, self.previous_button)
        self.setTabOrder(self.previous_button, self.next_button)
        self.setTabOrder(self.next_button, self.contents)
        self.setTabOrder(self.contents, self.browser)

        find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find_shortcut.activated.connect(self._on_find_shortcut_activated)
        next_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self)
        next_shortcut.activated.connect(self.find_next)
        previous_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious), self)
        previous_shortcut.activated.connect(self.find_previous)
        close_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close_shortcut.activated.connect(self.close)

        self.find_edit.textChanged.connect(self._on_find_edit_text_changed)
        self.find_edit.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.contents.itemActivated.connect(self._on_contents_item_activated)
        self.contents.itemClicked.connect(self._on_contents_item_activated)
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        self.browser.verticalScrollBar().valueChanged.connect(self._on_browser_scrolled)

        self.load()

    # -- loading ------------------------------------------------------------------------------
    @property
    def source_file(self) -> Path:
        return guide_file(self.language)

    @property
    def found(self) -> bool:
        """Whether the guide's text was found and is shown."""
        return bool(self._headings)

    def load(self) -> None:
        """Show the guide's text (or, when it is missing, say so) and build the contents."""
        folder = guide_dir()
        path = guide_file(self.language, folder)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeError):
            text = ""
        document = self.browser.document()
        self.browser.setSearchPaths([str(folder)])
        document.setBaseUrl(QUrl.fromLocalFile(str(folder) + "/"))
        if text.strip():
            self.browser.setMarkdown(text)
        else:
            self.browser.setPlainText(
                self.tr(
                    "The user guide could not be found. MentorDesk looked for it in {path}. "
                    "Reinstalling MentorDesk puts it back; the guide is also in the docs folder "
                    "of MentorDesk's source code."
                ).format(path=path)
            )
        self._headings = headings(document)
        self._fill_contents()
        self._fit_timer.start()

    def _fill_contents(self) -> None:
        self.contents.clear()
        self._items = {}
        levels = sorted({h.level for h in self._headings})
        top = 2 if 2 in levels else (levels[0] if levels else 1)
        chapter: QTreeWidgetItem | None = None
        for heading in self._headings:
            if heading.level == top:
                chapter = self._item(heading)
                self.contents.addTopLevelItem(chapter)
            elif heading.level == top + 1 and chapter is not None:
                chapter.addChild(self._item(heading))
        first = next(iter(self._items.values()), None)
        if first is not None:
            self.contents.setCurrentItem(first)

    def _item(self, heading: Heading) -> QTreeWidgetItem:
        item = QTreeWidgetItem([heading.text])
        item.setData(0, POSITION_ROLE, heading.position)
        item.setToolTip(0, heading.text)
        self._items[heading.position] = item
        return item

    def chapter_titles(self) -> list[str]:
        """The texts of the contents' top entries (the chapters), in order."""
        items = (self.contents.topLevelItem(i) for i in range(self.contents.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]

    def _on_fit_timer_timeout(self) -> None:
        width = self.browser.viewport().width() - MARGIN
        fit_images(self.browser.document(), width, self.browser.devicePixelRatioF())

    # -- moving around ------------------------------------------------------------------------
    def show_position(self, position: int) -> None:
        """Scroll so that the text at ``position`` (a heading's start) is at the top."""
        document = self.browser.document()
        block = document.findBlock(position)
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        self.browser.setTextCursor(cursor)
        top = document.documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(int(top))

    def show_heading(self, anchor: str) -> bool:
        """Scroll to the heading whose anchor is ``anchor``; False when there is none."""
        for heading in self._headings:
            if heading.anchor == anchor:
                self.show_position(heading.position)
                return True
        return False

    def _on_contents_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        position = item.data(0, POSITION_ROLE)
        if isinstance(position, int):
            self.show_position(position)

    def _on_browser_scrolled(self, value: int) -> None:
        """Mark in the contents the chapter or section being read (the last one begun)."""
        document = self.browser.document()
        layout = document.documentLayout()
        current = next(iter(self._items.values()), None)  # above the first: the first
        for position, item in self._items.items():
            top = layout.blockBoundingRect(document.findBlock(position)).top()
            if top > value + 8:
                break
            current = item
        if current is not None and current is not self.contents.currentItem():
            self.contents.blockSignals(True)
            self.contents.setCurrentItem(current)
            self.contents.blockSignals(False)
            self.contents.scrollToItem(current)

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment():
            self.show_heading(url.fragment())

    # -- finding ------------------------------------------------------------------------------
    def _on_find_shortcut_activated(self) -> None:
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def _on_find_edit_text_changed(self, text: str) -> None:
        self._highlight_all(text)
        cursor = self.browser.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self.browser.setTextCursor(cursor)
        self.find_next()

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, backward: bool) -> bool:
        """Select the next (or previous) match, going round the end; say when there is none."""
        text = self.find_edit.text()
        if not text:
            self.find_status.clear()
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if self.browser.find(text, flags):
            self.find_status.clear()
            return True
        cursor = self.browser.textCursor()
        cursor.movePosition(
            QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
        )
        self.browser.setTextCursor(cursor)
        if self.browser.find(text, flags):
            self.find_status.setText(self.tr("Continued from the other end"))
            return True
        self.find_status.setText(self.tr("Not found"))
        return False

    def _highlight_all(self, text: str) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        if text:
            document = self.browser.document()
            highlight = QTextCharFormat()
            highlight.setBackground(MATCH_COLOUR)
            cursor = document.find(text)
            while not cursor.isNull() and len(selections) < 2_000:
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = highlight
                selections.append(selection)
                cursor = document.find(text, cursor)
        self.browser.setExtraSelections(selections)

    def match_count(self) -> int:
        """How many matches of the find text are highlighted."""
        return len(self.browser.extraSelections())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.find_edit and isinstance(event, QKeyEvent):
            key = event
            if event.type() != QEvent.Type.KeyPress:
                return super().eventFilter(watched, event)
            if key.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                key.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self.find_previous()
                return True
            if key.key() == Qt.Key.Key_Escape and self.find_edit.text():
                self.find_edit.clear()
                return True
        return super().eventFilter(watched, event)


_OPEN: dict[str, UserGuideWindow] = {}  # "window": the guide window last opened


def guide_language() -> str:
    """The guide's language: the interface language (Dutch or English)."""
    return "nl" if current_language() == "nl" else "en"


def open_user_guide(parent: QWidget | None = None) -> UserGuideWindow:
    """Show the user guide in the interface language; an open guide window is brought forward.

    A guide window open in another language (the language was changed meanwhile) is closed and
    a new one opened.
    """
    language = guide_language()
    window = _OPEN.get("window")
    if window is not None and shiboken6.isValid(window):
        if window.language == language:
            if window.isMinimized():
                window.showNormal()
            window.show()
            window.raise_()
            window.activateWindow()
            return window
        window.close()
    window = UserGuideWindow(language, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    _OPEN["window"] = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window
