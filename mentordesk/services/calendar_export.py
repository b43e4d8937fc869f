"""Exporting planned sessions to an .ics file for the mentor's own calendar.

What goes out is deliberately little: a title chosen by the interface ("Mentorgesprek") plus the
client's initials (for every client, sensitive or not), the date, the time and the duration.
No place, no description, no topics, summaries, notes, actions or full names: a calendar is
synchronised to phones and servers the mentor does not control.

The file is written atomically: a temporary file in the same folder, then ``os.replace``, so
an existing calendar file is either replaced whole or left as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mentordesk.domain import ics
from mentordesk.domain.names import initials
from mentordesk.errors import UserError, ValidationError
from mentordesk.store import agenda_queries

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile

DEFAULT_TITLE = "Mentoring session"

_REASONS: dict[int, tuple[str, str]] = {
    errno.ENOSPC: ("the disk is full", "de schijf is vol"),
    errno.EFBIG: ("the disk is full", "de schijf is vol"),  # a size limit reads the same
    errno.EACCES: ("no permission to write there", "geen toestemming om daar te schrijven"),
    errno.EPERM: ("no permission to write there", "geen toestemming om daar te schrijven"),
    errno.EROFS: ("the disk is read-only", "de schijf is alleen-lezen"),
    errno.ENOENT: ("the folder does not exist", "de map bestaat niet"),
    errno.EISDIR: ("that name is a folder", "die naam is een map"),
    errno.ENAMETOOLONG: ("the name is too long", "de naam is te lang"),
}


class CalendarExportError(UserError):
    en = "The calendar file {path} could not be written ({reason_en}). Choose another place."
    nl = "Het agendabestand {path} kon niet worden geschreven ({reason_nl}). Kies een andere plek."


@dataclass(frozen=True)
class CalendarExport:
    path: str
    events: int
    first: dt.date
    last: dt.date


def local_zone() -> dt.tzinfo | None:
    """The computer's time zone as a ``ZoneInfo``, or None to use the system's local time.

    Tried in order: the ``TZ`` variable, the ``/etc/localtime`` link (Linux, macOS). Without a
    name (Windows without the tzdata package), None makes the conversion use the operating
    system's own local-time rules, which know daylight saving too.
    """
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        link = os.path.realpath("/etc/localtime")
        if "zoneinfo" + os.sep in link:
            candidates.append(link.split("zoneinfo" + os.sep, 1)[1])
    for name in candidates:
        if not name:
            continue
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
    return None


def _reason(exc: OSError) -> tuple[str, str]:
    if isinstance(exc, IsADirectoryError):
        return _REASONS[errno.EISDIR]
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    text = exc.strerror or type(exc).__name__
    return text, text


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file in the same folder.

    Raises ``CalendarExportError`` naming the file and the reason; a failure leaves no
    temporary file behind and an existing ``target`` unchanged.
    """
    folder = target.parent
    temp: str | None = None
    try:
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(target))
        handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
        temp = None
    except OSError as exc:
        reason_en, reason_nl = _reason(exc)
        raise CalendarExportError(
            path=str(target), reason_en=reason_en, reason_nl=reason_nl
        ) from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def session_uid(session_id: int, practice_key: str) -> str:
    """A UID that stays the same for a session in every export, so that importing a newer
    export updates the event instead of adding a second one."""
    digest = hashlib.sha256(practice_key.encode("utf-8")).hexdigest()[:12]
    return f"session-{session_id}-{digest}@mentordesk"


class CalendarExportService:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf

    def events(self, first: dt.date, last: dt.date, title: str) -> list[ics.CalendarEvent]:
        """The planned sessions from ``first`` to ``last`` (both included) as calendar events."""
        if last < first:
            raise ValidationError(
                "last",
                "The end date ({last}) lies before the start date ({first}).",
                "De einddatum ({last}) ligt vóór de begindatum ({first}).",
                last=last.strftime("%d-%m-%Y"),
                first=first.strftime("%d-%m-%Y"),
            )
        caption = " ".join(title.split()) or DEFAULT_TITLE
        with self._pf.transaction():
            conn = self._pf.connection
            slots = agenda_queries.planned_between(conn, first, last)
            key = agenda_queries.practice_key(conn)
        return [
            ics.CalendarEvent(
                uid=session_uid(s.session_id, key),
                title=f"{caption} {initials(s.client_name)}",
                date=s.date,
                start_time=s.start_time,
                duration_minutes=s.duration_minutes,
            )
            for s in slots
        ]

    def export(
        self,
        path: Path | str,
        first: dt.date,
        last: dt.date,
        title: str = DEFAULT_TITLE,
        *,
        zone: dt.tzinfo | None = None,
        now: dt.datetime | None = None,
    ) -> CalendarExport:
        """Write the planned sessions from ``first`` to ``last`` to ``path`` as iCalendar.

        ``zone`` is the time zone the session times are in (default: this computer's); ``now``
        the export moment for ``DTSTAMP`` (default: the clock).
        """
        target = Path(path)
        events = self.events(first, last, title)
        stamp = now or dt.datetime.now(dt.UTC)
        if stamp.tzinfo is None:
            stamp = stamp.astimezone(dt.UTC)
        text = ics.calendar_text(
            events, stamp=stamp, zone=zone if zone is not None else local_zone()
        )
        write_atomically(target, text.encode("utf-8"))
        try:
            with self._pf.transaction():
                self._pf.audit(
                    "calendar_exported",
                    events=len(events),
                    first=first.isoformat(),
                    last=last.isoformat(),
                    file=target.name,
                )
        except BaseException:
            target.unlink(missing_ok=True)  # nothing leaves the app without its audit line
            raise
        return CalendarExport(str(target), len(events), first, last)
