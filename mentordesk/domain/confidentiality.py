"""Which text may appear where: the one rule every list, document and export asks.

``normal`` text is shown and may go into documents. ``confidential`` text is masked on screen
until revealed and left out of documents unless ticked for that document. ``private`` text (the
mentor's working notes) is masked on screen and never leaves the app, except in the full
encrypted backup and in the client's own access-request export (unless left out).
"""

from __future__ import annotations

from enum import StrEnum

MASK = "•••••"


class Confidentiality(StrEnum):
    NORMAL = "normal"
    CONFIDENTIAL = "confidential"
    PRIVATE = "private"


class Output(StrEnum):
    """Where a piece of text is about to go."""

    SCREEN = "screen"  # lists, timelines, search snippets, tooltips
    DOCUMENT = "document"  # progress letter, session summary: leaves the practice
    EXPORT = "export"  # full export to open formats
    ACCESS_REQUEST = "access_request"  # the client's own copy under the GDPR right of access
    BACKUP = "backup"  # the full encrypted backup
    CALENDAR = "calendar"  # .ics: never note content
    INVOICE = "invoice"  # never note content


class Visibility(StrEnum):
    SHOW = "show"
    MASK = "mask"  # present, but hidden behind a mask until revealed
    OMIT = "omit"  # not there at all


def visibility(
    level: Confidentiality,
    output: Output,
    *,
    revealed: bool = False,
    ticked: bool = False,
    private_included: bool = True,
) -> Visibility:
    """Decide how text of ``level`` appears in ``output``.

    ``revealed``: the mentor deliberately revealed this item on screen.
    ``ticked``: the mentor ticked this confidential item for this one document.
    ``private_included``: for an access request, the mentor did not leave private notes out.
    """
    if output in (Output.CALENDAR, Output.INVOICE):
        return Visibility.OMIT
    if output is Output.BACKUP:
        return Visibility.SHOW
    if output is Output.ACCESS_REQUEST:
        if level is Confidentiality.PRIVATE and not private_included:
            return Visibility.OMIT
        return Visibility.SHOW
    if level is Confidentiality.NORMAL:
        return Visibility.SHOW
    if output is Output.SCREEN:
        return Visibility.SHOW if revealed else Visibility.MASK
    if output is Output.DOCUMENT:
        if level is Confidentiality.CONFIDENTIAL and ticked:
            return Visibility.SHOW
        return Visibility.OMIT
    # Output.EXPORT: the full export carries confidential items (it is the mentor's own
    # portable copy) but never private working notes.
    return Visibility.SHOW if level is Confidentiality.CONFIDENTIAL else Visibility.OMIT


def render(text: str, level: Confidentiality, output: Output, **flags: bool) -> str | None:
    """``text`` as it may appear in ``output``: itself, a mask, or ``None`` when omitted."""
    decided = visibility(level, output, **flags)
    if decided is Visibility.SHOW:
        return text
    if decided is Visibility.MASK:
        return MASK if text else ""
    return None
