"""Benchmark: the agenda week, the start page (dashboard) and the .ics export at 10,000 clients.

    python benchmarks/bench_agenda_dashboard.py [--clients N] [--seed S] [--runs R] [--rebuild]
                                                [--file PATH]

The practice file is the one ``bench_client_list.py`` builds (``python -m mentordesk demo`` in a
child process, kept in ``benchmarks/out/``); it is built here the same way when missing.
``--file`` measures another copy (handy when the shared one is open elsewhere). The week
measured is the demo's own "today" (the day the file was built), so that the agenda is as full
as the demo makes it. Each step runs ``--runs`` times; the median is compared with its target.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import sys
import tempfile
from pathlib import Path

import bench_client_list as base

TARGETS = {  # seconds, at 10,000 clients / 200,000 sessions
    "week": 0.10,
    "dashboard": 1.0,
    "agenda_page": 0.5,
    "dashboard_page": 1.5,
    "export": 1.0,
}


def _demo_today(pf: object) -> dt.date:
    """The day the demo file was made: its sessions are planned and held around it."""
    from mentordesk.store import agenda_queries

    stamp = agenda_queries.practice_key(pf.connection)  # type: ignore[attr-defined]
    return dt.date.fromisoformat(stamp[:10]) if stamp else dt.date.today()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true", help="build the file again")
    parser.add_argument("--file", type=Path, help="measure this practice file instead")
    args = parser.parse_args(argv)

    path = args.file or base.OUT / f"demo-{args.clients}-seed{args.seed}.mentordesk"
    if args.file is None:
        if args.rebuild:
            path.unlink(missing_ok=True)
        if not (path.exists() and path.with_suffix(".json").exists()):
            path.unlink(missing_ok=True)
            base.build(path, args.clients, args.seed)

    os.environ["MENTORDESK_HOME"] = str(base.OUT / "home")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(base.ROOT))
    from PySide6.QtWidgets import QApplication

    from mentordesk.services.agenda import AgendaService, monday_of
    from mentordesk.services.calendar_export import CalendarExportService
    from mentordesk.services.dashboard import DashboardService
    from mentordesk.services.practice_file import open_practice
    from mentordesk.ui.pages.agenda_page import AgendaPage
    from mentordesk.ui.pages.dashboard_page import DashboardPage
    from mentordesk.ui.reveal import RevealState

    app = QApplication.instance() or QApplication([])
    results: dict[str, dict[str, float]] = {}
    sizes: dict[str, int] = {}
    with open_practice(path, base.PASSPHRASE) as pf, tempfile.TemporaryDirectory() as tmp:
        counts = pf.info().counts
        today = _demo_today(pf)
        monday = monday_of(today)
        agenda = AgendaService(pf)
        dashboard = DashboardService(pf)
        exporter = CalendarExportService(pf)
        sizes["week"] = len(agenda.week(monday))
        board = dashboard.load(today)
        sizes["unwritten"] = len(board.held_without_summary)
        sizes["idle"] = len(board.idle_clients)
        sizes["overdue"] = len(board.overdue_actions)
        target = Path(tmp) / "agenda.ics"
        last = today + dt.timedelta(days=27)

        def export() -> None:
            sizes["exported"] = exporter.export(target, today, last, "Mentorgesprek").events

        reveal = RevealState()
        agenda_page = AgendaPage(pf, reveal)
        dashboard_page = DashboardPage(pf, reveal)
        steps = (
            ("agenda week (service)", "week", lambda: agenda.week(monday)),
            ("dashboard load (service)", "dashboard", lambda: dashboard.load(today)),
            ("agenda page: show the week", "agenda_page", lambda: agenda_page.show_week(today)),
            ("dashboard page: refresh", "dashboard_page", lambda: dashboard_page.refresh(today)),
            (".ics export, next 4 weeks", "export", export),
        )
        for label, key, step in steps:
            times = base.timed(step, args.runs)
            results[label] = {
                "median": statistics.median(times),
                "min": min(times),
                "max": max(times),
                "target": TARGETS[key],
            }
        agenda_page.deleteLater()
        dashboard_page.deleteLater()
        app.processEvents()

    print()
    print(
        f"MentorDesk agenda and dashboard: {counts['client']:,} clients, "
        f"{counts['session']:,} sessions, {counts['action_item']:,} action items; "
        f"week of {monday:%d-%m-%Y}"
    )
    print(
        f"week {sizes['week']:,} sessions; dashboard: {sizes['unwritten']:,} without summary, "
        f"{sizes['idle']:,} clients without a next session, {sizes['overdue']:,} overdue "
        f"actions; .ics {sizes['exported']:,} events"
    )
    print(
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, {args.runs} runs; medians"
    )
    print(f"{'step':<40}{'median':>11}{'min':>11}{'max':>11}   target")
    for label, row in results.items():
        verdict = "ok" if row["median"] < row["target"] else "TOO SLOW"
        print(
            f"{label:<40}{base._fmt(row['median'])}{base._fmt(row['min'])}"
            f"{base._fmt(row['max'])}   < {base._fmt(row['target']).strip()}  {verdict}"
        )
    report = {"counts": counts, "sizes": sizes, "steps": results}
    out = base.OUT / f"results-agenda-{args.clients}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
