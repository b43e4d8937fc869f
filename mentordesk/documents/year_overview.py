"""The year overview for the accountant: key figures; revenue per month (chart and table); VAT
per quarter in the boxes of the Dutch VAT return; the invoices still open; paid versus pro bono
hours and sessions per month (chart and table) and the value of the pro bono work.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from mentordesk.documents import markup
from mentordesk.documents import styles as st
from mentordesk.documents.bar_chart import Series, bar_chart
from mentordesk.documents.flowables import heading
from mentordesk.documents.letterhead import build_pdf
from mentordesk.documents.money_layout import FIRST_PAGE_TOP, MoneyDecor, amount_table, key_figures
from mentordesk.documents.money_model import OverviewContent
from mentordesk.documents.money_words import (
    hours_text,
    long_date,
    money,
    month_name,
    short_month_name,
    treatment_label,
    word,
)
from mentordesk.domain.enums import Language
from mentordesk.domain.vat import VatTreatment


def build(content: OverviewContent) -> bytes:
    from reportlab.platypus import Paragraph, Spacer

    styles = st.styles()
    lang = content.language
    title = word("year_overview", lang, year=content.year)
    decor = MoneyDecor(content.practice, lang, title)
    made = word("made_on", lang, date=long_date(content.made_on, lang))
    story: list[Any] = [
        Paragraph(markup.inline(title), styles.title),
        Paragraph(markup.inline(made), styles.meta),
        Spacer(1, 2 * st.MM),
        key_figures(_key_figures(content), styles),
    ]
    story += _section(word("revenue_per_month", lang), _revenue(content, styles), styles)
    story += _section(word("vat_per_quarter", lang), _vat(content, styles), styles)
    story += _section(word("outstanding_invoices", lang), _open(content, styles), styles)
    story += _section(word("hours_title", lang), _hours(content, styles), styles)
    return build_pdf(story, decor, title=title, first_page_top=FIRST_PAGE_TOP)


def _section(title: str, parts: list[Any], styles: st.Styles) -> list[Any]:
    """The heading kept with the first part (a chart); the rest flows on, so a long table
    runs on to the next page (with its header row repeated) instead of leaving a gap."""
    from reportlab.platypus import KeepTogether

    return [KeepTogether([*heading(title, styles), parts[0]]), *parts[1:]]


def _sum(content: OverviewContent, name: str) -> int:
    return sum(int(getattr(m, name)) for m in content.months)


def _key_figures(content: OverviewContent) -> list[tuple[str, str]]:
    lang = content.language
    open_total = sum(o.open_cents for o in content.outstanding)
    as_of = long_date(content.as_of, lang)
    return [
        (word("revenue", lang), money(_sum(content, "revenue_cents"), lang)),
        (word("paid_hours", lang), _hours_and_sessions(content, "paid", lang)),
        (word("vat_invoiced", lang), money(_sum(content, "vat_cents"), lang)),
        (word("pro_bono_hours", lang), _hours_and_sessions(content, "pro_bono", lang)),
        (word("received", lang), money(_sum(content, "received_cents"), lang)),
        (word("pro_bono_value", lang), money(_sum(content, "pro_bono_value_cents"), lang)),
        (word("outstanding", lang, date=as_of), money(open_total, lang)),
        (
            word("vat_regimes", lang),
            ", ".join(treatment_label(t, lang) for t in content.treatments) or "–",
        ),
    ]


def _hours_and_sessions(content: OverviewContent, kind: str, lang: Language) -> str:
    minutes = _sum(content, f"{kind}_minutes")
    sessions = _sum(content, f"{kind}_sessions")
    return f"{hours_text(minutes, lang)} ({sessions} {word('sessions_count', lang).lower()})"


def _euros_axis(lang: Language) -> Any:
    def text(cents: int) -> str:
        whole = money(cents, lang)
        return whole.rsplit("," if lang is Language.NL else ".", 1)[0]

    return text


def _revenue(content: OverviewContent, styles: st.Styles) -> list[Any]:
    from reportlab.platypus import Spacer

    lang = content.language
    months = [short_month_name(m.month, lang) for m in content.months]
    chart = bar_chart(
        [
            Series(
                word("revenue", lang),
                st.ACCENT,
                tuple(max(0, m.revenue_cents) for m in content.months),
            )
        ],
        months,
        _euros_axis(lang),
        st.TEXT_WIDTH,
    )
    header = [
        word("month", lang),
        word("revenue", lang),
        word("vat", lang),
        word("total", lang),
        word("received", lang),
    ]
    rows = [
        [
            month_name(m.month, lang),
            money(m.revenue_cents, lang),
            money(m.vat_cents, lang),
            money(m.revenue_cents + m.vat_cents, lang),
            money(m.received_cents, lang),
        ]
        for m in content.months
    ]
    rows.append(
        [
            word("total", lang),
            money(_sum(content, "revenue_cents"), lang),
            money(_sum(content, "vat_cents"), lang),
            money(_sum(content, "revenue_cents") + _sum(content, "vat_cents"), lang),
            money(_sum(content, "received_cents"), lang),
        ]
    )
    widths = [41 * st.MM, 31 * st.MM, 31 * st.MM, 31 * st.MM, 31 * st.MM]
    table = amount_table(header, rows, widths, styles, bold_last=True, compact=True)
    return [chart, Spacer(1, 3 * st.MM), table]


def _vat(content: OverviewContent, styles: st.Styles) -> list[Any]:
    from reportlab.platypus import Paragraph

    lang = content.language
    quarters = content.quarters

    def used(*fields: str) -> bool:
        return any(int(getattr(q, f)) for q in quarters for f in fields)

    columns = [("box_1a", "high_net_cents"), ("box_1a_vat", "high_vat_cents")]
    if used("low_net_cents", "low_vat_cents"):
        columns += [("box_1b", "low_net_cents"), ("box_1b_vat", "low_vat_cents")]
    if used("other_net_cents", "other_vat_cents"):
        columns.append(("box_1c", "other_net_cents"))
    if used("reverse_charge_net_cents"):
        columns.append(("box_3b", "reverse_charge_net_cents"))
    if used("untaxed_net_cents"):
        columns.append(("untaxed", "untaxed_net_cents"))
    header = [word("quarter", lang), *(word(key, lang) for key, _ in columns)]
    rows = [
        [word("q", lang, q=q.quarter), *(money(int(getattr(q, f)), lang) for _, f in columns)]
        for q in quarters
    ]
    rows.append(
        [
            word("total", lang),
            *(money(sum(int(getattr(q, f)) for q in quarters), lang) for _, f in columns),
        ]
    )
    first = 19 * st.MM
    widths = [first] + [(st.TEXT_WIDTH - first) / len(columns)] * len(columns)
    parts: list[Any] = [amount_table(header, rows, widths, styles, bold_last=True, compact=True)]
    notes = [word("vat_note_dates", lang)]
    if VatTreatment.KOR in content.treatments:
        notes.append(word("vat_note_kor", lang))
    parts.append(Paragraph(markup.inline(" ".join(notes)), styles.small))
    return parts


def _open(content: OverviewContent, styles: st.Styles) -> list[Any]:
    from reportlab.platypus import Paragraph

    lang = content.language
    if not content.outstanding:
        return [Paragraph(markup.inline(word("none_outstanding", lang)), styles.body)]
    header = [
        word("invoice_number", lang),
        word("customer", lang),
        word("invoice_date", lang),
        word("due_date", lang),
        word("open_amount", lang),
        word("days_overdue", lang),
    ]
    rows = [
        [
            o.number,
            o.addressee,
            o.issue_date.strftime("%d-%m-%Y"),
            o.due_date.strftime("%d-%m-%Y"),
            money(o.open_cents, lang),
            str(o.days_overdue) if o.days_overdue else "–",
        ]
        for o in content.outstanding
    ]
    rows.append(
        [
            "",
            word("total", lang),
            "",
            "",
            money(sum(o.open_cents for o in content.outstanding), lang),
            "",
        ]
    )
    widths = [27 * st.MM, 50 * st.MM, 24 * st.MM, 24 * st.MM, 25 * st.MM, 15 * st.MM]
    return [
        amount_table(header, rows, widths, styles, numeric_from=2, bold_last=True, compact=True)
    ]


def _hours(content: OverviewContent, styles: st.Styles) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    lang = content.language
    months = [short_month_name(m.month, lang) for m in content.months]

    def hours_axis(tenths: int) -> str:
        return str(tenths)

    chart = bar_chart(
        [
            Series(
                word("paid_hours", lang),
                st.ACCENT,
                tuple(_whole_hours(m.paid_minutes) for m in content.months),
            ),
            Series(
                word("pro_bono_hours", lang),
                "#d9822b",
                tuple(_whole_hours(m.pro_bono_minutes) for m in content.months),
            ),
        ],
        months,
        hours_axis,
        st.TEXT_WIDTH,
    )
    header = [
        word("month", lang),
        word("paid_hours", lang),
        word("paid_sessions", lang),
        word("pro_bono_hours", lang),
        word("pro_bono_sessions", lang),
        word("pro_bono_value", lang),
    ]
    rows = [
        [
            month_name(m.month, lang),
            hours_text(m.paid_minutes, lang),
            str(m.paid_sessions),
            hours_text(m.pro_bono_minutes, lang),
            str(m.pro_bono_sessions),
            money(m.pro_bono_value_cents, lang),
        ]
        for m in content.months
    ]
    rows.append(
        [
            word("total", lang),
            hours_text(_sum(content, "paid_minutes"), lang),
            str(_sum(content, "paid_sessions")),
            hours_text(_sum(content, "pro_bono_minutes"), lang),
            str(_sum(content, "pro_bono_sessions")),
            money(_sum(content, "pro_bono_value_cents"), lang),
        ]
    )
    widths = [30 * st.MM, 25 * st.MM, 27 * st.MM, 27 * st.MM, 28 * st.MM, 28 * st.MM]
    rate = word("per_hour", lang, amount=money(content.rate_cents, lang))
    note = word("pro_bono_value_note", lang, rate=rate)
    return [
        chart,
        Spacer(1, 3 * st.MM),
        amount_table(header, rows, widths, styles, bold_last=True, compact=True),
        Paragraph(markup.inline(note), styles.small),
    ]


def _whole_hours(minutes: int) -> int:
    return int((Decimal(minutes) / 60).quantize(Decimal(1), rounding=ROUND_HALF_UP))
