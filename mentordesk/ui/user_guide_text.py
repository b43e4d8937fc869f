"""Where the user guide lives, and what a shown guide holds: its headings and its images.

The guide is Markdown (``docs/guide/nl.md`` and ``en.md``) with screenshots under
``docs/guide/images/``. ``guide_dir()`` finds that folder in the source tree and in a
PyInstaller bundle (which must carry ``docs/guide`` as data at the same relative place).
No Qt widgets here: only the document the viewer shows.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QPixmap,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)

GUIDE_LANGUAGES = ("nl", "en")
SOURCE_NAME = QTextFormat.Property.UserProperty + 1  # a fitted image's own name in the Markdown
FITTED = "?fitted"  # added to the name of the smoothly scaled copy of an image
GUIDE_PARTS = ("docs", "guide")


def guide_dir() -> Path:
    """The folder holding ``nl.md``, ``en.md`` and ``images/``.

    In a PyInstaller build it is ``<bundle>/docs/guide`` (``sys._MEIPASS``); from the source
    tree it is ``docs/guide`` beside the ``mentordesk`` package. The first that exists wins; when
    none does, the bundle's (or else the source tree's) path is returned, so a message can name
    where the guide was looked for.
    """
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle).joinpath(*GUIDE_PARTS))
    candidates.append(Path(__file__).resolve().parents[2].joinpath(*GUIDE_PARTS))
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def guide_file(language: str, folder: Path | None = None) -> Path:
    """The guide's Markdown file for ``language`` (``nl`` or ``en``; anything else is ``en``)."""
    code = language if language in GUIDE_LANGUAGES else "en"
    return (folder or guide_dir()) / f"{code}.md"


def slug(text: str) -> str:
    """A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to ``-``.

    So a link like ``[backups](#8-backups-and-restore)`` works on GitHub and in the viewer.
    """
    lowered = unicodedata.normalize("NFC", text).strip().lower()
    kept = "".join(ch for ch in lowered if ch.isalnum() or ch in " -_")
    return re.sub(r" ", "-", kept)


@dataclass(frozen=True)
class Heading:
    """A heading of the shown document: its level (1-6), text, anchor and where it starts."""

    level: int
    text: str
    anchor: str
    position: int


def headings(document: QTextDocument) -> list[Heading]:
    """Every heading of ``document`` (set from Markdown), in order."""
    found: list[Heading] = []
    block: QTextBlock = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level > 0 and block.text().strip():
            text = block.text().strip()
            found.append(Heading(level, text, slug(text), block.position()))
        block = block.next()
    return found


def image_names(document: QTextDocument) -> list[str]:
    """The names (as written in the Markdown) of the images the document shows."""
    names: list[str] = []
    for cursor, image in _image_fragments(document):
        del cursor
        names.append(source_name(image))
    return names


def source_name(image: QTextImageFormat) -> str:
    """The image's name as written in the Markdown, also after it was fitted."""
    return image.stringProperty(SOURCE_NAME) or image.name()


def fit_images(document: QTextDocument, width: int, ratio: float = 1.0) -> None:
    """Show every image at its own size, or narrower (keeping its shape) to fit ``width``.

    A narrower image is a smoothly scaled copy (for a screen of device pixel ratio ``ratio``),
    kept as a resource of the document: the text layout would shrink the original pixel by
    pixel, which makes the small print of a screenshot ragged.
    """
    for cursor, image in _image_fragments(document):
        name = source_name(image)
        original = load_image(document, name)
        if original is None:
            continue
        shown = min(original.width(), max(120, width))
        height = round(original.height() * shown / original.width())
        wanted = name if shown == original.width() else name + FITTED
        if (
            round(image.width()) == shown
            and round(image.height()) == height
            and image.name() == wanted
        ):
            continue
        if wanted != name:
            scaled = original.scaled(
                round(shown * ratio),
                round(height * ratio),
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            scaled.setDevicePixelRatio(ratio)
            resolved = document.baseUrl().resolved(QUrl(wanted))
            document.addResource(QTextDocument.ResourceType.ImageResource, resolved, scaled)
        image.setProperty(SOURCE_NAME, name)
        image.setName(wanted)
        image.setWidth(shown)
        image.setHeight(height)
        cursor.setCharFormat(image)


def load_image(document: QTextDocument, name: str) -> QImage | None:
    """The image ``name`` at its natural size as the document loads it; None when it cannot."""
    resource = document.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(name))
    if isinstance(resource, QPixmap) and not resource.isNull():
        return resource.toImage()
    if isinstance(resource, QImage) and not resource.isNull():
        return resource
    return None


def _image_fragments(document: QTextDocument) -> list[tuple[QTextCursor, QTextImageFormat]]:
    """Each image with a cursor that selects exactly it."""
    found: list[tuple[QTextCursor, QTextImageFormat]] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                found.append((cursor, fragment.charFormat().toImageFormat()))
            iterator += 1
        block = block.next()
    return found
