"""The progress letter (voortgangsbrief): letterhead, addressee, place and date, subject,
salutation, intro, the chosen goals with their status and score trend, summaries of the chosen
sessions, next steps, closing and signature. A4, "Page x of y" and a footer on every page.
"""

from __future__ import annotations

import io
from typing import Any

from mentordesk.documents import markup
from mentordesk.documents import styles as st
from mentordesk.documents.flowables import each, grid, labelled, section, text_blocks
from mentordesk.documents.letterhead import (
    LETTERHEAD_HEIGHT,
    PageDecor,
    build_pdf,
    image_reader,
    scaled,
)
from mentordesk.documents.model import GoalBlock, LetterContent, SessionBlock
from mentordesk.documents.score_chart import charted, score_chart
from mentordesk.documents.wording import (
    date_and_time,
    goal_status_label,
    long_date,
    minutes_text,
    mode_label,
    word,
)

ADDRESS_WIDTH = 90 * st.MM
MAX_ADDRESS_LINES = 8
ADDRESS_HEIGHT = 27 * st.MM  # at least: the place and date stay below a window envelope's window


def build(content: LetterContent) -> bytes:
    """The letter as PDF bytes."""
    styles = st.styles()
    lang = content.language
    title = word("progress_letter", lang)
    decor = PageDecor(content.practice, lang, f"{title}  ·  {markup.plain(content.about)}")
    story: list[Any] = []
    story += _head(content, styles)
    if content.salutation.strip():
        story += text_blocks(content.salutation, styles.body, styles)
    story += text_blocks(content.intro, styles.body, styles)
    if content.goals:
        story += _goals(content, styles)
    sessions = [_session(session, content, styles) for session in content.sessions]
    story += section(word("sessions", lang), sessions, styles)
    steps = text_blocks(content.next_steps, styles.body, styles)
    story += section(word("next_steps", lang), each(steps), styles)
    story += _closing(content, styles)
    top = st.TOP + LETTERHEAD_HEIGHT + 12 * st.MM
    return build_pdf(story, decor, title=title, first_page_top=top)


def _head(content: LetterContent, styles: st.Styles) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    lang = content.language
    lines = [line for line in content.addressee if line.strip()][:MAX_ADDRESS_LINES]
    address = "<br/>".join(markup.inline(line, 120) for line in lines)
    place = markup.plain(content.place)
    when = long_date(content.date, lang)
    dated = f"{place}, {when}" if place else when
    labels = [word("place_date" if place else "date", lang)]
    values = [dated]
    if content.reference.strip():
        labels.append(word("your_reference", lang))
        values.append(content.reference)
    facts = grid(
        [
            [Paragraph(markup.inline(label), styles.label) for label in labels],
            [Paragraph(markup.inline(value), styles.value) for value in values],
        ],
        [70 * st.MM] * len(labels),
        [("BOTTOMPADDING", (0, 0), (-1, -1), 1)],
    )
    addressee = Paragraph(address, styles.address)
    _, height = addressee.wrap(ADDRESS_WIDTH, st.PAGE_HEIGHT)
    return [
        grid([[addressee]], [ADDRESS_WIDTH]),
        Spacer(1, max(0.0, ADDRESS_HEIGHT - height) + 6 * st.MM),  # the envelope's window
        facts,
        Spacer(1, 8 * st.MM),
        Paragraph(markup.inline(content.subject), styles.subject),
    ]


def _goals(content: LetterContent, styles: st.Styles) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    lang = content.language
    items: list[list[Any]] = []
    if charted(content.goals):
        chart = score_chart(content.goals, lang, st.TEXT_WIDTH)
        note = Paragraph(markup.inline(word("score_trend_note", lang)), styles.small)
        title = Paragraph(f"<b>{markup.inline(word('score_trend', lang))}</b>", styles.meta)
        items.append([title, chart, note, Spacer(1, 4 * st.MM)])
    items += [_goal(goal, content, styles) for goal in content.goals]
    return section(word("goals", lang), items, styles)


def _goal(goal: GoalBlock, content: LetterContent, styles: st.Styles) -> list[Any]:
    from reportlab.platypus import Paragraph

    lang = content.language
    status = goal_status_label(goal.status, lang)
    badge = Paragraph(f"<b>{markup.inline(status)}</b>", styles.badge)
    top = grid(
        [[Paragraph(markup.inline(goal.title), styles.goal_title), badge]],
        [st.TEXT_WIDTH - 32 * st.MM, 32 * st.MM],
    )
    facts = []
    last = goal.last_score
    if last is not None:
        facts.append(f"{word('last_score', lang)} {last.score}/10 ({long_date(last.date, lang)})")
    else:
        facts.append(f"{word('last_score', lang)}: {word('no_score', lang)}")
    if goal.target_date is not None:
        facts.append(f"{word('target_date', lang)} {long_date(goal.target_date, lang)}")
    parts: list[Any] = [top, Paragraph(markup.inline("  ·  ".join(facts)), styles.meta)]
    parts += text_blocks(goal.description, styles.body, styles)
    return parts


def _session(session: SessionBlock, content: LetterContent, styles: st.Styles) -> list[Any]:
    from reportlab.platypus import Paragraph

    lang = content.language
    when = date_and_time(session.date, None, lang)
    how = f"{mode_label(session.mode, lang)}  ·  {minutes_text(session.duration_minutes, lang)}"
    parts: list[Any] = [
        Paragraph(
            f"<b>{markup.inline(when)}</b>"
            f'  <font color="{st.MUTED}" size="8.5">{markup.inline(how)}</font>',
            styles.session_title,
        )
    ]
    if session.topics:
        parts += labelled(word("discussed", lang), session.topics, styles)
    parts += text_blocks(session.summary, styles.body, styles)
    if session.agreed_actions:
        parts += labelled(word("agreed_actions", lang), session.agreed_actions, styles)
    return parts


def _closing(content: LetterContent, styles: st.Styles) -> list[Any]:
    from reportlab.platypus import Image, KeepTogether, Paragraph, Spacer

    lang = content.language
    parts: list[Any] = [Spacer(1, 4 * st.MM)]
    parts += text_blocks(content.closing, styles.body, styles)
    parts.append(Spacer(1, 2 * st.MM))
    parts.append(Paragraph(markup.inline(word("regards", lang)), styles.body_tight))
    signature = image_reader(content.practice.signature)
    if signature is not None:
        width, height = scaled(signature, 50 * st.MM, 18 * st.MM)
        image = io.BytesIO(content.practice.signature or b"")
        parts.append(Image(image, width=width, height=height, hAlign="LEFT"))
    else:
        parts.append(Spacer(1, 12 * st.MM))
    signer = content.signer or content.practice.name
    parts.append(Paragraph(markup.inline(signer), styles.signer))
    if content.practice.trade_name.strip() and signer != content.practice.name:
        parts.append(Paragraph(markup.inline(content.practice.name), styles.small))
    return [KeepTogether(parts)]
