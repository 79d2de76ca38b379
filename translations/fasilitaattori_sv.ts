<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>BarChart</name>
    <message>
        <source>{label}: {count} ({share} %)</source>
        <translation>{label}: {count} ({share} %)</translation>
    </message>
    <message>
        <source>{count} ({share} %)</source>
        <translation>{count} ({share} %)</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Workshop summary</source>
        <translation>Sammanfattning av workshoppen</translation>
    </message>
    <message>
        <source>Participant agenda</source>
        <translation>Program för deltagarna</translation>
    </message>
    <message>
        <source>Run sheet</source>
        <translation>Körschema</translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation>Packlista</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Närvarolista</translation>
    </message>
    <message>
        <source>Feedback form</source>
        <translation>Responsblankett</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Arbetsblad</translation>
    </message>
    <message>
        <source>Project report</source>
        <translation>Projektrapport</translation>
    </message>
    <message>
        <source>Printout</source>
        <translation>Utskrift</translation>
    </message>
    <message>
        <source>Block whose worksheet to print</source>
        <translation>Programpunkt vars arbetsblad skrivs ut</translation>
    </message>
    <message>
        <source>e.g. Group 1, Group 2, Group 3</source>
        <translation>t.ex. Grupp 1, Grupp 2, Grupp 3</translation>
    </message>
    <message>
        <source>One copy per group</source>
        <translation>Ett exemplar per grupp</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Pappersstorlek</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>&amp;Stor text</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hög kontrast</translation>
    </message>
    <message>
        <source>Participants as co&amp;des (P-017)</source>
        <translation>Deltagarna som k&amp;oder (P-017)</translation>
    </message>
    <message>
        <source>Names and contact details of participants are replaced by codes, also inside notes. For reports that leave the project.</source>
        <translation>Deltagarnas namn och kontaktuppgifter ersätts med koder, även i anteckningar. För rapporter som lämnar projektet.</translation>
    </message>
    <message>
        <source>&amp;Printout:</source>
        <translation>&amp;Utskrift:</translation>
    </message>
    <message>
        <source>&amp;Block:</source>
        <translation>&amp;Programpunkt:</translation>
    </message>
    <message>
        <source>&amp;Copies for groups:</source>
        <translation>E&amp;xemplar för grupper:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apper:</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Förhands&amp;granska</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>S&amp;kriv ut…</translation>
    </message>
    <message>
        <source>Choose a printout and press Preview to see it here.</source>
        <translation>Välj en utskrift och tryck på Förhandsgranska för att se den här.</translation>
    </message>
    <message>
        <source>Preview of the printout</source>
        <translation>Förhandsgranskning av utskriften</translation>
    </message>
    <message>
        <source>Choose a workshop (and for a project report, a workshop of a project).</source>
        <translation>Välj en workshop (för en projektrapport en workshop i ett projekt).</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n sida</numerusform><numerusform>%n sidor</numerusform></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Sparad: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <source>Erase a person everywhere</source>
        <translation>Radera en person överallt</translation>
    </message>
    <message>
        <source>Find by name, organisation or municipality</source>
        <translation>Sök med namn, organisation eller kommun</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Sök en person</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone.</source>
        <translation>Jag förstår att detta inte kan ångras.</translation>
    </message>
    <message>
        <source>Erase permanently</source>
        <translation>Radera permanent</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>(deleted, data still kept)</source>
        <translation>(borttagen, uppgifterna finns kvar)</translation>
    </message>
    <message>
        <source>Choose the person whose data is to be erased.</source>
        <translation>Välj den person vars uppgifter ska raderas.</translation>
    </message>
    <message>
        <source>this person (no name)</source>
        <translation>denna person (inget namn)</translation>
    </message>
    <message>
        <source>This removes for good, from this computer:</source>
        <translation>Detta raderar permanent från den här datorn:</translation>
    </message>
    <message>
        <source>• {name} and their contact details</source>
        <translation>• {name} och personens kontaktuppgifter</translation>
    </message>
    <message numerus="yes">
        <source>• attendance at %n workshop(s): </source>
        <translation><numerusform>• närvaro vid %n workshop: </numerusform><numerusform>• närvaro vid %n workshoppar: </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>• %n note(s) they wrote</source>
        <translation><numerusform>• %n anteckning som personen skrev</numerusform><numerusform>• %n anteckningar som personen skrev</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>• %n task(s) they own</source>
        <translation><numerusform>• %n uppgift som personen ansvarar för</numerusform><numerusform>• %n uppgifter som personen ansvarar för</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>• their name as an owner of %n other task(s)</source>
        <translation><numerusform>• personens namn som ansvarig för %n annan uppgift</numerusform><numerusform>• personens namn som ansvarig för %n andra uppgifter</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>• %n older version(s) kept from sync conflicts</source>
        <translation><numerusform>• %n äldre version som sparats från synkroniseringskonflikter</numerusform><numerusform>• %n äldre versioner som sparats från synkroniseringskonflikter</numerusform></translation>
    </message>
    <message>
        <source>Other computers erase the same data when they next sync. Backup copies made earlier still contain it.</source>
        <translation>Andra datorer raderar samma uppgifter vid nästa synkronisering. Säkerhetskopior som gjorts tidigare innehåller dem fortfarande.</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>{name} was erased.</source>
        <translation>{name} har raderats.</translation>
    </message>
</context>
<context>
    <name>FeedbackImportDialog</name>
    <message>
        <source>Import survey answers</source>
        <translation>Importera enkätsvar</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Ingen fil har valts.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Välj en fil…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>First answers</source>
        <translation>Första svaren</translation>
    </message>
    <message>
        <source>Question it answers</source>
        <translation>Fråga som kolumnen svarar på</translation>
    </message>
    <message>
        <source>Columns of the file and the questions they answer</source>
        <translation>Filens kolumner och frågorna de svarar på</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Choose a survey export</source>
        <translation>Välj en export från enkäten</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Enkätexporter (*.csv *.txt *.tsv *.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Question for column {column}</source>
        <translation>Fråga för kolumnen {column}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <source>The workshop has no feedback questions yet: add them first.</source>
        <translation>Workshoppen har inga responsfrågor ännu. Lägg till dem först.</translation>
    </message>
    <message>
        <source>Choose the question each column answers.</source>
        <translation>Välj vilken fråga varje kolumn svarar på.</translation>
    </message>
    <message>
        <source>{rows} rows will be imported as responses, answering {columns} questions.</source>
        <translation>{rows} rader importeras som svar på {columns} frågor.</translation>
    </message>
</context>
<context>
    <name>FeedbackStatsView</name>
    <message numerus="yes">
        <source>%n response(s); attendance is not recorded.</source>
        <translation><numerusform>%n svar; närvaron har inte registrerats.</numerusform><numerusform>%n svar; närvaron har inte registrerats.</numerusform></translation>
    </message>
    <message>
        <source>{responses} responses from {attendance} participants: response rate {percent} %.</source>
        <translation>{responses} svar från {attendance} deltagare: svarsfrekvens {percent} %.</translation>
    </message>
    <message>
        <source>No questions yet: add them on the left.</source>
        <translation>Inga frågor ännu. Lägg till dem till vänster.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>och %n till</numerusform><numerusform>och %n till</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n written answer(s)</source>
        <translation><numerusform>%n skriftligt svar</numerusform><numerusform>%n skriftliga svar</numerusform></translation>
    </message>
    <message>
        <source>n = {n}, yes {percent} %</source>
        <translation>n = {n}, ja {percent} %</translation>
    </message>
    <message>
        <source>n = {n}, mean {mean}</source>
        <translation>n = {n}, medelvärde {mean}</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Inga svar ännu.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>Import a survey export (CSV, Excel)…</source>
        <translation>Importera enkätsvar (CSV, Excel)…</translation>
    </message>
    <message>
        <source>Enter paper forms</source>
        <translation>Mata in pappersblanketter</translation>
    </message>
    <message>
        <source>Digits answer scales, 1/0 yes or no, - skips; the form is saved after the last question.</source>
        <translation>Siffror svarar på skalfrågor, 1/0 betyder ja eller nej, - hoppar över. Blanketten sparas efter sista frågan.</translation>
    </message>
    <message>
        <source>Keyboard: digit = scale answer, 1/k/y = yes, 0/e/n = no, - or Space = no answer, type for text (Enter ends). The form is saved after the last question.</source>
        <translation>Tangentbord: siffra = skalsvar, 1/k/y = ja, 0/e/n = nej, - eller mellanslag = inget svar, skriv för textsvar (Enter avslutar). Blanketten sparas efter sista frågan.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>Paper forms</source>
        <translation>Pappersblanketter</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Choose a workshop to see its feedback.</source>
        <translation>Välj en workshop för att se dess respons.</translation>
    </message>
</context>
<context>
    <name>PaperEntryGrid</name>
    <message>
        <source>Paper forms, one per row</source>
        <translation>Pappersblanketter, en per rad</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Enter a paper form</source>
        <translation>Mata in en pappersblankett</translation>
    </message>
    <message>
        <source>Remove a feedback form</source>
        <translation>Ta bort en responsblankett</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Erase a person everywhere…</source>
        <translation>Radera en person överallt…</translation>
    </message>
    <message>
        <source>Personal data review…</source>
        <translation>Genomgång av personuppgifter…</translation>
    </message>
    <message>
        <source>Privacy notice…</source>
        <translation>Dataskyddsbeskrivning…</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeDialog</name>
    <message>
        <source>Privacy notice</source>
        <translation>Dataskyddsbeskrivning</translation>
    </message>
    <message>
        <source>Finnish (suomi)</source>
        <translation>finska (suomi)</translation>
    </message>
    <message>
        <source>Swedish (svenska)</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska (English)</translation>
    </message>
    <message>
        <source>e-mail or phone for questions about personal data</source>
        <translation>e-post eller telefon för frågor om personuppgifter</translation>
    </message>
    <message>
        <source>Privacy notice text</source>
        <translation>Dataskyddsbeskrivningens text</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Kopiera texten</translation>
    </message>
    <message>
        <source>The sign-in sheet prints this notice. The organisation and contact are saved on this computer.</source>
        <translation>Denna text skrivs ut på närvarolistan. Organisationen och kontakten sparas på den här datorn.</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Lowest means</source>
        <translation>Lägsta betyder</translation>
    </message>
    <message>
        <source>Highest means</source>
        <translation>Högsta betyder</translation>
    </message>
    <message>
        <source>Feedback questions</source>
        <translation>Responsfrågor</translation>
    </message>
    <message>
        <source>Type a new question and press Enter</source>
        <translation>Skriv en ny fråga och tryck på Enter</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Ny fråga</translation>
    </message>
    <message>
        <source>Kind of the new question</source>
        <translation>Den nya frågans typ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ner</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Ta bort frågan</translation>
    </message>
    <message>
        <source>Question set</source>
        <translation>Frågeuppsättning</translation>
    </message>
    <message>
        <source>Add questions of the set</source>
        <translation>Lägg till uppsättningens frågor</translation>
    </message>
    <message>
        <source>Save as a set…</source>
        <translation>Spara som uppsättning…</translation>
    </message>
    <message>
        <source>Add a feedback question</source>
        <translation>Lägg till en responsfråga</translation>
    </message>
    <message>
        <source>Edit a feedback question</source>
        <translation>Redigera en responsfråga</translation>
    </message>
    <message>
        <source>Move a feedback question</source>
        <translation>Flytta en responsfråga</translation>
    </message>
    <message>
        <source>Remove a feedback question</source>
        <translation>Ta bort en responsfråga</translation>
    </message>
    <message>
        <source>Add questions of a set</source>
        <translation>Lägg till frågorna i en uppsättning</translation>
    </message>
    <message>
        <source>Save a question set</source>
        <translation>Spara en frågeuppsättning</translation>
    </message>
    <message>
        <source>Save as a question set</source>
        <translation>Spara som frågeuppsättning</translation>
    </message>
    <message>
        <source>Name of the question set:</source>
        <translation>Frågeuppsättningens namn:</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Personal data review</source>
        <translation>Genomgång av personuppgifter</translation>
    </message>
    <message>
        <source>Keep personal data for (months)</source>
        <translation>Personuppgifter sparas i (månader)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Last workshop</source>
        <translation>Senaste workshop</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Erase the selected person…</source>
        <translation>Radera den valda personen…</translation>
    </message>
    <message numerus="yes">
        <source>People whose last workshop is more than %n month(s) ago: {count}. Erase their data unless there is a reason to keep it.</source>
        <translation><numerusform>Personer vars senaste workshop var för mer än %n månad sedan: {count}. Radera deras uppgifter om det inte finns skäl att spara dem.</numerusform><numerusform>Personer vars senaste workshop var för mer än %n månader sedan: {count}. Radera deras uppgifter om det inte finns skäl att spara dem.</numerusform></translation>
    </message>
    <message>
        <source>deleted, data still kept</source>
        <translation>borttagen, uppgifterna finns kvar</translation>
    </message>
    <message>
        <source>in lists</source>
        <translation>i listor</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
</context>
<context>
    <name>WorkshopTabs</name>
    <message>
        <source>Feedback</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>Printouts</source>
        <translation>Utskrifter</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something unexpected went wrong; the details are in the log file in the data folder.</source>
        <translation>Något oväntat gick fel. Detaljerna finns i loggfilen i datamappen.</translation>
    </message>
    <message>
        <source>Fasilitaattori</source>
        <translation>Fasilitaattori</translation>
    </message>
    <message>
        <source>A 2×2 grid needs exactly four prompts.</source>
        <translation>Ett 2×2-rutnät behöver exakt fyra frågor.</translation>
    </message>
    <message>
        <source>A note can only be attached to a block of its own workshop.</source>
        <translation>En anteckning kan bara kopplas till en programpunkt i sin egen workshop.</translation>
    </message>
    <message>
        <source>A question was removed while the file was being read; please try again.</source>
        <translation>En fråga togs bort medan filen lästes. Försök igen.</translation>
    </message>
    <message>
        <source>A scale needs its lowest value below its highest.</source>
        <translation>Skalans lägsta värde måste vara lägre än det högsta.</translation>
    </message>
    <message>
        <source>A table worksheet can have at most 60 rows.</source>
        <translation>Ett tabellblad kan ha högst 60 rader.</translation>
    </message>
    <message>
        <source>A table worksheet needs at least one column.</source>
        <translation>Ett tabellblad behöver minst en kolumn.</translation>
    </message>
    <message>
        <source>A task belongs to a workshop or a project.</source>
        <translation>En uppgift hör till en workshop eller ett projekt.</translation>
    </message>
    <message>
        <source>A worksheet can have at most 12 prompts.</source>
        <translation>Ett arbetsblad kan ha högst 12 frågor.</translation>
    </message>
    <message>
        <source>A worksheet needs a title.</source>
        <translation>Ett arbetsblad behöver en rubrik.</translation>
    </message>
    <message>
        <source>A worksheet spec must be an object.</source>
        <translation>Arbetsbladets beskrivning måste vara ett JSON-objekt.</translation>
    </message>
    <message>
        <source>Give a box size for every prompt, or none.</source>
        <translation>Ange rutans storlek för varje fråga eller för ingen.</translation>
    </message>
    <message>
        <source>No column of the file is matched to a question; choose the question for at least one column.</source>
        <translation>Ingen kolumn i filen är kopplad till en fråga. Välj fråga för minst en kolumn.</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: “{value}” is not a number from {low} to {high}.</source>
        <translation>Rad {row}, kolumn ”{column}”: ”{value}” är inte ett tal från {low} till {high}.</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: “{value}” is not a yes or no answer.</source>
        <translation>Rad {row}, kolumn ”{column}”: ”{value}” är inte ett ja- eller nej-svar.</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: {reason}.</source>
        <translation>PDF-filen kunde inte sparas i {path}: {reason}.</translation>
    </message>
    <message>
        <source>The answer refers to a question this workshop does not have.</source>
        <translation>Svaret hänvisar till en fråga som workshoppen inte har.</translation>
    </message>
    <message>
        <source>The answer to “{question}” must be a number from {low} to {high}.</source>
        <translation>Svaret på ”{question}” måste vara ett tal från {low} till {high}.</translation>
    </message>
    <message>
        <source>The answer to “{question}” must be yes or no.</source>
        <translation>Svaret på ”{question}” måste vara ja eller nej.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {reason}.</source>
        <translation>Säkerhetskopian kunde inte sparas i {path}: {reason}.</translation>
    </message>
    <message>
        <source>The backup file {path} does not exist.</source>
        <translation>Säkerhetskopian {path} finns inte.</translation>
    </message>
    <message>
        <source>The backup file {path} is damaged.</source>
        <translation>Säkerhetskopian {path} är skadad.</translation>
    </message>
    <message>
        <source>The change could not be saved: {reason}.</source>
        <translation>Ändringen kunde inte sparas: {reason}.</translation>
    </message>
    <message>
        <source>The data file cannot be read: {reason}.</source>
        <translation>Datafilen kan inte läsas: {reason}.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be read: {reason}.</source>
        <translation>Datafilen {path} kan inte läsas: {reason}.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created: {reason}.</source>
        <translation>Datamappen {path} kan inte skapas: {reason}.</translation>
    </message>
    <message>
        <source>The file has no column number {number}.</source>
        <translation>Filen har ingen kolumn nummer {number}.</translation>
    </message>
    <message>
        <source>The file has no column “{column}”.</source>
        <translation>Filen har ingen kolumn ”{column}”.</translation>
    </message>
    <message>
        <source>The file is not a photo in a known format (JPEG, PNG, GIF or WebP).</source>
        <translation>Filen är inte en bild i ett känt format (JPEG, PNG, GIF eller WebP).</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}.</source>
        <translation>Filen {name} kan inte läsas: {reason}.</translation>
    </message>
    <message>
        <source>The file {name} could not be read as an Excel workbook.</source>
        <translation>Filen {name} kunde inte läsas som en Excel-arbetsbok.</translation>
    </message>
    <message>
        <source>The file {name} has more than {limit} columns.</source>
        <translation>Filen {name} har fler än {limit} kolumner.</translation>
    </message>
    <message>
        <source>The file {name} has more than {limit} rows.</source>
        <translation>Filen {name} har fler än {limit} rader.</translation>
    </message>
    <message>
        <source>The file {name} has no answer rows under its header.</source>
        <translation>Filen {name} har inga svarsrader under rubrikraden.</translation>
    </message>
    <message>
        <source>The file {name} has no answers in the chosen columns.</source>
        <translation>Filen {name} har inga svar i de valda kolumnerna.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Filen {name} är tom.</translation>
    </message>
    <message>
        <source>The file {name} is in the old Excel format (.xls); save it as .xlsx or CSV and import that.</source>
        <translation>Filen {name} är i det gamla Excel-formatet (.xls). Spara den som .xlsx eller CSV och importera den.</translation>
    </message>
    <message>
        <source>The file {name} is not a survey export that can be read (CSV or XLSX).</source>
        <translation>Filen {name} är inte en läsbar enkätexport (CSV eller XLSX).</translation>
    </message>
    <message>
        <source>The file {name} is not valid CSV: {reason}.</source>
        <translation>Filen {name} är inte giltig CSV: {reason}.</translation>
    </message>
    <message>
        <source>The file {name} is too large for a survey export ({mb} MB).</source>
        <translation>Filen {name} är för stor för en enkätexport ({mb} MB).</translation>
    </message>
    <message>
        <source>The file {path} is not a Fasilitaattori backup.</source>
        <translation>Filen {path} är inte en säkerhetskopia från Fasilitaattori.</translation>
    </message>
    <message>
        <source>The file {path} is not a Fasilitaattori data file.</source>
        <translation>Filen {path} är inte en datafil från Fasilitaattori.</translation>
    </message>
    <message>
        <source>The file {path} is not a usable backup: {reason}.</source>
        <translation>Filen {path} är inte en användbar säkerhetskopia: {reason}.</translation>
    </message>
    <message>
        <source>The mapping “{part}” must be written as column=question.</source>
        <translation>Kopplingen ”{part}” ska skrivas som kolumn=fråga.</translation>
    </message>
    <message>
        <source>The method “{name}” has no worksheet.</source>
        <translation>Metoden ”{name}” har inget arbetsblad.</translation>
    </message>
    <message>
        <source>The person was not found; they may have been erased already.</source>
        <translation>Personen hittades inte. Uppgifterna kan redan ha raderats.</translation>
    </message>
    <message>
        <source>The photo is too large (at most 50 MB).</source>
        <translation>Bilden är för stor (högst 50 MB).</translation>
    </message>
    <message>
        <source>The photo {name} cannot be read: {reason}.</source>
        <translation>Bilden {name} kan inte läsas: {reason}.</translation>
    </message>
    <message>
        <source>The project period cannot end before it starts.</source>
        <translation>Projektperioden kan inte sluta innan den börjar.</translation>
    </message>
    <message>
        <source>The question set was not found.</source>
        <translation>Frågeuppsättningen hittades inte.</translation>
    </message>
    <message>
        <source>The question set “{name}” is damaged and cannot be used.</source>
        <translation>Frågeuppsättningen ”{name}” är skadad och kan inte användas.</translation>
    </message>
    <message>
        <source>The question “{question}” is matched to two columns.</source>
        <translation>Frågan ”{question}” är kopplad till två kolumner.</translation>
    </message>
    <message>
        <source>The retention period must be a whole number of months from 1 to 600.</source>
        <translation>Lagringstiden måste vara ett helt antal månader från 1 till 600.</translation>
    </message>
    <message>
        <source>The smallest group size cannot be larger than the largest.</source>
        <translation>Den minsta gruppstorleken kan inte vara större än den största.</translation>
    </message>
    <message>
        <source>The worksheet cannot be saved: {reason}</source>
        <translation>Arbetsbladet kan inte sparas: {reason}</translation>
    </message>
    <message>
        <source>The workshop cannot end before it starts.</source>
        <translation>Workshoppen kan inte sluta innan den börjar.</translation>
    </message>
    <message>
        <source>The workshop has no question “{question}”.</source>
        <translation>Workshoppen har ingen fråga ”{question}”.</translation>
    </message>
    <message>
        <source>The workshop has no questions to save as a set.</source>
        <translation>Workshoppen har inga frågor att spara som uppsättning.</translation>
    </message>
    <message>
        <source>The workshop was not found; it may have been deleted.</source>
        <translation>Workshoppen hittades inte. Den kan ha tagits bort.</translation>
    </message>
    <message>
        <source>The {what} was not found.</source>
        <translation>Objektet hittades inte ({what}).</translation>
    </message>
    <message>
        <source>The {what} was not found; it may have been deleted.</source>
        <translation>Objektet hittades inte ({what}). Det kan ha tagits bort.</translation>
    </message>
    <message>
        <source>There is no privacy notice in the language “{language}”.</source>
        <translation>Det finns ingen dataskyddsbeskrivning på språket ”{language}”.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Fasilitaattori; update the program to restore it.</source>
        <translation>Säkerhetskopian gjordes med en nyare version av Fasilitaattori. Uppdatera programmet för att återställa den.</translation>
    </message>
    <message>
        <source>This block has no method with a worksheet.</source>
        <translation>Programpunkten har ingen metod med arbetsblad.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of Fasilitaattori; update the program to open it.</source>
        <translation>Uppgifterna sparades med en nyare version av Fasilitaattori. Uppdatera programmet för att öppna dem.</translation>
    </message>
    <message>
        <source>This worksheet layout needs at least one prompt.</source>
        <translation>Den här layouten behöver minst en fråga.</translation>
    </message>
    <message>
        <source>Unknown printout {kind}; choose one of: {kinds}.</source>
        <translation>Okänd utskrift {kind}. Välj en av: {kinds}.</translation>
    </message>
    <message>
        <source>{field} cannot be empty.</source>
        <translation>{field} kan inte vara tom.</translation>
    </message>
    <message>
        <source>{field} does not name a saved item.</source>
        <translation>{field}: inget sparat objekt hittades.</translation>
    </message>
    <message>
        <source>{field} is not a valid date (use the form 2024-05-14).</source>
        <translation>{field} är inte ett giltigt datum (använd formen 2024-05-14).</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} är obligatoriskt.</translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters; at most {limit}).</source>
        <translation>{field} är för lång ({length} tecken, högst {limit}).</translation>
    </message>
    <message>
        <source>{field} must be a time such as 09:30.</source>
        <translation>{field}: ange en tid som 09:30.</translation>
    </message>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>{field}: ange ett heltal.</translation>
    </message>
    <message>
        <source>{field} must be at least {minimum}.</source>
        <translation>{field}: värdet måste vara minst {minimum}.</translation>
    </message>
    <message>
        <source>{field} must be at most {maximum}.</source>
        <translation>{field}: värdet får vara högst {maximum}.</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}.</source>
        <translation>{field}: välj en av: {choices}.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field}: ange text.</translation>
    </message>
    <message>
        <source>{field} must be yes or no.</source>
        <translation>{field}: välj ja eller nej.</translation>
    </message>
    <message>
        <source>{what} has no field called {field}.</source>
        <translation>Objektet ({what}) har inget fält {field}.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Ja / nej</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Fritext</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Skribent</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Programpunkt</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Inbyggd</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildtext</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Slutsatser</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktuppgift</translation>
    </message>
    <message>
        <source>Contact consent</source>
        <translation>Samtycke till kontakt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Innehållets hash</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>End of period</source>
        <translation>Periodens slut</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Sluttid</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Handledarens anteckningar</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <source>Follow-up workshop</source>
        <translation>Uppföljningsworkshop</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finansiär</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höjd</translation>
    </message>
    <message>
        <source>Highest value</source>
        <translation>Högsta värde</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instruktioner</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Label of the highest value</source>
        <translation>Etikett för högsta värdet</translation>
    </message>
    <message>
        <source>Label of the lowest value</source>
        <translation>Etikett för lägsta värdet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>Största grupp</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Lowest value</source>
        <translation>Lägsta värde</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Samtycke till fotografering</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Smallest group</source>
        <translation>Minsta grupp</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Start of period</source>
        <translation>Periodens början</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Bredd</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Arbetsblad</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>agenda block</source>
        <translation>programpunkt</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>svar</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>närvaro</translation>
    </message>
    <message>
        <source>feedback question</source>
        <translation>responsfråga</translation>
    </message>
    <message>
        <source>feedback response</source>
        <translation>responssvar</translation>
    </message>
    <message>
        <source>head count</source>
        <translation>antal deltagare</translation>
    </message>
    <message>
        <source>method</source>
        <translation>metod</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>bild</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projekt</translation>
    </message>
    <message>
        <source>question set</source>
        <translation>frågeuppsättning</translation>
    </message>
    <message>
        <source>task</source>
        <translation>uppgift</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>workshop</translation>
    </message>
</context>
</TS>