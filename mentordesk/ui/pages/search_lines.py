"""What one line of the search results shows, and the delegate that draws matches in bold.

Kept apart from ``search_page`` (the page's behaviour) so that both stay small. The texts use
the translation context ``SearchPage``: to the mentor they are one page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from mentordesk.domain.confidentiality import MASK
from mentordesk.services.search import SearchGroup, SearchGroupResult, SearchHit, SearchKind
from mentordesk.ui import labels
from mentordesk.ui.reveal import RevealKey, RevealState

REVEAL_SHORTCUT = "Ctrl+Shift+R"
HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # on the first column: the hit's place in the page
HIGHLIGHT_ROLE = Qt.ItemDataRole.UserRole + 2  # on the text column: match spans to draw bold


class Column:
    FOUND = 0
    CLIENT = 1
    TEXT = 2


def reveal_key(hit: SearchHit) -> RevealKey:
    """One key per index entry: a session's text and its private notes are revealed apart."""
    return ("search", hit.key)


@dataclass(frozen=True)
class HitLine:
    found: str  # what was found: a name, a goal, an action item, a session's date and topics
    client: str  # whose it is (empty for a client hit: the client is the hit itself)
    text: str  # the snippet, or the mask with a hint
    spans: tuple[tuple[int, int], ...]  # matches in ``text`` to draw bold
    tooltip: str
    masked: bool


def hit_line(hit: SearchHit, reveal: RevealState) -> HitLine:
    """The texts of one result line as the screen may show them now."""
    key = reveal_key(hit)
    masked = hit.maskable and not reveal.is_revealed(key)
    title = reveal.screen_text(hit.title, hit.level, key)
    if hit.kind is SearchKind.PRIVATE_NOTES:
        found = QCoreApplication.translate("SearchPage", "Private notes")
    elif hit.kind is SearchKind.SESSION:
        found = title or QCoreApplication.translate("SearchPage", "Session")
    else:
        found = title
    if hit.date is not None:
        found = f"{labels.date_text(hit.date)} · {found}"
    client = hit.client_name
    if hit.client_archived:
        client = QCoreApplication.translate("SearchPage", "{name} (archived)").format(name=client)
    if hit.kind is SearchKind.CLIENT:
        found, client = client, ""
    spans: tuple[tuple[int, int], ...] = ()
    level = labels.confidentiality(hit.level)
    if masked:
        text = QCoreApplication.translate(
            "SearchPage", "{mask} {level}: select and press {shortcut} to show"
        ).format(mask=MASK, level=level, shortcut=REVEAL_SHORTCUT)
    elif hit.kind is SearchKind.ACTION and hit.context:
        text = QCoreApplication.translate("SearchPage", "Goal: {goal}").format(goal=hit.context)
    else:
        text, spans = hit.snippet, hit.highlights
    tooltip = ""
    if masked:
        tooltip = QCoreApplication.translate(
            "SearchPage", "{level}: hidden until you reveal it ({shortcut})"
        )
    elif hit.maskable:
        tooltip = QCoreApplication.translate(
            "SearchPage", "{level}: revealed; {shortcut} hides it again"
        )
    tooltip = tooltip.format(level=level, shortcut=REVEAL_SHORTCUT)
    return HitLine(found, client, text, spans, tooltip, masked)


def group_heading(group: SearchGroupResult) -> str:
    """``Sessions (best 25 of 1,234)``: the group's name and how much of it is shown."""
    names = {
        SearchGroup.CLIENTS: QCoreApplication.translate("SearchPage", "Clients"),
        SearchGroup.GOALS: QCoreApplication.translate("SearchPage", "Goals"),
        SearchGroup.ACTIONS: QCoreApplication.translate("SearchPage", "Action items"),
        SearchGroup.SESSIONS: QCoreApplication.translate("SearchPage", "Sessions"),
    }
    locale = QLocale()
    name, shown, total = names[group.group], len(group.hits), group.total
    if shown == total:
        return QCoreApplication.translate("SearchPage", "{group} ({count})").format(
            group=name, count=locale.toString(total)
        )
    if group.ranked:
        template = QCoreApplication.translate("SearchPage", "{group} (best {shown} of {total})")
    else:
        template = QCoreApplication.translate(
            "SearchPage", "{group} (latest {shown} of {total}; type more to narrow)"
        )
    return template.format(group=name, shown=locale.toString(shown), total=locale.toString(total))


class HighlightDelegate(QStyledItemDelegate):
    """Draws a snippet with its matches in bold (spans from ``HIGHLIGHT_ROLE``)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        spans = index.data(HIGHLIGHT_ROLE)
        if not spans:
            super().paint(painter, option, index)
            return
        opt: Any = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        formats = []
        for start, end in spans:
            part = QTextLayout.FormatRange()
            part.start, part.length, part.format = start, end - start, bold
            formats.append(part)
        layout = QTextLayout(text, opt.font)
        layout.setFormats(formats)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(1_000_000)
        layout.endLayout()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(opt.palette.color(role))
        top = rect.top() + (rect.height() - line.height()) / 2
        layout.draw(painter, QPointF(rect.left() + 3, top))
        painter.restore()
