"""Turning the mentor's text into something reportlab prints literally, and never chokes on.

reportlab's ``Paragraph`` reads a small HTML-like markup: ``<b>``, ``<a href>``, ``<img src>``,
``<font>``, entities. All text in documents comes from user input, so every piece goes through
``paragraph`` or ``inline`` before it reaches a ``Paragraph``: ``&``, ``<``, ``>`` and quotes
become entities, so ``<a href=...>`` prints as those characters, adds no link and reads no file.

``clean`` runs first: Unicode is composed (NFC); any line break (CR, LF, CRLF, U+2028...)
becomes ``\\n`` and a tab a space; other control characters go; characters the embedded font
has no glyph for (emoji, for instance) are dropped rather than printed as empty boxes, and so
are invisible format characters such as right-to-left marks (the visible text around them
stays as it was typed).
Very long words are broken by reportlab itself (``splitLongWords`` in the styles); text drawn
straight on the canvas (letterhead, footer) is cut to its width by the letterhead module.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from mentordesk.documents import fonts

_LINE_BREAKS: Final = re.compile(r"\r\n|[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_ENTITIES: Final = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}
_BULLET: Final = re.compile(r"^\s*[-•*–]\s+")
_BLANK_LINES: Final = re.compile(r"\n[ \t]*\n")
# controls, surrogates, private use, unassigned, and invisible format characters (bidi marks,
# zero-width joiners, soft hyphens): reportlab applies no bidi algorithm, and Noto Sans draws
# some of them as visible symbols
_DROPPED_CATEGORIES: Final = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


def clean(text: str) -> str:
    """``text`` with only characters the document can print; line breaks as ``\\n``."""
    composed = unicodedata.normalize("NFC", _LINE_BREAKS.sub("\n", text or ""))
    known = fonts.codepoints()
    kept = []
    for ch in composed:
        if ch == "\n":
            kept.append(ch)
        elif ch == "\t":
            kept.append(" ")
        elif unicodedata.category(ch) in _DROPPED_CATEGORIES:
            continue
        elif ord(ch) in known:
            kept.append(ch)
    return "".join(kept)


def escape(text: str) -> str:
    """Markup entities for ``&``, ``<``, ``>`` and quotes (text must be ``clean`` already)."""
    return "".join(_ENTITIES.get(ch, ch) for ch in text)


def paragraph(text: str) -> str:
    """Paragraph markup for ``text``: escaped, line breaks kept as ``<br/>``."""
    lines = [" ".join(line.split()) for line in clean(text).strip().split("\n")]
    return "<br/>".join(escape(line) for line in lines)


MAX_INLINE: Final = 500


def inline(text: str, limit: int = MAX_INLINE) -> str:
    """Markup for text that belongs on one line (a name, a title): escaped, breaks as spaces,
    and cut with an ellipsis after ``limit`` characters (table cells cannot span pages)."""
    line = plain(text)
    if len(line) > limit:
        line = line[: limit - 1].rstrip() + "…"
    return escape(line)


def plain(text: str) -> str:
    """``text`` cleaned and on one line, not escaped: for the canvas and drawings."""
    return " ".join(clean(text).split())


CHUNK: Final = 2000  # characters per reportlab paragraph: splitting one is quadratic


def pieces(text: str, size: int = CHUNK) -> list[str]:
    """Cleaned ``text`` in pieces of at most ``size`` characters, cut at a line break, a
    sentence's end or a space where it can. reportlab splits a paragraph over pages by wrapping
    the rest again, so a 200,000-character note in one paragraph would take minutes."""
    rest = clean(text).strip()
    found = []
    while len(rest) > size:
        cut = rest.rfind("\n", size // 2, size)
        if cut < 0:
            cut = rest.rfind(". ", size // 2, size) + 1
        if cut <= 0:
            cut = rest.rfind(" ", size // 2, size)
        if cut <= 0:
            cut = size  # one very long word
        found.append(rest[:cut])
        rest = rest[cut:].lstrip(" \n")
    found.append(rest)
    return [piece for piece in found if piece.strip()]


def paragraphs(text: str) -> list[str]:
    """``paragraph`` markup for ``text``, in pieces (see ``pieces``)."""
    return [paragraph(piece) for piece in pieces(text)]


@dataclass(frozen=True)
class Block:
    """A paragraph of the mentor's text, or one item of a bulleted list. A very long paragraph
    comes as several blocks; all but the last are ``continued``."""

    markup: str
    bullet: bool = False  # part of a bullet item (indented)
    marker: bool = False  # draw the bullet (the item's first block)
    continued: bool = False


def _blocks(text: str, *, bullet: bool) -> list[Block]:
    parts = [part for part in paragraphs(text) if part]
    last = len(parts) - 1
    return [
        Block(part, bullet=bullet, marker=bullet and i == 0, continued=i < last)
        for i, part in enumerate(parts)
    ]


def blocks(text: str) -> list[Block]:
    """Split the mentor's text into paragraphs (at blank lines) and bullet items.

    A line starting with ``-``, ``*``, ``•`` or ``–`` and a space is a bullet item; other lines
    of a paragraph stay together with a line break between them.
    """
    found: list[Block] = []
    for chunk in _BLANK_LINES.split(clean(text).strip()):
        lines: list[str] = []
        for line in chunk.split("\n"):
            if _BULLET.match(line):
                if lines:
                    found += _blocks("\n".join(lines), bullet=False)
                    lines = []
                found += _blocks(_BULLET.sub("", line, count=1), bullet=True)
            elif line.strip():
                lines.append(line)
        if lines:
            found += _blocks("\n".join(lines), bullet=False)
    return found
