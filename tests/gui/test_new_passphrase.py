"""The shared new-passphrase fields: hint, show/hide, and the checks before use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout
from pytestqt.qtbot import QtBot

from mentordesk.ui.form_parts import InlineError
from mentordesk.ui.widgets.new_passphrase import MIN_PASSPHRASE, NewPassphrase


@pytest.fixture
def host(qtbot: QtBot) -> QDialog:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    return dialog


def _fields(host: QDialog, **options: object) -> tuple[NewPassphrase, InlineError]:
    error = InlineError()
    fields = NewPassphrase(
        host, error, placeholder="Choose one", accessible_name="Passphrase", **options
    )  # type: ignore[arg-type]
    form = QFormLayout()
    fields.add_rows(form, "Passphrase:", "Repeat:")
    layout = QVBoxLayout(host)
    layout.addLayout(form)
    layout.addWidget(error)
    host.show()
    return fields, error


def test_the_hint_follows_the_length(qtbot: QtBot, host: QDialog) -> None:
    fields, _error = _fields(host)
    assert f"At least {MIN_PASSPHRASE} characters" in fields.hint_label.text()
    qtbot.keyClicks(fields.passphrase_edit, "paars konijn op de fiets")
    assert fields.hint_label.text() == "Good: a long passphrase."
    assert fields.hint_label.isVisible()


def test_show_reveals_both_fields(qtbot: QtBot, host: QDialog) -> None:
    fields, _error = _fields(host)
    for edit in (fields.passphrase_edit, fields.repeat_edit):
        assert edit.echoMode() == QLineEdit.EchoMode.Password
    check = fields.show_check
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    for edit in (fields.passphrase_edit, fields.repeat_edit):
        assert edit.echoMode() == QLineEdit.EchoMode.Normal


def test_problems_in_order_empty_short_unequal(qtbot: QtBot, host: QDialog) -> None:
    fields, error = _fields(host)
    assert fields.problem() == "Choose a passphrase for the new file."
    assert fields.refuse() and error.isVisible()
    assert host.focusWidget() is fields.passphrase_edit

    qtbot.keyClicks(fields.passphrase_edit, "kort")
    assert not error.isVisible(), "typing clears the message"
    qtbot.keyClicks(fields.repeat_edit, "kort")
    assert "too short" in (fields.problem() or "")
    assert str(MIN_PASSPHRASE) in (fields.problem() or "")

    fields.passphrase_edit.setText("paars konijn op de fiets")
    fields.repeat_edit.setText("paars konijn op de fits")
    assert fields.refuse()
    assert "not the same" in error.text()
    assert fields.repeat_edit.text() == "" and host.focusWidget() is fields.repeat_edit

    qtbot.keyClicks(fields.repeat_edit, "paars konijn op de fiets")
    assert fields.problem() is None and not fields.refuse()
    assert fields.text() == "paars konijn op de fiets"
    fields.clear()
    assert fields.passphrase_edit.text() == fields.repeat_edit.text() == ""


def test_minimum_and_texts_can_be_set(qtbot: QtBot, host: QDialog) -> None:
    fields, _error = _fields(
        host, minimum=12, hint="Twelve or more.", too_short="Too short for a colleague."
    )
    assert fields.hint_label.text() == "Twelve or more."
    fields.passphrase_edit.setText("elf tekens!")
    fields.repeat_edit.setText("elf tekens!")
    assert fields.problem() == "Too short for a colleague."
    fields.set_enabled(False)
    assert not any(w.isEnabled() for w in fields.widgets())


def test_every_control_has_an_accessible_name(qtbot: QtBot, host: QDialog) -> None:
    fields, _error = _fields(host)
    names = [w.accessibleName() for w in fields.widgets()]
    assert names == ["Passphrase", "Repeat the passphrase", "Show the passphrase"]
