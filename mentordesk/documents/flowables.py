"""Small building blocks shared by the documents: headings, text blocks, a facts panel."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mentordesk.documents import fonts, markup
from mentordesk.documents import styles as st


def heading(text: str, styles: st.Styles) -> list[Any]:
    """A section heading with a hairline under it."""
    from reportlab.lib import colors
    from reportlab.platypus import HRFlowable, Paragraph

    rule = HRFlowable(
        width="100%", thickness=0.6, color=colors.HexColor(st.RULE), spaceBefore=1, spaceAfter=6
    )
    return [Paragraph(markup.inline(text), styles.heading), rule]


def section(text: str, items: Sequence[Sequence[Any]], styles: st.Styles) -> list[Any]:
    """A heading and ``items`` (each a list of flowables kept on one page); the heading stays
    with the first item, so it never ends a page alone. (A ``KeepTogether`` inside another
    always breaks the page, so the items are plain lists here.)"""
    from reportlab.platypus import KeepTogether

    items = [item for item in items if item]
    if not items:
        return []
    first = KeepTogether([*heading(text, styles), *items[0]])
    return [first, *(KeepTogether(list(item)) for item in items[1:])]


def each(flowables: Sequence[Any]) -> list[list[Any]]:
    """Flowables as items of a ``section``, one item each."""
    return [[flowable] for flowable in flowables]


def _tight(style: Any) -> Any:
    """``style`` without space after: a long paragraph's pieces follow each other closely."""
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{style.name}-piece", parent=style, spaceAfter=0)


def text_blocks(text: str, style: Any, styles: st.Styles) -> list[Any]:
    """The mentor's text as paragraphs and bullet items."""
    from reportlab.platypus import Paragraph, Spacer

    found: list[Any] = []
    after_list = False
    for block in markup.blocks(text):
        if after_list and not block.bullet:
            found.append(Spacer(1, 5))  # a list ends with a little air before the text
        after_list = block.bullet
        chosen = styles.bullet if block.bullet else style
        found.append(
            Paragraph(
                block.markup,
                _tight(chosen) if block.continued else chosen,
                bulletText="•" if block.marker else None,
            )
        )
    return found


def labelled(label: str, text: str, styles: st.Styles) -> list[Any]:
    """``Label: text`` in the quieter style, the label in bold."""
    from reportlab.platypus import Paragraph

    parts = markup.paragraphs(text)
    if not parts:
        return []
    parts[0] = f"<b>{markup.inline(label)}:</b> {parts[0]}"
    last = len(parts) - 1
    return [
        Paragraph(part, styles.meta if i == last else _tight(styles.meta))
        for i, part in enumerate(parts)
    ]


def grid(
    rows: Sequence[Sequence[Any]], widths: Sequence[float], commands: Sequence[Any] = ()
) -> Any:
    """A table without padding, for layout; cells hold paragraphs. Its own font is ours too,
    so no standard font (Helvetica) is referenced that the file does not embed."""
    from reportlab.platypus import Table, TableStyle

    table = Table([list(row) for row in rows], colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.register().regular),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                *commands,
            ]
        )
    )
    return table


def facts_panel(rows: Sequence[tuple[str, str]], styles: st.Styles, width: float) -> Any:
    """A light panel of label/value pairs, two pairs to a row."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph

    cells = [
        [
            Paragraph(markup.inline(label), styles.label),
            Paragraph(markup.inline(value), styles.value),
        ]
        for label, value in rows
    ]
    if len(cells) % 2:
        cells.append([Paragraph("", styles.label), Paragraph("", styles.value)])
    pairs = [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
    label_width = 24 * st.MM
    value_width = width / 2 - label_width
    return grid(
        pairs,
        [label_width, value_width, label_width, value_width],
        [
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(st.ACCENT_LIGHT)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3 * st.MM),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2 * st.MM),
            ("TOPPADDING", (0, 0), (-1, -1), 2.2 * st.MM),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * st.MM),
            ("TOPPADDING", (0, 0), (-1, 0), 3.5 * st.MM),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 3.5 * st.MM),
            ("LINEBEFORE", (0, 0), (0, -1), 2.5, colors.HexColor(st.ACCENT)),
            # the labels are smaller: lower them so that label and value share a baseline
            ("TOPPADDING", (0, 0), (0, -1), 2.2 * st.MM + 2),
            ("TOPPADDING", (2, 0), (2, -1), 2.2 * st.MM + 2),
            ("TOPPADDING", (0, 0), (0, 0), 3.5 * st.MM + 2),
            ("TOPPADDING", (2, 0), (2, 0), 3.5 * st.MM + 2),
        ],
    )
