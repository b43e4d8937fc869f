"""Benchmark: full-text search in a 10,000-client practice (about 200,000 sessions).

    python benchmarks/bench_search.py [--clients N] [--seed S] [--runs R] [--rebuild] [--file F]

Uses the same demo practice file as ``bench_client_list.py`` (built once with the real command
line in a child process, kept in ``benchmarks/out/``). Times, as medians of ``--runs``:

- ``SearchService.search`` for typical queries: a common word, a rare name, prefixes of two and
  three letters, two words, and a query full of FTS5 syntax characters;
- typing a word letter by letter (every prefix searched, as the page does after each pause);
- the search page end to end: ``set_query`` until the results are drawn (worker thread, queued
  signal, tree filled), offscreen.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_client_list import OUT, PASSPHRASE, _fmt, build, timed  # noqa: E402

QUERIES = {
    "common word (gesprek)": "gesprek",
    "very common word (thema)": "thema",
    "rare name (koendjbiharie)": "koendjbiharie",
    "name prefix, 3 letters (koe)": "koe",
    "prefix, 2 letters (ge)": "ge",
    "prefix, 3 letters (lei)": "lei",
    "two words (de vr)": "de vr",
    'FTS5 syntax (NOT "(x* OR)': 'NOT "(x* OR',
}
TYPED = "leidinggevende"
TARGET_SERVICE = 0.25  # seconds: a result within a glance, on a worker thread
UI_THREAD_BUDGET = 0.05  # what a keystroke may cost on the UI thread without feeling sticky


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true", help="build the file again")
    parser.add_argument(
        "--file", type=Path, help="a copy of the demo file to use instead (passphrase 'bench')"
    )
    args = parser.parse_args(argv)

    path = args.file or OUT / f"demo-{args.clients}-seed{args.seed}.mentordesk"
    if args.file:
        pass  # used as it is
    elif args.rebuild:
        path.unlink(missing_ok=True)
    if not args.file and not (path.exists() and path.with_suffix(".json").exists()):
        path.unlink(missing_ok=True)
        build(path, args.clients, args.seed)

    os.environ["MENTORDESK_HOME"] = str(OUT / "home")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from mentordesk.services.practice_file import open_practice
    from mentordesk.services.search import SearchService
    from mentordesk.ui import workers
    from mentordesk.ui.pages.search_page import HITS_PER_GROUP, SearchPage
    from mentordesk.ui.reveal import RevealState

    app = QApplication.instance() or QApplication([])
    results: dict[str, dict[str, float]] = {}
    rows: list[tuple[str, list[float], float | None, str]] = []
    with open_practice(path, PASSPHRASE) as pf:
        counts = pf.info().counts
        service = SearchService(pf)
        for label, text in QUERIES.items():
            service.search(text, HITS_PER_GROUP)  # warm the page cache once
            times = timed(lambda t=text: service.search(t, HITS_PER_GROUP), args.runs)
            found = service.search(text, HITS_PER_GROUP).total
            rows.append((label, times, TARGET_SERVICE, f"{found:,} matches"))

        def typing() -> float:
            worst = 0.0
            for end in range(1, len(TYPED) + 1):
                worst = max(worst, timed(lambda e=end: service.search(TYPED[:e]), 1)[0])
            return worst

        worst_keys = [typing() for _ in range(args.runs)]
        rows.append((f"typing '{TYPED}': worst keystroke", worst_keys, TARGET_SERVICE, ""))

        page = SearchPage(pf, RevealState())
        page.resize(1100, 650)
        page.show()

        def page_round(text: str) -> None:
            page.set_query(text)
            while page.searching():
                workers.wait_for_all(50)
                app.processEvents()

        for label, text in (("page: common word, drawn", "gesprek"), ("page: 2 letters", "ge")):
            page_round("")
            times = []
            for _ in range(args.runs):
                page_round("")
                times += timed(lambda t=text: page_round(t), 1)
            rows.append((label, times, TARGET_SERVICE, f"{len(page.hit_items())} lines"))
        page.close()
        workers.wait_for_all()

    size_mb = path.stat().st_size / 1e6
    print()
    print(
        f"MentorDesk search: {counts['client']:,} clients, {counts['session']:,} sessions, "
        f"{counts.get('action_item', 0):,} action items; file {size_mb:.0f} MB"
    )
    print(
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, {args.runs} runs; medians; {HITS_PER_GROUP} hits per group"
    )
    print(f"{'step':<44}{'median':>11}{'min':>11}{'max':>11}   target")
    for label, times, target, note in rows:
        median = statistics.median(times)
        verdict = "" if target is None else ("ok" if median < target else "TOO SLOW")
        ui = "fits the UI thread" if median < UI_THREAD_BUDGET else "worker thread"
        limit = "" if target is None else f"< {_fmt(target).strip()}  {verdict}; {ui}"
        print(f"{label:<44}{_fmt(median)}{_fmt(min(times))}{_fmt(max(times))}   {limit}  {note}")
        results[label] = {"median": median, "min": min(times), "max": max(times)}
    report = {"counts": counts, "steps": results}
    (OUT / f"search-results-{args.clients}.json").write_text(json.dumps(report, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
