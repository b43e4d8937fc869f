"""The payment reminder (betalingsherinnering): a short letter about one invoice that is past
its due date. It names the invoice (number, date, due date), shows what was invoiced, credited
and paid and what is still open, and asks for payment within a new term (14 days by default, the
term a consumer must get before any collection costs) to the IBAN, with the QR code for the open
amount. Counted: the second reminder says so.
"""

from __future__ import annotations

import io
from typing import Any

from mentordesk.documents import markup
from mentordesk.documents import styles as st
from mentordesk.documents.letterhead import build_pdf, image_reader, scaled
from mentordesk.documents.money_layout import (
    FIRST_PAGE_TOP,
    MoneyDecor,
    head,
    payment_panel,
    totals_block,
)
from mentordesk.documents.money_model import ReminderContent
from mentordesk.documents.money_words import long_date, money, word
from mentordesk.domain.iban import format_iban


def title_of(content: ReminderContent) -> str:
    if content.reminder > 1:
        return word("reminder_nth", content.language, n=content.reminder)
    return word("reminder", content.language)


def build(content: ReminderContent) -> bytes:
    """The reminder as PDF bytes."""
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    styles = st.styles()
    lang = content.language
    title = title_of(content)
    decor = MoneyDecor(content.practice, lang, f"{title}  ·  {content.number}")
    facts = [
        (word("date", lang), long_date(content.date, lang)),
        (word("invoice_number", lang), content.number),
        (word("invoice_date", lang), long_date(content.issue_date, lang)),
        (word("due_date", lang), long_date(content.due_date, lang)),
    ]
    if content.reference.strip():
        facts.append((word("your_reference", lang), content.reference))
    story: list[Any] = head(content.addressee, facts, styles)
    story.append(Paragraph(markup.inline(title), styles.title))
    subject = word("reminder_subject", lang, number=content.number)
    story.append(Paragraph(markup.inline(subject), styles.subject))
    greeting = content.salutation or word("salutation", lang)
    story.append(Paragraph(markup.inline(greeting), styles.body))
    intro = word(
        "reminder_intro",
        lang,
        number=content.number,
        date=long_date(content.issue_date, lang),
        due=long_date(content.due_date, lang),
    )
    story.append(Paragraph(markup.paragraph(intro), styles.body))
    rows = [(word("invoice_amount", lang), money(content.total_cents, lang))]
    if content.credited_cents:
        rows.append((word("credited", lang), money(content.credited_cents, lang)))
    if content.paid_cents:
        rows.append((word("paid_so_far", lang), money(-content.paid_cents, lang)))
    rows.append((word("open_amount", lang), money(content.open_cents, lang)))
    story += [
        Spacer(1, 1 * st.MM),
        KeepTogether([totals_block(rows, styles)]),
        Spacer(1, 5 * st.MM),
    ]
    request = word(
        "reminder_request",
        lang,
        amount=money(content.open_cents, lang),
        days=content.pay_within_days,
        iban=format_iban(content.iban),
        name=content.practice.name,
        number=content.number,
    )
    panel = payment_panel(
        word("payment", lang), request, content.qr_payload, word("scan_to_pay", lang), styles
    )
    story += [panel, Spacer(1, 5 * st.MM)]
    story.append(Paragraph(markup.paragraph(word("reminder_crossed", lang)), styles.body))
    story += _closing(content, styles)
    return build_pdf(story, decor, title=f"{title} {content.number}", first_page_top=FIRST_PAGE_TOP)


def _closing(content: ReminderContent, styles: st.Styles) -> list[Any]:
    from reportlab.platypus import Image, KeepTogether, Paragraph, Spacer

    parts: list[Any] = [
        Spacer(1, 2 * st.MM),
        Paragraph(markup.inline(word("regards", content.language)), styles.body_tight),
    ]
    signature = image_reader(content.practice.signature)
    if signature is not None:
        width, height = scaled(signature, 50 * st.MM, 16 * st.MM)
        image = io.BytesIO(content.practice.signature or b"")
        parts.append(Image(image, width=width, height=height, hAlign="LEFT"))
    else:
        parts.append(Spacer(1, 8 * st.MM))
    parts.append(Paragraph(markup.inline(content.signer), styles.signer))
    return [KeepTogether(parts)]
