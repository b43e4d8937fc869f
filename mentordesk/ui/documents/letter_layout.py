"""The widgets of the letter composer and how they sit: choices on the left, preview on the
right, the actions along the bottom. ``LetterComposer`` adds the behaviour."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.services.documents import LetterChoices
from mentordesk.ui.client_sections import plain
from mentordesk.ui.documents.letter_choices import GoalList, SessionList
from mentordesk.ui.documents.letter_texts_form import LetterTextsForm
from mentordesk.ui.documents.pdf_preview import PdfPreview
from mentordesk.ui.documents.recipient_bar import RecipientBar
from mentordesk.ui.form_parts import InlineError, mute
from mentordesk.ui.reveal import RevealState
from mentordesk.ui.session_timeline import REVEAL_SHORTCUT


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.08)
    label.setFont(font)
    return label


def fit_rows(view: QAbstractItemView, rows: int, *, header: int = 0) -> None:
    """Make a list exactly tall enough for ``rows`` rows (2 to 8); more rows scroll."""
    shown = min(max(rows, 2), 8)
    height = max(view.sizeHintForRow(0) if rows else 0, view.fontMetrics().height() + 2)
    view.setFixedHeight(shown * height + header + 2 * view.frameWidth() + 2)


class ComposerLayout(QWidget):
    def __init__(
        self,
        reveal: RevealState,
        choices: LetterChoices,
        display_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reveal = reveal
        self.choices = choices
        self.display_name = display_name  # initials for a sensitive client
        self.busy = False
        self._fitted = False

        self.title_label = heading(self.tr("Progress letter"))
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        self.title_label.setFont(title_font)
        self.name_label = mute(plain(choices.client_name, wrap=False))
        self.recipient_bar = RecipientBar()
        self.recipient_bar.load(choices.recipients)
        self.recipient_bar.set_language(choices.language)

        self.goal_list = GoalList()
        self.goal_list.load(choices.goals)
        self.goals_empty = mute(QLabel(self.tr("This client has no goals yet.")))
        self.session_list = SessionList(reveal)
        self.session_list.load(choices.sessions)
        self.sessions_empty = mute(QLabel(self.tr("No held sessions yet.")))
        self.reveal_button = QPushButton(self.tr("&Reveal"))
        self.reveal_button.setToolTip(
            self.tr("Show or hide the selected confidential text here ({shortcut})").format(
                shortcut=REVEAL_SHORTCUT
            )
        )
        self.reveal_button.setAccessibleName(self.tr("Reveal the selected session's text"))
        levels = {s.level for s in choices.sessions}
        notes = []
        if Confidentiality.CONFIDENTIAL in levels:
            notes.append(
                self.tr(
                    "Confidential sessions carry a lock and stay out of the letter unless you "
                    "tick them."
                )
            )
        if Confidentiality.PRIVATE in levels:
            notes.append(
                self.tr(
                    "Private sessions cannot be ticked: private working notes never leave the app."
                )
            )
        self.sessions_note = mute(QLabel(" ".join(notes)))
        self.sessions_note.setWordWrap(True)
        self.sessions_note.setVisible(bool(notes))
        self.texts = LetterTextsForm()

        self.preview = PdfPreview()
        self.error_label = InlineError()
        self.status_label = mute(QLabel())
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the letter"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print with a preview (Ctrl+P)"))
        self.print_button.setAccessibleName(self.tr("Print the letter"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setToolTip(self.tr("Save the letter as a PDF file (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save the letter as PDF"))
        self.save_button.setDefault(True)
        self._build(choices)
        self.reveal_button.clicked.connect(self.session_list.toggle_current)

    def _build(self, choices: LetterChoices) -> None:
        column = QWidget()
        left = QVBoxLayout(column)
        left.setContentsMargins(0, 0, 12, 8)
        left.setSpacing(8)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label)
        title_row.addWidget(self.name_label, 1, Qt.AlignmentFlag.AlignBaseline)
        left.addLayout(title_row)
        left.addSpacing(2)
        left.addWidget(self.recipient_bar)
        left.addSpacing(6)
        left.addWidget(heading(self.tr("Goals")))
        left.addWidget(self.goal_list)
        left.addWidget(self.goals_empty)
        self.goal_list.setVisible(bool(choices.goals))
        self.goals_empty.setVisible(not choices.goals)
        left.addSpacing(6)
        sessions_row = QHBoxLayout()
        sessions_row.addWidget(heading(self.tr("Sessions")), 1)
        sessions_row.addWidget(self.reveal_button)
        left.addLayout(sessions_row)
        left.addWidget(self.session_list)
        left.addWidget(self.sessions_empty)
        left.addWidget(self.sessions_note)
        self.session_list.setVisible(bool(choices.sessions))
        self.sessions_empty.setVisible(not choices.sessions)
        has_hidden = any(s.level is Confidentiality.CONFIDENTIAL for s in choices.sessions)
        self.reveal_button.setVisible(has_hidden)
        left.addSpacing(6)
        left.addWidget(heading(self.tr("Texts")))
        left.addWidget(self.texts)
        left.addStretch(1)

        self.choices_area = QScrollArea()
        self.choices_area.setWidgetResizable(True)
        self.choices_area.setFrameShape(QFrame.Shape.NoFrame)
        self.choices_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.choices_area.setAccessibleName(self.tr("What goes into the letter"))
        self.choices_area.setWidget(column)
        self.choices_area.setMinimumWidth(460)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.choices_area)
        self.splitter.addWidget(self.preview)
        self.preview.setMinimumWidth(360)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setSizes([520, 620])

        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.setSpacing(8)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        bar = self.recipient_bar
        texts = self.texts
        chain: list[QWidget] = [
            bar.recipient_combo,
            bar.language_combo,
            bar.consent_button,
            self.goal_list,
            self.session_list,
            self.reveal_button,
            texts.subject_edit,
            texts.salutation_edit,
            texts.intro_edit,
            texts.next_steps_edit,
            texts.closing_edit,
            self.preview.view,
            self.close_button,
            self.print_button,
            self.save_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(bar.recipient_combo)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # row heights are known once the lists are polished and shown
            self._fitted = True
            for view, rows in (
                (self.goal_list, len(self.choices.goals)),
                (self.session_list, len(self.choices.sessions)),
            ):
                fit_rows(view, rows, header=view.header().sizeHint().height())

    @property
    def tab_title(self) -> str:
        """``Letter · José Álvarez`` (initials for a sensitive client)."""
        return self.tr("Letter · {name}").format(name=self.display_name)
