"""How a backup is named on screen: when, why, how big, whether it was checked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from mentordesk.services.backups import Backup, BackupReason
from mentordesk.ui.labels import date_text, time_text


def when_text(moment: dt.datetime) -> str:
    """``23-11-2026 14:05`` in the interface locale (local time)."""
    local = moment.astimezone() if moment.tzinfo else moment
    return f"{date_text(local.date())} {time_text(local.time())}"


def reason_text(backup: Backup) -> str:
    if backup.reason is BackupReason.BEFORE_MIGRATION:
        return QCoreApplication.translate(
            "BackupLabels", "Before an update (file version {version})"
        ).format(version=backup.schema_version or "?")
    texts = {
        BackupReason.OPENED: QCoreApplication.translate("BackupLabels", "When the file was opened"),
        BackupReason.INTERVAL: QCoreApplication.translate("BackupLabels", "While you worked"),
        BackupReason.CLOSED: QCoreApplication.translate("BackupLabels", "When the file was closed"),
        BackupReason.MANUAL: QCoreApplication.translate("BackupLabels", "Made by you"),
        BackupReason.PASSPHRASE_CHANGED: QCoreApplication.translate(
            "BackupLabels", "After a passphrase change"
        ),
    }
    return texts.get(backup.reason, str(backup.reason))


def size_text(size_bytes: int) -> str:
    """``1,2 MB`` / ``1.2 MB`` in the interface locale (decimal units, as file managers show)."""
    return QLocale().formattedDataSize(
        max(0, int(size_bytes)), 1, QLocale.DataSizeFormat.DataSizeSIFormat
    )


def checked_text(backup: Backup) -> str:
    if backup.verified:
        return QCoreApplication.translate("BackupLabels", "Checked when made")
    return QCoreApplication.translate("BackupLabels", "Not checked (older copy)")
