"""Benchmark: what the trust features cost at 10,000 clients: opening with the integrity check
and the erasure re-check, a verified backup, an access-request export, an erasure, the full
export and the import of it.

    python benchmarks/bench_trust.py [--clients N] [--seed S] [--runs R] [--rebuild]

The practice file is the one ``bench_client_list.py`` builds (kept in ``benchmarks/out/``); this
script works on a copy in a temporary folder (opening migrates an older file, and erasing changes
it). Fast steps run ``--runs`` times, the slow ones (backup, export, import) three times; the
median is compared with its target.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

import bench_client_list as base

TARGETS = {  # seconds, at 10,000 clients / 200,000 sessions (a file of about 220 MB)
    "open": 3.0,
    "reapply": 0.050,
    "backup": 20.0,
    "access": 2.0,
    "erase": 2.0,
    "export_read": 10.0,
    "export_write": 30.0,
    "import": 120.0,
}
SLOW_RUNS = 3


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true", help="build the file again")
    args = parser.parse_args(argv)

    source = base.OUT / f"demo-{args.clients}-seed{args.seed}.mentordesk"
    if args.rebuild:
        source.unlink(missing_ok=True)
    if not (source.exists() and source.with_suffix(".json").exists()):
        source.unlink(missing_ok=True)
        base.build(source, args.clients, args.seed)

    work = Path(tempfile.mkdtemp(prefix="mentordesk-bench-trust-"))
    os.environ["MENTORDESK_HOME"] = str(work / "home")
    sys.path.insert(0, str(base.ROOT))
    from mentordesk.services.erasure import ErasureService, reapply_erasures
    from mentordesk.services.practice_export import export_practice, read_practice, write_export
    from mentordesk.services.practice_file import open_practice
    from mentordesk.services.practice_import import import_practice
    from mentordesk.services.privacy_access import AccessRequestService

    results: dict[str, dict[str, float]] = {}
    sizes: dict[str, float] = {}

    def record(label: str, key: str, times: list[float]) -> None:
        results[label] = {
            "median": statistics.median(times),
            "min": min(times),
            "max": max(times),
            "target": TARGETS[key],
        }

    try:
        path = work / "practice.mentordesk"
        shutil.copyfile(source, path)
        open_practice(path, base.PASSPHRASE).close()  # migrates a file of an older version once
        sizes["file_mb"] = path.stat().st_size / 1e6
        record(
            "open (key, page HMACs, erasure re-check)",
            "open",
            base.timed(lambda: open_practice(path, base.PASSPHRASE).close(), args.runs),
        )
        with open_practice(path, base.PASSPHRASE) as pf:
            counts = pf.info().counts
            rows = pf.clients.list_rows()
            ids = [row.id for row in rows]
            record(
                "re-apply erasures, nothing to do",
                "reapply",
                base.timed(lambda: reapply_erasures(pf), args.runs),
            )
            backups = pf.backups
            record(
                "backup: copy, verify, rotate",
                "backup",
                base.timed(backups.make_backup, SLOW_RUNS),
            )
            access = AccessRequestService(pf)
            targets = iter(range(1_000_000))
            record(
                "access-request ZIP, one client",
                "access",
                base.timed(
                    lambda: access.export(ids[0], work / f"access-{next(targets)}.zip", True),
                    args.runs,
                ),
            )
            erasing = iter(ids[1:])
            erasure = ErasureService(pf)
            record(
                "erase one client",
                "erase",
                base.timed(lambda: erasure.erase_client(next(erasing)), args.runs),
            )
            snapshot = None

            def read() -> None:
                nonlocal snapshot
                snapshot = read_practice(pf)

            record("full export: read (UI thread)", "export_read", base.timed(read, SLOW_RUNS))
            assert snapshot is not None
            zips = iter(range(1_000_000))
            record(
                "full export: write ZIP (worker)",
                "export_write",
                base.timed(
                    lambda: write_export(snapshot, work / f"export-{next(zips)}.zip"), SLOW_RUNS
                ),
            )
            export = export_practice(pf, work / "export.zip")
            sizes["export_mb"] = export.size_bytes / 1e6
        made = iter(range(1_000_000))

        def import_once() -> None:
            import_practice(
                export.path, work / f"imported-{next(made)}.mentordesk", base.PASSPHRASE
            ).close()

        record("import the export into a new file", "import", base.timed(import_once, SLOW_RUNS))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print()
    print(
        f"MentorDesk trust: {counts['client']:,} clients, {counts['session']:,} sessions; "
        f"file {sizes['file_mb']:.0f} MB, export ZIP {sizes['export_mb']:.0f} MB"
    )
    print(
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, {args.runs} runs ({SLOW_RUNS} for the slow steps); medians"
    )
    print(f"{'step':<44}{'median':>11}{'min':>11}{'max':>11}   target")
    for label, row in results.items():
        verdict = "ok" if row["median"] < row["target"] else "TOO SLOW"
        print(
            f"{label:<44}{base._fmt(row['median'])}{base._fmt(row['min'])}"
            f"{base._fmt(row['max'])}   < {base._fmt(row['target']).strip()}  {verdict}"
        )
    report = {"counts": counts, "sizes": sizes, "steps": results}
    out = base.OUT / f"results-trust-{args.clients}.json"
    out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(f"written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
