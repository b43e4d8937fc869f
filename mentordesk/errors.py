"""Errors a mentor can act on, each with a message in English and Dutch.

Anything that is not a ``UserError`` is a bug: it is logged with a traceback and shown as
"something went wrong" with the path of the log file.
"""

from __future__ import annotations

import locale
import os

_chosen_language = ""


def set_language(language: str) -> None:
    """The language chosen in the settings ("" follows the system)."""
    global _chosen_language  # noqa: PLW0603 - one process-wide choice
    _chosen_language = language if language in ("nl", "en") else ""


def current_language() -> str:
    """The interface language: ``MENTORDESK_LANG``, the settings, else the system locale."""
    chosen = os.environ.get("MENTORDESK_LANG", "").strip().lower() or _chosen_language
    if chosen in ("nl", "en"):
        return chosen
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    loc = locale.getlocale()[0] or ""
    return "nl" if loc.lower().startswith("nl") else "en"


class MentorDeskError(Exception):
    """Base of every error MentorDesk raises on purpose."""


class UserError(MentorDeskError):
    """An error the user can act on. ``en`` and ``nl`` say what happened and what to do."""

    en: str = "Something went wrong."
    nl: str = "Er ging iets mis."

    def __init__(self, en: str | None = None, nl: str | None = None, **details: object) -> None:
        if en is not None:
            self.en = en
        if nl is not None:
            self.nl = nl
        self.details = details
        super().__init__(self.text("en"))

    def text(self, language: str | None = None) -> str:
        lang = language or current_language()
        template = self.nl if lang == "nl" else self.en
        return template.format(**self.details) if self.details else template

    def __str__(self) -> str:
        return self.text()


class EmptyPassphraseError(UserError):
    en = (
        "The passphrase is empty. Choose a passphrase: without one the file would not be encrypted."
    )
    nl = (
        "De wachtzin is leeg. Kies een wachtzin: zonder wachtzin zou het bestand niet "
        "versleuteld zijn."
    )


class WrongPassphraseError(UserError):
    en = (
        "The passphrase does not open this file. Check it and try again "
        "(mind Caps Lock). If you are sure it is right, the file may be damaged: "
        "open a backup instead."
    )
    nl = (
        "Met deze wachtzin gaat het bestand niet open. Controleer hem en probeer het opnieuw "
        "(let op Caps Lock). Weet u zeker dat hij klopt, dan is het bestand misschien "
        "beschadigd: open dan een reservekopie."
    )


class DamagedFileError(UserError):
    en = "The file {path} is damaged ({reason}). Open a backup copy instead."
    nl = "Het bestand {path} is beschadigd ({reason}). Open in plaats daarvan een reservekopie."


class NotMentorDeskFileError(UserError):
    en = "{path} is not a MentorDesk file. Choose a file that ends in .mentordesk."
    nl = "{path} is geen MentorDesk-bestand. Kies een bestand dat eindigt op .mentordesk."


class EmptyFileError(NotMentorDeskFileError):
    """A file of 0 bytes: often a copy or a sync that never finished."""

    en = (
        "The file {path} is empty (0 bytes), so it holds no client data. Perhaps a copy or a "
        "cloud sync did not finish. Open a backup copy, or the original file."
    )
    nl = (
        "Het bestand {path} is leeg (0 bytes) en bevat dus geen cliëntgegevens. Misschien is "
        "een kopie of een cloudsynchronisatie niet afgemaakt. Open een reservekopie of het "
        "oorspronkelijke bestand."
    )


class PlainDatabaseError(NotMentorDeskFileError):
    """An unencrypted SQLite database: another program's, never a MentorDesk file."""

    en = (
        "{path} is an unencrypted database of another program, not a MentorDesk file "
        "(MentorDesk files are always encrypted). The file was not changed."
    )
    nl = (
        "{path} is een onversleutelde database van een ander programma, geen MentorDesk-bestand "
        "(MentorDesk-bestanden zijn altijd versleuteld). Het bestand is niet gewijzigd."
    )


class ForeignDatabaseError(NotMentorDeskFileError):
    """An encrypted database that the passphrase opens, but not one MentorDesk made."""

    en = (
        "{path} opens with this passphrase, but it is a database of another program, not a "
        "MentorDesk file. The file was not changed."
    )
    nl = (
        "{path} gaat open met deze wachtzin, maar het is een database van een ander programma, "
        "geen MentorDesk-bestand. Het bestand is niet gewijzigd."
    )


class FolderNotFileError(NotMentorDeskFileError):
    en = "{path} is a folder, not a file. Choose the .mentordesk file itself."
    nl = "{path} is een map, geen bestand. Kies het .mentordesk-bestand zelf."


class FileMissingError(UserError):
    en = "The file {path} does not exist (any more). Was it moved or renamed?"
    nl = "Het bestand {path} bestaat niet (meer). Is het verplaatst of hernoemd?"


class FileAlreadyExistsError(UserError):
    en = "{path} already exists. Choose another name; MentorDesk never overwrites a file."
    nl = "{path} bestaat al. Kies een andere naam; MentorDesk overschrijft nooit een bestand."


class FileInUseError(UserError):
    en = "This file is open in another MentorDesk window ({holder}). Close it there first."
    nl = (
        "Dit bestand is al geopend in een ander MentorDesk-venster ({holder}). "
        "Sluit het daar eerst."
    )


class NewerVersionError(UserError):
    en = (
        "This file was made by a newer MentorDesk (file version {found}, this program "
        "understands up to {supported}). Update MentorDesk to open it; the file was not changed."
    )
    nl = (
        "Dit bestand is gemaakt met een nieuwere MentorDesk (bestandsversie {found}, dit "
        "programma kent tot en met {supported}). Werk MentorDesk bij om het te openen; het "
        "bestand is niet gewijzigd."
    )


class ReadOnlyError(UserError):
    en = (
        "MentorDesk cannot write to {path}. The file or its folder is read-only: "
        "copy it to a folder of your own and open that copy."
    )
    nl = (
        "MentorDesk kan niet schrijven naar {path}. Het bestand of de map is alleen-lezen: "
        "kopieer het naar een eigen map en open die kopie."
    )


class ReadOnlyFolderError(ReadOnlyError):
    """The file may be written, but not the folder it is in (the lock and journal go there)."""

    en = (
        "MentorDesk cannot write in the folder {path}. It needs to save its work next to the "
        "client file there. Move the file to a folder of your own and open it from there."
    )
    nl = (
        "MentorDesk kan niet schrijven in de map {path}. Het moet daar naast het cliëntbestand "
        "zijn werk kunnen opslaan. Verplaats het bestand naar een eigen map en open het daar."
    )


class DiskFullError(UserError):
    en = (
        "The disk is full, so the last change was not saved (nothing else was lost). "
        "Free up space and try again."
    )
    nl = (
        "De schijf is vol, dus de laatste wijziging is niet opgeslagen (verder is er niets "
        "verloren). Maak ruimte vrij en probeer het opnieuw."
    )


class DiskWriteError(UserError):
    """A read or write of the file failed (SQLite's "disk I/O error") with room on the disk."""

    en = (
        "MentorDesk could not write to {path}: the disk reported an error. The last change was "
        "not saved (nothing else was lost). Check that the disk or network drive is still "
        "connected and has room, then try again."
    )
    nl = (
        "MentorDesk kon niet schrijven naar {path}: de schijf gaf een fout. De laatste "
        "wijziging is niet opgeslagen (verder is er niets verloren). Controleer of de schijf "
        "of netwerkschijf nog verbonden is en ruimte heeft, en probeer het opnieuw."
    )


class NoPassphraseGivenError(UserError):
    en = (
        "No passphrase given. Use --passphrase-file, the MENTORDESK_PASSPHRASE variable, "
        "or run this in a terminal to be asked."
    )
    nl = (
        "Geen wachtzin opgegeven. Gebruik --passphrase-file, de variabele "
        "MENTORDESK_PASSPHRASE, of start dit in een terminal om ernaar gevraagd te worden."
    )


class ValidationError(UserError):
    """Input that breaks a rule. ``field`` names the input it is about."""

    def __init__(self, field: str, en: str, nl: str, **details: object) -> None:
        self.field = field
        super().__init__(en, nl, **details)


_DUTCH_NOUNS = {
    "Client": "Cliënt",
    "Payer": "Betaler",
    "Engagement": "Traject",
    "Goal": "Doel",
    "Action item": "Actie",
    "Session": "Sessie",
    "Draft": "Concept",
}


class NotFoundError(UserError):
    en = "{what} {ident} was not found. It may have been removed."
    nl = "{what} {ident} is niet gevonden. Misschien is het verwijderd."

    def text(self, language: str | None = None) -> str:
        lang = language or current_language()
        what = self.details.get("what")
        if lang == "nl" and isinstance(what, str) and what in _DUTCH_NOUNS:
            details = {**self.details, "what": _DUTCH_NOUNS[what]}
            return self.nl.format(**details)
        return super().text(language)
