"""Benchmark: a 10,000-client practice, opened and its client list loaded and filtered.

    python benchmarks/bench_client_list.py [--clients N] [--seed S] [--runs R] [--rebuild]

The practice file is built once with the real command line (``python -m mentordesk demo``, in a
child process) and kept in ``benchmarks/out/`` (git-ignored); later runs reuse it. Then, in this
process, each step is timed ``--runs`` times and the median is compared with its target. Peak
memory is this process's maximum resident set size; the build ran in a child, so it is not in it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"
PASSPHRASE = "bench"
NEEDLES = ("s", "sa", "sah", "sahin", "jan", "de v", "o'b", "zoë", "xyz")  # typed one by one
TARGETS = {"open": 1.5, "list": 0.5, "filter": 0.050}  # seconds, at 10,000 clients


def _env() -> dict[str, str]:
    env = dict(os.environ, MENTORDESK_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen")
    env["MENTORDESK_HOME"] = str(OUT / "home")  # logs and settings of the child stay here
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), env.get("PYTHONPATH"))))
    return env


def _cli_has_demo() -> bool:
    """Whether ``python -m mentordesk demo`` exists in this environment."""
    cmd = [sys.executable, "-m", "mentordesk", "demo", "--help"]
    try:
        done = subprocess.run(
            cmd, check=False, env=_env(), capture_output=True, text=True, timeout=120
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0 and "--clients" in done.stdout and "--seed" in done.stdout


def build(path: Path, clients: int, seed: int) -> dict[str, object]:
    """Build the practice file in a child process; return how long it took and how."""
    OUT.mkdir(parents=True, exist_ok=True)
    if _cli_has_demo():
        how = "mentordesk demo (CLI, child process)"
        cmd = [sys.executable, "-m", "mentordesk", "demo", str(path)]
        cmd += ["--clients", str(clients), "--seed", str(seed)]
    else:
        # Fallback for a tree without the `demo` sub-command: the same service, called directly
        # (still in a child process, so that this process's peak memory stays clean).
        how = "build_demo() (no CLI demo command; child process)"
        code = (
            "import sys; from pathlib import Path; from mentordesk.services.demo import build_demo;"
            f" build_demo(Path(sys.argv[1]), {PASSPHRASE!r}, clients={clients}, seed={seed})"
        )
        cmd = [sys.executable, "-c", code, str(path)]
    print(f"building {path.name} with {how} ...", flush=True)
    start = time.perf_counter()
    subprocess.run(cmd, env=_env(), check=True)
    meta: dict[str, object] = {"build_seconds": time.perf_counter() - start, "how": how}
    path.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
    return meta


def timed(step: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return times


def peak_memory_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes vs KiB


def _fmt(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms" if seconds < 1 else f"{seconds:8.2f} s "


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true", help="build the file again")
    args = parser.parse_args(argv)

    path = OUT / f"demo-{args.clients}-seed{args.seed}.mentordesk"
    if args.rebuild:
        path.unlink(missing_ok=True)
    if path.exists() and path.with_suffix(".json").exists():
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        meta["how"] = f"cached; built earlier with {meta['how']}"
    else:
        path.unlink(missing_ok=True)
        meta = build(path, args.clients, args.seed)

    os.environ["MENTORDESK_HOME"] = str(OUT / "home")
    sys.path.insert(0, str(ROOT))
    from mentordesk.domain.names import fold
    from mentordesk.services.practice_file import open_practice

    def open_and_close() -> None:
        open_practice(path, PASSPHRASE).close()

    open_times = timed(open_and_close, args.runs)
    with open_practice(path, PASSPHRASE) as pf:
        counts = pf.info().counts
        list_times = timed(pf.clients.list_rows, args.runs)
        rows = pf.clients.list_rows()

    def filter_folding() -> int:  # what ClientService.search_rows does after loading
        found = 0
        for needle in NEEDLES:
            key = fold(needle)
            found += len([r for r in rows if key in fold(r.name) or key in fold(r.display_name)])
        return found

    keys = [f"{fold(r.name)}\n{fold(r.display_name)}" for r in rows]

    def filter_prefolded() -> int:  # what the client table model does (keys folded on load)
        found = 0
        for needle in NEEDLES:
            words = fold(needle).split()
            found += len([r for r, k in zip(rows, keys, strict=True) if all(w in k for w in words)])
        return found

    per_key = len(NEEDLES)
    fold_times = [t / per_key for t in timed(filter_folding, args.runs)]
    prefolded_times = [t / per_key for t in timed(filter_prefolded, args.runs)]
    memory = peak_memory_mb()

    size_mb = path.stat().st_size / 1e6
    print()
    print(
        f"MentorDesk client list: {counts['client']:,} clients, {counts['session']:,} sessions, "
        f"{counts['goal_score']:,} scores; file {size_mb:.0f} MB"
    )
    print(
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, {args.runs} runs; medians"
    )
    print(f"{'build the file (once)':<40}{_fmt(float(meta['build_seconds']))}  ({meta['how']})")
    print(f"{'step':<40}{'median':>11}{'min':>11}{'max':>11}   target")
    results = {}
    for label, key, times in (
        ("open_practice (2 key derivations)", "open", open_times),
        ("pf.clients.list_rows()", "list", list_times),
        ("filter: fold + substring, per keystroke", "filter", fold_times),
        ("filter: pre-folded keys, per keystroke", "", prefolded_times),
    ):
        median = statistics.median(times)
        target = TARGETS.get(key)
        verdict = "" if target is None else ("ok" if median < target else "TOO SLOW")
        limit = "" if target is None else f"< {_fmt(target).strip()}  {verdict}"
        print(f"{label:<40}{_fmt(median)}{_fmt(min(times))}{_fmt(max(times))}   {limit}")
        results[label] = {"median": median, "min": min(times), "max": max(times)}
    print(
        f"{'peak memory (max RSS of this process)':<40}"
        f"{'n/a' if memory is None else f'{memory:8.1f} MB'}"
    )
    report = {"counts": counts, "build": meta, "steps": results, "peak_memory_mb": memory}
    (OUT / f"results-{args.clients}.json").write_text(json.dumps(report, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
