# ruff: noqa: E501  (data tables: one record per line, however long)
"""The words of the demo practice: names, places, payers and the texts of goals and sessions.

Pure data, kept apart from the generator in ``demo.py``. Lists are written one entry per line
(fields split by `` | ``) so that they stay short and readable. Every text exists in Dutch (``nl``)
and English (``en``): a client's file reads in the client's own language. The themes follow the
people MentorDesk is built for: career steps (loopbaan), personal growth, life transitions
(levensfase), stress that edges towards burn-out, and questions of meaning (zingeving). All
sentences are our own; none is taken from the seed articles.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from mentordesk.domain.enums import Language, VatRegime
from mentordesk.services.records import PracticeDetails


def _lines(block: str) -> tuple[str, ...]:
    """The non-empty, stripped lines of ``block``."""
    return tuple(line.strip() for line in block.strip().splitlines() if line.strip())


def _words(block: str) -> tuple[str, ...]:
    """The whitespace-separated words of ``block`` (names without spaces)."""
    return tuple(block.split())


def _items(block: str) -> tuple[str, ...]:
    """The entries of ``block``, separated by `` / `` or by line breaks (short entries)."""
    return tuple(item.strip() for line in _lines(block) for item in line.split(" / "))


def _fields(block: str) -> tuple[tuple[str, ...], ...]:
    """Each line of ``block`` split on `` | `` into its fields."""
    return tuple(tuple(part.strip() for part in line.split(" | ")) for line in _lines(block))


class Place(NamedTuple):
    city: str
    postal_prefix: str  # NL: the first two digits; BE: the first digit of four
    country_nl: str
    country_en: str
    weight: int  # how many clients live there, relatively


class PayerSpec(NamedTuple):
    name: str
    kind: str
    contact_name: str
    email: str
    phone: str
    street: str
    postal_code: str
    city: str
    country: str
    vat_id: str
    reference: str
    notes: str


class ClientSpec(NamedTuple):
    """Who a demo client is: drawn at random, or one of the fixed clients every demo starts with."""

    name: str
    preferred_name: str
    language: str
    status: str
    sensitive: bool
    kind: str
    funding: str
    payer: str  # a payer's name, or ""
    city: str  # a Place's city
    tags: tuple[str, ...]
    # Forced sessions, by index among the main engagement's past sessions.
    overrides: tuple[tuple[int, str, str], ...]  # (index, status, confidentiality)
    notes: str


def _fixed_clients(block: str) -> tuple[ClientSpec, ...]:
    found = []
    for row in _fields(block):
        name, pref, lang, status, sensitive, kind, funding, payer, city, tags, forced, notes = row
        overrides = tuple((int(i), state, level) for i, state, level in _colon_split(forced))
        pref, payer = ("" if value == "-" else value for value in (pref, payer))
        found.append(ClientSpec(name, pref, lang, status, sensitive == "yes", kind, funding,
                                payer, city, tuple(tags.split(", ")), overrides, notes))  # fmt: skip
    return tuple(found)


def _colon_split(text: str) -> list[tuple[str, str, str]]:
    parts = [item.split(":") for item in text.split()]
    return [(a, b, c) for a, b, c in parts]


PRACTICE: Final = PracticeDetails(
    name="Praktijk De Wegwijzer",
    trade_name="De Wegwijzer — mentoring voor loopbaan en persoonlijke groei",
    street="Oudegracht 218",
    postal_code="3511 NR",
    city="Utrecht",
    country="Nederland",
    email="hallo@dewegwijzer-mentoring.nl",
    phone="030-2310487",
    website="https://www.dewegwijzer-mentoring.nl",
    kvk_number="81234567",
    vat_id="NL004495612B01",
    iban="NL91ABNA0417164300",
    default_rate_cents=9500,
    vat_regime=VatRegime.STANDARD,
    payment_term_days=14,
    default_language=Language.NL,
)

TOM_AND_JERRY: Final = "Tom & Jerry BV"
KOMPAS: Final = "Stichting Het Kompas"

# name | kind | contact | e-mail | phone | street | postal code | city | country | btw-id |
# reference | notes
PAYERS: Final = tuple(PayerSpec(*f) for f in _fields("""
    Tom & Jerry BV | employer | Marloes Verhoef (HR) | hr@tomenjerry.nl | 020-6240011 | Keizersgracht 455 | 1017 DK | Amsterdam | Nederland | NL812345678B01 | PO 2025-0412 | Facturen per traject, o.v.v. PO-nummer.
    Stichting Het Kompas | foundation | Henk Oosterhuis | info@stichtinghetkompas.nl | 030-2897766 | Nieuwegracht 12 | 3512 LR | Utrecht | Nederland |  | Fonds Jonge Starters | Vergoedt trajecten voor jongeren tot 27 jaar.
    Zorggroep Rivierenland | employer | Fatima El Idrissi | po@zorggroeprl.nl | 0344-612200 | Stationsweg 4 | 4001 CA | Tiel | Nederland | NL856321470B01 | Kostenplaats P&O-113 | Loopbaanbudget per medewerker: max. 10 gesprekken.
    Gemeente Amersfoort — Werk & Inkomen | organisation | Bas Hoekstra | werkeninkomen@amersfoort.nl | 14 033 | Stadhuisplein 1 | 3811 LM | Amersfoort | Nederland |  | Beschikking WI-2025 | Re-integratietrajecten <6 maanden>.
    Kessels & Zonen NV | employer | Griet Peeters | hr@kessels-zonen.be | +32 9 225 44 10 | Korenmarkt 7 | 9000 | Gent | België | BE0412345678 | Bestelbon KZ-88 | Facturen in het Nederlands, betaling 30 dagen.
    Hogeschool Domstad | organisation | dr. Ingrid Smulders | studentbegeleiding@hsdomstad.nl | 030-2745100 | Padualaan 99 | 3584 CH | Utrecht | Nederland |  | Project Eerste Generatie | Mentoring voor eerstejaars.
    Fonds Zingeving & Werk | foundation | Ria van Dam | aanvragen@fondszw.nl | 070-3456789 | Lange Voorhout 20 | 2514 EE | Den Haag | Nederland |  | Toekenning 2025/17 | Draagt bij aan trajecten na langdurige uitval.
    Northwind Logistics B.V. | employer | Sarah O'Connor | people@northwind.eu | 010-4412000 | Wilhelminakade 91 | 3072 AP | Rotterdam | Nederland | NL859900123B01 | Cost centre PEOPLE-7 | English-language invoices please.
"""))  # fmt: skip

# Who pays, by kind of work ("career" or anything else) and the client's language.
PAYERS_FOR: Final = {
    ("career", "nl"): (TOM_AND_JERRY, TOM_AND_JERRY, "Zorggroep Rivierenland",
                       "Gemeente Amersfoort — Werk & Inkomen", "Kessels & Zonen NV"),
    ("career", "en"): ("Northwind Logistics B.V.", TOM_AND_JERRY),
    ("other", "nl"): (KOMPAS, "Fonds Zingeving & Werk", "Hogeschool Domstad"),
    ("other", "en"): (KOMPAS, "Hogeschool Domstad"),
}  # fmt: skip

# city | postal prefix | country (nl) | country (en) | weight
PLACES: Final = tuple(Place(c, p, nl, en, int(w)) for c, p, nl, en, w in _fields("""
    Utrecht | 35 | Nederland | Netherlands | 30
    Amersfoort | 38 | Nederland | Netherlands | 10
    Amsterdam | 10 | Nederland | Netherlands | 9
    Rotterdam | 30 | Nederland | Netherlands | 6
    Den Haag | 25 | Nederland | Netherlands | 6
    Zeist | 37 | Nederland | Netherlands | 7
    Houten | 39 | Nederland | Netherlands | 6
    Nijmegen | 65 | Nederland | Netherlands | 3
    Arnhem | 68 | Nederland | Netherlands | 3
    's-Hertogenbosch | 52 | Nederland | Netherlands | 3
    Tiel | 40 | Nederland | Netherlands | 2
    Hilversum | 12 | Nederland | Netherlands | 3
    Leiden | 23 | Nederland | Netherlands | 3
    Gent | 9 | België | Belgium | 4
    Antwerpen | 2 | België | Belgium | 3
    Leuven | 3 | België | Belgium | 2
"""))  # fmt: skip
POSTAL_LETTERS: Final = "ABCEGHJKLMNPRTVWXZ"
STREETS: Final = _items("""
    Biltstraat / Kerkstraat / Vondellaan / Lange Nieuwstraat / Prins Hendriklaan
    Burgemeester de Withstraat / Achter Sint Pieter / Molenweg / Zuidsingel / Julianaweg
    Populierenlaan / Van Limburg Stirumstraat / Koningin Wilhelminalaan / Steenweg / Veldstraat
    Tiensestraat / Mgr. van de Weteringstraat / Oranjestraat / Emmalaan / Sint-Jacobsstraat
""")
EMAIL_DOMAINS: Final = {
    "Nederland": _words("gmail.com outlook.com ziggo.nl kpnmail.nl hotmail.com proton.me xs4all.nl"),
    "België": _words("telenet.be gmail.com skynet.be outlook.com proximus.be"),
}  # fmt: skip

FIRST_NAMES_NL: Final = _words("""
    Anouk Bram Chantal Daan Eline Femke Gijs Hanneke Iris Jeroen Karin Lotte Maarten Nadia Olaf
    Pien Ruud Sanne Thijs Ursula Vera Wouter Yara Bas Ilse Joost Marieke Noor Sem Floor Lieke
    Mohamed Fatima Yusuf Aïcha Mehmet Elif Priya Ravi Dewi Bayu Agnieszka Tomasz Hoa Minh
    Chloë Noë Anaïs Ineke Pieter-Jan Lieve Griet Wim An Jan-Willem Annemiek René Hélène Gaëlle
""")
FIRST_NAMES_EN: Final = _words("""
    Emma Oliver Charlotte James Amelia Liam Grace Noah Hannah Ethan Chloe Lucas Sophie Daniel
    Aoife Ciarán Niamh Seán Priyanka Arjun Mei Wei Kwame Ama Sofía Mateo Björn Ingrid Zoë Rhys
""")
# Dutch formal first names with the name people go by (roepnaam): formal | roepnaam
FORMAL_NAMES: Final = _fields("""
    Johannes | Hans
    Cornelis | Kees
    Wilhelmina | Mien
    Elisabeth | Lies
    Theodorus | Theo
    Margaretha | Greet
    Jacobus | Koos
    Catharina | Toos
""")
SURNAMES_NL: Final = _items("""
    de Jong / Jansen / de Vries / van den Berg / van Dijk / Bakker / Visser / Smit / Meijer
    de Boer / Mulder / de Groot / Bos / Vos / Peters / Hendriks / van Leeuwen / Dekker / Brouwer
    de Wit / Dijkstra / de Graaf / van der Meer / van der Linden / Kok / Jacobs / de Haan
    Vermeulen / van den Heuvel / Claes / Wouters / D'Hondt / Yılmaz / Öztürk / Kaya / El Amrani
    Bouzid / Ramdin / Sewnath / Tjin-A-Djie / Nguyễn / Kowalski / Wiśniewska / Sastrowardoyo
    Ben Haddou / ter Horst / van 't Hof
""")
SURNAMES_EN: Final = _items("""
    Smith / Jones / Taylor / Brown / Williams / Wilson / Evans / Murphy / Kelly / O'Sullivan
    MacLeod / Patel / Chen / Okafor / Mensah / Fernández / Lindqvist / Nakamura / Müller
    Dubois
""")

# The clients every demo begins with, so that even a small demo shows every kind of row.
# name | preferred | language | status | sensitive | kind | funding | payer | city | tags |
# forced sessions (index:status:confidentiality) | notes
FIXED_CLIENTS: Final = _fixed_clients("""
    José García | Pepe | nl | active | no | career | payer_paid | Tom & Jerry BV | Amsterdam | loopbaan, leidinggevende | 2:cancelled:normal 5:held:confidential | Traject via Tom & Jerry BV; verslagen alleen in overleg delen met HR.
    Ülkü Şahin | - | nl | active | no | personal_growth | client_paid | - | Utrecht | pg, transitie | 3:held:private 6:held:confidential | Voorkeur voor wandelgesprekken in het Wilhelminapark.
    Anand Koendjbiharie | - | nl | paused | no | career | client_paid | - | Den Haag | loopbaan, zzp | 4:no_show:normal | Pauzeert tot na de verhuizing; daarna weer contact.
    Zoë de Vries-Öztürk | Zoë | nl | active | yes | personal_growth | pro_bono | - | Zeist | pro bono, herstel | 1:held:private 3:held:confidential | Pro bono. Werkt samen met haar psycholoog; toestemming voor afstemming vastgelegd.
    Siobhán O'Brien | - | en | intake | no | career | free_intake | - | Amsterdam | expat |  | Came through LinkedIn; prefers English & video calls.
    Pieter-Jan D'Hondt | PJ | nl | closed | no | career | payer_paid | Kessels & Zonen NV | Gent | loopbaan, vlaanderen | 2:no_show:normal 4:held:confidential | Let op: post naar "Kessels & Zonen" <t.a.v. HR>, niet naar het huisadres.
    Noor El Amrani | - | nl | archived | no | other | client_paid | - | Amersfoort | afgerond |  | Dossier gearchiveerd na afronding; bewaartermijn loopt.
    Daniel Mensah | Dan | en | active | no | personal_growth | payer_paid | Stichting Het Kompas | Rotterdam | young professional | 2:held:private | Funded by Stichting Het Kompas (age < 27).
""")  # fmt: skip

REFERRALS: Final = {  # the first one is used when an employer or foundation pays
    "nl": _items("""
        Via werkgever / Website / Oud-cliënt / Huisarts / LinkedIn / Mond-tot-mond
        Netwerkbijeenkomst / Collega-mentor / Bedrijfsarts
    """),
    "en": _items("""
        Via employer / Website / Former client / GP / LinkedIn / Word of mouth / Expat centre
        Fellow mentor
    """),
}
TAGS: Final = {
    "nl": _items("""
        loopbaan / pg / transitie / leidinggevende / zzp / student / 50+ / herstel / zingeving
        starter / mantelzorg
    """),
    "en": _words("career expat transition manager freelance student recovery meaning starter"),
}
CONSENT_SCOPES: Final = {  # the second one is used when an employer or foundation pays
    "nl": _lines("""
        Gegevens alleen voor de begeleiding; niets delen met derden.
        Voortgangsbrief aan werkgever toegestaan (alleen doelen en scores).
        Afstemming met behandelaar toegestaan, mondeling.
        Sessieverslagen mogen per e-mail naar de cliënt.
    """),
    "en": _lines("""
        Data for the mentoring only; nothing shared with third parties.
        Progress letter to the employer allowed (goals and scores only).
        Session summaries may be e-mailed to the client.
    """),
}
CLIENT_NOTES: Final = {
    "nl": _lines("""
        Liever geen gesprekken op maandag.
        Belt liever dan te mailen.
        Twee jonge kinderen; avondafspraken zijn lastig.
        Werkt parttime; woensdag vrij.
        Bereikbaar via werkmail, niet privé.
        Kwam na een reorganisatie met ontslag.
        Zoekt houvast na het overlijden van een ouder.
        Mantelzorger voor moeder & schoonvader; agenda soms onvoorspelbaar.
        Net met pensioen; zoekt een nieuwe invulling van de week.
    """),
    "en": _items("""
        Prefers mornings. / Relocated from Dublin last year.
        Partner works abroad half of the month. / Reach by private e-mail only.
        Started a new role in September.
    """),
}

ENGAGEMENT_TITLES: Final = {
    ("career", "nl"): _items("""
        Loopbaanbegeleiding / Volgende stap in de loopbaan
        Begeleiding nieuwe rol als teamleider / Heroriëntatie op werk
        Inwerktraject eerste jaar / Van loondienst naar zzp
    """),
    ("career", "en"): _items("""
        Career mentoring / Next career step / First year as a manager / Career reorientation
    """),
    ("personal_growth", "nl"): _items("""
        Persoonlijke groei / Balans en grenzen / Nieuwe levensfase / Terug naar eigen richting
        Herstel na overbelasting / Wat wil ik echt?
    """),
    ("personal_growth", "en"): _items("""
        Personal growth / Balance and boundaries / A new chapter / Finding my own direction
    """),
    ("other", "nl"): _items("Sparren over pensioen / Studiekeuze / Mantelzorg en werk"),
    ("other", "en"): _items("Thinking about retirement / Study choice / Caring and work"),
    ("intake", "nl"): _items("Kennismaking (gratis) / Eerste inventarisatie"),
    ("intake", "en"): _items("Free introductory meeting / First exploration"),
}

# Which life areas a kind of engagement works on (repeats make an area more likely).
AREAS_BY_KIND: Final = {
    "career": _words("work work cognitive relationships meaning emotional"),
    "personal_growth": _words("emotional relationships health meaning cognitive other"),
    "other": _words("meaning other relationships health work"),
}

# title | description, per life area and language
GOALS: Final = {
    ("work", "nl"): _fields("""
        Helder krijgen welke rol bij mij past | Drie richtingen onderzoeken en wegen.
        Sterker in het eerste jaar als teamleider | Leiding geven zonder alles zelf te doen.
        Een goed gesprek met mijn leidinggevende | Ambities bespreekbaar maken.
        Een plek vinden in de nieuwe organisatie | Netwerk opbouwen en de cultuur leren kennen.
        Binnen een jaar een andere baan | Gericht solliciteren, met energie.
    """),
    ("work", "en"): _fields("""
        Get clear on the role that fits me | Explore and weigh three directions.
        Grow into my first management role | Lead without doing everything myself.
        Find my place in the new organisation | Build a network, learn the culture.
    """),
    ("relationships", "nl"): _fields("""
        Grenzen aangeven bij collega's | Nee zeggen zonder schuldgevoel.
        Meer tijd voor het gezin | Vaste avonden zonder werk.
        Opnieuw contact met mijn zus | Een eerste stap zetten.
    """),
    ("relationships", "en"): _fields("""
        Set boundaries with colleagues | Say no without feeling guilty.
        More time with family | Fixed evenings without work.
    """),
    ("health", "nl"): _fields("""
        Beter slapen | Een vast avondritme en minder schermtijd.
        Energie terugwinnen na overbelasting | Rustmomenten plannen en bewaken.
        Drie keer per week bewegen | Wandelen of fietsen naar het werk.
    """),
    ("health", "en"): _fields("""
        Sleep better | A steady evening routine, fewer screens.
        Rebuild energy after overload | Plan and protect moments of rest.
    """),
    ("emotional", "nl"): _fields("""
        Rustiger reageren onder druk | Signalen van spanning eerder herkennen.
        Minder piekeren | Zorgen een vaste plek en tijd geven.
        Milder zijn voor mezelf | De innerlijke criticus herkennen.
    """),
    ("emotional", "en"): _fields("""
        Stay calm under pressure | Notice tension earlier.
        Worry less | Give worries a set time and place.
    """),
    ("cognitive", "nl"): _fields("""
        Beter prioriteren | Hoofd- en bijzaken scheiden in de weekplanning.
        Een leerplan voor de nieuwe functie | Kennis opbouwen in eigen tempo.
    """),
    ("cognitive", "en"): _fields("""
        Prioritise better | Separate the essential from the rest each week.
        A learning plan for the new job | Build knowledge at my own pace.
    """),
    ("meaning", "nl"): _fields("""
        Ontdekken wat mij echt drijft | Waarden op een rij en naast mijn werk leggen.
        Zin geven aan de tijd na het pensioen | Vrijwilligerswerk of iets nieuws leren.
        Keuzes maken vanuit mijn waarden | Minder moeten, meer willen.
    """),
    ("meaning", "en"): _fields("""
        Discover what really drives me | List my values and hold my work against them.
        Make choices from my values | Fewer musts, more wants.
    """),
    ("other", "nl"): _fields("""
        Verhuizing goed voorbereiden | Werk, school en zorg op elkaar afstemmen.
        Mantelzorg en werk combineren | Hulp vragen en taken verdelen.
    """),
    ("other", "en"): _fields("""
        Prepare the move well | Line up work, school and care.
        Combine caring and work | Ask for help and share tasks.
    """),
}

TOPICS: Final = {
    ("career", "nl"): _items("""
        loopbaanwensen / sollicitatiebrief / gesprek met leidinggevende / netwerken
        sterke punten / functioneringsgesprek / leiderschapsstijl / feedback geven / werkdruk
        inwerken / ambities / zzp-plannen
    """),
    ("career", "en"): _items("""
        career wishes / CV and cover letter / talk with manager / networking / strengths
        performance review / leadership style / workload
    """),
    ("personal_growth", "nl"): _items("""
        grenzen / energie / slaap / piekeren / zelfbeeld / levensfase / rouw / zingeving
        relatie / kinderen uit huis / rust nemen / waarden
    """),
    ("personal_growth", "en"): _items("""
        boundaries / energy / sleep / worrying / self-image / life stage / grief / meaning
        values
    """),
    ("other", "nl"): _items("""
        pensioen / studiekeuze / mantelzorg / verhuizing / vrijwilligerswerk
    """),
    ("other", "en"): _items("""
        retirement / study choice / caring / moving house / volunteering
    """),
}

# A summary is an opening, a middle about {topic} and a closing; {name} is the client's first name.
SUMMARY_OPEN: Final = {
    "nl": _lines("""
        {name} kwam binnen met veel energie.
        {name} was wat stiller dan de vorige keer.
        We begonnen met terugblikken op de afgelopen weken.
        {name} had de opdracht van de vorige keer uitgevoerd.
        Een zware week achter de rug voor {name}: weinig geslapen, veel hooi op de vork.
        We liepen een rondje en praatten onderweg.
        {name} vertelde over een lastig moment op het werk.
        {name} merkt dat de nieuwe levensfase meer vraagt dan verwacht.
    """),
    "en": _lines("""
        {name} arrived full of energy.
        {name} was quieter than last time.
        We started by looking back on the past weeks.
        {name} had done the exercise from last time.
        A tough week behind {name}: little sleep, too much on the plate.
        We walked and talked.
    """),
}
SUMMARY_MIDDLE: Final = {
    "nl": _lines("""
        Het gesprek ging vooral over het thema {topic}.
        We stonden lang stil bij het thema {topic}.
        Rond het thema {topic} werd een patroon zichtbaar dat vaker terugkomt.
        Bij het thema {topic} merkt {name} dat oude gewoontes taai zijn.
        Over het thema {topic} is nu meer helderheid dan bij de start.
        De vraag wat echt belangrijk is, kwam terug bij het thema {topic}.
    """),
    "en": _lines("""
        We talked mostly about {topic}.
        We spent a long time on {topic}.
        Around {topic} a recurring pattern showed up.
        On {topic}, {name} notices that old habits are stubborn.
        There is more clarity on {topic} than at the start.
    """),
}
SUMMARY_CLOSE: Final = {
    "nl": _lines("""
        Afgesproken om dit de komende weken te oefenen.
        Volgende keer kijken we wat het heeft opgeleverd.
        De scores op de doelen zijn samen besproken.
        {name} zet eerst zelf een stap en laat weten hoe het ging.
        We sloten af met een concrete actie.
    """),
    "en": _lines("""
        Agreed to practise this in the coming weeks.
        Next time we look at what it brought.
        We went through the scores on the goals together.
        {name} will take a first step and report back.
    """),
}
INTAKE_TOPICS: Final = {"nl": "kennismaking, hulpvraag", "en": "introduction, question"}
INTAKE_SUMMARY: Final = {
    "nl": "Kennismaking: hulpvraag verkend, werkwijze en vertrouwelijkheid toegelicht.",
    "en": "Introductory meeting: explored the question, explained approach and confidentiality.",
}
CANCELLED_NOTE: Final = {
    "nl": _lines("""
        Afgezegd door cliënt (ziek).
        Verzet op verzoek van cliënt.
        Afgezegd: zorg thuis.
    """),
    "en": _items("Cancelled by the client (ill). / Moved at the client's request."),
}
NO_SHOW_NOTE: Final = {
    "nl": "Niet verschenen; telefonisch navraag gedaan.",
    "en": "Did not show; followed up by phone.",
}
PLANNED_TOPICS: Final = {
    "nl": ("voortgang doelen", "evaluatie", "vervolgafspraken", ""),
    "en": ("progress on goals", "review", "next steps", ""),
}
ACTIONS: Final = {
    "nl": _lines("""
        Drie vacatures uitzoeken en vergelijken
        Gesprek plannen met leidinggevende
        Energiedagboek bijhouden
        Elke avond tien minuten wandelen
        Lijst met eigen waarden maken
        Feedback vragen aan twee collega's
        Een nee oefenen in een veilige situatie
        Netwerkgesprek voeren
        Cv bijwerken
        Vaste werktijden instellen en melden
        Brief aan jezelf schrijven over waar je over vijf jaar staat
        Met partner bespreken wat er speelt
    """),
    "en": _items("""
        Look up and compare three vacancies / Schedule a talk with my manager
        Keep an energy journal / Walk ten minutes every evening / Write down my own values
        Ask two colleagues for feedback / Update CV / Set and share fixed working hours
    """),
}
PRIVATE_NOTES: Final = {
    "nl": _lines("""
        Let op signalen van uitputting; zo nodig doorverwijzen naar de huisarts.
        Spanning met leidinggevende lijkt groter dan benoemd.
        Rouw om vader speelt mee; niet forceren.
        Twijfel of de werkgever de juiste opdrachtgever is voor deze vraag.
        Mijn eigen ongeduld bewaken; het tempo van de cliënt volgen.
        Financiële zorgen thuis: nog niet over gesproken.
        Overweegt ontslag te nemen; zorgvuldig houden.
    """),
    "en": _lines("""
        Watch for signs of exhaustion; refer to the GP if needed.
        Tension with the manager seems bigger than stated.
        Mind my own impatience; follow the client's pace.
        Considering resigning; handle with care.
    """),
}
SCORE_NOTES: Final = {
    "nl": _items("""
        Kleine stap vooruit. / Terugval na een drukke periode. / Voelt stabieler.
        Zelf hoger ingeschat dan de vorige keer. / Nog zoekende.
    """),
    "en": _items("""
        A small step forward. / Setback after a busy period. / Feels steadier.
        Still searching.
    """),
}

PLACE_BY_MODE: Final = {
    "in_person": _items("""
        Praktijkruimte Oudegracht / Praktijkruimte Oudegracht / Bij cliënt op kantoor
        Bibliotheek Neude, spreekkamer 2
    """),
    "walk": _lines("""
        Wandeling Wilhelminapark
        Wandeling Amelisweerd
        Wandeling langs de Kromme Rijn
    """),
    "video": ("Video (Jitsi)", "Video (Teams)", "Video (Zoom)"),
    "phone": ("",),
}
START_TIMES: Final = _words("09:00 09:30 10:00 11:00 13:00 13:30 14:00 15:00 16:00 16:30 19:00")
