"""Who the letter goes to and in which language; and, for a recipient the client has not
consented to, the refusal in words with a button to record the consent.

A payer or referrer without consent is listed (marked "no consent yet"), so the mentor sees that
a letter to them is possible once the client agrees; choosing it shows why it is refused.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.enums import Language
from mentordesk.services.documents import Recipient, RecipientKind, RecipientOption
from mentordesk.ui.documents.consent_dialog import recipient_kind_text

# Language names in their own language, as language pickers show them.
LANGUAGE_NAMES = ((Language.NL, "Nederlands"), (Language.EN, "English"))
_BAR_STYLE = (
    "QFrame#consent_bar { background: #fdf0d9; border: 1px solid #ecc67a; border-radius: 6px; }"
    " QFrame#consent_bar QLabel { background: transparent; border: none; color: #5c3b00; }"
)


def same_recipient(a: Recipient, b: Recipient) -> bool:
    """Whether two recipients name the same person (a refused referrer has no consent id)."""
    if a.kind is not b.kind:
        return False
    if a.kind is RecipientKind.PAYER:
        return a.payer_id == b.payer_id
    return a.consent_id == b.consent_id


class RecipientBar(QWidget):
    recipient_changed = Signal()
    language_changed = Signal()
    consent_requested = Signal(object)  # the RecipientOption that lacks consent

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options: list[RecipientOption] = []
        self.recipient_combo = QComboBox()
        self.recipient_combo.setAccessibleName(self.tr("Recipient of the letter"))
        self.recipient_combo.setMinimumContentsLength(18)
        self.recipient_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language of the letter"))
        for language, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, language.value)
        to_label = QLabel(self.tr("&To:"))
        to_label.setBuddy(self.recipient_combo)
        language_label = QLabel(self.tr("L&anguage:"))
        language_label.setBuddy(self.language_combo)

        self.consent_bar = QFrame()
        self.consent_bar.setObjectName("consent_bar")
        self.consent_bar.setStyleSheet(_BAR_STYLE)
        self.refusal_label = QLabel()
        self.refusal_label.setWordWrap(True)
        self.refusal_label.setTextFormat(Qt.TextFormat.PlainText)
        self.refusal_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.consent_button = QPushButton(self.tr("Record consent…"))
        self.consent_button.setAccessibleName(
            self.tr("Record the client's consent for this recipient")
        )
        bar = QHBoxLayout(self.consent_bar)
        bar.setContentsMargins(10, 8, 10, 8)
        bar.addWidget(self.refusal_label, 1)
        bar.addWidget(self.consent_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.consent_bar.hide()

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.addWidget(to_label, 0, 0)
        grid.addWidget(self.recipient_combo, 0, 1)
        grid.addWidget(language_label, 0, 2)
        grid.addWidget(self.language_combo, 0, 3)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(grid)
        layout.addWidget(self.consent_bar)

        self.recipient_combo.currentIndexChanged.connect(self._on_recipient_combo_changed)
        self.language_combo.currentIndexChanged.connect(self._on_language_combo_changed)
        self.consent_button.clicked.connect(self._on_consent_button_clicked)

    # -- filling ------------------------------------------------------------------------------
    def load(self, options: tuple[RecipientOption, ...] | list[RecipientOption]) -> None:
        """Fill the recipients, keeping the one chosen when it is still there (a refused one
        becomes its consented self after the consent was recorded)."""
        previous = self.option().recipient if self.options else None
        self.options = list(options)
        self.recipient_combo.blockSignals(True)
        self.recipient_combo.clear()
        for option in self.options:
            self.recipient_combo.addItem(self._option_text(option))
            if not option.allowed:
                index = self.recipient_combo.count() - 1
                self.recipient_combo.setItemData(
                    index,
                    option.refusal.text() if option.refusal else "",
                    Qt.ItemDataRole.ToolTipRole,
                )
        index = 0
        if previous is not None:
            index = next(
                (i for i, o in enumerate(self.options) if same_recipient(o.recipient, previous)),
                next(
                    (i for i, o in enumerate(self.options) if o.recipient.kind is previous.kind),
                    0,
                ),
            )
        self.recipient_combo.setCurrentIndex(index)
        self.recipient_combo.blockSignals(False)
        self._show_refusal()

    def _option_text(self, option: RecipientOption) -> str:
        kind = recipient_kind_text(option.recipient.kind).lower()
        text = self.tr("{name} ({kind})").format(name=option.name, kind=kind)
        if not option.allowed:
            text = self.tr("{recipient} — no consent yet").format(recipient=text)
        return text

    # -- reading ------------------------------------------------------------------------------
    def option(self) -> RecipientOption:
        return self.options[max(self.recipient_combo.currentIndex(), 0)]

    def select(self, kind: RecipientKind) -> bool:
        """Choose the first recipient of ``kind`` (as the mentor would in the list)."""
        for index, option in enumerate(self.options):
            if option.recipient.kind is kind:
                self.recipient_combo.setCurrentIndex(index)
                return True
        return False

    def language(self) -> Language:
        return Language(self.language_combo.currentData())

    def set_language(self, language: Language) -> None:
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language.value), 0))

    def refusal_text(self) -> str:
        return self.refusal_label.text() if not self.consent_bar.isHidden() else ""

    # -- reacting -----------------------------------------------------------------------------
    def _show_refusal(self) -> None:
        option = self.option() if self.options else None
        refusal = option.refusal if option is not None else None
        self.refusal_label.setText(refusal.text() if refusal is not None else "")
        self.refusal_label.setAccessibleName(self.refusal_label.text())
        self.consent_bar.setVisible(refusal is not None)

    def _on_recipient_combo_changed(self, _index: int) -> None:
        self._show_refusal()
        self.recipient_changed.emit()

    def _on_language_combo_changed(self, _index: int) -> None:
        self.language_changed.emit()

    def _on_consent_button_clicked(self) -> None:
        self.consent_requested.emit(self.option())
