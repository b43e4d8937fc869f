"""The invoice and the credit note (factuur, creditfactuur), with everything the Dutch rules ask:

a unique number and the issue date; the date or period of the service; the supplier's name and
address (letterhead), KvK number and VAT id; the customer's name and address (the payer when a
payer pays, with their reference); per line a description and the quantity, the price and the
amount excluding VAT; the VAT rate and the VAT amount per rate; the total; the payment term and
the IBAN. Under the KOR, an exemption or a reverse charge, the line that says so replaces the
VAT. A credit note names the invoice it corrects. An optional SEPA QR code fills in the
transfer in a banking app. A draft prints "CONCEPT" across the page and has no number.
"""

from __future__ import annotations

from typing import Any

from mentordesk.documents import markup
from mentordesk.documents import styles as st
from mentordesk.documents.flowables import text_blocks
from mentordesk.documents.letterhead import build_pdf
from mentordesk.documents.money_layout import (
    FIRST_PAGE_TOP,
    MoneyDecor,
    amount_table,
    head,
    payment_panel,
    totals_block,
)
from mentordesk.documents.money_model import InvoiceContent
from mentordesk.documents.money_words import (
    long_date,
    money,
    period_text,
    quantity_text,
    vat_rate,
    word,
)
from mentordesk.domain.iban import format_iban
from mentordesk.domain.vat import VatTreatment


def title_of(content: InvoiceContent) -> str:
    return word("credit_note" if content.credit_note else "invoice", content.language)


def build(content: InvoiceContent) -> bytes:
    """The invoice or credit note as PDF bytes."""
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    styles = st.styles()
    lang = content.language
    title = title_of(content)
    number = content.number or word("draft_number", lang)
    decor = MoneyDecor(
        content.practice,
        lang,
        f"{title} {number}",
        watermark=word("draft", lang) if content.draft else "",
    )
    story: list[Any] = head(content.addressee, _facts(content), styles)
    story.append(Paragraph(markup.inline(f"{title} {content.number}".strip()), styles.title))
    if content.about.strip():
        about = word("about_text", lang, name=markup.plain(content.about))
        story.append(
            Paragraph(
                f"<b>{markup.inline(word('about', lang))}:</b> {markup.inline(about)}",
                styles.meta,
            )
        )
    if content.credit_note and content.credited_number:
        when = long_date(content.credited_date, lang) if content.credited_date else ""
        text = word("credit_intro", lang, number=content.credited_number, date=when)
        story.append(Paragraph(markup.paragraph(text), styles.meta))
    story.append(Spacer(1, 3 * st.MM))
    story.append(_lines(content, styles))
    story.append(Spacer(1, 3 * st.MM))
    story.append(KeepTogether([totals_block(_totals(content), styles)]))
    vat_line = _vat_line(content)
    if vat_line:
        story.append(Spacer(1, 2 * st.MM))
        story.append(Paragraph(markup.paragraph(vat_line), styles.body))
    if content.note.strip():
        story.append(Spacer(1, 2 * st.MM))
        story += text_blocks(content.note, styles.body, styles)
    story.append(Spacer(1, 5 * st.MM))
    story.append(
        KeepTogether(
            [_payment(content, styles), Spacer(1, 3 * st.MM), _registration(content, styles)]
        )
    )
    return build_pdf(story, decor, title=f"{title} {content.number}", first_page_top=FIRST_PAGE_TOP)


def _facts(content: InvoiceContent) -> list[tuple[str, str]]:
    lang = content.language
    number_label = "credit_number" if content.credit_note else "invoice_number"
    facts = [
        (word(number_label, lang), content.number or word("draft_number", lang)),
        (word("invoice_date", lang), long_date(content.issue_date, lang)),
    ]
    if not content.credit_note:
        facts.append((word("due_date", lang), long_date(content.due_date, lang)))
    single = content.period_start == content.period_end
    facts.append(
        (
            word("service_date" if single else "service_period", lang),
            period_text(content.period_start, content.period_end, lang),
        )
    )
    if content.credit_note and content.credited_number:
        facts.append((word("credits_invoice", lang), content.credited_number))
    if content.reference.strip():
        facts.append((word("your_reference", lang), content.reference))
    if content.customer_vat_id.strip():
        facts.append((word("customer_vat_id", lang), content.customer_vat_id))
    return facts


def _lines(content: InvoiceContent, styles: st.Styles) -> Any:
    lang = content.language
    with_vat = content.treatment is VatTreatment.STANDARD
    header = [word("description", lang), word("quantity", lang), word("price", lang)]
    widths = [24 * st.MM, 24 * st.MM]
    if with_vat:
        header.append(word("vat", lang))
        widths.append(13 * st.MM)
    header.append(word("amount", lang))
    widths.append(27 * st.MM)
    widths.insert(0, st.TEXT_WIDTH - sum(widths))
    rows = []
    for line in content.lines:
        row = [
            line.description,
            quantity_text(line.quantity, line.unit, lang),
            money(line.unit_price_cents, lang),
        ]
        if with_vat:
            row.append(vat_rate(line.rate_permille, lang))
        row.append(money(line.net_cents, lang))
        rows.append(row)
    return amount_table(header, rows, widths, styles)


def _totals(content: InvoiceContent) -> list[tuple[str, str]]:
    lang = content.language
    rows: list[tuple[str, str]] = []
    if content.treatment is VatTreatment.REVERSE_CHARGE:
        rows.append((word("vat", lang), word("reverse_charged", lang)))
    if content.treatment is VatTreatment.STANDARD:
        rows.append((word("subtotal", lang), money(content.net_cents, lang)))
        rows += [
            (
                word(
                    "vat_over",
                    lang,
                    rate=vat_rate(group.rate_permille, lang),
                    amount=money(group.net_cents, lang),
                ),
                money(group.vat_cents, lang),
            )
            for group in content.per_rate
        ]
    last = "total_credit" if content.credit_note else "total_due"
    rows.append((word(last, lang), money(content.total_cents, lang)))
    return rows


def _vat_line(content: InvoiceContent) -> str:
    lang = content.language
    if content.treatment is VatTreatment.KOR:
        return word("kor", lang)
    if content.treatment is VatTreatment.EXEMPT:
        return content.vat_note
    if content.treatment is VatTreatment.REVERSE_CHARGE:
        return word("reverse_charge", lang, vat_id=content.customer_vat_id)
    return ""


def _payment(content: InvoiceContent, styles: st.Styles) -> Any:
    lang = content.language
    name = content.practice.name
    iban = format_iban(content.iban)
    if content.credit_note:
        amount = money(-content.total_cents, lang)
        text = word("credit_settle", lang, amount=amount, number=content.credited_number)
    elif content.draft:
        text = word("pay_request_draft", lang, days=content.payment_term_days, iban=iban, name=name)
    else:
        text = word(
            "pay_request",
            lang,
            amount=money(content.total_cents, lang),
            date=long_date(content.due_date, lang),
            days=content.payment_term_days,
            iban=iban,
            name=name,
            number=content.number,
        )
    caption = word("scan_to_pay", lang)
    return payment_panel(word("payment", lang), text, content.qr_payload, caption, styles)


def _registration(content: InvoiceContent, styles: st.Styles) -> Any:
    from reportlab.platypus import Paragraph

    lang = content.language
    practice = content.practice
    iban = format_iban(content.iban)
    if practice.vat_id.strip():
        text = word("registration", lang, kvk=practice.kvk_number, vat=practice.vat_id, iban=iban)
    else:
        text = word("registration_no_vat", lang, kvk=practice.kvk_number, iban=iban)
    address = ", ".join(
        part
        for part in (
            practice.name,
            practice.street,
            " ".join(p for p in (practice.postal_code, practice.city) if p.strip()),
        )
        if part.strip()
    )
    return Paragraph(f"{markup.inline(address)}<br/>{markup.inline(text)}", styles.small)
