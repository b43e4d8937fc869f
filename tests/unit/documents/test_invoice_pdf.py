"""The invoice, credit note, reminder, pro bono statement and year overview as PDF: every field
the Dutch rules ask for is in the extracted text, for each VAT regime, for a client and a payer;
user text prints as text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from mentordesk.domain.enums import Language, VatRegime
from mentordesk.errors import ValidationError
from mentordesk.services.credit_notes import CreditNoteService
from mentordesk.services.invoice_records import InvoiceDraft, LineDraft
from mentordesk.services.invoices import InvoiceService
from mentordesk.services.money_documents import MoneyDocumentService, render
from mentordesk.services.practice_file import PracticeFile, open_practice
from tests.conftest import PASSPHRASE
from tests.unit.documents.pdf_check import annotations, contains, pdf_text, squeeze
from tests.unit.services.money_setup import DAY, Books, books

EXEMPT_TEXT = "Vrijgesteld van btw op grond van artikel 11 lid 1 onder o Wet OB."
KOR_TEXT = "Vrijgesteld van btw op grond van de kleineondernemersregeling (KOR)"


@pytest.fixture
def pf(practice_path: Path) -> Iterator[PracticeFile]:
    with open_practice(practice_path, PASSPHRASE) as opened:
        yield opened


def issued_pdf(pf: PracticeFile, client_id: int, draft: InvoiceDraft | None = None) -> bytes:
    invoices = InvoiceService(pf)
    invoice = invoices.create(draft or invoices.suggest(client_id))
    invoices.issue(invoice.id, on=DAY, today=DAY)
    return render(MoneyDocumentService(pf).prepare_invoice(invoice.id, today=DAY)).pdf


SUPPLIER = (
    "Praktijk De Wegwijzer",
    "Oudegracht 218",
    "3511 NR Utrecht",
    "KvK 81234567",
    "Factuurnummer",
    "2025-0001",
    "Factuurdatum",
    "3 maart 2025",
    "Vervaldatum",
    "17 maart 2025",
    "IBAN NL91 ABNA 0417 1643 00",
    "(14 dagen na factuurdatum)",
)


@pytest.mark.parametrize("regime", [VatRegime.STANDARD, VatRegime.KOR, VatRegime.EXEMPT])
def test_invoice_to_a_client_has_every_required_field(pf: PracticeFile, regime: VatRegime) -> None:
    found: Books = books(pf, regime)
    pdf = issued_pdf(pf, found.client_id)
    for text in (
        *SUPPLIER,
        "José García",
        "Oudegracht 1",
        "3511 AA Utrecht",
        "Periode",
        "6 t/m 20 januari 2025",
        "Mentorgesprek 06-01-2025, 60 min",
        "1 uur",
        "1,5 uur",
        "1 sessie",
        "€ 95,00",
        "€ 142,50",
        "€ 79,17",
    ):
        assert contains(pdf, text), text
    text = squeeze(pdf_text(pdf))
    if regime is VatRegime.STANDARD:
        for needle in (
            "btw-id NL004495612B01",
            "Totaal excl. btw",
            "€ 316,67",
            "Btw 21% over € 316,67",
            "€ 66,50",
            "Totaal te betalen",
            "€ 383,17",
        ):
            assert squeeze(needle) in text, needle
        assert squeeze(KOR_TEXT) not in text
    else:
        assert squeeze("Totaal te betalen€ 316,67") in text
        assert squeeze("Btw 21%") not in text
        expected = KOR_TEXT if regime is VatRegime.KOR else EXEMPT_TEXT
        assert squeeze(expected) in text
    assert "scheiding" not in text  # the session's notes never reach an invoice


@pytest.mark.parametrize("regime", [VatRegime.STANDARD, VatRegime.KOR, VatRegime.EXEMPT])
def test_invoice_to_a_payer_names_the_payer_its_reference_and_the_client(
    pf: PracticeFile, regime: VatRegime
) -> None:
    found = books(pf, regime)
    pdf = issued_pdf(pf, found.payer_client_id)
    for text in (
        *SUPPLIER,
        "Tom & Jerry <BV>",
        "t.a.v. Marloes Verhoef",
        "Keizersgracht 455",
        "1017 DK Amsterdam",
        "Uw kenmerk",
        "PO-77 Şahin",
        "Betreft: begeleiding van Ülkü Şahin",
        "Mentorgesprek 21-01-2025, 75 min",
        "1 sessie",
        "€ 125,00",
    ):
        assert contains(pdf, text), text
    total = "€ 302,50" if regime is VatRegime.STANDARD else "€ 250,00"
    assert contains(pdf, f"Totaal te betalen {total}")
    assert contains(pdf, f"totaalbedrag van {total} uiterlijk 17 maart 2025")


def test_reverse_charge_says_so_with_the_customers_vat_id(pf: PracticeFile) -> None:
    found = books(pf)
    invoices = InvoiceService(pf)
    draft = replace(invoices.suggest(found.payer_client_id), reverse_charge=True)
    pdf = issued_pdf(pf, found.payer_client_id, draft)
    assert contains(pdf, "Btw verlegd naar de afnemer")
    assert contains(pdf, "btw-id afnemer: NL812345678B01")
    assert contains(pdf, "Totaal te betalen € 250,00")


def test_english_invoice(pf: PracticeFile) -> None:
    found = books(pf)
    invoices = InvoiceService(pf)
    draft = invoices.suggest(found.client_id, language=Language.EN)
    pdf = issued_pdf(pf, found.client_id, draft)
    for text in (
        "Invoice 2025-0001",
        "Invoice date",
        "3 March 2025",
        "Mentoring session 06-01-2025",
        "1.5 hours",
        "VAT 21% on €316.67",
        "€66.50",
        "Total due",
        "€383.17",
        "VAT ID NL004495612B01",
    ):
        assert contains(pdf, text), text


def test_credit_note_references_the_original(pf: PracticeFile) -> None:
    found = books(pf)
    invoices = InvoiceService(pf)
    original = invoices.create(invoices.suggest(found.client_id))
    invoices.issue(original.id, on=dt.date(2025, 2, 3), today=DAY)
    credit = CreditNoteService(pf).create(original.id)
    invoices.issue(credit.id, on=DAY, today=DAY)
    pdf = render(MoneyDocumentService(pf).prepare_invoice(credit.id)).pdf
    for text in (
        "Creditfactuur 2025-0002",
        "Corrigeert factuur",
        "2025-0001",
        "corrigeert factuur 2025-0001 van 3 februari 2025",
        "€ -95,00",
        "Totaal gecrediteerd",
        "€ -383,17",
        "verrekend met factuur 2025-0001",
    ):
        assert contains(pdf, text), text
    assert not contains(pdf, "Scan met uw bankapp")  # nothing to pay on a credit note


def test_the_qr_code_is_there_only_when_it_can_be_paid(pf: PracticeFile) -> None:
    found = books(pf)
    assert contains(issued_pdf(pf, found.client_id), "Scan met uw bankapp")
    invoices = InvoiceService(pf)
    without = replace(invoices.suggest(found.payer_client_id), payment_qr=False)
    assert not contains(issued_pdf(pf, found.payer_client_id, without), "Scan met uw bankapp")


def test_hostile_user_text_prints_as_text(pf: PracticeFile) -> None:
    found = books(pf)
    client = pf.clients.get(found.client_id)
    pf.clients.update(
        client.id,
        replace(client, name='<a href="http://x">Klik</a> & Co', street='<img src="/etc/passwd"/>'),
    )
    hostile = InvoiceDraft(
        found.client_id,
        (LineDraft("<b>Vet</b> & <font color=red>rood</font>", Decimal(1), 1000),),
        note="<para>Dank & tot ziens</para>",
    )
    pdf = issued_pdf(pf, found.client_id, hostile)
    for text in (
        '<a href="http://x">Klik</a> & Co',
        '<img src="/etc/passwd"/>',
        "<b>Vet</b> & <font color=red>rood</font>",
        "<para>Dank & tot ziens</para>",
    ):
        assert contains(pdf, text), text
    assert annotations(pdf) == []


def test_a_draft_previews_as_concept_and_never_leaves(pf: PracticeFile, tmp_path: Path) -> None:
    found = books(pf)
    invoices = InvoiceService(pf)
    documents = MoneyDocumentService(pf)
    preview = documents.prepare_preview(invoices.suggest(found.client_id), today=DAY)
    assert preview.draft and contains(render(preview).pdf, "CONCEPT")
    assert invoices.list() == []
    draft = invoices.create(invoices.suggest(found.client_id))
    rendered = render(documents.prepare_invoice(draft.id))
    with pytest.raises(ValidationError, match="preview only"):
        documents.save(rendered, tmp_path / "concept.pdf")
    with pytest.raises(ValidationError):
        documents.record_printed(rendered)
    assert not (tmp_path / "concept.pdf").exists()


def test_a_saved_invoice_is_logged_with_its_fingerprint(pf: PracticeFile, tmp_path: Path) -> None:
    import hashlib

    found = books(pf)
    invoices = InvoiceService(pf)
    invoice = invoices.create(invoices.suggest(found.payer_client_id))
    invoices.issue(invoice.id, on=DAY, today=DAY)
    documents = MoneyDocumentService(pf)
    prepared = documents.prepare_invoice(invoice.id)
    assert prepared.suggested_name == "Factuur 2025-0001 Ülkü Şahin.pdf"
    entry = documents.save(render(prepared), tmp_path / prepared.suggested_name)
    data = (tmp_path / prepared.suggested_name).read_bytes()
    assert entry.sha256 == hashlib.sha256(data).hexdigest()
    assert (entry.kind, entry.invoice_id, entry.client_id) == (
        "invoice",
        invoice.id,
        found.payer_client_id,
    )
    assert entry.recipient == "Tom & Jerry <BV>"
    assert set(entry.session_ids) == set(found.payer_sessions)
    assert documents.log_for_invoice(invoice.id) == [entry]


def test_reminder_references_the_invoice_and_counts(pf: PracticeFile, tmp_path: Path) -> None:
    found = books(pf)
    invoices = InvoiceService(pf)
    invoice = invoices.create(invoices.suggest(found.client_id))
    invoices.issue(invoice.id, on=dt.date(2025, 2, 3), today=DAY)
    documents = MoneyDocumentService(pf)
    with pytest.raises(ValidationError, match="not due until"):
        documents.prepare_reminder(invoice.id, today=dt.date(2025, 2, 10))
    first = documents.prepare_reminder(invoice.id, today=DAY)
    pdf = render(first).pdf
    for text in (
        "Betalingsherinnering",
        "Herinnering: factuur 2025-0001",
        "Beste José,",
        "factuur 2025-0001 van 3 februari 2025",
        "De vervaldatum was 17 februari 2025",
        "Openstaand bedrag",
        "€ 383,17",
        "binnen 14 dagen",
        "IBAN NL91 ABNA 0417 1643 00",
        "Scan met uw bankapp",
    ):
        assert contains(pdf, text), text
    documents.save(render(first), tmp_path / "herinnering.pdf")
    second = render(documents.prepare_reminder(invoice.id, today=DAY)).pdf
    assert contains(second, "2e betalingsherinnering")


def test_pro_bono_statement_is_not_an_invoice(pf: PracticeFile) -> None:
    found = books(pf)
    documents = MoneyDocumentService(pf)
    pdf = render(documents.prepare_pro_bono(client_id=found.client_id, today=DAY)).pdf
    for text in (
        "Overzicht onbetaalde begeleiding",
        "Dit is geen factuur",
        "José García",
        "08-01-2025",
        "45 min",
        "€ 71,25",
        "Waarde van het werk",
        "€ 166,25",
        "€ 95,00 per uur",
    ):
        assert contains(pdf, text), text
    assert not contains(pdf, "Factuurnummer")
    assert InvoiceService(pf).list() == []  # no number taken from the sequence
    year = render(documents.prepare_pro_bono(year=2025, today=DAY)).pdf
    assert contains(year, f"Cliënt {found.client_id}") and contains(year, "Gratis intake")
    assert not contains(year, "José García")


def test_year_overview_prints_the_figures(pf: PracticeFile) -> None:
    found = books(pf)
    invoices = InvoiceService(pf)
    invoice = invoices.create(invoices.suggest(found.client_id))
    invoices.issue(invoice.id, on=dt.date(2025, 2, 3), today=DAY)
    prepared = MoneyDocumentService(pf).prepare_year_overview(2025, today=dt.date(2025, 12, 31))
    pdf = render(prepared).pdf
    for text in (
        "Jaaroverzicht 2025",
        "Omzet per maand",
        "februari",
        "€ 316,67",
        "Btw per kwartaal",
        "1a omzet 21%",
        "K1",
        "€ 66,50",
        "Openstaande facturen",
        "2025-0001",
        "José García",
        "Betaald en pro bono",
        "Pro-bono-uren",
        "Waarde pro bono",
        "€ 237,50",
    ):
        assert contains(pdf, text), text
