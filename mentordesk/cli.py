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

from mentordesk import __version__, cli_money, cli_transfer, config
from mentordesk.errors import FileMissingError, NoPassphraseGivenError, UserError, ValidationError
from mentordesk.services import practice_file as files
from mentordesk.services.practice_file import PracticeFile

log = logging.getLogger(__name__)
COMMANDS = (
    "demo",
    "info",
    "check",
    "clients",
    "letter",
    "summary",
    *cli_money.COMMANDS,
    *cli_transfer.COMMANDS,
)
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

    def command(
        name: str, text: str, file_help: str = "the .mentordesk file"
    ) -> argparse.ArgumentParser:
        cmd = sub.add_parser(name, help=text, description=text)
        cmd.add_argument("file", type=Path, metavar="FILE", help=file_help)
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
    letter = command("letter", "write a progress letter as PDF and log it")
    letter.add_argument("--client", type=int, required=True, metavar="ID")
    letter.add_argument("--out", type=Path, required=True, metavar="PATH", help="the PDF to write")
    letter.add_argument("--lang", choices=("nl", "en"), help="default: the client's language")
    letter.add_argument(
        "--to",
        choices=RECIPIENT_KINDS,
        default="client",
        help="the recipient (default: the client); others need the client's recorded consent",
    )
    for name, text in (
        ("--goals", "goal ids to include (default: the current engagement's goals)"),
        ("--sessions", "session ids to include (default: the latest held normal sessions)"),
        ("--include-confidential", "confidential session ids ticked for this letter"),
    ):
        letter.add_argument(name, type=_id_list, nargs="+", metavar="ID,...", help=text)
    summary = command("summary", "write the summary of one session as PDF and log it")
    summary.add_argument("--session", type=int, required=True, metavar="ID")
    summary.add_argument("--out", type=Path, required=True, metavar="PATH", help="the PDF to write")
    summary.add_argument(
        "--include-confidential",
        action="store_true",
        help="include the notes of a confidential session (never private notes)",
    )
    cli_money.add_parsers(command)
    cli_transfer.add_parsers(command)
    return parser


RECIPIENT_KINDS = ("client", "payer", "referrer")


def _id_list(text: str) -> list[int]:
    """``"3,5 7"`` -> ``[3, 5, 7]``; ``""`` is no ids."""
    try:
        return [int(part) for part in text.replace(",", " ").split()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of ids: {text!r}") from None


def _flat(groups: Sequence[Sequence[int]] | None) -> tuple[int, ...] | None:
    return None if groups is None else tuple(i for group in groups for i in group)


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
        f"{summary.sessions} sessions, {summary.invoices} invoices and credit notes, "
        f"{summary.payments} payments."
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


def _cmd_letter(args: argparse.Namespace) -> int:
    from mentordesk.domain.enums import Language
    from mentordesk.services.documents import (
        DocumentService,
        LetterRequest,
        Recipient,
        RecipientKind,
    )

    request = LetterRequest(
        client_id=args.client,
        recipient=Recipient(RecipientKind(args.to)),
        language=Language(args.lang) if args.lang else None,
        goal_ids=_flat(args.goals),
        session_ids=_flat(args.sessions),
        include_confidential=frozenset(_flat(args.include_confidential) or ()),
    )
    with _open(args) as pf:
        entry = DocumentService(pf).write_letter(request, args.out)
    confidential = len(entry.confidential_ids)
    print(
        f"Wrote {entry.file_name}: progress letter for client {entry.client_id} to the "
        f"{args.to}, {len(entry.goal_ids)} goal(s), {len(entry.session_ids)} session(s) "
        f"({confidential} confidential). Logged; SHA-256 {entry.sha256}"
    )
    return 0


def _cmd_summary(args: argparse.Namespace) -> int:
    from mentordesk.services.documents import DocumentService

    with _open(args) as pf:
        entry = DocumentService(pf).write_summary(
            args.session, args.out, include_confidential=args.include_confidential
        )
    print(
        f"Wrote {entry.file_name}: summary of session {args.session} for client "
        f"{entry.client_id}. Logged; SHA-256 {entry.sha256}"
    )
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _cmd_demo,
    "info": _cmd_info,
    "check": _cmd_check,
    "clients": _cmd_clients,
    "letter": _cmd_letter,
    "summary": _cmd_summary,
    **cli_money.handlers(_open),
    **cli_transfer.handlers(_open, _new_passphrase),
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
    except BrokenPipeError:
        # the reader went away (``mentordesk clients FILE | head``): not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception:
        log.exception("mentordesk %s failed", args.command)
        print(
            f"mentordesk: something went wrong. Details are in {config.log_file()}", file=sys.stderr
        )
        return 1
