"""The session summary (sessieverslag): one session on one page: client, date, duration, mode,
topics, summary, agreed actions and the next appointment, under the practice's letterhead.
"""

from __future__ import annotations

import re
from typing import Any

from mentordesk.documents import markup
from mentordesk.documents import styles as st
from mentordesk.documents.flowables import each, facts_panel, section, text_blocks
from mentordesk.documents.letterhead import LETTERHEAD_HEIGHT, PageDecor, build_pdf
from mentordesk.documents.model import SummaryContent
from mentordesk.documents.wording import (
    date_and_time,
    long_date,
    minutes_text,
    mode_label,
    time_text,
    word,
)

_SEMICOLONS = re.compile(r"\s*;\s+")


def actions_as_list(text: str) -> str:
    """Agreed actions typed on one line as ``a; b; c`` become one bullet line each."""
    if "\n" in text.strip() or not _SEMICOLONS.search(text):
        return text
    return "\n".join(f"- {part}" for part in _SEMICOLONS.split(text.strip()) if part.strip())


def build(content: SummaryContent) -> bytes:
    """The summary as PDF bytes."""
    from reportlab.platypus import Paragraph, Spacer

    styles = st.styles()
    lang = content.language
    session = content.session
    title = word("session_summary", lang)
    decor = PageDecor(content.practice, lang, f"{title}  ·  {markup.plain(content.client_name)}")
    facts = [
        (word("client", lang), content.client_name),
        (word("date", lang), long_date(session.date, lang)),
        (word("time", lang), time_text(session.start_time) if session.start_time else "–"),
        (word("duration", lang), minutes_text(session.duration_minutes, lang)),
        (word("mode", lang), mode_label(session.mode, lang)),
    ]
    story: list[Any] = [
        Paragraph(markup.inline(title), styles.title),
        Spacer(1, 3 * st.MM),
        facts_panel(facts, styles, st.TEXT_WIDTH),
        Spacer(1, 2 * st.MM),
    ]
    for key, text in (
        ("topics", session.topics),
        ("summary", session.summary),
        ("agreed_actions", actions_as_list(session.agreed_actions)),
    ):
        story += section(word(key, lang), each(text_blocks(text, styles.body, styles)), styles)
    if not session.has_text:
        story.append(Spacer(1, 4 * st.MM))
        story.append(Paragraph(markup.inline(word("notes_withheld", lang)), styles.meta))
    upcoming = content.next_appointment
    line = word("no_next_appointment", lang)
    if upcoming is not None:
        when = date_and_time(upcoming.date, upcoming.start_time, lang)
        line = f"{when}  ·  {mode_label(upcoming.mode, lang)}"
    next_line = [Paragraph(markup.inline(line), styles.body)]
    story += section(word("next_appointment", lang), [next_line], styles)
    top = st.TOP + LETTERHEAD_HEIGHT + 10 * st.MM
    return build_pdf(story, decor, title=title, first_page_top=top)
