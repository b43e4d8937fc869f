"""The pro bono statement: the unpaid work given to one client, or by the practice over a year,
in sessions, hours and value at the standard rate. It says plainly that it is not an invoice; it
has no number, no VAT and no payment request.
"""

from __future__ import annotations

from typing import Any

from mentordesk.documents import markup
from mentordesk.documents import styles as st
from mentordesk.documents.flowables import facts_panel
from mentordesk.documents.letterhead import build_pdf
from mentordesk.documents.money_layout import (
    FIRST_PAGE_TOP,
    MoneyDecor,
    amount_table,
    head,
    totals_block,
)
from mentordesk.documents.money_model import ProBonoContent
from mentordesk.documents.money_words import (
    funding_label,
    hours_text,
    long_date,
    money,
    period_text,
    word,
)


def title_of(content: ProBonoContent) -> str:
    key = "pro_bono_for" if content.client_name else "pro_bono_title"
    return word(key, content.language)


def build(content: ProBonoContent) -> bytes:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Spacer

    from mentordesk.documents.flowables import grid

    styles = st.styles()
    lang = content.language
    title = title_of(content)
    period = period_text(content.start, content.end, lang)
    decor = MoneyDecor(content.practice, lang, f"{title}  ·  {period}")
    facts = [
        (word("date", lang), long_date(content.date, lang)),
        (word("service_period", lang), period),
    ]
    story: list[Any] = []
    if content.addressee:
        story += head(content.addressee, facts, styles)
        story.append(Paragraph(markup.inline(title), styles.title))
    else:
        story += [Paragraph(markup.inline(title), styles.title), Spacer(1, 2 * st.MM)]
        story += [facts_panel(facts, styles, st.TEXT_WIDTH), Spacer(1, 4 * st.MM)]
    notice = grid(
        [[Paragraph(f"<b>{markup.inline(word('not_an_invoice', lang))}</b>", styles.body_tight)]],
        [st.TEXT_WIDTH],
        [
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbefe3")),
            ("LINEBEFORE", (0, 0), (0, -1), 2.5, colors.HexColor("#d9822b")),
            ("LEFTPADDING", (0, 0), (-1, -1), 4 * st.MM),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5 * st.MM),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * st.MM),
        ],
    )
    key = "pro_bono_intro_client" if content.client_name else "pro_bono_intro_year"
    first = long_date(content.start, lang)
    intro = word(key, lang, start=first, end=long_date(content.end, lang))
    story += [Spacer(1, 2 * st.MM), notice, Spacer(1, 4 * st.MM)]
    story.append(Paragraph(markup.paragraph(intro), styles.body))
    minutes = sum(line.minutes for line in content.lines)
    value = sum(line.value_cents for line in content.lines)
    rows = [
        (word("sessions_count", lang), str(len(content.lines))),
        (word("hours", lang), hours_text(minutes, lang)),
        (
            word("standard_rate", lang),
            word("per_hour", lang, amount=money(content.rate_cents, lang)),
        ),
        (word("value_total", lang), money(value, lang)),
    ]
    story += [
        Spacer(1, 1 * st.MM),
        totals_block(rows, styles, width=120 * st.MM, value_width=55 * st.MM),
        Spacer(1, 6 * st.MM),
        _table(content, styles),
    ]
    if content.client_name:
        story += [
            Spacer(1, 8 * st.MM),
            Paragraph(markup.inline(word("regards", lang)), styles.body_tight),
            Spacer(1, 8 * st.MM),
            Paragraph(markup.inline(content.signer), styles.signer),
        ]
    return build_pdf(story, decor, title=title, first_page_top=FIRST_PAGE_TOP)


def _table(content: ProBonoContent, styles: st.Styles) -> Any:
    from reportlab.platypus import Paragraph

    lang = content.language
    if not content.lines:
        return Paragraph(markup.inline(word("no_sessions", lang)), styles.meta)
    with_client = any(line.client for line in content.lines)
    header = [word("date", lang)]
    widths = [30 * st.MM]
    if with_client:
        header.append(word("client", lang))
        widths.append(st.TEXT_WIDTH - 30 * st.MM - 30 * st.MM - 22 * st.MM - 28 * st.MM)
    header += [word("kind", lang), word("duration", lang), word("value", lang)]
    widths += [30 * st.MM, 22 * st.MM, 28 * st.MM]
    if not with_client:
        widths[1] = st.TEXT_WIDTH - 30 * st.MM - 22 * st.MM - 28 * st.MM
    rows = []
    for line in content.lines:
        row = [line.date.strftime("%d-%m-%Y")]
        if with_client:
            row.append(line.client)
        row += [
            funding_label(line.funding, lang),
            f"{line.minutes} min",
            money(line.value_cents, lang),
        ]
        rows.append(row)
    numeric = 3 if with_client else 2
    return amount_table(header, rows, widths, styles, numeric_from=numeric)
