"""A child process that does a mentor's usual writes while no file may grow past a limit
(``RLIMIT_FSIZE``, with ``SIGXFSZ`` ignored so that a write fails with ``EFBIG`` instead of
killing the process), at many limits in turn.

The limits are given as ``(absolute bytes, part of the file's size at that moment, bytes beyond
it)`` and worked out when their round starts, since the file grows with every round. At each
limit it saves a session with notes through the session editor's service, keeps a
draft, saves a session summary PDF, makes a backup and exports the agenda. Each outcome goes to
the parent as ``(round, limit, step, "ok" | "refused" | "bug", detail)``: "refused" with the error's
class and English text, "bug" with a traceback (anything that is not a ``UserError``). Then,
with the limit lifted again, one more session proves the open file still works.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

STEPS = ("session", "draft", "pdf", "backup", "export")
NOTES = "Ze vertelde over de reorganisatie en haar twijfels. " * 200  # about 10 kB


Limit = tuple[int, float, int]


def note_for(round_: int, step: str) -> str:
    return f"ronde {round_} {step}: {NOTES}".strip()


def resolve(limit: Limit, size: int) -> int:
    absolute, part, beyond = limit
    return max(0, absolute + int(size * part) + beyond)


def disk_full_child(  # noqa: PLR0917 - a multiprocessing target takes its arguments in order
    path: str, home: str, passphrase: str, out: str, limits: list[Limit], conn: Connection
) -> None:
    os.environ["MENTORDESK_HOME"] = home
    os.environ["MENTORDESK_LANG"] = "en"
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    import resource

    from mentordesk.domain.enums import SessionStatus
    from mentordesk.errors import UserError
    from mentordesk.services.backups import BackupReason, BackupService, RetentionPolicy
    from mentordesk.services.calendar_export import CalendarExportService
    from mentordesk.services.documents import DocumentService
    from mentordesk.services.drafts import DraftService
    from mentordesk.services.practice_file import open_practice
    from mentordesk.services.records import SessionDraft
    from mentordesk.services.session_work import SessionWorkService

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failing write, not a killed process
    pf = open_practice(Path(path), passphrase)
    engagement_id = int(pf.connection.execute("SELECT min(id) FROM engagement").fetchone()[0])
    session_id = int(pf.connection.execute("SELECT min(id) FROM session").fetchone()[0])
    backups = BackupService(pf, Path(out) / "backups", RetentionPolicy(1000, 0), 30)
    folder = Path(out) / "documents"
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)

    def session(round_: int) -> object:
        draft = SessionDraft(
            engagement_id=engagement_id,
            date=dt.date(2026, 2, 9),
            status=SessionStatus.HELD,
            summary=note_for(round_, "session"),
            private_notes=note_for(round_, "private"),
        )
        return SessionWorkService(pf).save(None, draft).session.id

    def draft(round_: int) -> object:
        payload = {"summary": note_for(round_, "draft")}
        return DraftService(pf).save(engagement_id, None, payload)

    def pdf(round_: int) -> object:
        target = folder / f"verslag {round_}.pdf"
        DocumentService(pf).write_summary(session_id, target)
        return target.name

    def backup(round_: int) -> object:
        return backups.make_backup(BackupReason.MANUAL).name

    def export(round_: int) -> object:
        target = folder / f"agenda {round_}.ics"
        CalendarExportService(pf).export(target, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
        return target.name

    steps: dict[str, Callable[[int], object]] = {
        "session": session,
        "draft": draft,
        "pdf": pdf,
        "backup": backup,
        "export": export,
    }
    for round_, spec in enumerate(limits):
        limit = resolve(spec, Path(path).stat().st_size)
        outcomes = []
        for step, run in steps.items():
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
            try:
                outcome: tuple[str, object] = ("ok", run(round_))
            except UserError as exc:
                outcome = ("refused", (type(exc).__name__, exc.text("en")))
            except Exception:
                outcome = ("bug", traceback.format_exc())
            finally:
                resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
            outcomes.append((round_, limit, step, *outcome))
        # with room again, the open file keeps working
        try:
            outcomes.append((round_, limit, "after", "ok", session(-round_ - 1)))
        except Exception:
            outcomes.append((round_, limit, "after", "bug", traceback.format_exc()))
        conn.send(outcomes)  # a pipe, not a file: never limited
    pf.close()
    conn.send("closed")
