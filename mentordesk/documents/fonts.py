"""The embedded font: Noto Sans (SIL Open Font License, ``resources/fonts/OFL.txt``).

Noto Sans covers Dutch, Turkish, Polish, Czech and Hungarian names, typographic quotes and the
euro sign. reportlab embeds a subset of each TrueType face (only the glyphs a document uses).
The faces are registered once per process, on the first document, never at start-up.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

FONT_DIR: Final = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FAMILY: Final = "MentorDeskSans"


@dataclass(frozen=True)
class Faces:
    """The reportlab names of the four faces of the family."""

    regular: str = FAMILY
    bold: str = f"{FAMILY}-Bold"
    italic: str = f"{FAMILY}-Italic"
    bold_italic: str = f"{FAMILY}-BoldItalic"


FACES: Final = Faces()
_FILES: Final = {
    FACES.regular: "NotoSans-Regular.ttf",
    FACES.bold: "NotoSans-Bold.ttf",
    FACES.italic: "NotoSans-Italic.ttf",
    FACES.bold_italic: "NotoSans-BoldItalic.ttf",
}
_lock = threading.Lock()
_registered: dict[str, Any] = {}


def font_path(face: str) -> Path:
    return FONT_DIR / _FILES[face]


def register() -> Faces:
    """Register the four faces and the family with reportlab (once; safe from any thread)."""
    with _lock:
        if _registered:
            return FACES
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        loaded = {face: TTFont(face, str(font_path(face))) for face in _FILES}
        for font in loaded.values():
            pdfmetrics.registerFont(font)
        for bold, italic, face in (
            (0, 0, FACES.regular),
            (1, 0, FACES.bold),
            (0, 1, FACES.italic),
            (1, 1, FACES.bold_italic),
        ):
            addMapping(FAMILY, bold, italic, face)
        _registered.update(loaded)
    return FACES


@cache
def codepoints() -> frozenset[int]:
    """The characters every face of the family can draw."""
    register()
    common: set[int] | None = None
    for font in _registered.values():
        mapped = set(font.face.charToGlyph)
        common = mapped if common is None else common & mapped
    return frozenset(common or ())


def covers(text: str) -> bool:
    """Whether every character of ``text`` has a glyph in every face."""
    known = codepoints()
    return all(ord(ch) in known for ch in text)
