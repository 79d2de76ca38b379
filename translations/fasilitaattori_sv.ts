<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>Agenda</name>
    <message>
        <source>Opening</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Övning</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Paus</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Avslutning</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Respons</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Fixed time</source>
        <translation>Fast tid</translation>
    </message>
    <message>
        <source>Who leads, where</source>
        <translation>Ledare och plats</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Dag %1</translation>
    </message>
    <message>
        <source>starts at %1</source>
        <translation>börjar kl. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min over</source>
        <translation>
            <numerusform>%n min för mycket</numerusform>
            <numerusform>%n min för mycket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min to spare</source>
        <translation>
            <numerusform>%n min marginal</numerusform>
            <numerusform>%n min marginal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This track runs %n minutes past the end of its block.</source>
        <translation>
            <numerusform>Den här gruppen fortsätter %n minut efter att punkten slutar.</numerusform>
            <numerusform>Den här gruppen fortsätter %n minuter efter att punkten slutar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The blocks before this fixed time run %n minutes over it.</source>
        <translation>
            <numerusform>Punkterna före den fasta tiden drar över den med %n minut.</numerusform>
            <numerusform>Punkterna före den fasta tiden drar över den med %n minuter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixed time: the blocks before it leave %n minutes to spare.</source>
        <translation>
            <numerusform>Fast tid: punkterna före den lämnar %n minut marginal.</numerusform>
            <numerusform>Fast tid: punkterna före den lämnar %n minuter marginal.</numerusform>
        </translation>
    </message>
    <message>
        <source>This block ends after the workshop&apos;s end time.</source>
        <translation>Den här programpunkten slutar efter workshoppens sluttid.</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Agenda blocks</source>
        <translation>Programpunkter</translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation>&amp;Lägg till punkt</translation>
    </message>
    <message>
        <source>Add from &amp;library…</source>
        <translation>Lägg till från &amp;biblioteket…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ner</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>Kategorier…</translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation>Packlista</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>For</source>
        <translation>För</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Programpunkt</translation>
    </message>
    <message>
        <source>Pac&amp;king list</source>
        <translation>Pa&amp;cklista</translation>
    </message>
    <message>
        <source>Choose a workshop to plan its agenda.</source>
        <translation>Välj en workshop för att planera dess program.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocks over %1 days (%2 min); each day ends at %3.</source>
        <translation>
            <numerusform>%n programpunkt under %1 dagar (%2 min); dagarna slutar kl. %3.</numerusform>
            <numerusform>%n programpunkter under %1 dagar (%2 min); dagarna slutar kl. %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocks from %1 to %2 (%3 min); the workshop ends at %4.</source>
        <translation>
            <numerusform>%n programpunkt kl. %1–%2 (%3 min); workshoppen slutar kl. %4.</numerusform>
            <numerusform>%n programpunkter kl. %1–%2 (%3 min); workshoppen slutar kl. %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ The blocks before %1 run %n minutes over its fixed time.</source>
        <translation>
            <numerusform>⚠ Punkterna före %1 drar över dess fasta tid med %n minut.</numerusform>
            <numerusform>⚠ Punkterna före %1 drar över dess fasta tid med %n minuter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ The track %1 runs %n minutes past the end of its block.</source>
        <translation>
            <numerusform>⚠ Gruppen %1 fortsätter %n minut efter att dess punkt slutar.</numerusform>
            <numerusform>⚠ Gruppen %1 fortsätter %n minuter efter att dess punkt slutar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ The plan runs %n minutes past the end time.</source>
        <translation>
            <numerusform>⚠ Programmet drar över sluttiden med %n minut.</numerusform>
            <numerusform>⚠ Programmet drar över sluttiden med %n minuter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupp %1</translation>
    </message>
    <message>
        <source>Add parallel track</source>
        <translation>Lägg till parallell grupp</translation>
    </message>
    <message>
        <source>Edit agenda block</source>
        <translation>Redigera programpunkt</translation>
    </message>
    <message>
        <source>Add agenda block</source>
        <translation>Lägg till programpunkt</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>Ny programpunkt</translation>
    </message>
    <message>
        <source>Add method to agenda</source>
        <translation>Lägg till metoden i programmet</translation>
    </message>
    <message>
        <source>Add methods to agenda</source>
        <translation>Lägg till metoder i programmet</translation>
    </message>
    <message>
        <source>Remove agenda block</source>
        <translation>Ta bort programpunkt</translation>
    </message>
    <message>
        <source>Move agenda block</source>
        <translation>Flytta programpunkt</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Fasilitaattori</source>
        <translation>Fasilitaattori</translation>
    </message>
</context>
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
    <name>BlockEditor</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Fixed start time</source>
        <translation>Fast starttid</translation>
    </message>
    <message>
        <source>A block with a fixed time starts then, whatever comes before it; leave empty to let it follow the block before.</source>
        <translation>En punkt med fast tid börjar då, även om punkterna före drar över. Lämna tomt om punkten ska följa på den föregående.</translation>
    </message>
    <message>
        <source>A group or table that works on its own thing in this block&apos;s time; the tracks merge back after the block.</source>
        <translation>En grupp eller ett bord som arbetar med sin egen uppgift under den här punkten. Grupperna samlas igen efter punkten.</translation>
    </message>
    <message>
        <source>Keep this block with its instructions and materials for other workshops: it is added from the library like a method.</source>
        <translation>Spara den här programpunkten med instruktioner och material för andra workshoppar. Den läggs till från biblioteket som en metod.</translation>
    </message>
    <message>
        <source>One material on each line</source>
        <translation>Ett material per rad</translation>
    </message>
    <message>
        <source>Only for you: not on the participants&apos; agenda</source>
        <translation>Bara för dig: syns inte i deltagarnas program</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Rubri&amp;k:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Kate&amp;gori:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Läng&amp;d:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Lokal:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Metod:</translation>
    </message>
    <message>
        <source>Instructio&amp;ns:</source>
        <translation>&amp;Instruktioner:</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>&amp;Material:</translation>
    </message>
    <message>
        <source>Facilitator&apos;s n&amp;otes:</source>
        <translation>Handledarens ant&amp;eckningar:</translation>
    </message>
    <message>
        <source>Save to My blocks</source>
        <translation>Spara till mina programpunkter</translation>
    </message>
    <message>
        <source>Add parallel track</source>
        <translation>Lägg till parallell grupp</translation>
    </message>
    <message>
        <source>Fixed time:</source>
        <translation>Fast tid:</translation>
    </message>
    <message>
        <source>Who leads:</source>
        <translation>Vem leder:</translation>
    </message>
    <message>
        <source>Saved to My blocks: add it to any workshop with &quot;Add from library&quot;.</source>
        <translation>Sparad bland mina programpunkter. Lägg till den i vilken workshop som helst med ”Lägg till från biblioteket”.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>CaptureActions</name>
    <message>
        <source>&amp;Live capture</source>
        <translation>&amp;Livedokumentation</translation>
    </message>
    <message>
        <source>A large-type screen for the running workshop: time left and quick notes.</source>
        <translation>En vy med stor text för den pågående workshoppen: återstående tid och snabba anteckningar.</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <source>Own categories</source>
        <translation>Egna kategorier</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Participants&apos; own work and discussion</source>
        <translation>Deltagarnas eget arbete och diskussion</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Paus</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>&amp;Färg…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Time &amp;counts as:</source>
        <translation>Tiden &amp;räknas som:</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Lägg till kategori</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>Ändra kategori</translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation>Kategorins färg</translation>
    </message>
    <message>
        <source>Remove category</source>
        <translation>Ta bort kategori</translation>
    </message>
</context>
<context>
    <name>CommitText</name>
    <message>
        <source>Not saved yet: saving waits for the import to finish.</source>
        <translation>Inte sparat ännu: sparandet väntar tills importen är klar.</translation>
    </message>
    <message>
        <source>Not saved yet: saving is tried again in a moment.</source>
        <translation>Inte sparat ännu: ett nytt försök att spara görs om en stund.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Conflicts to look at</source>
        <translation>Konflikter att granska</translation>
    </message>
    <message>
        <source>&amp;In use now</source>
        <translation>&amp;Används nu</translation>
    </message>
    <message>
        <source>&amp;Other version</source>
        <translation>&amp;Den andra versionen</translation>
    </message>
    <message>
        <source>&amp;Merged text (edit freely)</source>
        <translation>&amp;Sammanslagen text (redigera fritt)</translation>
    </message>
    <message>
        <source>Keep the one in &amp;use</source>
        <translation>Behåll den som an&amp;vänds</translation>
    </message>
    <message>
        <source>Keep the o&amp;ther</source>
        <translation>Behåll den a&amp;ndra</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Behåll &amp;båda</translation>
    </message>
    <message>
        <source>&amp;Save merged text</source>
        <translation>S&amp;para sammanslagen text</translation>
    </message>
    <message>
        <source>&amp;Restore it with the edit</source>
        <translation>&amp;Återställ med ändringen</translation>
    </message>
    <message>
        <source>&amp;Let it go (stays deleted)</source>
        <translation>&amp;Låt bli (förblir raderad)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(utan rubrik)</translation>
    </message>
    <message>
        <source>edited after it was deleted</source>
        <translation>ändrad efter att den raderades</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) were changed on two devices at the same time. Choose what to keep; the choice goes to the other devices with the next sync.</source>
        <translation>
            <numerusform>%n värde ändrades på två enheter samtidigt. Välj vad som ska behållas. Valet går till de andra enheterna vid nästa synkronisering.</numerusform>
            <numerusform>%n värden ändrades på två enheter samtidigt. Välj vad som ska behållas. Valet går till de andra enheterna vid nästa synkronisering.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: everything that was changed on two devices has been settled.</source>
        <translation>Inga konflikter: allt som ändrades på två enheter har lösts.</translation>
    </message>
    <message>
        <source>The &amp;edit</source>
        <translation>&amp;Ändringen</translation>
    </message>
    <message>
        <source>The {what} “{title}” was deleted on one device while its {field} was edited on another. Restore it with the edit, or let it go and it stays deleted.</source>
        <translation>Posten ({what}) ”{title}” raderades på en enhet medan fältet {field} ändrades på en annan. Återställ den med ändringen, eller låt bli så förblir den raderad.</translation>
    </message>
    <message>
        <source>{field} of the {what} “{title}”</source>
        <translation>{field} – {what} ”{title}”</translation>
    </message>
    <message>
        <source>Keep the value in use</source>
        <translation>Behåll värdet som används</translation>
    </message>
    <message>
        <source>Keep the other value</source>
        <translation>Behåll det andra värdet</translation>
    </message>
    <message>
        <source>Keep both values</source>
        <translation>Behåll båda värdena</translation>
    </message>
    <message>
        <source>Save the merged text</source>
        <translation>Spara den sammanslagna texten</translation>
    </message>
    <message>
        <source>Restore the deleted row</source>
        <translation>Återställ den raderade raden</translation>
    </message>
    <message>
        <source>Let the edit go</source>
        <translation>Avstå från ändringen</translation>
    </message>
</context>
<context>
    <name>CrossTabPanel</name>
    <message>
        <source>Co&amp;mpare by:</source>
        <translation>&amp;Jämför enligt bakgrund:</translation>
    </message>
    <message>
        <source>Answers by background question</source>
        <translation>Svaren enligt bakgrundsfråga</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Ingen jämförelse</translation>
    </message>
    <message>
        <source>Mean; for yes/no questions the share of yes; in brackets the number of respondents. Other holds the groups of fewer than {min} respondents. – marks a figure from fewer than {min} answers, so that no one&apos;s answers can be recognised.</source>
        <translation>Medelvärde, i ja/nej-frågor andelen ja-svar; inom parentes antalet svarande. Under Övriga finns grupper med färre än {min} svarande. – betyder att talet bygger på färre än {min} svar; det visas inte, så att ingens svar kan kännas igen.</translation>
    </message>
    <message>
        <source>Nothing to compare yet: at least two groups of {min} respondents are needed.</source>
        <translation>Ännu finns inget att jämföra: det behövs minst två grupper med minst {min} svarande var.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Question and group</source>
        <translation>Fråga och grupp</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>too few answers to show</source>
        <translation>för få svar för att visas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övriga</translation>
    </message>
    <message>
        <source>yes %</source>
        <translation>ja %</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n svar</numerusform>
            <numerusform>%n svar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose from a calendar</source>
        <translation>Välj i kalendern</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Välj i kalendern (Alt+Nedpil)</translation>
    </message>
</context>
<context>
    <name>DaysBar</name>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Dagar:</translation>
    </message>
    <message>
        <source>Day %1 begins at:</source>
        <translation>Dag %1 börjar kl.:</translation>
    </message>
    <message>
        <source>Choose the agenda&apos;s columns</source>
        <translation>Välj programmets kolumner</translation>
    </message>
    <message>
        <source>Change the number of days</source>
        <translation>Ändra antalet dagar</translation>
    </message>
    <message>
        <source>Change the day&apos;s start time</source>
        <translation>Ändra dagens starttid</translation>
    </message>
</context>
<context>
    <name>DeviceId</name>
    <message>
        <source>Sync now</source>
        <translation>Synkronisera nu</translation>
    </message>
    <message>
        <source>Give this laptop a new device id now? Nothing else in its data changes.</source>
        <translation>Vill du ge den här datorn ett nytt enhets-id nu? Inget annat i dess uppgifter ändras.</translation>
    </message>
    <message>
        <source>&amp;Give a new id</source>
        <translation>&amp;Ge ett nytt id</translation>
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
        <source>Timeline</source>
        <translation>Tidslinje</translation>
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
        <translation>Hö&amp;g kontrast</translation>
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
        <translation>Papp&amp;er:</translation>
    </message>
    <message>
        <source>Refresh pre&amp;view</source>
        <translation>Uppdatera &amp;förhandsvisningen</translation>
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
        <source>Preview of the printout</source>
        <translation>Förhandsgranskning av utskriften</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Förhandsvisningen förbereds…</translation>
    </message>
    <message>
        <source>All worksheets of this workshop</source>
        <translation>Alla arbetsblad för workshoppen</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>Del %1</translation>
    </message>
    <message>
        <source>General answer sheet</source>
        <translation>Allmänt svarsblad</translation>
    </message>
    <message>
        <source>No block of this workshop has a method; add one from the method library to print its worksheet.</source>
        <translation>Workshoppens program har inga metoder. Lägg till en metod ur biblioteket för att skriva ut dess arbetsblad.</translation>
    </message>
    <message>
        <source>Choose a workshop (and for a project report, a workshop of a project).</source>
        <translation>Välj en workshop (för en projektrapport en workshop i ett projekt).</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
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
        <translation>
            <numerusform>• närvaro vid %n workshop: </numerusform>
            <numerusform>• närvaro vid %n workshoppar: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n note(s) they wrote</source>
        <translation>
            <numerusform>• %n anteckning som personen skrev</numerusform>
            <numerusform>• %n anteckningar som personen skrev</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n task(s) they own</source>
        <translation>
            <numerusform>• %n uppgift som personen ansvarar för</numerusform>
            <numerusform>• %n uppgifter som personen ansvarar för</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• their name as an owner of %n other task(s)</source>
        <translation>
            <numerusform>• personens namn som ansvarig för %n annan uppgift</numerusform>
            <numerusform>• personens namn som ansvarig för %n andra uppgifter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n older version(s) kept from sync conflicts</source>
        <translation>
            <numerusform>• %n äldre version som sparats från synkroniseringskonflikter</numerusform>
            <numerusform>• %n äldre versioner som sparats från synkroniseringskonflikter</numerusform>
        </translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Exportera överföringsfil</translation>
    </message>
    <message>
        <source>Everything in this store</source>
        <translation>Allt på den här datorn</translation>
    </message>
    <message>
        <source>Project: {name}</source>
        <translation>Projekt: {name}</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>leave empty for no encryption</source>
        <translation>lämna tomt för ingen kryptering</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise: replace participants&apos; names and contacts by codes (for sharing outside the team; cannot be imported)</source>
        <translation>&amp;Pseudonymisera: ersätt deltagarnas namn och kontaktuppgifter med koder (för delning utanför teamet; kan inte importeras)</translation>
    </message>
    <message>
        <source>Texts that name a participant</source>
        <translation>Texter som nämner en deltagare</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Vad</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>P&amp;assphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;Upprepa lösenfrasen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) seem to name a participant. In the bundle those names become codes; read them through, then press Export again.</source>
        <translation>
            <numerusform>%n text verkar nämna en deltagare. I överföringsfilen ersätts namnen med koder. Läs igenom texterna och tryck sedan på Exportera igen.</numerusform>
            <numerusform>%n texter verkar nämna en deltagare. I överföringsfilen ersätts namnen med koder. Läs igenom texterna och tryck sedan på Exportera igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation>&amp;Exportera ändå</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Välj filen som ska skrivas.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Lösenfraserna skiljer sig åt. Skriv dem igen.</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Skriver {name}…</translation>
    </message>
    <message>
        <source>The bundle was saved to {path}.</source>
        <translation>Paketet sparades i filen {path}.</translation>
    </message>
    <message>
        <source>Only its entry in the sync log could not be saved: {reason}</source>
        <translation>Endast posten i synkroniseringsloggen kunde inte sparas: {reason}</translation>
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
        <source>Reading the file…</source>
        <translation>Filen läses…</translation>
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
        <source>don&apos;t know</source>
        <translation>vet inte</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>kan inte läsas</translation>
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
    <message numerus="yes">
        <source>%n of them were imported before and will be skipped.</source>
        <translation>
            <numerusform>%n av dem har importerats tidigare och hoppas över.</numerusform>
            <numerusform>%n av dem har importerats tidigare och hoppas över.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the answers…</source>
        <translation>Importerar svaren…</translation>
    </message>
    <message numerus="yes">
        <source>All %n rows were imported before; nothing was added.</source>
        <translation>
            <numerusform>Raden har importerats tidigare, så inget lades till.</numerusform>
            <numerusform>Alla %n rader har importerats tidigare, så inget lades till.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackStatsView</name>
    <message numerus="yes">
        <source>%n response(s); attendance is not recorded.</source>
        <translation>
            <numerusform>%n svar; närvaron har inte registrerats.</numerusform>
            <numerusform>%n svar; närvaron har inte registrerats.</numerusform>
        </translation>
    </message>
    <message>
        <source>{responses} responses from {attendance} participants: response rate {percent} %.</source>
        <translation>{responses} svar från {attendance} deltagare: svarsfrekvens {percent} %.</translation>
    </message>
    <message>
        <source>More responses than participants: check that every file belongs to this workshop and that attendance is recorded.</source>
        <translation>Det finns fler svar än deltagare. Kontrollera att varje fil hör till denna workshop och att deltagarna är registrerade.</translation>
    </message>
    <message>
        <source>No questions yet: add them on the left.</source>
        <translation>Inga frågor ännu. Lägg till dem till vänster.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>och %n till</numerusform>
            <numerusform>och %n till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written answer(s)</source>
        <translation>
            <numerusform>%n skriftligt svar</numerusform>
            <numerusform>%n skriftliga svar</numerusform>
        </translation>
    </message>
    <message>
        <source>n = {n}</source>
        <comment>answers</comment>
        <translation>n = {n}</translation>
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
        <source>don&apos;t know: {count}</source>
        <translation>vet inte: {count}</translation>
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
    <name>GuideDialog</name>
    <message>
        <source>Quick guide</source>
        <translation>Snabbguide</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>Importera överföringsfil</translation>
    </message>
    <message>
        <source>one project</source>
        <translation>ett projekt</translation>
    </message>
    <message>
        <source>a whole store</source>
        <translation>alla uppgifter</translation>
    </message>
    <message>
        <source>The bundle {name} holds {what}, written {when} on device {device}. This is what importing it will change:</source>
        <translation>Överföringsfilen {name} innehåller {what}, skriven {when} på enheten {device}. Importen ändrar följande:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nya</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterade</translation>
    </message>
    <message>
        <source>Conflicting</source>
        <translation>Motstridiga</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrade</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Raderade</translation>
    </message>
    <message>
        <source>Changes per kind</source>
        <translation>Ändringar per typ</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Show &amp;conflicts…</source>
        <translation>Visa &amp;konflikter…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Läser {name}…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in all. Nothing is lost: where both sides changed the same text, the other version is kept for you to look at.</source>
        <translation>
            <numerusform>%n ändring sammanlagt. Inget går förlorat: där båda sidor ändrat samma text sparas den andra versionen så att du kan granska den.</numerusform>
            <numerusform>%n ändringar sammanlagt. Inget går förlorat: där båda sidor ändrat samma text sparas den andra versionen så att du kan granska den.</numerusform>
        </translation>
    </message>
    <message>
        <source>This store already has everything in the bundle; importing changes nothing.</source>
        <translation>Allt i överföringsfilen finns redan på den här datorn. Importen ändrar ingenting.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importerar {name}…</translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {conflicting} conflicting, {erased} erased.</source>
        <translation>Importerat: nya {new}, uppdaterade {updated}, motstridiga {conflicting}, raderade {erased}.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Saving waits for the import to finish; what you type is kept and saved then.</source>
        <translation>Sparandet väntar tills importen är klar. Det du skriver finns kvar och sparas då.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Boxes</source>
        <translation>Rutor</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Nivåer</translation>
    </message>
    <message>
        <source>Concentric circles</source>
        <translation>Koncentriska cirklar</translation>
    </message>
    <message>
        <source>2 × 2 grid</source>
        <translation>2 × 2-rutnät</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Search by name, purpose or tag</source>
        <translation>Sök med namn, syfte eller tagg</translation>
    </message>
    <message>
        <source>Search methods</source>
        <translation>Sök metoder</translation>
    </message>
    <message>
        <source>Language of the methods</source>
        <translation>Metodernas språk</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alla språk</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tagg</translation>
    </message>
    <message>
        <source>any length</source>
        <translation>valfri längd</translation>
    </message>
    <message>
        <source>at most </source>
        <translation>högst </translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Longest duration</source>
        <translation>Längsta längd</translation>
    </message>
    <message>
        <source>any group size</source>
        <translation>valfri gruppstorlek</translation>
    </message>
    <message>
        <source>for </source>
        <translation>för </translation>
    </message>
    <message>
        <source> people</source>
        <translation> personer</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Gruppstorlek</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Metoder</translation>
    </message>
    <message>
        <source>Space or Ctrl+click picks several methods; Enter adds them to the agenda.</source>
        <translation>Med mellanslag eller Ctrl+klick väljer du flera metoder. Enter lägger till dem i programmet.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Wor&amp;ksheet…</source>
        <translation>&amp;Förhandsvisa arbetsbladet…</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Add methods to agenda</source>
        <translation>Lägg till metoder i programmet</translation>
    </message>
    <message>
        <source>Method preview</source>
        <translation>Förhandsvisning av metoden</translation>
    </message>
    <message>
        <source>&amp;Add to agenda</source>
        <translation>&amp;Lägg till i programmet</translation>
    </message>
    <message>
        <source>See the worksheet this method prints</source>
        <translation>Se arbetsbladet som metoden skriver ut</translation>
    </message>
    <message>
        <source>&amp;New method…</source>
        <translation>&amp;Ny metod…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>R&amp;edigera…</translation>
    </message>
    <message>
        <source>&amp;Copy as my own…</source>
        <translation>&amp;Kopiera som egen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Method library</source>
        <translation>Metodbibliotek</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alla taggar</translation>
    </message>
    <message numerus="yes">
        <source>%n methods</source>
        <translation>
            <numerusform>%n metod</numerusform>
            <numerusform>%n metoder</numerusform>
        </translation>
    </message>
    <message>
        <source>Space or Ctrl+click picks several methods.</source>
        <translation>Välj flera metoder med mellanslag eller Ctrl+klick.</translation>
    </message>
    <message numerus="yes">
        <source>%n picked: %1</source>
        <translation>
            <numerusform>%n vald: %1</numerusform>
            <numerusform>%n valda: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n to agenda</source>
        <translation>
            <numerusform>&amp;Lägg till %n i programmet</numerusform>
            <numerusform>&amp;Lägg till %n i programmet</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a workshop first.</source>
        <translation>Välj först en workshop.</translation>
    </message>
    <message>
        <source>built-in method</source>
        <translation>färdig metod</translation>
    </message>
    <message>
        <source>own method</source>
        <translation>egen metod</translation>
    </message>
    <message>
        <source>%1–%2 people</source>
        <translation>%1–%2 personer</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>No worksheet layout of its own: it prints a general answer sheet.</source>
        <translation>Inget eget arbetsblad: ett allmänt svarsblad skrivs ut.</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Arbetsblad</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Add method to agenda</source>
        <translation>Lägg till metoden i programmet</translation>
    </message>
    <message>
        <source>Delete method</source>
        <translation>Ta bort metoden</translation>
    </message>
    <message>
        <source>Has a worksheet of its own</source>
        <translation>Eget arbetsblad</translation>
    </message>
    <message>
        <source>Prints a general answer sheet</source>
        <translation>Ett allmänt svarsblad skrivs ut</translation>
    </message>
</context>
<context>
    <name>LiveMode</name>
    <message>
        <source>Live capture</source>
        <translation>Livedokumentation</translation>
    </message>
    <message>
        <source>Time now</source>
        <translation>Klockan nu</translation>
    </message>
    <message>
        <source>Running block</source>
        <translation>Pågående programpunkt</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Återstående tid</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>&amp;Börja nu</translation>
    </message>
    <message>
        <source>Begin the first block now; the rest follows from it (F5). The plan is not changed.</source>
        <translation>Den första programpunkten börjar nu och de andra följer efter (F5). Planen ändras inte.</translation>
    </message>
    <message>
        <source>Ne&amp;xt block</source>
        <translation>Nä&amp;sta punkt</translation>
    </message>
    <message>
        <source>End the running block now and start the next one (Ctrl+PgDown).</source>
        <translation>Den pågående programpunkten slutar nu och nästa börjar (Ctrl+PgDown).</translation>
    </message>
    <message>
        <source>&amp;+5 min</source>
        <translation>&amp;+5 min</translation>
    </message>
    <message>
        <source>Give the running block five more minutes (Ctrl++). The plan is not changed.</source>
        <translation>Fem minuter till för den pågående programpunkten (Ctrl++). Planen ändras inte.</translation>
    </message>
    <message>
        <source>&amp;−5 min</source>
        <translation>&amp;−5 min</translation>
    </message>
    <message>
        <source>Take five minutes from the running block (Ctrl+−).</source>
        <translation>Fem minuter mindre för den pågående programpunkten (Ctrl+−).</translation>
    </message>
    <message>
        <source>Planned %1–%2</source>
        <translation>Planerat kl. %1–%2</translation>
    </message>
    <message>
        <source>%1 · began %2</source>
        <translation>%1 · började kl. %2</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Börja nu</translation>
    </message>
    <message>
        <source>Next block</source>
        <translation>Nästa programpunkt</translation>
    </message>
    <message>
        <source>Add five minutes</source>
        <translation>Lägg till fem minuter</translation>
    </message>
    <message>
        <source>Take five minutes</source>
        <translation>Dra av fem minuter</translation>
    </message>
    <message>
        <source>Planned and actual times</source>
        <translation>Planerade och faktiska tider</translation>
    </message>
    <message>
        <source>Leave live capture (Esc)</source>
        <translation>Lämna livedokumentationen (Esc)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Alt+%1 or Ctrl+%1</source>
        <translation>Alt+%1 eller Ctrl+%1</translation>
    </message>
    <message>
        <source>Kind of the next note</source>
        <translation>Typ av nästa anteckning</translation>
    </message>
    <message>
        <source>Group or table, e.g. Table 2</source>
        <translation>Grupp eller bord, t.ex. Bord 2</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <source>Parallel track of the next note</source>
        <translation>Parallell grupp för nästa anteckning</translation>
    </message>
    <message>
        <source>The note goes to the block itself or to one of its parallel tracks.</source>
        <translation>Anteckningen sparas i själva programpunkten eller i en av dess parallella grupper.</translation>
    </message>
    <message>
        <source>&amp;Parallel track:</source>
        <translation>&amp;Parallell grupp:</translation>
    </message>
    <message>
        <source>Type a note and press Enter to save it</source>
        <translation>Skriv en anteckning och spara den med Enter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <source>Last saved note</source>
        <translation>Senast sparade anteckning</translation>
    </message>
    <message>
        <source>&amp;Undo last step</source>
        <translation>&amp;Ångra senaste</translation>
    </message>
    <message>
        <source>Notes of the running block</source>
        <translation>Anteckningar för den pågående programpunkten</translation>
    </message>
    <message>
        <source>This workshop is planned for %1; the blocks follow today&apos;s clock.</source>
        <translation>Den här workshoppen är planerad till %1. Programpunkterna följer dagens klocka.</translation>
    </message>
    <message>
        <source>The workshop was not found.</source>
        <translation>Workshoppen hittades inte.</translation>
    </message>
    <message numerus="yes">
        <source>%n min over</source>
        <translation>
            <numerusform>%n min över</numerusform>
            <numerusform>%n min över</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min kvar</numerusform>
            <numerusform>%n min kvar</numerusform>
        </translation>
    </message>
    <message>
        <source>No block is running: the agenda has ended.</source>
        <translation>Ingen programpunkt pågår: programmet har slutat.</translation>
    </message>
    <message>
        <source>The workshop has no agenda yet.</source>
        <translation>Workshoppen har inget program ännu.</translation>
    </message>
    <message>
        <source>No block is running yet.</source>
        <translation>Ingen programpunkt pågår ännu.</translation>
    </message>
    <message>
        <source>Next: %1 at %2</source>
        <translation>Nästa: %1 kl. %2</translation>
    </message>
    <message>
        <source>Next: nothing, this is the last block.</source>
        <translation>Nästa: inget, detta är den sista programpunkten.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <source>the workshop (no block running)</source>
        <translation>workshoppen (ingen programpunkt pågår)</translation>
    </message>
    <message>
        <source>Saved as %1 to %2.</source>
        <translation>Sparad som %1 i %2.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fasilitaattori</source>
        <translation>Fasilitaattori</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Verktyg</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation>Nytt &amp;projekt…</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Ny workshop…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Find everywhere…</source>
        <translation>&amp;Sök överallt…</translation>
    </message>
    <message>
        <source>Filter the &amp;workshop list</source>
        <translation>Filtrera &amp;workshoplistan</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Byt namn…</translation>
    </message>
    <message>
        <source>&amp;Copy workshop…</source>
        <translation>&amp;Kopiera workshop…</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Spara som &amp;mall…</translation>
    </message>
    <message>
        <source>New workshop from t&amp;emplate…</source>
        <translation>Ny workshop från m&amp;all…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Visa: %1</translation>
    </message>
    <message>
        <source>Method &amp;library</source>
        <translation>Metod&amp;bibliotek</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;About Fasilitaattori</source>
        <translation>&amp;Om Fasilitaattori</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>%1 – Fasilitaattori</source>
        <translation>%1 – Fasilitaattori</translation>
    </message>
    <message>
        <source>%1 — %2 agenda blocks, %3 notes, %4 open tasks</source>
        <translation>%1 — programpunkter %2, anteckningar %3, öppna uppgifter %4</translation>
    </message>
    <message>
        <source>&amp;Quick guide</source>
        <translation>&amp;Snabbguide</translation>
    </message>
    <message>
        <source>Open the &amp;example project</source>
        <translation>Öppna &amp;exempelprojektet</translation>
    </message>
    <message>
        <source>Fasilitaattori %1

An offline workbench for planning and running workshops, capturing what comes out and printing the results.</source>
        <translation>Fasilitaattori %1

Ett verktyg för att planera och leda workshoppar, dokumentera resultaten och skriva ut dem – fungerar utan nätverk.</translation>
    </message>
    <message>
        <source>About Fasilitaattori</source>
        <translation>Om Fasilitaattori</translation>
    </message>
    <message>
        <source>Ctrl+K: find everywhere</source>
        <translation>Ctrl+K: sök överallt</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z: undo / redo</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z: ångra / gör om</translation>
    </message>
    <message>
        <source>Ctrl+N: new workshop</source>
        <translation>Ctrl+N: ny workshop</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9: the workshop&apos;s tabs</source>
        <translation>Ctrl+1 … Ctrl+9: workshoppens flikar</translation>
    </message>
    <message>
        <source>Ctrl+L: method library</source>
        <translation>Ctrl+L: metodbibliotek</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F: filter the workshop list</source>
        <translation>Ctrl+Shift+F: filtrera workshoplistan</translation>
    </message>
    <message>
        <source>F6: move between the workshop list and the page</source>
        <translation>F6: växla mellan workshoplistan och sidan</translation>
    </message>
    <message>
        <source>F2: rename</source>
        <translation>F2: byt namn</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down: move an agenda block</source>
        <translation>Alt+Up / Alt+Down: flytta en programpunkt</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
</context>
<context>
    <name>MethodEditor</name>
    <message>
        <source>Edit method</source>
        <translation>Redigera metod</translation>
    </message>
    <message>
        <source>New method</source>
        <translation>Ny metod</translation>
    </message>
    <message>
        <source>One step on each line</source>
        <translation>Ett steg per rad</translation>
    </message>
    <message>
        <source>One material on each line</source>
        <translation>Ett material per rad</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Smallest group</source>
        <translation>Minsta grupp</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>Största grupp</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. dialogue, small groups</source>
        <translation>Åtskilda med kommatecken, t.ex. dialog, smågrupper</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Syfte:</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>S&amp;teg:</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>&amp;Material:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>Läng&amp;d:</translation>
    </message>
    <message>
        <source>&amp;Group size:</source>
        <translation>&amp;Gruppstorlek:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>T&amp;aggar:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>%1 (own)</source>
        <translation>%1 (egen)</translation>
    </message>
</context>
<context>
    <name>MethodPickerDialog</name>
    <message>
        <source>Add from the method library</source>
        <translation>Lägg till från metodbiblioteket</translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) added to the agenda.</source>
        <translation>
            <numerusform>%n metod har lagts till i programmet.</numerusform>
            <numerusform>%n metoder har lagts till i programmet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MethodPicture</name>
    <message>
        <source>Picture of the method&apos;s worksheet</source>
        <translation>Bild av metodens arbetsblad</translation>
    </message>
    <message>
        <source>Preparing the picture…</source>
        <translation>Bilden förbereds…</translation>
    </message>
</context>
<context>
    <name>NoteKinds</name>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <source>Development need</source>
        <translation>Utvecklingsbehov</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Block</source>
        <translation>Programpunkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Without a block</source>
        <translation>Utan programpunkt</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>Flytta anteckning</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Redigera anteckning</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Search notes</source>
        <translation>Sök i anteckningarna</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Show notes of block</source>
        <translation>Visa anteckningar för programpunkten</translation>
    </message>
    <message>
        <source>&amp;Block:</source>
        <translation>&amp;Programpunkt:</translation>
    </message>
    <message>
        <source>Show notes of kind</source>
        <translation>Visa anteckningar av typen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Number of notes shown</source>
        <translation>Antal visade anteckningar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Block to move the selected notes to</source>
        <translation>Programpunkt dit de valda anteckningarna flyttas</translation>
    </message>
    <message>
        <source>&amp;Move selected to</source>
        <translation>&amp;Flytta valda till</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>Ta &amp;bort valda</translation>
    </message>
    <message>
        <source>Delete the selected notes (Del); Undo brings them back.</source>
        <translation>Ta bort de valda anteckningarna (Del). Ångra tar tillbaka dem.</translation>
    </message>
    <message>
        <source>Type a new note and press Enter</source>
        <translation>Skriv en ny anteckning och tryck på Enter</translation>
    </message>
    <message>
        <source>e.g. Table 2</source>
        <translation>t.ex. Bord 2</translation>
    </message>
    <message>
        <source>Group of the new note</source>
        <translation>Den nya anteckningens grupp</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <source>Without a block</source>
        <translation>Utan programpunkt</translation>
    </message>
    <message>
        <source>Goes without a block · %1</source>
        <translation>Sparas utan programpunkt · %1</translation>
    </message>
    <message>
        <source>Goes to: %1 · %2</source>
        <translation>Sparas under: %1 · %2</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <source>&amp;New note:</source>
        <translation>&amp;Ny anteckning:</translation>
    </message>
    <message>
        <source>All blocks</source>
        <translation>Alla programpunkter</translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n anteckning</numerusform>
            <numerusform>%n anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n notes</source>
        <translation>
            <numerusform>Flytta %n anteckning</numerusform>
            <numerusform>Flytta %n anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n notes</source>
        <translation>
            <numerusform>Ta bort %n anteckning</numerusform>
            <numerusform>Ta bort %n anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lägg till anteckning</translation>
    </message>
</context>
<context>
    <name>OpeningWindow</name>
    <message>
        <source>Opening your workshops…</source>
        <translation>Dina workshoppar öppnas…</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Choose a workshop in the list on the left, or create a new one.</source>
        <translation>Välj en workshop i listan till vänster eller skapa en ny.</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>inget datum ännu</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Rubri&amp;k:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Tid:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>P&amp;lats:</translation>
    </message>
    <message>
        <source>&amp;Locality:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation>&amp;Målgrupp:</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>Ha&amp;ndledare:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Language of &amp;printouts:</source>
        <translation>&amp;Utskrifternas språk:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Sluttid</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Goals and &amp;description:</source>
        <translation>Mål och &amp;beskrivning:</translation>
    </message>
    <message>
        <source>Facilitator&apos;s &amp;conclusions:</source>
        <translation>Handledarens slutsats&amp;er:</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Rapporterad</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(inget projekt)</translation>
    </message>
    <message>
        <source>A workshop needs a start time.</source>
        <translation>Workshoppen behöver en starttid.</translation>
    </message>
    <message>
        <source>A workshop needs an end time.</source>
        <translation>Workshoppen behöver en sluttid.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Redigera: %1</translation>
    </message>
    <message>
        <source>title</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projekt</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>starttid</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>sluttid</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>plats</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>ort</translation>
    </message>
    <message>
        <source>target group</source>
        <translation>målgrupp</translation>
    </message>
    <message>
        <source>facilitators</source>
        <translation>handledare</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>language of printouts</source>
        <translation>utskrifternas språk</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>conclusions</source>
        <translation>slutsatser</translation>
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
        <source>Don&apos;t know</source>
        <translation>Vet inte</translation>
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
    <name>ParticipantImport</name>
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
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktuppgift</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Specialkost</translation>
    </message>
    <message>
        <source>Other needs</source>
        <translation>Andra behov</translation>
    </message>
    <message>
        <source>Import participants from a CSV file</source>
        <translation>Importera deltagare från en CSV-fil</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>ParticipantImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Importera deltagare</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>kommatecken</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source>%1: %2 rows, read as %3 text separated by %4. Check which column goes to which field; columns set to “Do not import” are left out.</source>
        <translation>%1: %2 rader, lästa som %3-text åtskild med %4. Kontrollera vilken kolumn som går till vilket fält. Kolumner med ”Importera inte” lämnas bort.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolumn %1</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Importera inte</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Fält för kolumn %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Förhandsvisning av de första raderna</translation>
    </message>
    <message>
        <source>Mark everyone as &amp;attending this workshop</source>
        <translation>Markera alla som &amp;deltagare i den här workshoppen</translation>
    </message>
    <message numerus="yes">
        <source>Import %n people</source>
        <translation>
            <numerusform>Importera %n person</numerusform>
            <numerusform>Importera %n personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n participants</source>
        <translation>
            <numerusform>Importera %n deltagare</numerusform>
            <numerusform>Importera %n deltagare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Import CSV…</source>
        <translation>Importera CSV…</translation>
    </message>
    <message>
        <source>Add people from a registration list saved as CSV; you check the columns in a preview first.</source>
        <translation>Lägg till personer från en anmälningslista sparad som CSV. Du kontrollerar kolumnerna först i en förhandsvisning.</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Namn (frivilligt)</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>Lägg &amp;till person</translation>
    </message>
    <message>
        <source>Add a participant (Enter adds, every field is optional)</source>
        <translation>Lägg till en deltagare (Enter lägger till, alla fält är frivilliga)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>Komm&amp;un:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Ro&amp;ll:</translation>
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
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Participants of this workshop</source>
        <translation>Deltagare i den här workshoppen</translation>
    </message>
    <message>
        <source>Someone already known</source>
        <translation>Någon som redan finns</translation>
    </message>
    <message>
        <source>&amp;Known person:</source>
        <translation>T&amp;idigare deltagare:</translation>
    </message>
    <message>
        <source>Mark as a&amp;ttending</source>
        <translation>Markera som &amp;deltagare</translation>
    </message>
    <message>
        <source>&amp;Not attending</source>
        <translation>D&amp;eltar inte</translation>
    </message>
    <message>
        <source>Take the selected people off this workshop (they stay in the register).</source>
        <translation>Ta bort de valda personerna från den här workshoppen (de finns kvar i registret).</translation>
    </message>
    <message>
        <source>Save count</source>
        <translation>Spara antal</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Kommun:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>Hur många:</translation>
    </message>
    <message>
        <source>Sets the number for this municipality and organisation; 0 removes it from the totals.</source>
        <translation>Anger antalet för den här kommunen och organisationen. 0 tar bort det från summorna.</translation>
    </message>
    <message>
        <source>Anonymous head counts</source>
        <translation>Anonyma deltagarantal</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Attendance by municipality</source>
        <translation>Deltagare per kommun</translation>
    </message>
    <message>
        <source>Attendance by organisation</source>
        <translation>Deltagare per organisation</translation>
    </message>
    <message>
        <source>Attendance, named and anonymous together</source>
        <translation>Deltagare, namngivna och anonyma tillsammans</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Deltagare: %1</translation>
    </message>
    <message>
        <source>Choose a workshop to see its participants.</source>
        <translation>Välj en workshop för att se dess deltagare.</translation>
    </message>
    <message numerus="yes">
        <source>%n named participants</source>
        <translation>
            <numerusform>%n deltagare med namn</numerusform>
            <numerusform>%n deltagare med namn</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n people in all</source>
        <translation>
            <numerusform>Sammanlagt %n person</numerusform>
            <numerusform>Sammanlagt %n personer</numerusform>
        </translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(inte angivet)</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Lägg till deltagare</translation>
    </message>
    <message>
        <source>Mark as attending</source>
        <translation>Markera som deltagare</translation>
    </message>
    <message>
        <source>Mark as not attending</source>
        <translation>Markera som frånvarande</translation>
    </message>
    <message>
        <source>Set head count</source>
        <translation>Ange deltagarantal</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted bundle</source>
        <translation>Krypterad överföringsfil</translation>
    </message>
    <message>
        <source>The bundle {name} is encrypted. Type its passphrase.</source>
        <translation>Överföringsfilen {name} är krypterad. Skriv dess lösenfras.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
</context>
<context>
    <name>PersonDetails</name>
    <message>
        <source>interpreter</source>
        <translation>tolk</translation>
    </message>
    <message>
        <source>hearing loop</source>
        <translation>hörslinga</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>assistent</translation>
    </message>
    <message>
        <source>diet</source>
        <translation>specialkost</translation>
    </message>
    <message>
        <source>other needs</source>
        <translation>andra behov</translation>
    </message>
    <message>
        <source>diet: %1</source>
        <translation>specialkost: %1</translation>
    </message>
    <message>
        <source>May &amp;be in photos</source>
        <translation>Får synas på &amp;foton</translation>
    </message>
    <message>
        <source>May be contacted &amp;later</source>
        <translation>Får kontaktas &amp;senare</translation>
    </message>
    <message>
        <source>Needs an int&amp;erpreter</source>
        <translation>Behöver tol&amp;k</translation>
    </message>
    <message>
        <source>Needs a hearin&amp;g loop</source>
        <translation>Behöver hörslin&amp;ga</translation>
    </message>
    <message>
        <source>Comes &amp;with an assistant</source>
        <translation>Kommer &amp;med assistent</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>An&amp;y other needs:</source>
        <translation>Andra &amp;behov:</translation>
    </message>
    <message>
        <source>Email or phone</source>
        <translation>E-post eller telefon</translation>
    </message>
    <message>
        <source>For example gluten-free</source>
        <translation>Till exempel glutenfri</translation>
    </message>
    <message>
        <source>For example a wheelchair place</source>
        <translation>Till exempel plats för rullstol</translation>
    </message>
    <message>
        <source>&amp;Diet:</source>
        <translation>S&amp;pecialkost:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>Consents and needs: %1</source>
        <translation>Samtycken och behov: %1</translation>
    </message>
    <message>
        <source>Consents and needs (select a person above)</source>
        <translation>Samtycken och behov (välj en person i listan ovan)</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Redigera deltagare</translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <source>&amp;Add photos…</source>
        <translation>&amp;Lägg till bilder…</translation>
    </message>
    <message>
        <source>or drag image files here</source>
        <translation>eller dra bildfiler hit</translation>
    </message>
    <message>
        <source>Photos of this workshop</source>
        <translation>Bilder från den här workshoppen</translation>
    </message>
    <message>
        <source>Chosen photo</source>
        <translation>Vald bild</translation>
    </message>
    <message>
        <source>What the photo shows, e.g. Group 2&apos;s network map</source>
        <translation>Vad bilden visar, t.ex. grupp 2:s nätverkskarta</translation>
    </message>
    <message>
        <source>&amp;Delete photo</source>
        <translation>&amp;Ta bort bilden</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Bildtext:</translation>
    </message>
    <message>
        <source>&amp;Block:</source>
        <translation>&amp;Programpunkt:</translation>
    </message>
    <message>
        <source>Photos: %1 (%2)</source>
        <translation>Bilder: %1 (%2)</translation>
    </message>
    <message>
        <source>Choose a workshop to see its photos.</source>
        <translation>Välj en workshop för att se dess bilder.</translation>
    </message>
    <message>
        <source>No block</source>
        <translation>Ingen programpunkt</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 pixels</source>
        <translation>%1 · %2 × %3 pixlar</translation>
    </message>
    <message>
        <source>Choose a photo to give it a caption or attach it to a block.</source>
        <translation>Välj en bild för att ge den en bildtext eller koppla den till en programpunkt.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Lägg till bilder</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message numerus="yes">
        <source>Add %n photos</source>
        <translation>
            <numerusform>Lägg till %n bild</numerusform>
            <numerusform>Lägg till %n bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit photo</source>
        <translation>Redigera bild</translation>
    </message>
    <message>
        <source>Delete photo</source>
        <translation>Ta bort bild</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>&amp;Erase a person everywhere…</source>
        <translation>&amp;Radera en person överallt…</translation>
    </message>
    <message>
        <source>&amp;Personal data review…</source>
        <translation>&amp;Genomgång av personuppgifter…</translation>
    </message>
    <message>
        <source>Privacy &amp;notice…</source>
        <translation>&amp;Dataskyddsbeskrivning…</translation>
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
    <name>ReportExport</name>
    <message>
        <source>Save as &amp;Word (DOCX)…</source>
        <translation>Spara som Word-fil (DOC&amp;X)…</translation>
    </message>
    <message>
        <source>Save as &amp;OpenDocument (ODT)…</source>
        <translation>Spara som OpenDocument-fil (OD&amp;T)…</translation>
    </message>
    <message>
        <source>Save as accessible PD&amp;F (PDF/UA)…</source>
        <translation>Spara som t&amp;illgänglig PDF (PDF/UA)…</translation>
    </message>
    <message>
        <source>An editable report with headings, alternative texts and table headers that a screen reader can follow.</source>
        <translation>En redigerbar rapport med rubriker, alternativtexter och tabellrubriker som en skärmläsare kan följa.</translation>
    </message>
    <message>
        <source>A tagged PDF for publishing: a screen reader follows its headings, lists, tables and the pictures&apos; alternative texts.</source>
        <translation>En tillgänglig PDF för publicering: en skärmläsare kan följa dess rubriker, listor, tabeller och bildernas alternativtexter.</translation>
    </message>
    <message>
        <source>Save as Word</source>
        <translation>Spara som Word-fil</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <source>Save as OpenDocument</source>
        <translation>Spara som OpenDocument-fil</translation>
    </message>
    <message>
        <source>OpenDocument texts (*.odt)</source>
        <translation>OpenDocument-texter (*.odt)</translation>
    </message>
    <message>
        <source>Save as accessible PDF</source>
        <translation>Spara som tillgänglig PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a workshop (and for a project report, a workshop of a project).</source>
        <translation>Välj en workshop (för en projektrapport en workshop i ett projekt).</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Sparad: %1</translation>
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
        <translation>
            <numerusform>Personer vars senaste workshop var för mer än %n månad sedan: {count}. Radera deras uppgifter om det inte finns skäl att spara dem.</numerusform>
            <numerusform>Personer vars senaste workshop var för mer än %n månader sedan: {count}. Radera deras uppgifter om det inte finns skäl att spara dem.</numerusform>
        </translation>
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
    <name>SearchDialog</name>
    <message>
        <source>Find everywhere</source>
        <translation>Sök överallt</translation>
    </message>
    <message>
        <source>Search notes, tasks, workshops and methods</source>
        <translation>Sök i anteckningar, uppgifter, workshoppar och metoder</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message numerus="yes">
        <source>%n results; Enter opens the chosen one.</source>
        <translation>
            <numerusform>%n träff; Enter öppnar den valda.</numerusform>
            <numerusform>%n träffar; Enter öppnar den valda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Inget hittades.</translation>
    </message>
    <message>
        <source>Data from a large import is still being added to the search; not all of it may be found yet.</source>
        <translation>Data från en stor import läggs fortfarande till i sökningen; allt hittas kanske inte ännu.</translation>
    </message>
</context>
<context>
    <name>SeriesView</name>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Rapporterad</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>The project&apos;s workshops and the tasks between them</source>
        <translation>Projektets workshoppar och uppgifterna mellan dem</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Workshop, task or assignment</source>
        <translation>Workshop, uppgift eller mellanuppgift</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Enter opens the chosen workshop, or the Tasks tab of the chosen task.</source>
        <translation>Enter öppnar den valda workshoppen eller fliken Uppgifter för den valda uppgiften.</translation>
    </message>
    <message>
        <source>Project series</source>
        <translation>Projektets workshopserie</translation>
    </message>
    <message>
        <source>Series: %1</source>
        <translation>Workshopserie: %1</translation>
    </message>
    <message>
        <source>%1 workshops; %2 of %3 tasks and assignments done.</source>
        <translation>%1 workshoppar; %2 av %3 uppgifter och mellanuppgifter klara.</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>inget datum ännu</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 dagar)</translation>
    </message>
    <message>
        <source>Without a due date</source>
        <translation>Utan förfallodag</translation>
    </message>
    <message>
        <source>Before the first workshop</source>
        <translation>Före den första workshoppen</translation>
    </message>
    <message>
        <source>After the last workshop</source>
        <translation>Efter den sista workshoppen</translation>
    </message>
    <message>
        <source>Between the workshops</source>
        <translation>Mellan workshopparna</translation>
    </message>
    <message>
        <source>%1 between the workshops</source>
        <translation>%1 mellan workshopparna</translation>
    </message>
    <message>
        <source>%1 – nothing due</source>
        <translation>%1 – inga förfallodagar</translation>
    </message>
    <message>
        <source>Assignment: %1</source>
        <translation>Mellanuppgift: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n vecka</numerusform>
            <numerusform>%n veckor</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a project or one of its workshops first.</source>
        <translation>Välj först ett projekt eller en av dess workshoppar.</translation>
    </message>
    <message>
        <source>Project &amp;series</source>
        <translation>Projektets &amp;serie</translation>
    </message>
    <message>
        <source>The project&apos;s workshops as a timeline, with the tasks and assignments between them.</source>
        <translation>Projektets workshoppar som en tidslinje, med uppgifterna och mellanuppgifterna mellan dem.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>Suomi (Finnish)</source>
        <translation>finska (suomi)</translation>
    </message>
    <message>
        <source>Svenska (Swedish)</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska (English)</translation>
    </message>
    <message>
        <source>Printed on the printouts</source>
        <translation>Skrivs ut på utskrifterna</translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation>Programmets &amp;språk:</translation>
    </message>
    <message>
        <source>&amp;Facilitator&apos;s name:</source>
        <translation>&amp;Handledarens namn:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Menus and windows that are already open change language when the program is started again.</source>
        <translation>Menyer och fönster som redan är öppna byter språk när programmet startas på nytt.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>planned</source>
        <translation>planerad</translation>
    </message>
    <message>
        <source>held</source>
        <translation>genomförd</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>rapporterad</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>inget datum ännu</translation>
    </message>
    <message>
        <source>Filter workshops</source>
        <translation>Filtrera workshoppar</translation>
    </message>
    <message>
        <source>Projects and workshops</source>
        <translation>Projekt och workshoppar</translation>
    </message>
    <message>
        <source>Workshops without a project</source>
        <translation>Workshoppar utan projekt</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
    <message numerus="yes">
        <source>%n workshops</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshoppar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda blocks</source>
        <translation>
            <numerusform>%n programpunkt</numerusform>
            <numerusform>%n programpunkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n anteckning</numerusform>
            <numerusform>%n anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open tasks</source>
        <translation>
            <numerusform>%n öppen uppgift</numerusform>
            <numerusform>%n öppna uppgifter</numerusform>
        </translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <source>Name of the project:</source>
        <translation>Projektets namn:</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <source>Title of the workshop:</source>
        <translation>Workshoppens rubrik:</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>Byt namn på projektet</translation>
    </message>
    <message>
        <source>Rename workshop</source>
        <translation>Byt namn på workshoppen</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Ta bort projektet</translation>
    </message>
    <message>
        <source>Deleted the project “%1” and its workshops. Undo brings them back.</source>
        <translation>Projektet ”%1” och dess workshoppar togs bort. Ångra tar tillbaka dem.</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Ta bort workshoppen</translation>
    </message>
    <message>
        <source>Deleted the workshop “%1”. Undo brings it back.</source>
        <translation>Workshoppen ”%1” togs bort. Ångra tar tillbaka den.</translation>
    </message>
    <message>
        <source>Copy workshop</source>
        <translation>Kopiera workshop</translation>
    </message>
    <message>
        <source>Title of the copy:</source>
        <translation>Kopians rubrik:</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopia av %1</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Spara som mall</translation>
    </message>
    <message>
        <source>Saved the template “%1”.</source>
        <translation>Mallen ”%1” sparades.</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Mallens namn:</translation>
    </message>
    <message>
        <source>New workshop from template</source>
        <translation>Ny workshop från mall</translation>
    </message>
    <message>
        <source>Show &amp;series</source>
        <translation>Visa &amp;workshopserien</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Nytt projekt…</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>Ny workshop…</translation>
    </message>
    <message>
        <source>New workshop from this template…</source>
        <translation>Ny workshop från den här mallen…</translation>
    </message>
    <message>
        <source>Copy workshop…</source>
        <translation>Kopiera workshop…</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Spara som mall…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Fasilitaattori bundles (*.fasi);;All files (*)</source>
        <translation>Överföringsfiler från Fasilitaattori (*.fasi);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Metoder</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshoppar</translation>
    </message>
    <message>
        <source>Agenda blocks</source>
        <translation>Programpunkter</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Head counts</source>
        <translation>Deltagarantal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Feedback questions</source>
        <translation>Responsfrågor</translation>
    </message>
    <message>
        <source>Feedback responses</source>
        <translation>Responsblanketter</translation>
    </message>
    <message>
        <source>Feedback answers</source>
        <translation>Responssvar</translation>
    </message>
    <message>
        <source>Question sets</source>
        <translation>Frågeuppsättningar</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Kept conflict copies</source>
        <translation>Sparade konfliktversioner</translation>
    </message>
    <message>
        <source>Own categories</source>
        <translation>Egna kategorier</translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation>Raderingar</translation>
    </message>
    <message>
        <source>Choose sync folder</source>
        <translation>Välj synkroniseringsmapp</translation>
    </message>
    <message>
        <source>The bundles in the sync folder are encrypted. Type the team&apos;s passphrase.</source>
        <translation>Överföringsfilerna i synkroniseringsmappen är krypterade. Skriv teamets gemensamma lösenfras.</translation>
    </message>
    <message>
        <source>Syncing with the other devices…</source>
        <translation>Synkroniserar med de andra datorerna…</translation>
    </message>
    <message>
        <source>Other devices synced: %1.</source>
        <translation>Andra enheter som synkroniserats: %1.</translation>
    </message>
    <message>
        <source>Changes that came in: %1.</source>
        <translation>Ändringar som kom in: %1.</translation>
    </message>
    <message>
        <source>Values changed on two devices: %1; see Tools → Conflicts.</source>
        <translation>Värden som ändrats på två enheter: %1. Se Verktyg → Konflikter.</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Synkronisera nu</translation>
    </message>
    <message>
        <source>Encrypt sync &amp;bundles…</source>
        <translation>Kr&amp;yptera synkroniseringsfilerna…</translation>
    </message>
    <message>
        <source>Sync l&amp;og…</source>
        <translation>Synkroniserings&amp;logg…</translation>
    </message>
    <message>
        <source>Sync on s&amp;tart and close</source>
        <translation>Synkronisera vid start och &amp;avslut</translation>
    </message>
    <message>
        <source>Nothing new came in.</source>
        <translation>Inget nytt kom in.</translation>
    </message>
    <message>
        <source>{name} could not be read: {problem}</source>
        <translation>{name} kunde inte läsas: {problem}</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronisera nu</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Importera överföringsfil</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exportera överföringsfil…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importera överföringsfil…</translation>
    </message>
    <message>
        <source>Choose sync &amp;folder…</source>
        <translation>Välj synkroniserings&amp;mapp…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikter…</translation>
    </message>
</context>
<context>
    <name>SyncEncryptionDialog</name>
    <message>
        <source>Encrypt sync bundles</source>
        <translation>Kryptera synkroniseringsfilerna</translation>
    </message>
    <message>
        <source>&amp;Encrypt this laptop&apos;s bundle in the sync folder</source>
        <translation>&amp;Kryptera den här datorns överföringsfil i synkroniseringsmappen</translation>
    </message>
    <message>
        <source>Every laptop in the folder needs the same passphrase. It is not saved: Fasilitaattori asks for it at the first sync after it starts.</source>
        <translation>Alla datorer som använder mappen behöver samma lösenfras. Den sparas inte: Fasilitaattori frågar efter den vid den första synkroniseringen efter start.</translation>
    </message>
    <message>
        <source>P&amp;assphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;Upprepa lösenfrasen</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Skriv lösenfrasen.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Lösenfraserna skiljer sig åt. Skriv dem igen.</translation>
    </message>
</context>
<context>
    <name>SyncLog</name>
    <message>
        <source>Sync log</source>
        <translation>Synkroniseringslogg</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Sync log</source>
        <translation>Synkroniseringslogg</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Ångra den här importen…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synkroniserad</translation>
    </message>
    <message>
        <source>Undid an import</source>
        <translation>En import ångrades</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(ångrad)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nya</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>uppdaterade</translation>
    </message>
    <message>
        <source>conflicting</source>
        <translation>i konflikt</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>raderade för gott</translation>
    </message>
    <message>
        <source>Nothing has been imported or exported yet.</source>
        <translation>Inget har importerats eller exporterats ännu.</translation>
    </message>
    <message>
        <source>Looking for what was changed here since the import…</source>
        <translation>Söker efter det som ändrats här sedan importen…</translation>
    </message>
    <message>
        <source>The store goes back to how it was before the import of {file} ({when}). Erasures made since stay in force.</source>
        <translation>Uppgifterna återställs till hur de var före importen av {file} ({when}). Raderingar av personuppgifter som gjorts sedan dess gäller fortfarande.</translation>
    </message>
    <message>
        <source>These changes made here since then will be lost:</source>
        <translation>Följande ändringar som gjorts här sedan dess går förlorade:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(utan rubrik)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…och %n till.</numerusform>
            <numerusform>…och %n till.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been changed here since then.</source>
        <translation>Inget har ändrats här sedan dess.</translation>
    </message>
    <message numerus="yes">
        <source>%n other import(s) of the same Sync now will be undone too: a Sync now keeps one restore point.</source>
        <translation>
            <numerusform>Även %n annan import i samma synkronisering ångras: en synkronisering sparar en återställningspunkt.</numerusform>
            <numerusform>Även %n andra importer i samma synkronisering ångras: en synkronisering sparar en återställningspunkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later import(s) will be undone too.</source>
        <translation>
            <numerusform>Även %n senare import ångras.</numerusform>
            <numerusform>Även %n senare importer ångras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Ångra importen</translation>
    </message>
    <message>
        <source>&amp;Undo the import</source>
        <translation>&amp;Ångra importen</translation>
    </message>
    <message>
        <source>Putting the store back as it was before the import…</source>
        <translation>Uppgifterna återställs till läget före importen…</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>Importen ångrades.</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Between-workshop assignment</source>
        <translation>Mellanuppgift</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From workshop</source>
        <translation>Från workshop</translation>
    </message>
    <message>
        <source>Assignment: </source>
        <translation>Mellanuppgift: </translation>
    </message>
    <message>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <source>Type a task and press Enter</source>
        <translation>Skriv en uppgift och tryck på Enter</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Ny uppgift</translation>
    </message>
    <message>
        <source>&amp;New task:</source>
        <translation>&amp;Ny uppgift:</translation>
    </message>
    <message>
        <source>Add as between-workshop &amp;assignment</source>
        <translation>Lägg till som &amp;mellanuppgift</translation>
    </message>
    <message>
        <source>An assignment for the participants, followed up in the project&apos;s next workshop.</source>
        <translation>En uppgift för deltagarna som följs upp i projektets nästa workshop.</translation>
    </message>
    <message>
        <source>Tasks of this workshop</source>
        <translation>Uppgifter i den här workshoppen</translation>
    </message>
    <message>
        <source>Follow-ups from earlier workshops</source>
        <translation>Uppföljning från tidigare workshoppar</translation>
    </message>
    <message>
        <source>Follow-ups: unfinished tasks of earlier workshops</source>
        <translation>Uppföljning: oavslutade uppgifter från tidigare workshoppar</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Vem gör det</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>inget förfallodatum</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Förfallodag:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>De&amp;lete task</source>
        <translation>Ta &amp;bort uppgiften</translation>
    </message>
    <message>
        <source>Chosen task</source>
        <translation>Vald uppgift</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Uppgift:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>An&amp;svarig:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Followed up in:</source>
        <translation>Följs upp &amp;i:</translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>Uppgifter: %1</translation>
    </message>
    <message>
        <source>Choose a workshop to see its tasks.</source>
        <translation>Välj en workshop för att se dess uppgifter.</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups: unfinished tasks of earlier workshops (%n)</source>
        <translation>
            <numerusform>Uppföljning: oavslutade uppgifter från tidigare workshoppar (%n)</numerusform>
            <numerusform>Uppföljning: oavslutade uppgifter från tidigare workshoppar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>The saved due date “%1” is not a real date; choose a new one.</source>
        <translation>Det sparade förfallodatumet ”%1” är inte ett riktigt datum. Välj ett nytt.</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Redigera uppgift</translation>
    </message>
    <message>
        <source>Add assignment</source>
        <translation>Lägg till mellanuppgift</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Lägg till uppgift</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Ta bort uppgift</translation>
    </message>
</context>
<context>
    <name>TimeBalanceBar</name>
    <message>
        <source>Presentation %1 min (%2 %)</source>
        <translation>Presentationer %1 min (%2 %)</translation>
    </message>
    <message>
        <source>participants&apos; own work and discussion %1 min (%2 %)</source>
        <translation>deltagarnas eget arbete och diskussion %1 min (%2 %)</translation>
    </message>
    <message>
        <source>breaks %1 min (%2 %)</source>
        <translation>pauser %1 min (%2 %)</translation>
    </message>
    <message>
        <source>Participants&apos; own work and discussion take less than a third of the time that is not a break; a third or more keeps a workshop participatory.</source>
        <translation>Deltagarnas eget arbete och diskussion är mindre än en tredjedel av tiden utanför pauserna. Med minst en tredjedel förblir workshopen delaktig.</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Ångra: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Gör om: %1</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <source>Updating your data for this version of Fasilitaattori. This happens once and can take a minute with a large store; a copy of the data as it was is kept in the backups folder.</source>
        <translation>Dina uppgifter uppdateras för den här versionen av Fasilitaattori. Det görs bara en gång och kan ta en minut med ett stort datalager; en kopia av uppgifterna som de var sparas i mappen för säkerhetskopior.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Fasilitaattori</source>
        <translation>Välkommen till Fasilitaattori</translation>
    </message>
    <message>
        <source>Plan workshops, run them, write down what comes out and print what you need. Everything stays on this computer.

Start with a project of your own, or look around in the example project first: a series of three council workshops, which you can delete when you no longer need it.</source>
        <translation>Planera och led workshoppar, skriv ner resultaten och skriv ut det du behöver. Alla uppgifter stannar på den här datorn.

Börja med ett eget projekt eller titta först på exempelprojektet. Det är en serie med tre workshoppar för råd, och du kan radera det när du inte längre behöver det.</translation>
    </message>
    <message>
        <source>&amp;Create a project</source>
        <translation>&amp;Skapa ett projekt</translation>
    </message>
    <message>
        <source>Open the e&amp;xample project</source>
        <translation>Öppna &amp;exempelprojektet</translation>
    </message>
    <message>
        <source>Read the &amp;quick guide</source>
        <translation>Läs s&amp;nabbguiden</translation>
    </message>
</context>
<context>
    <name>WorksheetEditor</name>
    <message>
        <source>&amp;Worksheet for printing</source>
        <translation>Ar&amp;betsblad för utskrift</translation>
    </message>
    <message>
        <source>One prompt on each line</source>
        <translation>En fråga per rad</translation>
    </message>
    <message>
        <source>One column heading on each line</source>
        <translation>En kolumnrubrik per rad</translation>
    </message>
    <message>
        <source>e.g. 3, 3, 6 (empty: equal sizes)</source>
        <translation>t.ex. 3, 3, 6 (tomt: lika stora)</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>Worksheet t&amp;itle:</source>
        <translation>Arbetsbladets &amp;rubrik:</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Instruktioner:</translation>
    </message>
    <message>
        <source>Prompts:</source>
        <translation>Frågor:</translation>
    </message>
    <message>
        <source>Table columns:</source>
        <translation>Tabellens kolumner:</translation>
    </message>
    <message>
        <source>Table rows:</source>
        <translation>Tabellens rader:</translation>
    </message>
    <message>
        <source>Centre label:</source>
        <translation>Text i mitten:</translation>
    </message>
    <message>
        <source>Box sizes:</source>
        <translation>Rutornas storlek:</translation>
    </message>
    <message>
        <source>Worksheet instructions</source>
        <translation>Arbetsbladets instruktioner</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>Table columns</source>
        <translation>Tabellens kolumner</translation>
    </message>
</context>
<context>
    <name>WorksheetPreview</name>
    <message>
        <source>Worksheet: %1</source>
        <translation>Arbetsblad: %1</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Förhandsvisningen förbereds…</translation>
    </message>
    <message>
        <source>Preview of the worksheet</source>
        <translation>Förhandsvisning av arbetsbladet</translation>
    </message>
</context>
<context>
    <name>WorkshopTabs</name>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Bilder</translation>
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
        <source>--project goes with: list workshops.</source>
        <translation>--project hör till kommandot: list workshops.</translation>
    </message>
    <message>
        <source>--workshop goes with: list blocks.</source>
        <translation>--workshop hör till kommandot: list blocks.</translation>
    </message>
    <message>
        <source>A 2×2 grid needs exactly four prompts.</source>
        <translation>Ett 2×2-rutnät behöver exakt fyra frågor.</translation>
    </message>
    <message>
        <source>A column is mapped to an unknown field: {field}.</source>
        <translation>En kolumn är kopplad till ett okänt fält: {field}.</translation>
    </message>
    <message>
        <source>A name can be at most 200 characters long.</source>
        <translation>Ett namn kan vara högst 200 tecken långt.</translation>
    </message>
    <message>
        <source>A note can only be attached to a block of its own workshop.</source>
        <translation>En anteckning kan bara kopplas till en programpunkt i sin egen workshop.</translation>
    </message>
    <message>
        <source>A photo&apos;s content hash is not valid, so its file is not used.</source>
        <translation>Fotots innehållskontrollsumma är ogiltig, så dess fil används inte.</translation>
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
        <source>A worksheet has too many columns or boxes.</source>
        <translation>Arbetsbladet har för många kolumner eller rutor.</translation>
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
        <source>Another copy of Fasilitaattori or another program is using the data file, so the change was not saved; wait a moment and try again.</source>
        <translation>Ett annat Fasilitaattori-fönster eller ett annat program använder datafilen, så ändringen sparades inte. Vänta en stund och försök igen.</translation>
    </message>
    <message>
        <source>Choose a sync folder first.</source>
        <translation>Välj först en synkroniseringsmapp.</translation>
    </message>
    <message>
        <source>Choose at least one column to import.</source>
        <translation>Välj minst en kolumn att importera.</translation>
    </message>
    <message>
        <source>Choose mine, theirs, both or a merged text.</source>
        <translation>Välj min version, den andras, båda eller en sammanslagen text.</translation>
    </message>
    <message>
        <source>Fasilitaattori cannot write in the sync folder {path}.</source>
        <translation>Fasilitaattori kan inte skriva i synkroniseringsmappen {path}.</translation>
    </message>
    <message>
        <source>Give a box size for every prompt, or none.</source>
        <translation>Ange rutans storlek för varje fråga eller för ingen.</translation>
    </message>
    <message>
        <source>Give the number of an import as `sync log` shows it.</source>
        <translation>Ange importens nummer så som `sync log` visar det.</translation>
    </message>
    <message>
        <source>Import {id} has already been undone.</source>
        <translation>Import {id} har redan ångrats.</translation>
    </message>
    <message>
        <source>Give the workshop whose blocks to list: --workshop ID.</source>
        <translation>Ange workshoppen vars program ska listas: --workshop ID.</translation>
    </message>
    <message>
        <source>A parallel track cannot have tracks of its own.</source>
        <translation>En parallell grupp kan inte ha egna grupper.</translation>
    </message>
    <message>
        <source>Day {day} needs a start time such as 09:00.</source>
        <translation>Dag {day} behöver en starttid, till exempel 9.00.</translation>
    </message>
    <message>
        <source>Day {day} still has blocks; move or delete them first.</source>
        <translation>Dag {day} har ännu programpunkter. Flytta eller ta bort dem först.</translation>
    </message>
    <message>
        <source>The sync folder has files under this laptop&apos;s device id that it did not write (a laptop with a copy of its disk, or a backup restored here), so nothing was synced; give this laptop a new device id (Sync now offers it; on the command line `fasilitaattori sync new-device-id`) and sync again.</source>
        <translation>Synkroniseringsmappen har filer med den här datorns enhets-id som den inte har skrivit (en dator med en kopia av dess disk, eller en säkerhetskopia som återställts här), så inget synkroniserades. Ge den här datorn ett nytt enhets-id (Synkronisera nu erbjuder det; på kommandoraden `fasilitaattori sync new-device-id`) och synkronisera igen.</translation>
    </message>
    <message>
        <source>No block is running now, so there is nothing to lengthen.</source>
        <translation>Ingen programpunkt pågår nu, så det finns inget att förlänga.</translation>
    </message>
    <message>
        <source>A box above the worksheet can have at most five lines.</source>
        <translation>Rutan överst på arbetsbladet kan ha högst fem rader.</translation>
    </message>
    <message>
        <source>A table worksheet needs a row for each row label.</source>
        <translation>Ett arbetsblad med tabell behöver en rad för varje radrubrik.</translation>
    </message>
    <message>
        <source>No block of this workshop has a worksheet.</source>
        <translation>Ingen metod i workshoppens program har ett arbetsblad.</translation>
    </message>
    <message>
        <source>No column of the file is matched to a question; choose the question for at least one column.</source>
        <translation>Ingen kolumn i filen är kopplad till en fråga. Välj fråga för minst en kolumn.</translation>
    </message>
    <message>
        <source>Row {row} of the file {name} has a cell longer than {limit} characters.</source>
        <translation>Rad {row} i filen {name} har en cell med över {limit} tecken.</translation>
    </message>
    <message>
        <source>Row {row} of {name}: {reason}</source>
        <translation>Rad {row} i {name}: {reason}</translation>
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
        <source>The agenda has ended; there is no next block.</source>
        <translation>Programmet är slut; det finns ingen nästa programpunkt.</translation>
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
        <source>The bundle contains an unexpected part {member}; it was not made by Fasilitaattori or has been altered.</source>
        <translation>Överföringsfilen innehåller en oväntad del {member}. Den har inte gjorts av Fasilitaattori eller har ändrats.</translation>
    </message>
    <message>
        <source>The bundle contains the part {member} twice.</source>
        <translation>Överföringsfilen innehåller delen {member} två gånger.</translation>
    </message>
    <message>
        <source>The bundle does not fit this store&apos;s data ({reason}); nothing was imported.</source>
        <translation>Överföringsfilen passar inte ihop med uppgifterna på den här datorn ({reason}). Inget importerades.</translation>
    </message>
    <message>
        <source>The bundle has too many parts ({count}).</source>
        <translation>Överföringsfilen har för många delar ({count}).</translation>
    </message>
    <message>
        <source>The bundle is damaged: the checksum of {member} does not match.</source>
        <translation>Överföringsfilen är skadad: kontrollsumman för {member} stämmer inte.</translation>
    </message>
    <message>
        <source>The bundle is damaged: the manifest counts {count} {entity} rows but there are {found}.</source>
        <translation>Överföringsfilen är skadad: innehållsförteckningen anger {count} rader ({entity}) men det finns {found}.</translation>
    </message>
    <message>
        <source>The bundle is damaged: the part {member} cannot be unpacked ({reason}).</source>
        <translation>Överföringsfilen är skadad: delen {member} kan inte packas upp ({reason}).</translation>
    </message>
    <message>
        <source>The bundle is damaged: the part {member} cannot be unpacked.</source>
        <translation>Överföringsfilen är skadad: delen {member} kan inte packas upp.</translation>
    </message>
    <message>
        <source>The bundle is damaged: the photo {member} does not match its name.</source>
        <translation>Överföringsfilen är skadad: bilden {member} stämmer inte med sitt namn.</translation>
    </message>
    <message>
        <source>The bundle is incomplete: the part {member} is missing.</source>
        <translation>Överföringsfilen är ofullständig: delen {member} saknas.</translation>
    </message>
    <message>
        <source>The bundle is invalid: it deletes or changes the built-in method {id}.</source>
        <translation>Överföringspaketet är ogiltigt: det tar bort eller ändrar den inbyggda metoden {id}.</translation>
    </message>
    <message>
        <source>The bundle is invalid: it erases the {entity} {id}, which belongs to no person it erases.</source>
        <translation>Överföringspaketet är ogiltigt: det raderar {entity} {id} permanent, men den hör inte till någon person som paketet raderar.</translation>
    </message>
    <message>
        <source>The bundle is invalid: the {entity} {id} appears twice.</source>
        <translation>Överföringsfilen är ogiltig: {entity} {id} finns två gånger.</translation>
    </message>
    <message>
        <source>The bundle is invalid: the {entity} {id} is attached to a block of another workshop.</source>
        <translation>Överföringspaketet är ogiltigt: {entity} {id} är kopplad till ett avsnitt i en annan workshop.</translation>
    </message>
    <message>
        <source>The bundle is invalid: the {entity} {id} refers to a {ref} that is neither in the bundle nor in this store.</source>
        <translation>Överföringsfilen är ogiltig: {entity} {id} hänvisar till ett objekt ({ref}) som varken finns i filen eller på den här datorn.</translation>
    </message>
    <message>
        <source>The bundle is invalid: {entity} row {n} has a change clock later than the bundle&apos;s own.</source>
        <translation>Överföringspaketet är ogiltigt: {entity}-rad {n} har en ändringstid som är senare än paketets egen.</translation>
    </message>
    <message>
        <source>The bundle is invalid: {entity} row {n} has an unacceptable value in {column}.</source>
        <translation>Överföringsfilen är ogiltig: rad {n} ({entity}) har ett otillåtet värde i {column}.</translation>
    </message>
    <message>
        <source>The bundle is invalid: {entity} row {n} is not in the expected form.</source>
        <translation>Överföringsfilen är ogiltig: rad {n} ({entity}) har inte den väntade formen.</translation>
    </message>
    <message>
        <source>The bundle unpacks to more than allowed.</source>
        <translation>Överföringsfilen packas upp till mer än tillåtet.</translation>
    </message>
    <message>
        <source>The bundle was made on a computer whose clock is more than a week ahead of this one&apos;s; check the date and time of the other laptop, then export the bundle again.</source>
        <translation>Överföringspaketet gjordes på en dator vars klocka går mer än en vecka före den här datorns. Kontrollera datum och tid på den andra bärbara datorn och exportera sedan paketet på nytt.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest does not list its parts.</source>
        <translation>Överföringsfilens innehållsförteckning räknar inte upp dess delar.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest does not name a valid device.</source>
        <translation>Överföringsfilens innehållsförteckning anger ingen giltig enhet.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest has an invalid clock value.</source>
        <translation>Överföringsfilens innehållsförteckning har ett ogiltigt tidsvärde.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest has an invalid entry for {member}.</source>
        <translation>Överföringsfilens innehållsförteckning har en ogiltig post för {member}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest has no valid format version.</source>
        <translation>Överföringsfilens innehållsförteckning har ingen giltig formatversion.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest has no valid scope.</source>
        <translation>Överföringsfilens innehållsförteckning har inget giltigt omfång.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is invalid: &apos;pseudonymised&apos; must be true or false.</source>
        <translation>Överföringsfilens innehållsförteckning är ogiltig: uppgiften om pseudonymisering måste vara sant eller falskt.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is not valid JSON.</source>
        <translation>Överföringsfilens innehållsförteckning är inte giltig JSON.</translation>
    </message>
    <message>
        <source>The bundle&apos;s part {member} is encrypted with zip encryption, which Fasilitaattori does not use.</source>
        <translation>Överföringsfilens del {member} är krypterad med zip-kryptering, som Fasilitaattori inte använder.</translation>
    </message>
    <message>
        <source>The bundle&apos;s part {member} is larger than allowed.</source>
        <translation>Överföringsfilens del {member} är större än tillåtet.</translation>
    </message>
    <message>
        <source>The bundle&apos;s part {member} is not listed in its manifest.</source>
        <translation>Överföringsfilens del {member} finns inte i dess innehållsförteckning.</translation>
    </message>
    <message>
        <source>The bundle&apos;s part {member} unpacks to an implausible size; it looks like a zip bomb.</source>
        <translation>Överföringsfilens del {member} packas upp till en orimlig storlek. Den ser ut som en zip-bomb.</translation>
    </message>
    <message>
        <source>The bundle&apos;s {entity} rows are not in the expected form.</source>
        <translation>Överföringsfilens rader ({entity}) har inte den väntade formen.</translation>
    </message>
    <message>
        <source>The bundle&apos;s {entity} rows are not valid JSON.</source>
        <translation>Överföringsfilens rader ({entity}) är inte giltig JSON.</translation>
    </message>
    <message>
        <source>The bundle&apos;s {entity} rows do not have the columns this version expects.</source>
        <translation>Överföringsfilens rader ({entity}) har inte de kolumner som den här versionen väntar sig.</translation>
    </message>
    <message>
        <source>The category is still used by {count} blocks; give them another category first.</source>
        <translation>Kategorin används ännu av {count} programpunkter; ge dem först en annan kategori.</translation>
    </message>
    <message>
        <source>The change could not be saved: {reason}.</source>
        <translation>Ändringen kunde inte sparas: {reason}.</translation>
    </message>
    <message>
        <source>The conflict was not found; it may have been resolved on another device.</source>
        <translation>Konflikten hittades inte. Den kan redan ha lösts på en annan dator.</translation>
    </message>
    <message>
        <source>The data file cannot be opened for writing, so the change was not saved; check that the data folder still exists and is not read-only.</source>
        <translation>Datafilen kan inte öppnas för skrivning, så ändringen sparades inte. Kontrollera att datamappen finns kvar och inte är skrivskyddad.</translation>
    </message>
    <message>
        <source>The data file cannot be read: {reason}.</source>
        <translation>Datafilen kan inte läsas: {reason}.</translation>
    </message>
    <message>
        <source>The data file is damaged; restore the latest copy from the backups folder inside the data folder.</source>
        <translation>Datafilen är skadad. Återställ den senaste kopian från säkerhetskopiemappen (backups) i datamappen.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be read: {reason}.</source>
        <translation>Datafilen {path} kan inte läsas: {reason}.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to, so the change was not saved; check that the folder and the disk are not read-only.</source>
        <translation>Det går inte att skriva i datamappen, så ändringen sparades inte. Kontrollera att mappen och disken inte är skrivskyddade.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created: {reason}.</source>
        <translation>Datamappen {path} kan inte skapas: {reason}.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written to; check that the folder and the disk are not read-only, or choose another data folder.</source>
        <translation>Det går inte att skriva i datamappen {path}. Kontrollera att mappen och disken inte är skrivskyddade, eller välj en annan datamapp.</translation>
    </message>
    <message>
        <source>The disk could not be written, so the change was not saved; check the disk or the drive&apos;s connection and try again.</source>
        <translation>Det gick inte att skriva på disken, så ändringen sparades inte. Kontrollera disken eller enhetens anslutning och försök igen.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved; free some space and try again.</source>
        <translation>Disken är full, så ändringen sparades inte. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be written; free some space and try again.</source>
        <translation>Disken är full, så filen {path} kunde inte skrivas. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The encrypted bundle has settings this version does not accept.</source>
        <translation>Den krypterade överföringsfilen har inställningar som den här versionen inte godtar.</translation>
    </message>
    <message>
        <source>The encrypted bundle is cut short; ask for a new copy.</source>
        <translation>Den krypterade överföringsfilen är avkortad. Be om en ny kopia.</translation>
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
        <source>The file is not a Fasilitaattori bundle: it has no manifest.</source>
        <translation>Filen är inte en överföringsfil från Fasilitaattori: den saknar innehållsförteckning.</translation>
    </message>
    <message>
        <source>The file is not a Fasilitaattori bundle: its manifest is of another kind.</source>
        <translation>Filen är inte en överföringsfil från Fasilitaattori: dess innehållsförteckning är av ett annat slag.</translation>
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
        <source>The file {name} declares XML entities, which a workbook never does; it was not read.</source>
        <translation>Filen {name} innehåller XML-entitetsdefinitioner som en arbetsbok aldrig har, så den lästes inte.</translation>
    </message>
    <message>
        <source>The file {name} has more than {limit} cells.</source>
        <translation>Filen {name} har över {limit} celler.</translation>
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
        <source>The file {name} has no rows under its header line.</source>
        <translation>Filen {name} har inga rader under rubrikraden.</translation>
    </message>
    <message>
        <source>The file {name} has two columns headed “{column}”; choose the column for the question by its number.</source>
        <translation>Filen {name} har två kolumner med rubriken ”{column}”; välj kolumnen för frågan med dess nummer.</translation>
    </message>
    <message>
        <source>The file {name} holds another device&apos;s bundle.</source>
        <translation>Filen {name} innehåller en annan enhets överföringsfil.</translation>
    </message>
    <message>
        <source>The file {name} holds another of that device&apos;s files.</source>
        <translation>Filen {name} innehåller en annan av samma enhets filer.</translation>
    </message>
    <message>
        <source>The file {name} is damaged or is not a Fasilitaattori bundle.</source>
        <translation>Filen {name} är skadad eller är inte en överföringsfil från Fasilitaattori.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Filen {name} är tom.</translation>
    </message>
    <message>
        <source>The file {name} is kept online only by the cloud service, so it was not read; set the sync folder to be always kept on this device.</source>
        <translation>Filen {name} finns bara online i molntjänsten, så den lästes inte. Ställ in synkmappen så att den alltid finns kvar på den här enheten.</translation>
    </message>
    <message>
        <source>The file {name} is not a Fasilitaattori bundle.</source>
        <translation>Filen {name} är inte en överföringsfil från Fasilitaattori.</translation>
    </message>
    <message>
        <source>The file {name} is not a readable CSV table: line {line} is broken (check the quotation marks).</source>
        <translation>Filen {name} är inte en läsbar CSV-tabell: rad {line} är trasig (kontrollera citattecknen).</translation>
    </message>
    <message>
        <source>The file {name} is not a survey export that can be read (CSV or XLSX).</source>
        <translation>Filen {name} är inte en läsbar enkätexport (CSV eller XLSX).</translation>
    </message>
    <message>
        <source>The file {name} is not a text (CSV) file.</source>
        <translation>Filen {name} är inte en textfil (CSV).</translation>
    </message>
    <message>
        <source>The file {name} is in a format that cannot be read here (.xls or .ods); open it in a spreadsheet program, save it as .xlsx or CSV and import that.</source>
        <translation>Filen {name} har ett format som inte kan läsas här (.xls eller .ods); öppna den i ett kalkylprogram, spara den som .xlsx eller CSV och importera den.</translation>
    </message>
    <message>
        <source>A report can be saved as .docx, .odt or .pdf, not as “{name}”.</source>
        <translation>En rapport kan sparas som .docx, .odt eller .pdf, inte som ”{name}”.</translation>
    </message>
    <message>
        <source>Only the summary and the project report can be saved as DOCX, ODT or tagged PDF.</source>
        <translation>Bara sammandraget och projektrapporten kan sparas som DOCX, ODT eller tillgänglig PDF.</translation>
    </message>
    <message>
        <source>The file {name} is not text in a known encoding (UTF-8, UTF-16 or Windows-1252).</source>
        <translation>Filen {name} är inte text i en känd teckenkodning (UTF-8, UTF-16 eller Windows-1252).</translation>
    </message>
    <message>
        <source>The file {name} is still being written; sync again in a moment.</source>
        <translation>Filen {name} skrivs fortfarande; synkronisera igen om en stund.</translation>
    </message>
    <message>
        <source>The file {name} is too large for a participant list (at most 20 MB).</source>
        <translation>Filen {name} är för stor för en deltagarlista (högst 20 MB).</translation>
    </message>
    <message>
        <source>The file {name} is too large for a survey export ({mb} MB).</source>
        <translation>Filen {name} är för stor för en enkätexport ({mb} MB).</translation>
    </message>
    <message>
        <source>The file {name} is too large to be a bundle.</source>
        <translation>Filen {name} är för stor för att vara en överföringsfil.</translation>
    </message>
    <message>
        <source>The file {name} mixes two text encodings (UTF-8 and Windows-1252); save it again as UTF-8 CSV and import that.</source>
        <translation>Filen {name} blandar två teckenkodningar (UTF-8 och Windows-1252); spara den på nytt som UTF-8-CSV och importera den.</translation>
    </message>
    <message>
        <source>The file {name} unpacks to more than {mb} MB, too much for a survey export.</source>
        <translation>Filen {name} packas upp till över {mb} MB, vilket är för mycket för en enkätexport.</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}.</source>
        <translation>Filen {path} kunde inte skrivas: {reason}.</translation>
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
        <source>The folder of {path} cannot be written to; check that the folder and the disk are not read-only, or choose another folder.</source>
        <translation>Det går inte att skriva i mappen för {path}. Kontrollera att mappen och disken inte är skrivskyddade, eller välj en annan mapp.</translation>
    </message>
    <message>
        <source>The folder {path} is too deep for Windows to hold the program&apos;s files; choose a folder with a shorter path.</source>
        <translation>Mappen {path} ligger så djupt att Windows inte kan spara programmets filer där. Välj en mapp med kortare sökväg.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Importen avbröts. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The language must be Finnish, Swedish, English or the system&apos;s.</source>
        <translation>Språket måste vara finska, svenska, engelska eller systemets.</translation>
    </message>
    <message>
        <source>The mapping “{part}” must be written as column=question.</source>
        <translation>Kopplingen ”{part}” ska skrivas som kolumn=fråga.</translation>
    </message>
    <message>
        <source>The name {name} contains {chars}, which Windows does not allow in file names; choose another name.</source>
        <translation>Namnet {name} innehåller {chars}, som Windows inte tillåter i filnamn. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>The name {name} ends in a dot or a space, which Windows drops; choose another name.</source>
        <translation>Namnet {name} slutar med en punkt eller ett mellanslag, som Windows tar bort. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>The passphrase does not open {name}; nothing was synced.</source>
        <translation>Lösenfrasen öppnar inte {name}. Ingenting synkroniserades.</translation>
    </message>
    <message>
        <source>The passphrase file {name} cannot be read: {reason}.</source>
        <translation>Lösenfrasfilen {name} kan inte läsas: {reason}.</translation>
    </message>
    <message>
        <source>The passphrase file {name} is empty.</source>
        <translation>Lösenfrasfilen {name} är tom.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Lösenfrasen är tom.</translation>
    </message>
    <message>
        <source>The passphrase is too long (at most {limit} characters).</source>
        <translation>Lösenfrasen är för lång (högst {limit} tecken).</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the bundle was changed after it was encrypted.</source>
        <translation>Lösenfrasen är fel, eller så har överföringsfilen ändrats efter att den krypterades.</translation>
    </message>
    <message>
        <source>The path {path} is longer than Windows allows ({limit} characters); choose a folder nearer the drive&apos;s top or a shorter name.</source>
        <translation>Sökvägen {path} är längre än Windows tillåter ({limit} tecken). Välj en mapp närmare enhetens rot eller ett kortare namn.</translation>
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
        <source>The project was not found; it may have been deleted.</source>
        <translation>Projektet hittades inte. Det kan ha tagits bort.</translation>
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
        <source>The state before import {id} is no longer kept (the last {keep} imports that changed something can be undone).</source>
        <translation>Läget före import {id} finns inte längre kvar (de senaste {keep} importerna som ändrade något kan ångras).</translation>
    </message>
    <message>
        <source>The sync folder {path} cannot be read: {reason}.</source>
        <translation>Synkroniseringsmappen {path} kan inte läsas: {reason}.</translation>
    </message>
    <message>
        <source>The sync folder {path} does not exist or is not a folder.</source>
        <translation>Synkroniseringsmappen {path} finns inte eller är inte en mapp.</translation>
    </message>
    <message>
        <source>The sync folder {path} is not available; is the drive connected?</source>
        <translation>Synkroniseringsmappen {path} är inte tillgänglig. Är enheten ansluten?</translation>
    </message>
    <message>
        <source>The sync was cancelled. What came in from {files} was kept; the rest was not imported, and this device&apos;s bundle was not written.</source>
        <translation>Synkroniseringen avbröts. Ändringarna som hann importeras ({files}) behölls; resten importerades inte, och den här datorns överföringsfil skrevs inte.</translation>
    </message>
    <message>
        <source>The worksheet spec is malformed: a list is not a list.</source>
        <translation>Arbetsbladets beskrivning är felaktig: en lista är inte en lista.</translation>
    </message>
    <message>
        <source>The worksheet spec is malformed: a number is out of range.</source>
        <translation>Arbetsbladets beskrivning är felaktig: ett tal ligger utanför det tillåtna området.</translation>
    </message>
    <message>
        <source>The worksheet spec is malformed: a text is not a text or is too long.</source>
        <translation>Arbetsbladets beskrivning är felaktig: en text saknas eller är för lång.</translation>
    </message>
    <message>
        <source>The worksheet spec is malformed: a yes/no field is not true or false.</source>
        <translation>Arbetsbladets beskrivning är felaktig: ett ja/nej-fält har ett annat värde än ja eller nej.</translation>
    </message>
    <message>
        <source>The worksheet spec is nested too deeply.</source>
        <translation>Arbetsbladets beskrivning är kapslad i för många nivåer.</translation>
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
        <source>The workshop has no agenda to start.</source>
        <translation>Workshoppen har inget program att börja.</translation>
    </message>
    <message>
        <source>The workshop has no day {day}.</source>
        <translation>Workshopen har ingen dag {day}.</translation>
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
        <source>There is already a category called {name}.</source>
        <translation>Det finns redan en kategori som heter {name}.</translation>
    </message>
    <message>
        <source>There is no import {id} in the sync log.</source>
        <translation>Det finns ingen import {id} i synkroniseringsloggen.</translation>
    </message>
    <message>
        <source>There is no privacy notice in the language “{language}”.</source>
        <translation>Det finns ingen dataskyddsbeskrivning på språket ”{language}”.</translation>
    </message>
    <message>
        <source>There is no such day as “{text}”; type it like {example}.</source>
        <translation>Dagen ”{text}” finns inte. Skriv datumet som {example}.</translation>
    </message>
    <message>
        <source>There is no such time as “{text}”; type it like {example}.</source>
        <translation>Klockslaget ”{text}” finns inte. Skriv tiden som {example}.</translation>
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
        <source>This bundle is encrypted; give its passphrase to open it.</source>
        <translation>Överföringsfilen är krypterad. Ange lösenfrasen för att öppna den.</translation>
    </message>
    <message>
        <source>This bundle is pseudonymised for sharing outside the team; it cannot be imported into a store.</source>
        <translation>Den här överföringsfilen är pseudonymiserad för att delas utanför teamet och kan inte importeras.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of Fasilitaattori (format {version}); update the app to import it.</source>
        <translation>Överföringsfilen gjordes med en nyare version av Fasilitaattori (format {version}). Uppdatera programmet för att importera den.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of Fasilitaattori; update the program to open it.</source>
        <translation>Uppgifterna sparades med en nyare version av Fasilitaattori. Uppdatera programmet för att öppna dem.</translation>
    </message>
    <message>
        <source>This device&apos;s sync bundles are encrypted; give the passphrase to sync.</source>
        <translation>Den här datorns synkroniseringsfiler krypteras. Ange lösenfrasen för att synkronisera.</translation>
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
        <source>Windows reserves the name {name} for a device; choose another name.</source>
        <translation>Windows har reserverat namnet {name} för en enhet. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>{field} cannot be empty.</source>
        <translation>{field} kan inte vara tom.</translation>
    </message>
    <message>
        <source>{field} cannot be saved: {reason}</source>
        <translation>Fältet {field} kan inte sparas: {reason}</translation>
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
        <source>{field} is not a valid position.</source>
        <translation>{field} är inte en giltig position.</translation>
    </message>
    <message>
        <source>{field} is not in the expected form.</source>
        <translation>{field} har inte den förväntade formen.</translation>
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
    <message>
        <source>Fasilitaattori is already open with this data folder; use the window that is open, or close it and start again.</source>
        <translation>Fasilitaattori är redan öppet med den här datamappen. Använd fönstret som är öppet, eller stäng det och starta igen.</translation>
    </message>
    <message>
        <source>“{text}” is not a date; type it like {example}.</source>
        <translation>”{text}” är inget datum. Skriv datumet som {example}.</translation>
    </message>
    <message>
        <source>“{text}” is not a time; type it like {example}.</source>
        <translation>”{text}” är inget klockslag. Skriv tiden som {example}.</translation>
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
    <message>
        <source>Single choice</source>
        <translation>Ett alternativ</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Flerval</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Background (municipality, role…)</source>
        <translation>Bakgrund (kommun, roll…)</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Actual end</source>
        <translation>Faktisk sluttid</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Faktisk starttid</translation>
    </message>
    <message>
        <source>Agenda columns</source>
        <translation>Programmets kolumner</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>Svarstid</translation>
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
        <translation>Färdig metod</translation>
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
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Comes with an assistant</source>
        <translation>Kommer med assistent</translation>
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
        <source>Counts as</source>
        <translation>Räknas som</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Specialkost</translation>
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
        <source>Extra minutes</source>
        <translation>Extra minuter</translation>
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
        <source>Fixed time</source>
        <translation>Fast tid</translation>
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
        <source>Needs a hearing loop</source>
        <translation>Behöver hörslinga</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Behöver tolk</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Other needs</source>
        <translation>Andra behov</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Parallel block</source>
        <translation>Parallell punkt</translation>
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
        <source>Respondent</source>
        <translation>Svarande</translation>
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
        <source>Room</source>
        <translation>Lokal</translation>
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
        <source>Start times of later days</source>
        <translation>Starttider för senare dagar</translation>
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
        <translation>Filformat</translation>
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
        <source>Who leads</source>
        <translation>Ledare</translation>
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
        <source>category</source>
        <translation>kategori</translation>
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
