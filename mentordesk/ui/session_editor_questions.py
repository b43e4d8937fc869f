"""The two questions the session editor asks in a message box: unsaved changes, replace text.

The editor calls them through its methods ``ask_unsaved`` and ``ask_replace_summary``, which
tests replace. The strings keep the translation context ``SessionEditor``.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class UnsavedAnswer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget) -> UnsavedAnswer:
    """Save, Discard or Cancel for unsaved changes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("SessionEditor", "Unsaved changes"),
        QCoreApplication.translate(
            "SessionEditor", "This session has changes that are not saved. Save them?"
        ),
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


def ask_replace_summary(parent: QWidget) -> bool:
    """Whether to replace the summary's text."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("SessionEditor", "Replace the summary?"),
        QCoreApplication.translate(
            "SessionEditor", "The summary already holds text. Replace it? (Ctrl+Z brings it back.)"
        ),
    )
    return answer == QMessageBox.StandardButton.Yes
