"""Building blocks of the money documents: the head (addressee beside the key facts), tables
of amounts with right-aligned figures, a totals block, the payment panel with its QR code, and
a page decor that can print "CONCEPT" across a draft.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from mentordesk.documents import fonts, markup
from mentordesk.documents import styles as st
from mentordesk.documents.flowables import grid
from mentordesk.documents.letterhead import LETTERHEAD_HEIGHT, PageDecor

FIRST_PAGE_TOP: Final = st.TOP + LETTERHEAD_HEIGHT + 9 * st.MM
ADDRESS_WIDTH: Final = 85 * st.MM
FACTS_WIDTH: Final = st.TEXT_WIDTH - ADDRESS_WIDTH
HEAD_HEIGHT: Final = 32 * st.MM  # the addressee stays where a window envelope shows it
QR_SIZE: Final = 30 * st.MM


@dataclass(frozen=True)
class TableStyles:
    cell: Any
    cell_bold: Any
    number: Any
    number_bold: Any
    head: Any
    head_number: Any


def table_styles(styles: st.Styles) -> TableStyles:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    faces = fonts.register()
    cell = ParagraphStyle("cell", parent=styles.body, fontSize=9.5, leading=12.5, spaceAfter=0)
    bold = ParagraphStyle("cell_bold", parent=cell, fontName=faces.bold)
    head = ParagraphStyle(
        "head_cell",
        parent=cell,
        fontName=faces.bold,
        fontSize=8,
        leading=10,
        textColor=st.MUTED,
    )
    return TableStyles(
        cell=cell,
        cell_bold=bold,
        number=ParagraphStyle("number", parent=cell, alignment=TA_RIGHT),
        number_bold=ParagraphStyle("number_bold", parent=bold, alignment=TA_RIGHT),
        head=head,
        head_number=ParagraphStyle("head_number", parent=head, alignment=TA_RIGHT),
    )


@dataclass(frozen=True)
class MoneyDecor(PageDecor):
    """The letterhead and running header, with ``watermark`` across every page (a draft)."""

    watermark: str = ""

    def letterhead(self, canvas: Any, _doc: Any = None) -> None:
        super().letterhead(canvas, _doc)
        self._watermark(canvas)

    def running_header(self, canvas: Any, _doc: Any = None) -> None:
        super().running_header(canvas, _doc)
        self._watermark(canvas)

    def _watermark(self, canvas: Any) -> None:
        if not self.watermark:
            return
        from reportlab.lib import colors

        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#d9822b"), alpha=0.13)
        canvas.setFont(fonts.register().bold, 96)
        canvas.translate(st.PAGE_WIDTH / 2, st.PAGE_HEIGHT / 2)
        canvas.rotate(35)
        canvas.drawCentredString(0, -30, markup.plain(self.watermark))
        canvas.restoreState()


def head(
    addressee: Sequence[str], facts: Sequence[tuple[str, str]], styles: st.Styles
) -> list[Any]:
    """The addressee on the left (envelope window) and the key facts on the right."""
    from reportlab.platypus import Paragraph, Spacer

    lines = [line for line in addressee if line.strip()][:8]
    address = Paragraph("<br/>".join(markup.inline(line, 120) for line in lines), styles.address)
    rows = [
        [
            Paragraph(markup.inline(label), styles.label),
            Paragraph(markup.inline(value, 120), styles.value),
        ]
        for label, value in facts
    ]
    panel = grid(
        rows,
        [26 * st.MM, FACTS_WIDTH - 26 * st.MM],
        [
            ("TOPPADDING", (0, 0), (-1, -1), 1.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
            ("TOPPADDING", (0, 0), (0, -1), 2.6),
        ],
    )
    _, address_height = address.wrap(ADDRESS_WIDTH, st.PAGE_HEIGHT)
    _, panel_height = panel.wrap(FACTS_WIDTH, st.PAGE_HEIGHT)
    room = max(0.0, HEAD_HEIGHT - max(address_height, panel_height))
    return [grid([[address, panel]], [ADDRESS_WIDTH, FACTS_WIDTH]), Spacer(1, room + 5 * st.MM)]


def amount_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    styles: st.Styles,
    *,
    numeric_from: int = 1,
    bold_last: bool = False,
    repeat_header: bool = True,
    compact: bool = False,
) -> Any:
    """A table of figures: a header row, hairlines between rows, columns from
    ``numeric_from`` on right-aligned. ``bold_last`` sets the last row off as a total."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    ts = table_styles(styles)
    last = len(rows) - 1
    pad = (0.9 if compact else 1.6) * st.MM

    def cell(text: str, column: int, row: int) -> Any:
        strong = bold_last and row == last
        if column >= numeric_from:
            style = ts.number_bold if strong else ts.number
        else:
            style = ts.cell_bold if strong else ts.cell
        return Paragraph(markup.inline(text, 300), style)

    data = [
        [
            Paragraph(markup.inline(text), ts.head_number if i >= numeric_from else ts.head)
            for i, text in enumerate(header)
        ]
    ]
    data += [[cell(text, c, r) for c, text in enumerate(row)] for r, row in enumerate(rows)]
    table = Table(data, colWidths=list(widths), repeatRows=1 if repeat_header else 0, hAlign="LEFT")
    commands: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.register().regular),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.6 * st.MM),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.6 * st.MM),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LINEBELOW", (0, 0), (-1, 0), 1, colors.HexColor(st.ACCENT)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor(st.RULE)),
    ]
    if bold_last and rows:
        commands += [
            ("LINEABOVE", (0, -1), (-1, -1), 1, colors.HexColor(st.ACCENT)),
            ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor(st.ACCENT_LIGHT)),
            ("LEFTPADDING", (0, -1), (0, -1), 1.6 * st.MM),
        ]
    table.setStyle(TableStyle(commands))
    return table


def totals_block(
    rows: Sequence[tuple[str, str]],
    styles: st.Styles,
    *,
    width: float = 92 * st.MM,
    value_width: float = 32 * st.MM,
) -> Any:
    """Label and amount rows, right-aligned on the page; the last row is the total."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    ts = table_styles(styles)
    last = len(rows) - 1
    data = [
        [
            Paragraph(markup.inline(label), ts.cell_bold if i == last else ts.cell),
            Paragraph(markup.inline(value), ts.number_bold if i == last else ts.number),
        ]
        for i, (label, value) in enumerate(rows)
    ]
    table = Table(data, colWidths=[width - value_width, value_width], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.register().regular),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2 * st.MM),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2 * st.MM),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * st.MM),
                ("LINEABOVE", (0, -1), (-1, -1), 1.2, colors.HexColor(st.ACCENT)),
                ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor(st.ACCENT_LIGHT)),
                ("RIGHTPADDING", (-1, -1), (-1, -1), 2 * st.MM),
                ("TOPPADDING", (0, -1), (-1, -1), 2 * st.MM),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 2 * st.MM),
            ]
        )
    )
    return table


def key_figures(rows: Sequence[tuple[str, str]], styles: st.Styles) -> Any:
    """A tinted panel of figures, two to a row, with room for longer labels."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph

    cells = [
        [
            Paragraph(markup.inline(label), styles.label),
            Paragraph(f"<b>{markup.inline(value)}</b>", styles.value),
        ]
        for label, value in rows
    ]
    if len(cells) % 2:
        cells.append([Paragraph("", styles.label), Paragraph("", styles.value)])
    pairs = [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
    label, value = 40 * st.MM, st.TEXT_WIDTH / 2 - 40 * st.MM
    return grid(
        pairs,
        [label, value, label, value],
        [
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(st.ACCENT_LIGHT)),
            ("LINEBEFORE", (0, 0), (0, -1), 2.5, colors.HexColor(st.ACCENT)),
            ("LEFTPADDING", (0, 0), (-1, -1), 3 * st.MM),
            ("TOPPADDING", (0, 0), (-1, -1), 1.8 * st.MM),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * st.MM),
            ("TOPPADDING", (0, 0), (-1, 0), 3.5 * st.MM),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 3.5 * st.MM),
            ("TOPPADDING", (0, 0), (0, -1), 1.8 * st.MM + 2),
            ("TOPPADDING", (2, 0), (2, -1), 1.8 * st.MM + 2),
            ("TOPPADDING", (0, 0), (0, 0), 3.5 * st.MM + 2),
            ("TOPPADDING", (2, 0), (2, 0), 3.5 * st.MM + 2),
        ],
    )


def payment_panel(title: str, text: str, qr_payload: str, caption: str, styles: st.Styles) -> Any:
    """A tinted panel with the payment request and, when there is a payload, the QR code."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph

    from mentordesk.documents.payment_qr import qr_drawing

    words = [
        Paragraph(f"<b>{markup.inline(title)}</b>", styles.body_tight),
        Paragraph(markup.paragraph(text), styles.body_tight),
    ]
    cells: list[Any] = [words]
    widths = [st.TEXT_WIDTH]
    if qr_payload:
        code = [qr_drawing(qr_payload, QR_SIZE), Paragraph(markup.inline(caption), styles.small)]
        cells.append(code)
        widths = [st.TEXT_WIDTH - QR_SIZE - 8 * st.MM, QR_SIZE + 8 * st.MM]
    return grid(
        [cells],
        widths,
        [
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(st.ACCENT_LIGHT)),
            ("LINEBEFORE", (0, 0), (0, -1), 2.5, colors.HexColor(st.ACCENT)),
            ("LEFTPADDING", (0, 0), (0, -1), 4 * st.MM),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4 * st.MM),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5 * st.MM),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5 * st.MM),
            ("LEFTPADDING", (1, 0), (1, -1), 4 * st.MM),
        ],
    )
