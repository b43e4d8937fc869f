"""Money documents that leave the practice: invoices, credit notes, payment reminders, pro bono
statements and the year overview (PDF), and the hours log and year overview as CSV. Each is
logged like a letter (kind, recipient, SHA-256 of the bytes, saved or printed).

The way a front end uses it (the invoices page, the editor's preview, the reports page, the CLI):

1. ``prepare_invoice(invoice_id)`` (a draft prints "CONCEPT" and has no number),
   ``prepare_preview(draft)`` for an unsaved draft, ``prepare_reminder(invoice_id)``,
   ``prepare_pro_bono(client_id=..., year=...)``, ``prepare_year_overview(year)``: read the
   file, refuse what cannot be (``UserError``). On the interface thread.
2. ``render(prepared)``: the PDF bytes and their SHA-256; no database, safe on a worker.
3. ``save(rendered, path)`` writes atomically and logs; ``record_printed(rendered, printer)``
   logs a print (call before printing). Drafts are refused: only issued invoices go out.
4. ``save_hours_csv(log, path)`` / ``save_overview_csv(overview, path, language)``: the CSV
   files, written atomically and logged too (they name clients).

Invoices to a payer need no consent record: billing whoever pays is part of the agreement, and
an invoice carries no note content, only "Mentorgesprek 12-03-2026, 60 min".
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mentordesk.documents.model import PracticeBlock
from mentordesk.documents.money_model import (
    InvoiceContent,
    OverviewContent,
    ProBonoContent,
    ReminderContent,
)
from mentordesk.documents.money_words import word
from mentordesk.domain.enums import Language
from mentordesk.domain.names import initials
from mentordesk.errors import ValidationError
from mentordesk.services import document_log
from mentordesk.services import money_content as build
from mentordesk.services.consents import RecipientKind
from mentordesk.services.document_content import IncludedItems
from mentordesk.services.document_log import (
    Channel,
    DocumentKind,
    DocumentLogEntry,
    LoggedDocument,
)
from mentordesk.services.invoice_records import Invoice, InvoiceDraft, InvoiceKind
from mentordesk.services.invoices import InvoiceService
from mentordesk.services.practice import PracticeService
from mentordesk.services.pro_bono import ProBonoService
from mentordesk.services.recipients import Recipient, first_name
from mentordesk.services.records import Client
from mentordesk.services.report_csv import hours_csv, overview_csv
from mentordesk.services.reports import HoursLog, ReportService, YearOverview

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile

Content = InvoiceContent | ReminderContent | ProBonoContent | OverviewContent
REMINDER_DAYS = 14  # a consumer must get at least 14 days after a reminder (Wet incassokosten)
_UNSAFE_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')


@dataclass(frozen=True)
class PreparedMoneyDocument:
    kind: DocumentKind
    client_id: int | None  # None: the practice as a whole (year overview, year statement)
    invoice_id: int | None
    language: Language
    recipient: Recipient
    recipient_name: str
    suggested_name: str  # e.g. "Factuur 2026-0007 José García.pdf"
    draft: bool  # a draft invoice: for the preview only, never saved or printed
    content: Content
    session_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class RenderedMoneyDocument:
    prepared: PreparedMoneyDocument
    pdf: bytes
    sha256: str


def file_name(*parts: str) -> str:
    """A file name valid on Windows, macOS and Linux."""
    name = " ".join(_UNSAFE_IN_NAMES.sub(" ", " ".join(p for p in parts if p)).split())
    return name[:150].strip(" .")


def render(prepared: PreparedMoneyDocument) -> RenderedMoneyDocument:
    """Build the PDF (reportlab is imported now). No database access: safe on a worker."""
    from mentordesk.documents import pdf_output

    content = prepared.content
    if isinstance(content, InvoiceContent):
        from mentordesk.documents import invoice

        pdf = invoice.build(content)
    elif isinstance(content, ReminderContent):
        from mentordesk.documents import reminder

        pdf = reminder.build(content)
    elif isinstance(content, ProBonoContent):
        from mentordesk.documents import pro_bono_statement

        pdf = pro_bono_statement.build(content)
    else:
        from mentordesk.documents import year_overview

        pdf = year_overview.build(content)
    return RenderedMoneyDocument(prepared, pdf, pdf_output.sha256_hex(pdf))


class MoneyDocumentService:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf

    # -- prepare ------------------------------------------------------------------------------
    def prepare_invoice(
        self, invoice_id: int, *, today: dt.date | None = None
    ) -> PreparedMoneyDocument:
        """An invoice or credit note as issued (or a draft, marked "CONCEPT", for preview)."""
        today = today or dt.date.today()
        invoice = InvoiceService(self._pf).get(invoice_id, today=today)
        return self._prepared_invoice(invoice, today)

    def prepare_preview(
        self, draft: InvoiceDraft, *, invoice_id: int | None = None, today: dt.date | None = None
    ) -> PreparedMoneyDocument:
        """The PDF an unsaved draft would make (the editor's live preview)."""
        today = today or dt.date.today()
        invoice = InvoiceService(self._pf).compose(draft, invoice_id=invoice_id, today=today)
        return self._prepared_invoice(invoice, today)

    def prepare_reminder(
        self,
        invoice_id: int,
        *,
        today: dt.date | None = None,
        pay_within_days: int = REMINDER_DAYS,
    ) -> PreparedMoneyDocument:
        """A payment reminder for an overdue invoice; counts the reminders sent before."""
        today = today or dt.date.today()
        invoice = InvoiceService(self._pf).get(invoice_id, today=today)
        if invoice.kind is not InvoiceKind.INVOICE or invoice.is_draft:
            raise ValidationError(
                "invoice_id",
                "A reminder is about an issued invoice.",
                "Een herinnering gaat over een verstuurde factuur.",
            )
        if invoice.balance_cents <= 0:
            raise ValidationError(
                "invoice_id",
                "Invoice {number} has nothing left to pay; no reminder is needed.",
                "Op factuur {number} staat niets meer open; een herinnering is niet nodig.",
                number=invoice.number,
            )
        assert invoice.due_date is not None
        if today <= invoice.due_date:
            raise ValidationError(
                "invoice_id",
                "Invoice {number} is not due until {date}.",
                "Factuur {number} vervalt pas op {date}.",
                number=invoice.number,
                date=invoice.due_date.strftime("%d-%m-%Y"),
            )
        earlier = [
            e
            for e in document_log.for_invoice(self._pf, invoice_id)
            if e.kind == DocumentKind.PAYMENT_REMINDER
        ]
        practice = PracticeService(self._pf)
        salutation = ""
        if invoice.payer_id is None:
            client = self._pf.clients.get(invoice.client_id)
            salutation = word("salutation_name", invoice.language, name=first_name(client))
        content = build.reminder_content(
            invoice,
            logo=practice.get_logo(),
            signature=practice.get_signature(),
            today=today,
            reminder=len(earlier) + 1,
            pay_within_days=pay_within_days,
            salutation=salutation,
        )
        title = word("reminder", invoice.language)
        return PreparedMoneyDocument(
            kind=DocumentKind.PAYMENT_REMINDER,
            client_id=invoice.client_id,
            invoice_id=invoice.id,
            language=invoice.language,
            recipient=_recipient_of(invoice),
            recipient_name=invoice.addressee.name,
            suggested_name=file_name(title, invoice.number or "", today.isoformat()) + ".pdf",
            draft=False,
            content=content,
        )

    def prepare_pro_bono(
        self,
        *,
        client_id: int | None = None,
        year: int | None = None,
        language: Language | None = None,
        today: dt.date | None = None,
    ) -> PreparedMoneyDocument:
        """The pro bono statement for one client (addressed to them) or for the practice over
        a year (unlisted clients anonymous). Not an invoice: it takes no number."""
        today = today or dt.date.today()
        details = PracticeService(self._pf).get()
        addressee: tuple[str, ...] = ()
        who = ""
        if client_id is not None:
            client = self._pf.clients.get(client_id)
            lang = language or client.language
            from mentordesk.services.invoice_compose import client_party

            addressee = build.address_lines(client_party(client), details.country, lang)
            who = _who(client)
        else:
            lang = language or details.default_language
        summary = ProBonoService(self._pf).summary(year=year, client_id=client_id, language=lang)
        practice = self._practice_block()
        content = build.pro_bono_content(
            summary, practice, language=lang, today=today, year=year, addressee=addressee
        )
        period = str(year) if year is not None else today.isoformat()
        return PreparedMoneyDocument(
            kind=DocumentKind.PRO_BONO_STATEMENT,
            client_id=client_id,
            invoice_id=None,
            language=lang,
            recipient=Recipient() if client_id is not None else Recipient(RecipientKind.OTHER),
            recipient_name=summary.client_name,
            suggested_name=file_name(
                word("pro_bono_for" if client_id is not None else "pro_bono_title", lang),
                who,
                period,
            )
            + ".pdf",
            draft=False,
            content=content,
            session_ids=tuple(s.session_id for s in summary.sessions),
        )

    def prepare_year_overview(
        self, year: int, *, language: Language | None = None, today: dt.date | None = None
    ) -> PreparedMoneyDocument:
        today = today or dt.date.today()
        lang = language or PracticeService(self._pf).get().default_language
        overview = ReportService(self._pf).year_overview(year, today=today)
        content = build.overview_content(
            overview, self._practice_block(), language=lang, today=today
        )
        return PreparedMoneyDocument(
            kind=DocumentKind.YEAR_OVERVIEW,
            client_id=None,
            invoice_id=None,
            language=lang,
            recipient=Recipient(RecipientKind.OTHER),
            recipient_name="",
            suggested_name=file_name(word("year_overview", lang, year=year)) + ".pdf",
            draft=False,
            content=content,
        )

    # -- leaving the app ----------------------------------------------------------------------
    def save(self, document: RenderedMoneyDocument, path: Path) -> DocumentLogEntry:
        """Write the PDF to ``path`` atomically and log it (``DocumentWriteError`` when it
        cannot be written: nothing is left under that name)."""
        from mentordesk.documents import pdf_output

        self._refuse_draft(document.prepared)
        target = Path(path).absolute()
        digest = pdf_output.write_pdf(target, document.pdf)
        try:
            return self._log(document.prepared, Channel.SAVED, str(target), digest)
        except BaseException:
            with contextlib.suppress(OSError):  # not logged, so it must not exist
                target.unlink()
            raise

    def record_printed(
        self, document: RenderedMoneyDocument, printer: str = ""
    ) -> DocumentLogEntry:
        """Log a document that is about to be printed (before sending it to the printer)."""
        self._refuse_draft(document.prepared)
        return self._log(document.prepared, Channel.PRINTED, printer, document.sha256)

    def write_invoice(self, number: str, path: Path) -> DocumentLogEntry:
        invoice = InvoiceService(self._pf).by_number(number)
        return self.save(render(self.prepare_invoice(invoice.id)), path)

    def save_hours_csv(self, log: HoursLog, path: Path) -> DocumentLogEntry:
        """The hours log as CSV (see ``report_csv``), written atomically and logged."""
        return self._save_csv(DocumentKind.HOURS_LOG_CSV, hours_csv(log), path, log.language)

    def save_overview_csv(
        self, overview: YearOverview, path: Path, language: Language
    ) -> DocumentLogEntry:
        return self._save_csv(
            DocumentKind.YEAR_OVERVIEW_CSV, overview_csv(overview, language), path, language
        )

    def log_for_invoice(self, invoice_id: int) -> list[DocumentLogEntry]:
        """Every document that showed or reminded of this invoice, oldest first."""
        return document_log.for_invoice(self._pf, invoice_id)

    # -- helpers ------------------------------------------------------------------------------
    def _prepared_invoice(self, invoice: Invoice, today: dt.date) -> PreparedMoneyDocument:
        credited_date = None
        if invoice.credited_invoice_id is not None:
            original = InvoiceService(self._pf).get(invoice.credited_invoice_id)
            credited_date = original.issue_date
        content = build.invoice_content(
            invoice,
            logo=PracticeService(self._pf).get_logo(),
            today=today,
            credited_date=credited_date,
        )
        kind = DocumentKind.CREDIT_NOTE if invoice.is_credit_note else DocumentKind.INVOICE
        title = word(kind.value, invoice.language)
        client = self._pf.clients.get(invoice.client_id)
        return PreparedMoneyDocument(
            kind=kind,
            client_id=invoice.client_id,
            invoice_id=invoice.id or None,
            language=invoice.language,
            recipient=_recipient_of(invoice),
            recipient_name=invoice.addressee.name,
            suggested_name=file_name(title, invoice.number or "", _who(client)) + ".pdf",
            draft=invoice.is_draft,
            content=content,
            session_ids=invoice.session_ids,
        )

    def _practice_block(self) -> PracticeBlock:
        from mentordesk.services.invoice_compose import supplier_of

        practice = PracticeService(self._pf)
        return build.practice_block(
            supplier_of(practice.get()), practice.get_logo(), practice.get_signature()
        )

    @staticmethod
    def _refuse_draft(prepared: PreparedMoneyDocument) -> None:
        if prepared.draft:
            raise ValidationError(
                "invoice_id",
                "A draft invoice is for the preview only. Issue it first; then it gets its "
                "number and can be saved or printed.",
                "Een conceptfactuur is alleen voor het voorbeeld. Verstuur hem eerst; dan "
                "krijgt hij zijn nummer en kan hij worden opgeslagen of afgedrukt.",
            )

    def _log(
        self, prepared: PreparedMoneyDocument, channel: Channel, where: str, digest: str
    ) -> DocumentLogEntry:
        logged = LoggedDocument(
            kind=prepared.kind,
            client_id=prepared.client_id,
            recipient=prepared.recipient,
            recipient_name=prepared.recipient_name,
            language=prepared.language,
            included=IncludedItems(session_ids=prepared.session_ids),
            invoice_id=prepared.invoice_id,
        )
        return document_log.add(self._pf, logged, channel=channel, where=where, sha256=digest)

    def _save_csv(
        self, kind: DocumentKind, text: str, path: Path, language: Language
    ) -> DocumentLogEntry:
        from mentordesk.documents import pdf_output

        target = Path(path).absolute()
        digest = pdf_output.write_pdf(target, text.encode("utf-8"))
        logged = LoggedDocument(
            kind=kind,
            client_id=None,
            recipient=Recipient(RecipientKind.OTHER),
            recipient_name="",
            language=language,
            included=IncludedItems(),
        )
        try:
            return document_log.add(
                self._pf, logged, channel=Channel.SAVED, where=str(target), sha256=digest
            )
        except BaseException:
            with contextlib.suppress(OSError):
                target.unlink()
            raise


def _who(client: Client) -> str:
    """The client in a file name: the name, or initials for a sensitive client."""
    return initials(client.name) if client.sensitive else client.name


def _recipient_of(invoice: Invoice) -> Recipient:
    if invoice.payer_id is not None:
        return Recipient(RecipientKind.PAYER, invoice.payer_id)
    return Recipient()
