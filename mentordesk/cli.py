"""The command-line front end: the same services as the app, no Qt.

Exit codes: 0 success, 1 a user error (one line on stderr, never a traceback), 2 wrong usage.
The passphrase comes from --passphrase-file, then MENTORDESK_PASSPHRASE, then the keyring if
remembered, then a prompt (only in a terminal).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from mentordesk import __version__, config
from mentordesk.errors import FileMissingError, NoPassphraseGivenError, UserError, ValidationError
from mentordesk.services import practice_file as files
from mentordesk.services.practice_file import PracticeFile

log = logging.getLogger(__name__)
COMMANDS = ("demo", "info", "check", "clients")
ENV_PASSPHRASE = "MENTORDESK_PASSPHRASE"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"mentordesk: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="mentordesk",
        description=(
            "MentorDesk: your mentoring practice in one encrypted file. Without a command, "
            "the app opens."
        ),
    )
    parser.add_argument("--version", action="version", version=f"MentorDesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, text: str) -> argparse.ArgumentParser:
        cmd = sub.add_parser(name, help=text, description=text)
        cmd.add_argument("file", type=Path, metavar="FILE", help="the .mentordesk file")
        cmd.add_argument(
            "--passphrase-file",
            type=Path,
            metavar="PATH",
            help="read the passphrase from the first line of this file",
        )
        return cmd

    demo = command("demo", "create a new demo practice file with realistic content")
    demo.add_argument("--clients", type=int, default=40, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    command("info", "counts per table, schema version, cipher settings and file size")
    command("check", "check the file's encryption, integrity and references")
    clients = command("clients", "list clients (initials for sensitive clients)")
    clients.add_argument("--search", metavar="TEXT", default="")
    return parser


def wants_cli(args: Sequence[str]) -> bool:
    """Whether ``args`` are for the command line rather than the app."""
    if not args:
        return False
    first = args[0]
    return first in COMMANDS or first in ("-h", "--help", "--version")


class AppArgs(argparse.Namespace):
    file: Path | None
    demo: bool


def parse_app_args(args: Sequence[str]) -> AppArgs | None:
    parser = _Parser(
        prog="mentordesk",
        description="Open MentorDesk (on FILE if given).",
        epilog=f"Commands: {', '.join(COMMANDS)} (mentordesk COMMAND --help).",
    )
    parser.add_argument("file", type=Path, nargs="?", default=None, metavar="FILE")
    parser.add_argument(
        "--demo", action="store_true", help="open the demo practice (created on first use)"
    )
    try:
        return parser.parse_args(list(args), namespace=AppArgs())
    except SystemExit:
        return None


# -- passphrase ---------------------------------------------------------------------------------
def _given_passphrase(args: argparse.Namespace) -> str | None:
    if args.passphrase_file is not None:
        try:
            text = args.passphrase_file.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise UserError(
                "Cannot read the passphrase file {path}: {reason}.",
                "Het wachtzinbestand {path} is niet te lezen: {reason}.",
                path=args.passphrase_file,
                reason=exc.strerror or exc,
            ) from exc
        return text.splitlines()[0] if text.splitlines() else ""
    return os.environ.get(ENV_PASSPHRASE)


def _prompt(text: str) -> str:
    if not sys.stdin.isatty():
        raise NoPassphraseGivenError()
    return getpass.getpass(text)


def _open(args: argparse.Namespace) -> PracticeFile:
    if not args.file.exists():  # say so before asking for a passphrase
        raise FileMissingError(path=str(args.file))
    secret = _given_passphrase(args)
    if secret is not None:
        return files.open_practice(args.file, secret)
    remembered = files.open_with_remembered(args.file)
    if remembered is not None:
        return remembered
    return files.open_practice(args.file, _prompt(f"Passphrase for {args.file.name}: "))


def _new_passphrase(args: argparse.Namespace) -> str:
    secret = _given_passphrase(args)
    if secret is not None:
        return secret
    first = _prompt("New passphrase: ")
    if _prompt("Again: ") != first:
        raise ValidationError(
            "passphrase", "The two passphrases differ.", "De twee wachtzinnen verschillen."
        )
    return first


# -- commands -------------------------------------------------------------------------------
def _cmd_demo(args: argparse.Namespace) -> int:
    from mentordesk.services import demo

    if args.clients < 1:
        raise ValidationError(
            "clients", "--clients must be at least 1.", "--clients moet minstens 1 zijn."
        )

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total} clients", end="", file=sys.stderr, flush=True)

    summary = demo.build_demo(
        args.file,
        _new_passphrase(args),
        clients=args.clients,
        seed=args.seed,
        progress=progress if sys.stderr.isatty() else None,
    )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"Created {args.file}: {summary.clients} clients, {summary.engagements} engagements, "
        f"{summary.sessions} sessions."
    )
    return 0


def _cmd_info(args: argparse.Namespace) -> int:
    with _open(args) as pf:
        info = pf.info()
    print(f"{'file':<24}{info.path}")
    print(f"{'size':<24}{info.size_bytes:,} bytes")
    print(f"{'schema version':<24}{info.schema_version}")
    for key, value in info.cipher.items():
        print(f"{key:<24}{value}")
    print("tables")
    for table, count in info.counts.items():
        print(f"  {table:<22}{count:>10,}")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    with _open(args) as pf:
        problems = pf.integrity_problems()
    if problems:
        print(f"{args.file}: {len(problems)} problem(s) found:")
        for problem in problems:
            print(f"  {problem}")
        print("Open a backup copy, or keep this file unchanged and ask for help.")
        return 1
    print(f"{args.file}: OK (encryption, integrity and references checked)")
    return 0


def _cmd_clients(args: argparse.Namespace) -> int:
    with _open(args) as pf:
        rows = pf.clients.search_rows(args.search)
    rows.sort(key=lambda r: r.id)
    width = max((len(str(r.id)) for r in rows), default=2)
    for row in rows:
        print(f"{row.id:>{width}}  {row.display_name}  [{row.status.value}]")
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _cmd_demo,
    "info": _cmd_info,
    "check": _cmd_check,
    "clients": _cmd_clients,
}


def main(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))  # exits 2 on wrong usage
    if args.command is None:
        _parser().print_usage(sys.stderr)
        return 2
    config.setup_logging()
    try:
        return HANDLERS[args.command](args)
    except UserError as exc:
        print(f"mentordesk: {exc.text()}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("mentordesk: interrupted", file=sys.stderr)
        return 1
    except Exception:
        log.exception("mentordesk %s failed", args.command)
        print(
            f"mentordesk: something went wrong. Details are in {config.log_file()}", file=sys.stderr
        )
        return 1
