"""The money commands of the command line: invoices, the hours log, the year overview and the
pro bono statement. ``cli.py`` adds these parsers and handlers; like it, this uses services only.

    mentordesk invoice FILE --number 2026-0001 --out PATH [--reminder]
    mentordesk hours FILE [--year 2026] [--csv PATH] [--lang nl|en]
    mentordesk overview FILE --year 2026 --out PATH [--csv PATH] [--lang nl|en]
    mentordesk pro-bono FILE [--year 2026] [--client ID] --out PATH [--lang nl|en]
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from mentordesk.domain.enums import Language
from mentordesk.services.practice_file import PracticeFile

COMMANDS = ("invoice", "hours", "overview", "pro-bono")
Opener = Callable[[argparse.Namespace], PracticeFile]
Command = Callable[[str, str], argparse.ArgumentParser]


def add_parsers(command: Command) -> None:
    """Add the money sub-commands through ``cli``'s ``command(name, help)`` factory."""
    invoice = command("invoice", "write an issued invoice or credit note as PDF and log it")
    invoice.add_argument("--number", required=True, metavar="NUMBER", help="e.g. 2026-0001")
    invoice.add_argument("--out", type=Path, required=True, metavar="PATH", help="the PDF")
    invoice.add_argument(
        "--reminder", action="store_true", help="write a payment reminder for it instead"
    )
    hours = command("hours", "the hours log per client (paid and pro bono), for credentials")
    hours.add_argument("--year", type=int, metavar="YEAR", help="default: every year")
    hours.add_argument("--csv", type=Path, metavar="PATH", help="also write it as CSV")
    _language(hours)
    overview = command("overview", "the year overview for the accountant as PDF (and CSV)")
    overview.add_argument("--year", type=int, required=True, metavar="YEAR")
    overview.add_argument("--out", type=Path, required=True, metavar="PATH", help="the PDF")
    overview.add_argument("--csv", type=Path, metavar="PATH", help="also write it as CSV")
    _language(overview)
    statement = command("pro-bono", "the statement of pro bono work (not an invoice) as PDF")
    statement.add_argument("--year", type=int, metavar="YEAR", help="default: every year")
    statement.add_argument("--client", type=int, metavar="ID", help="default: every client")
    statement.add_argument("--out", type=Path, required=True, metavar="PATH", help="the PDF")
    _language(statement)


def _language(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang", choices=("nl", "en"), help="default: the practice's (a client's own for one)"
    )


def _lang(args: argparse.Namespace) -> Language | None:
    return Language(args.lang) if args.lang else None


def handlers(opener: Opener) -> dict[str, Callable[[argparse.Namespace], int]]:
    """The handlers, opening the file with ``cli``'s ``opener``."""

    def invoice(args: argparse.Namespace) -> int:
        from mentordesk.services.invoices import InvoiceService
        from mentordesk.services.money_documents import MoneyDocumentService, render

        with opener(args) as pf:
            found = InvoiceService(pf).by_number(args.number)
            documents = MoneyDocumentService(pf)
            if args.reminder:
                entry = documents.save(render(documents.prepare_reminder(found.id)), args.out)
                what = "payment reminder for"
            else:
                entry = documents.save(render(documents.prepare_invoice(found.id)), args.out)
                what = "credit note" if found.is_credit_note else "invoice"
        print(f"Wrote {entry.file_name}: {what} {found.number}. Logged; SHA-256 {entry.sha256}")
        return 0

    def hours(args: argparse.Namespace) -> int:
        from mentordesk.services.money_documents import MoneyDocumentService
        from mentordesk.services.reports import ReportService

        with opener(args) as pf:
            lang = _lang(args) or pf.practice.get().default_language
            log = ReportService(pf).hours_log(args.year, lang)
            entry = MoneyDocumentService(pf).save_hours_csv(log, args.csv) if args.csv else None
        width = max((len(r.label) for r in log.rows), default=6)
        print(f"{'client':<{width}}  first       last        paid h  pro bono h")
        for r in log.rows:
            print(
                f"{r.label:<{width}}  {r.first_session}  {r.last_session}  "
                f"{r.paid_minutes / 60:>6.2f}  {r.pro_bono_minutes / 60:>10.2f}"
            )
        print(
            f"{len(log.rows)} client(s): {log.paid_minutes / 60:.2f} paid hours "
            f"({log.paid_sessions} sessions), {log.pro_bono_minutes / 60:.2f} pro bono hours "
            f"({log.pro_bono_sessions} sessions)"
        )
        if entry is not None:
            print(f"Wrote {entry.file_name}. Logged; SHA-256 {entry.sha256}")
        return 0

    def overview(args: argparse.Namespace) -> int:
        from mentordesk.services.money_documents import MoneyDocumentService, render
        from mentordesk.services.reports import ReportService

        with opener(args) as pf:
            documents = MoneyDocumentService(pf)
            prepared = documents.prepare_year_overview(args.year, language=_lang(args))
            entry = documents.save(render(prepared), args.out)
            print(f"Wrote {entry.file_name}: year overview {args.year}. SHA-256 {entry.sha256}")
            if args.csv:
                data = ReportService(pf).year_overview(args.year)
                csv_entry = documents.save_overview_csv(data, args.csv, prepared.language)
                print(f"Wrote {csv_entry.file_name}. SHA-256 {csv_entry.sha256}")
        return 0

    def pro_bono(args: argparse.Namespace) -> int:
        from mentordesk.services.money_documents import MoneyDocumentService, render

        with opener(args) as pf:
            documents = MoneyDocumentService(pf)
            prepared = documents.prepare_pro_bono(
                client_id=args.client, year=args.year, language=_lang(args)
            )
            entry = documents.save(render(prepared), args.out)
        sessions = len(prepared.session_ids)
        print(
            f"Wrote {entry.file_name}: pro bono statement, {sessions} session(s). Logged; "
            f"SHA-256 {entry.sha256}"
        )
        return 0

    return {"invoice": invoice, "hours": hours, "overview": overview, "pro-bono": pro_bono}
