"""The questions the invoice editor asks in a message box. The editor calls them through its
methods ``confirm_issue``, ``confirm_delete`` and ``ask_unsaved``, which tests replace. The
strings keep the translation context ``InvoiceEditor``."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class UnsavedAnswer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def confirm_issue(parent: QWidget, *, credit: bool, addressee: str, total: str) -> bool:
    """Issue now? Says plainly that an issued invoice can never change."""
    if credit:
        title = QCoreApplication.translate("InvoiceEditor", "Issue the credit note?")
        text = QCoreApplication.translate(
            "InvoiceEditor",
            "Issue this credit note to {addressee} for {total}?\n\nIt gets the next invoice "
            "number. After that it can never be changed or deleted.",
        )
    else:
        title = QCoreApplication.translate("InvoiceEditor", "Issue the invoice?")
        text = QCoreApplication.translate(
            "InvoiceEditor",
            "Issue this invoice to {addressee} for {total}?\n\nIt gets the next invoice number "
            "of the year. After that it can never be changed or deleted: a mistake can only be "
            "corrected with a credit note.",
        )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text.format(addressee=addressee, total=total),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    issue = box.addButton(
        QCoreApplication.translate("InvoiceEditor", "Issue"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is issue


def confirm_delete(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("InvoiceEditor", "Delete the draft?"),
        QCoreApplication.translate(
            "InvoiceEditor",
            "Delete this draft invoice? Its sessions can then be invoiced again. A draft has "
            "no number yet, so no number is lost.",
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_unsaved(parent: QWidget, *, new: bool) -> UnsavedAnswer:
    text = (
        QCoreApplication.translate(
            "InvoiceEditor", "This invoice has not been saved yet. Keep it as a draft?"
        )
        if new
        else QCoreApplication.translate(
            "InvoiceEditor", "This draft has changes that are not saved. Save them?"
        )
    )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("InvoiceEditor", "Unsaved invoice"),
        text,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return UnsavedAnswer.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return UnsavedAnswer.DISCARD
    return UnsavedAnswer.CANCEL
