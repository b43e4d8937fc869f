"""The look of every document: A4, margins, colours and paragraph styles in one place.

Calm and legible: one sans-serif family (Noto Sans), body text at 10 pt on 14.5 pt leading,
headings in a deep teal with a hairline under them, facts in a quieter grey.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from mentordesk.documents import fonts

MM: Final = 72 / 25.4  # points per millimetre
PAGE_WIDTH: Final = 210 * MM  # A4
PAGE_HEIGHT: Final = 297 * MM
LEFT: Final = 25 * MM
RIGHT: Final = 20 * MM
TOP: Final = 18 * MM
BOTTOM: Final = 24 * MM  # room for the footer
TEXT_WIDTH: Final = PAGE_WIDTH - LEFT - RIGHT

ACCENT: Final = "#1f5f6b"  # deep teal: headings, rules
ACCENT_LIGHT: Final = "#e6eff0"
INK: Final = "#1f2328"
MUTED: Final = "#5f6b73"
RULE: Final = "#c9d3d6"
SERIES: Final = ("#1f5f6b", "#d9822b", "#6c5b7b", "#4e8f4a", "#3a6ea5", "#b5485d")


@dataclass(frozen=True)
class Styles:
    body: Any
    body_tight: Any
    bullet: Any
    title: Any
    subject: Any
    heading: Any
    goal_title: Any
    session_title: Any
    meta: Any
    badge: Any
    label: Any
    value: Any
    small: Any
    address: Any
    signer: Any


def styles() -> Styles:
    """Paragraph styles (reportlab is imported here, when a document is built)."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    faces = fonts.register()
    ink, muted, accent = (colors.HexColor(c) for c in (INK, MUTED, ACCENT))
    body = ParagraphStyle(
        "body",
        fontName=faces.regular,
        fontSize=10,
        leading=14.5,
        textColor=ink,
        spaceAfter=6,
        splitLongWords=1,
        bulletFontName=faces.regular,
        allowWidows=0,
        allowOrphans=0,
    )
    return Styles(
        body=body,
        body_tight=ParagraphStyle("body_tight", parent=body, spaceAfter=2),
        bullet=ParagraphStyle(
            "bullet", parent=body, leftIndent=5 * MM, bulletIndent=1.2 * MM, spaceAfter=2
        ),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=faces.bold,
            fontSize=17,
            leading=21,
            textColor=accent,
            spaceAfter=2,
        ),
        subject=ParagraphStyle(
            "subject", parent=body, fontName=faces.bold, fontSize=11.5, leading=15, spaceAfter=10
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=faces.bold,
            fontSize=12,
            leading=15,
            textColor=accent,
            spaceBefore=12,
            spaceAfter=2,
        ),
        goal_title=ParagraphStyle(
            "goal_title", parent=body, fontName=faces.bold, fontSize=10.5, leading=14, spaceAfter=1
        ),
        session_title=ParagraphStyle(
            "session_title", parent=body, fontSize=10.5, leading=14, spaceBefore=7, spaceAfter=1
        ),
        meta=ParagraphStyle(
            "meta", parent=body, fontSize=8.5, leading=12, textColor=muted, spaceAfter=3
        ),
        badge=ParagraphStyle(
            "badge", parent=body, fontSize=8.5, leading=12, textColor=accent, alignment=2
        ),
        label=ParagraphStyle(
            "label", parent=body, fontSize=8, leading=11, textColor=muted, spaceAfter=0
        ),
        value=ParagraphStyle("value", parent=body, fontSize=10, leading=13.5, spaceAfter=0),
        small=ParagraphStyle(
            "small", parent=body, fontSize=8, leading=11, textColor=muted, spaceAfter=0
        ),
        address=ParagraphStyle("address", parent=body, fontSize=10, leading=14, spaceAfter=0),
        signer=ParagraphStyle(
            "signer", parent=body, fontName=faces.bold, spaceAfter=0, keepWithNext=0
        ),
    )
