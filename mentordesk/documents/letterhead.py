"""What every page carries: the letterhead on page one, a running header after it, and a footer
with the practice's name, KvK number and contact and "Page x of y" on every page.

The page count is known only at the end, so the canvas keeps each page until the document is
complete and then draws the footers (``numbered_canvas``). Text drawn straight on the canvas is
cleaned (``markup.plain``) and cut to the room it has, so a long trade name never runs off the
page. A logo or signature that cannot be read is left out; it never stops a document.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mentordesk.documents import fonts, markup
from mentordesk.documents import styles as st
from mentordesk.documents.model import PracticeBlock
from mentordesk.documents.wording import page_of, word
from mentordesk.domain.enums import Language

log = logging.getLogger(__name__)
LETTERHEAD_HEIGHT = 27 * st.MM  # from the top margin to the rule under the letterhead


def fit(
    text: str, face: str, size: float, width: float, *, smallest: float = 6.5
) -> tuple[str, float]:
    """``text`` (cleaned, one line) and a font size so that it fits ``width``: shrunk a little
    first, then cut with an ellipsis."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    line = markup.plain(text)[:400]  # no line this short holds more; keeps the search fast
    while size > smallest and stringWidth(line, face, size) > width:
        size -= 0.25
    if stringWidth(line, face, size) <= width:
        return line, size
    low, high = 0, len(line)  # the longest prefix that fits with an ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(line[:middle] + "…", face, size) <= width:
            low = middle
        else:
            high = middle - 1
    cut = line[:low].rstrip()
    return (cut + "…" if cut else ""), size


def image_reader(data: bytes | None) -> Any | None:
    """A reportlab image for PNG/JPEG bytes, or None when there is none or it cannot be read."""
    if not data:
        return None
    from reportlab.lib.utils import ImageReader

    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
    except Exception:  # a damaged image must not stop the document
        log.warning("an image in the practice details could not be read; left out")
        return None
    if width <= 0 or height <= 0:
        return None
    return reader


def scaled(reader: Any, max_width: float, max_height: float) -> tuple[float, float]:
    width, height = reader.getSize()
    factor = min(max_width / width, max_height / height)
    return width * factor, height * factor


def address_lines(practice: PracticeBlock) -> list[str]:
    town = " ".join(p for p in (practice.postal_code, practice.city) if p.strip())
    lines = [practice.street, town, practice.country]
    return [line for line in lines if line.strip()]


def contact_lines(practice: PracticeBlock) -> list[str]:
    return [line for line in (practice.phone, practice.email, practice.website) if line.strip()]


def footer_text(practice: PracticeBlock, language: Language) -> str:
    parts = [practice.name]
    if practice.kvk_number.strip():
        parts.append(f"{word('kvk', language)} {practice.kvk_number}")
    parts.extend(p for p in (practice.email, practice.phone) if p.strip())
    return "  ·  ".join(p for p in parts if p.strip())


@dataclass(frozen=True)
class PageDecor:
    """Draws the fixed parts of each page of one document."""

    practice: PracticeBlock
    language: Language
    running_title: str  # e.g. "Voortgangsbrief · José García", on pages after the first

    def letterhead(self, canvas: Any, _doc: Any = None) -> None:
        """Logo and name on the left, address and contact on the right, a rule beneath."""
        faces = fonts.register()
        from reportlab.lib import colors
        from reportlab.pdfbase.pdfmetrics import stringWidth

        top = st.PAGE_HEIGHT - st.TOP
        right = st.PAGE_WIDTH - st.RIGHT
        lines = [*address_lines(self.practice), *contact_lines(self.practice)]
        widest = max(
            (stringWidth(markup.plain(line), faces.regular, 8.5) for line in lines), default=0
        )
        contact_width = min(70 * st.MM, widest + 1)
        canvas.saveState()
        x = st.LEFT
        logo = image_reader(self.practice.logo)
        if logo is not None:
            width, height = scaled(logo, 42 * st.MM, 20 * st.MM)
            canvas.drawImage(logo, x, top - height, width, height, mask="auto")
            x += width + 5 * st.MM
        name_width = right - contact_width - 6 * st.MM - x
        name, size = fit(self.practice.name, faces.bold, 16, name_width, smallest=10)
        canvas.setFillColor(colors.HexColor(st.ACCENT))
        canvas.setFont(faces.bold, size)
        canvas.drawString(x, top - size, name)
        if self.practice.trade_name.strip():
            trade, small = fit(self.practice.trade_name, faces.italic, 9, name_width)
            canvas.setFillColor(colors.HexColor(st.MUTED))
            canvas.setFont(faces.italic, small)
            canvas.drawString(x, top - size - 5 * st.MM, trade)
        canvas.setFillColor(colors.HexColor(st.MUTED))
        y = top - 7.5
        for line in lines:
            text, size = fit(line, faces.regular, 8.5, contact_width)
            canvas.setFont(faces.regular, size)
            canvas.drawRightString(right, y, text)
            y -= 11
        canvas.setStrokeColor(colors.HexColor(st.ACCENT))
        canvas.setLineWidth(1.2)
        rule = top - LETTERHEAD_HEIGHT
        canvas.line(st.LEFT, rule, right, rule)
        canvas.restoreState()

    def running_header(self, canvas: Any, _doc: Any = None) -> None:
        faces = fonts.register()
        from reportlab.lib import colors

        top = st.PAGE_HEIGHT - st.TOP
        right = st.PAGE_WIDTH - st.RIGHT
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(st.MUTED))
        title, size = fit(self.running_title, faces.regular, 8.5, st.TEXT_WIDTH * 0.6)
        canvas.setFont(faces.regular, size)
        canvas.drawString(st.LEFT, top - 8, title)
        name, size = fit(self.practice.name, faces.bold, 8.5, st.TEXT_WIDTH * 0.38)
        canvas.setFont(faces.bold, size)
        canvas.drawRightString(right, top - 8, name)
        canvas.setStrokeColor(colors.HexColor(st.RULE))
        canvas.setLineWidth(0.6)
        canvas.line(st.LEFT, top - 13, right, top - 13)
        canvas.restoreState()

    def footer(self, canvas: Any, page: int, pages: int) -> None:
        faces = fonts.register()
        from reportlab.lib import colors

        right = st.PAGE_WIDTH - st.RIGHT
        base = st.BOTTOM - 12 * st.MM
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor(st.RULE))
        canvas.setLineWidth(0.6)
        canvas.line(st.LEFT, base + 11, right, base + 11)
        canvas.setFillColor(colors.HexColor(st.MUTED))
        number = page_of(page, pages, self.language)
        canvas.setFont(faces.regular, 7.5)
        canvas.drawRightString(right, base, number)
        from reportlab.pdfbase.pdfmetrics import stringWidth

        room = st.TEXT_WIDTH - stringWidth(number, faces.regular, 7.5) - 8 * st.MM
        text, size = fit(footer_text(self.practice, self.language), faces.regular, 7.5, room)
        canvas.setFont(faces.regular, size)
        canvas.drawString(st.LEFT, base, text)
        canvas.restoreState()


def numbered_canvas(decor: PageDecor) -> Callable[..., Any]:
    """A canvas class that holds every page back until it knows how many there are."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # every page starts in our font, so no unembedded Helvetica is ever referenced
            kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.register().regular
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                decor.footer(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(story: list[Any], decor: PageDecor, *, title: str, first_page_top: float) -> bytes:
    """Lay ``story`` out on A4: the first page below the letterhead, later pages below the
    running header; returns the PDF bytes."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(st.PAGE_WIDTH, st.PAGE_HEIGHT),
        leftMargin=st.LEFT,
        rightMargin=st.RIGHT,
        topMargin=st.TOP,
        bottomMargin=st.BOTTOM,
        title=markup.plain(title),
        author=markup.plain(decor.practice.name),
        creator="MentorDesk",
        pageCompression=1,
    )
    first_height = st.PAGE_HEIGHT - first_page_top - st.BOTTOM
    later_top = st.TOP + 8 * st.MM
    later_height = st.PAGE_HEIGHT - later_top - st.BOTTOM
    no_padding = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    first = Frame(st.LEFT, st.BOTTOM, st.TEXT_WIDTH, first_height, id="first", **no_padding)
    later = Frame(st.LEFT, st.BOTTOM, st.TEXT_WIDTH, later_height, id="later", **no_padding)
    doc.addPageTemplates(
        [
            PageTemplate(
                id="first", frames=[first], onPage=decor.letterhead, autoNextPageTemplate="later"
            ),
            PageTemplate(id="later", frames=[later], onPage=decor.running_header),
        ]
    )
    doc.build(story, canvasmaker=numbered_canvas(decor))
    return buffer.getvalue()
