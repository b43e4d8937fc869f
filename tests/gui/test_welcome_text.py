"""The welcome window's first-run explanation: what a practice file is, that a passphrase
cannot be recovered, and where the backups go."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from mentordesk import config
from mentordesk.ui.welcome_window import WelcomeWindow
from tests.gui.conftest import visible_texts


def test_first_run_explains_file_passphrase_and_backup_folder(qtbot: QtBot) -> None:
    window = WelcomeWindow()
    qtbot.addWidget(window)
    window.show()
    text = " ".join(visible_texts(window))
    assert "one encrypted file on this computer" in text
    assert "cannot be recovered" in text
    assert str(config.backup_dir()) in text
    window.close()
