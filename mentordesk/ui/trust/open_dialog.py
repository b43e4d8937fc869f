"""The passphrase dialog of the launcher, which hands a damaged file on instead of only
showing the error: the launcher then offers the newest good backup (``DamagedFileDialog``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal

from mentordesk.errors import DamagedFileError
from mentordesk.ui.passphrase_dialog import PassphraseDialog


class OpenPassphraseDialog(PassphraseDialog):
    """``PassphraseDialog`` plus ``damage_found(DamagedFileError, Path, str passphrase)``: the
    passphrase was right but the file is damaged. The dialog closes before emitting it.

    A wrong passphrase stays a wrong passphrase (shown in the dialog, "or a damaged file").
    """

    damage_found = Signal(object, object, str)

    def _on_open_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DamagedFileError):
            super()._on_open_failed(exc)
            return
        passphrase = self.passphrase_edit.text()
        self._set_busy(False)
        self.passphrase_edit.clear()
        self.reject()
        self.damage_found.emit(exc, Path(self.path), passphrase)
