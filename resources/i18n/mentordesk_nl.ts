<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ClientListView</name>
    <message>
        <location filename="../../mentordesk/ui/client_list.py" line="35" />
        <source>Filter by name or status…</source>
        <translation>Filter op naam of status…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_list.py" line="103" />
        <source>No clients in this practice file yet.</source>
        <translation>Nog geen cliënten in dit praktijkbestand.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_list.py" line="106" />
        <source>No client matches “{text}”.</source>
        <translation>Geen cliënt past bij ‘{text}’.</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="95" />
        <source>prefers “{name}”</source>
        <translation>noemt zich ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="98" />
        <source>sensitive: lists show {initials}</source>
        <translation>gevoelig: lijsten tonen {initials}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="107" />
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="112" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="113" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="114" />
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="116" />
        <source>Language for documents</source>
        <translation>Taal van documenten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="117" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="117" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="119" />
        <source>Referred by</source>
        <translation>Verwezen door</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="120" />
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="125" />
        <source>given on {date}</source>
        <translation>gegeven op {date}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="129" />
        <source>not recorded yet</source>
        <translation>nog niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="131" />
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="137" />
        <source>Engagements</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="140" />
        <source>No engagements yet.</source>
        <translation>Nog geen trajecten.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="165" />
        <source>{held} of {planned} sessions</source>
        <translation>{held} van {planned} sessies</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mentordesk/ui/client_page.py" line="169" />
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n sessie gehouden</numerusform>
            <numerusform>%n sessies gehouden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="170" />
        <source>from {start}</source>
        <translation>vanaf {start}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="172" />
        <source>to {end}</source>
        <translation>tot {end}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="183" />
        <source>latest score {score}/10 on {date}</source>
        <translation>laatste score {score}/10 op {date}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="190" />
        <source>Sessions (newest first)</source>
        <translation>Sessies (nieuwste eerst)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="193" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="194" />
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="195" />
        <source>Mode</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="196" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="197" />
        <source>Summary</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="224" />
        <source>{level}: hidden on screen</source>
        <translation>{level}: verborgen op het scherm</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="231" />
        <source>No sessions yet.</source>
        <translation>Nog geen sessies.</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../mentordesk/ui/models/client_table.py" line="79" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/models/client_table.py" line="80" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/models/client_table.py" line="81" />
        <source>Engagement</source>
        <translation>Traject</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/models/client_table.py" line="82" />
        <source>Funding</source>
        <translation>Financiering</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/models/client_table.py" line="83" />
        <source>Last session</source>
        <translation>Laatste sessie</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/models/client_table.py" line="84" />
        <source>Next session</source>
        <translation>Volgende sessie</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/models/client_table.py" line="158" />
        <source>{initials}: a sensitive client, shown by initials only</source>
        <translation>{initials}: een gevoelige cliënt, alleen met initialen getoond</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../mentordesk/ui/launcher.py" line="109" />
        <source>Open practice file</source>
        <translation>Praktijkbestand openen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/launcher.py" line="111" />
        <source>MentorDesk practice files (*.mentordesk);;All files (*)</source>
        <translation>MentorDesk-praktijkbestanden (*.mentordesk);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/launcher.py" line="120" />
        <source>New practice file</source>
        <translation>Nieuw praktijkbestand</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/launcher.py" line="121" />
        <source>My practice.mentordesk</source>
        <translation>Mijn praktijk.mentordesk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/launcher.py" line="122" />
        <source>MentorDesk practice files (*.mentordesk)</source>
        <translation>MentorDesk-praktijkbestanden (*.mentordesk)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/launcher.py" line="164" />
        <source>Preparing the demo practice…</source>
        <translation>De demopraktijk wordt klaargezet…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../mentordesk/ui/lock_screen.py" line="24" />
        <source>MentorDesk is locked</source>
        <translation>MentorDesk is vergrendeld</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/lock_screen.py" line="32" />
        <source>Your clients' information is hidden. Enter the passphrase of this practice file to continue.</source>
        <translation>De gegevens van uw cliënten zijn verborgen. Voer de wachtzin van dit praktijkbestand in om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/lock_screen.py" line="38" />
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/lock_screen.py" line="39" />
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/lock_screen.py" line="91" />
        <source>That is not the passphrase of this file. Try again (mind Caps Lock).</source>
        <translation>Dat is niet de wachtzin van dit bestand. Probeer het opnieuw (let op Caps Lock).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="63" />
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="88" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="89" />
        <source>&amp;New practice file…</source>
        <translation>&amp;Nieuw praktijkbestand…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="91" />
        <source>&amp;Open practice file…</source>
        <translation>Praktijkbestand &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="93" />
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="94" />
        <source>&amp;Lock now</source>
        <translation>Nu &amp;vergrendelen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="97" />
        <source>Hide all client data until the passphrase is given again (Ctrl+L)</source>
        <translation>Verberg alle cliëntgegevens tot de wachtzin opnieuw is ingevoerd (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="99" />
        <source>&amp;Close file</source>
        <translation>Bestand &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="101" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="112" />
        <source>Main toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="135" />
        <source>No recent files</source>
        <translation>Geen recente bestanden</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="143" />
        <source>{practice} — MentorDesk</source>
        <translation>{practice} — MentorDesk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="157" />
        <source>{visible} of {total} clients</source>
        <translation>{visible} van {total} cliënten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="206" />
        <source>MentorDesk — locked</source>
        <translation>MentorDesk — vergrendeld</translation>
    </message>
</context>
<context>
    <name>NewPracticeDialog</name>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="44" />
        <source>New practice file</source>
        <translation>Nieuw praktijkbestand</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="48" />
        <source>The new file will be &lt;b&gt;{name}&lt;/b&gt; in {folder}.</source>
        <translation>Het nieuwe bestand wordt &lt;b&gt;{name}&lt;/b&gt; in {folder}.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="54" />
        <source>For example: Praktijk de Wegwijzer</source>
        <translation>Bijvoorbeeld: Praktijk de Wegwijzer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="55" />
        <source>Choose a passphrase</source>
        <translation>Kies een wachtzin</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="56" />
        <source>Type it once more</source>
        <translation>Typ hem nog een keer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="57" />
        <source>Show passphrase</source>
        <translation>Wachtzin tonen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="63" />
        <source>&lt;b&gt;Nobody can recover a forgotten passphrase&lt;/b&gt;, not even MentorDesk: without it the file cannot be opened. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>&lt;b&gt;Niemand kan een vergeten wachtzin terughalen&lt;/b&gt;, ook MentorDesk niet: zonder wachtzin gaat het bestand niet open. Schrijf hem op en bewaar hem op een veilige plek, niet bij deze computer.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="73" />
        <source>Remember on this computer</source>
        <translation>Onthouden op deze computer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="79" />
        <source>Create practice file</source>
        <translation>Praktijkbestand maken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="83" />
        <source>Practice name (optional):</source>
        <translation>Naam van de praktijk (mag leeg):</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="84" />
        <source>Passphrase:</source>
        <translation>Wachtzin:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="85" />
        <source>Repeat passphrase:</source>
        <translation>Wachtzin herhalen:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="115" />
        <source>Tip: a few unusual words in a row, like a short sentence, are easy to remember and hard to guess.</source>
        <translation>Tip: een paar ongewone woorden achter elkaar, als een korte zin, zijn makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="120" />
        <source>Good: a long passphrase.</source>
        <translation>Goed: een lange wachtzin.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="127" />
        <source>Choose a passphrase for the new file.</source>
        <translation>Kies een wachtzin voor het nieuwe bestand.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="133" />
        <source>The two passphrases are not the same. Type the passphrase twice, exactly alike.</source>
        <translation>De twee wachtzinnen zijn niet gelijk. Typ de wachtzin twee keer, precies hetzelfde.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../mentordesk/ui/passphrase_dialog.py" line="39" />
        <source>Open practice file</source>
        <translation>Praktijkbestand openen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/passphrase_dialog.py" line="44" />
        <source>Enter the passphrase of &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Voer de wachtzin van &lt;b&gt;{name}&lt;/b&gt; in.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/passphrase_dialog.py" line="51" />
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/passphrase_dialog.py" line="52" />
        <source>Show passphrase</source>
        <translation>Wachtzin tonen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/passphrase_dialog.py" line="53" />
        <source>Remember on this computer</source>
        <translation>Onthouden op deze computer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/passphrase_dialog.py" line="57" />
        <source>Keeps the passphrase in this computer's secure password store, so this file opens without asking. Anyone who can log in as you can then open it.</source>
        <translation>Bewaart de wachtzin in de beveiligde wachtwoordopslag van deze computer, zodat dit bestand opent zonder te vragen. Wie als u kan inloggen, kan het dan ook openen.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/passphrase_dialog.py" line="65" />
        <source>This computer has no secure password store, so the passphrase cannot be remembered.</source>
        <translation>Deze computer heeft geen beveiligde wachtwoordopslag, dus de wachtzin kan niet worden onthouden.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/passphrase_dialog.py" line="99" />
        <source>Type the passphrase of this file.</source>
        <translation>Typ de wachtzin van dit bestand.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="36" />
        <source>Welcome to MentorDesk</source>
        <translation>Welkom bij MentorDesk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="39" />
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="46" />
        <source>A practice file holds your whole practice (clients, sessions, notes and goals) in one encrypted file on this computer. Only its passphrase opens it, so keep a copy of the file in your backups and the passphrase in a safe place.</source>
        <translation>Een praktijkbestand bevat uw hele praktijk (cliënten, sessies, aantekeningen en doelen) in één versleuteld bestand op deze computer. Alleen de wachtzin opent het: bewaar daarom een kopie van het bestand bij uw reservekopieën en de wachtzin op een veilige plek.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="53" />
        <source>New practice file…</source>
        <translation>Nieuw praktijkbestand…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="54" />
        <source>Open practice file…</source>
        <translation>Praktijkbestand openen…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="55" />
        <source>Try the demo practice</source>
        <translation>Probeer de demopraktijk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="57" />
        <source>Opens a practice with made-up clients, so you can look around safely.</source>
        <translation>Opent een praktijk met verzonnen cliënten, zodat u veilig kunt rondkijken.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="65" />
        <source>Recent practice files</source>
        <translation>Recente praktijkbestanden</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="72" />
        <source>No recent files yet. Files you open appear here.</source>
        <translation>Nog geen recente bestanden. Bestanden die u opent, verschijnen hier.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="74" />
        <source>Remove from list</source>
        <translation>Uit de lijst halen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="116" />
        <source>{name} (not found)
{folder}</source>
        <translation>{name} (niet gevonden)
{folder}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="123" />
        <source>This file is no longer there. Was it moved or renamed? You can remove it from the list.</source>
        <translation>Dit bestand is er niet meer. Is het verplaatst of hernoemd? U kunt het uit de lijst halen.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="24" />
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="25" />
        <location filename="../../mentordesk/ui/labels.py" line="59" />
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="26" />
        <location filename="../../mentordesk/ui/labels.py" line="60" />
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="27" />
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="28" />
        <location filename="../../mentordesk/ui/labels.py" line="63" />
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="37" />
        <source>Career</source>
        <translation>Loopbaan</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="38" />
        <source>Personal growth</source>
        <translation>Persoonlijke groei</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="39" />
        <location filename="../../mentordesk/ui/labels.py" line="86" />
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="48" />
        <source>Paid by client</source>
        <translation>Betaald door cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="49" />
        <source>Paid by employer</source>
        <translation>Betaald door werkgever</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="50" />
        <source>Pro bono</source>
        <translation>Pro bono</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="51" />
        <source>Free intake</source>
        <translation>Gratis kennismaking</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="58" />
        <location filename="../../mentordesk/ui/labels.py" line="103" />
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="61" />
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="62" />
        <location filename="../../mentordesk/ui/labels.py" line="105" />
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="70" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="71" />
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="72" />
        <source>Achieved</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="73" />
        <source>Let go</source>
        <translation>Losgelaten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="80" />
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="81" />
        <source>Relationships</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="82" />
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="83" />
        <source>Emotional</source>
        <translation>Emotioneel</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="84" />
        <source>Cognitive</source>
        <translation>Cognitief</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="85" />
        <source>Meaning</source>
        <translation>Zingeving</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="93" />
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="94" />
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="95" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="96" />
        <source>Walk</source>
        <translation>Wandeling</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="104" />
        <source>Held</source>
        <translation>Gehouden</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="106" />
        <source>No-show</source>
        <translation>Niet verschenen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="113" />
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="114" />
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="115" />
        <source>Private</source>
        <translation>Werkaantekening</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="177" />
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="170" />
        <location filename="../../mentordesk/ui/labels.py" line="179" />
        <source>{hours} h</source>
        <translation>{hours} u</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/labels.py" line="180" />
        <source>{hours} h {minutes:02d}</source>
        <translation>{hours} u {minutes:02d}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../mentordesk/ui/messages.py" line="28" />
        <source>Something went wrong. Details are in {path}</source>
        <translation>Er ging iets mis. De details staan in {path}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/messages.py" line="54" />
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
</context>
</TS>