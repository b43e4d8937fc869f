"""The access-request overview (inzageverzoek): everything the practice holds about one client,
as a readable PDF that goes into the client's ZIP beside the machine-readable ``data.json``.

The service (``services.privacy_content``) fills an ``AccessContent`` of sections and items, each
item a title, facts (label and value) and texts (label and the mentor's text); this module lays
them out under the practice's letterhead. Every piece of text passes ``markup`` (escaped,
cleaned, long text in pieces). reportlab is imported only when ``build`` runs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Final

from mentordesk.documents import markup
from mentordesk.documents import styles as st
from mentordesk.documents.flowables import facts_panel, heading, section, text_blocks
from mentordesk.documents.letterhead import LETTERHEAD_HEIGHT, PageDecor, build_pdf
from mentordesk.documents.model import PracticeBlock
from mentordesk.domain.enums import Language

_WORDS: Final[dict[str, tuple[str, str]]] = {  # key: (Dutch, English)
    "title": ("Inzage in uw gegevens", "Your personal data"),
    "file_name": ("inzage", "access-request"),
    "intro": (
        "U vroeg om inzage in de gegevens die {practice} over u bewaart (artikel 15 AVG). Dit "
        "overzicht bevat alles wat in het dossier over u is vastgelegd op {date}, ook "
        "vertrouwelijke aantekeningen. Hetzelfde staat in machineleesbare vorm in data.json, "
        "in hetzelfde ZIP-bestand.",
        "You asked for access to the data {practice} keeps about you (Article 15 GDPR). This "
        "overview holds everything recorded about you in the file on {date}, confidential notes "
        "included. The same is in machine-readable form in data.json, in the same ZIP file.",
    ),
    "private_left_out": (
        "De persoonlijke werkaantekeningen van de mentor zijn niet opgenomen. Reden: {reason}",
        "The mentor's personal working notes are not included. Reason: {reason}",
    ),
    "private_included": (
        "De persoonlijke werkaantekeningen van de mentor zijn opgenomen.",
        "The mentor's personal working notes are included.",
    ),
    "none": ("Geen.", "None."),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "page_title": ("Inzage", "Access request"),
    # sections
    "personal_details": ("Persoonsgegevens", "Personal details"),
    "payers": ("Betalers", "Payers"),
    "engagements": ("Trajecten", "Engagements"),
    "goals": ("Doelen", "Goals"),
    "sessions": ("Gesprekken", "Sessions"),
    "session_drafts": ("Niet-opgeslagen concepten van gesprekken", "Unsaved session drafts"),
    "consents": ("Toestemmingen", "Consents"),
    "documents": ("Verstuurde documenten", "Documents sent"),
    "invoices": ("Facturen", "Invoices"),
    "audit_events": ("Logboek", "Audit trail"),
    "erasures": ("Gewiste gegevens", "Erasures"),
    # labels
    "name": ("Naam", "Name"),
    "preferred_name": ("Roepnaam", "Preferred name"),
    "email": ("E-mail", "E-mail"),
    "phone": ("Telefoon", "Phone"),
    "address": ("Adres", "Address"),
    "language": ("Taal", "Language"),
    "referral_source": ("Verwezen door", "Referred by"),
    "status": ("Status", "Status"),
    "consent_date": ("Toestemming dossier", "Consent to the file"),
    "consent_scope": ("Reikwijdte toestemming", "Consent scope"),
    "sensitive": ("Gevoelig", "Sensitive"),
    "listed": ("Genoemd in urenlog", "Named in hours log"),
    "tags": ("Labels", "Tags"),
    "notes": ("Notities", "Notes"),
    "created": ("Aangemaakt", "Created"),
    "kind": ("Soort", "Kind"),
    "funding": ("Financiering", "Funding"),
    "period": ("Periode", "Period"),
    "rate": ("Tarief", "Rate"),
    "package": ("Pakketprijs", "Package price"),
    "planned_sessions": ("Geplande gesprekken", "Planned sessions"),
    "cadence": ("Ritme (weken)", "Cadence (weeks)"),
    "agreement_date": ("Overeenkomst", "Agreement"),
    "payer": ("Betaler", "Payer"),
    "reference": ("Kenmerk", "Reference"),
    "life_area": ("Levensgebied", "Life area"),
    "target_date": ("Streefdatum", "Target date"),
    "description": ("Omschrijving", "Description"),
    "scores": ("Scores", "Scores"),
    "actions": ("Acties", "Actions"),
    "date": ("Datum", "Date"),
    "time": ("Tijd", "Time"),
    "duration": ("Duur (minuten)", "Duration (minutes)"),
    "mode": ("Vorm", "Mode"),
    "place": ("Plaats", "Place"),
    "billable": ("Declarabel", "Billable"),
    "level": ("Vertrouwelijkheid", "Confidentiality"),
    "topics": ("Onderwerpen", "Topics"),
    "summary": ("Samenvatting", "Summary"),
    "agreed_actions": ("Afspraken", "Agreed actions"),
    "private_notes": ("Werkaantekeningen", "Working notes"),
    "left_out": ("niet opgenomen", "not included"),
    "updated": ("Gewijzigd", "Updated"),
    "recipient": ("Ontvanger", "Recipient"),
    "party_address": ("Adres ontvanger", "Recipient's address"),
    "scope": ("Reikwijdte", "Scope"),
    "given_on": ("Gegeven op", "Given on"),
    "withdrawn_on": ("Ingetrokken op", "Withdrawn on"),
    "channel": ("Kanaal", "Channel"),
    "file": ("Bestand", "File"),
    "fingerprint": ("Vingerafdruk (SHA-256)", "Fingerprint (SHA-256)"),
    "included": ("Inhoud", "Contents"),
    "number": ("Nummer", "Number"),
    "issue_date": ("Factuurdatum", "Issue date"),
    "due_date": ("Vervaldatum", "Due date"),
    "addressee": ("Aan", "To"),
    "about": ("Betreft", "About"),
    "note": ("Opmerking", "Note"),
    "total": ("Totaal", "Total"),
    "lines": ("Regels", "Lines"),
    "payments": ("Betalingen", "Payments"),
    "draft": ("concept", "draft"),
    "credit_note": ("Creditfactuur", "Credit note"),
    "invoice": ("Factuur", "Invoice"),
    "action": ("Handeling", "Action"),
    "details": ("Details", "Details"),
    "reason": ("Reden", "Reason"),
    "done": ("gedaan", "done"),
    "due": ("uiterlijk", "due"),
    "fields": ("Velden", "Fields"),
}

# the stored values of the closed vocabularies, as the document prints them
_VALUES: Final[dict[str, tuple[str, str]]] = {
    "intake": ("intake", "intake"),
    "active": ("actief", "active"),
    "paused": ("gepauzeerd", "paused"),
    "closed": ("afgesloten", "closed"),
    "archived": ("gearchiveerd", "archived"),
    "planned": ("gepland", "planned"),
    "completed": ("afgerond", "completed"),
    "cancelled": ("geannuleerd", "cancelled"),
    "held": ("gehouden", "held"),
    "no_show": ("niet verschenen", "no-show"),
    "career": ("loopbaanbegeleiding", "career mentoring"),
    "personal_growth": ("persoonlijke groei", "personal growth"),
    "other": ("anders", "other"),
    "client_paid": ("betaald door cliënt", "paid by the client"),
    "payer_paid": ("betaald door werkgever of organisatie", "paid by an employer or organisation"),
    "pro_bono": ("pro bono", "pro bono"),
    "free_intake": ("gratis intake", "free intake"),
    "open": ("open", "open"),
    "in_progress": ("bezig", "in progress"),
    "achieved": ("bereikt", "achieved"),
    "let_go": ("losgelaten", "let go"),
    "work": ("werk", "work"),
    "relationships": ("relaties", "relationships"),
    "health": ("gezondheid", "health"),
    "emotional": ("emotioneel", "emotional"),
    "cognitive": ("cognitief", "cognitive"),
    "meaning": ("zingeving", "meaning"),
    "in_person": ("persoonlijk", "in person"),
    "video": ("video", "video"),
    "phone": ("telefoon", "phone"),
    "walk": ("wandelgesprek", "walk and talk"),
    "normal": ("normaal", "normal"),
    "confidential": ("vertrouwelijk", "confidential"),
    "private": ("werkaantekening", "working note"),
    "nl": ("Nederlands", "Dutch"),
    "en": ("Engels", "English"),
    "payer": ("betaler", "payer"),
    "referrer": ("verwijzer", "referrer"),
    "saved": ("opgeslagen", "saved"),
    "printed": ("afgedrukt", "printed"),
    "issued": ("verstuurd", "issued"),
    "draft": ("concept", "draft"),
    "bank_transfer": ("overboeking", "bank transfer"),
    "cash": ("contant", "cash"),
    "card": ("pin of kaart", "card"),
    "request": ("op verzoek", "on request"),
    "retention": ("bewaartermijn verstreken", "retention period passed"),
    "client": ("cliënt", "client"),
    "engagement": ("traject", "engagement"),
    "employer": ("werkgever", "employer"),
    "organisation": ("organisatie", "organisation"),
    "foundation": ("stichting", "foundation"),
}


def word(key: str, language: Language, **values: object) -> str:
    """The fixed text ``key`` of this document in ``language``."""
    dutch, english = _WORDS[key]
    text = dutch if language is Language.NL else english
    return text.format(**values) if values else text


def value_label(value: object, language: Language) -> str:
    """A stored vocabulary value (``"held"``, ``"pro_bono"``) as the document prints it;
    anything unknown as it is stored."""
    pair = _VALUES.get(str(value))
    if pair is None:
        return "" if value is None else str(value)
    return pair[0] if language is Language.NL else pair[1]


@dataclass(frozen=True)
class AccessItem:
    """One record: a title line, facts (label, value) and texts (label, the mentor's text)."""

    title: str
    facts: tuple[tuple[str, str], ...] = ()
    texts: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class AccessSection:
    title: str
    items: tuple[AccessItem, ...] = ()


@dataclass(frozen=True)
class AccessContent:
    language: Language
    practice: PracticeBlock
    client_name: str
    date: dt.date
    intro: str
    private_note: str  # whether the working notes are in, and why not
    personal: tuple[tuple[str, str], ...]  # the client's details, for the facts panel
    personal_texts: tuple[tuple[str, str], ...] = ()  # the client's notes and the like
    sections: tuple[AccessSection, ...] = ()


def _facts_line(facts: tuple[tuple[str, str], ...]) -> str:
    shown = [(label, value) for label, value in facts if value.strip()]
    return "  ·  ".join(
        f"<b>{markup.inline(label)}:</b> {markup.inline(value)}" for label, value in shown
    )


def _item(item: AccessItem, styles: st.Styles) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    found: list[Any] = [Paragraph(markup.inline(item.title), styles.goal_title)]
    facts = _facts_line(item.facts)
    if facts:
        found.append(Paragraph(facts, styles.meta))
    for label, text in item.texts:
        if not text.strip():
            continue
        found.append(Paragraph(f"<b>{markup.inline(label)}</b>", styles.label))
        found += text_blocks(text, styles.body, styles)
    found.append(Spacer(1, 2 * st.MM))
    return found


def build(content: AccessContent) -> bytes:
    """The overview as PDF bytes."""
    from reportlab.platypus import Paragraph, Spacer

    styles = st.styles()
    lang = content.language
    title = word("title", lang)
    running = f"{word('page_title', lang)}  ·  {markup.plain(content.client_name)}"
    decor = PageDecor(content.practice, lang, running)
    story: list[Any] = [
        Paragraph(markup.inline(title), styles.title),
        Paragraph(markup.inline(content.client_name), styles.subject),
        *text_blocks(content.intro, styles.body, styles),
        Paragraph(markup.paragraph(content.private_note), styles.meta),
        Spacer(1, 2 * st.MM),
        *heading(word("personal_details", lang), styles),
        facts_panel(content.personal, styles, st.TEXT_WIDTH),
        Spacer(1, 2 * st.MM),
    ]
    for label, text in content.personal_texts:
        if text.strip():
            story.append(Paragraph(f"<b>{markup.inline(label)}</b>", styles.label))
            story += text_blocks(text, styles.body, styles)
    for part in content.sections:
        if part.items:
            story += section(part.title, [_item(item, styles) for item in part.items], styles)
        else:
            story += heading(part.title, styles)
            story.append(Paragraph(markup.inline(word("none", lang)), styles.meta))
    top = st.TOP + LETTERHEAD_HEIGHT + 10 * st.MM
    return build_pdf(story, decor, title=title, first_page_top=top)
