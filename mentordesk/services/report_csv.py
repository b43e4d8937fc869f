"""The hours log and the year overview as CSV files that Excel opens correctly.

Decisions, so that a double click in Excel gives the right columns and numbers:

- UTF-8 with a byte order mark (BOM): without it Excel reads the file as ANSI and mangles
  accented names (José, Şahin).
- Dutch files use ``;`` between fields and a decimal comma (``12,50``): Excel with Dutch
  regional settings expects exactly that (its list separator is ``;`` because the comma is
  the decimal mark). English files use ``,`` and a decimal point.
- Dates as ``2026-03-12`` (ISO), which Excel reads as dates in either language.
- Amounts in euros with two decimals and no currency sign or thousands separator; hours with
  two decimals (90 minutes is ``1,50``). No totals row: a spreadsheet adds up by itself.
- Written with the ``csv`` module (quotes where needed), CRLF line ends as RFC 4180 says.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from mentordesk.documents.money_words import month_name, word
from mentordesk.domain.enums import Language
from mentordesk.services.reports import HoursLog, YearOverview

BOM: Final = "\ufeff"
_HOURS_HEAD: Final = {
    Language.NL: (
        "Cliënt",
        "E-mail",
        "Eerste sessie",
        "Laatste sessie",
        "Betaalde uren",
        "Betaalde sessies",
        "Pro-bono-uren",
        "Pro-bono-sessies",
    ),
    Language.EN: (
        "Client",
        "E-mail",
        "First session",
        "Last session",
        "Paid hours",
        "Paid sessions",
        "Pro bono hours",
        "Pro bono sessions",
    ),
}
_OVERVIEW_HEAD: Final = {
    Language.NL: (
        "Periode",
        "Omzet excl. btw",
        "Omzet 21%",
        "Btw 21%",
        "Omzet 9%",
        "Btw 9%",
        "Omzet overige tarieven",
        "Btw overige tarieven",
        "Btw verlegd (EU)",
        "Onbelast (KOR/vrijgesteld)",
        "Btw totaal",
        "Gefactureerd incl. btw",
        "Ontvangen",
        "Betaalde uren",
        "Betaalde sessies",
        "Pro-bono-uren",
        "Pro-bono-sessies",
        "Waarde pro bono",
    ),
    Language.EN: (
        "Period",
        "Revenue excl. VAT",
        "Revenue 21%",
        "VAT 21%",
        "Revenue 9%",
        "VAT 9%",
        "Revenue other rates",
        "VAT other rates",
        "VAT reverse-charged (EU)",
        "Untaxed (KOR/exempt)",
        "VAT total",
        "Invoiced incl. VAT",
        "Received",
        "Paid hours",
        "Paid sessions",
        "Pro bono hours",
        "Pro bono sessions",
        "Value of pro bono work",
    ),
}


def separator(language: Language) -> str:
    return ";" if language is Language.NL else ","


def amount(cents: int, language: Language) -> str:
    """``123456`` -> ``1234,56`` (Dutch) / ``1234.56`` (English)."""
    euros, rest = divmod(abs(cents), 100)
    mark = "," if language is Language.NL else "."
    return f"{'-' if cents < 0 else ''}{euros}{mark}{rest:02d}"


def hours(minutes: int, language: Language) -> str:
    """``90`` -> ``1,50`` / ``1.50`` (hours with two decimals, half up)."""
    value = (Decimal(minutes) / 60).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
    text = f"{value:.2f}"
    return text.replace(".", ",") if language is Language.NL else text


def _csv(head: Sequence[str], rows: Sequence[Sequence[str]], language: Language) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator(language), lineterminator="\r\n")
    writer.writerow(head)
    writer.writerows(rows)
    return BOM + out.getvalue()


def hours_csv(log: HoursLog) -> str:
    """The hours log, one row per client, in the log's language."""
    lang = log.language
    rows = [
        (
            r.label,
            r.email,
            r.first_session.isoformat(),
            r.last_session.isoformat(),
            hours(r.paid_minutes, lang),
            str(r.paid_sessions),
            hours(r.pro_bono_minutes, lang),
            str(r.pro_bono_sessions),
        )
        for r in log.rows
    ]
    return _csv(_HOURS_HEAD[lang], rows, lang)


def overview_csv(overview: YearOverview, language: Language) -> str:
    """Twelve month rows, four quarter rows and the year: one flat table."""
    rows: list[list[str]] = []
    for m in overview.months:
        quarter_fields = ["", "", "", "", "", "", "", ""]  # the VAT split is per quarter
        rows.append(
            [
                month_name(m.month, language),
                amount(m.revenue_cents, language),
                *quarter_fields,
                amount(m.vat_cents, language),
                amount(m.invoiced_cents, language),
                amount(m.received_cents, language),
                hours(m.paid_minutes, language),
                str(m.paid_sessions),
                hours(m.pro_bono_minutes, language),
                str(m.pro_bono_sessions),
                amount(m.pro_bono_value_cents, language),
            ]
        )
    for q in overview.quarters:
        months = overview.months[(q.quarter - 1) * 3 : q.quarter * 3]
        rows.append(
            [
                f"{word('q', language, q=q.quarter)} {overview.year}",
                amount(q.net_cents, language),
                *(
                    amount(v, language)
                    for v in (
                        q.high_net_cents,
                        q.high_vat_cents,
                        q.low_net_cents,
                        q.low_vat_cents,
                        q.other_net_cents,
                        q.other_vat_cents,
                        q.reverse_charge_net_cents,
                        q.untaxed_net_cents,
                        q.vat_cents,
                        q.net_cents + q.vat_cents,
                        sum(m.received_cents for m in months),
                    )
                ),
                hours(sum(m.paid_minutes for m in months), language),
                str(sum(m.paid_sessions for m in months)),
                hours(sum(m.pro_bono_minutes for m in months), language),
                str(sum(m.pro_bono_sessions for m in months)),
                amount(sum(m.pro_bono_value_cents for m in months), language),
            ]
        )
    total = overview.total
    rows.append(
        [
            str(overview.year),
            amount(total("revenue_cents"), language),
            *(
                amount(sum(int(getattr(q, name)) for q in overview.quarters), language)
                for name in (
                    "high_net_cents",
                    "high_vat_cents",
                    "low_net_cents",
                    "low_vat_cents",
                    "other_net_cents",
                    "other_vat_cents",
                    "reverse_charge_net_cents",
                    "untaxed_net_cents",
                )
            ),
            amount(total("vat_cents"), language),
            amount(total("revenue_cents") + total("vat_cents"), language),
            amount(total("received_cents"), language),
            hours(total("paid_minutes"), language),
            str(total("paid_sessions")),
            hours(total("pro_bono_minutes"), language),
            str(total("pro_bono_sessions")),
            amount(total("pro_bono_value_cents"), language),
        ]
    )
    return _csv(_OVERVIEW_HEAD[language], rows, language)
