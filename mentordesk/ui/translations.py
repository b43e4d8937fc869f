"""Loading the interface translation (Dutch) and Qt's own strings for standard buttons."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mentordesk.errors import current_language

log = logging.getLogger(__name__)
I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def locale_for(language: str) -> QLocale:
    """Dutch as in the Netherlands; English as in Ireland (day-first dates, the euro)."""
    if language == "nl":
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    return QLocale(QLocale.Language.English, QLocale.Country.Ireland)


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install the translators for ``language`` (default: ``errors.current_language()``).

    Returns them; the caller keeps them alive as long as the application runs.
    """
    lang = language or current_language()
    installed: list[QTranslator] = []
    QLocale.setDefault(locale_for(lang))
    if lang != "nl":
        return installed
    ours = QTranslator(app)
    if ours.load(str(I18N_DIR / "mentordesk_nl.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("Dutch translation not found in %s", I18N_DIR)
    qt_own = QTranslator(app)
    if qt_own.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed
