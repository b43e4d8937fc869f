"""The top of a client page: the header (name, status, actions) and the details card.

Also the small building blocks the client page shares: cards, status chips, plain labels.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.enums import ClientStatus, EngagementStatus, Funding, GoalStatus, Language
from mentordesk.services.records import Client, Payer
from mentordesk.ui import labels
from mentordesk.ui.form_parts import mute

# Soft background and strong text per tone; readable on light and dark window colours.
TONES = {
    "good": ("#e3f4e8", "#1d6b35"),
    "info": ("#e4eefb", "#1f4f8f"),
    "warn": ("#fdf0d9", "#865400"),
    "neutral": ("#ececec", "#4a4a4a"),
    "gift": ("#f1e8fb", "#5b3490"),
    "alert": ("#fde7e6", "#8a1c1c"),
}
CLIENT_TONES = {
    ClientStatus.INTAKE: "info",
    ClientStatus.ACTIVE: "good",
    ClientStatus.PAUSED: "warn",
    ClientStatus.CLOSED: "neutral",
    ClientStatus.ARCHIVED: "neutral",
}
ENGAGEMENT_TONES = {
    EngagementStatus.PLANNED: "info",
    EngagementStatus.ACTIVE: "good",
    EngagementStatus.PAUSED: "warn",
    EngagementStatus.COMPLETED: "neutral",
    EngagementStatus.CANCELLED: "neutral",
    EngagementStatus.ARCHIVED: "neutral",
}
GOAL_TONES = {
    GoalStatus.OPEN: "neutral",
    GoalStatus.IN_PROGRESS: "info",
    GoalStatus.ACHIEVED: "good",
    GoalStatus.LET_GO: "neutral",
}
FUNDING_TONES = {
    Funding.CLIENT_PAID: "neutral",
    Funding.PAYER_PAID: "info",
    Funding.PRO_BONO: "gift",
    Funding.FREE_INTAKE: "gift",
}


def plain(text: str = "", *, wrap: bool = True) -> QLabel:
    """A label that shows ``text`` literally (user input may hold ``<`` and ``&``)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def chip_style(tone: str) -> str:
    background, foreground = TONES[tone]
    return (
        f"QLabel {{ background: {background}; color: {foreground}; border-radius: 9px;"
        " padding: 1px 9px; font-weight: 600; }"
    )


def chip(text: str, tone: str) -> QLabel:
    """A rounded status label."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    label.setStyleSheet(chip_style(tone))
    return label


def emphasised(label: QLabel, scale: float = 1.0, bold: bool = True) -> QLabel:
    font = QFont(label.font())
    font.setBold(bold)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def card_style(object_name: str) -> str:
    return (
        f"QFrame#{object_name} {{ background: palette(base); border: 1px solid palette(mid);"
        " border-radius: 8px; }"
    )


def card(object_name: str = "card") -> QFrame:
    """A panel on the base colour with a soft border."""
    frame = QFrame()
    frame.setObjectName(object_name)
    frame.setStyleSheet(card_style(object_name))
    return frame


def escape_mnemonic(text: str) -> str:
    """User text on a button or check box: ``&`` stays an ampersand."""
    return text.replace("&", "&&")


def language_text(language: Language) -> str:
    if language is Language.NL:
        return QCoreApplication.translate("ClientDetails", "Dutch")
    return QCoreApplication.translate("ClientDetails", "English")


class ClientHeader(QWidget):
    """Name, status and the client's actions. Emits what the mentor asked for."""

    edit_requested = Signal()
    new_engagement_requested = Signal()
    archive_requested = Signal()
    letter_requested = Signal()
    invoice_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header_label = emphasised(plain(wrap=False), 1.75)
        self.header_label.setAccessibleName(self.tr("Client name"))
        self.status_chip = chip("", "neutral")
        self.sensitive_chip = chip("", "warn")
        self.facts_label = plain()
        mute(self.facts_label)
        self.edit_button = QPushButton(self.tr("&Edit details…"))
        self.edit_button.setToolTip(self.tr("Edit the client's details (Ctrl+E)"))
        self.edit_button.setAccessibleName(self.tr("Edit the client's details"))
        self.new_engagement_button = QPushButton(self.tr("&New engagement…"))
        self.new_engagement_button.setAccessibleName(self.tr("New engagement for this client"))
        self.archive_button = QPushButton(self.tr("Archi&ve client…"))
        self.archive_button.setAccessibleName(self.tr("Archive this client"))
        self.letter_button = QPushButton(self.tr("&Letter…"))
        self.letter_button.setToolTip(
            self.tr("Write a progress letter: preview it, save it as PDF or print it")
        )
        self.letter_button.setAccessibleName(self.tr("Write a progress letter"))
        self.invoice_button = QPushButton(self.tr("&Invoice…"))
        self.invoice_button.setToolTip(
            self.tr("Make an invoice from the client's billable sessions (Ctrl+Shift+I)")
        )
        self.invoice_button.setAccessibleName(self.tr("Make an invoice for this client"))

        name_row = QHBoxLayout()
        name_row.setSpacing(10)
        name_row.addWidget(self.header_label)
        name_row.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        name_row.addWidget(self.sensitive_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        name_row.addStretch(1)
        name_row.addWidget(self.invoice_button)
        name_row.addWidget(self.letter_button)
        name_row.addWidget(self.edit_button)
        name_row.addWidget(self.new_engagement_button)
        name_row.addWidget(self.archive_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(name_row)
        layout.addWidget(self.facts_label)

        self.edit_button.clicked.connect(self.edit_requested)
        self.new_engagement_button.clicked.connect(self.new_engagement_requested)
        self.archive_button.clicked.connect(self.archive_requested)
        self.letter_button.clicked.connect(self.letter_requested)
        self.invoice_button.clicked.connect(self.invoice_requested)

    def show_client(self, client: Client) -> None:
        self.header_label.setText(client.name)
        self.status_chip.setText(labels.client_status(client.status))
        self.status_chip.setStyleSheet(chip_style(CLIENT_TONES[client.status]))
        self.status_chip.setAccessibleName(
            self.tr("Status: {status}").format(status=labels.client_status(client.status))
        )
        self.sensitive_chip.setVisible(client.sensitive)
        self.sensitive_chip.setText(
            self.tr("Sensitive · lists show {initials}").format(initials=client.display_name)
        )
        facts = []
        if client.preferred_name:
            facts.append(self.tr("prefers “{name}”").format(name=client.preferred_name))
        if client.status is ClientStatus.ARCHIVED:
            facts.append(self.tr("archived: reopen by changing the status to add new work"))
        self.facts_label.setText(" · ".join(facts))
        self.facts_label.setVisible(bool(facts))
        archived = client.status is ClientStatus.ARCHIVED
        self.archive_button.setEnabled(not archived)
        self.new_engagement_button.setEnabled(not archived)


class ClientDetails(QFrame):
    """Contact, address, language, referral, payer, consent, tags and notes, read at a glance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("details")
        self.setStyleSheet(card_style("details"))
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        left = [
            ("email", self.tr("E-mail")),
            ("phone", self.tr("Phone")),
            ("address", self.tr("Address")),
            ("language", self.tr("Documents in")),
        ]
        right = [
            ("referral", self.tr("Referred by")),
            ("payer", self.tr("Payer")),
            ("consent", self.tr("Consent")),
            ("tags", self.tr("Tags")),
        ]
        for column, rows in ((0, left), (2, right)):
            for row, (key, caption) in enumerate(rows):
                caption_label = mute(QLabel(caption))
                caption_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                value = plain()
                value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                value.setAccessibleName(caption)
                self.values[key] = value
                grid.addWidget(caption_label, row, column)
                grid.addWidget(value, row, column + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.consent_label = self.values["consent"]
        self.notes_caption = mute(QLabel(self.tr("Notes")))
        self.notes_label = plain()
        self.notes_label.setAccessibleName(self.tr("Notes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(grid)
        layout.addWidget(self.notes_caption)
        layout.addWidget(self.notes_label)

    def show_client(self, client: Client, payer: Payer | None) -> None:
        town = " ".join(p for p in (client.postal_code, client.city) if p)
        address = "\n".join(p for p in (client.street, town, client.country) if p)
        if payer is not None:
            payer_text = payer.name + (f" · {payer.reference}" if payer.reference else "")
        else:
            payer_text = ""
        if client.consent_date:
            consent = self.tr("given on {date}").format(date=labels.date_text(client.consent_date))
            if client.consent_scope:
                consent += f" — {client.consent_scope}"
        else:
            consent = self.tr("not recorded yet")
        texts = {
            "email": client.email,
            "phone": client.phone,
            "address": address,
            "language": language_text(client.language),
            "referral": client.referral_source,
            "payer": payer_text,
            "consent": consent,
            "tags": ", ".join(client.tags),
        }
        for key, text in texts.items():
            self.values[key].setText(text or "—")
        warning = "#8a5a00" if not client.consent_date else ""
        self.consent_label.setStyleSheet(f"QLabel {{ color: {warning}; }}" if warning else "")
        self.notes_label.setText(client.notes)
        self.notes_caption.setVisible(bool(client.notes))
        self.notes_label.setVisible(bool(client.notes))
