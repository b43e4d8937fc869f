"""Writing an iCalendar file (RFC 5545): the few parts a calendar export of sessions needs.

Pure text work, no I/O. The caller decides what goes into an event; this module only makes it
well-formed: CRLF line ends, escaped text values, lines folded at 75 octets (never inside a
UTF-8 character), a UTC ``DTSTAMP``, timed events converted to UTC from the mentor's local time
zone, and events without a start time written as all-day ``VALUE=DATE`` events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

CRLF = "\r\n"
MAX_OCTETS = 75
PRODUCT_ID = "-//MentorDesk//MentorDesk agenda export//EN"
_UTC = dt.UTC


@dataclass(frozen=True)
class CalendarEvent:
    """One event. ``start_time`` None makes an all-day event on ``date``."""

    uid: str
    title: str
    date: dt.date
    start_time: dt.time | None = None
    duration_minutes: int = 60


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): ``\\``, ``;`` and ``,`` escaped, line breaks as ``\\n``.

    Other control characters are not allowed in a content line and are dropped.
    """
    unified = value.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for ch in unified:
        if ch == "\\":
            out.append("\\\\")
        elif ch in ";,":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t" or (ord(ch) >= 0x20 and ord(ch) != 0x7F):
            out.append(ch)
    return "".join(out)


def fold_line(line: str) -> str:
    """``line`` folded so that no physical line exceeds 75 octets (RFC 5545 3.1).

    A continuation line starts with one space, which counts towards its 75 octets. A line is
    only broken between characters, so a multi-octet UTF-8 character stays whole.
    """
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    limit = MAX_OCTETS
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, MAX_OCTETS - 1
        current.append(ch)
        size += width
    pieces.append("".join(current))
    return (CRLF + " ").join(pieces)


def utc_text(moment: dt.datetime) -> str:
    """An aware datetime as a UTC DATE-TIME: ``20261123T090000Z``."""
    if moment.tzinfo is None:
        raise ValueError("a naive datetime has no defined UTC time")
    return moment.astimezone(_UTC).strftime("%Y%m%dT%H%M%SZ")


def date_text(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def local_to_utc(day: dt.date, start: dt.time, zone: dt.tzinfo | None) -> dt.datetime:
    """Wall-clock ``day`` + ``start`` in ``zone`` as an aware UTC datetime.

    ``zone`` None means the operating system's local time (its own daylight-saving rules).
    A wall time that does not exist (the hour skipped in spring) is read as the time before the
    change, like ``zoneinfo`` does for ``fold=0``.
    """
    naive = dt.datetime.combine(day, start.replace(tzinfo=None))
    if zone is None:
        return naive.astimezone(_UTC)
    return naive.replace(tzinfo=zone).astimezone(_UTC)


def event_lines(event: CalendarEvent, stamp: dt.datetime, zone: dt.tzinfo | None) -> list[str]:
    """The unfolded content lines of one VEVENT."""
    lines = [
        "BEGIN:VEVENT",
        f"UID:{escape_text(event.uid)}",
        f"DTSTAMP:{utc_text(stamp)}",
    ]
    if event.start_time is None:
        lines.append(f"DTSTART;VALUE=DATE:{date_text(event.date)}")
        lines.append(f"DTEND;VALUE=DATE:{date_text(event.date + dt.timedelta(days=1))}")
    else:
        begin = local_to_utc(event.date, event.start_time, zone)
        end = begin + dt.timedelta(minutes=max(1, event.duration_minutes))
        lines.append(f"DTSTART:{utc_text(begin)}")
        lines.append(f"DTEND:{utc_text(end)}")
    lines += [
        f"SUMMARY:{escape_text(event.title)}",
        "CLASS:PRIVATE",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return lines


def calendar_text(
    events: Iterable[CalendarEvent],
    *,
    stamp: dt.datetime,
    zone: dt.tzinfo | None,
    product_id: str = PRODUCT_ID,
) -> str:
    """A whole VCALENDAR: folded lines, each ended by CRLF (the last one too)."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{product_id}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for event in events:
        lines += event_lines(event, stamp, zone)
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + CRLF for line in lines)
