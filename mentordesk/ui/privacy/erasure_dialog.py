"""Erasing a client (right to erasure): what goes, what stays, and a typed confirmation.

The dialog shows the preview of ``ErasureService`` in two columns: what will be erased and what
stays (issued invoices for the fiscal retention period, the sessions' dates and hours). The
"Erase" button is enabled only once the mentor typed the client's name or the confirmation
word; erasing cannot be undone, and it is remembered so that a restored backup erases again.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.names import fold
from mentordesk.services.erasure import ErasurePreview, ErasureService
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import labels, messages
from mentordesk.ui.client_sections import card, emphasised, plain
from mentordesk.ui.form_parts import InlineError, mute

COUNT_AT_END = re.compile(r" \d+( \S+)?$")


def _bullets(lines: list[str]) -> str:
    """The lines as a bulleted list with a hanging indent (rich text, every line escaped).

    A count at the end is joined to the word before it by a no-break space, so it never wraps
    onto a line of its own."""
    rows = "".join(
        '<tr><td style="padding-right: 6px;">•</td>'
        f"<td>{html.escape(_keep_last_words_together(line))}</td></tr>"
        for line in lines
    )
    return f'<table cellspacing="0" cellpadding="1">{rows}</table>'


def _keep_last_words_together(line: str) -> str:
    """``…, unchanged: 2`` and ``…: 8 sessions`` keep the count with the words around it."""
    return COUNT_AT_END.sub(lambda m: m[0].replace(" ", "\u00a0"), line)


def _bullet_label(lines: list[str]) -> QLabel:
    label = QLabel(_bullets(lines))
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ErasureDialog(QDialog):
    """``erased(client_id)`` once the client's personal content is erased."""

    erased = Signal(int)

    def __init__(self, pf: PracticeFile, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pf = pf
        self.client_id = client_id
        self.preview: ErasurePreview = ErasureService(pf).preview_client(client_id)
        name = self.preview.client_name
        self.setWindowTitle(self.tr("Erase client: {name}").format(name=name))
        self.setMinimumWidth(720)

        title = emphasised(plain(self.tr("Erase {name}").format(name=name)), 1.3)
        intro = plain(
            self.tr(
                "Erasing removes this client's personal content from the file for good, as the "
                "client may ask under the GDPR (AVG). It cannot be undone. The erasure is "
                "remembered: restoring an older backup or importing an old export erases it "
                "again."
            )
        )
        mute(intro)
        self.already_label = plain(
            self.tr(
                "This client was erased before. Erasing again removes anything that was added "
                "or came back since."
            )
        )
        self.already_label.setVisible(self.preview.already_erased)

        self.goes_label = _bullet_label(self._goes())
        self.goes_label.setAccessibleName(self.tr("What will be erased"))
        self.stays_label = _bullet_label(self._stays())
        self.stays_label.setAccessibleName(self.tr("What stays"))
        columns = QHBoxLayout()
        columns.setSpacing(12)
        for heading, body, name_ in (
            (self.tr("Will be erased"), self.goes_label, "goes"),
            (self.tr("Stays"), self.stays_label, "stays"),
        ):
            frame = card(name_)
            inner = QVBoxLayout(frame)
            inner.setContentsMargins(12, 10, 12, 12)
            inner.addWidget(emphasised(plain(heading)))
            inner.addWidget(body)
            inner.addStretch(1)
            columns.addWidget(frame, 1)

        self.word = self.tr("ERASE")
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setAccessibleName(
            self.tr("Type the client's name or the word to confirm")
        )
        self.confirm_edit.setPlaceholderText(self.tr("The name or {word}").format(word=self.word))
        confirm_label = QLabel(
            self.tr("To confirm, type the client's name ({name}) or the word {word}:").format(
                name=name, word=self.word
            )
        )
        confirm_label.setTextFormat(Qt.TextFormat.PlainText)
        confirm_label.setWordWrap(True)
        confirm_label.setBuddy(self.confirm_edit)
        self.error = InlineError()

        self.buttons = QDialogButtonBox()
        self.erase_button = self.buttons.addButton(
            self.tr("&Erase"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setAccessibleName(self.tr("Erase the client's personal content"))
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        self.erase_button.setStyleSheet(
            "QPushButton:enabled { background: #b3261e; color: white; border-radius: 4px;"
            " padding: 4px 14px; font-weight: 600; }"
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel and keep everything"))
        self.cancel_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.already_label)
        layout.addLayout(columns)
        layout.addWidget(confirm_label)
        layout.addWidget(self.confirm_edit)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.confirm_edit.textChanged.connect(self._on_confirm_edit_changed)
        self.erase_button.clicked.connect(self.erase)
        self.cancel_button.clicked.connect(self.reject)
        QWidget.setTabOrder(self.confirm_edit, self.erase_button)
        QWidget.setTabOrder(self.erase_button, self.cancel_button)
        self.confirm_edit.setFocus()

    def sizeHint(self) -> QSize:
        """At least the minimum width, so the wrapped texts are measured at the real width."""
        return super().sizeHint().expandedTo(QSize(self.minimumWidth(), 0))

    # -- what the mentor reads ------------------------------------------------------------------
    def _goes(self) -> list[str]:
        p = self.preview
        lines = [
            self.tr("Contact details, address, notes, tags, referral and consent scope"),
            self.tr(
                "The name: from now on the client is called “{neutral}” (in the language of "
                "the practice)"
            ).format(neutral=p.neutral_name),
        ]
        counted = [
            (p.goals, self.tr("Goals with their scores and actions: {count}")),
            (p.session_texts, self.tr("Session notes, every level: {count} sessions")),
            (p.session_drafts, self.tr("Unsaved session drafts: {count}")),
            (p.engagements, self.tr("Titles and notes of engagements: {count}")),
            (p.documents, self.tr("Recipient and contents of logged documents: {count}")),
            (p.consents, self.tr("Names and addresses in consents: {count}")),
            (p.draft_invoices, self.tr("Draft invoices, never issued: {count}")),
        ]
        lines += [text.format(count=count) for count, text in counted if count]
        return lines

    def _stays(self) -> list[str]:
        p = self.preview
        lines = []
        if p.kept_invoices:
            lines.append(
                self.tr("Issued invoices and credit notes, unchanged: {count}").format(
                    count=p.kept_invoices
                )
            )
            if p.invoices_kept_until is not None:
                lines.append(
                    self.tr("They are kept until at least {date} (fiscal retention)").format(
                        date=labels.date_text(p.invoices_kept_until)
                    )
                )
        if p.kept_payments:
            lines.append(self.tr("Payments: {count}").format(count=p.kept_payments))
        if p.kept_sessions:
            lines.append(
                self.tr(
                    "Date, duration and status of sessions, for the invoices and the hours "
                    "log: {count}"
                ).format(count=p.kept_sessions)
            )
        lines.append(self.tr("Date, kind and fingerprint of each logged document"))
        lines.append(self.tr("The audit trail, which holds no note text"))
        return lines

    # -- confirming and erasing -----------------------------------------------------------------
    def confirmed(self) -> bool:
        typed = fold(" ".join(self.confirm_edit.text().split()))
        if not typed:
            return False
        accepted = {fold(self.preview.client_name), fold(self.word), "erase", "wissen"}
        return typed in accepted

    def _on_confirm_edit_changed(self, _text: str) -> None:
        self.erase_button.setEnabled(self.confirmed())
        self.error.clear_message()

    def erase(self) -> None:
        if not self.confirmed():
            self.error.show_message(self.tr("Type the client's name or the word to confirm."))
            return
        try:
            ErasureService(self.pf).erase_client(self.client_id)
        except Exception as exc:
            self.error.show_message(messages.error_text(exc))
            messages.show_error(self, exc)
            return
        self.erased.emit(self.client_id)
        self.accept()
