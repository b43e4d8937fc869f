"""The agenda week, status changes from the agenda, and the .ics export (which leaks nothing)."""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.domain.enums import (
    ClientStatus,
    EngagementKind,
    Funding,
    SessionMode,
    SessionStatus,
)
from mentordesk.errors import DiskFullError, NotFoundError, ValidationError
from mentordesk.services.agenda import AgendaService, monday_of, week_days
from mentordesk.services.calendar_export import (
    CalendarExportError,
    CalendarExportService,
    local_zone,
    session_uid,
)
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import ClientDraft, EngagementDraft, SessionDraft

TODAY = dt.date.today()
LAST_MONDAY = monday_of(TODAY) - dt.timedelta(days=7)  # a week wholly in the past
AMSTERDAM = ZoneInfo("Europe/Amsterdam")

# Distinctive texts that must never reach a calendar file.
SECRETS = {
    "topics": "TOPIC-Zwaluwstaart",
    "summary": "SUMMARY-Kraanvogel",
    "private_notes": "PRIVATE-Ijsvogel",
    "agreed_actions": "ACTION-Roodborst",
    "place": "PLACE-Spechtstraat 12",
}
FULL_NAMES = ("Annemarie Verhoeven-Koendjbiharie", "Ülkü Şahin")


def work(
    pf: PracticeFile,
    name: str,
    *,
    sensitive: bool = False,
    funding: Funding = Funding.CLIENT_PAID,
    preferred: str = "",
) -> int:
    """A client with one active engagement; returns the engagement id."""
    client = pf.clients.create(
        ClientDraft(
            name=name, preferred_name=preferred, sensitive=sensitive, status=ClientStatus.ACTIVE
        )
    )
    engagement = pf.engagements.create(
        EngagementDraft(
            client_id=client.id,
            kind=EngagementKind.PERSONAL_GROWTH,
            funding=funding,
            start_date=TODAY - dt.timedelta(days=400),
        )
    )
    return engagement.id


def session(
    pf: PracticeFile,
    engagement_id: int,
    day: dt.date,
    start: dt.time | None = None,
    **extra: object,
) -> int:
    draft = SessionDraft(engagement_id=engagement_id, date=day, start_time=start, **extra)  # type: ignore[arg-type]
    return pf.sessions.create(draft).id


# -- the week ---------------------------------------------------------------------------------
def test_week_runs_monday_to_sunday_and_nothing_outside(practice: PracticeFile) -> None:
    eid = work(practice, "Anna de Vries")
    sunday_before = session(practice, eid, LAST_MONDAY - dt.timedelta(days=1), dt.time(23, 0))
    monday = session(practice, eid, LAST_MONDAY, dt.time(9, 0))
    sunday = session(practice, eid, LAST_MONDAY + dt.timedelta(days=6), dt.time(20, 0))
    monday_after = session(practice, eid, LAST_MONDAY + dt.timedelta(days=7), dt.time(8, 0))

    ids = [item.session_id for item in AgendaService(practice).week(LAST_MONDAY)]
    assert ids == [monday, sunday]
    assert sunday_before not in ids and monday_after not in ids
    # any day of the week means that week
    wednesday = LAST_MONDAY + dt.timedelta(days=2)
    assert [i.session_id for i in AgendaService(practice).week(wednesday)] == ids
    assert week_days(wednesday)[0] == LAST_MONDAY
    assert week_days(wednesday)[-1].weekday() == 6


def test_week_orders_by_day_then_untimed_first_then_time(practice: PracticeFile) -> None:
    eid = work(practice, "Anna de Vries")
    tuesday = LAST_MONDAY + dt.timedelta(days=1)
    late = session(practice, eid, tuesday, dt.time(16, 0))
    early = session(practice, eid, tuesday, dt.time(8, 30))
    untimed = session(practice, eid, tuesday)
    monday = session(practice, eid, LAST_MONDAY, dt.time(18, 0))
    items = AgendaService(practice).week(LAST_MONDAY)
    assert [i.session_id for i in items] == [monday, untimed, early, late]


def test_items_carry_what_the_agenda_shows_and_initials_for_sensitive(
    practice: PracticeFile,
) -> None:
    open_eid = work(practice, "Anna de Vries", preferred="Ans")
    hidden_eid = work(practice, "Ülkü Şahin", sensitive=True, funding=Funding.PRO_BONO)
    session(
        practice,
        open_eid,
        LAST_MONDAY,
        dt.time(10, 0),
        duration_minutes=90,
        mode=SessionMode.VIDEO,
        status=SessionStatus.HELD,
    )
    session(practice, hidden_eid, LAST_MONDAY + dt.timedelta(days=3))
    first, second = AgendaService(practice).week(LAST_MONDAY)
    assert first.client_name == "Anna de Vries (Ans)"
    assert first.funding is Funding.CLIENT_PAID
    assert (first.start_time, first.duration_minutes) == (dt.time(10, 0), 90)
    assert first.mode is SessionMode.VIDEO
    assert first.status is SessionStatus.HELD and not first.actionable
    assert second.client_name == "Ü.Ş."
    assert second.funding is Funding.PRO_BONO
    assert second.start_time is None
    assert second.status is SessionStatus.PLANNED and second.actionable
    assert "Şahin" not in repr(second)


# -- status changes ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "status", [SessionStatus.HELD, SessionStatus.CANCELLED, SessionStatus.NO_SHOW]
)
def test_set_status_from_the_agenda_is_saved(practice: PracticeFile, status: SessionStatus) -> None:
    eid = work(practice, "Anna de Vries")
    sid = session(practice, eid, LAST_MONDAY + dt.timedelta(days=1), dt.time(10, 0))
    item = AgendaService(practice).set_status(sid, status)
    assert item.status is status
    assert practice.sessions.get(sid).status is status
    assert AgendaService(practice).week(LAST_MONDAY)[0].status is status


def test_set_status_keeps_the_notes_and_can_be_undone(practice: PracticeFile) -> None:
    eid = work(practice, "Anna de Vries")
    sid = session(practice, eid, LAST_MONDAY, summary="Kept as it was", topics="Werk")
    agenda = AgendaService(practice)
    agenda.set_status(sid, "no_show")
    agenda.set_status(sid, SessionStatus.PLANNED)
    saved = practice.sessions.get(sid)
    assert saved.status is SessionStatus.PLANNED
    assert (saved.summary, saved.topics) == ("Kept as it was", "Werk")


def test_a_future_session_cannot_be_marked_held(practice: PracticeFile) -> None:
    eid = work(practice, "Anna de Vries")
    sid = session(practice, eid, TODAY + dt.timedelta(days=3), dt.time(10, 0))
    with pytest.raises(ValidationError) as caught:
        AgendaService(practice).set_status(sid, SessionStatus.HELD)
    assert caught.value.field == "status"
    assert practice.sessions.get(sid).status is SessionStatus.PLANNED
    # cancelling a future session is fine
    assert AgendaService(practice).set_status(sid, "cancelled").status is SessionStatus.CANCELLED


def test_unknown_status_and_unknown_session_are_refused(practice: PracticeFile) -> None:
    eid = work(practice, "Anna de Vries")
    sid = session(practice, eid, LAST_MONDAY)
    with pytest.raises(ValidationError) as caught:
        AgendaService(practice).set_status(sid, "postponed")
    assert "postponed" in caught.value.text("en")
    assert practice.sessions.get(sid).status is SessionStatus.PLANNED
    with pytest.raises(NotFoundError):
        AgendaService(practice).set_status(99_999, SessionStatus.HELD)


# -- the calendar export ----------------------------------------------------------------------
@pytest.fixture
def exported_practice(practice: PracticeFile) -> dict[str, int]:
    """Planned sessions with distinctive note text for two clients, plus ones not to export."""
    plain = work(practice, FULL_NAMES[0], preferred="Annie")
    hidden = work(practice, FULL_NAMES[1], sensitive=True, funding=Funding.PRO_BONO)
    start = TODAY + dt.timedelta(days=1)
    secret_fields = {
        **SECRETS,
        "confidentiality": Confidentiality.PRIVATE,
    }
    return {
        "timed": session(practice, plain, start, dt.time(10, 0), **secret_fields),
        "untimed": session(practice, hidden, start + dt.timedelta(days=2), **secret_fields),
        "cancelled": session(
            practice, plain, start, dt.time(14, 0), status=SessionStatus.CANCELLED
        ),
        "held": session(practice, plain, TODAY, dt.time(7, 0), status=SessionStatus.HELD),
        "outside": session(practice, plain, start + dt.timedelta(days=40), dt.time(9, 0)),
    }


def export(practice: PracticeFile, path: Path, title: str = "Mentorgesprek") -> bytes:
    result = CalendarExportService(practice).export(
        path, TODAY, TODAY + dt.timedelta(days=30), title, zone=AMSTERDAM
    )
    assert result.path == str(path)
    return path.read_bytes()


def test_ics_holds_no_note_content_and_no_full_names(
    practice: PracticeFile, exported_practice: dict[str, int], tmp_path: Path
) -> None:
    data = export(practice, tmp_path / "agenda.ics")
    folded_away = data.replace(b"\r\n ", b"")
    for text in [*SECRETS.values(), *FULL_NAMES, "Annie", "Verhoeven", "Şahin", "Ülkü"]:
        for haystack in (data, folded_away):
            assert text.encode("utf-8") not in haystack, text
            assert text.lower().encode("utf-8") not in haystack.lower(), text
    assert b"LOCATION" not in data
    assert b"DESCRIPTION" not in data
    assert b"SUMMARY:Mentorgesprek A.V.\r\n" in data
    assert "SUMMARY:Mentorgesprek Ü.Ş.\r\n".encode() in data


def test_ics_has_only_the_planned_sessions_in_the_range(
    practice: PracticeFile, exported_practice: dict[str, int], tmp_path: Path
) -> None:
    text = export(practice, tmp_path / "agenda.ics").decode("utf-8").replace("\r\n ", "")
    assert text.count("BEGIN:VEVENT") == 2
    for kind in ("timed", "untimed"):
        assert f"session-{exported_practice[kind]}-" in text
    for kind in ("cancelled", "held", "outside"):
        assert f"session-{exported_practice[kind]}-" not in text
    start = TODAY + dt.timedelta(days=1)
    utc_start = dt.datetime.combine(start, dt.time(10, 0), AMSTERDAM).astimezone(dt.UTC)
    assert f"DTSTART:{utc_start:%Y%m%dT%H%M%SZ}\r\n" in text
    all_day = start + dt.timedelta(days=2)
    assert f"DTSTART;VALUE=DATE:{all_day:%Y%m%d}\r\n" in text


def test_ics_is_rfc5545_shaped(
    practice: PracticeFile, exported_practice: dict[str, int], tmp_path: Path
) -> None:
    title = "Mentorgesprek, kort; lang\\ " + "lange titel " * 8
    data = export(practice, tmp_path / "agenda.ics", title)
    assert data.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert data.endswith(b"END:VCALENDAR\r\n")
    physical = data.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in physical)
    assert any(line.startswith(b" ") for line in physical)  # the long title was folded
    assert b"\n" not in data.replace(b"\r\n", b"")
    unfolded = data.replace(b"\r\n ", b"").decode("utf-8")
    assert "SUMMARY:Mentorgesprek\\, kort\\; lang\\\\ lange titel" in unfolded
    assert unfolded.count("DTSTAMP:") == 2


def test_uid_is_stable_between_exports(
    practice: PracticeFile, exported_practice: dict[str, int], tmp_path: Path
) -> None:
    first = export(practice, tmp_path / "one.ics").replace(b"\r\n ", b"")
    second = export(practice, tmp_path / "two.ics").replace(b"\r\n ", b"")
    uids = [line for line in first.split(b"\r\n") if line.startswith(b"UID:")]
    assert len(uids) == 2 and len(set(uids)) == 2
    assert uids == [line for line in second.split(b"\r\n") if line.startswith(b"UID:")]
    assert session_uid(5, "a") != session_uid(5, "b")  # another practice file, another UID


def test_export_replaces_an_existing_file_and_leaves_no_temporary_files(
    practice: PracticeFile, exported_practice: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "agenda.ics"
    target.write_bytes(b"old calendar")
    export(practice, target)
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert [p.name for p in tmp_path.glob("*agenda.ics*")] == ["agenda.ics"]


def test_failed_write_keeps_the_old_file_and_says_why(
    practice: PracticeFile,
    exported_practice: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "agenda.ics"
    target.write_bytes(b"old calendar")

    def disk_full(src: str, dst: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(CalendarExportError) as caught:
        export(practice, target)
    assert target.read_bytes() == b"old calendar"
    assert not list(tmp_path.glob("*.part"))  # no temporary file left
    assert str(target) in caught.value.text("en")
    assert "disk is full" in caught.value.text("en")
    assert "schijf is vol" in caught.value.text("nl")


def test_missing_folder_and_folder_as_target_are_clear_errors(
    practice: PracticeFile, exported_practice: dict[str, int], tmp_path: Path
) -> None:
    with pytest.raises(CalendarExportError) as caught:
        export(practice, tmp_path / "no such folder" / "agenda.ics")
    assert "folder does not exist" in caught.value.text("en")
    with pytest.raises(CalendarExportError) as caught:
        export(practice, tmp_path)
    assert "is a folder" in caught.value.text("en")


def test_export_range_must_run_forwards_and_is_audited(
    practice: PracticeFile, exported_practice: dict[str, int], tmp_path: Path
) -> None:
    service = CalendarExportService(practice)
    with pytest.raises(ValidationError):
        service.export(tmp_path / "x.ics", TODAY, TODAY - dt.timedelta(days=1))
    assert not (tmp_path / "x.ics").exists()
    result = service.export(tmp_path / "y.ics", TODAY, TODAY + dt.timedelta(days=30), "  ")
    assert result.events == 2
    assert b"SUMMARY:Mentoring session A.V." in (tmp_path / "y.ics").read_bytes()
    with practice.transaction():
        actions = [r[0] for r in practice.connection.execute("SELECT action FROM audit_event")]
    assert actions.count("calendar_exported") == 1


def test_local_zone_follows_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Brussels")
    assert str(local_zone()) == "Europe/Brussels"
    monkeypatch.setenv("TZ", "Not/AZone")
    zone = local_zone()
    assert zone is None or str(zone) != "Not/AZone"


def test_an_export_that_cannot_be_audited_is_removed(
    practice: PracticeFile,
    exported_practice: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_room(*_args: object, **_kwargs: object) -> None:
        raise DiskFullError()

    monkeypatch.setattr(type(practice), "audit", no_room)
    target = tmp_path / "calendar" / "agenda.ics"
    target.parent.mkdir()
    with pytest.raises(DiskFullError):
        export(practice, target)
    assert list(target.parent.iterdir()) == []  # nothing left the app unlogged
