"""The iCalendar writer: RFC 5545 shape, escaping, folding, UTC conversion and all-day events."""

from __future__ import annotations

import datetime as dt
import time
from zoneinfo import ZoneInfo

import pytest

from mentordesk.domain import ics

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
STAMP = dt.datetime(2026, 11, 20, 14, 30, 5, tzinfo=dt.UTC)


def unfolded(text: str) -> list[str]:
    """The logical lines of an iCalendar text (RFC 5545 3.1 unfolding)."""
    assert text.endswith("\r\n")
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def event(**changes: object) -> ics.CalendarEvent:
    values: dict[str, object] = {
        "uid": "session-1-abc@mentordesk",
        "title": "Mentorgesprek A.d.V.",
        "date": dt.date(2026, 11, 23),
        "start_time": dt.time(10, 0),
        "duration_minutes": 60,
    }
    values.update(changes)
    return ics.CalendarEvent(**values)  # type: ignore[arg-type]


def test_text_escaping_of_backslash_semicolon_comma_and_line_breaks() -> None:
    assert ics.escape_text("a,b;c\\d") == "a\\,b\\;c\\\\d"
    assert ics.escape_text("one\ntwo\r\nthree\rfour") == "one\\ntwo\\nthree\\nfour"
    assert ics.escape_text("bell\x07 tab\t del\x7f") == "bell tab\t del"
    assert ics.escape_text("Zoë “Z” O'Brien") == "Zoë “Z” O'Brien"


def test_long_ascii_lines_fold_at_75_octets_and_unfold_to_the_original() -> None:
    line = "SUMMARY:" + "x" * 300
    folded = ics.fold_line(line)
    physical = folded.split("\r\n")
    assert len(physical) == 5
    assert all(len(p.encode()) <= 75 for p in physical)
    assert len(physical[0].encode()) == 75
    assert all(p.startswith(" ") for p in physical[1:])
    assert folded.replace("\r\n ", "") == line


def test_folding_never_splits_a_multi_octet_character() -> None:
    line = "SUMMARY:" + "é€🙂Ş" * 40
    folded = ics.fold_line(line)
    for physical in folded.split("\r\n"):
        assert len(physical.encode("utf-8")) <= 75
        physical.encode("utf-8").decode("utf-8")  # each piece is whole characters
    assert folded.replace("\r\n ", "") == line


def test_short_line_is_left_alone() -> None:
    assert ics.fold_line("VERSION:2.0") == "VERSION:2.0"
    exactly = "X" * 75
    assert ics.fold_line(exactly) == exactly
    assert ics.fold_line(exactly + "Y") == exactly + "\r\n Y"


def test_calendar_shape_crlf_and_required_properties() -> None:
    text = ics.calendar_text([event()], stamp=STAMP, zone=AMSTERDAM)
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    assert text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")  # no bare line feeds
    assert "\r" not in text.replace("\r\n", "")
    lines = unfolded(text)
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") == 1
    assert "UID:session-1-abc@mentordesk" in lines
    assert "DTSTAMP:20261120T143005Z" in lines
    assert "SUMMARY:Mentorgesprek A.d.V." in lines
    for line in lines:  # every content line is NAME[;PARAM]:VALUE
        name = line.split(":", 1)[0].split(";", 1)[0]
        assert name and name.replace("-", "").isalnum() and name.isupper(), line


def test_timed_event_is_converted_to_utc_in_winter_and_summer() -> None:
    winter = unfolded(ics.calendar_text([event()], stamp=STAMP, zone=AMSTERDAM))
    assert "DTSTART:20261123T090000Z" in winter
    assert "DTEND:20261123T100000Z" in winter
    summer = event(date=dt.date(2026, 7, 1), start_time=dt.time(9, 30), duration_minutes=90)
    lines = unfolded(ics.calendar_text([summer], stamp=STAMP, zone=AMSTERDAM))
    assert "DTSTART:20260701T073000Z" in lines
    assert "DTEND:20260701T090000Z" in lines


def test_event_running_past_midnight_and_across_the_clock_change() -> None:
    late = event(date=dt.date(2026, 3, 28), start_time=dt.time(23, 30), duration_minutes=120)
    lines = unfolded(ics.calendar_text([late], stamp=STAMP, zone=AMSTERDAM))
    assert "DTSTART:20260328T223000Z" in lines
    assert "DTEND:20260329T003000Z" in lines  # two real hours, whatever the wall clock says


def test_event_without_start_time_is_an_all_day_date_event() -> None:
    lines = unfolded(ics.calendar_text([event(start_time=None)], stamp=STAMP, zone=AMSTERDAM))
    assert "DTSTART;VALUE=DATE:20261123" in lines
    assert "DTEND;VALUE=DATE:20261124" in lines
    assert not any(line.startswith("DTSTART:") for line in lines)


def test_title_with_special_characters_is_escaped_in_the_summary() -> None:
    title = "Gesprek, kort; of lang\\ nu\nmet regel"
    lines = unfolded(ics.calendar_text([event(title=title)], stamp=STAMP, zone=AMSTERDAM))
    assert "SUMMARY:Gesprek\\, kort\\; of lang\\\\ nu\\nmet regel" in lines


def test_naive_stamp_is_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        ics.calendar_text([event()], stamp=dt.datetime(2026, 1, 1), zone=AMSTERDAM)


def test_empty_calendar_is_still_valid() -> None:
    lines = unfolded(ics.calendar_text([], stamp=STAMP, zone=AMSTERDAM))
    assert lines[0] == "BEGIN:VCALENDAR"
    assert lines[-1] == "END:VCALENDAR"
    assert "BEGIN:VEVENT" not in lines


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset (POSIX)")
def test_without_a_zone_the_system_local_time_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    try:
        lines = unfolded(ics.calendar_text([event()], stamp=STAMP, zone=None))
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert "DTSTART:20261123T090000Z" in lines
