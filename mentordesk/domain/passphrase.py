"""Passphrase rules: normalised to NFC so that the same words typed on any system open the file."""

from __future__ import annotations

import unicodedata

from mentordesk.errors import EmptyPassphraseError, UserError


class PassphraseCharacterError(UserError):
    en = "The passphrase contains a control character (such as a line break). Leave it out."
    nl = "De wachtzin bevat een stuurteken (zoals een regelovergang). Laat dat weg."


def normalise(passphrase: str) -> str:
    """Return the NFC form; refuse an empty passphrase or one with control characters."""
    nfc = unicodedata.normalize("NFC", passphrase)
    if not nfc or not nfc.strip():
        raise EmptyPassphraseError()
    if any(unicodedata.category(ch) == "Cc" for ch in nfc):
        raise PassphraseCharacterError()
    return nfc
