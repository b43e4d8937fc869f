"""How a person's name is shown: in full, or by initials for a sensitive client."""

from __future__ import annotations

import unicodedata

_PARTICLES = {"van", "de", "der", "den", "het", "ter", "ten", "te", "in", "'t", "von", "la", "le"}


def initials(name: str) -> str:
    """``"Ülkü Şahin"`` -> ``"Ü.Ş."``; Dutch particles (van, de, ...) are skipped."""
    words = [w for w in unicodedata.normalize("NFC", name).split() if w]
    letters = []
    for word in words:
        if word.lower() in _PARTICLES and len(words) > 1:
            continue
        first = next((ch for ch in word if ch.isalnum()), "")
        if first:
            letters.append(first.upper() + ".")
    return "".join(letters) or "?"


def display_name(name: str, preferred_name: str = "", *, sensitive: bool = False) -> str:
    """The name to show in lists, the agenda and calendar exports."""
    if sensitive:
        return initials(name)
    preferred = preferred_name.strip()
    if preferred and preferred.casefold() not in (w.casefold() for w in name.split()):
        return f"{name} ({preferred})"
    return name


def fold(text: str) -> str:
    """Text for matching as people type: case and accents ignored (``"José"`` ~ ``"jose"``)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
