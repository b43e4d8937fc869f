<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AccessRequestDialog</name>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="59" />
        <source>Access request: {name}</source>
        <translation>Inzageverzoek: {name}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="64" />
        <source>Everything this file holds about {name}, confidential notes included, as a ZIP file with a readable PDF and the same data in machine-readable form (data.json). The ZIP is not encrypted: hand it to the client yourself.</source>
        <translation>Alles wat dit bestand over {name} bevat, vertrouwelijke aantekeningen inbegrepen, als ZIP-bestand met een leesbare pdf en dezelfde gegevens in machineleesbare vorm (data.json). Het ZIP-bestand is niet versleuteld: geef het zelf aan de cliënt.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="73" />
        <source>File to save the export to</source>
        <translation>Bestand waarin de export wordt opgeslagen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="75" />
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="76" />
        <source>Choose where to save the export</source>
        <translation>Kies waar de export wordt opgeslagen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="85" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="86" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="90" />
        <source>Language of the PDF</source>
        <translation>Taal van de pdf</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="92" />
        <source>Include my private &amp;working notes</source>
        <translation>Mijn persoonlijke &amp;werkaantekeningen meenemen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="94" />
        <source>Include my private working notes</source>
        <translation>Mijn persoonlijke werkaantekeningen meenemen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="98" />
        <source>The client has a right to them. Leave them out only for a good reason, such as protecting someone else; the reason is logged.</source>
        <translation>De cliënt heeft er recht op. Laat ze alleen weg met een goede reden, bijvoorbeeld om iemand anders te beschermen; de reden wordt vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="105" />
        <source>Reason for leaving the working notes out</source>
        <translation>Reden om de werkaantekeningen weg te laten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="107" />
        <source>For example: the notes are about a third party</source>
        <translation>Bijvoorbeeld: de aantekeningen gaan over een derde</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="109" />
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="116" />
        <source>&amp;Save as:</source>
        <translation>&amp;Opslaan als:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="118" />
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="142" />
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="144" />
        <source>Export the client's data</source>
        <translation>De gegevens van de cliënt exporteren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="147" />
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="287" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="200" />
        <source>Save the export</source>
        <translation>Export opslaan</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="200" />
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-bestanden (*.zip)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="219" />
        <source>Replace file</source>
        <translation>Bestand vervangen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="220" />
        <source>{path} already exists. Replace it?</source>
        <translation>{path} bestaat al. Vervangen?</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="245" />
        <source>Choose where to save the export.</source>
        <translation>Kies waar de export wordt opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/access_dialog.py" line="285" />
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="52" />
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="53" />
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="55" />
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="56" />
        <source>Due</source>
        <translation>Vóór</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="57" />
        <source>Due date</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="58" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="59" />
        <source>Remove this action</source>
        <translation>Deze actie verwijderen</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="117" />
        <source>◀ Previous week</source>
        <translation>◀ Vorige week</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="118" />
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="143" />
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="199" />
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="119" />
        <source>Next week ▶</source>
        <translation>Volgende week ▶</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="127" />
        <source>Export to calendar (.ics)…</source>
        <translation>Exporteren naar agenda (.ics)…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="132" />
        <source>The week shown</source>
        <translation>De getoonde week</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="133" />
        <source>The next 4 weeks</source>
        <translation>De komende 4 weken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="134" />
        <source>The next 3 months</source>
        <translation>De komende 3 maanden</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="142" />
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="198" />
        <source>Previous week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="144" />
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="200" />
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="150" />
        <source>Export planned sessions to a calendar file</source>
        <translation>Geplande sessies exporteren naar een agendabestand</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="152" />
        <source>Writes planned sessions with initials only: no notes, no full names.</source>
        <translation>Schrijft geplande sessies met alleen initialen: geen aantekeningen, geen volledige namen.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="170" />
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="170" />
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="170" />
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="170" />
        <source>Mode</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="171" />
        <source>Funding</source>
        <translation>Financiering</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="171" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="179" />
        <source>Sessions of the week, by day</source>
        <translation>Sessies van de week, per dag</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="201" />
        <source>Mark &amp;held</source>
        <translation>Markeren als &amp;gehouden</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="202" />
        <source>Mark &amp;cancelled</source>
        <translation>Markeren als ge&amp;annuleerd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="203" />
        <source>Mark &amp;no-show</source>
        <translation>Markeren als &amp;niet verschenen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="204" />
        <source>Back to &amp;planned</source>
        <translation>Terug naar ge&amp;pland</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="205" />
        <source>&amp;Open session</source>
        <translation>Sessie &amp;openen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="206" />
        <source>Open &amp;client</source>
        <translation>&amp;Cliënt openen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="221" />
        <source>Held</source>
        <translation>Gehouden</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="222" />
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="223" />
        <source>No-show</source>
        <translation>Niet verschenen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="230" />
        <source>Mark the selected session:</source>
        <translation>Gekozen sessie markeren:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="232" />
        <source>Mark the selected session held</source>
        <translation>Gekozen sessie markeren als gehouden</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="233" />
        <source>Mark the selected session cancelled</source>
        <translation>Gekozen sessie markeren als geannuleerd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="234" />
        <source>Mark the selected session no-show</source>
        <translation>Gekozen sessie markeren als niet verschenen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="284" />
        <source>Week {number} · {range}</source>
        <translation>Week {number} · {range}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="311" />
        <source>Today · {day}</source>
        <translation>Vandaag · {day}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="313" />
        <source>no sessions</source>
        <translation>geen sessies</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="331" />
        <source>no time</source>
        <translation>geen tijd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="350" />
        <source>Enter or a double-click opens the session</source>
        <translation>Enter of dubbelklikken opent de sessie</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="389" />
        <source>A session in the future cannot be marked held yet.</source>
        <translation>Een sessie in de toekomst kan nog niet als gehouden worden gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="466" />
        <source>mentoring-sessions.ics</source>
        <translation>mentorgesprekken.ics</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="469" />
        <source>Export planned sessions</source>
        <translation>Geplande sessies exporteren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="471" />
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="484" />
        <source>Mentoring session</source>
        <translation>Mentorgesprek</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/agenda_page.py" line="490" />
        <source>{count} planned sessions written to {file}.</source>
        <translation>{count} geplande sessies geschreven naar {file}.</translation>
    </message>
</context>
<context>
    <name>AppPage</name>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="64" />
        <location filename="../../mentordesk/ui/settings/app_page.py" line="115" />
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="65" />
        <source>Lock after this many idle minutes</source>
        <translation>Vergrendelen na dit aantal minuten zonder gebruik</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="70" />
        <source>When nobody uses MentorDesk this long, the window hides all client data until the passphrase is given again.</source>
        <translation>Als MentorDesk zo lang niet gebruikt wordt, verbergt het venster alle cliëntgegevens tot de wachtzin opnieuw is ingevoerd.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="78" />
        <source>Interface language</source>
        <translation>Taal van het programma</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="79" />
        <source>Same as the computer</source>
        <translation>Zoals de computer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="83" />
        <source>A new language applies after restarting MentorDesk.</source>
        <translation>Een andere taal werkt pas na het opnieuw starten van MentorDesk.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="88" />
        <source>Backup folder</source>
        <translation>Map voor reservekopieën</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="89" />
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="90" />
        <source>Choose a backup folder</source>
        <translation>Kies een map voor reservekopieën</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="91" />
        <source>Use default</source>
        <translation>Standaardmap</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="92" />
        <source>Use the default backup folder</source>
        <translation>Gebruik de standaardmap voor reservekopieën</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="109" />
        <source> backups</source>
        <translation> reservekopieën</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="110" />
        <source>Keep this many newest backups</source>
        <translation>Zoveel nieuwste reservekopieën bewaren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="111" />
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="113" />
        <source>Also keep one backup a day for this many days</source>
        <translation>Ook één reservekopie per dag bewaren, zoveel dagen lang</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="117" />
        <source>Make a backup this often while you work (minutes)</source>
        <translation>Zo vaak een reservekopie maken terwijl u werkt (minuten)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="122" />
        <source>Besides these, MentorDesk makes a backup when a file is opened and when it is closed. Older ones are removed only after a new one has been checked.</source>
        <translation>Daarnaast maakt MentorDesk een reservekopie wanneer een bestand wordt geopend en wanneer het wordt gesloten. Oudere worden pas verwijderd nadat een nieuwe is gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="131" />
        <source>Lock after:</source>
        <translation>Vergrendelen na:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="135" />
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="139" />
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="142" />
        <source>Keep the newest:</source>
        <translation>Bewaar de nieuwste:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="145" />
        <source>And one a day for:</source>
        <translation>En één per dag gedurende:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="149" />
        <source>While working, every:</source>
        <translation>Tijdens het werk, elke:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="157" />
        <source>Locking</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="158" />
        <source>Interface</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="159" />
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="178" />
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="181" />
        <source>Kept on this computer only, never in the practice file.</source>
        <translation>Alleen op deze computer bewaard, nooit in het praktijkbestand.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="221" />
        <source>Choose a folder for backups</source>
        <translation>Kies een map voor reservekopieën</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="235" />
        <source>This is the default folder. A folder on another disk keeps the backups safe when this computer breaks down.</source>
        <translation>Dit is de standaardmap. Een map op een andere schijf houdt de reservekopieën veilig als deze computer kapotgaat.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="239" />
        <source>Backups are saved in this folder.</source>
        <translation>Reservekopieën worden in deze map opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/app_page.py" line="252" />
        <source>MentorDesk cannot write in this folder, so backups would fail. Choose another folder or use the default.</source>
        <translation>MentorDesk kan niet in deze map schrijven, dus reservekopieën zouden mislukken. Kies een andere map of gebruik de standaardmap.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_page.py" line="62" />
        <location filename="../../mentordesk/ui/privacy/audit_page.py" line="101" />
        <source>Audit trail</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_page.py" line="70" />
        <source>Everything that left the practice or changed the file: exports, saved and printed documents with their fingerprint, erasures, restores and passphrase changes.</source>
        <translation>Alles wat de praktijk verliet of het bestand veranderde: exports, opgeslagen en afgedrukte documenten met hun vingerafdruk, wissingen, herstelde reservekopieën en gewijzigde wachtzinnen.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_page.py" line="78" />
        <source>Kind of entries shown</source>
        <translation>Soort regels die getoond worden</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_page.py" line="79" />
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_page.py" line="82" />
        <source>From date</source>
        <translation>Vanaf datum</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_page.py" line="83" />
        <source>To date</source>
        <translation>Tot en met datum</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_page.py" line="87" />
        <source>Filter by name, file or fingerprint…</source>
        <translation>Filter op naam, bestand of vingerafdruk…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_page.py" line="88" />
        <source>Filter the audit trail</source>
        <translation>Filter het logboek</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_page.py" line="95" />
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_page.py" line="96" />
        <source>Export the lines shown as a CSV file</source>
        <translation>Exporteer de getoonde regels als CSV-bestand</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_page.py" line="122" />
        <source>Nothing in the audit trail matches these filters.</source>
        <translation>Niets in het logboek past bij deze filters.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_page.py" line="146" />
        <source>&amp;Show:</source>
        <translation>&amp;Toon:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_page.py" line="147" />
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_page.py" line="148" />
        <source>&amp;To:</source>
        <translation>T&amp;ot:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_page.py" line="252" />
        <source>{shown} of {total} entries</source>
        <translation>{shown} van {total} regels</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_page.py" line="254" />
        <source>{total} entries</source>
        <translation>{total} regels</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_page.py" line="273" />
        <source>audit-trail-{date}.csv</source>
        <translation>logboek-{date}.csv</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_page.py" line="275" />
        <source>Export the audit trail</source>
        <translation>Logboek exporteren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_page.py" line="275" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_page.py" line="295" />
        <source>{count} lines saved as {name}.</source>
        <translation>{count} regels opgeslagen als {name}.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_model.py" line="35" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_model.py" line="35" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_model.py" line="35" />
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_model.py" line="35" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_model.py" line="91" />
        <source>SHA-256 fingerprint: {sha}</source>
        <translation>SHA-256-vingerafdruk: {sha}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_model.py" line="94" />
        <source>Double-click to open this client</source>
        <translation>Dubbelklik om deze cliënt te openen</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="19" />
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="20" />
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="21" />
        <source>Erasures</source>
        <translation>Wissingen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="22" />
        <source>Restores and imports</source>
        <translation>Herstel en import</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="23" />
        <source>Passphrase changes</source>
        <translation>Gewijzigde wachtzinnen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="24" />
        <source>Other changes</source>
        <translation>Overige wijzigingen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="31" />
        <source>Progress letter</source>
        <translation>Voortgangsbrief</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="32" />
        <source>Session summary</source>
        <translation>Sessieverslag</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="33" />
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="34" />
        <source>Credit note</source>
        <translation>Creditfactuur</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="35" />
        <source>Payment reminder</source>
        <translation>Betalingsherinnering</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="36" />
        <source>Pro bono statement</source>
        <translation>Pro-bono-overzicht</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="37" />
        <source>Year overview</source>
        <translation>Jaaroverzicht</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="38" />
        <source>Year overview (CSV)</source>
        <translation>Jaaroverzicht (CSV)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="39" />
        <source>Hours log (CSV)</source>
        <translation>Urenlog (CSV)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="40" />
        <source>Access request export</source>
        <translation>Inzage-export</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="42" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="47" />
        <source>Access request exported</source>
        <translation>Inzage-export gemaakt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="50" />
        <source>Whole practice exported</source>
        <translation>Hele praktijk geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="51" />
        <source>Practice imported from an export</source>
        <translation>Praktijk geïmporteerd uit een export</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="54" />
        <source>Clients imported from CSV</source>
        <translation>Cliënten geïmporteerd uit CSV</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="57" />
        <source>Calendar exported</source>
        <translation>Agenda geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="58" />
        <source>Hand-over package made</source>
        <translation>Overdrachtspakket gemaakt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="59" />
        <source>Audit trail exported</source>
        <translation>Logboek geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="60" />
        <source>Client erased</source>
        <translation>Cliënt gewist</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="61" />
        <source>Notes of an engagement erased</source>
        <translation>Aantekeningen van een traject gewist</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="64" />
        <source>Erasures applied again</source>
        <translation>Wissingen opnieuw toegepast</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="65" />
        <source>Old invoices deleted</source>
        <translation>Oude facturen verwijderd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="68" />
        <source>Retention periods changed</source>
        <translation>Bewaartermijnen gewijzigd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="69" />
        <source>Backup restored</source>
        <translation>Reservekopie teruggezet</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="70" />
        <source>Passphrase changed</source>
        <translation>Wachtzin gewijzigd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="71" />
        <source>Practice file created</source>
        <translation>Praktijkbestand aangemaakt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="72" />
        <source>Client added</source>
        <translation>Cliënt toegevoegd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="73" />
        <source>Client may be named in the hours log</source>
        <translation>Cliënt mag in de urenlog genoemd worden</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="76" />
        <source>Client no longer named in the hours log</source>
        <translation>Cliënt niet meer genoemd in de urenlog</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="79" />
        <source>Consent recorded</source>
        <translation>Toestemming vastgelegd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="80" />
        <source>Consent withdrawn</source>
        <translation>Toestemming ingetrokken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="81" />
        <source>Practice details changed</source>
        <translation>Praktijkgegevens gewijzigd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="82" />
        <source>Logo added</source>
        <translation>Logo toegevoegd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="83" />
        <source>Logo removed</source>
        <translation>Logo verwijderd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="84" />
        <source>Signature added</source>
        <translation>Handtekening toegevoegd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="85" />
        <source>Signature removed</source>
        <translation>Handtekening verwijderd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="86" />
        <source>Draft invoice made</source>
        <translation>Conceptfactuur gemaakt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="87" />
        <source>Draft invoice deleted</source>
        <translation>Conceptfactuur verwijderd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="88" />
        <source>Invoice issued</source>
        <translation>Factuur definitief gemaakt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="89" />
        <source>Draft credit note made</source>
        <translation>Concept-creditfactuur gemaakt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="90" />
        <source>Payment registered</source>
        <translation>Betaling geregistreerd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="91" />
        <source>Payment deleted</source>
        <translation>Betaling verwijderd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="98" />
        <source>{document} saved</source>
        <translation>{document} opgeslagen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="102" />
        <source>{document} printed</source>
        <translation>{document} afgedrukt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="136" />
        <source>to {recipient}</source>
        <translation>aan {recipient}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="143" />
        <source>on printer {printer}</source>
        <translation>op printer {printer}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="149" />
        <source>saved as {file}</source>
        <translation>opgeslagen als {file}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="157" />
        <source>private working notes left out: {reason}</source>
        <translation>werkaantekeningen weggelaten: {reason}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="161" />
        <source>private working notes left out</source>
        <translation>werkaantekeningen weggelaten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="165" />
        <source>private working notes included</source>
        <translation>werkaantekeningen meegegeven</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="171" />
        <source>the retention period had passed</source>
        <translation>de bewaartermijn was verstreken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="174" />
        <source>at the client's request</source>
        <translation>op verzoek van de cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="176" />
        <source>applied again</source>
        <translation>opnieuw toegepast</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="184" />
        <source>{count} erasures brought back by a backup or import were erased again</source>
        <translation>{count} wissingen die een reservekopie of import terugbracht, zijn opnieuw gewist</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="193" />
        <source>{count} deleted: {numbers}</source>
        <translation>{count} verwijderd: {numbers}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="199" />
        <source>notes {months} months after an engagement, invoices {years} years</source>
        <translation>aantekeningen {months} maanden na een traject, facturen {years} jaar</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="206" />
        <source>from {backup}</source>
        <translation>uit {backup}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="212" />
        <source>made on {date}</source>
        <translation>gemaakt op {date}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="216" />
        <source>for {colleague}, {clients} clients, file {file}</source>
        <translation>voor {colleague}, {clients} cliënten, bestand {file}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="227" />
        <source>the passphrase remembered on this computer was updated</source>
        <translation>de op deze computer onthouden wachtzin is bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="233" />
        <source>{events} planned sessions, file {file}</source>
        <translation>{events} geplande sessies, bestand {file}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="239" />
        <source>file {file}</source>
        <translation>bestand {file}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="245" />
        <source>from {file}</source>
        <translation>uit {file}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="251" />
        <source>{lines} lines, file {file}</source>
        <translation>{lines} regels, bestand {file}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/audit_texts.py" line="257" />
        <source>number {number}</source>
        <translation>nummer {number}</translation>
    </message>
</context>
<context>
    <name>BackupLabels</name>
    <message>
        <location filename="../../mentordesk/ui/trust/backup_labels.py" line="21" />
        <source>Before an update (file version {version})</source>
        <translation>Vóór een update (bestandsversie {version})</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backup_labels.py" line="25" />
        <source>When the file was opened</source>
        <translation>Bij het openen van het bestand</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backup_labels.py" line="26" />
        <source>While you worked</source>
        <translation>Terwijl u werkte</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backup_labels.py" line="27" />
        <source>When the file was closed</source>
        <translation>Bij het sluiten van het bestand</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backup_labels.py" line="28" />
        <source>Made by you</source>
        <translation>Door u gemaakt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backup_labels.py" line="29" />
        <source>After a passphrase change</source>
        <translation>Na een wijziging van de wachtzin</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backup_labels.py" line="45" />
        <source>Checked when made</source>
        <translation>Gecontroleerd bij het maken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backup_labels.py" line="46" />
        <source>Not checked (older copy)</source>
        <translation>Niet gecontroleerd (oudere kopie)</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="55" />
        <source>This backup does not open with the current passphrase. It was probably made before the passphrase was changed: older backups keep the passphrase of their time. Choose a newer backup.</source>
        <translation>Deze reservekopie gaat niet open met de huidige wachtzin. Waarschijnlijk is hij gemaakt voordat de wachtzin werd gewijzigd: oudere reservekopieën houden de wachtzin van toen. Kies een nieuwere reservekopie.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="61" />
        <source>This backup cannot be used: {problem} Choose another backup.</source>
        <translation>Deze reservekopie is niet bruikbaar: {problem} Kies een andere reservekopie.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="76" />
        <source>Backups and restore</source>
        <translation>Reservekopieën en terugzetten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="81" />
        <source>Backups of &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Reservekopieën van &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="86" />
        <source>MentorDesk makes an encrypted backup when you open and close this file and every {minutes} minutes while you work. It keeps the newest {keep} and one a day for {days} days. A backup opens with the passphrase the file had when it was made.</source>
        <translation>MentorDesk maakt een versleutelde reservekopie wanneer u dit bestand opent en sluit, en elke {minutes} minuten terwijl u werkt. De nieuwste {keep} blijven bewaard, plus één per dag gedurende {days} dagen. Een reservekopie gaat open met de wachtzin die het bestand had toen hij werd gemaakt.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="98" />
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="102" />
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="103" />
        <source>Open the backup folder</source>
        <translation>De map met reservekopieën openen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="108" />
        <source>Backups of this file, newest first</source>
        <translation>Reservekopieën van dit bestand, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="114" />
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="114" />
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="114" />
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="114" />
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="122" />
        <source>There are no backups of this file yet.</source>
        <translation>Er zijn nog geen reservekopieën van dit bestand.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="133" />
        <source>Back up now</source>
        <translation>Nu een reservekopie maken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="134" />
        <source>Make a backup now</source>
        <translation>Nu een reservekopie maken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="135" />
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="136" />
        <source>Restore the chosen backup</source>
        <translation>De gekozen reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="137" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="138" />
        <source>Close the backups window</source>
        <translation>Het venster met reservekopieën sluiten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="246" />
        <source>Making a backup…</source>
        <translation>Reservekopie wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="264" />
        <source>Backup made on {when} and checked.</source>
        <translation>Reservekopie gemaakt op {when} en gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="279" />
        <source>Restore a backup</source>
        <translation>Een reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="290" />
        <source>Checking the backup…</source>
        <translation>De reservekopie wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="304" />
        <source>Restore the backup of {when}?

MentorDesk closes this file, puts the backup in its place and opens it again. What you changed after {when} is not in the backup. The current file is kept beside it as “{name}.before-restore-…”, so nothing is thrown away.</source>
        <translation>De reservekopie van {when} terugzetten?

MentorDesk sluit dit bestand, zet de reservekopie op zijn plaats en opent hem opnieuw. Wat u na {when} hebt gewijzigd, staat niet in de reservekopie. Het huidige bestand blijft ernaast bewaard als “{name}.before-restore-…”, dus er gaat niets weg.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="310" />
        <source>Nothing was restored.</source>
        <translation>Er is niets teruggezet.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/backups_dialog.py" line="331" />
        <source>The folder {folder} could not be opened. It is made with the first backup.</source>
        <translation>De map {folder} kon niet worden geopend. Hij wordt aangemaakt bij de eerste reservekopie.</translation>
    </message>
</context>
<context>
    <name>ClientChooser</name>
    <message>
        <location filename="../../mentordesk/ui/money/client_chooser.py" line="28" />
        <source>New invoice</source>
        <translation>Nieuwe factuur</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/client_chooser.py" line="35" />
        <source>Client to invoice</source>
        <translation>Cliënt om te factureren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/client_chooser.py" line="47" />
        <source>&amp;Make invoice</source>
        <translation>&amp;Factuur maken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/client_chooser.py" line="49" />
        <source>Make the invoice</source>
        <translation>De factuur maken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/client_chooser.py" line="52" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/client_chooser.py" line="56" />
        <source>Which client is the invoice for?</source>
        <translation>Voor welke cliënt is de factuur?</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/client_chooser.py" line="67" />
        <source>Choose a client from the list.</source>
        <translation>Kies een cliënt uit de lijst.</translation>
    </message>
</context>
<context>
    <name>ClientDetails</name>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="122" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="123" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="219" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="220" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="221" />
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="222" />
        <source>Documents in</source>
        <translation>Documenten in</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="225" />
        <source>Referred by</source>
        <translation>Verwezen door</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="226" />
        <source>Payer</source>
        <translation>Betaler</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="227" />
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="228" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="243" />
        <location filename="../../mentordesk/ui/client_sections.py" line="245" />
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="260" />
        <source>given on {date}</source>
        <translation>gegeven op {date}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="264" />
        <source>not recorded yet</source>
        <translation>nog niet vastgelegd</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="42" />
        <source>New client</source>
        <translation>Nieuwe cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="44" />
        <source>Client details — {name}</source>
        <translation>Gegevens cliënt — {name}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="65" />
        <source>First and last name</source>
        <translation>Voor- en achternaam</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="67" />
        <source>How they like to be called</source>
        <translation>Hoe de cliënt graag genoemd wordt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="70" />
        <source>Sensiti&amp;ve: lists show initials only</source>
        <translation>&amp;Gevoelig: lijsten tonen alleen de initialen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="72" />
        <source>name@example.org</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="81" />
        <source>For example: GP, employer, a former client</source>
        <translation>Bijvoorbeeld: huisarts, werkgever, een oud-cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="82" />
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="85" />
        <source>For example: progress letters to the employer</source>
        <translation>Bijvoorbeeld: voortgangsbrieven aan de werkgever</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="89" />
        <source>Separated by commas: career, Rotterdam</source>
        <translation>Gescheiden door komma's: loopbaan, Rotterdam</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="92" />
        <source>Anything worth remembering about this client</source>
        <translation>Alles wat het onthouden waard is over deze cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="96" />
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="98" />
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="98" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="101" />
        <source>&amp;Preferred name:</source>
        <translation>&amp;Roepnaam:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="102" />
        <source>Preferred name</source>
        <translation>Roepnaam</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="105" />
        <source>S&amp;tatus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="105" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="108" />
        <source>&amp;Language for documents:</source>
        <translation>Taal voor &amp;documenten:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="109" />
        <source>Language for documents</source>
        <translation>Taal voor documenten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="112" />
        <source>Sensitive client</source>
        <translation>Gevoelige cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="116" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="118" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="118" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="119" />
        <source>P&amp;hone:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="119" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="120" />
        <source>St&amp;reet:</source>
        <translation>Str&amp;aat:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="120" />
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="123" />
        <source>Postal co&amp;de:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="124" />
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="127" />
        <source>C&amp;ity:</source>
        <translation>Plaat&amp;s:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="127" />
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="128" />
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="128" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="131" />
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="144" />
        <source>Consent given on</source>
        <translation>Toestemming gegeven op</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="133" />
        <source>Referral, consent and payment</source>
        <translation>Verwijzing, toestemming en betaling</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="137" />
        <source>Re&amp;ferred by:</source>
        <translation>&amp;Verwezen door:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="138" />
        <source>Referred by</source>
        <translation>Verwezen door</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="143" />
        <source>&amp;Consent:</source>
        <translation>&amp;Toestemming:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="149" />
        <source>Consent sc&amp;ope:</source>
        <translation>Rei&amp;kwijdte toestemming:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="150" />
        <source>Consent scope</source>
        <translation>Reikwijdte van de toestemming</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="153" />
        <source>Pa&amp;yer:</source>
        <translation>&amp;Betaler:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="153" />
        <source>Payer</source>
        <translation>Betaler</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="154" />
        <source>T&amp;ags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="154" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="159" />
        <source>A sensitive client appears by initials in the client list, the agenda and calendar exports. Their page still shows the full name.</source>
        <translation>Een gevoelige cliënt staat met initialen in de cliëntenlijst, de agenda en agenda-exports. Op de eigen pagina staat de volledige naam.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="168" />
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="169" />
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="185" />
        <source>Only the name is required.</source>
        <translation>Alleen de naam is verplicht.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="203" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/client_dialog.py" line="203" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
</context>
<context>
    <name>ClientHeader</name>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="138" />
        <source>Client name</source>
        <translation>Naam van de cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="143" />
        <source>&amp;Edit details…</source>
        <translation>Gegevens &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="144" />
        <source>Edit the client's details (Ctrl+E)</source>
        <translation>De gegevens van de cliënt bewerken (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="145" />
        <source>Edit the client's details</source>
        <translation>De gegevens van de cliënt bewerken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="146" />
        <source>&amp;New engagement…</source>
        <translation>&amp;Nieuw traject…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="147" />
        <source>New engagement for this client</source>
        <translation>Nieuw traject voor deze cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="148" />
        <source>Archi&amp;ve client…</source>
        <translation>Cliënt arc&amp;hiveren…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="149" />
        <source>Archive this client</source>
        <translation>Deze cliënt archiveren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="150" />
        <source>&amp;Letter…</source>
        <translation>Brie&amp;f…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="152" />
        <source>Write a progress letter: preview it, save it as PDF or print it</source>
        <translation>Een voortgangsbrief schrijven: bekijken, als pdf opslaan of afdrukken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="154" />
        <source>Write a progress letter</source>
        <translation>Een voortgangsbrief schrijven</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="155" />
        <source>&amp;Invoice…</source>
        <translation>&amp;Factuur…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="157" />
        <source>Make an invoice from the client's billable sessions (Ctrl+Shift+I)</source>
        <translation>Maak een factuur van de declarabele sessies van de cliënt (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="159" />
        <source>Make an invoice for this client</source>
        <translation>Een factuur maken voor deze cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="189" />
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="193" />
        <source>Sensitive · lists show {initials}</source>
        <translation>Gevoelig · lijsten tonen {initials}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="197" />
        <source>prefers “{name}”</source>
        <translation>wil graag „{name}” genoemd worden</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_sections.py" line="199" />
        <source>archived: reopen by changing the status to add new work</source>
        <translation>gearchiveerd: wijzig de status om weer werk toe te voegen</translation>
    </message>
</context>
<context>
    <name>ClientInvoicesView</name>
    <message>
        <location filename="../../mentordesk/ui/money/client_invoices.py" line="66" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/client_invoices.py" line="66" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/client_invoices.py" line="66" />
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/client_invoices.py" line="66" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/client_invoices.py" line="72" />
        <source>The client's invoices</source>
        <translation>De facturen van de cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/client_invoices.py" line="76" />
        <source>No invoices for this client yet.</source>
        <translation>Nog geen facturen voor deze cliënt.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/client_invoices.py" line="79" />
        <source>New invoi&amp;ce…</source>
        <translation>Nieuwe fa&amp;ctuur…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/client_invoices.py" line="80" />
        <source>New invoice for this client</source>
        <translation>Nieuwe factuur voor deze cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/client_invoices.py" line="81" />
        <source>Pro &amp;bono statement</source>
        <translation>Pro-&amp;bono-overzicht</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/client_invoices.py" line="82" />
        <source>Pro bono statement for this client</source>
        <translation>Pro-bono-overzicht voor deze cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/client_invoices.py" line="84" />
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/client_invoices.py" line="85" />
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/client_invoices.py" line="87" />
        <location filename="../../mentordesk/ui/money/client_invoices.py" line="88" />
        <source>May be listed by name in the hours log</source>
        <translation>Mag met naam in het urenlogboek</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/client_invoices.py" line="91" />
        <source>Tick when the client agreed to be named in the hours log for credential bodies; otherwise the log lists them anonymously.</source>
        <translation>Vink aan als de cliënt ermee instemt met naam in het urenlogboek voor beroepsverenigingen te staan; anders staat de cliënt er anoniem in.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/client_invoices.py" line="154" />
        <source>Invoiced {invoiced} · received {paid} · still to receive {open}</source>
        <translation>Gefactureerd {invoiced} · ontvangen {paid} · nog te ontvangen {open}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/client_invoices.py" line="193" />
        <source>Save the pro bono statement</source>
        <translation>Het pro-bono-overzicht opslaan</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/client_invoices.py" line="202" />
        <source>Saved as {name} and noted in the document log.</source>
        <translation>Opgeslagen als {name} en vastgelegd in het documentenlogboek.</translation>
    </message>
</context>
<context>
    <name>ClientListView</name>
    <message>
        <location filename="../../mentordesk/ui/client_list.py" line="36" />
        <source>Filter by name or status…</source>
        <translation>Filter op naam of status…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_list.py" line="38" />
        <source>Filter the client list</source>
        <translation>De cliëntenlijst filteren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_list.py" line="40" />
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_list.py" line="130" />
        <source>No clients in this practice file yet.</source>
        <translation>Nog geen cliënten in dit praktijkbestand.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_list.py" line="133" />
        <source>No client matches “{text}”.</source>
        <translation>Geen cliënt past bij ‘{text}’.</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="94" />
        <source>Engagements</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="97" />
        <source>No engagements yet. Start one with “New engagement…”.</source>
        <translation>Nog geen trajecten. Begin er een met „Nieuw traject…”.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="107" />
        <location filename="../../mentordesk/ui/client_page.py" line="109" />
        <source>Sessions, documents, consent and invoices</source>
        <translation>Sessies, documenten, toestemming en facturen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="111" />
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="133" />
        <source>Client details and engagements</source>
        <translation>Gegevens en trajecten van de cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="227" />
        <source>Documents ({count})</source>
        <translation>Documenten ({count})</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="229" />
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="233" />
        <source>Consent ({count})</source>
        <translation>Toestemming ({count})</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="233" />
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="238" />
        <source>Invoices ({count})</source>
        <translation>Facturen ({count})</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="240" />
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="293" />
        <source>{total} in all, {active} active</source>
        <translation>{total} in totaal, {active} actief</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="376" />
        <source>Archive client</source>
        <translation>Cliënt archiveren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/client_page.py" line="378" />
        <source>Archive {name}? The client leaves the active lists and gets no new work; notes, goals and invoices stay. You can reopen the client later by changing the status.</source>
        <translation>{name} archiveren? De cliënt verdwijnt uit de actieve lijsten en krijgt geen nieuw werk; notities, doelen en facturen blijven bewaard. U kunt de cliënt later heropenen door de status te wijzigen.</translation>
    </message>
</context>
<context>
    <name>ClientPrivacyMenu</name>
    <message>
        <location filename="../../mentordesk/ui/privacy/client_privacy_menu.py" line="31" />
        <source>&amp;Privacy ▾</source>
        <translation>&amp;Privacy ▾</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/client_privacy_menu.py" line="32" />
        <source>The client's rights: access to their data, and erasure</source>
        <translation>De rechten van de cliënt: inzage in de gegevens en wissen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/client_privacy_menu.py" line="33" />
        <source>Privacy: access request and erasure</source>
        <translation>Privacy: inzageverzoek en wissen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/client_privacy_menu.py" line="37" />
        <source>&amp;Access request: export all data…</source>
        <translation>&amp;Inzageverzoek: alle gegevens exporteren…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/client_privacy_menu.py" line="39" />
        <source>Everything about this client in a ZIP with a PDF and data.json</source>
        <translation>Alles over deze cliënt in een ZIP-bestand met een pdf en data.json</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/client_privacy_menu.py" line="42" />
        <source>&amp;Erase client…</source>
        <translation>Cliënt &amp;wissen…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/client_privacy_menu.py" line="44" />
        <source>Erase the client's personal content; invoices stay for the tax office</source>
        <translation>De persoonlijke gegevens van de cliënt wissen; facturen blijven bewaard voor de Belastingdienst</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../mentordesk/ui/models/client_table.py" line="41" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/models/client_table.py" line="42" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/models/client_table.py" line="43" />
        <source>Engagement</source>
        <translation>Traject</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/models/client_table.py" line="44" />
        <source>Funding</source>
        <translation>Financiering</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/models/client_table.py" line="45" />
        <source>Last session</source>
        <translation>Laatste sessie</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/models/client_table.py" line="46" />
        <source>Next session</source>
        <translation>Volgende sessie</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/models/client_table.py" line="78" />
        <source>{initials}: a sensitive client, shown by initials only</source>
        <translation>{initials}: een gevoelige cliënt, alleen met initialen getoond</translation>
    </message>
</context>
<context>
    <name>ComposerLayout</name>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_layout.py" line="65" />
        <source>Progress letter</source>
        <translation>Voortgangsbrief</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_layout.py" line="76" />
        <source>This client has no goals yet.</source>
        <translation>Deze cliënt heeft nog geen doelen.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_layout.py" line="79" />
        <source>No held sessions yet.</source>
        <translation>Nog geen gehouden sessies.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_layout.py" line="80" />
        <source>&amp;Reveal</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_layout.py" line="82" />
        <source>Show or hide the selected confidential text here ({shortcut})</source>
        <translation>De gekozen vertrouwelijke tekst hier tonen of verbergen ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_layout.py" line="86" />
        <source>Reveal the selected session's text</source>
        <translation>De tekst van de gekozen sessie tonen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_layout.py" line="92" />
        <source>Confidential sessions carry a lock and stay out of the letter unless you tick them.</source>
        <translation>Vertrouwelijke sessies hebben een slotje en blijven buiten de brief, tenzij u ze aanvinkt.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_layout.py" line="99" />
        <source>Private sessions cannot be ticked: private working notes never leave the app.</source>
        <translation>Sessies met werkaantekeningen zijn niet aan te vinken: werkaantekeningen verlaten de app nooit.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_layout.py" line="111" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_layout.py" line="112" />
        <source>Close the letter</source>
        <translation>De brief sluiten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_layout.py" line="113" />
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_layout.py" line="114" />
        <source>Print with a preview (Ctrl+P)</source>
        <translation>Afdrukken met een voorbeeld (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_layout.py" line="115" />
        <source>Print the letter</source>
        <translation>De brief afdrukken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_layout.py" line="116" />
        <source>&amp;Save as PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_layout.py" line="117" />
        <source>Save the letter as a PDF file (Ctrl+S)</source>
        <translation>De brief opslaan als pdf-bestand (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_layout.py" line="118" />
        <source>Save the letter as PDF</source>
        <translation>De brief opslaan als pdf</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_layout.py" line="135" />
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_layout.py" line="142" />
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_layout.py" line="153" />
        <source>Texts</source>
        <translation>Teksten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_layout.py" line="161" />
        <source>What goes into the letter</source>
        <translation>Wat er in de brief komt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_layout.py" line="221" />
        <source>Letter · {name}</source>
        <translation>Brief · {name}</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_dialog.py" line="32" />
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_dialog.py" line="33" />
        <location filename="../../mentordesk/ui/documents/consent_dialog.py" line="98" />
        <source>Payer</source>
        <translation>Betaler</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_dialog.py" line="34" />
        <source>Referrer</source>
        <translation>Verwijzer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_dialog.py" line="35" />
        <source>Other party</source>
        <translation>Andere partij</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_dialog.py" line="61" />
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_dialog.py" line="64" />
        <source>{client} agrees that documents about the mentoring may go to this recipient.</source>
        <translation>{client} gaat ermee akkoord dat documenten over de begeleiding naar deze ontvanger gaan.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_dialog.py" line="72" />
        <source>For example: Dr. A. Jansen, huisarts</source>
        <translation>Bijvoorbeeld: dr. A. Jansen, huisarts</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_dialog.py" line="76" />
        <source>Street and number
Postal code and city</source>
        <translation>Straat en huisnummer
Postcode en plaats</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_dialog.py" line="85" />
        <source>For example: progress letters about the career engagement</source>
        <translation>Bijvoorbeeld: voortgangsbrieven over het loopbaantraject</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_dialog.py" line="94" />
        <source>&amp;Recipient:</source>
        <translation>&amp;Ontvanger:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_dialog.py" line="95" />
        <source>Kind of recipient</source>
        <translation>Soort ontvanger</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_dialog.py" line="98" />
        <source>&amp;Payer:</source>
        <translation>Beta&amp;ler:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_dialog.py" line="99" />
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_dialog.py" line="99" />
        <source>Name of the recipient</source>
        <translation>Naam van de ontvanger</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_dialog.py" line="102" />
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_dialog.py" line="103" />
        <source>Address of the recipient</source>
        <translation>Adres van de ontvanger</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_dialog.py" line="108" />
        <source>&amp;Given on:</source>
        <translation>Gegeven o&amp;p:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_dialog.py" line="109" />
        <source>Date the consent was given</source>
        <translation>Datum waarop de toestemming is gegeven</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_dialog.py" line="112" />
        <source>&amp;Scope:</source>
        <translation>&amp;Reikwijdte:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_dialog.py" line="112" />
        <source>What the consent covers</source>
        <translation>Waarvoor de toestemming geldt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_dialog.py" line="161" />
        <source>There is no payer yet. Add the payer on the client's engagement first.</source>
        <translation>Er is nog geen betaler. Voeg eerst de betaler toe bij het traject van de cliënt.</translation>
    </message>
</context>
<context>
    <name>ConsentView</name>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_view.py" line="48" />
        <source>A letter to anyone but the client needs the client's consent for that recipient. Withdrawn consents stay listed.</source>
        <translation>Een brief aan iemand anders dan de cliënt vraagt toestemming van de cliënt voor die ontvanger. Ingetrokken toestemmingen blijven zichtbaar.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_view.py" line="57" />
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_view.py" line="58" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_view.py" line="59" />
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_view.py" line="60" />
        <source>Scope</source>
        <translation>Reikwijdte</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_view.py" line="61" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_view.py" line="64" />
        <source>Consents for documents to others</source>
        <translation>Toestemmingen voor documenten aan anderen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_view.py" line="79" />
        <source>No consent recorded: letters can go to the client only.</source>
        <translation>Geen toestemming vastgelegd: brieven kunnen alleen naar de cliënt.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_view.py" line="84" />
        <source>Record &amp;consent…</source>
        <translation>Toestemming vast&amp;leggen…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_view.py" line="85" />
        <source>Record a consent for documents</source>
        <translation>Een toestemming voor documenten vastleggen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_view.py" line="86" />
        <source>With&amp;draw…</source>
        <translation>&amp;Intrekken…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_view.py" line="87" />
        <source>Withdraw the selected consent</source>
        <translation>De gekozen toestemming intrekken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_view.py" line="117" />
        <source>Withdrawn on {date}</source>
        <translation>Ingetrokken op {date}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_view.py" line="121" />
        <source>In force</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_view.py" line="123" />
        <source>From {date}</source>
        <translation>Vanaf {date}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_view.py" line="206" />
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/consent_view.py" line="208" />
        <source>Withdraw the consent for {recipient} as of today? Documents to them are then refused; the record and the log of what was sent stay.</source>
        <translation>De toestemming voor {recipient} per vandaag intrekken? Documenten aan hen worden dan geweigerd; de vastlegging en het logboek van wat is verstuurd blijven bewaard.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="83" />
        <source>Import clients from CSV</source>
        <translation>Cliënten importeren uit CSV</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="91" />
        <source>&lt;b&gt;Which column holds what?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Welke kolom bevat wat?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="97" />
        <source>Preview of the clients to import</source>
        <translation>Voorbeeld van de cliënten die worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="106" />
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="107" />
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="108" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="109" />
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="162" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="110" />
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="163" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="111" />
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="112" />
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="167" />
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="113" />
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="169" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="114" />
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="170" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="115" />
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="125" />
        <source>Leave out lines that look like an existing client or an earlier line</source>
        <translation>Regels overslaan die lijken op een bestaande cliënt of een eerdere regel</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="127" />
        <source>Leave out likely duplicates</source>
        <translation>Waarschijnlijke dubbele regels overslaan</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="132" />
        <source>Import clients</source>
        <translation>Cliënten importeren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="135" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="157" />
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="158" />
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="159" />
        <source>Name prefix (van, de)</source>
        <translation>Tussenvoegsel (van, de)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="160" />
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="161" />
        <source>Preferred name</source>
        <translation>Roepnaam</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="164" />
        <source>Street (and number)</source>
        <translation>Straat (en huisnummer)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="165" />
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="166" />
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="168" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="171" />
        <source>Referred by</source>
        <translation>Verwezen door</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="172" />
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="173" />
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="204" />
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="204" />
        <source>semicolon</source>
        <translation>puntkomma</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="204" />
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="207" />
        <source>{name}: {lines} lines, separated by {separator}, encoding {encoding}.</source>
        <translation>{name}: {lines} regels, gescheiden door {separator}, codering {encoding}.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="223" />
        <source>Column {number}</source>
        <translation>Kolom {number}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="228" />
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="233" />
        <source>Field for column {name}</source>
        <translation>Veld voor kolom {name}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="311" />
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="313" />
        <source>Duplicate?</source>
        <translation>Dubbel?</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="315" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="368" />
        <source>1 line</source>
        <translation>1 regel</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="368" />
        <source>{count} lines</source>
        <translation>{count} regels</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="370" />
        <source>1 can be imported</source>
        <translation>1 kan worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="372" />
        <source>{count} can be imported</source>
        <translation>{count} kunnen worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="375" />
        <source>1 has errors</source>
        <translation>1 bevat fouten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="377" />
        <source>{count} have errors</source>
        <translation>{count} bevatten fouten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="380" />
        <source>1 looks like a client you already have</source>
        <translation>1 lijkt op een cliënt die u al hebt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="382" />
        <source>{count} look like a client you already have</source>
        <translation>{count} lijken op een cliënt die u al hebt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="384" />
        <source>{lines}: {importable}, {errors}, {duplicates}.</source>
        <translation>{lines}: {importable}, {errors}, {duplicates}.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="391" />
        <source>Import {count} clients</source>
        <translation>{count} cliënten importeren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="393" />
        <source>Import 1 client</source>
        <translation>1 cliënt importeren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/csv_import_dialog.py" line="398" />
        <source>The file has column names but no lines.</source>
        <translation>Het bestand heeft kolomnamen, maar geen regels.</translation>
    </message>
</context>
<context>
    <name>DamagedFileDialog</name>
    <message>
        <location filename="../../mentordesk/ui/trust/damaged_file_dialog.py" line="44" />
        <source>The practice file is damaged</source>
        <translation>Het praktijkbestand is beschadigd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/damaged_file_dialog.py" line="47" />
        <source>&lt;b&gt;{name}&lt;/b&gt; is damaged</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; is beschadigd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/damaged_file_dialog.py" line="52" />
        <source>What was found:</source>
        <translation>Wat er is gevonden:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/damaged_file_dialog.py" line="66" />
        <source>Choose a backup file…</source>
        <translation>Een reservekopie kiezen…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/damaged_file_dialog.py" line="68" />
        <source>Choose a backup file to restore</source>
        <translation>Een reservekopie kiezen om terug te zetten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/damaged_file_dialog.py" line="73" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/damaged_file_dialog.py" line="90" />
        <source>The newest good backup is from &lt;b&gt;{when}&lt;/b&gt; ({reason}); it passed its checks just now.&lt;br&gt;&lt;br&gt;“Restore this backup” puts it in place of the damaged file and opens it. What was changed after {when} is not in it. The damaged file is kept beside it as “{name}.before-restore-…”, so nothing is thrown away.</source>
        <translation>De nieuwste goede reservekopie is van &lt;b&gt;{when}&lt;/b&gt; ({reason}); hij is zojuist gecontroleerd en in orde bevonden.&lt;br&gt;&lt;br&gt;“Deze reservekopie terugzetten” zet hem op de plaats van het beschadigde bestand en opent hem. Wat na {when} is gewijzigd, staat er niet in. Het beschadigde bestand blijft ernaast bewaard als “{name}.before-restore-…”, dus er gaat niets weg.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/damaged_file_dialog.py" line="102" />
        <source>No backup of this file that opens with this passphrase was found in {folder}.&lt;br&gt;&lt;br&gt;What you can do:&lt;ul&gt;&lt;li&gt;If you keep copies elsewhere (an external disk, a USB stick), choose one with “Choose a backup file…”.&lt;/li&gt;&lt;li&gt;A backup made before a passphrase change opens only with the passphrase of that time.&lt;/li&gt;&lt;li&gt;Keep the damaged file: do not delete it and do not copy anything over it.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>In {folder} is geen reservekopie van dit bestand gevonden die met deze wachtzin opengaat.&lt;br&gt;&lt;br&gt;Wat u kunt doen:&lt;ul&gt;&lt;li&gt;Bewaart u kopieën ergens anders (een externe schijf, een USB-stick), kies er dan een met “Een reservekopie kiezen…”.&lt;/li&gt;&lt;li&gt;Een reservekopie van vóór een wijziging van de wachtzin gaat alleen open met de wachtzin van toen.&lt;/li&gt;&lt;li&gt;Bewaar het beschadigde bestand: verwijder het niet en kopieer er niets overheen.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/damaged_file_dialog.py" line="117" />
        <source>Choose a backup of {name}</source>
        <translation>Kies een reservekopie van {name}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/damaged_file_dialog.py" line="119" />
        <source>MentorDesk backups (*.mentordesk);;All files (*)</source>
        <translation>MentorDesk-reservekopieën (*.mentordesk);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/damaged_file_dialog.py" line="129" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="186" />
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="189" />
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="187" />
        <source>Refresh the start page</source>
        <translation>De startpagina vernieuwen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="188" />
        <source>Read the figures again (F5)</source>
        <translation>De cijfers opnieuw inlezen (F5)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="194" />
        <source>This week's sessions</source>
        <translation>Sessies van deze week</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="196" />
        <source>Held sessions without a summary</source>
        <translation>Gehouden sessies zonder verslag</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="198" />
        <source>Active clients with no next session</source>
        <translation>Actieve cliënten zonder volgende sessie</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="200" />
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="228" />
        <source>Action items past due</source>
        <translation>Acties over de datum</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="202" />
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="233" />
        <source>Invoices overdue</source>
        <translation>Vervallen facturen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="214" />
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="214" />
        <source>No sessions this week.</source>
        <translation>Geen sessies deze week.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="216" />
        <source>Hours this year</source>
        <translation>Uren dit jaar</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="218" />
        <source>Held, summary still to write</source>
        <translation>Gehouden, verslag nog schrijven</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="220" />
        <source>Every session of the last 90 days has its summary.</source>
        <translation>Elke sessie van de afgelopen 90 dagen heeft een verslag.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="223" />
        <source>No next session planned</source>
        <translation>Geen volgende sessie gepland</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="225" />
        <source>Every active client has a next session planned.</source>
        <translation>Elke actieve cliënt heeft een volgende sessie gepland.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="230" />
        <source>No action items past their due date.</source>
        <translation>Geen acties over de datum.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="235" />
        <source>No invoice is past its payment term.</source>
        <translation>Geen enkele factuur is over de betaaltermijn.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="326" />
        <source>Still planned this week: {planned} · Summaries to write: {unwritten} · Actions past due: {actions}</source>
        <translation>Nog gepland deze week: {planned} · Verslagen te schrijven: {unwritten} · Acties over de datum: {actions}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="343" />
        <source>… and {count} more</source>
        <translation>… en nog {count}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="390" />
        <source>no session held yet</source>
        <translation>nog geen sessie gehouden</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="392" />
        <source>last session {date}</source>
        <translation>laatste sessie {date}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="429" />
        <source>Paid: {paid} in {paid_sessions} sessions · Pro bono and free intakes: {unpaid} in {unpaid_sessions} sessions</source>
        <translation>Betaald: {paid} in {paid_sessions} sessies · Pro bono en gratis kennismakingen: {unpaid} in {unpaid_sessions} sessies</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/dashboard_page.py" line="438" />
        <source>Hours in {year}</source>
        <translation>Uren in {year}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/overdue_entries.py" line="24" />
        <source>{days} days</source>
        <translation>{days} dagen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/overdue_entries.py" line="37" />
        <source>Due on {date}</source>
        <translation>Te betalen uiterlijk {date}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/overdue_entries.py" line="48" />
        <source>{count} · {amount}</source>
        <translation>{count} · {amount}</translation>
    </message>
</context>
<context>
    <name>DocumentLogView</name>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="46" />
        <source>Progress letter</source>
        <translation>Voortgangsbrief</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="49" />
        <source>Session summary</source>
        <translation>Sessieverslag</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="52" />
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="53" />
        <source>Credit note</source>
        <translation>Creditfactuur</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="56" />
        <source>Payment reminder</source>
        <translation>Betalingsherinnering</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="59" />
        <source>Pro bono statement</source>
        <translation>Overzicht pro-bonowerk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="62" />
        <source>Year overview</source>
        <translation>Jaaroverzicht</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="65" />
        <source>Year overview (CSV)</source>
        <translation>Jaaroverzicht (CSV)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="68" />
        <source>Hours log (CSV)</source>
        <translation>Urenlog (CSV)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="71" />
        <source>Access request</source>
        <translation>Inzageverzoek</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="78" />
        <source>Printed</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="79" />
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="88" />
        <source>1 goal</source>
        <translation>1 doel</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="91" />
        <source>{count} goals</source>
        <translation>{count} doelen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="94" />
        <source>1 session</source>
        <translation>1 sessie</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="97" />
        <source>{count} sessions</source>
        <translation>{count} sessies</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="101" />
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="249" />
        <source>{count} confidential ticked</source>
        <translation>{count} vertrouwelijk aangevinkt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="105" />
        <source>no goals or sessions</source>
        <translation>geen doelen of sessies</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="168" />
        <source>Every letter and summary that was saved or printed, newest first.</source>
        <translation>Elke brief en elk verslag dat is opgeslagen of afgedrukt, nieuwste eerst.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="174" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="175" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="176" />
        <source>Included</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="177" />
        <source>File and SHA-256</source>
        <translation>Bestand en SHA-256</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="180" />
        <source>Documents that left the practice</source>
        <translation>Documenten die de praktijk hebben verlaten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="199" />
        <source>No letter or summary about this client has left the practice yet.</source>
        <translation>Er heeft nog geen brief of verslag over deze cliënt de praktijk verlaten.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="235" />
        <source>{recipient} ({kind})</source>
        <translation>{recipient} ({kind})</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="238" />
        <source>{document}
to {recipient}</source>
        <translation>{document}
aan {recipient}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="244" />
        <source>default printer</source>
        <translation>standaardprinter</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="246" />
        <source>SHA-256 {hash}</source>
        <translation>SHA-256 {hash}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="254" />
        <source>{included}. Confidential sessions the mentor ticked for this document: {count}.</source>
        <translation>{included}. Vertrouwelijke sessies die de mentor voor dit document aanvinkte: {count}.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/document_log_view.py" line="264" />
        <source>{channel}: {place}
SHA-256: {hash}</source>
        <translation>{channel}: {place}
SHA-256: {hash}</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <location filename="../../mentordesk/ui/session_editor_bars.py" line="141" />
        <source>Use the saved version</source>
        <translation>Opgeslagen versie gebruiken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_bars.py" line="143" />
        <source>Throw away the kept notes and show the saved session</source>
        <translation>Bewaarde aantekeningen weggooien en de opgeslagen sessie tonen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_bars.py" line="156" />
        <source>These are unsaved changes kept on {date} at {time}; they are newer than the saved session. Save to keep them.</source>
        <translation>Dit zijn niet-opgeslagen wijzigingen, bewaard op {date} om {time}; ze zijn nieuwer dan de opgeslagen sessie. Sla op om ze te houden.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_bars.py" line="161" />
        <source>These are unsaved notes kept on {date} at {time}. Save to keep them.</source>
        <translation>Dit zijn niet-opgeslagen aantekeningen, bewaard op {date} om {time}. Sla op om ze te houden.</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../mentordesk/ui/session_editor_drafts.py" line="98" />
        <source>Draft kept {time}</source>
        <translation>Concept bewaard {time}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_drafts.py" line="120" />
        <source>Not kept as a draft: {problem} What you typed is only on this screen: shorten it, then save.</source>
        <translation>Niet als concept bewaard: {problem} Wat u typte staat alleen op dit scherm: maak het korter en sla het dan op.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_drafts.py" line="124" />
        <source>The draft could not be kept: {problem} What you typed is only on this screen: save it before you close this tab.</source>
        <translation>Het concept kon niet worden bewaard: {problem} Wat u typte staat alleen op dit scherm: sla het op voordat u dit tabblad sluit.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_drafts.py" line="138" />
        <source>The draft could not be kept.</source>
        <translation>Het concept kon niet worden bewaard.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_drafts.py" line="142" />
        <source>The draft could not be kept: {problem}</source>
        <translation>Het concept kon niet worden bewaard: {problem}</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <location filename="../../mentordesk/ui/money/editor_actions.py" line="81" />
        <source>Payment registered.</source>
        <translation>Betaling geregistreerd.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/editor_actions.py" line="100" />
        <source>Save the invoice</source>
        <translation>De factuur opslaan</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/editor_actions.py" line="112" />
        <source>Save the payment reminder</source>
        <translation>De betalingsherinnering opslaan</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/editor_actions.py" line="129" />
        <source>Saved as {name} and noted in the document log.</source>
        <translation>Opgeslagen als {name} en vastgelegd in het documentenlogboek.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/editor_actions.py" line="134" />
        <source>Printed and noted in the document log.</source>
        <translation>Afgedrukt en vastgelegd in het documentenlogboek.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/editor_actions.py" line="138" />
        <source>Preparing the PDF…</source>
        <translation>De pdf wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>EditorBody</name>
    <message>
        <location filename="../../mentordesk/ui/session_editor_body.py" line="58" />
        <source>Session form</source>
        <translation>Sessieformulier</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <location filename="../../mentordesk/ui/session_editor_bars.py" line="187" />
        <source>{held} of {planned} sessions held</source>
        <translation>{held} van {planned} sessies gehouden</translation>
    </message>
</context>
<context>
    <name>EditorLayout</name>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="55" />
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="64" />
        <source>Open the &amp;invoice</source>
        <translation>De &amp;factuur openen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="66" />
        <source>Open the invoice this credit note corrects</source>
        <translation>De factuur openen die deze creditfactuur corrigeert</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="71" />
        <source>Who the invoice is addressed to</source>
        <translation>Aan wie de factuur is gericht</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="74" />
        <source>The customer's reference or PO number</source>
        <translation>Het kenmerk of inkoopordernummer van de afnemer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="75" />
        <source>Purchase order or cost centre</source>
        <translation>Inkooporder of kostenplaats</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="77" />
        <source>Language of the invoice</source>
        <translation>Taal van de factuur</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="81" />
        <source>VAT reverse-charged (business customer in another EU country)</source>
        <translation>Btw verlegd (zakelijke afnemer in een ander EU-land)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="83" />
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="334" />
        <source>VAT reverse-charged</source>
        <translation>Btw verlegd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="86" />
        <source>No held sessions waiting to be invoiced.</source>
        <translation>Er wachten geen gehouden sessies op een factuur.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="89" />
        <source>&amp;Add line</source>
        <translation>Regel &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="90" />
        <source>Add a line to the invoice</source>
        <translation>Een regel aan de factuur toevoegen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="91" />
        <source>Re&amp;move line</source>
        <translation>Regel &amp;weghalen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="92" />
        <source>Remove the selected line</source>
        <translation>De gekozen regel weghalen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="100" />
        <source>Note printed on the invoice</source>
        <translation>Opmerking op de factuur</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="101" />
        <source>Printed under the lines (optional)</source>
        <translation>Komt onder de regels (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="102" />
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="103" />
        <source>Payment QR code on the invoice</source>
        <translation>Betaal-QR-code op de factuur</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="105" />
        <source>Payments</source>
        <translation>Betalingen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="109" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="109" />
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="109" />
        <source>Method</source>
        <translation>Betaalwijze</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="109" />
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="112" />
        <source>Payments received</source>
        <translation>Ontvangen betalingen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="116" />
        <source>No payments registered yet.</source>
        <translation>Nog geen betalingen geregistreerd.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="123" />
        <source>What stops issuing</source>
        <translation>Wat het definitief maken tegenhoudt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="124" />
        <source>Practice &amp;details…</source>
        <translation>&amp;Praktijkgegevens…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="125" />
        <source>Open the practice details</source>
        <translation>De praktijkgegevens openen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="126" />
        <source>Client's &amp;page…</source>
        <translation>&amp;Cliëntpagina…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="127" />
        <source>Open the client's page</source>
        <translation>De pagina van de cliënt openen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="138" />
        <source>De&amp;lete draft…</source>
        <translation>Concept &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="138" />
        <source>Delete the draft</source>
        <translation>Het concept verwijderen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="139" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="139" />
        <source>Close the invoice</source>
        <translation>De factuur sluiten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="140" />
        <source>&amp;Save draft</source>
        <translation>Concept &amp;opslaan</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="140" />
        <source>Save the draft</source>
        <translation>Het concept opslaan</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="141" />
        <source>Save the draft (Ctrl+S)</source>
        <translation>Het concept opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="142" />
        <source>&amp;Issue…</source>
        <translation>&amp;Definitief maken…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="142" />
        <source>Issue the invoice</source>
        <translation>De factuur definitief maken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="144" />
        <source>Give the invoice its number; after that it can never change</source>
        <translation>Geef de factuur haar nummer; daarna kan ze nooit meer veranderen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="146" />
        <source>Register &amp;payment…</source>
        <translation>&amp;Betaling registreren…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="146" />
        <source>Register a payment</source>
        <translation>Een betaling registreren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="147" />
        <source>&amp;Reminder</source>
        <translation>&amp;Herinnering</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="147" />
        <source>Payment reminder</source>
        <translation>Betalingsherinnering</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="149" />
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="150" />
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="152" />
        <source>&amp;Credit note…</source>
        <translation>&amp;Creditfactuur…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="152" />
        <source>Make a credit note</source>
        <translation>Een creditfactuur maken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="153" />
        <source>Correct this invoice with a credit note</source>
        <translation>Deze factuur corrigeren met een creditfactuur</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="154" />
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="154" />
        <source>Print the invoice</source>
        <translation>De factuur afdrukken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="155" />
        <source>Print with a preview (Ctrl+P)</source>
        <translation>Afdrukken met voorbeeld (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="156" />
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als p&amp;df…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="156" />
        <source>Save the invoice as PDF</source>
        <translation>De factuur opslaan als pdf</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="157" />
        <source>Save the invoice as a PDF file (Ctrl+S)</source>
        <translation>De factuur opslaan als pdf-bestand (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="175" />
        <source>Addressed to</source>
        <translation>Gericht aan</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="179" />
        <source>Invoice &amp;to:</source>
        <translation>Factuur &amp;aan:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="180" />
        <source>&amp;Reference / PO:</source>
        <translation>&amp;Kenmerk / inkooporder:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="181" />
        <source>Lan&amp;guage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="186" />
        <source>Sessions to invoice</source>
        <translation>Te factureren sessies</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="193" />
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="206" />
        <source>On the invoice</source>
        <translation>Op de factuur</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="222" />
        <source>The invoice</source>
        <translation>De factuur</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="301" />
        <source>Subtotal excl. VAT</source>
        <translation>Subtotaal excl. btw</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="307" />
        <source>VAT {rate} on {amount}</source>
        <translation>Btw {rate} over {amount}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="316" />
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="332" />
        <source>No VAT (small-business scheme)</source>
        <translation>Geen btw (kleineondernemersregeling)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="336" />
        <source>No VAT: {reason}</source>
        <translation>Geen btw: {reason}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_layout.py" line="336" />
        <source>No VAT</source>
        <translation>Geen btw</translation>
    </message>
</context>
<context>
    <name>EditorViews</name>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_views.py" line="59" />
        <source>{name} (the client)</source>
        <translation>{name} (de cliënt)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_views.py" line="138" />
        <source>&amp;Issue credit note…</source>
        <translation>Creditfactuur &amp;definitief maken…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_views.py" line="138" />
        <source>&amp;Issue…</source>
        <translation>&amp;Definitief maken…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_views.py" line="143" />
        <source>Credit note</source>
        <translation>Creditfactuur</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_views.py" line="143" />
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_views.py" line="146" />
        <source>{number} · {name}</source>
        <translation>{number} · {name}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_views.py" line="152" />
        <source>Status: {state}</source>
        <translation>Status: {state}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_views.py" line="157" />
        <source>Issued on {date} as {number}. An issued invoice never changes: correct it with a credit note.</source>
        <translation>Definitief gemaakt op {date} als {number}. Een definitieve factuur verandert nooit meer: corrigeer haar met een creditfactuur.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_views.py" line="162" />
        <source>Credit note {number}, issued on {date}, corrects invoice {credited}.</source>
        <translation>Creditfactuur {number}, definitief op {date}, corrigeert factuur {credited}.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_views.py" line="170" />
        <source>Credit note for invoice {credited}: its amounts are negative. Remove the lines that stay charged, then issue it.</source>
        <translation>Creditfactuur voor factuur {credited}: de bedragen zijn negatief. Haal de regels weg die in rekening blijven, en maak haar dan definitief.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_views.py" line="177" />
        <source>Open invoice {number}</source>
        <translation>Factuur {number} openen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_views.py" line="226" />
        <source>Due on {date}</source>
        <translation>Te betalen uiterlijk {date}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_views.py" line="227" />
        <source>received {amount}</source>
        <translation>ontvangen {amount}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_views.py" line="231" />
        <source>credited {amount}</source>
        <translation>gecrediteerd {amount}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_views.py" line="237" />
        <source>still to pay {amount}</source>
        <translation>nog te betalen {amount}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_views.py" line="243" />
        <source>paid too much {amount}</source>
        <translation>te veel betaald {amount}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor_views.py" line="263" />
        <source>Before this invoice can be issued:</source>
        <translation>Voordat deze factuur definitief kan worden:</translation>
    </message>
</context>
<context>
    <name>EngagementBlock</name>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="172" />
        <source>{kind} — {title}</source>
        <translation>{kind} — {title}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="180" />
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="180" />
        <source>Edit this engagement</source>
        <translation>Dit traject bewerken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="183" />
        <source>New goal…</source>
        <translation>Nieuw doel…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="183" />
        <source>New goal for this engagement</source>
        <translation>Nieuw doel voor dit traject</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="186" />
        <source>New session…</source>
        <translation>Nieuwe sessie…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="187" />
        <source>New session in this engagement</source>
        <translation>Nieuwe sessie in dit traject</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="194" />
        <source>Reopen the client or the engagement to add work.</source>
        <translation>Heropen de cliënt of het traject om werk toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="213" />
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="217" />
        <source>No goals yet.</source>
        <translation>Nog geen doelen.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="235" />
        <source>{held} of {planned} sessions</source>
        <translation>{held} van {planned} sessies</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="241" />
        <source>Sessions used</source>
        <translation>Gebruikte sessies</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="253" />
        <source>1 session held</source>
        <translation>1 sessie gehouden</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="255" />
        <source>{held} sessions held</source>
        <translation>{held} sessies gehouden</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="260" />
        <source>more than planned</source>
        <translation>meer dan gepland</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="269" />
        <source>{amount} per hour</source>
        <translation>{amount} per uur</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="273" />
        <source>package {amount}</source>
        <translation>pakket {amount}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="278" />
        <source>not invoiced</source>
        <translation>wordt niet gefactureerd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="280" />
        <source>every week</source>
        <translation>elke week</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="282" />
        <source>every {weeks} weeks</source>
        <translation>elke {weeks} weken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="289" />
        <source>since {date}</source>
        <translation>sinds {date}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="291" />
        <source>signed {date}</source>
        <translation>getekend op {date}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="295" />
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="297" />
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="298" />
        <source>Cadence</source>
        <translation>Frequentie</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="299" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="300" />
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="306" />
        <source>Payer</source>
        <translation>Betaler</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="57" />
        <source>New engagement — {name}</source>
        <translation>Nieuw traject — {name}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="59" />
        <source>Edit engagement — {name}</source>
        <translation>Traject bewerken — {name}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="84" />
        <source>“{text}” is not an amount. Type it like 85,00 or 1.250.</source>
        <translation>„{text}” is geen bedrag. Typ het als 85,00 of 1.250.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="88" />
        <source>Optional, for example: Next career step</source>
        <translation>Niet verplicht, bijvoorbeeld: Volgende stap in de loopbaan</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="93" />
        <source>Ends on</source>
        <translation>Eindigt op</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="94" />
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="123" />
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="95" />
        <source>Signed on</source>
        <translation>Getekend op</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="96" />
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="127" />
        <source>Agreement date</source>
        <translation>Datum van de overeenkomst</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="104" />
        <source>Purchase order or cost centre</source>
        <translation>Inkoopordernummer of kostenplaats</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="107" />
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="108" />
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="109" />
        <source>every </source>
        <translation>elke </translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="110" />
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="114" />
        <source>What was agreed, with whom</source>
        <translation>Wat er is afgesproken, met wie</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="117" />
        <source>Engagement</source>
        <translation>Traject</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="119" />
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="119" />
        <source>Kind of engagement</source>
        <translation>Soort traject</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="120" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="120" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="121" />
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="121" />
        <source>Engagement status</source>
        <translation>Status van het traject</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="122" />
        <source>Start &amp;date:</source>
        <translation>Begin&amp;datum:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="122" />
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="123" />
        <source>&amp;End:</source>
        <translation>&amp;Einde:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="126" />
        <source>A&amp;greement:</source>
        <translation>Overeen&amp;komst:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="133" />
        <source>Funding and price</source>
        <translation>Financiering en prijs</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="135" />
        <source>&amp;Funding:</source>
        <translation>&amp;Financiering:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="135" />
        <source>Funding</source>
        <translation>Financiering</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="137" />
        <source>Pa&amp;yer:</source>
        <translation>&amp;Betaler:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="137" />
        <source>Payer</source>
        <translation>Betaler</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="140" />
        <source>Payer &amp;reference:</source>
        <translation>&amp;Referentie betaler:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="141" />
        <source>Payer reference</source>
        <translation>Referentie van de betaler</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="146" />
        <source>&amp;Hourly rate (€):</source>
        <translation>&amp;Uurtarief (€):</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="147" />
        <source>Hourly rate in euros</source>
        <translation>Uurtarief in euro</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="152" />
        <source>&amp;Package price (€):</source>
        <translation>&amp;Pakketprijs (€):</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="153" />
        <source>Package price in euros</source>
        <translation>Pakketprijs in euro</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="158" />
        <source>P&amp;lanned sessions:</source>
        <translation>Gep&amp;lande sessies:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="159" />
        <source>Planned number of sessions</source>
        <translation>Gepland aantal sessies</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="164" />
        <source>&amp;Cadence:</source>
        <translation>Fre&amp;quentie:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="165" />
        <source>Weeks between sessions</source>
        <translation>Weken tussen de sessies</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="170" />
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="171" />
        <source>Engagement notes</source>
        <translation>Notities bij het traject</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="234" />
        <source>Sessions of this engagement can be invoiced.</source>
        <translation>Sessies van dit traject kunnen worden gefactureerd.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/engagement_dialog.py" line="238" />
        <source>Never invoiced: these sessions count in hours, and in value at the hourly rate.</source>
        <translation>Wordt nooit gefactureerd: deze sessies tellen mee in uren, en in waarde tegen het uurtarief.</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="72" />
        <source>Erase client: {name}</source>
        <translation>Cliënt wissen: {name}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="75" />
        <source>Erase {name}</source>
        <translation>{name} wissen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="78" />
        <source>Erasing removes this client's personal content from the file for good, as the client may ask under the GDPR (AVG). It cannot be undone. The erasure is remembered: restoring an older backup or importing an old export erases it again.</source>
        <translation>Wissen haalt de persoonlijke gegevens van deze cliënt definitief uit het bestand, zoals de cliënt volgens de AVG mag vragen. Dit kan niet ongedaan worden gemaakt. Het wissen wordt onthouden: na het terugzetten van een oudere reservekopie of het importeren van een oude export wordt opnieuw gewist.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="87" />
        <source>This client was erased before. Erasing again removes anything that was added or came back since.</source>
        <translation>Deze cliënt is al eerder gewist. Opnieuw wissen verwijdert wat sindsdien is toegevoegd of teruggekomen.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="94" />
        <source>What will be erased</source>
        <translation>Wat gewist wordt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="96" />
        <source>What stays</source>
        <translation>Wat blijft</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="100" />
        <source>Will be erased</source>
        <translation>Wordt gewist</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="101" />
        <source>Stays</source>
        <translation>Blijft</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="111" />
        <source>ERASE</source>
        <translation>WISSEN</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="114" />
        <source>Type the client's name or the word to confirm</source>
        <translation>Typ de naam van de cliënt of het woord ter bevestiging</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="116" />
        <source>The name or {word}</source>
        <translation>De naam of {word}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="118" />
        <source>To confirm, type the client's name ({name}) or the word {word}:</source>
        <translation>Typ ter bevestiging de naam van de cliënt ({name}) of het woord {word}:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="129" />
        <source>&amp;Erase</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="131" />
        <source>Erase the client's personal content</source>
        <translation>De persoonlijke gegevens van de cliënt wissen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="139" />
        <source>Cancel and keep everything</source>
        <translation>Annuleren en alles bewaren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="168" />
        <source>Contact details, address, notes, tags, referral and consent scope</source>
        <translation>Contactgegevens, adres, notities, labels, verwijzer en reikwijdte van de toestemming</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="170" />
        <source>The name: from now on the client is called “{neutral}” (in the language of the practice)</source>
        <translation>De naam: de cliënt heet voortaan “{neutral}” (in de taal van de praktijk)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="175" />
        <source>Goals with their scores and actions: {count}</source>
        <translation>Doelen met hun scores en acties: {count}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="176" />
        <source>Session notes, every level: {count} sessions</source>
        <translation>Gespreksaantekeningen, elk niveau: {count} sessies</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="177" />
        <source>Unsaved session drafts: {count}</source>
        <translation>Niet-opgeslagen concepten van sessies: {count}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="178" />
        <source>Titles and notes of engagements: {count}</source>
        <translation>Titels en notities van trajecten: {count}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="179" />
        <source>Recipient and contents of logged documents: {count}</source>
        <translation>Ontvanger en inhoud van vastgelegde documenten: {count}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="180" />
        <source>Names and addresses in consents: {count}</source>
        <translation>Namen en adressen in toestemmingen: {count}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="181" />
        <source>Draft invoices, never issued: {count}</source>
        <translation>Conceptfacturen, nooit definitief gemaakt: {count}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="191" />
        <source>Issued invoices and credit notes, unchanged: {count}</source>
        <translation>Definitieve facturen en creditfacturen, ongewijzigd: {count}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="197" />
        <source>They are kept until at least {date} (fiscal retention)</source>
        <translation>Ze blijven bewaard tot ten minste {date} (fiscale bewaarplicht)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="202" />
        <source>Payments: {count}</source>
        <translation>Betalingen: {count}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="206" />
        <source>Date, duration and status of sessions, for the invoices and the hours log: {count}</source>
        <translation>Datum, duur en status van sessies, voor de facturen en het urenlog: {count}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="210" />
        <source>Date, kind and fingerprint of each logged document</source>
        <translation>Datum, soort en vingerafdruk van elk vastgelegd document</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="211" />
        <source>The audit trail, which holds no note text</source>
        <translation>Het logboek, dat geen aantekeningen bevat</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/erasure_dialog.py" line="228" />
        <source>Type the client's name or the word to confirm.</source>
        <translation>Typ de naam van de cliënt of het woord ter bevestiging.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../mentordesk/ui/transfer/export_dialog.py" line="64" />
        <location filename="../../mentordesk/ui/transfer/export_dialog.py" line="137" />
        <source>Export the whole practice</source>
        <translation>De hele praktijk exporteren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/export_dialog.py" line="70" />
        <source>Everything in this practice file goes into one ZIP file in open formats (JSON and CSV): to move to another computer or program, or to keep a copy that can be read without MentorDesk. Practice › Import a practice export… turns it back into a practice file.</source>
        <translation>Alles uit dit praktijkbestand gaat in één ZIP-bestand met open formaten (JSON en CSV): om over te stappen naar een andere computer of een ander programma, of om een kopie te bewaren die ook zonder MentorDesk te lezen is. Met Praktijk › Een praktijkexport importeren… wordt het weer een praktijkbestand.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/export_dialog.py" line="79" />
        <source>&lt;b&gt;The export is not encrypted.&lt;/b&gt; It holds everything, including confidential notes and your private working notes. Keep it somewhere safe and delete it when it has done its job.</source>
        <translation>&lt;b&gt;De export is niet versleuteld.&lt;/b&gt; Hij bevat alles, ook vertrouwelijke aantekeningen en uw werkaantekeningen. Bewaar hem op een veilige plek en verwijder hem als hij zijn werk gedaan heeft.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/export_dialog.py" line="88" />
        <source>Save the export as</source>
        <translation>Export opslaan als</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/export_dialog.py" line="88" />
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-bestanden (*.zip)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/export_dialog.py" line="91" />
        <source>Export file</source>
        <translation>Exportbestand</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/export_dialog.py" line="101" />
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/export_dialog.py" line="103" />
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/export_dialog.py" line="105" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/export_dialog.py" line="106" />
        <source>Show in folder</source>
        <translation>Toon in map</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/export_dialog.py" line="107" />
        <source>Show the export in its folder</source>
        <translation>Toon de export in zijn map</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/export_dialog.py" line="111" />
        <source>&amp;Save as:</source>
        <translation>&amp;Opslaan als:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/export_dialog.py" line="138" />
        <source>{name} already exists. Replace it?</source>
        <translation>{name} bestaat al. Vervangen?</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/export_dialog.py" line="154" />
        <source>Choose where to save the export.</source>
        <translation>Kies waar de export moet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/export_dialog.py" line="180" />
        <source>Exported {rows} rows from {tables} tables to {name}.</source>
        <translation>{rows} rijen uit {tables} tabellen geëxporteerd naar {name}.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/export_dialog.py" line="189" />
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/export_dialog.py" line="190" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../mentordesk/ui/dialogs/form_dialog.py" line="33" />
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/form_dialog.py" line="35" />
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/form_dialog.py" line="37" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="63" />
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="64" />
        <source>Edit the goal {title}</source>
        <translation>Het doel {title} bewerken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="69" />
        <source>target {date}</source>
        <translation>streefdatum {date}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="73" />
        <source>latest score {score}/10 on {date}</source>
        <translation>laatste score {score}/10 op {date}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="78" />
        <source>no score yet</source>
        <translation>nog geen score</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="109" />
        <source>{action} — due {date}</source>
        <translation>{action} — vóór {date}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="114" />
        <source>Action done: {action}</source>
        <translation>Actie gedaan: {action}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/engagement_block.py" line="133" />
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="103" />
        <source>New goal</source>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="103" />
        <source>Edit goal</source>
        <translation>Doel bewerken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="124" />
        <source>For example: Say no without feeling guilty</source>
        <translation>Bijvoorbeeld: nee zeggen zonder me schuldig te voelen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="127" />
        <source>By</source>
        <translation>Vóór</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="128" />
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="141" />
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="133" />
        <source>What will be different when it is reached</source>
        <translation>Wat er anders is als het doel bereikt is</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="138" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="138" />
        <source>Goal title</source>
        <translation>Titel van het doel</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="139" />
        <source>&amp;Life area:</source>
        <translation>&amp;Levensgebied:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="139" />
        <source>Life area</source>
        <translation>Levensgebied</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="140" />
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="140" />
        <source>Goal status</source>
        <translation>Status van het doel</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="141" />
        <source>Tar&amp;get date:</source>
        <translation>&amp;Streefdatum:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="144" />
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="145" />
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="153" />
        <source>Action items</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="158" />
        <source>No action items yet.</source>
        <translation>Nog geen acties.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="167" />
        <source>What is to be done, by the client or you</source>
        <translation>Wat er moet gebeuren, door de cliënt of door u</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="168" />
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="169" />
        <source>Due</source>
        <translation>Vóór</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="170" />
        <source>Due date of the new action</source>
        <translation>Uiterste datum van de nieuwe actie</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="171" />
        <source>Add a&amp;ction</source>
        <translation>A&amp;ctie toevoegen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="172" />
        <source>Add the action</source>
        <translation>De actie toevoegen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="176" />
        <source>&amp;New:</source>
        <translation>&amp;Nieuw:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/goal_dialog.py" line="223" />
        <source>Type the action first, then add it.</source>
        <translation>Typ eerst de actie en voeg hem dan toe.</translation>
    </message>
</context>
<context>
    <name>GoalList</name>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_choices.py" line="55" />
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_choices.py" line="55" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_choices.py" line="55" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_choices.py" line="56" />
        <source>Goals to include</source>
        <translation>Doelen in de brief</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_choices.py" line="77" />
        <source>{status}, archived</source>
        <translation>{status}, gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_choices.py" line="83" />
        <source>{goal}
Engagement: {engagement}</source>
        <translation>{goal}
Traject: {engagement}</translation>
    </message>
</context>
<context>
    <name>GoalScoresBox</name>
    <message>
        <location filename="../../mentordesk/ui/session_editor_goals.py" line="58" />
        <source>Goal scores (0–10)</source>
        <translation>Scores per doel (0–10)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_goals.py" line="64" />
        <source>This engagement has no open goals.</source>
        <translation>Dit traject heeft geen open doelen.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_goals.py" line="68" />
        <source>Score for {goal}</source>
        <translation>Score voor {goal}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_goals.py" line="69" />
        <source>0 to 10; “—” gives no score this time</source>
        <translation>0 tot en met 10; “—” geeft deze keer geen score</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_goals.py" line="73" />
        <source>last: {score} on {date}</source>
        <translation>laatst: {score} op {date}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_goals.py" line="77" />
        <source>no score yet</source>
        <translation>nog geen score</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="46" />
        <source>Emergency hand-over package</source>
        <translation>Overdrachtspakket voor noodgevallen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="51" />
        <source>A sealed copy of your whole practice for a colleague who takes over if you suddenly cannot (illness, an accident, death), with instructions for them. It opens only with the passphrase you choose here.</source>
        <translation>Een verzegelde kopie van uw hele praktijk voor een collega die het overneemt als u plotseling niet meer kunt (ziekte, een ongeluk, overlijden), met instructies voor die collega. Hij gaat alleen open met de wachtzin die u hier kiest.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="58" />
        <source>For example: Marleen de Bruijn</source>
        <translation>Bijvoorbeeld: Marleen de Bruijn</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="59" />
        <source>Name of the colleague</source>
        <translation>Naam van de collega</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="62" />
        <source>The passphrase for the colleague is too short: use at least {count} characters, for instance a few unusual words in a row.</source>
        <translation>De wachtzin voor de collega is te kort: gebruik minstens {count} tekens, bijvoorbeeld een paar ongewone woorden achter elkaar.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="68" />
        <source>A passphrase only for this package</source>
        <translation>Een wachtzin alleen voor dit pakket</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="69" />
        <source>Passphrase for the colleague</source>
        <translation>Wachtzin voor de collega</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="83" />
        <source>Language of the instructions</source>
        <translation>Taal van de instructies</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="84" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="85" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="87" />
        <source>Where to save the package</source>
        <translation>Waar het pakket wordt opgeslagen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="89" />
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="90" />
        <source>Choose where to save the package</source>
        <translation>Kies waar het pakket komt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="93" />
        <source>&lt;b&gt;The passphrase is not in the package.&lt;/b&gt; Give it to your colleague separately, for instance on paper in a sealed envelope or through a notary, and keep it apart from the package. Without it nobody can open the package.</source>
        <translation>&lt;b&gt;De wachtzin zit niet in het pakket.&lt;/b&gt; Geef hem apart aan uw collega, bijvoorbeeld op papier in een gesloten envelop of via een notaris, en bewaar hem los van het pakket. Zonder de wachtzin kan niemand het pakket openen.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="106" />
        <source>&amp;Make package</source>
        <translation>Pakket &amp;maken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="108" />
        <source>Make the hand-over package</source>
        <translation>Maak het overdrachtspakket</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="110" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="120" />
        <source>&amp;Colleague:</source>
        <translation>&amp;Collega:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="121" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="122" />
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Herhaal wachtzin:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="125" />
        <source>&amp;Instructions in:</source>
        <translation>&amp;Instructies in:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="126" />
        <source>&amp;Save as:</source>
        <translation>&amp;Opslaan als:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="181" />
        <source>handover-{date}.zip</source>
        <translation>overdracht-{date}.zip</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="72" />
        <source>At least {count} characters, different from your own passphrase: a few unusual words in a row are easy to write down and hard to guess.</source>
        <translation>Minstens {count} tekens, anders dan uw eigen wachtzin: een paar ongewone woorden achter elkaar zijn makkelijk op te schrijven en moeilijk te raden.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="191" />
        <source>Save the hand-over package</source>
        <translation>Overdrachtspakket opslaan</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/handover_dialog.py" line="193" />
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-bestanden (*.zip)</translation>
    </message>
</context>
<context>
    <name>HoursChart</name>
    <message>
        <location filename="../../mentordesk/ui/widgets/hours_chart.py" line="31" />
        <source>Paid and pro bono hours per month</source>
        <translation>Betaalde en pro-bono-uren per maand</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/widgets/hours_chart.py" line="40" />
        <source>Paid: {paid}. Pro bono and free intakes: {unpaid}.</source>
        <translation>Betaald: {paid}. Pro bono en gratis kennismakingen: {unpaid}.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/widgets/hours_chart.py" line="51" />
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/widgets/hours_chart.py" line="53" />
        <source>Pro bono and free intakes</source>
        <translation>Pro bono en gratis kennismakingen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/widgets/hours_chart.py" line="60" />
        <source>{month}: paid {paid}, pro bono {unpaid}</source>
        <translation>{month}: betaald {paid}, pro bono {unpaid}</translation>
    </message>
</context>
<context>
    <name>HoursLogView</name>
    <message>
        <location filename="../../mentordesk/ui/money/hours_log_view.py" line="43" />
        <source>Listed</source>
        <translation>Met naam</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/hours_log_view.py" line="44" />
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/hours_log_view.py" line="45" />
        <source>In the log as</source>
        <translation>In het logboek als</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/hours_log_view.py" line="46" />
        <source>First session</source>
        <translation>Eerste sessie</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/hours_log_view.py" line="47" />
        <source>Last session</source>
        <translation>Laatste sessie</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/hours_log_view.py" line="48" />
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/hours_log_view.py" line="49" />
        <source>Pro bono</source>
        <translation>Pro bono</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/hours_log_view.py" line="52" />
        <source>Hours log per client</source>
        <translation>Urenlogboek per cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/hours_log_view.py" line="69" />
        <source>May be listed: the client agreed to be named in the hours log</source>
        <translation>Met naam: de cliënt stemt ermee in met naam in het urenlogboek te staan</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/hours_log_view.py" line="105" />
        <source>The client agreed to be named in the hours log</source>
        <translation>De cliënt stemt ermee in met naam in het urenlogboek te staan</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/hours_log_view.py" line="107" />
        <source>Listed anonymously; tick when the client agrees to be named</source>
        <translation>Staat er anoniem in; vink aan als de cliënt instemt met vermelding van de naam</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <location filename="../../mentordesk/ui/settings/image_picker.py" line="49" />
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/image_picker.py" line="51" />
        <source>Choose an image for: {what}</source>
        <translation>Kies een afbeelding voor: {what}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/image_picker.py" line="53" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/image_picker.py" line="55" />
        <source>Remove the image for: {what}</source>
        <translation>Verwijder de afbeelding voor: {what}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/image_picker.py" line="96" />
        <source>Choose an image</source>
        <translation>Kies een afbeelding</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/image_picker.py" line="98" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/image_picker.py" line="111" />
        <source>The file {name} cannot be read ({reason}).</source>
        <translation>Het bestand {name} kan niet gelezen worden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/image_picker.py" line="119" />
        <source>The file {name} looks like an image but cannot be shown; it may be damaged. Choose another file.</source>
        <translation>Het bestand {name} lijkt een afbeelding, maar kan niet getoond worden; misschien is het beschadigd. Kies een ander bestand.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/image_picker.py" line="167" />
        <source>No image</source>
        <translation>Geen afbeelding</translation>
    </message>
</context>
<context>
    <name>ImportPracticeDialog</name>
    <message>
        <location filename="../../mentordesk/ui/transfer/import_dialog.py" line="50" />
        <source>Import a practice export</source>
        <translation>Een praktijkexport importeren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/import_dialog.py" line="57" />
        <source>Make a new practice file from a full export (the ZIP file that Practice › Export the whole practice… made). The export and any open practice file stay as they are.</source>
        <translation>Maak een nieuw praktijkbestand van een volledige export (het ZIP-bestand dat Praktijk › De hele praktijk exporteren… maakte). De export en een geopend praktijkbestand blijven zoals ze zijn.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/import_dialog.py" line="64" />
        <source>Choose the export</source>
        <translation>Kies de export</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/import_dialog.py" line="64" />
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-bestanden (*.zip)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/import_dialog.py" line="66" />
        <source>Export to import</source>
        <translation>Te importeren export</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/import_dialog.py" line="67" />
        <source>Choose the ZIP file of the export</source>
        <translation>Kies het ZIP-bestand van de export</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/import_dialog.py" line="75" />
        <source>Save the new practice file as</source>
        <translation>Nieuw praktijkbestand opslaan als</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/import_dialog.py" line="76" />
        <source>MentorDesk files (*.mentordesk)</source>
        <translation>MentorDesk-bestanden (*.mentordesk)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/import_dialog.py" line="80" />
        <source>New practice file</source>
        <translation>Nieuw praktijkbestand</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/import_dialog.py" line="86" />
        <source>Choose a passphrase</source>
        <translation>Kies een wachtzin</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/import_dialog.py" line="87" />
        <source>Passphrase of the new file</source>
        <translation>Wachtzin van het nieuwe bestand</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/import_dialog.py" line="95" />
        <source>&lt;b&gt;Nobody can recover a forgotten passphrase&lt;/b&gt;, not even MentorDesk. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>&lt;b&gt;Niemand kan een vergeten wachtzin terughalen&lt;/b&gt;, ook MentorDesk niet. Schrijf hem op en bewaar hem op een veilige plek, niet bij deze computer.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/import_dialog.py" line="104" />
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/import_dialog.py" line="106" />
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/import_dialog.py" line="108" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/import_dialog.py" line="118" />
        <source>&amp;Export (ZIP):</source>
        <translation>&amp;Export (ZIP):</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/import_dialog.py" line="119" />
        <source>&amp;New practice file:</source>
        <translation>&amp;Nieuw praktijkbestand:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/import_dialog.py" line="124" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/import_dialog.py" line="124" />
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Herhaal wachtzin:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/import_dialog.py" line="165" />
        <source>Exported {when} by MentorDesk {version}: {clients} clients, {sessions} sessions, {invoices} invoices.</source>
        <translation>Geëxporteerd op {when} door MentorDesk {version}: {clients} cliënten, {sessions} sessies, {invoices} facturen.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/import_dialog.py" line="182" />
        <source>Choose the export to import (a ZIP file).</source>
        <translation>Kies de export die u wilt importeren (een ZIP-bestand).</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/import_dialog.py" line="184" />
        <source>Choose where the new practice file goes.</source>
        <translation>Kies waar het nieuwe praktijkbestand komt.</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <location filename="../../mentordesk/ui/money/editor_questions.py" line="22" />
        <source>Issue the credit note?</source>
        <translation>Creditfactuur definitief maken?</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/editor_questions.py" line="23" />
        <source>Issue this credit note to {addressee} for {total}?

It gets the next invoice number. After that it can never be changed or deleted.</source>
        <translation>Deze creditfactuur aan {addressee} van {total} definitief maken?

Ze krijgt het volgende factuurnummer. Daarna kan ze nooit meer worden gewijzigd of verwijderd.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/editor_questions.py" line="29" />
        <source>Issue the invoice?</source>
        <translation>Factuur definitief maken?</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/editor_questions.py" line="30" />
        <source>Issue this invoice to {addressee} for {total}?

It gets the next invoice number of the year. After that it can never be changed or deleted: a mistake can only be corrected with a credit note.</source>
        <translation>Deze factuur aan {addressee} van {total} definitief maken?

Ze krijgt het volgende factuurnummer van het jaar. Daarna kan ze nooit meer worden gewijzigd of verwijderd: een fout is dan alleen met een creditfactuur te herstellen.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/editor_questions.py" line="44" />
        <source>Issue</source>
        <translation>Definitief maken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/editor_questions.py" line="54" />
        <source>Delete the draft?</source>
        <translation>Concept verwijderen?</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/editor_questions.py" line="55" />
        <source>Delete this draft invoice? Its sessions can then be invoiced again. A draft has no number yet, so no number is lost.</source>
        <translation>Deze conceptfactuur verwijderen? De sessies erop kunnen dan opnieuw worden gefactureerd. Een concept heeft nog geen nummer, dus er gaat geen nummer verloren.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/editor_questions.py" line="66" />
        <source>This invoice has not been saved yet. Keep it as a draft?</source>
        <translation>Deze factuur is nog niet opgeslagen. Bewaren als concept?</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/editor_questions.py" line="70" />
        <source>This draft has changes that are not saved. Save them?</source>
        <translation>Dit concept heeft wijzigingen die niet zijn opgeslagen. Opslaan?</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/editor_questions.py" line="76" />
        <source>Unsaved invoice</source>
        <translation>Factuur niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor.py" line="102" />
        <source>Credit note {number}</source>
        <translation>Creditfactuur {number}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor.py" line="102" />
        <source>Invoice {number}</source>
        <translation>Factuur {number}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor.py" line="104" />
        <source>Credit note · {name}</source>
        <translation>Creditfactuur · {name}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor.py" line="104" />
        <source>Invoice · {name}</source>
        <translation>Factuur · {name}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor.py" line="117" />
        <source>Not saved yet.</source>
        <translation>Nog niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor.py" line="200" />
        <source>No preview: {reason}</source>
        <translation>Geen voorbeeld: {reason}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor.py" line="231" />
        <source>Draft saved.</source>
        <translation>Concept opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor.py" line="271" />
        <source>Not issued: see what is missing above.</source>
        <translation>Niet definitief gemaakt: zie hierboven wat er ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_editor.py" line="285" />
        <source>Issued as {number}.</source>
        <translation>Definitief gemaakt als {number}.</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_table.py" line="48" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_table.py" line="49" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_table.py" line="50" />
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_table.py" line="51" />
        <source>Invoice to</source>
        <translation>Factuur aan</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_table.py" line="52" />
        <source>Due</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_table.py" line="53" />
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_table.py" line="54" />
        <source>Still to pay</source>
        <translation>Nog te betalen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_table.py" line="55" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_table.py" line="132" />
        <source>Credit note for invoice {number}</source>
        <translation>Creditfactuur voor factuur {number}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoice_table.py" line="134" />
        <source>{paid} received so far</source>
        <translation>{paid} tot nu toe ontvangen</translation>
    </message>
</context>
<context>
    <name>InvoicesLayout</name>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="36" />
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="58" />
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="42" />
        <source>Year of issue</source>
        <translation>Jaar van de factuurdatum</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="44" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="46" />
        <source>Filter by number or name…</source>
        <translation>Filter op nummer of naam…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="47" />
        <source>Filter the invoices</source>
        <translation>De facturen filteren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="51" />
        <source>&amp;New invoice…</source>
        <translation>&amp;Nieuwe factuur…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="52" />
        <source>Make a new invoice</source>
        <translation>Een nieuwe factuur maken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="53" />
        <source>Make a new invoice for a client (Ctrl+Shift+I)</source>
        <translation>Een nieuwe factuur maken voor een cliënt (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="75" />
        <source>No invoices match these filters.</source>
        <translation>Geen facturen bij deze filters.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="80" />
        <source>Totals of the invoices shown</source>
        <translation>Totalen van de getoonde facturen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="91" />
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="91" />
        <source>Open the selected invoice</source>
        <translation>De gekozen factuur openen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="93" />
        <source>Register &amp;payment…</source>
        <translation>&amp;Betaling registreren…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="93" />
        <source>Register a payment on the selected invoice</source>
        <translation>Een betaling registreren op de gekozen factuur</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="95" />
        <source>&amp;Reminder</source>
        <translation>&amp;Herinnering</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="95" />
        <source>Payment reminder</source>
        <translation>Betalingsherinnering</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="97" />
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="98" />
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="101" />
        <source>&amp;Credit note…</source>
        <translation>&amp;Creditfactuur…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="101" />
        <source>Make a credit note for the selected invoice</source>
        <translation>Een creditfactuur maken voor de gekozen factuur</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="103" />
        <source>&amp;Delete draft…</source>
        <translation>Concept &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="103" />
        <source>Delete the draft</source>
        <translation>Het concept verwijderen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="114" />
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_layout.py" line="115" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_page.py" line="71" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_page.py" line="72" />
        <source>To be paid</source>
        <translation>Nog te betalen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_page.py" line="155" />
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_page.py" line="209" />
        <source>{count} issued</source>
        <translation>{count} definitief</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_page.py" line="210" />
        <source>invoiced {amount}</source>
        <translation>gefactureerd {amount}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_page.py" line="211" />
        <source>received {amount}</source>
        <translation>ontvangen {amount}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_page.py" line="212" />
        <source>still to receive {amount}</source>
        <translation>nog te ontvangen {amount}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_page.py" line="218" />
        <source>overdue {amount}</source>
        <translation>vervallen {amount}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_page.py" line="332" />
        <source>Delete the draft?</source>
        <translation>Concept verwijderen?</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_page.py" line="334" />
        <source>Delete the draft invoice for {name} of {amount}? Its sessions can then be invoiced again.</source>
        <translation>De conceptfactuur voor {name} van {amount} verwijderen? De sessies erop kunnen dan opnieuw worden gefactureerd.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_page.py" line="348" />
        <source>Save the payment reminder</source>
        <translation>De betalingsherinnering opslaan</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/invoices_page.py" line="361" />
        <source>Saved as {name} and noted in the document log.</source>
        <translation>Opgeslagen als {name} en vastgelegd in het documentenlogboek.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../mentordesk/ui/launcher.py" line="129" />
        <source>Open practice file</source>
        <translation>Praktijkbestand openen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/launcher.py" line="131" />
        <source>MentorDesk practice files (*.mentordesk);;All files (*)</source>
        <translation>MentorDesk-praktijkbestanden (*.mentordesk);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/launcher.py" line="150" />
        <location filename="../../mentordesk/ui/launcher.py" line="308" />
        <source>New practice file</source>
        <translation>Nieuw praktijkbestand</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/launcher.py" line="151" />
        <source>My practice.mentordesk</source>
        <translation>Mijn praktijk.mentordesk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/launcher.py" line="152" />
        <source>MentorDesk practice files (*.mentordesk)</source>
        <translation>MentorDesk-praktijkbestanden (*.mentordesk)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/launcher.py" line="204" />
        <source>Preparing the demo practice…</source>
        <translation>De demopraktijk wordt klaargezet…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/launcher.py" line="310" />
        <source>Create the practice file here anyway?</source>
        <translation>Het praktijkbestand toch hier maken?</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/launcher.py" line="311" />
        <source>Create here anyway</source>
        <translation>Toch hier maken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/launcher.py" line="312" />
        <source>Choose another place</source>
        <translation>Een andere plek kiezen</translation>
    </message>
</context>
<context>
    <name>LetterComposer</name>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_composer.py" line="158" />
        <source>No preview: {reason}</source>
        <translation>Geen voorbeeld: {reason}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_composer.py" line="183" />
        <source>No preview until the client's consent for this recipient is recorded.</source>
        <translation>Geen voorbeeld zolang de toestemming van de cliënt voor deze ontvanger niet is vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_composer.py" line="242" />
        <source>Save the letter as PDF</source>
        <translation>De brief opslaan als pdf</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_composer.py" line="244" />
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_composer.py" line="311" />
        <source>Saved as {name} and noted in the client's document log.</source>
        <translation>Opgeslagen als {name} en vastgelegd in het documentenlogboek van de cliënt.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_composer.py" line="326" />
        <source>Printed and noted in the client's document log.</source>
        <translation>Afgedrukt en vastgelegd in het documentenlogboek van de cliënt.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_composer.py" line="398" />
        <source>Preparing the PDF…</source>
        <translation>De pdf wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>LetterTextsForm</name>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_texts_form.py" line="35" />
        <source>S&amp;ubject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_texts_form.py" line="35" />
        <source>Subject of the letter</source>
        <translation>Onderwerp van de brief</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_texts_form.py" line="36" />
        <source>Sa&amp;lutation:</source>
        <translation>Aanhe&amp;f:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_texts_form.py" line="36" />
        <source>Salutation</source>
        <translation>Aanhef</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_texts_form.py" line="37" />
        <source>&amp;Intro:</source>
        <translation>&amp;Inleiding:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_texts_form.py" line="37" />
        <source>Introduction paragraph</source>
        <translation>Inleidende alinea</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_texts_form.py" line="38" />
        <source>Ne&amp;xt steps:</source>
        <translation>Volgende &amp;stappen:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_texts_form.py" line="38" />
        <source>Next steps</source>
        <translation>Volgende stappen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_texts_form.py" line="39" />
        <source>Cl&amp;osing:</source>
        <translation>Afsl&amp;uiting:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_texts_form.py" line="39" />
        <source>Closing paragraph</source>
        <translation>Slotalinea</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_texts_form.py" line="45" />
        <source>One step per line; start a line with “- ” for a bullet.</source>
        <translation>Eén stap per regel; begin een regel met „- ” voor een opsommingsteken.</translation>
    </message>
</context>
<context>
    <name>LineTable</name>
    <message>
        <location filename="../../mentordesk/ui/money/line_table.py" line="84" />
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/line_table.py" line="85" />
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/line_table.py" line="86" />
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/line_table.py" line="87" />
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/line_table.py" line="88" />
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/line_table.py" line="89" />
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/line_table.py" line="92" />
        <source>Invoice lines</source>
        <translation>Factuurregels</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/line_table.py" line="110" />
        <source>Unit of the line</source>
        <translation>Eenheid van de regel</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/line_table.py" line="113" />
        <source>VAT rate of the line</source>
        <translation>Btw-tarief van de regel</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/line_table.py" line="155" />
        <source>A session on this invoice</source>
        <translation>Een sessie op deze factuur</translation>
    </message>
</context>
<context>
    <name>LocationBanner</name>
    <message>
        <location filename="../../mentordesk/ui/trust/location_banner.py" line="54" />
        <source>Dismiss</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/location_banner.py" line="55" />
        <source>Dismiss the warning about this location</source>
        <translation>De waarschuwing over deze plek verbergen</translation>
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
    <name>MainActions</name>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="109" />
        <source>&amp;New practice file…</source>
        <translation>&amp;Nieuw praktijkbestand…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="112" />
        <source>&amp;Open practice file…</source>
        <translation>Praktijkbestand &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="115" />
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="118" />
        <source>&amp;Lock now</source>
        <translation>Nu &amp;vergrendelen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="120" />
        <source>Hide all client data until the passphrase is given again</source>
        <translation>Alle cliëntgegevens verbergen tot de wachtzin opnieuw is ingevoerd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="125" />
        <source>&amp;Close file</source>
        <translation>Bestand &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="128" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="132" />
        <source>New &amp;client…</source>
        <translation>Nieuwe &amp;cliënt…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="134" />
        <source>Add a new client</source>
        <translation>Een nieuwe cliënt toevoegen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="138" />
        <source>New &amp;session</source>
        <translation>Nieuwe &amp;sessie</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="140" />
        <source>Write or plan a session for the client on screen</source>
        <translation>Een sessie schrijven of plannen voor de cliënt op het scherm</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="146" />
        <source>New &amp;invoice…</source>
        <translation>Nieuwe &amp;factuur…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="148" />
        <source>Make an invoice for the client on screen from their billable sessions</source>
        <translation>Een factuur maken voor de cliënt op het scherm, van diens declarabele sessies</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="154" />
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="156" />
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="160" />
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="162" />
        <source>Practice details and settings</source>
        <translation>Praktijkgegevens en instellingen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="164" />
        <source>&amp;Dashboard</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="165" />
        <source>&amp;Clients</source>
        <translation>&amp;Cliënten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="166" />
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="168" />
        <source>Search &amp;results</source>
        <translation>&amp;Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="170" />
        <source>&amp;Invoices</source>
        <translation>&amp;Facturen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="171" />
        <source>Rep&amp;orts</source>
        <translation>&amp;Rapporten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="173" />
        <source>&amp;Next client</source>
        <translation>&amp;Volgende cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="176" />
        <source>&amp;Previous client</source>
        <translation>Vo&amp;rige cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="180" />
        <source>Close &amp;tab</source>
        <translation>&amp;Tabblad sluiten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="187" />
        <source>&amp;User guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="189" />
        <source>How MentorDesk works, in your language</source>
        <translation>Hoe MentorDesk werkt, in uw taal</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="191" />
        <source>&amp;About MentorDesk</source>
        <translation>&amp;Over MentorDesk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="194" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="206" />
        <source>&amp;Work</source>
        <translation>&amp;Werk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="213" />
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="222" />
        <source>&amp;Practice</source>
        <translation>&amp;Praktijk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="230" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="234" />
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="244" />
        <source>Search clients, goals, notes… (Ctrl+F)</source>
        <translation>Zoek in cliënten, doelen, notities… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="246" />
        <source>Search the practice</source>
        <translation>Zoeken in de praktijk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="291" />
        <source>&amp;Backups and restore…</source>
        <translation>&amp;Reservekopieën en terugzetten…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="292" />
        <source>See this file's backups, make one now, or restore one</source>
        <translation>Bekijk de reservekopieën van dit bestand, maak er nu een of zet er een terug</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="297" />
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Wachtzin wijzigen…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="298" />
        <source>Give the practice file a new passphrase</source>
        <translation>Geef het praktijkbestand een nieuwe wachtzin</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="301" />
        <source>&amp;Export the whole practice…</source>
        <translation>De hele praktijk &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="302" />
        <source>Everything in open formats (JSON and CSV in a ZIP file)</source>
        <translation>Alles in open formaten (JSON en CSV in een ZIP-bestand)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="307" />
        <source>&amp;Import a practice export…</source>
        <translation>Een praktijkexport &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="308" />
        <source>Make a new practice file from an export</source>
        <translation>Maak een nieuw praktijkbestand van een export</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="311" />
        <source>Import &amp;clients from CSV…</source>
        <translation>&amp;Cliënten importeren uit CSV…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="312" />
        <source>Add clients from a spreadsheet, with a preview first</source>
        <translation>Voeg cliënten toe uit een spreadsheet, eerst met een voorbeeld</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="317" />
        <source>&amp;Audit trail</source>
        <translation>&amp;Logboek</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="318" />
        <source>Exports, documents, erasures, restores and passphrase changes</source>
        <translation>Exports, documenten, wissingen, teruggezette kopieën en wachtzinwijzigingen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="323" />
        <source>&amp;Retention periods</source>
        <translation>&amp;Bewaartermijnen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="324" />
        <source>What has been kept longer than its period, and erasing it</source>
        <translation>Wat langer is bewaard dan de termijn, en het wissen daarvan</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="329" />
        <source>Emergency &amp;hand-over package…</source>
        <translation>&amp;Overdrachtspakket voor noodgevallen…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_actions.py" line="330" />
        <source>A sealed copy for a colleague who takes over if you cannot</source>
        <translation>Een versleutelde kopie voor een collega die het overneemt als u dat niet kunt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="104" />
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="103" />
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="101" />
        <source>Pages</source>
        <translation>Pagina's</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="105" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="106" />
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="107" />
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="108" />
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="129" />
        <source>Open unsaved session notes</source>
        <translation>Niet-opgeslagen sessienotities openen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="199" />
        <source>No recent files</source>
        <translation>Geen recente bestanden</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="259" />
        <location filename="../../mentordesk/ui/main_window.py" line="262" />
        <source>{practice} — MentorDesk</source>
        <translation>{practice} — MentorDesk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="295" />
        <source>{visible} of {total} clients</source>
        <translation>{visible} van {total} cliënten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="347" />
        <source>MentorDesk — locked</source>
        <translation>MentorDesk — vergrendeld</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="411" />
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_window.py" line="413" />
        <source>The backup at closing failed: {reason}

Your work is saved in the practice file; only this backup is missing. Close anyway?</source>
        <translation>De reservekopie bij het sluiten is mislukt: {reason}

Uw werk is opgeslagen in het praktijkbestand; alleen deze reservekopie ontbreekt. Toch sluiten?</translation>
    </message>
</context>
<context>
    <name>MoneyLabels</name>
    <message>
        <location filename="../../mentordesk/ui/money/money_labels.py" line="38" />
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/money_labels.py" line="39" />
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/money_labels.py" line="40" />
        <source>Partly paid</source>
        <translation>Deels betaald</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/money_labels.py" line="41" />
        <source>Overdue</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/money_labels.py" line="42" />
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/money_labels.py" line="43" />
        <source>Credited</source>
        <translation>Gecrediteerd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/money_labels.py" line="44" />
        <source>Refund due</source>
        <translation>Terug te betalen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/money_labels.py" line="45" />
        <location filename="../../mentordesk/ui/money/money_labels.py" line="62" />
        <source>Credit note</source>
        <translation>Creditfactuur</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/money_labels.py" line="54" />
        <source>Overdue · {days} days</source>
        <translation>Vervallen · {days} dagen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/money_labels.py" line="60" />
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/money_labels.py" line="68" />
        <source>Bank transfer</source>
        <translation>Overboeking</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/money_labels.py" line="69" />
        <source>Cash</source>
        <translation>Contant</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/money_labels.py" line="70" />
        <source>Card</source>
        <translation>Pin of kaart</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/money_labels.py" line="71" />
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/money_labels.py" line="78" />
        <source>hour</source>
        <translation>uur</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/money_labels.py" line="79" />
        <source>session</source>
        <translation>sessie</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/money_labels.py" line="80" />
        <source>item</source>
        <translation>stuk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/money_labels.py" line="100" />
        <source>(draft)</source>
        <translation>(concept)</translation>
    </message>
</context>
<context>
    <name>MoneyOutput</name>
    <message>
        <location filename="../../mentordesk/ui/money/money_output.py" line="78" />
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/money_output.py" line="109" />
        <source>Save as CSV</source>
        <translation>Opslaan als csv</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/money_output.py" line="109" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/money_output.py" line="187" />
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../../mentordesk/ui/widgets/new_passphrase.py" line="51" />
        <source>Type it once more</source>
        <translation>Typ hem nog een keer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/widgets/new_passphrase.py" line="52" />
        <source>Repeat the passphrase</source>
        <translation>Herhaal de wachtzin</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/widgets/new_passphrase.py" line="53" />
        <source>Show passphrase</source>
        <translation>Wachtzin tonen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/widgets/new_passphrase.py" line="54" />
        <source>Show the passphrase</source>
        <translation>Toon de wachtzin</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/widgets/new_passphrase.py" line="93" />
        <source>Good: a long passphrase.</source>
        <translation>Goed: een lange wachtzin.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/widgets/new_passphrase.py" line="97" />
        <source>Tip: a few unusual words in a row, like a short sentence, are easy to remember and hard to guess. At least {count} characters.</source>
        <translation>Tip: een paar ongewone woorden achter elkaar, als een korte zin, zijn makkelijk te onthouden en moeilijk te raden. Minstens {count} tekens.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/widgets/new_passphrase.py" line="105" />
        <source>Choose a passphrase for the new file.</source>
        <translation>Kies een wachtzin voor het nieuwe bestand.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/widgets/new_passphrase.py" line="108" />
        <source>The new passphrase is too short: use at least {count} characters. A few unusual words in a row are easy to remember and hard to guess.</source>
        <translation>De nieuwe wachtzin is te kort: gebruik minstens {count} tekens. Een paar ongewone woorden achter elkaar zijn makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/widgets/new_passphrase.py" line="113" />
        <source>The two passphrases are not the same. Type the passphrase twice, exactly alike.</source>
        <translation>De twee wachtzinnen zijn niet gelijk. Typ de wachtzin twee keer, precies hetzelfde.</translation>
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
        <source>Practice name</source>
        <translation>Naam van de praktijk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="60" />
        <source>Choose a passphrase</source>
        <translation>Kies een wachtzin</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="61" />
        <source>Passphrase of the new file</source>
        <translation>Wachtzin van het nieuwe bestand</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="69" />
        <source>&lt;b&gt;Nobody can recover a forgotten passphrase&lt;/b&gt;, not even MentorDesk: without it the file cannot be opened. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>&lt;b&gt;Niemand kan een vergeten wachtzin terughalen&lt;/b&gt;, ook MentorDesk niet: zonder wachtzin gaat het bestand niet open. Schrijf hem op en bewaar hem op een veilige plek, niet bij deze computer.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="79" />
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="80" />
        <source>Remember on this computer</source>
        <translation>Onthouden op deze computer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="85" />
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="87" />
        <source>Create practice file</source>
        <translation>Praktijkbestand maken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="89" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="92" />
        <source>Practice name (optional):</source>
        <translation>Naam van de praktijk (mag leeg):</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="93" />
        <source>Passphrase:</source>
        <translation>Wachtzin:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/new_practice_dialog.py" line="93" />
        <source>Repeat passphrase:</source>
        <translation>Wachtzin herhalen:</translation>
    </message>
</context>
<context>
    <name>NextSessionBar</name>
    <message>
        <location filename="../../mentordesk/ui/session_editor_bars.py" line="63" />
        <source>Date of the next session</source>
        <translation>Datum van de volgende sessie</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_bars.py" line="64" />
        <source>Plan</source>
        <translation>Inplannen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_bars.py" line="65" />
        <source>Plan the next session</source>
        <translation>De volgende sessie inplannen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_bars.py" line="66" />
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_bars.py" line="67" />
        <source>Do not plan the next session now</source>
        <translation>De volgende sessie nu niet inplannen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_bars.py" line="96" />
        <source>Plan the next session on {date}?</source>
        <translation>De volgende sessie inplannen op {date}?</translation>
    </message>
</context>
<context>
    <name>OpenActionsBox</name>
    <message>
        <location filename="../../mentordesk/ui/session_editor_goals.py" line="125" />
        <source>Open action items (tick what is done)</source>
        <translation>Openstaande acties (vink aan wat klaar is)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_goals.py" line="129" />
        <source>No open action items.</source>
        <translation>Geen openstaande acties.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_goals.py" line="133" />
        <source>{action} (due {date})</source>
        <translation>{action} (uiterlijk {date})</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_goals.py" line="137" />
        <source>Goal: {goal}</source>
        <translation>Doel: {goal}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_goals.py" line="139" />
        <source>Done: {action}, goal {goal}</source>
        <translation>Klaar: {action}, doel {goal}</translation>
    </message>
</context>
<context>
    <name>PassphraseChangeDialog</name>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="72" />
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="130" />
        <source>Change passphrase</source>
        <translation>Wachtzin wijzigen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="77" />
        <source>A new passphrase for &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Een nieuwe wachtzin voor &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="82" />
        <source>The passphrase you use now</source>
        <translation>De wachtzin die u nu gebruikt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="83" />
        <source>Current passphrase</source>
        <translation>Huidige wachtzin</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="88" />
        <source>Choose a new passphrase</source>
        <translation>Kies een nieuwe wachtzin</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="89" />
        <source>New passphrase</source>
        <translation>Nieuwe wachtzin</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="98" />
        <source>Repeat the new passphrase</source>
        <translation>Herhaal de nieuwe wachtzin</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="100" />
        <source>Show passphrases</source>
        <translation>Wachtzinnen tonen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="101" />
        <source>Show the passphrases as typed</source>
        <translation>De wachtzinnen tonen zoals getypt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="104" />
        <source>Remember the new passphrase on this computer</source>
        <translation>De nieuwe wachtzin onthouden op deze computer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="105" />
        <source>Remember the new passphrase</source>
        <translation>De nieuwe wachtzin onthouden</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="111" />
        <source>&lt;b&gt;Nobody can recover a forgotten passphrase.&lt;/b&gt; Write the new one down and keep it somewhere safe. Backups made before the change keep the old passphrase: to restore one of them you will need the old passphrase, so keep that written down too until those backups are gone. Right after the change, MentorDesk makes a fresh backup under the new passphrase.</source>
        <translation>&lt;b&gt;Niemand kan een vergeten wachtzin terughalen.&lt;/b&gt; Schrijf de nieuwe op en bewaar hem op een veilige plek. Reservekopieën van vóór de wijziging houden de oude wachtzin: om er een terug te zetten hebt u de oude wachtzin nodig, dus bewaar die ook opgeschreven tot die reservekopieën weg zijn. Direct na de wijziging maakt MentorDesk een nieuwe reservekopie met de nieuwe wachtzin.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="132" />
        <source>Change the passphrase now</source>
        <translation>De wachtzin nu wijzigen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="134" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="139" />
        <source>Current passphrase:</source>
        <translation>Huidige wachtzin:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="141" />
        <source>New passphrase:</source>
        <translation>Nieuwe wachtzin:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="141" />
        <source>Repeat new passphrase:</source>
        <translation>Herhaal nieuwe wachtzin:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="174" />
        <source>Type the passphrase you use now.</source>
        <translation>Typ de wachtzin die u nu gebruikt.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="90" />
        <source>Choose a new passphrase.</source>
        <translation>Kies een nieuwe wachtzin.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="92" />
        <source>The two new passphrases are not the same. Type the new passphrase twice, exactly alike.</source>
        <translation>De twee nieuwe wachtzinnen zijn niet gelijk. Typ de nieuwe wachtzin twee keer, precies hetzelfde.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="216" />
        <source>The passphrase was changed. From now on only the new one opens the file.</source>
        <translation>De wachtzin is gewijzigd. Vanaf nu opent alleen de nieuwe het bestand.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="219" />
        <source>A fresh backup was made under the new passphrase.</source>
        <translation>Er is een nieuwe reservekopie gemaakt met de nieuwe wachtzin.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="223" />
        <source>No fresh backup could be made ({reason}). Make one from Backups as soon as the problem is solved.</source>
        <translation>Er kon geen nieuwe reservekopie worden gemaakt ({reason}). Maak er een via Reservekopieën zodra het probleem is opgelost.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="230" />
        <source>{count} older backups keep the old passphrase until they are rotated out: to restore one of them, you need the old passphrase.</source>
        <translation>{count} oudere reservekopieën houden de oude wachtzin tot ze worden opgeruimd: om er een terug te zetten hebt u de oude wachtzin nodig.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="237" />
        <source>The passphrase could not be stored in this computer's password store, so none is remembered now: MentorDesk will ask for the new passphrase next time.</source>
        <translation>De wachtzin kon niet worden bewaard in de wachtwoordkluis van deze computer, dus er wordt nu geen onthouden: MentorDesk vraagt de volgende keer om de nieuwe wachtzin.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/passphrase_change_dialog.py" line="243" />
        <source>The new passphrase is remembered on this computer.</source>
        <translation>De nieuwe wachtzin wordt onthouden op deze computer.</translation>
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
    <name>PathField</name>
    <message>
        <location filename="../../mentordesk/ui/transfer/path_field.py" line="31" />
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/transfer/path_field.py" line="32" />
        <source>Choose: {what}</source>
        <translation>Kiezen: {what}</translation>
    </message>
</context>
<context>
    <name>PayerCombo</name>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="169" />
        <source>— no payer —</source>
        <translation>— geen betaler —</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="173" />
        <source>New payer…</source>
        <translation>Nieuwe betaler…</translation>
    </message>
</context>
<context>
    <name>PayerDialog</name>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="26" />
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="27" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="28" />
        <source>Foundation</source>
        <translation>Stichting</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="29" />
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="44" />
        <source>New payer</source>
        <translation>Nieuwe betaler</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="44" />
        <source>Edit payer</source>
        <translation>Betaler bewerken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="47" />
        <source>For example: Havenbedrijf Rotterdam</source>
        <translation>Bijvoorbeeld: Havenbedrijf Rotterdam</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="58" />
        <source>Purchase order or cost centre</source>
        <translation>Inkoopordernummer of kostenplaats</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="67" />
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="67" />
        <source>Payer name</source>
        <translation>Naam van de betaler</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="68" />
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="68" />
        <source>Kind of payer</source>
        <translation>Soort betaler</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="69" />
        <source>&amp;Contact:</source>
        <translation>&amp;Contactpersoon:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="69" />
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="70" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="70" />
        <source>Payer e-mail</source>
        <translation>E-mail van de betaler</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="71" />
        <source>&amp;Phone:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="71" />
        <source>Payer phone</source>
        <translation>Telefoon van de betaler</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="72" />
        <source>&amp;Street:</source>
        <translation>Str&amp;aat:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="72" />
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="75" />
        <source>Postal c&amp;ode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="76" />
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="79" />
        <source>C&amp;ity:</source>
        <translation>Plaa&amp;ts:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="79" />
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="80" />
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="80" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="81" />
        <source>&amp;VAT id:</source>
        <translation>&amp;Btw-id:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="81" />
        <source>VAT identification number</source>
        <translation>Btw-identificatienummer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="84" />
        <source>&amp;Reference:</source>
        <translation>&amp;Referentie:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="85" />
        <source>Reference or PO number</source>
        <translation>Referentie of inkoopordernummer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="88" />
        <source>No&amp;tes:</source>
        <translation>Not&amp;ities:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/dialogs/payer_dialog.py" line="88" />
        <source>Notes about the payer</source>
        <translation>Notities over de betaler</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../mentordesk/ui/money/payment_dialog.py" line="55" />
        <source>Register money paid back — {number}</source>
        <translation>Terugbetaling registreren — {number}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/payment_dialog.py" line="57" />
        <source>Register a payment — {number}</source>
        <translation>Betaling registreren — {number}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/payment_dialog.py" line="59" />
        <source>&amp;Register</source>
        <translation>&amp;Registreren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/payment_dialog.py" line="60" />
        <source>Register the payment</source>
        <translation>De betaling registreren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/payment_dialog.py" line="64" />
        <source>Invoice {number} to {name}</source>
        <translation>Factuur {number} aan {name}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/payment_dialog.py" line="74" />
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/payment_dialog.py" line="76" />
        <source>Credited</source>
        <translation>Gecrediteerd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/payment_dialog.py" line="77" />
        <source>Received so far</source>
        <translation>Tot nu toe ontvangen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/payment_dialog.py" line="80" />
        <source>Paid too much</source>
        <translation>Te veel betaald</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/payment_dialog.py" line="80" />
        <source>Still to pay</source>
        <translation>Nog te betalen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/payment_dialog.py" line="104" />
        <source>For example: the bank's transaction reference</source>
        <translation>Bijvoorbeeld: het kenmerk van de bank</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/payment_dialog.py" line="107" />
        <source>Amount paid back:</source>
        <translation>Terugbetaald bedrag:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/payment_dialog.py" line="107" />
        <source>&amp;Amount:</source>
        <translation>&amp;Bedrag:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/payment_dialog.py" line="109" />
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/payment_dialog.py" line="109" />
        <source>Date of payment</source>
        <translation>Betaaldatum</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/payment_dialog.py" line="110" />
        <source>Amount received</source>
        <translation>Ontvangen bedrag</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/payment_dialog.py" line="111" />
        <source>&amp;Method:</source>
        <translation>&amp;Betaalwijze:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/payment_dialog.py" line="111" />
        <source>Payment method</source>
        <translation>Betaalwijze</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/payment_dialog.py" line="112" />
        <source>&amp;Note:</source>
        <translation>&amp;Opmerking:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/payment_dialog.py" line="112" />
        <source>Note about the payment</source>
        <translation>Opmerking bij de betaling</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../mentordesk/ui/documents/pdf_preview.py" line="53" />
        <source>Preview of the document</source>
        <translation>Voorbeeld van het document</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/pdf_preview.py" line="69" />
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/pdf_preview.py" line="74" />
        <source>Updating…</source>
        <translation>Bijwerken…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/pdf_preview.py" line="76" />
        <source>The preview is being updated</source>
        <translation>Het voorbeeld wordt bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/pdf_preview.py" line="90" />
        <source>The preview appears here.</source>
        <translation>Hier verschijnt het voorbeeld.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/pdf_preview.py" line="120" />
        <source>The preview could not be shown.</source>
        <translation>Het voorbeeld kan niet worden getoond.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/pdf_preview.py" line="126" />
        <source>1 page</source>
        <translation>1 pagina</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/pdf_preview.py" line="126" />
        <source>{count} pages</source>
        <translation>{count} pagina's</translation>
    </message>
</context>
<context>
    <name>PracticeCommands</name>
    <message>
        <location filename="../../mentordesk/ui/main_practice.py" line="106" />
        <source>Import clients from a CSV file</source>
        <translation>Cliënten importeren uit een CSV-bestand</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_practice.py" line="108" />
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_practice.py" line="138" />
        <source>Audit trail</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_practice.py" line="151" />
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_practice.py" line="173" />
        <source>About MentorDesk</source>
        <translation>Over MentorDesk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_practice.py" line="175" />
        <source>MentorDesk {version}

Your mentoring practice in one encrypted file on this computer. No cloud, no account.

The log file: {log}</source>
        <translation>MentorDesk {version}

Uw mentorpraktijk in één versleuteld bestand op deze computer. Geen cloud, geen account.

Het logbestand: {log}</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="65" />
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="65" />
        <source>Practice name</source>
        <translation>Naam van de praktijk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="68" />
        <source>Trade name:</source>
        <translation>Handelsnaam:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="69" />
        <source>Trade name</source>
        <translation>Handelsnaam</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="73" />
        <source>Street:</source>
        <translation>Straat:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="74" />
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="77" />
        <source>Postal code:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="78" />
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="80" />
        <source>City:</source>
        <translation>Plaats:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="80" />
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="82" />
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="82" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="86" />
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="88" />
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="88" />
        <source>name@example.com</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="92" />
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="92" />
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="95" />
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="96" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="100" />
        <source>KvK number:</source>
        <translation>KvK-nummer:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="103" />
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="107" />
        <source>btw-id (VAT id):</source>
        <translation>Btw-id:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="108" />
        <source>btw-id (VAT id)</source>
        <translation>Btw-identificatienummer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="111" />
        <source>IBAN:</source>
        <translation>IBAN:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="112" />
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="117" />
        <source>Default hourly rate in euros</source>
        <translation>Standaard uurtarief in euro</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="119" />
        <source>e.g. {amount}</source>
        <translation>bijv. {amount}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="123" />
        <source>VAT regime</source>
        <translation>Btw-regeling</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="125" />
        <source>21% VAT</source>
        <translation>21% btw</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="126" />
        <source>Small-business scheme (KOR): no VAT</source>
        <translation>Kleineondernemersregeling (KOR): geen btw</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="127" />
        <source>Exempt from VAT</source>
        <translation>Vrijgesteld van btw</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="131" />
        <source>Line on invoices instead of VAT</source>
        <translation>Regel op facturen in plaats van btw</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="132" />
        <source>Printed on invoices instead of VAT</source>
        <translation>Staat op facturen in plaats van btw</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="135" />
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="136" />
        <source>Payment term in days</source>
        <translation>Betalingstermijn in dagen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="139" />
        <source>Pattern of invoice numbers</source>
        <translation>Patroon van de factuurnummers</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="151" />
        <source>Default language for documents</source>
        <translation>Standaardtaal voor documenten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="152" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="153" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="156" />
        <source>Hourly rate:</source>
        <translation>Uurtarief:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="158" />
        <source>VAT:</source>
        <translation>Btw:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="160" />
        <source>Exemption text:</source>
        <translation>Tekst vrijstelling:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="163" />
        <source>Payment term:</source>
        <translation>Betalingstermijn:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="166" />
        <source>Invoice numbers:</source>
        <translation>Factuurnummers:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="169" />
        <source>Documents in:</source>
        <translation>Documenten in:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="172" />
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="178" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="173" />
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="178" />
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="183" />
        <source>PNG or JPEG, at most 2 MB each. Printed on letters and invoices.</source>
        <translation>PNG of JPEG, elk hoogstens 2 MB. Staan op brieven en facturen.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="190" />
        <source>Practice</source>
        <translation>Praktijk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="191" />
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="192" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="193" />
        <source>Registration and bank</source>
        <translation>Registratie en bank</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="196" />
        <source>Invoices and documents</source>
        <translation>Facturen en documenten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="197" />
        <source>Letterhead</source>
        <translation>Briefpapier</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="231" />
        <source>Practice details</source>
        <translation>Praktijkgegevens</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="235" />
        <source>Used on letters and invoices. Kept in the practice file, so they travel with it.</source>
        <translation>Voor brieven en facturen. Bewaard in het praktijkbestand, dus ze reizen mee.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="338" />
        <source>not a usable pattern</source>
        <translation>geen bruikbaar patroon</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/practice_page.py" line="341" />
        <source>first of {year}: {number}</source>
        <translation>eerste van {year}: {number}</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../mentordesk/ui/documents/printing.py" line="235" />
        <source>Print preview — {name}</source>
        <translation>Afdrukvoorbeeld — {name}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/printing.py" line="271" />
        <source>The printer could not be started. Check that it is switched on and connected, then print again.</source>
        <translation>De printer kon niet worden gestart. Controleer of hij aanstaat en is aangesloten, en druk daarna opnieuw af.</translation>
    </message>
</context>
<context>
    <name>ReadyPanel</name>
    <message>
        <location filename="../../mentordesk/ui/money/ready_panel.py" line="71" />
        <source>Ready to invoice</source>
        <translation>Klaar om te factureren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/ready_panel.py" line="75" />
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/ready_panel.py" line="75" />
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/ready_panel.py" line="79" />
        <source>Sessions ready to invoice, per client</source>
        <translation>Sessies klaar om te factureren, per cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/ready_panel.py" line="85" />
        <source>Every held, billable session is on an invoice.</source>
        <translation>Elke gehouden, declarabele sessie staat op een factuur.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/ready_panel.py" line="87" />
        <source>In&amp;voice…</source>
        <translation>&amp;Factureren…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/ready_panel.py" line="88" />
        <source>Invoice the selected sessions</source>
        <translation>De gekozen sessies factureren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/ready_panel.py" line="89" />
        <source>Start an invoice for these sessions (Enter)</source>
        <translation>Een factuur beginnen voor deze sessies (Enter)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/ready_panel.py" line="116" />
        <source>1 session</source>
        <translation>1 sessie</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/ready_panel.py" line="118" />
        <source>{count} sessions</source>
        <translation>{count} sessies</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/ready_panel.py" line="121" />
        <source>{sessions} · paid by {payer}</source>
        <translation>{sessions} · via {payer}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/ready_panel.py" line="129" />
        <source>{name}: sessions since {date}, amount excl. VAT</source>
        <translation>{name}: sessies sinds {date}, bedrag excl. btw</translation>
    </message>
</context>
<context>
    <name>RecipientBar</name>
    <message>
        <location filename="../../mentordesk/ui/documents/recipient_bar.py" line="52" />
        <source>Recipient of the letter</source>
        <translation>Ontvanger van de brief</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/recipient_bar.py" line="58" />
        <source>Language of the letter</source>
        <translation>Taal van de brief</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/recipient_bar.py" line="61" />
        <source>&amp;To:</source>
        <translation>&amp;Aan:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/recipient_bar.py" line="63" />
        <source>L&amp;anguage:</source>
        <translation>Taa&amp;l:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/recipient_bar.py" line="73" />
        <source>Record consent…</source>
        <translation>Toestemming vastleggen…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/recipient_bar.py" line="75" />
        <source>Record the client's consent for this recipient</source>
        <translation>De toestemming van de cliënt voor deze ontvanger vastleggen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/recipient_bar.py" line="133" />
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/recipient_bar.py" line="135" />
        <source>{recipient} — no consent yet</source>
        <translation>{recipient} — nog geen toestemming</translation>
    </message>
</context>
<context>
    <name>ReportsLayout</name>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="65" />
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="71" />
        <source>Year of the reports</source>
        <translation>Jaar van de rapporten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="73" />
        <source>Language of the documents</source>
        <translation>Taal van de documenten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="79" />
        <source>Invoiced excl. VAT</source>
        <translation>Gefactureerd excl. btw</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="80" />
        <source>VAT charged</source>
        <translation>Berekende btw</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="81" />
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="82" />
        <source>Still to receive</source>
        <translation>Nog te ontvangen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="83" />
        <source>Paid hours</source>
        <translation>Betaalde uren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="84" />
        <source>Pro bono hours</source>
        <translation>Pro-bono-uren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="85" />
        <source>Value of pro bono work</source>
        <translation>Waarde van pro-bonowerk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="94" />
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="95" />
        <source>Taxed turnover</source>
        <translation>Belaste omzet</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="96" />
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="97" />
        <source>Reverse-charged</source>
        <translation>Verlegd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="98" />
        <source>Untaxed</source>
        <translation>Onbelast</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="101" />
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="199" />
        <source>VAT per quarter</source>
        <translation>Btw per kwartaal</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="105" />
        <source>Services to businesses in other EU countries, VAT reverse-charged (3b)</source>
        <translation>Diensten aan ondernemers in andere EU-landen, btw verlegd (3b)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="111" />
        <source>Turnover under the small-business scheme (KOR) or another exemption</source>
        <translation>Omzet onder de kleineondernemersregeling (KOR) of een andere vrijstelling</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="127" />
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="128" />
        <source>Hours log over all years</source>
        <translation>Urenlogboek over alle jaren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="136" />
        <source>&amp;Year overview (PDF)</source>
        <translation>&amp;Jaaroverzicht (pdf)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="136" />
        <source>Year overview as PDF</source>
        <translation>Jaaroverzicht als pdf</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="139" />
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="149" />
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="140" />
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="150" />
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="143" />
        <source>Year overview (&amp;CSV)…</source>
        <translation>Jaaroverzicht (&amp;csv)…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="143" />
        <source>Save the year overview as CSV</source>
        <translation>Het jaaroverzicht opslaan als csv</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="146" />
        <source>&amp;Pro bono statement</source>
        <translation>&amp;Pro-bono-overzicht</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="146" />
        <source>Pro bono statement of the year</source>
        <translation>Pro-bono-overzicht van het jaar</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="153" />
        <source>&amp;Hours log (CSV)…</source>
        <translation>&amp;Urenlogboek (csv)…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="153" />
        <source>Save the hours log as CSV</source>
        <translation>Het urenlogboek opslaan als csv</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="166" />
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="167" />
        <source>Documents &amp;in:</source>
        <translation>&amp;Documenten in:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="192" />
        <source>Revenue per month</source>
        <translation>Omzet per maand</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="195" />
        <source>Paid and pro bono hours</source>
        <translation>Betaalde en pro-bono-uren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="206" />
        <source>Hours log</source>
        <translation>Urenlogboek</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="215" />
        <source>For credential bodies such as ICF. Clients who did not agree to be named are listed anonymously.</source>
        <translation>Voor beroepsverenigingen zoals ICF. Cliënten die niet met naam vermeld willen worden, staan er anoniem in.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_layout.py" line="237" />
        <source>For the accountant and the credential body:</source>
        <translation>Voor de boekhouder en de beroepsvereniging:</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../mentordesk/ui/money/reports_page.py" line="170" />
        <source>Paid: {paid} in {paid_sessions} sessions · pro bono and free intakes: {unpaid} in {unpaid_sessions} sessions</source>
        <translation>Betaald: {paid} in {paid_sessions} sessies · pro bono en gratis kennismakingen: {unpaid} in {unpaid_sessions} sessies</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_page.py" line="184" />
        <source>Q{quarter}</source>
        <translation>K{quarter}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_page.py" line="216" />
        <source>By invoice date, credit notes subtracted. Taxed turnover and VAT go in 1a/1b of the VAT return, reverse-charged services to EU businesses in 3b.</source>
        <translation>Naar factuurdatum, creditfacturen afgetrokken. Belaste omzet en btw horen in 1a/1b van de btw-aangifte, verlegde diensten aan EU-ondernemers in 3b.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_page.py" line="243" />
        <source>Save the year overview</source>
        <translation>Het jaaroverzicht opslaan</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_page.py" line="257" />
        <source>Save the pro bono statement</source>
        <translation>Het pro-bono-overzicht opslaan</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_page.py" line="273" />
        <source>Year overview {year}</source>
        <translation>Jaaroverzicht {year}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_page.py" line="278" />
        <source>Save the year overview as CSV</source>
        <translation>Het jaaroverzicht opslaan als csv</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_page.py" line="288" />
        <source>all years</source>
        <translation>alle jaren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_page.py" line="289" />
        <source>Hours log {period}</source>
        <translation>Urenlogboek {period}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_page.py" line="294" />
        <source>Save the hours log as CSV</source>
        <translation>Het urenlogboek opslaan als csv</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_page.py" line="299" />
        <source>Saved as {name} and noted in the document log.</source>
        <translation>Opgeslagen als {name} en vastgelegd in het documentenlogboek.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/reports_page.py" line="304" />
        <source>Printed and noted in the document log.</source>
        <translation>Afgedrukt en vastgelegd in het documentenlogboek.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../mentordesk/ui/trust/restore_dialog.py" line="82" />
        <source>Restore a backup</source>
        <translation>Een reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/restore_dialog.py" line="89" />
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/restore_dialog.py" line="90" />
        <source>Passphrase of this file</source>
        <translation>Wachtzin van dit bestand</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/restore_dialog.py" line="94" />
        <source>Passphrase:</source>
        <translation>Wachtzin:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/restore_dialog.py" line="100" />
        <source>Restore this backup</source>
        <translation>Deze reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/restore_dialog.py" line="102" />
        <source>Restore this backup and open it</source>
        <translation>Deze reservekopie terugzetten en openen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/restore_dialog.py" line="125" />
        <source>Restore the backup of {when} in place of &lt;b&gt;{name}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;What was changed after {when} is not in the backup. The current file is kept beside it as “{name}.before-restore-…”, so nothing is thrown away.</source>
        <translation>De reservekopie van {when} terugzetten in plaats van &lt;b&gt;{name}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;Wat na {when} is gewijzigd, staat niet in de reservekopie. Het huidige bestand blijft ernaast bewaard als “{name}.before-restore-…”, dus er gaat niets weg.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/restore_dialog.py" line="145" />
        <source>Type the passphrase of this file.</source>
        <translation>Typ de wachtzin van dit bestand.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/restore_dialog.py" line="169" />
        <source>The backup was restored and is open now.</source>
        <translation>De reservekopie is teruggezet en is nu geopend.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/trust/restore_dialog.py" line="171" />
        <source>The backup was restored and is open now. The file it replaced was kept as “{name}” in {folder}.</source>
        <translation>De reservekopie is teruggezet en is nu geopend. Het bestand dat hij verving is bewaard als “{name}” in {folder}.</translation>
    </message>
</context>
<context>
    <name>RetentionLayout</name>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="103" />
        <source>Retention periods</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="107" />
        <source>Keep client notes only as long as needed. Invoices must be kept at least 7 years after the end of their year (the fiscal retention duty), even when the notes are erased.</source>
        <translation>Bewaar aantekeningen over cliënten niet langer dan nodig. Facturen moeten minstens 7 jaar na het einde van hun jaar bewaard blijven (de fiscale bewaarplicht), ook als de aantekeningen gewist zijn.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="116" />
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="117" />
        <source>Months to keep notes after an engagement ends</source>
        <translation>Maanden dat aantekeningen bewaard blijven na het einde van een traject</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="120" />
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="122" />
        <source>Years to keep invoices after the end of their year</source>
        <translation>Jaren dat facturen bewaard blijven na het einde van hun jaar</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="124" />
        <source>&amp;Save periods</source>
        <translation>Termijnen op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="125" />
        <source>Save the retention periods</source>
        <translation>Sla de bewaartermijnen op</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="130" />
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="144" />
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="130" />
        <source>Engagement</source>
        <translation>Traject</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="130" />
        <source>Ended</source>
        <translation>Geëindigd</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="130" />
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="131" />
        <source>Engagements past the note period</source>
        <translation>Trajecten voorbij de bewaartermijn voor aantekeningen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="134" />
        <source>No engagement has passed its period.</source>
        <translation>Geen traject is voorbij zijn termijn.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="135" />
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="149" />
        <source>Select all</source>
        <translation>Alles selecteren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="137" />
        <source>Select all engagements past the note period</source>
        <translation>Selecteer alle trajecten voorbij de bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="139" />
        <source>&amp;Erase notes of selected…</source>
        <translation>Aantekeningen van geselecteerde &amp;wissen…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="140" />
        <source>Erase the notes of the selected engagements</source>
        <translation>Wis de aantekeningen van de geselecteerde trajecten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="144" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="144" />
        <source>Issued</source>
        <translation>Definitief op</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="144" />
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="145" />
        <source>Invoices past the fiscal period</source>
        <translation>Facturen voorbij de fiscale bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="148" />
        <source>No invoice has passed its period.</source>
        <translation>Geen factuur is voorbij zijn termijn.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="151" />
        <source>Select all invoices past the fiscal period</source>
        <translation>Selecteer alle facturen voorbij de fiscale bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="153" />
        <source>&amp;Delete selected invoices…</source>
        <translation>Geselecteerde facturen &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="154" />
        <source>Delete the selected invoices</source>
        <translation>Verwijder de geselecteerde facturen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="165" />
        <source>Keep &amp;notes</source>
        <translation>&amp;Aantekeningen bewaren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="165" />
        <source>after an engagement ends</source>
        <translation>na het einde van een traject</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="167" />
        <source>Keep &amp;invoices</source>
        <translation>&amp;Facturen bewaren</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_layout.py" line="169" />
        <source>after the end of their year (at least 7)</source>
        <translation>na het einde van hun jaar (minstens 7)</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_page.py" line="95" />
        <source>Engagements past the note period ({count})</source>
        <translation>Trajecten voorbij de bewaartermijn voor aantekeningen ({count})</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_page.py" line="98" />
        <source>Invoices past the fiscal period ({count})</source>
        <translation>Facturen voorbij de fiscale bewaartermijn ({count})</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_page.py" line="135" />
        <source>1 session with notes</source>
        <translation>1 sessie met aantekeningen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_page.py" line="137" />
        <source>{count} sessions with notes</source>
        <translation>{count} sessies met aantekeningen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_page.py" line="140" />
        <source>1 goal</source>
        <translation>1 doel</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_page.py" line="140" />
        <source>{count} goals</source>
        <translation>{count} doelen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_page.py" line="142" />
        <source>{sessions}, {goals}</source>
        <translation>{sessions}, {goals}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_page.py" line="151" />
        <source>{number} (with {credit_notes})</source>
        <translation>{number} (met {credit_notes})</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_page.py" line="219" />
        <source>The retention periods were saved.</source>
        <translation>De bewaartermijnen zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_page.py" line="227" />
        <source>Retention periods</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_page.py" line="247" />
        <source>Erase the notes of 1 engagement? Session texts, goals, scores and actions are erased for good; dates, hours and invoices stay. This cannot be undone.</source>
        <translation>De aantekeningen van 1 traject wissen? Sessieteksten, doelen, scores en acties worden definitief gewist; datums, uren en facturen blijven. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_page.py" line="252" />
        <source>Erase the notes of {count} engagements? Session texts, goals, scores and actions are erased for good; dates, hours and invoices stay. This cannot be undone.</source>
        <translation>De aantekeningen van {count} trajecten wissen? Sessieteksten, doelen, scores en acties worden definitief gewist; datums, uren en facturen blijven. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_page.py" line="266" />
        <source>The notes of 1 engagement were erased.</source>
        <translation>De aantekeningen van 1 traject zijn gewist.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_page.py" line="268" />
        <source>The notes of {count} engagements were erased.</source>
        <translation>De aantekeningen van {count} trajecten zijn gewist.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_page.py" line="282" />
        <source>Delete invoice {number} with its payments? It has passed the fiscal retention period. This cannot be undone.</source>
        <translation>Factuur {number} met haar betalingen verwijderen? Ze is de fiscale bewaartermijn voorbij. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_page.py" line="287" />
        <source>Delete {count} invoices and credit notes ({numbers}) with their payments? They have passed the fiscal retention period. This cannot be undone.</source>
        <translation>{count} facturen en creditfacturen ({numbers}) met hun betalingen verwijderen? Ze zijn de fiscale bewaartermijn voorbij. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_page.py" line="300" />
        <source>1 invoice was deleted.</source>
        <translation>1 factuur is verwijderd.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/privacy/retention_page.py" line="302" />
        <source>{count} invoices and credit notes were deleted.</source>
        <translation>{count} facturen en creditfacturen zijn verwijderd.</translation>
    </message>
</context>
<context>
    <name>RevenueChart</name>
    <message>
        <location filename="../../mentordesk/ui/money/revenue_chart.py" line="34" />
        <source>Revenue per month</source>
        <translation>Omzet per maand</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/revenue_chart.py" line="46" />
        <source>Invoiced excl. VAT: {revenue}. Received: {received}.</source>
        <translation>Gefactureerd excl. btw: {revenue}. Ontvangen: {received}.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/revenue_chart.py" line="62" />
        <source>Invoiced excl. VAT</source>
        <translation>Gefactureerd excl. btw</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/revenue_chart.py" line="63" />
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/revenue_chart.py" line="72" />
        <source>{month}: invoiced {revenue} excl. VAT, received {received}</source>
        <translation>{month}: gefactureerd {revenue} excl. btw, ontvangen {received}</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../mentordesk/ui/pages/search_lines.py" line="53" />
        <source>Private notes</source>
        <translation>Werkaantekeningen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_lines.py" line="55" />
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_lines.py" line="62" />
        <source>{name} (archived)</source>
        <translation>{name} (gearchiveerd)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_lines.py" line="68" />
        <source>{mask} {level}: select and press {shortcut} to show</source>
        <translation>{mask} {level}: kies de regel en druk op {shortcut} om te tonen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_lines.py" line="72" />
        <source>Goal: {goal}</source>
        <translation>Doel: {goal}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_lines.py" line="77" />
        <source>{level}: hidden until you reveal it ({shortcut})</source>
        <translation>{level}: verborgen tot je het toont ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_lines.py" line="81" />
        <source>{level}: revealed; {shortcut} hides it again</source>
        <translation>{level}: getoond; {shortcut} verbergt het weer</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_lines.py" line="91" />
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_lines.py" line="92" />
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_lines.py" line="93" />
        <source>Action items</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_lines.py" line="94" />
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_lines.py" line="99" />
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_lines.py" line="103" />
        <source>{group} (best {shown} of {total})</source>
        <translation>{group} (beste {shown} van {total})</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_lines.py" line="105" />
        <source>{group} (latest {shown} of {total}; type more to narrow)</source>
        <translation>{group} (laatste {shown} van {total}; typ meer om te verfijnen)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_page.py" line="76" />
        <source>Search clients, goals, action items and session notes…</source>
        <translation>Zoek in cliënten, doelen, acties en sessieverslagen…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_page.py" line="78" />
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_page.py" line="80" />
        <source>Results appear as you type; Up and Down choose one, Enter opens it.</source>
        <translation>Resultaten verschijnen terwijl je typt; met pijl omhoog en omlaag kies je er een, Enter opent het.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_page.py" line="89" />
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_page.py" line="90" />
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_page.py" line="90" />
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_page.py" line="90" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_page.py" line="106" />
        <source>Confidential and private text is hidden ({mask}). Select the line and press {shortcut} or “Reveal” to show it; locking hides it again.</source>
        <translation>Vertrouwelijke tekst en werkaantekeningen zijn verborgen ({mask}). Kies de regel en druk op {shortcut} of “Tonen” om ze te zien; vergrendelen verbergt ze weer.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_page.py" line="113" />
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_page.py" line="114" />
        <source>Open the selected result</source>
        <translation>Het gekozen resultaat openen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_page.py" line="115" />
        <source>Open the selected result (Enter)</source>
        <translation>Het gekozen resultaat openen (Enter)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_page.py" line="116" />
        <location filename="../../mentordesk/ui/pages/search_page.py" line="335" />
        <source>&amp;Reveal</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_page.py" line="117" />
        <source>Reveal the selected result</source>
        <translation>Het gekozen resultaat tonen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_page.py" line="221" />
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_page.py" line="262" />
        <source>Type a name or a word: clients, goals, action items and session notes.</source>
        <translation>Typ een naam of een woord: cliënten, doelen, acties en sessieverslagen.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_page.py" line="293" />
        <source>Nothing found for “{text}”.</source>
        <translation>Niets gevonden voor “{text}”.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_page.py" line="297" />
        <source>{count} found; Enter or a double-click opens the selected line.</source>
        <translation>{count} gevonden; Enter of dubbelklikken opent de gekozen regel.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_page.py" line="335" />
        <source>&amp;Hide again</source>
        <translation>&amp;Weer verbergen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/pages/search_page.py" line="338" />
        <source>Show or hide the confidential text of the selected result ({shortcut})</source>
        <translation>De vertrouwelijke tekst van het gekozen resultaat tonen of verbergen ({shortcut})</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../mentordesk/ui/session_editor.py" line="99" />
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor.py" line="100" />
        <source>Save (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor.py" line="101" />
        <source>Save and close</source>
        <translation>Opslaan en sluiten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor.py" line="102" />
        <source>Save and close (Ctrl+Enter)</source>
        <translation>Opslaan en sluiten (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor.py" line="103" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor.py" line="106" />
        <source>&amp;Print summary…</source>
        <translation>Verslag af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor.py" line="107" />
        <source>Print the session summary</source>
        <translation>Het sessieverslag afdrukken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor.py" line="201" />
        <source>New session · {name} · {date}</source>
        <translation>Nieuwe sessie · {name} · {date}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor.py" line="202" />
        <source>Session · {name} · {date}</source>
        <translation>Sessie · {name} · {date}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor.py" line="254" />
        <source>Showing the saved version.</source>
        <translation>De opgeslagen versie staat weer in beeld.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_templates.py" line="52" />
        <source>Goal — what do you want?</source>
        <translation>Doel — wat wil je bereiken?</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_templates.py" line="53" />
        <source>Reality — where are you now?</source>
        <translation>Realiteit — waar sta je nu?</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_templates.py" line="54" />
        <source>Options — what could you do?</source>
        <translation>Opties — wat zou je kunnen doen?</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_templates.py" line="55" />
        <source>Way forward — what will you do, and when?</source>
        <translation>Weg vooruit — wat ga je doen, en wanneer?</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_templates.py" line="64" />
        <source>The last session agreed no actions, and no action items are open.</source>
        <translation>In de vorige sessie zijn geen acties afgesproken, en er staan geen acties open.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_templates.py" line="88" />
        <source>Confidentiality raised to “{level}”, as set on the session these actions come from.</source>
        <translation>Vertrouwelijkheid verhoogd naar ‘{level}’, zoals bij de sessie waar deze acties vandaan komen.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_questions.py" line="47" />
        <source>Replace the summary?</source>
        <translation>Samenvatting vervangen?</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_questions.py" line="48" />
        <source>The summary already holds text. Replace it? (Ctrl+Z brings it back.)</source>
        <translation>De samenvatting bevat al tekst. Vervangen? (Met Ctrl+Z krijgt u hem terug.)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor.py" line="350" />
        <source>Saved {time}</source>
        <translation>Opgeslagen {time}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor.py" line="378" />
        <source>Saved. Plan the next session, or choose Not now to close.</source>
        <translation>Opgeslagen. Plan de volgende sessie in, of kies Niet nu om te sluiten.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor.py" line="385" />
        <source>Next session planned on {date}.</source>
        <translation>Volgende sessie ingepland op {date}.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_questions.py" line="25" />
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_questions.py" line="26" />
        <source>This session has changes that are not saved. Save them?</source>
        <translation>Deze sessie heeft wijzigingen die niet zijn opgeslagen. Opslaan?</translation>
    </message>
</context>
<context>
    <name>SessionFields</name>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="84" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="86" />
        <source>hh:mm</source>
        <translation>uu:mm</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="89" />
        <source>Start time (optional)</source>
        <translation>Begintijd (optioneel)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="93" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="94" />
        <source>Duration in minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="95" />
        <source>Mode</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="97" />
        <source>Where, or the video link</source>
        <translation>Waar, of de videolink</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="98" />
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="99" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="100" />
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="101" />
        <source>Billable</source>
        <translation>Factureerbaar</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="105" />
        <source>A few words: what was it about?</source>
        <translation>In een paar woorden: waar ging het over?</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="106" />
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="109" />
        <source>Free</source>
        <translation>Vrij</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="110" />
        <source>GROW</source>
        <translation>GROW</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="112" />
        <source>Last session's actions</source>
        <translation>Acties van de vorige sessie</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="114" />
        <source>Template to start the summary from</source>
        <translation>Sjabloon om de samenvatting mee te beginnen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="115" />
        <source>Fill in</source>
        <translation>Invullen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="116" />
        <source>Fill the summary from the template</source>
        <translation>De samenvatting invullen vanuit het sjabloon</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="118" />
        <source>Confidentiality of the summary</source>
        <translation>Vertrouwelijkheid van de samenvatting</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="121" />
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="123" />
        <source>What happened, what was learned. May be shared, depending on its level.</source>
        <translation>Wat er gebeurde, wat er geleerd is. Mag gedeeld worden, afhankelijk van het niveau.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="127" />
        <source>Private notes, only for you</source>
        <translation>Werkaantekeningen, alleen voor u</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="132" />
        <source>Agreed actions</source>
        <translation>Afgesproken acties</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="133" />
        <source>One action per line</source>
        <translation>Eén actie per regel</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="144" />
        <source>Topics:</source>
        <translation>Onderwerpen:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="150" />
        <source>Agreed actions:</source>
        <translation>Afgesproken acties:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="164" />
        <source>When and how</source>
        <translation>Wanneer en hoe</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="171" />
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="172" />
        <source>Start:</source>
        <translation>Begin:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="173" />
        <source>Duration:</source>
        <translation>Duur:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="176" />
        <source>Mode:</source>
        <translation>Vorm:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="177" />
        <source>Place:</source>
        <translation>Plaats:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="178" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="214" />
        <source>Summary:</source>
        <translation>Samenvatting:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="218" />
        <source>Start from:</source>
        <translation>Begin met:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="224" />
        <source>Confidentiality:</source>
        <translation>Vertrouwelijkheid:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="238" />
        <source>Private notes:</source>
        <translation>Werkaantekeningen:</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="241" />
        <source>Only for you — never in any document</source>
        <translation>Alleen voor u — nooit in een document</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="260" />
        <source>Pro bono work is never invoiced; its hours are counted as pro bono.</source>
        <translation>Pro-bonowerk wordt nooit gefactureerd; de uren tellen als pro bono.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_editor_fields.py" line="262" />
        <source>A free intake is never invoiced; its hours are counted as unpaid.</source>
        <translation>Een gratis intake wordt nooit gefactureerd; de uren tellen als onbetaald.</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_choices.py" line="131" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_choices.py" line="131" />
        <source>Mode</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_choices.py" line="131" />
        <source>Summary</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_choices.py" line="132" />
        <source>Sessions to include</source>
        <translation>Sessies in de brief</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_choices.py" line="180" />
        <source>Private working notes never leave the app</source>
        <translation>Werkaantekeningen verlaten de app nooit</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_choices.py" line="185" />
        <source>A private session cannot go into a letter: its notes are the mentor's own.</source>
        <translation>Een sessie met werkaantekeningen kan niet in een brief: die aantekeningen zijn van de mentor zelf.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_choices.py" line="190" />
        <source>(no summary)</source>
        <translation>(geen verslag)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_choices.py" line="201" />
        <source>Confidential: only in the letter when ticked. Revealed until the file locks ({shortcut} hides it).</source>
        <translation>Vertrouwelijk: alleen in de brief als het is aangevinkt. Zichtbaar tot het bestand vergrendelt ({shortcut} verbergt het).</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/letter_choices.py" line="206" />
        <source>Confidential: only in the letter when ticked. Click or press {shortcut} to reveal the text here.</source>
        <translation>Vertrouwelijk: alleen in de brief als het is aangevinkt. Klik of druk op {shortcut} om de tekst hier te tonen.</translation>
    </message>
</context>
<context>
    <name>SessionPicker</name>
    <message>
        <location filename="../../mentordesk/ui/money/session_picker.py" line="60" />
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/session_picker.py" line="60" />
        <source>Length</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/session_picker.py" line="60" />
        <source>Engagement</source>
        <translation>Traject</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/session_picker.py" line="60" />
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/session_picker.py" line="66" />
        <source>Sessions to invoice</source>
        <translation>Te factureren sessies</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/money/session_picker.py" line="85" />
        <source>{date} (missed)</source>
        <translation>{date} (niet gekomen)</translation>
    </message>
</context>
<context>
    <name>SessionTimeline</name>
    <message>
        <location filename="../../mentordesk/ui/session_timeline.py" line="85" />
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_timeline.py" line="95" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_timeline.py" line="96" />
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_timeline.py" line="97" />
        <source>Mode</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_timeline.py" line="98" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_timeline.py" line="99" />
        <source>Summary</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_timeline.py" line="102" />
        <source>Sessions, newest first</source>
        <translation>Sessies, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_timeline.py" line="117" />
        <source>No sessions yet. Plan one from an engagement.</source>
        <translation>Nog geen sessies. Plan er een vanuit een traject.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_timeline.py" line="123" />
        <location filename="../../mentordesk/ui/session_timeline.py" line="260" />
        <source>&amp;Reveal</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_timeline.py" line="124" />
        <source>Reveal the selected session's summary</source>
        <translation>Het verslag van de gekozen sessie tonen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_timeline.py" line="125" />
        <source>&amp;Open session</source>
        <translation>Sessie &amp;openen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_timeline.py" line="126" />
        <source>Open the selected session</source>
        <translation>De gekozen sessie openen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_timeline.py" line="164" />
        <source>{total} in all, {held} held · newest first</source>
        <translation>{total} in totaal, {held} gehouden · nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_timeline.py" line="215" />
        <source>{level}: revealed until the file locks ({shortcut} hides it)</source>
        <translation>{level}: zichtbaar tot het bestand vergrendelt ({shortcut} verbergt het weer)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_timeline.py" line="222" />
        <source>{level}: click or press {shortcut} to reveal</source>
        <translation>{level}: klik of druk op {shortcut} om te tonen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_timeline.py" line="258" />
        <source>&amp;Hide again</source>
        <translation>Weer &amp;verbergen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_timeline.py" line="262" />
        <source>Show or hide the selected confidential summary ({shortcut})</source>
        <translation>Het gekozen vertrouwelijke verslag tonen of verbergen ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/session_timeline.py" line="274" />
        <source>Hidden confidential summaries: {count}</source>
        <translation>Verborgen vertrouwelijke verslagen: {count}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../mentordesk/ui/settings/settings_dialog.py" line="53" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/settings_dialog.py" line="58" />
        <source>Settings pages</source>
        <translation>Onderdelen van de instellingen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/settings_dialog.py" line="78" />
        <source>Save the settings and close</source>
        <translation>Instellingen opslaan en sluiten</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/settings/settings_dialog.py" line="80" />
        <source>Close without saving</source>
        <translation>Sluiten zonder op te slaan</translation>
    </message>
</context>
<context>
    <name>SummaryPrint</name>
    <message>
        <location filename="../../mentordesk/ui/documents/summary_printing.py" line="28" />
        <source>Confidential session</source>
        <translation>Vertrouwelijke sessie</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/summary_printing.py" line="29" />
        <source>This session is confidential. Print its topics, summary and agreed actions on the summary? Private working notes are never printed.</source>
        <translation>Deze sessie is vertrouwelijk. Onderwerpen, verslag en afspraken op het verslag afdrukken? Werkaantekeningen worden nooit afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/summary_printing.py" line="38" />
        <source>Include the texts</source>
        <translation>Teksten opnemen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/documents/summary_printing.py" line="42" />
        <source>Leave them out</source>
        <translation>Weglaten</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../mentordesk/ui/widgets/trend_chart.py" line="29" />
        <source>Score trend</source>
        <translation>Verloop van de score</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/widgets/trend_chart.py" line="55" />
        <source>{score}/10</source>
        <translation>{score}/10</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/widgets/trend_chart.py" line="59" />
        <source>No scores recorded yet.</source>
        <translation>Nog geen scores vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/widgets/trend_chart.py" line="61" />
        <source>Scores {scores} from {first} to {last}; last {score} of 10.</source>
        <translation>Scores {scores} van {first} tot {last}; laatste {score} van 10.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/widgets/trend_chart.py" line="110" />
        <source>no scores yet</source>
        <translation>nog geen scores</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <location filename="../../mentordesk/ui/user_guide.py" line="77" />
        <source>User guide — MentorDesk</source>
        <translation>Handleiding — MentorDesk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/user_guide.py" line="89" />
        <source>Find in the guide… (Ctrl+F)</source>
        <translation>Zoeken in de handleiding… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/user_guide.py" line="90" />
        <source>Find in the guide</source>
        <translation>Zoeken in de handleiding</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/user_guide.py" line="93" />
        <source>&amp;Previous</source>
        <translation>&amp;Vorige</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/user_guide.py" line="94" />
        <source>Find the previous match</source>
        <translation>De vorige treffer zoeken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/user_guide.py" line="95" />
        <source>Find the previous match (Shift+F3)</source>
        <translation>De vorige treffer zoeken (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/user_guide.py" line="96" />
        <source>&amp;Next</source>
        <translation>V&amp;olgende</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/user_guide.py" line="97" />
        <source>Find the next match</source>
        <translation>De volgende treffer zoeken</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/user_guide.py" line="98" />
        <source>Find the next match (F3)</source>
        <translation>De volgende treffer zoeken (F3)</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/user_guide.py" line="100" />
        <source>Find result</source>
        <translation>Zoekresultaat</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/user_guide.py" line="104" />
        <source>Contents of the guide</source>
        <translation>Inhoud van de handleiding</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/user_guide.py" line="108" />
        <source>User guide text</source>
        <translation>Tekst van de handleiding</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/user_guide.py" line="180" />
        <source>The user guide could not be found. MentorDesk looked for it in {path}. Reinstalling MentorDesk puts it back; the guide is also in the docs folder of MentorDesk's source code.</source>
        <translation>De handleiding is niet gevonden. MentorDesk zocht haar in {path}. Als u MentorDesk opnieuw installeert, komt ze terug; de handleiding staat ook in de map docs van de broncode van MentorDesk.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/user_guide.py" line="301" />
        <source>Continued from the other end</source>
        <translation>Verder gezocht vanaf het andere eind</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/user_guide.py" line="303" />
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="37" />
        <source>Welcome to MentorDesk</source>
        <translation>Welkom bij MentorDesk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="41" />
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="48" />
        <source>A practice file holds your whole practice (clients, sessions, notes, goals and invoices) in one encrypted file on this computer, and only its passphrase opens it: a forgotten passphrase cannot be recovered by anyone, so write it down and keep it somewhere safe. MentorDesk makes encrypted backups of the file when you open and close it and every half hour while you work, in {folder}.</source>
        <translation>Een praktijkbestand bevat uw hele praktijk (cliënten, sessies, aantekeningen, doelen en facturen) in één versleuteld bestand op deze computer, en alleen de wachtzin opent het: een vergeten wachtzin kan door niemand worden hersteld, dus schrijf hem op en bewaar hem op een veilige plek. MentorDesk maakt versleutelde reservekopieën van het bestand als u het opent en sluit en elk halfuur terwijl u werkt, in {folder}.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="58" />
        <source>New practice file…</source>
        <translation>Nieuw praktijkbestand…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="59" />
        <source>Open practice file…</source>
        <translation>Praktijkbestand openen…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="60" />
        <source>Try the demo practice</source>
        <translation>Probeer de demopraktijk</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="62" />
        <source>Opens a practice with made-up clients, so you can look around safely.</source>
        <translation>Opent een praktijk met verzonnen cliënten, zodat u veilig kunt rondkijken.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="70" />
        <source>Recent practice files</source>
        <translation>Recente praktijkbestanden</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="77" />
        <source>No recent files yet. Files you open appear here.</source>
        <translation>Nog geen recente bestanden. Bestanden die u opent, verschijnen hier.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="80" />
        <source>Import a practice export…</source>
        <translation>Een praktijkexport importeren…</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="82" />
        <source>Make a new practice file from an export, for instance on a new computer.</source>
        <translation>Maak een nieuw praktijkbestand van een export, bijvoorbeeld op een nieuwe computer.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="85" />
        <source>Remove from list</source>
        <translation>Uit de lijst halen</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="129" />
        <source>{name} (not found)
{folder}</source>
        <translation>{name} (niet gevonden)
{folder}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/welcome_window.py" line="136" />
        <source>This file is no longer there. Was it moved or renamed? You can remove it from the list.</source>
        <translation>Dit bestand is er niet meer. Is het verplaatst of hernoemd? U kunt het uit de lijst halen.</translation>
    </message>
</context>
<context>
    <name>WindowBackups</name>
    <message>
        <location filename="../../mentordesk/ui/main_backups.py" line="78" />
        <source>Backup made at {time}</source>
        <translation>Reservekopie gemaakt om {time}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_backups.py" line="88" />
        <source>The backup failed: {reason}</source>
        <translation>De reservekopie is mislukt: {reason}</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_backups.py" line="107" />
        <source>Making a backup before closing…</source>
        <translation>Reservekopie maken voor het sluiten…</translation>
    </message>
</context>
<context>
    <name>WorkTabs</name>
    <message>
        <location filename="../../mentordesk/ui/main_tabs.py" line="306" />
        <source>Open a client first: a session belongs to a client's engagement.</source>
        <translation>Open eerst een cliënt: een sessie hoort bij een traject van een cliënt.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_tabs.py" line="316" />
        <source>This client has no open engagement yet. Add one on the client's page.</source>
        <translation>Deze cliënt heeft nog geen lopend traject. Voeg er een toe op de pagina van de cliënt.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_tabs.py" line="424" />
        <source>Open unsaved session notes ({count})</source>
        <translation>Niet-opgeslagen sessienotities openen ({count})</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_tabs.py" line="428" />
        <source>Session notes you had not saved were kept. Open them from the status bar.</source>
        <translation>Sessienotities die u nog niet had opgeslagen zijn bewaard. Open ze via de statusbalk.</translation>
    </message>
    <message>
        <location filename="../../mentordesk/ui/main_tabs.py" line="466" />
        <source>The new interface language is used from the next start of MentorDesk.</source>
        <translation>De nieuwe taal wordt gebruikt vanaf de volgende keer dat u MentorDesk start.</translation>
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