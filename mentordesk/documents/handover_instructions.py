"""The instruction sheet of the emergency hand-over package ("professional will"), in plain
Dutch or English: what the package is, for whom, how to open it, that the passphrase comes
separately, the colleague's duties toward the clients, and how to reach the practice.

It carries no client data at all: only the practice's own details, the colleague's name, the
number of clients and the retention periods. Every text passes ``markup`` like any user text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Final

from mentordesk.documents import markup
from mentordesk.documents import styles as st
from mentordesk.documents.flowables import facts_panel, heading
from mentordesk.documents.letterhead import (
    LETTERHEAD_HEIGHT,
    PageDecor,
    address_lines,
    build_pdf,
)
from mentordesk.documents.model import PracticeBlock
from mentordesk.documents.wording import long_date
from mentordesk.domain.enums import Language


@dataclass(frozen=True)
class HandoverSheet:
    practice: PracticeBlock
    colleague_name: str
    language: Language
    made_on: dt.date
    file_name: str  # the practice file inside the package
    client_count: int
    note_months: int
    invoice_years: int
    app_version: str = ""


# key: (Dutch, English); {placeholders} are filled in before escaping
_TEXT: Final[dict[str, tuple[str, str]]] = {
    "title": ("Noodoverdracht van de praktijk", "Emergency hand-over of the practice"),
    "for": ("Voor {colleague}", "For {colleague}"),
    "intro": (
        "{practice} heeft dit pakket op {date} voor u gemaakt. Het is bedoeld voor het geval "
        "dat {practice} het werk plotseling niet meer kan doen, bijvoorbeeld door ziekte, een "
        "ongeluk of overlijden. U neemt dan de zorg voor de cliëntdossiers over. Bewaar het "
        "pakket tot die tijd op een veilige plek.",
        "{practice} made this package for you on {date}. It is meant for the case that "
        "{practice} suddenly can no longer do the work, for instance through illness, an "
        "accident or death. You then take over the care of the client files. Until then, "
        "keep the package in a safe place.",
    ),
    "contents_head": ("Wat zit er in dit pakket", "What is in this package"),
    "contents": (
        "- Het praktijkbestand {file}: het complete, versleutelde dossier van de praktijk met "
        "{clients} cliënten, hun trajecten, doelen, gespreksaantekeningen en facturen.\n"
        "- Deze instructies.",
        "- The practice file {file}: the complete, encrypted records of the practice with "
        "{clients} clients, their engagements, goals, session notes and invoices.\n"
        "- These instructions.",
    ),
    "passphrase_head": ("De wachtzin krijgt u apart", "You receive the passphrase separately"),
    "passphrase": (
        "De wachtzin die het bestand opent zit bewust niet in dit pakket. {practice} geeft hem "
        "u langs een andere weg, bijvoorbeeld op papier in een gesloten envelop of via een "
        "notaris. Zonder de wachtzin kan niemand het bestand openen: u niet, en ook niemand "
        "die dit pakket vindt. Bewaar pakket en wachtzin daarom altijd apart van elkaar.",
        "The passphrase that opens the file is deliberately not in this package. {practice} "
        "gives it to you another way, for instance on paper in a sealed envelope or through a "
        "notary. Without the passphrase nobody can open the file: not you, and not anyone who "
        "finds this package. So always keep the package and the passphrase apart.",
    ),
    "open_head": ("Zo opent u het bestand", "How to open the file"),
    "open": (
        "- Installeer MentorDesk op uw eigen computer (Windows, macOS of Linux). Het programma "
        "werkt zonder internet en zonder account.{version}\n"
        "- Pak dit ZIP-bestand uit in een map op uw eigen computer, niet in een map die met de "
        "cloud synchroniseert (OneDrive, Dropbox, iCloud, Google Drive).\n"
        "- Start MentorDesk, kies \u201cPraktijkbestand openen\u201d en kies {file}.\n"
        "- Typ de wachtzin die u apart hebt gekregen.\n"
        "- Kies daarna direct een eigen, nieuwe wachtzin (menu Praktijk, Wachtzin wijzigen) "
        "en bewaar het pakket en de oude wachtzin niet langer dan nodig.",
        "- Install MentorDesk on your own computer (Windows, macOS or Linux). It works without "
        "internet and without an account.{version}\n"
        "- Unpack this ZIP file into a folder on your own computer, not in a folder that syncs "
        "with the cloud (OneDrive, Dropbox, iCloud, Google Drive).\n"
        "- Start MentorDesk, choose \u201cOpen practice file\u201d and pick {file}.\n"
        "- Type the passphrase you received separately.\n"
        "- Then choose a new passphrase of your own straight away (menu Practice, Change "
        "passphrase), and keep the package and the old passphrase no longer than needed.",
    ),
    "duties_head": ("Uw plichten tegenover de cliënten", "Your duties toward the clients"),
    "duties": (
        "- Informeer de cliënten zo snel mogelijk: dat u hun dossier beheert, waarom, en hoe "
        "ze u bereiken. Zij kiezen zelf of ze met u verder gaan, met iemand anders, of dat hun "
        "dossier gewist wordt.\n"
        "- Vertrouwelijkheid: voor u gelden dezelfde geheimhouding en dezelfde afspraken als "
        "voor {practice}. Deel niets zonder toestemming van de cliënt. Vertrouwelijke "
        "aantekeningen en werkaantekeningen blijven dat.\n"
        "- Bewaartermijnen: aantekeningen worden {months} maanden na het einde van een traject "
        "gewist; facturen worden {years} jaar na het einde van hun jaar bewaard (fiscale "
        "bewaarplicht), ook als aantekeningen gewist zijn. MentorDesk toont wat over de termijn "
        "is (menu Praktijk, Bewaartermijnen).\n"
        "- Rechten van cliënten (AVG): een cliënt mag zijn dossier inzien en laten wissen. "
        "MentorDesk maakt zo'n inzage-export en wist op verzoek; het auditlogboek houdt bij "
        "wat de praktijk verlaten heeft.",
        "- Inform the clients as soon as possible: that you hold their file, why, and how they "
        "can reach you. They choose themselves whether to continue with you, with someone "
        "else, or to have their file erased.\n"
        "- Confidentiality: the same secrecy and the same agreements apply to you as to "
        "{practice}. Share nothing without the client's consent. Confidential notes and "
        "private working notes stay that way.\n"
        "- Retention: notes are erased {months} months after an engagement ended; invoices are "
        "kept {years} years after the end of their year (the fiscal retention duty), even when "
        "the notes were erased. MentorDesk shows what has passed its period (menu Practice, "
        "Retention periods).\n"
        "- Clients' rights (GDPR): a client may see their file and have it erased. MentorDesk "
        "makes such an access export and erases on request; the audit trail records what left "
        "the practice.",
    ),
    "contact_head": ("Contactgegevens van de praktijk", "Contact details of the practice"),
    "practice": ("Praktijk", "Practice"),
    "trade_name": ("Handelsnaam", "Trade name"),
    "address": ("Adres", "Address"),
    "phone": ("Telefoon", "Phone"),
    "email": ("E-mail", "E-mail"),
    "website": ("Website", "Website"),
    "kvk": ("KvK", "KvK"),
    "made_on": ("Gemaakt op", "Made on"),
    "version": (
        " Dit pakket is gemaakt met MentorDesk {version}.",
        " This package was made with MentorDesk {version}.",
    ),
    "closing": (
        "Dank u wel dat u deze zorg op u wilt nemen.",
        "Thank you for being willing to take on this care.",
    ),
}


def text(key: str, language: Language, **values: object) -> str:
    pair = _TEXT[key]
    chosen = pair[0] if language == Language.NL else pair[1]
    return chosen.format(**values) if values else chosen


def _contact_rows(sheet: HandoverSheet) -> list[tuple[str, str]]:
    lang, practice = sheet.language, sheet.practice
    rows = [
        (text("practice", lang), practice.name),
        (text("trade_name", lang), practice.trade_name),
        (text("address", lang), ", ".join(address_lines(practice))),
        (text("phone", lang), practice.phone),
        (text("email", lang), practice.email),
        (text("website", lang), practice.website),
        (text("kvk", lang), practice.kvk_number),
        (text("made_on", lang), long_date(sheet.made_on, lang)),
    ]
    return [(label, value) for label, value in rows if value.strip()]


def build(sheet: HandoverSheet) -> bytes:
    """The instruction sheet as PDF bytes."""
    from reportlab.platypus import Paragraph, Spacer

    from mentordesk.documents.flowables import text_blocks

    styles = st.styles()
    lang = sheet.language
    practice = sheet.practice.name.strip() or sheet.practice.trade_name.strip() or "MentorDesk"
    title = text("title", lang)
    values: dict[str, Any] = {
        "practice": practice,
        "colleague": sheet.colleague_name,
        "date": long_date(sheet.made_on, lang),
        "file": sheet.file_name,
        "clients": sheet.client_count,
        "months": sheet.note_months,
        "years": sheet.invoice_years,
        "version": text("version", lang, version=sheet.app_version) if sheet.app_version else "",
    }
    decor = PageDecor(sheet.practice, lang, f"{title}  ·  {markup.plain(sheet.colleague_name)}")
    story: list[Any] = [
        Paragraph(markup.inline(title), styles.title),
        Paragraph(markup.inline(text("for", lang, **values)), styles.subject),
        *text_blocks(text("intro", lang, **values), styles.body, styles),
    ]
    for head, body in (
        ("contents_head", "contents"),
        ("passphrase_head", "passphrase"),
        ("open_head", "open"),
        ("duties_head", "duties"),
    ):
        story += heading(text(head, lang), styles)
        story += text_blocks(text(body, lang, **values), styles.body, styles)
    story += heading(text("contact_head", lang), styles)
    story.append(facts_panel(_contact_rows(sheet), styles, st.TEXT_WIDTH))
    story.append(Spacer(1, 6 * st.MM))
    story.append(Paragraph(markup.inline(text("closing", lang)), styles.body))
    top = st.TOP + LETTERHEAD_HEIGHT + 10 * st.MM
    return build_pdf(story, decor, title=title, first_page_top=top)
