"""The transfer commands of the command line: the full export and its import. ``cli.py`` adds
these parsers and handlers; like it, this uses services only.

    mentordesk export FILE --out ZIP       the whole practice as JSON + CSV in a ZIP (logged)
    mentordesk import ZIP --out NEWFILE    a new practice file from such an export

The passphrase of ``import`` is the NEW file's: --passphrase-file, MENTORDESK_PASSPHRASE, or
asked twice in a terminal.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from mentordesk.services.practice_file import PracticeFile

COMMANDS = ("export", "import")
Opener = Callable[[argparse.Namespace], PracticeFile]
NewPassphrase = Callable[[argparse.Namespace], str]
Command = Callable[..., argparse.ArgumentParser]


def add_parsers(command: Command) -> None:
    """Add the transfer sub-commands through ``cli``'s ``command(name, help, file_help)``."""
    export = command(
        "export",
        "export the whole practice to open formats (JSON and CSV in a ZIP); the ZIP is NOT "
        "encrypted and holds everything, private working notes too",
    )
    export.add_argument("--out", type=Path, required=True, metavar="ZIP", help="the ZIP to write")
    imported = command(
        "import",
        "create a new practice file from a full export (the passphrase is the new file's)",
        file_help="the export ZIP",
    )
    imported.add_argument(
        "--out", type=Path, required=True, metavar="NEWFILE", help="the new .mentordesk file"
    )


def handlers(
    opener: Opener, new_passphrase: NewPassphrase
) -> dict[str, Callable[[argparse.Namespace], int]]:
    """The handlers, opening files with ``cli``'s ``opener`` and ``new_passphrase``."""

    def export(args: argparse.Namespace) -> int:
        from mentordesk.services.practice_export import export_practice

        with opener(args) as pf:
            result = export_practice(pf, args.out)
        print(
            f"Wrote {result.path}: {len(result.row_counts)} tables, {result.total_rows:,} rows "
            f"(schema version {result.schema_version}). Not encrypted: keep it safe. Logged; "
            f"SHA-256 {result.sha256}"
        )
        return 0

    def import_(args: argparse.Namespace) -> int:
        from mentordesk.services.practice_file import FILE_SUFFIX
        from mentordesk.services.practice_import import import_practice, peek_export

        target: Path = args.out
        if not target.name.lower().endswith(FILE_SUFFIX):
            target = target.with_name(target.name + FILE_SUFFIX)
        info = peek_export(args.file)  # a wrong ZIP is told before a passphrase is asked
        with import_practice(args.file, target, new_passphrase(args)) as pf:
            counts = pf.info().counts
        clients, sessions = counts.get("client", 0), counts.get("session", 0)
        print(
            f"Created {target} from the export of {info.exported_at}: {clients:,} clients, "
            f"{sessions:,} sessions."
        )
        return 0

    return {"export": export, "import": import_}
