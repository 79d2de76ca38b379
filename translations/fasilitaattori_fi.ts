<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>Agenda</name>
    <message>
        <source>Opening</source>
        <translation>Aloitus</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Harjoitus</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Keskustelu</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Esitys</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Tauko</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Lopetus</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Luokka</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>Fixed time</source>
        <translation>Kiinteä aika</translation>
    </message>
    <message>
        <source>Who leads, where</source>
        <translation>Vetäjä ja paikka</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiaalit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Päivä %1</translation>
    </message>
    <message>
        <source>starts at %1</source>
        <translation>alkaa klo %1</translation>
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
            <numerusform>%n min yli</numerusform>
            <numerusform>%n min yli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min to spare</source>
        <translation>
            <numerusform>%n min väljää</numerusform>
            <numerusform>%n min väljää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This track runs %n minutes past the end of its block.</source>
        <translation>
            <numerusform>Tämä ryhmä jatkuu %n minuutin kohdan päättymisen jälkeen.</numerusform>
            <numerusform>Tämä ryhmä jatkuu %n minuuttia kohdan päättymisen jälkeen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The blocks before this fixed time run %n minutes over it.</source>
        <translation>
            <numerusform>Tätä kiinteää aikaa edeltävät kohdat venyvät %n minuutin sen yli.</numerusform>
            <numerusform>Tätä kiinteää aikaa edeltävät kohdat venyvät %n minuuttia sen yli.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixed time: the blocks before it leave %n minutes to spare.</source>
        <translation>
            <numerusform>Kiinteä aika: edeltävien kohtien jälkeen jää %n minuutti väljää.</numerusform>
            <numerusform>Kiinteä aika: edeltävien kohtien jälkeen jää %n minuuttia väljää.</numerusform>
        </translation>
    </message>
    <message>
        <source>This block ends after the workshop&apos;s end time.</source>
        <translation>Tämä ohjelmakohta päättyy vasta työpajan päättymisajan jälkeen.</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Agenda blocks</source>
        <translation>Ohjelmakohdat</translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation>Lis&amp;ää kohta</translation>
    </message>
    <message>
        <source>Add from &amp;library…</source>
        <translation>Lisää k&amp;irjastosta…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Siir&amp;rä ylös</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Siirrä &amp;alas</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>Luokat…</translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation>Pakkauslista</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Materiaali</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Kohtaan</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>Oh&amp;jelmakohta</translation>
    </message>
    <message>
        <source>Pac&amp;king list</source>
        <translation>Pakka&amp;uslista</translation>
    </message>
    <message>
        <source>Choose a workshop to plan its agenda.</source>
        <translation>Valitse työpaja, jonka ohjelmaa suunnittelet.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocks over %1 days (%2 min); each day ends at %3.</source>
        <translation>
            <numerusform>%n ohjelmakohta %1 päivänä (%2 min); päivät päättyvät klo %3.</numerusform>
            <numerusform>%n ohjelmakohtaa %1 päivänä (%2 min); päivät päättyvät klo %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocks from %1 to %2 (%3 min); the workshop ends at %4.</source>
        <translation>
            <numerusform>%n ohjelmakohta klo %1–%2 (%3 min); työpaja päättyy klo %4.</numerusform>
            <numerusform>%n ohjelmakohtaa klo %1–%2 (%3 min); työpaja päättyy klo %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ The blocks before %1 run %n minutes over its fixed time.</source>
        <translation>
            <numerusform>⚠ Kohtaa %1 edeltävät kohdat venyvät %n minuutin sen kiinteän ajan yli.</numerusform>
            <numerusform>⚠ Kohtaa %1 edeltävät kohdat venyvät %n minuuttia sen kiinteän ajan yli.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ The track %1 runs %n minutes past the end of its block.</source>
        <translation>
            <numerusform>⚠ Ryhmä %1 jatkuu %n minuutin kohtansa päättymisen jälkeen.</numerusform>
            <numerusform>⚠ Ryhmä %1 jatkuu %n minuuttia kohtansa päättymisen jälkeen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ The plan runs %n minutes past the end time.</source>
        <translation>
            <numerusform>⚠ Ohjelma venyy %n minuutin yli päättymisajan.</numerusform>
            <numerusform>⚠ Ohjelma venyy %n minuuttia yli päättymisajan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Ryhmä %1</translation>
    </message>
    <message>
        <source>Add parallel track</source>
        <translation>Lisää rinnakkainen ryhmä</translation>
    </message>
    <message>
        <source>Edit agenda block</source>
        <translation>Muokkaa ohjelmakohtaa</translation>
    </message>
    <message>
        <source>Add agenda block</source>
        <translation>Lisää ohjelmakohta</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>Uusi ohjelmakohta</translation>
    </message>
    <message>
        <source>Add method to agenda</source>
        <translation>Lisää menetelmä ohjelmaan</translation>
    </message>
    <message>
        <source>Add methods to agenda</source>
        <translation>Lisää menetelmät ohjelmaan</translation>
    </message>
    <message>
        <source>Remove agenda block</source>
        <translation>Poista ohjelmakohta</translation>
    </message>
    <message>
        <source>Move agenda block</source>
        <translation>Siirrä ohjelmakohtaa</translation>
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
        <translation>Kiinteä alkamisaika</translation>
    </message>
    <message>
        <source>A block with a fixed time starts then, whatever comes before it; leave empty to let it follow the block before.</source>
        <translation>Kohta, jolla on kiinteä aika, alkaa silloin, vaikka edelliset kohdat venyisivät. Jätä tyhjäksi, jos kohta alkaa edellisen jälkeen.</translation>
    </message>
    <message>
        <source>A group or table that works on its own thing in this block&apos;s time; the tracks merge back after the block.</source>
        <translation>Ryhmä tai pöytä, joka tekee omaa tehtäväänsä tämän kohdan aikana. Ryhmät palaavat yhteen kohdan jälkeen.</translation>
    </message>
    <message>
        <source>Keep this block with its instructions and materials for other workshops: it is added from the library like a method.</source>
        <translation>Säilytä tämä ohjelmakohta ohjeineen ja materiaaleineen muita työpajoja varten. Sen voi lisätä kirjastosta kuten menetelmän.</translation>
    </message>
    <message>
        <source>One material on each line</source>
        <translation>Yksi materiaali kullekin riville</translation>
    </message>
    <message>
        <source>Only for you: not on the participants&apos; agenda</source>
        <translation>Vain sinulle: ei näy osallistujien ohjelmassa</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Ot&amp;sikko:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>&amp;Luokka:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Kesto:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Tila:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Menetelmä:</translation>
    </message>
    <message>
        <source>Instructio&amp;ns:</source>
        <translation>O&amp;hjeet:</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>Mat&amp;eriaalit:</translation>
    </message>
    <message>
        <source>Facilitator&apos;s n&amp;otes:</source>
        <translation>Ohjaajan muistii&amp;npanot:</translation>
    </message>
    <message>
        <source>Save to My blocks</source>
        <translation>Tallenna omiin ohjelmakohtiin</translation>
    </message>
    <message>
        <source>Add parallel track</source>
        <translation>Lisää rinnakkainen ryhmä</translation>
    </message>
    <message>
        <source>Fixed time:</source>
        <translation>Kiinteä aika:</translation>
    </message>
    <message>
        <source>Who leads:</source>
        <translation>Kuka vetää:</translation>
    </message>
    <message>
        <source>Saved to My blocks: add it to any workshop with &quot;Add from library&quot;.</source>
        <translation>Tallennettu omiin ohjelmakohtiin. Lisää se mihin tahansa työpajaan valinnalla ”Lisää kirjastosta”.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
</context>
<context>
    <name>CaptureActions</name>
    <message>
        <source>&amp;Live capture</source>
        <translation>&amp;Live-kirjaus</translation>
    </message>
    <message>
        <source>A large-type screen for the running workshop: time left and quick notes.</source>
        <translation>Suurella tekstillä näkymä käynnissä olevaan työpajaan: jäljellä oleva aika ja nopeat muistiinpanot.</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Categories</source>
        <translation>Luokat</translation>
    </message>
    <message>
        <source>Own categories</source>
        <translation>Omat luokat</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Alustus</translation>
    </message>
    <message>
        <source>Participants&apos; own work and discussion</source>
        <translation>Osallistujien oma työskentely ja keskustelu</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Tauko</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Nimeä uudelleen</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>&amp;Väri…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Ni&amp;mi:</translation>
    </message>
    <message>
        <source>Time &amp;counts as:</source>
        <translation>&amp;Aika lasketaan:</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Lisää luokka</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>Muuta luokkaa</translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation>Luokan väri</translation>
    </message>
    <message>
        <source>Remove category</source>
        <translation>Poista luokka</translation>
    </message>
</context>
<context>
    <name>CommitText</name>
    <message>
        <source>Not saved yet: saving waits for the import to finish.</source>
        <translation>Ei vielä tallennettu: tallennus odottaa, että tuonti valmistuu.</translation>
    </message>
    <message>
        <source>Not saved yet: saving is tried again in a moment.</source>
        <translation>Ei vielä tallennettu: tallennusta yritetään hetken kuluttua uudelleen.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Ristiriidat</translation>
    </message>
    <message>
        <source>Conflicts to look at</source>
        <translation>Tarkistettavat ristiriidat</translation>
    </message>
    <message>
        <source>&amp;In use now</source>
        <translation>&amp;Nyt käytössä</translation>
    </message>
    <message>
        <source>&amp;Other version</source>
        <translation>&amp;Toinen versio</translation>
    </message>
    <message>
        <source>&amp;Merged text (edit freely)</source>
        <translation>&amp;Yhdistetty teksti (muokkaa vapaasti)</translation>
    </message>
    <message>
        <source>Keep the one in &amp;use</source>
        <translation>Säilytä &amp;käytössä oleva</translation>
    </message>
    <message>
        <source>Keep the o&amp;ther</source>
        <translation>Säilytä t&amp;oinen</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Säilytä &amp;molemmat</translation>
    </message>
    <message>
        <source>&amp;Save merged text</source>
        <translation>Ta&amp;llenna yhdistetty teksti</translation>
    </message>
    <message>
        <source>&amp;Restore it with the edit</source>
        <translation>&amp;Palauta muutoksineen</translation>
    </message>
    <message>
        <source>&amp;Let it go (stays deleted)</source>
        <translation>&amp;Anna olla (pysyy poistettuna)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(nimetön)</translation>
    </message>
    <message>
        <source>edited after it was deleted</source>
        <translation>muokattu poiston jälkeen</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) were changed on two devices at the same time. Choose what to keep; the choice goes to the other devices with the next sync.</source>
        <translation>
            <numerusform>%n tieto muutettiin kahdella laitteella samaan aikaan. Valitse, mikä säilytetään. Valinta siirtyy muille laitteille seuraavassa synkronoinnissa.</numerusform>
            <numerusform>%n tietoa muutettiin kahdella laitteella samaan aikaan. Valitse, mitkä säilytetään. Valinta siirtyy muille laitteille seuraavassa synkronoinnissa.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: everything that was changed on two devices has been settled.</source>
        <translation>Ei ristiriitoja: kaikki kahdella laitteella muutetut tiedot on ratkaistu.</translation>
    </message>
    <message>
        <source>The &amp;edit</source>
        <translation>M&amp;uokkaus</translation>
    </message>
    <message>
        <source>The {what} “{title}” was deleted on one device while its {field} was edited on another. Restore it with the edit, or let it go and it stays deleted.</source>
        <translation>Kohde ({what}) ”{title}” poistettiin yhdellä laitteella, kun sen kenttää {field} muokattiin toisella. Palauta se muutoksineen tai anna olla, jolloin se pysyy poistettuna.</translation>
    </message>
    <message>
        <source>{field} of the {what} “{title}”</source>
        <translation>{field} – {what} ”{title}”</translation>
    </message>
    <message>
        <source>Keep the value in use</source>
        <translation>Säilytä käytössä oleva arvo</translation>
    </message>
    <message>
        <source>Keep the other value</source>
        <translation>Säilytä toinen arvo</translation>
    </message>
    <message>
        <source>Keep both values</source>
        <translation>Säilytä molemmat arvot</translation>
    </message>
    <message>
        <source>Save the merged text</source>
        <translation>Tallenna yhdistetty teksti</translation>
    </message>
    <message>
        <source>Restore the deleted row</source>
        <translation>Palauta poistettu rivi</translation>
    </message>
    <message>
        <source>Let the edit go</source>
        <translation>Hylkää muutos</translation>
    </message>
</context>
<context>
    <name>CrossTabPanel</name>
    <message>
        <source>Co&amp;mpare by:</source>
        <translation>&amp;Vertaa taustan mukaan:</translation>
    </message>
    <message>
        <source>Answers by background question</source>
        <translation>Vastaukset taustakysymyksen mukaan</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Ei vertailua</translation>
    </message>
    <message>
        <source>Mean; for yes/no questions the share of yes; in brackets the number of respondents. Other holds the groups of fewer than {min} respondents. – marks a figure from fewer than {min} answers, so that no one&apos;s answers can be recognised.</source>
        <translation>Keskiarvo, kyllä/ei-kysymyksissä kyllä-vastausten osuus; suluissa vastaajien määrä. Kohdassa Muut ovat alle {min} vastaajan ryhmät. Merkki – tarkoittaa, että lukuun on alle {min} vastausta; sitä ei näytetä, jotta kenenkään vastauksia ei voi tunnistaa.</translation>
    </message>
    <message>
        <source>Nothing to compare yet: at least two groups of {min} respondents are needed.</source>
        <translation>Vielä ei ole vertailtavaa: tarvitaan vähintään kaksi ryhmää, joissa kussakin on vähintään {min} vastaajaa.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Question and group</source>
        <translation>Kysymys ja ryhmä</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>too few answers to show</source>
        <translation>liian vähän vastauksia näytettäväksi</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muut</translation>
    </message>
    <message>
        <source>yes %</source>
        <translation>kyllä %</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n vastaus</numerusform>
            <numerusform>%n vastausta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose from a calendar</source>
        <translation>Valitse kalenterista</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Valitse kalenterista (Alt+Alas)</translation>
    </message>
</context>
<context>
    <name>DaysBar</name>
    <message>
        <source>Days</source>
        <translation>Päiviä</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sarakkeet</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Päiviä:</translation>
    </message>
    <message>
        <source>Day %1 begins at:</source>
        <translation>Päivän %1 aloitusaika:</translation>
    </message>
    <message>
        <source>Choose the agenda&apos;s columns</source>
        <translation>Valitse ohjelman sarakkeet</translation>
    </message>
    <message>
        <source>Change the number of days</source>
        <translation>Muuta päivien määrää</translation>
    </message>
    <message>
        <source>Change the day&apos;s start time</source>
        <translation>Muuta päivän alkamisaikaa</translation>
    </message>
</context>
<context>
    <name>DeviceId</name>
    <message>
        <source>Sync now</source>
        <translation>Synkronoi nyt</translation>
    </message>
    <message>
        <source>Give this laptop a new device id now? Nothing else in its data changes.</source>
        <translation>Annetaanko tälle koneelle nyt uusi laitetunnus? Mikään muu sen tiedoissa ei muutu.</translation>
    </message>
    <message>
        <source>&amp;Give a new id</source>
        <translation>&amp;Anna uusi tunnus</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Workshop summary</source>
        <translation>Työpajan yhteenveto</translation>
    </message>
    <message>
        <source>Participant agenda</source>
        <translation>Osallistujan ohjelma</translation>
    </message>
    <message>
        <source>Run sheet</source>
        <translation>Ohjaajan käsikirjoitus</translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation>Pakkauslista</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Osallistujalista</translation>
    </message>
    <message>
        <source>Feedback form</source>
        <translation>Palautelomake</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Työpohja</translation>
    </message>
    <message>
        <source>Project report</source>
        <translation>Hankeraportti</translation>
    </message>
    <message>
        <source>Printout</source>
        <translation>Tuloste</translation>
    </message>
    <message>
        <source>Block whose worksheet to print</source>
        <translation>Ohjelmakohta, jonka työpohja tulostetaan</translation>
    </message>
    <message>
        <source>e.g. Group 1, Group 2, Group 3</source>
        <translation>esim. Ryhmä 1, Ryhmä 2, Ryhmä 3</translation>
    </message>
    <message>
        <source>One copy per group</source>
        <translation>Yksi kappale kullekin ryhmälle</translation>
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
        <translation>Paperikoko</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>&amp;Suuri teksti</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Suuri ko&amp;ntrasti</translation>
    </message>
    <message>
        <source>Participants as co&amp;des (P-017)</source>
        <translation>Osallistujat koode&amp;ina (P-017)</translation>
    </message>
    <message>
        <source>Names and contact details of participants are replaced by codes, also inside notes. For reports that leave the project.</source>
        <translation>Osallistujien nimet ja yhteystiedot korvataan koodeilla myös muistiinpanojen tekstissä. Käytä tätä raporteissa, jotka lähtevät hankkeen ulkopuolelle.</translation>
    </message>
    <message>
        <source>&amp;Printout:</source>
        <translation>Tu&amp;loste:</translation>
    </message>
    <message>
        <source>&amp;Block:</source>
        <translation>Ohjelma&amp;kohta:</translation>
    </message>
    <message>
        <source>&amp;Copies for groups:</source>
        <translation>Kappaleet &amp;ryhmille:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Paperi:</translation>
    </message>
    <message>
        <source>Refresh pre&amp;view</source>
        <translation>Päivitä &amp;esikatselu</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Tallenna P&amp;DF:nä…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>T&amp;ulosta…</translation>
    </message>
    <message>
        <source>Preview of the printout</source>
        <translation>Tulosteen esikatselu</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Esikatselua valmistellaan…</translation>
    </message>
    <message>
        <source>All worksheets of this workshop</source>
        <translation>Kaikki työpajan työpohjat</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>Osa %1</translation>
    </message>
    <message>
        <source>General answer sheet</source>
        <translation>Yleinen vastauspohja</translation>
    </message>
    <message>
        <source>No block of this workshop has a method; add one from the method library to print its worksheet.</source>
        <translation>Työpajan ohjelmassa ei ole menetelmiä. Lisää menetelmä kirjastosta, niin voit tulostaa sen työpohjan.</translation>
    </message>
    <message>
        <source>Choose a workshop (and for a project report, a workshop of a project).</source>
        <translation>Valitse työpaja (hankeraporttia varten jonkin hankkeen työpaja).</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sivu</numerusform>
            <numerusform>%n sivua</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Tallenna PDF:nä</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <source>Erase a person everywhere</source>
        <translation>Poista henkilön tiedot kaikkialta</translation>
    </message>
    <message>
        <source>Find by name, organisation or municipality</source>
        <translation>Hae nimellä, organisaatiolla tai kunnalla</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Hae henkilöä</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone.</source>
        <translation>Ymmärrän, että poistoa ei voi perua.</translation>
    </message>
    <message>
        <source>Erase permanently</source>
        <translation>Poista pysyvästi</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ei nimeä)</translation>
    </message>
    <message>
        <source>(deleted, data still kept)</source>
        <translation>(poistettu, tiedot vielä tallessa)</translation>
    </message>
    <message>
        <source>Choose the person whose data is to be erased.</source>
        <translation>Valitse henkilö, jonka tiedot poistetaan.</translation>
    </message>
    <message>
        <source>this person (no name)</source>
        <translation>tämä henkilö (ei nimeä)</translation>
    </message>
    <message>
        <source>This removes for good, from this computer:</source>
        <translation>Tämä poistaa pysyvästi tältä tietokoneelta:</translation>
    </message>
    <message>
        <source>• {name} and their contact details</source>
        <translation>• {name} ja hänen yhteystietonsa</translation>
    </message>
    <message numerus="yes">
        <source>• attendance at %n workshop(s): </source>
        <translation>
            <numerusform>• osallistumisen %n työpajaan: </numerusform>
            <numerusform>• osallistumiset %n työpajaan: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n note(s) they wrote</source>
        <translation>
            <numerusform>• %n hänen kirjoittamansa muistiinpanon</numerusform>
            <numerusform>• %n hänen kirjoittamaansa muistiinpanoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n task(s) they own</source>
        <translation>
            <numerusform>• %n hänen vastuullaan olevan tehtävän</numerusform>
            <numerusform>• %n hänen vastuullaan olevaa tehtävää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• their name as an owner of %n other task(s)</source>
        <translation>
            <numerusform>• hänen nimensä vastuuhenkilönä %n muussa tehtävässä</numerusform>
            <numerusform>• hänen nimensä vastuuhenkilönä %n muussa tehtävässä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n older version(s) kept from sync conflicts</source>
        <translation>
            <numerusform>• %n synkronoinnin ristiriidasta säilytetyn vanhan version</numerusform>
            <numerusform>• %n synkronoinnin ristiriidoista säilytettyä vanhaa versiota</numerusform>
        </translation>
    </message>
    <message>
        <source>Other computers erase the same data when they next sync. Backup copies made earlier still contain it.</source>
        <translation>Muut tietokoneet poistavat samat tiedot seuraavan synkronoinnin yhteydessä. Aiemmin tehdyissä varmuuskopioissa tiedot ovat yhä.</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>{name} was erased.</source>
        <translation>{name}: tiedot poistettu.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Vie siirtotiedosto</translation>
    </message>
    <message>
        <source>Everything in this store</source>
        <translation>Kaikki tämän koneen tiedot</translation>
    </message>
    <message>
        <source>Project: {name}</source>
        <translation>Hanke: {name}</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>leave empty for no encryption</source>
        <translation>jätä tyhjäksi, jos et halua salausta</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise: replace participants&apos; names and contacts by codes (for sharing outside the team; cannot be imported)</source>
        <translation>&amp;Pseudonymisoi: korvaa osallistujien nimet ja yhteystiedot koodeilla (jakamiseen tiimin ulkopuolelle; ei voi tuoda takaisin)</translation>
    </message>
    <message>
        <source>Texts that name a participant</source>
        <translation>Tekstit, joissa mainitaan osallistuja</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Mitä</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>P&amp;assphrase</source>
        <translation>Sa&amp;lalause</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>T&amp;oista salalause</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Vie</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) seem to name a participant. In the bundle those names become codes; read them through, then press Export again.</source>
        <translation>
            <numerusform>%n tekstissä näyttää mainittavan osallistuja. Siirtotiedostossa nimet korvataan koodeilla. Lue tekstit läpi ja paina sitten Vie uudelleen.</numerusform>
            <numerusform>%n tekstissä näyttää mainittavan osallistuja. Siirtotiedostossa nimet korvataan koodeilla. Lue tekstit läpi ja paina sitten Vie uudelleen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation>&amp;Vie silti</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Valitse tallennettava tiedosto.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Salalauseet eroavat toisistaan. Kirjoita ne uudelleen.</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Kirjoitetaan tiedostoa {name}…</translation>
    </message>
    <message>
        <source>The bundle was saved to {path}.</source>
        <translation>Paketti tallennettiin tiedostoon {path}.</translation>
    </message>
    <message>
        <source>Only its entry in the sync log could not be saved: {reason}</source>
        <translation>Vain merkintää synkronointilokiin ei voitu tallentaa: {reason}</translation>
    </message>
</context>
<context>
    <name>FeedbackImportDialog</name>
    <message>
        <source>Import survey answers</source>
        <translation>Tuo kyselyn vastaukset</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Tiedostoa ei ole valittu.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Tiedoston sarake</translation>
    </message>
    <message>
        <source>First answers</source>
        <translation>Ensimmäiset vastaukset</translation>
    </message>
    <message>
        <source>Question it answers</source>
        <translation>Kysymys, johon sarake vastaa</translation>
    </message>
    <message>
        <source>Columns of the file and the questions they answer</source>
        <translation>Tiedoston sarakkeet ja kysymykset, joihin ne vastaavat</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>Choose a survey export</source>
        <translation>Valitse kyselyn vientitiedosto</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Kyselyjen vientitiedostot (*.csv *.txt *.tsv *.xlsx);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Luetaan tiedostoa…</translation>
    </message>
    <message>
        <source>Question for column {column}</source>
        <translation>Sarakkeen {column} kysymys</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(ei tuoda)</translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translation>en osaa sanoa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>ei luettavissa</translation>
    </message>
    <message>
        <source>The workshop has no feedback questions yet: add them first.</source>
        <translation>Työpajalla ei vielä ole palautekysymyksiä. Lisää ne ensin.</translation>
    </message>
    <message>
        <source>Choose the question each column answers.</source>
        <translation>Valitse kullekin sarakkeelle kysymys, johon se vastaa.</translation>
    </message>
    <message>
        <source>{rows} rows will be imported as responses, answering {columns} questions.</source>
        <translation>Tuodaan {rows} riviä vastauksina {columns} kysymykseen.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them were imported before and will be skipped.</source>
        <translation>
            <numerusform>Niistä %n on tuotu jo aiemmin, ja se ohitetaan.</numerusform>
            <numerusform>Niistä %n on tuotu jo aiemmin, ja ne ohitetaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the answers…</source>
        <translation>Tuodaan vastauksia…</translation>
    </message>
    <message numerus="yes">
        <source>All %n rows were imported before; nothing was added.</source>
        <translation>
            <numerusform>Rivi on tuotu jo aiemmin, joten mitään ei lisätty.</numerusform>
            <numerusform>Kaikki %n riviä on tuotu jo aiemmin, joten mitään ei lisätty.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackStatsView</name>
    <message numerus="yes">
        <source>%n response(s); attendance is not recorded.</source>
        <translation>
            <numerusform>%n vastaus; osallistujamäärää ei ole kirjattu.</numerusform>
            <numerusform>%n vastausta; osallistujamäärää ei ole kirjattu.</numerusform>
        </translation>
    </message>
    <message>
        <source>{responses} responses from {attendance} participants: response rate {percent} %.</source>
        <translation>{responses} vastausta {attendance} osallistujalta: vastausprosentti {percent} %.</translation>
    </message>
    <message>
        <source>More responses than participants: check that every file belongs to this workshop and that attendance is recorded.</source>
        <translation>Vastauksia on enemmän kuin osallistujia. Tarkista, että jokainen tiedosto kuuluu tähän työpajaan ja että osallistujat on kirjattu.</translation>
    </message>
    <message>
        <source>No questions yet: add them on the left.</source>
        <translation>Kysymyksiä ei vielä ole. Lisää ne vasemmalla.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ja %n muu</numerusform>
            <numerusform>ja %n muuta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written answer(s)</source>
        <translation>
            <numerusform>%n kirjallinen vastaus</numerusform>
            <numerusform>%n kirjallista vastausta</numerusform>
        </translation>
    </message>
    <message>
        <source>n = {n}</source>
        <comment>answers</comment>
        <translation>n = {n}</translation>
    </message>
    <message>
        <source>n = {n}, yes {percent} %</source>
        <translation>n = {n}, kyllä {percent} %</translation>
    </message>
    <message>
        <source>n = {n}, mean {mean}</source>
        <translation>n = {n}, keskiarvo {mean}</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Vastauksia ei vielä ole.</translation>
    </message>
    <message>
        <source>don&apos;t know: {count}</source>
        <translation>en osaa sanoa: {count}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>Import a survey export (CSV, Excel)…</source>
        <translation>Tuo kyselyn vastaukset (CSV, Excel)…</translation>
    </message>
    <message>
        <source>Enter paper forms</source>
        <translation>Syötä paperilomakkeet</translation>
    </message>
    <message>
        <source>Digits answer scales, 1/0 yes or no, - skips; the form is saved after the last question.</source>
        <translation>Numerot vastaavat asteikkokysymyksiin, 1/0 tarkoittaa kyllä tai ei, - ohittaa. Lomake tallentuu viimeisen kysymyksen jälkeen.</translation>
    </message>
    <message>
        <source>Keyboard: digit = scale answer, 1/k/y = yes, 0/e/n = no, - or Space = no answer, type for text (Enter ends). The form is saved after the last question.</source>
        <translation>Näppäimistö: numero = asteikkovastaus, 1/k/y = kyllä, 0/e/n = ei, - tai välilyönti = ei vastausta, tekstivastaus kirjoitetaan (Enter päättää). Lomake tallentuu viimeisen kysymyksen jälkeen.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Kysymykset</translation>
    </message>
    <message>
        <source>Paper forms</source>
        <translation>Paperilomakkeet</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Tulokset</translation>
    </message>
    <message>
        <source>Choose a workshop to see its feedback.</source>
        <translation>Valitse työpaja nähdäksesi sen palautteen.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Quick guide</source>
        <translation>Pikaopas</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>Tuo siirtotiedosto</translation>
    </message>
    <message>
        <source>one project</source>
        <translation>yhden hankkeen</translation>
    </message>
    <message>
        <source>a whole store</source>
        <translation>kaikki tiedot</translation>
    </message>
    <message>
        <source>The bundle {name} holds {what}, written {when} on device {device}. This is what importing it will change:</source>
        <translation>Siirtotiedostossa {name} on {what}, tallennettu {when} laitteella {device}. Tuonti muuttaa seuraavaa:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uusia</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Päivitettyjä</translation>
    </message>
    <message>
        <source>Conflicting</source>
        <translation>Ristiriitaisia</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Muuttumattomia</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Poistettuja</translation>
    </message>
    <message>
        <source>Changes per kind</source>
        <translation>Muutokset lajeittain</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <source>Show &amp;conflicts…</source>
        <translation>Näytä &amp;ristiriidat…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Luetaan tiedostoa {name}…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in all. Nothing is lost: where both sides changed the same text, the other version is kept for you to look at.</source>
        <translation>
            <numerusform>Yhteensä %n muutos. Mitään ei katoa: jos molemmilla puolilla on muutettu samaa tekstiä, toinen versio säilytetään tarkistettavaksi.</numerusform>
            <numerusform>Yhteensä %n muutosta. Mitään ei katoa: jos molemmilla puolilla on muutettu samaa tekstiä, toinen versio säilytetään tarkistettavaksi.</numerusform>
        </translation>
    </message>
    <message>
        <source>This store already has everything in the bundle; importing changes nothing.</source>
        <translation>Kaikki siirtotiedoston tiedot ovat jo tällä koneella. Tuonti ei muuta mitään.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Tuodaan tiedostoa {name}…</translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {conflicting} conflicting, {erased} erased.</source>
        <translation>Tuotu: uusia {new}, päivitettyjä {updated}, ristiriitaisia {conflicting}, poistettuja {erased}.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Perutaan…</translation>
    </message>
    <message>
        <source>Saving waits for the import to finish; what you type is kept and saved then.</source>
        <translation>Tallennus odottaa, että tuonti valmistuu. Kirjoittamasi teksti säilyy ja tallentuu silloin.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Boxes</source>
        <translation>Laatikot</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Tasot</translation>
    </message>
    <message>
        <source>Concentric circles</source>
        <translation>Sisäkkäiset ympyrät</translation>
    </message>
    <message>
        <source>2 × 2 grid</source>
        <translation>2 × 2 -ruudukko</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Taulukko</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Search by name, purpose or tag</source>
        <translation>Hae nimellä, tarkoituksella tai tunnisteella</translation>
    </message>
    <message>
        <source>Search methods</source>
        <translation>Hae menetelmiä</translation>
    </message>
    <message>
        <source>Language of the methods</source>
        <translation>Menetelmien kieli</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Kaikki kielet</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <source>any length</source>
        <translation>mikä tahansa kesto</translation>
    </message>
    <message>
        <source>at most </source>
        <translation>enintään </translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Longest duration</source>
        <translation>Pisin kesto</translation>
    </message>
    <message>
        <source>any group size</source>
        <translation>mikä tahansa ryhmäkoko</translation>
    </message>
    <message>
        <source>for </source>
        <translation>ryhmälle: </translation>
    </message>
    <message>
        <source> people</source>
        <translation> hlöä</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Ryhmän koko</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Menetelmät</translation>
    </message>
    <message>
        <source>Space or Ctrl+click picks several methods; Enter adds them to the agenda.</source>
        <translation>Välilyönnillä tai Ctrl+napsautuksella voit valita useita menetelmiä. Enter lisää ne ohjelmaan.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Menetelmä</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Wor&amp;ksheet…</source>
        <translation>Työpohjan &amp;esikatselu…</translation>
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
        <translation>Lisää menetelmät ohjelmaan</translation>
    </message>
    <message>
        <source>Method preview</source>
        <translation>Menetelmän esikatselu</translation>
    </message>
    <message>
        <source>&amp;Add to agenda</source>
        <translation>&amp;Lisää ohjelmaan</translation>
    </message>
    <message>
        <source>See the worksheet this method prints</source>
        <translation>Katso menetelmän tulostettava työpohja</translation>
    </message>
    <message>
        <source>&amp;New method…</source>
        <translation>&amp;Uusi menetelmä…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Muokk&amp;aa…</translation>
    </message>
    <message>
        <source>&amp;Copy as my own…</source>
        <translation>&amp;Kopioi omaksi…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Method library</source>
        <translation>Menetelmäkirjasto</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Kaikki tunnisteet</translation>
    </message>
    <message numerus="yes">
        <source>%n methods</source>
        <translation>
            <numerusform>%n menetelmä</numerusform>
            <numerusform>%n menetelmää</numerusform>
        </translation>
    </message>
    <message>
        <source>Space or Ctrl+click picks several methods.</source>
        <translation>Valitse useita menetelmiä välilyönnillä tai Ctrl+napsautuksella.</translation>
    </message>
    <message numerus="yes">
        <source>%n picked: %1</source>
        <translation>
            <numerusform>%n valittu: %1</numerusform>
            <numerusform>%n valittu: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n to agenda</source>
        <translation>
            <numerusform>&amp;Lisää %n ohjelmaan</numerusform>
            <numerusform>&amp;Lisää %n ohjelmaan</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a workshop first.</source>
        <translation>Valitse ensin työpaja.</translation>
    </message>
    <message>
        <source>built-in method</source>
        <translation>valmis menetelmä</translation>
    </message>
    <message>
        <source>own method</source>
        <translation>oma menetelmä</translation>
    </message>
    <message>
        <source>%1–%2 people</source>
        <translation>%1–%2 henkilöä</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Vaiheet</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiaalit</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>No worksheet layout of its own: it prints a general answer sheet.</source>
        <translation>Ei omaa työpohjaa: tulostuu yleinen vastauspohja.</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Työpohja</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Asettelu</translation>
    </message>
    <message>
        <source>Add method to agenda</source>
        <translation>Lisää menetelmä ohjelmaan</translation>
    </message>
    <message>
        <source>Delete method</source>
        <translation>Poista menetelmä</translation>
    </message>
    <message>
        <source>Has a worksheet of its own</source>
        <translation>Oma työpohja</translation>
    </message>
    <message>
        <source>Prints a general answer sheet</source>
        <translation>Tulostuu yleinen vastauspohja</translation>
    </message>
</context>
<context>
    <name>LiveMode</name>
    <message>
        <source>Live capture</source>
        <translation>Live-kirjaus</translation>
    </message>
    <message>
        <source>Time now</source>
        <translation>Kellonaika nyt</translation>
    </message>
    <message>
        <source>Running block</source>
        <translation>Käynnissä oleva ohjelmakohta</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Aikaa jäljellä</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>&amp;Aloita nyt</translation>
    </message>
    <message>
        <source>Begin the first block now; the rest follows from it (F5). The plan is not changed.</source>
        <translation>Ensimmäinen ohjelmakohta alkaa nyt, ja muut seuraavat sitä (F5). Suunnitelma ei muutu.</translation>
    </message>
    <message>
        <source>Ne&amp;xt block</source>
        <translation>&amp;Seuraava kohta</translation>
    </message>
    <message>
        <source>End the running block now and start the next one (Ctrl+PgDown).</source>
        <translation>Käynnissä oleva ohjelmakohta päättyy nyt ja seuraava alkaa (Ctrl+PgDown).</translation>
    </message>
    <message>
        <source>&amp;+5 min</source>
        <translation>&amp;+5 min</translation>
    </message>
    <message>
        <source>Give the running block five more minutes (Ctrl++). The plan is not changed.</source>
        <translation>Käynnissä olevalle ohjelmakohdalle viisi minuuttia lisää (Ctrl++). Suunnitelma ei muutu.</translation>
    </message>
    <message>
        <source>&amp;−5 min</source>
        <translation>&amp;−5 min</translation>
    </message>
    <message>
        <source>Take five minutes from the running block (Ctrl+−).</source>
        <translation>Käynnissä olevasta ohjelmakohdasta viisi minuuttia pois (Ctrl+−).</translation>
    </message>
    <message>
        <source>Planned %1–%2</source>
        <translation>Suunniteltu klo %1–%2</translation>
    </message>
    <message>
        <source>%1 · began %2</source>
        <translation>%1 · alkoi klo %2</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Aloita nyt</translation>
    </message>
    <message>
        <source>Next block</source>
        <translation>Seuraava ohjelmakohta</translation>
    </message>
    <message>
        <source>Add five minutes</source>
        <translation>Lisää viisi minuuttia</translation>
    </message>
    <message>
        <source>Take five minutes</source>
        <translation>Vähennä viisi minuuttia</translation>
    </message>
    <message>
        <source>Planned and actual times</source>
        <translation>Suunnitellut ja toteutuneet ajat</translation>
    </message>
    <message>
        <source>Leave live capture (Esc)</source>
        <translation>Poistu live-kirjauksesta (Esc)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Alt+%1 or Ctrl+%1</source>
        <translation>Alt+%1 tai Ctrl+%1</translation>
    </message>
    <message>
        <source>Kind of the next note</source>
        <translation>Seuraavan muistiinpanon laji</translation>
    </message>
    <message>
        <source>Group or table, e.g. Table 2</source>
        <translation>Ryhmä tai pöytä, esim. Pöytä 2</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Ryhmä:</translation>
    </message>
    <message>
        <source>Parallel track of the next note</source>
        <translation>Seuraavan muistiinpanon rinnakkainen ryhmä</translation>
    </message>
    <message>
        <source>The note goes to the block itself or to one of its parallel tracks.</source>
        <translation>Muistiinpano tallentuu itse ohjelmakohtaan tai johonkin sen rinnakkaisista ryhmistä.</translation>
    </message>
    <message>
        <source>&amp;Parallel track:</source>
        <translation>R&amp;innakkainen ryhmä:</translation>
    </message>
    <message>
        <source>Type a note and press Enter to save it</source>
        <translation>Kirjoita muistiinpano ja tallenna se painamalla Enter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Muistiinpano:</translation>
    </message>
    <message>
        <source>Last saved note</source>
        <translation>Viimeksi tallennettu muistiinpano</translation>
    </message>
    <message>
        <source>&amp;Undo last step</source>
        <translation>&amp;Kumoa viimeisin</translation>
    </message>
    <message>
        <source>Notes of the running block</source>
        <translation>Käynnissä olevan ohjelmakohdan muistiinpanot</translation>
    </message>
    <message>
        <source>This workshop is planned for %1; the blocks follow today&apos;s clock.</source>
        <translation>Tämä työpaja on suunniteltu päivälle %1. Ohjelmakohdat seuraavat tämän päivän kelloa.</translation>
    </message>
    <message>
        <source>The workshop was not found.</source>
        <translation>Työpajaa ei löytynyt.</translation>
    </message>
    <message numerus="yes">
        <source>%n min over</source>
        <translation>
            <numerusform>%n min yli</numerusform>
            <numerusform>%n min yli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min jäljellä</numerusform>
            <numerusform>%n min jäljellä</numerusform>
        </translation>
    </message>
    <message>
        <source>No block is running: the agenda has ended.</source>
        <translation>Mikään ohjelmakohta ei ole käynnissä: ohjelma on päättynyt.</translation>
    </message>
    <message>
        <source>The workshop has no agenda yet.</source>
        <translation>Työpajalla ei vielä ole ohjelmaa.</translation>
    </message>
    <message>
        <source>No block is running yet.</source>
        <translation>Mikään ohjelmakohta ei ole vielä käynnissä.</translation>
    </message>
    <message>
        <source>Next: %1 at %2</source>
        <translation>Seuraavaksi: %1 klo %2</translation>
    </message>
    <message>
        <source>Next: nothing, this is the last block.</source>
        <translation>Seuraavaksi: ei mitään, tämä on viimeinen ohjelmakohta.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Laji: %1</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
    <message>
        <source>the workshop (no block running)</source>
        <translation>työpaja (mikään ohjelmakohta ei ole käynnissä)</translation>
    </message>
    <message>
        <source>Saved as %1 to %2.</source>
        <translation>Tallennettu lajina %1 kohtaan %2.</translation>
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
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>T&amp;yöpaja</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Ty&amp;ökalut</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation>Uusi &amp;hanke…</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Uusi työpaja…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Find everywhere…</source>
        <translation>&amp;Etsi kaikkialta…</translation>
    </message>
    <message>
        <source>Filter the &amp;workshop list</source>
        <translation>&amp;Suodata työpajaluetteloa</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Nimeä uudelleen…</translation>
    </message>
    <message>
        <source>&amp;Copy workshop…</source>
        <translation>&amp;Kopioi työpaja…</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Tallenna &amp;pohjaksi…</translation>
    </message>
    <message>
        <source>New workshop from t&amp;emplate…</source>
        <translation>&amp;Uusi työpaja pohjasta…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Poi&amp;sta</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Näytä: %1</translation>
    </message>
    <message>
        <source>Method &amp;library</source>
        <translation>Menetelmä&amp;kirjasto</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>&amp;About Fasilitaattori</source>
        <translation>&amp;Tietoja Fasilitaattorista</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Päätyökalurivi</translation>
    </message>
    <message>
        <source>%1 – Fasilitaattori</source>
        <translation>%1 – Fasilitaattori</translation>
    </message>
    <message>
        <source>%1 — %2 agenda blocks, %3 notes, %4 open tasks</source>
        <translation>%1 — ohjelmakohtia %2, muistiinpanoja %3, avoimia tehtäviä %4</translation>
    </message>
    <message>
        <source>&amp;Quick guide</source>
        <translation>Pika&amp;opas</translation>
    </message>
    <message>
        <source>Open the &amp;example project</source>
        <translation>Avaa &amp;esimerkkihanke</translation>
    </message>
    <message>
        <source>Fasilitaattori %1

An offline workbench for planning and running workshops, capturing what comes out and printing the results.</source>
        <translation>Fasilitaattori %1

Työväline työpajojen suunnitteluun ja ohjaamiseen, tulosten kirjaamiseen ja tulostamiseen – toimii ilman verkkoyhteyttä.</translation>
    </message>
    <message>
        <source>About Fasilitaattori</source>
        <translation>Tietoja Fasilitaattorista</translation>
    </message>
    <message>
        <source>Ctrl+K: find everywhere</source>
        <translation>Ctrl+K: etsi kaikkialta</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z: undo / redo</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z: kumoa / tee uudelleen</translation>
    </message>
    <message>
        <source>Ctrl+N: new workshop</source>
        <translation>Ctrl+N: uusi työpaja</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9: the workshop&apos;s tabs</source>
        <translation>Ctrl+1 … Ctrl+9: työpajan välilehdet</translation>
    </message>
    <message>
        <source>Ctrl+L: method library</source>
        <translation>Ctrl+L: menetelmäkirjasto</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F: filter the workshop list</source>
        <translation>Ctrl+Shift+F: suodata työpajaluetteloa</translation>
    </message>
    <message>
        <source>F6: move between the workshop list and the page</source>
        <translation>F6: siirry työpajaluettelon ja sivun välillä</translation>
    </message>
    <message>
        <source>F2: rename</source>
        <translation>F2: nimeä uudelleen</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down: move an agenda block</source>
        <translation>Alt+Up / Alt+Down: siirrä ohjelmakohtaa</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
</context>
<context>
    <name>MethodEditor</name>
    <message>
        <source>Edit method</source>
        <translation>Muokkaa menetelmää</translation>
    </message>
    <message>
        <source>New method</source>
        <translation>Uusi menetelmä</translation>
    </message>
    <message>
        <source>One step on each line</source>
        <translation>Yksi vaihe kullekin riville</translation>
    </message>
    <message>
        <source>One material on each line</source>
        <translation>Yksi materiaali kullekin riville</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Smallest group</source>
        <translation>Pienin ryhmä</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>Suurin ryhmä</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. dialogue, small groups</source>
        <translation>Pilkuilla erotettuina, esim. dialogi, pienryhmät</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>people</source>
        <translation>hlöä</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Tarkoitus:</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Vaiheet:</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>Mat&amp;eriaalit:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Luokka:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Kesto:</translation>
    </message>
    <message>
        <source>&amp;Group size:</source>
        <translation>&amp;Ryhmän koko:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>T&amp;unnisteet:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>K&amp;ieli:</translation>
    </message>
    <message>
        <source>%1 (own)</source>
        <translation>%1 (oma)</translation>
    </message>
</context>
<context>
    <name>MethodPickerDialog</name>
    <message>
        <source>Add from the method library</source>
        <translation>Lisää menetelmäkirjastosta</translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) added to the agenda.</source>
        <translation>
            <numerusform>%n menetelmä lisätty ohjelmaan.</numerusform>
            <numerusform>%n menetelmää lisätty ohjelmaan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MethodPicture</name>
    <message>
        <source>Picture of the method&apos;s worksheet</source>
        <translation>Kuva menetelmän työpohjasta</translation>
    </message>
    <message>
        <source>Preparing the picture…</source>
        <translation>Kuvaa valmistellaan…</translation>
    </message>
</context>
<context>
    <name>NoteKinds</name>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Lainaus</translation>
    </message>
    <message>
        <source>Development need</source>
        <translation>Kehittämistarve</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Havainto</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Block</source>
        <translation>Ohjelmakohta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Without a block</source>
        <translation>Ilman ohjelmakohtaa</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>Siirrä muistiinpano</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Muokkaa muistiinpanoa</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Search notes</source>
        <translation>Hae muistiinpanoista</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>Show notes of block</source>
        <translation>Näytä ohjelmakohdan muistiinpanot</translation>
    </message>
    <message>
        <source>&amp;Block:</source>
        <translation>Oh&amp;jelmakohta:</translation>
    </message>
    <message>
        <source>Show notes of kind</source>
        <translation>Näytä muistiinpanot lajin mukaan</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Kaikki lajit</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Laji:</translation>
    </message>
    <message>
        <source>Number of notes shown</source>
        <translation>Näytettävien muistiinpanojen määrä</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Block to move the selected notes to</source>
        <translation>Ohjelmakohta, johon valitut muistiinpanot siirretään</translation>
    </message>
    <message>
        <source>&amp;Move selected to</source>
        <translation>&amp;Siirrä valitut kohtaan</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Poista valitut</translation>
    </message>
    <message>
        <source>Delete the selected notes (Del); Undo brings them back.</source>
        <translation>Poista valitut muistiinpanot (Del). Kumoa tuo ne takaisin.</translation>
    </message>
    <message>
        <source>Type a new note and press Enter</source>
        <translation>Kirjoita uusi muistiinpano ja paina Enter</translation>
    </message>
    <message>
        <source>e.g. Table 2</source>
        <translation>esim. Pöytä 2</translation>
    </message>
    <message>
        <source>Group of the new note</source>
        <translation>Uuden muistiinpanon ryhmä</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Ryhmä:</translation>
    </message>
    <message>
        <source>Without a block</source>
        <translation>Ilman ohjelmakohtaa</translation>
    </message>
    <message>
        <source>Goes without a block · %1</source>
        <translation>Tallentuu ilman ohjelmakohtaa · %1</translation>
    </message>
    <message>
        <source>Goes to: %1 · %2</source>
        <translation>Tallentuu kohtaan: %1 · %2</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Uusi muistiinpano</translation>
    </message>
    <message>
        <source>&amp;New note:</source>
        <translation>&amp;Uusi muistiinpano:</translation>
    </message>
    <message>
        <source>All blocks</source>
        <translation>Kaikki ohjelmakohdat</translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n muistiinpano</numerusform>
            <numerusform>%n muistiinpanoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n notes</source>
        <translation>
            <numerusform>Siirrä %n muistiinpano</numerusform>
            <numerusform>Siirrä %n muistiinpanoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n notes</source>
        <translation>
            <numerusform>Poista %n muistiinpano</numerusform>
            <numerusform>Poista %n muistiinpanoa</numerusform>
        </translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
</context>
<context>
    <name>OpeningWindow</name>
    <message>
        <source>Opening your workshops…</source>
        <translation>Avataan työpajojasi…</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Choose a workshop in the list on the left, or create a new one.</source>
        <translation>Valitse työpaja vasemmalla olevasta luettelosta tai luo uusi.</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>ei vielä päivää</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
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
        <translation>Ot&amp;sikko:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Hanke:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>Kellon&amp;aika:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>Tapaht&amp;umapaikka:</translation>
    </message>
    <message>
        <source>&amp;Locality:</source>
        <translation>Pa&amp;ikkakunta:</translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation>&amp;Kohderyhmä:</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>Oh&amp;jaajat:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Ti&amp;la:</translation>
    </message>
    <message>
        <source>Language of &amp;printouts:</source>
        <translation>Tulosteiden ki&amp;eli:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Alkamisaika</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Päättymisaika</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Goals and &amp;description:</source>
        <translation>Ta&amp;voitteet ja kuvaus:</translation>
    </message>
    <message>
        <source>Facilitator&apos;s &amp;conclusions:</source>
        <translation>Ohjaajan johtop&amp;äätökset:</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Pidetty</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Raportoitu</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(ei hanketta)</translation>
    </message>
    <message>
        <source>A workshop needs a start time.</source>
        <translation>Työpajalla on oltava alkamisaika.</translation>
    </message>
    <message>
        <source>A workshop needs an end time.</source>
        <translation>Työpajalla on oltava päättymisaika.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Muokkaa: %1</translation>
    </message>
    <message>
        <source>title</source>
        <translation>otsikko</translation>
    </message>
    <message>
        <source>project</source>
        <translation>hanke</translation>
    </message>
    <message>
        <source>date</source>
        <translation>päivämäärä</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>alkamisaika</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>päättymisaika</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>tapahtumapaikka</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>paikkakunta</translation>
    </message>
    <message>
        <source>target group</source>
        <translation>kohderyhmä</translation>
    </message>
    <message>
        <source>facilitators</source>
        <translation>ohjaajat</translation>
    </message>
    <message>
        <source>status</source>
        <translation>tila</translation>
    </message>
    <message>
        <source>language of printouts</source>
        <translation>tulosteiden kieli</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>tavoitteet</translation>
    </message>
    <message>
        <source>conclusions</source>
        <translation>johtopäätökset</translation>
    </message>
</context>
<context>
    <name>PaperEntryGrid</name>
    <message>
        <source>Paper forms, one per row</source>
        <translation>Paperilomakkeet, yksi kullakin rivillä</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>En osaa sanoa</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Enter a paper form</source>
        <translation>Syötä paperilomake</translation>
    </message>
    <message>
        <source>Remove a feedback form</source>
        <translation>Poista palautelomake</translation>
    </message>
</context>
<context>
    <name>ParticipantImport</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteystieto</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Ruokavalio</translation>
    </message>
    <message>
        <source>Other needs</source>
        <translation>Muut tarpeet</translation>
    </message>
    <message>
        <source>Import participants from a CSV file</source>
        <translation>Tuo osallistujat CSV-tiedostosta</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-tiedostot (*.csv *.txt);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>ParticipantImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Tuo osallistujat</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>puolipiste</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>pilkku</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>sarkain</translation>
    </message>
    <message>
        <source>%1: %2 rows, read as %3 text separated by %4. Check which column goes to which field; columns set to “Do not import” are left out.</source>
        <translation>%1: %2 riviä, luettu %3-tekstinä, erottimena %4. Tarkista, mihin kenttään kukin sarake menee. Sarakkeet, joiden kohdalla on ”Älä tuo”, jätetään pois.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Sarake %1</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Älä tuo</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Sarakkeen %1 kenttä</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sarakkeet</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Ensimmäisten rivien esikatselu</translation>
    </message>
    <message>
        <source>Mark everyone as &amp;attending this workshop</source>
        <translation>Merkitse kaikki &amp;osallistujiksi tähän työpajaan</translation>
    </message>
    <message numerus="yes">
        <source>Import %n people</source>
        <translation>
            <numerusform>Tuo %n henkilö</numerusform>
            <numerusform>Tuo %n henkilöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n participants</source>
        <translation>
            <numerusform>Tuo %n osallistuja</numerusform>
            <numerusform>Tuo %n osallistujaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Import CSV…</source>
        <translation>Tuo CSV…</translation>
    </message>
    <message>
        <source>Add people from a registration list saved as CSV; you check the columns in a preview first.</source>
        <translation>Lisää henkilöt CSV-muotoon tallennetusta ilmoittautumislistasta. Tarkistat sarakkeet ensin esikatselussa.</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Nimi (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Lisää henkilö</translation>
    </message>
    <message>
        <source>Add a participant (Enter adds, every field is optional)</source>
        <translation>Lisää osallistuja (Enter lisää, kaikki kentät ovat vapaaehtoisia)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Or&amp;ganisaatio:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kunta:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Tarpeet</translation>
    </message>
    <message>
        <source>Participants of this workshop</source>
        <translation>Tämän työpajan osallistujat</translation>
    </message>
    <message>
        <source>Someone already known</source>
        <translation>Joku jo tallennettu henkilö</translation>
    </message>
    <message>
        <source>&amp;Known person:</source>
        <translation>&amp;Aiempi osallistuja:</translation>
    </message>
    <message>
        <source>Mark as a&amp;ttending</source>
        <translation>Merkitse osallistu&amp;jaksi</translation>
    </message>
    <message>
        <source>&amp;Not attending</source>
        <translation>&amp;Ei osallistu</translation>
    </message>
    <message>
        <source>Take the selected people off this workshop (they stay in the register).</source>
        <translation>Poista valitut henkilöt tästä työpajasta (he jäävät rekisteriin).</translation>
    </message>
    <message>
        <source>Save count</source>
        <translation>Tallenna määrä</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Kunta:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisaatio:</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>Montako:</translation>
    </message>
    <message>
        <source>Sets the number for this municipality and organisation; 0 removes it from the totals.</source>
        <translation>Asettaa määrän tälle kunnalle ja organisaatiolle. 0 poistaa sen yhteismääristä.</translation>
    </message>
    <message>
        <source>Anonymous head counts</source>
        <translation>Nimettömät osallistujamäärät</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>Attendance by municipality</source>
        <translation>Osallistujat kunnittain</translation>
    </message>
    <message>
        <source>Attendance by organisation</source>
        <translation>Osallistujat organisaatioittain</translation>
    </message>
    <message>
        <source>Attendance, named and anonymous together</source>
        <translation>Osallistujat, nimetyt ja nimettömät yhteensä</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Osallistujat: %1</translation>
    </message>
    <message>
        <source>Choose a workshop to see its participants.</source>
        <translation>Valitse työpaja nähdäksesi sen osallistujat.</translation>
    </message>
    <message numerus="yes">
        <source>%n named participants</source>
        <translation>
            <numerusform>%n nimellä kirjattu osallistuja</numerusform>
            <numerusform>%n nimellä kirjattua osallistujaa</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ei nimeä)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n people in all</source>
        <translation>
            <numerusform>Yhteensä %n henkilö</numerusform>
            <numerusform>Yhteensä %n henkilöä</numerusform>
        </translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(ei ilmoitettu)</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Lisää osallistuja</translation>
    </message>
    <message>
        <source>Mark as attending</source>
        <translation>Merkitse osallistujaksi</translation>
    </message>
    <message>
        <source>Mark as not attending</source>
        <translation>Merkitse poissaolevaksi</translation>
    </message>
    <message>
        <source>Set head count</source>
        <translation>Aseta osallistujamäärä</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted bundle</source>
        <translation>Salattu siirtotiedosto</translation>
    </message>
    <message>
        <source>The bundle {name} is encrypted. Type its passphrase.</source>
        <translation>Siirtotiedosto {name} on salattu. Kirjoita sen salalause.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Salalause</translation>
    </message>
</context>
<context>
    <name>PersonDetails</name>
    <message>
        <source>interpreter</source>
        <translation>tulkki</translation>
    </message>
    <message>
        <source>hearing loop</source>
        <translation>induktiosilmukka</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>avustaja</translation>
    </message>
    <message>
        <source>diet</source>
        <translation>ruokavalio</translation>
    </message>
    <message>
        <source>other needs</source>
        <translation>muita tarpeita</translation>
    </message>
    <message>
        <source>diet: %1</source>
        <translation>ruokavalio: %1</translation>
    </message>
    <message>
        <source>May &amp;be in photos</source>
        <translation>Saa n&amp;äkyä valokuvissa</translation>
    </message>
    <message>
        <source>May be contacted &amp;later</source>
        <translation>&amp;Saa ottaa yhteyttä myöhemmin</translation>
    </message>
    <message>
        <source>Needs an int&amp;erpreter</source>
        <translation>Tarvitsee tulk&amp;in</translation>
    </message>
    <message>
        <source>Needs a hearin&amp;g loop</source>
        <translation>Tarvitsee in&amp;duktiosilmukan</translation>
    </message>
    <message>
        <source>Comes &amp;with an assistant</source>
        <translation>&amp;Henkilökohtainen avustaja mukana</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Yhteystieto:</translation>
    </message>
    <message>
        <source>An&amp;y other needs:</source>
        <translation>Muut tar&amp;peet:</translation>
    </message>
    <message>
        <source>Email or phone</source>
        <translation>Sähköposti tai puhelin</translation>
    </message>
    <message>
        <source>For example gluten-free</source>
        <translation>Esimerkiksi gluteeniton</translation>
    </message>
    <message>
        <source>For example a wheelchair place</source>
        <translation>Esimerkiksi paikka pyörätuolille</translation>
    </message>
    <message>
        <source>&amp;Diet:</source>
        <translation>Ruoka&amp;valio:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ei nimeä)</translation>
    </message>
    <message>
        <source>Consents and needs: %1</source>
        <translation>Suostumukset ja tarpeet: %1</translation>
    </message>
    <message>
        <source>Consents and needs (select a person above)</source>
        <translation>Suostumukset ja tarpeet (valitse henkilö yllä olevasta listasta)</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Muokkaa osallistujaa</translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <source>&amp;Add photos…</source>
        <translation>&amp;Lisää kuvia…</translation>
    </message>
    <message>
        <source>or drag image files here</source>
        <translation>tai vedä kuvatiedostot tähän</translation>
    </message>
    <message>
        <source>Photos of this workshop</source>
        <translation>Tämän työpajan kuvat</translation>
    </message>
    <message>
        <source>Chosen photo</source>
        <translation>Valittu kuva</translation>
    </message>
    <message>
        <source>What the photo shows, e.g. Group 2&apos;s network map</source>
        <translation>Mitä kuvassa on, esim. ryhmän 2 verkostokartta</translation>
    </message>
    <message>
        <source>&amp;Delete photo</source>
        <translation>&amp;Poista kuva</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Kuvateksti:</translation>
    </message>
    <message>
        <source>&amp;Block:</source>
        <translation>Oh&amp;jelmakohta:</translation>
    </message>
    <message>
        <source>Photos: %1 (%2)</source>
        <translation>Kuvat: %1 (%2)</translation>
    </message>
    <message>
        <source>Choose a workshop to see its photos.</source>
        <translation>Valitse työpaja nähdäksesi sen kuvat.</translation>
    </message>
    <message>
        <source>No block</source>
        <translation>Ei ohjelmakohtaa</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 pixels</source>
        <translation>%1 · %2 × %3 pikseliä</translation>
    </message>
    <message>
        <source>Choose a photo to give it a caption or attach it to a block.</source>
        <translation>Valitse kuva, niin voit antaa sille kuvatekstin tai liittää sen ohjelmakohtaan.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Lisää kuvia</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Kuvat (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message numerus="yes">
        <source>Add %n photos</source>
        <translation>
            <numerusform>Lisää %n kuva</numerusform>
            <numerusform>Lisää %n kuvaa</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit photo</source>
        <translation>Muokkaa kuvaa</translation>
    </message>
    <message>
        <source>Delete photo</source>
        <translation>Poista kuva</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>&amp;Erase a person everywhere…</source>
        <translation>&amp;Poista henkilön tiedot kaikkialta…</translation>
    </message>
    <message>
        <source>&amp;Personal data review…</source>
        <translation>&amp;Henkilötietojen läpikäynti…</translation>
    </message>
    <message>
        <source>Privacy &amp;notice…</source>
        <translation>Tietosuojas&amp;eloste…</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeDialog</name>
    <message>
        <source>Privacy notice</source>
        <translation>Tietosuojaseloste</translation>
    </message>
    <message>
        <source>Finnish (suomi)</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish (svenska)</source>
        <translation>ruotsi (svenska)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti (English)</translation>
    </message>
    <message>
        <source>e-mail or phone for questions about personal data</source>
        <translation>sähköposti tai puhelin henkilötietoja koskeviin kysymyksiin</translation>
    </message>
    <message>
        <source>Privacy notice text</source>
        <translation>Tietosuojaselosteen teksti</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Kopioi teksti</translation>
    </message>
    <message>
        <source>The sign-in sheet prints this notice. The organisation and contact are saved on this computer.</source>
        <translation>Tämä teksti tulostuu osallistujalistaan. Organisaatio ja yhteystieto tallennetaan tälle tietokoneelle.</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Lowest means</source>
        <translation>Pienin tarkoittaa</translation>
    </message>
    <message>
        <source>Highest means</source>
        <translation>Suurin tarkoittaa</translation>
    </message>
    <message>
        <source>Feedback questions</source>
        <translation>Palautekysymykset</translation>
    </message>
    <message>
        <source>Type a new question and press Enter</source>
        <translation>Kirjoita uusi kysymys ja paina Enter</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Uusi kysymys</translation>
    </message>
    <message>
        <source>Kind of the new question</source>
        <translation>Uuden kysymyksen laji</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Poista kysymys</translation>
    </message>
    <message>
        <source>Question set</source>
        <translation>Kysymyssarja</translation>
    </message>
    <message>
        <source>Add questions of the set</source>
        <translation>Lisää sarjan kysymykset</translation>
    </message>
    <message>
        <source>Save as a set…</source>
        <translation>Tallenna sarjaksi…</translation>
    </message>
    <message>
        <source>Add a feedback question</source>
        <translation>Lisää palautekysymys</translation>
    </message>
    <message>
        <source>Edit a feedback question</source>
        <translation>Muokkaa palautekysymystä</translation>
    </message>
    <message>
        <source>Move a feedback question</source>
        <translation>Siirrä palautekysymystä</translation>
    </message>
    <message>
        <source>Remove a feedback question</source>
        <translation>Poista palautekysymys</translation>
    </message>
    <message>
        <source>Add questions of a set</source>
        <translation>Lisää kysymyssarjan kysymykset</translation>
    </message>
    <message>
        <source>Save a question set</source>
        <translation>Tallenna kysymyssarja</translation>
    </message>
    <message>
        <source>Save as a question set</source>
        <translation>Tallenna kysymyssarjaksi</translation>
    </message>
    <message>
        <source>Name of the question set:</source>
        <translation>Kysymyssarjan nimi:</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Save as &amp;Word (DOCX)…</source>
        <translation>Tallenna &amp;Word-tiedostona (DOCX)…</translation>
    </message>
    <message>
        <source>Save as &amp;OpenDocument (ODT)…</source>
        <translation>Tallenna OpenDo&amp;cument-tiedostona (ODT)…</translation>
    </message>
    <message>
        <source>Save as accessible PD&amp;F (PDF/UA)…</source>
        <translation>Tallenna s&amp;aavutettavana PDF:nä (PDF/UA)…</translation>
    </message>
    <message>
        <source>An editable report with headings, alternative texts and table headers that a screen reader can follow.</source>
        <translation>Muokattava raportti, jonka otsikot, kuvien tekstivastineet ja taulukoiden otsikkorivit ruudunlukija osaa lukea.</translation>
    </message>
    <message>
        <source>A tagged PDF for publishing: a screen reader follows its headings, lists, tables and the pictures&apos; alternative texts.</source>
        <translation>Verkossa julkaistava saavutettava PDF: ruudunlukija osaa lukea sen otsikot, luettelot, taulukot ja kuvien tekstivastineet.</translation>
    </message>
    <message>
        <source>Save as Word</source>
        <translation>Tallenna Word-tiedostona</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-asiakirjat (*.docx)</translation>
    </message>
    <message>
        <source>Save as OpenDocument</source>
        <translation>Tallenna OpenDocument-tiedostona</translation>
    </message>
    <message>
        <source>OpenDocument texts (*.odt)</source>
        <translation>OpenDocument-tekstit (*.odt)</translation>
    </message>
    <message>
        <source>Save as accessible PDF</source>
        <translation>Tallenna saavutettavana PDF:nä</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a workshop (and for a project report, a workshop of a project).</source>
        <translation>Valitse työpaja (hankeraporttia varten jonkin hankkeen työpaja).</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Kirjoitetaan %1…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Personal data review</source>
        <translation>Henkilötietojen läpikäynti</translation>
    </message>
    <message>
        <source>Keep personal data for (months)</source>
        <translation>Henkilötietojen säilytysaika (kuukautta)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Last workshop</source>
        <translation>Viimeisin työpaja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Erase the selected person…</source>
        <translation>Poista valitun henkilön tiedot…</translation>
    </message>
    <message numerus="yes">
        <source>People whose last workshop is more than %n month(s) ago: {count}. Erase their data unless there is a reason to keep it.</source>
        <translation>
            <numerusform>Henkilöitä, joiden viimeisimmästä työpajasta on yli %n kuukausi: {count}. Poista heidän tietonsa, ellei niiden säilyttämiseen ole syytä.</numerusform>
            <numerusform>Henkilöitä, joiden viimeisimmästä työpajasta on yli %n kuukautta: {count}. Poista heidän tietonsa, ellei niiden säilyttämiseen ole syytä.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted, data still kept</source>
        <translation>poistettu, tiedot vielä tallessa</translation>
    </message>
    <message>
        <source>in lists</source>
        <translation>listoilla</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ei nimeä)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find everywhere</source>
        <translation>Etsi kaikkialta</translation>
    </message>
    <message>
        <source>Search notes, tasks, workshops and methods</source>
        <translation>Hae muistiinpanoista, tehtävistä, työpajoista ja menetelmistä</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Hakutulokset</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Työpaja</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Menetelmä</translation>
    </message>
    <message numerus="yes">
        <source>%n results; Enter opens the chosen one.</source>
        <translation>
            <numerusform>%n tulos; Enter avaa valitun.</numerusform>
            <numerusform>%n tulosta; Enter avaa valitun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Mitään ei löytynyt.</translation>
    </message>
    <message>
        <source>Data from a large import is still being added to the search; not all of it may be found yet.</source>
        <translation>Suuren tuonnin tietoja lisätään vielä hakuun; kaikkea ei ehkä vielä löydy.</translation>
    </message>
</context>
<context>
    <name>SeriesView</name>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Pidetty</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Raportoitu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Työn alla</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>The project&apos;s workshops and the tasks between them</source>
        <translation>Hankkeen työpajat ja niiden väliset tehtävät</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Workshop, task or assignment</source>
        <translation>Työpaja, tehtävä tai välitehtävä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Enter opens the chosen workshop, or the Tasks tab of the chosen task.</source>
        <translation>Enter avaa valitun työpajan tai valitun tehtävän Tehtävät-välilehden.</translation>
    </message>
    <message>
        <source>Project series</source>
        <translation>Hankkeen työpajasarja</translation>
    </message>
    <message>
        <source>Series: %1</source>
        <translation>Työpajasarja: %1</translation>
    </message>
    <message>
        <source>%1 workshops; %2 of %3 tasks and assignments done.</source>
        <translation>Työpajoja %1; tehtävistä ja välitehtävistä valmiina %2/%3.</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>ei vielä päivää</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 päivää)</translation>
    </message>
    <message>
        <source>Without a due date</source>
        <translation>Ilman määräpäivää</translation>
    </message>
    <message>
        <source>Before the first workshop</source>
        <translation>Ennen ensimmäistä työpajaa</translation>
    </message>
    <message>
        <source>After the last workshop</source>
        <translation>Viimeisen työpajan jälkeen</translation>
    </message>
    <message>
        <source>Between the workshops</source>
        <translation>Työpajojen välillä</translation>
    </message>
    <message>
        <source>%1 between the workshops</source>
        <translation>Työpajojen väli %1</translation>
    </message>
    <message>
        <source>%1 – nothing due</source>
        <translation>%1 – ei määräpäiviä</translation>
    </message>
    <message>
        <source>Assignment: %1</source>
        <translation>Välitehtävä: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n päivä</numerusform>
            <numerusform>%n päivää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n viikko</numerusform>
            <numerusform>%n viikkoa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a project or one of its workshops first.</source>
        <translation>Valitse ensin hanke tai jokin sen työpajoista.</translation>
    </message>
    <message>
        <source>Project &amp;series</source>
        <translation>&amp;Hankkeen työpajasarja</translation>
    </message>
    <message>
        <source>The project&apos;s workshops as a timeline, with the tasks and assignments between them.</source>
        <translation>Hankkeen työpajat aikajanana ja niiden väliset tehtävät ja välitehtävät.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Järjestelmän kieli</translation>
    </message>
    <message>
        <source>Suomi (Finnish)</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Svenska (Swedish)</source>
        <translation>ruotsi (svenska)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti (English)</translation>
    </message>
    <message>
        <source>Printed on the printouts</source>
        <translation>Näkyy tulosteissa</translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation>Ohjelman &amp;kieli:</translation>
    </message>
    <message>
        <source>&amp;Facilitator&apos;s name:</source>
        <translation>Ohjaajan &amp;nimi:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Or&amp;ganisaatio:</translation>
    </message>
    <message>
        <source>Menus and windows that are already open change language when the program is started again.</source>
        <translation>Jo avoinna olevien valikkojen ja ikkunoiden kieli vaihtuu, kun ohjelma käynnistetään uudelleen.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>planned</source>
        <translation>suunniteltu</translation>
    </message>
    <message>
        <source>held</source>
        <translation>pidetty</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>raportoitu</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>ei vielä päivää</translation>
    </message>
    <message>
        <source>Filter workshops</source>
        <translation>Suodata työpajoja</translation>
    </message>
    <message>
        <source>Projects and workshops</source>
        <translation>Hankkeet ja työpajat</translation>
    </message>
    <message>
        <source>Workshops without a project</source>
        <translation>Työpajat ilman hanketta</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Pohjat</translation>
    </message>
    <message numerus="yes">
        <source>%n workshops</source>
        <translation>
            <numerusform>%n työpaja</numerusform>
            <numerusform>%n työpajaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda blocks</source>
        <translation>
            <numerusform>%n ohjelmakohta</numerusform>
            <numerusform>%n ohjelmakohtaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n muistiinpano</numerusform>
            <numerusform>%n muistiinpanoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open tasks</source>
        <translation>
            <numerusform>%n avoin tehtävä</numerusform>
            <numerusform>%n avointa tehtävää</numerusform>
        </translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Uusi hanke</translation>
    </message>
    <message>
        <source>Name of the project:</source>
        <translation>Hankkeen nimi:</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Uusi työpaja</translation>
    </message>
    <message>
        <source>Title of the workshop:</source>
        <translation>Työpajan otsikko:</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>Nimeä hanke uudelleen</translation>
    </message>
    <message>
        <source>Rename workshop</source>
        <translation>Nimeä työpaja uudelleen</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Poista hanke</translation>
    </message>
    <message>
        <source>Deleted the project “%1” and its workshops. Undo brings them back.</source>
        <translation>Hanke ”%1” ja sen työpajat poistettiin. Kumoa tuo ne takaisin.</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Poista työpaja</translation>
    </message>
    <message>
        <source>Deleted the workshop “%1”. Undo brings it back.</source>
        <translation>Työpaja ”%1” poistettiin. Kumoa tuo sen takaisin.</translation>
    </message>
    <message>
        <source>Copy workshop</source>
        <translation>Kopioi työpaja</translation>
    </message>
    <message>
        <source>Title of the copy:</source>
        <translation>Kopion otsikko:</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopio: %1</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Tallenna pohjaksi</translation>
    </message>
    <message>
        <source>Saved the template “%1”.</source>
        <translation>Pohja ”%1” tallennettiin.</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Pohjan nimi:</translation>
    </message>
    <message>
        <source>New workshop from template</source>
        <translation>Uusi työpaja pohjasta</translation>
    </message>
    <message>
        <source>Show &amp;series</source>
        <translation>Näytä &amp;työpajasarja</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Uusi hanke…</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>Uusi työpaja…</translation>
    </message>
    <message>
        <source>New workshop from this template…</source>
        <translation>Uusi työpaja tästä pohjasta…</translation>
    </message>
    <message>
        <source>Copy workshop…</source>
        <translation>Kopioi työpaja…</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Tallenna pohjaksi…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Nimeä uudelleen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Fasilitaattori bundles (*.fasi);;All files (*)</source>
        <translation>Fasilitaattorin siirtotiedostot (*.fasi);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Hankkeet</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Menetelmät</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Työpajat</translation>
    </message>
    <message>
        <source>Agenda blocks</source>
        <translation>Ohjelmakohdat</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Osallistumiset</translation>
    </message>
    <message>
        <source>Head counts</source>
        <translation>Osallistujamäärät</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tehtävät</translation>
    </message>
    <message>
        <source>Feedback questions</source>
        <translation>Palautekysymykset</translation>
    </message>
    <message>
        <source>Feedback responses</source>
        <translation>Palautelomakkeet</translation>
    </message>
    <message>
        <source>Feedback answers</source>
        <translation>Palautevastaukset</translation>
    </message>
    <message>
        <source>Question sets</source>
        <translation>Kysymyssarjat</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Kuvat</translation>
    </message>
    <message>
        <source>Kept conflict copies</source>
        <translation>Säilytetyt ristiriitaversiot</translation>
    </message>
    <message>
        <source>Own categories</source>
        <translation>Omat luokat</translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation>Poistot</translation>
    </message>
    <message>
        <source>Choose sync folder</source>
        <translation>Valitse synkronointikansio</translation>
    </message>
    <message>
        <source>The bundles in the sync folder are encrypted. Type the team&apos;s passphrase.</source>
        <translation>Synkronointikansion siirtotiedostot on salattu. Kirjoita tiimin yhteinen salalause.</translation>
    </message>
    <message>
        <source>Syncing with the other devices…</source>
        <translation>Synkronoidaan muiden koneiden kanssa…</translation>
    </message>
    <message>
        <source>Other devices synced: %1.</source>
        <translation>Synkronoidut muut laitteet: %1.</translation>
    </message>
    <message>
        <source>Changes that came in: %1.</source>
        <translation>Saapuneet muutokset: %1.</translation>
    </message>
    <message>
        <source>Values changed on two devices: %1; see Tools → Conflicts.</source>
        <translation>Kahdella laitteella muutetut tiedot: %1. Katso Työkalut → Ristiriidat.</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Synkronoi nyt</translation>
    </message>
    <message>
        <source>Encrypt sync &amp;bundles…</source>
        <translation>Salaa synkronoinnin siirtotie&amp;dostot…</translation>
    </message>
    <message>
        <source>Sync l&amp;og…</source>
        <translation>Synkronointi&amp;loki…</translation>
    </message>
    <message>
        <source>Sync on s&amp;tart and close</source>
        <translation>S&amp;ynkronoi käynnistettäessä ja suljettaessa</translation>
    </message>
    <message>
        <source>Nothing new came in.</source>
        <translation>Uutta ei tullut.</translation>
    </message>
    <message>
        <source>{name} could not be read: {problem}</source>
        <translation>Tiedostoa {name} ei voitu lukea: {problem}</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronoi nyt</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Tuo siirtotiedosto</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Vie siirtotiedosto…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Tuo siirtotiedosto…</translation>
    </message>
    <message>
        <source>Choose sync &amp;folder…</source>
        <translation>Val&amp;itse synkronointikansio…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Ristiriidat…</translation>
    </message>
</context>
<context>
    <name>SyncEncryptionDialog</name>
    <message>
        <source>Encrypt sync bundles</source>
        <translation>Salaa synkronoinnin siirtotiedostot</translation>
    </message>
    <message>
        <source>&amp;Encrypt this laptop&apos;s bundle in the sync folder</source>
        <translation>&amp;Salaa tämän koneen siirtotiedosto synkronointikansiossa</translation>
    </message>
    <message>
        <source>Every laptop in the folder needs the same passphrase. It is not saved: Fasilitaattori asks for it at the first sync after it starts.</source>
        <translation>Kaikilla kansiota käyttävillä koneilla on oltava sama salalause. Sitä ei tallenneta: Fasilitaattori kysyy sen ensimmäisellä synkronointikerralla käynnistyksen jälkeen.</translation>
    </message>
    <message>
        <source>P&amp;assphrase</source>
        <translation>Sa&amp;lalause</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>T&amp;oista salalause</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Kirjoita salalause.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Salalauseet eroavat toisistaan. Kirjoita ne uudelleen.</translation>
    </message>
</context>
<context>
    <name>SyncLog</name>
    <message>
        <source>Sync log</source>
        <translation>Synkronointiloki</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Sync log</source>
        <translation>Synkronointiloki</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Muutokset</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Kumoa tämä tuonti…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Tuotu</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Viety</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synkronoitu</translation>
    </message>
    <message>
        <source>Undid an import</source>
        <translation>Tuonti kumottiin</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(kumottu)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>uusia</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>päivitetty</translation>
    </message>
    <message>
        <source>conflicting</source>
        <translation>ristiriidassa</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>poistettu pysyvästi</translation>
    </message>
    <message>
        <source>Nothing has been imported or exported yet.</source>
        <translation>Mitään ei ole vielä tuotu eikä viety.</translation>
    </message>
    <message>
        <source>Looking for what was changed here since the import…</source>
        <translation>Etsitään, mitä tällä koneella on muutettu tuonnin jälkeen…</translation>
    </message>
    <message>
        <source>The store goes back to how it was before the import of {file} ({when}). Erasures made since stay in force.</source>
        <translation>Tiedot palautetaan sellaisiksi kuin ne olivat ennen tiedoston {file} tuontia ({when}). Sen jälkeen tehdyt henkilötietojen poistot pysyvät voimassa.</translation>
    </message>
    <message>
        <source>These changes made here since then will be lost:</source>
        <translation>Nämä tällä koneella sen jälkeen tehdyt muutokset menetetään:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(nimetön)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…ja %n muu.</numerusform>
            <numerusform>…ja %n muuta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been changed here since then.</source>
        <translation>Tällä koneella ei ole muutettu mitään sen jälkeen.</translation>
    </message>
    <message numerus="yes">
        <source>%n other import(s) of the same Sync now will be undone too: a Sync now keeps one restore point.</source>
        <translation>
            <numerusform>Myös %n muu saman synkronoinnin tuonti kumotaan: synkronointi tallentaa yhden palautuspisteen.</numerusform>
            <numerusform>Myös %n muuta saman synkronoinnin tuontia kumotaan: synkronointi tallentaa yhden palautuspisteen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later import(s) will be undone too.</source>
        <translation>
            <numerusform>Myös %n myöhempi tuonti kumotaan.</numerusform>
            <numerusform>Myös %n myöhempää tuontia kumotaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Kumoa tuonti</translation>
    </message>
    <message>
        <source>&amp;Undo the import</source>
        <translation>&amp;Kumoa tuonti</translation>
    </message>
    <message>
        <source>Putting the store back as it was before the import…</source>
        <translation>Palautetaan tiedot tuontia edeltäneeseen tilaan…</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>Tuonti kumottiin.</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Työn alla</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Between-workshop assignment</source>
        <translation>Välitehtävä</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>From workshop</source>
        <translation>Työpajasta</translation>
    </message>
    <message>
        <source>Assignment: </source>
        <translation>Välitehtävä: </translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ei päivämäärää</translation>
    </message>
    <message>
        <source>Type a task and press Enter</source>
        <translation>Kirjoita tehtävä ja paina Enter</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Uusi tehtävä</translation>
    </message>
    <message>
        <source>&amp;New task:</source>
        <translation>&amp;Uusi tehtävä:</translation>
    </message>
    <message>
        <source>Add as between-workshop &amp;assignment</source>
        <translation>Lisää välite&amp;htävänä</translation>
    </message>
    <message>
        <source>An assignment for the participants, followed up in the project&apos;s next workshop.</source>
        <translation>Osallistujien tehtävä, jota seurataan hankkeen seuraavassa työpajassa.</translation>
    </message>
    <message>
        <source>Tasks of this workshop</source>
        <translation>Tämän työpajan tehtävät</translation>
    </message>
    <message>
        <source>Follow-ups from earlier workshops</source>
        <translation>Seurattavat asiat aiemmista työpajoista</translation>
    </message>
    <message>
        <source>Follow-ups: unfinished tasks of earlier workshops</source>
        <translation>Seurattavat: aiempien työpajojen keskeneräiset tehtävät</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Kuka tekee</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>ei määräpäivää</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>Mää&amp;räpäivä:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>De&amp;lete task</source>
        <translation>&amp;Poista tehtävä</translation>
    </message>
    <message>
        <source>Chosen task</source>
        <translation>Valittu tehtävä</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>T&amp;ehtävä:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Vastuuhenkilö:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>T&amp;ila:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Laji:</translation>
    </message>
    <message>
        <source>&amp;Followed up in:</source>
        <translation>&amp;Seurataan työpajassa:</translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>Tehtävät: %1</translation>
    </message>
    <message>
        <source>Choose a workshop to see its tasks.</source>
        <translation>Valitse työpaja nähdäksesi sen tehtävät.</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups: unfinished tasks of earlier workshops (%n)</source>
        <translation>
            <numerusform>Seurattavat: aiempien työpajojen keskeneräiset tehtävät (%n)</numerusform>
            <numerusform>Seurattavat: aiempien työpajojen keskeneräiset tehtävät (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ei asetettu</translation>
    </message>
    <message>
        <source>The saved due date “%1” is not a real date; choose a new one.</source>
        <translation>Tallennettu määräpäivä ”%1” ei ole oikea päivämäärä. Valitse uusi.</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Muokkaa tehtävää</translation>
    </message>
    <message>
        <source>Add assignment</source>
        <translation>Lisää välitehtävä</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Lisää tehtävä</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Poista tehtävä</translation>
    </message>
</context>
<context>
    <name>TimeBalanceBar</name>
    <message>
        <source>Presentation %1 min (%2 %)</source>
        <translation>Esitykset %1 min (%2 %)</translation>
    </message>
    <message>
        <source>participants&apos; own work and discussion %1 min (%2 %)</source>
        <translation>osallistujien oma työ ja keskustelu %1 min (%2 %)</translation>
    </message>
    <message>
        <source>breaks %1 min (%2 %)</source>
        <translation>tauot %1 min (%2 %)</translation>
    </message>
    <message>
        <source>Participants&apos; own work and discussion take less than a third of the time that is not a break; a third or more keeps a workshop participatory.</source>
        <translation>Osallistujien omaa työtä ja keskustelua on alle kolmannes muusta kuin taukoajasta. Kun sitä on vähintään kolmannes, työpaja pysyy osallistavana.</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Kumoa: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Tee uudelleen: %1</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <source>Updating your data for this version of Fasilitaattori. This happens once and can take a minute with a large store; a copy of the data as it was is kept in the backups folder.</source>
        <translation>Tietojasi päivitetään tälle Fasilitaattorin versiolle. Tämä tehdään vain kerran, ja suurella tietovarastolla se voi kestää minuutin; kopio tiedoista entisellään säilyy varmuuskopiokansiossa.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Fasilitaattori</source>
        <translation>Tervetuloa Fasilitaattoriin</translation>
    </message>
    <message>
        <source>Plan workshops, run them, write down what comes out and print what you need. Everything stays on this computer.

Start with a project of your own, or look around in the example project first: a series of three council workshops, which you can delete when you no longer need it.</source>
        <translation>Suunnittele ja vedä työpajoja, kirjaa tulokset ja tulosta tarvittavat paperit. Kaikki tiedot pysyvät tällä tietokoneella.

Aloita omasta hankkeesta tai tutustu ensin esimerkkihankkeeseen. Se on kolmen neuvostotyöpajan sarja, jonka voit poistaa, kun et enää tarvitse sitä.</translation>
    </message>
    <message>
        <source>&amp;Create a project</source>
        <translation>&amp;Luo hanke</translation>
    </message>
    <message>
        <source>Open the e&amp;xample project</source>
        <translation>Avaa &amp;esimerkkihanke</translation>
    </message>
    <message>
        <source>Read the &amp;quick guide</source>
        <translation>Lue &amp;pikaopas</translation>
    </message>
</context>
<context>
    <name>WorksheetEditor</name>
    <message>
        <source>&amp;Worksheet for printing</source>
        <translation>Tulostettava työ&amp;pohja</translation>
    </message>
    <message>
        <source>One prompt on each line</source>
        <translation>Yksi kysymys kullekin riville</translation>
    </message>
    <message>
        <source>One column heading on each line</source>
        <translation>Yksi sarakeotsikko kullekin riville</translation>
    </message>
    <message>
        <source>e.g. 3, 3, 6 (empty: equal sizes)</source>
        <translation>esim. 3, 3, 6 (tyhjä: yhtä suuret)</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>&amp;Asettelu:</translation>
    </message>
    <message>
        <source>Worksheet t&amp;itle:</source>
        <translation>Työpohjan &amp;otsikko:</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Ohjeet:</translation>
    </message>
    <message>
        <source>Prompts:</source>
        <translation>Kysymykset:</translation>
    </message>
    <message>
        <source>Table columns:</source>
        <translation>Taulukon sarakkeet:</translation>
    </message>
    <message>
        <source>Table rows:</source>
        <translation>Taulukon rivit:</translation>
    </message>
    <message>
        <source>Centre label:</source>
        <translation>Keskimmäinen teksti:</translation>
    </message>
    <message>
        <source>Box sizes:</source>
        <translation>Laatikoiden koot:</translation>
    </message>
    <message>
        <source>Worksheet instructions</source>
        <translation>Työpohjan ohjeet</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Kysymykset</translation>
    </message>
    <message>
        <source>Table columns</source>
        <translation>Taulukon sarakkeet</translation>
    </message>
</context>
<context>
    <name>WorksheetPreview</name>
    <message>
        <source>Worksheet: %1</source>
        <translation>Työpohja: %1</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Esikatselua valmistellaan…</translation>
    </message>
    <message>
        <source>Preview of the worksheet</source>
        <translation>Työpohjan esikatselu</translation>
    </message>
</context>
<context>
    <name>WorkshopTabs</name>
    <message>
        <source>Overview</source>
        <translation>Yleiskuva</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ohjelma</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tehtävät</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Kuvat</translation>
    </message>
    <message>
        <source>Printouts</source>
        <translation>Tulosteet</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something unexpected went wrong; the details are in the log file in the data folder.</source>
        <translation>Tapahtui odottamaton virhe. Tiedot virheestä ovat lokitiedostossa datakansiossa.</translation>
    </message>
    <message>
        <source>Fasilitaattori</source>
        <translation>Fasilitaattori</translation>
    </message>
    <message>
        <source>--project goes with: list workshops.</source>
        <translation>--project kuuluu komentoon: list workshops.</translation>
    </message>
    <message>
        <source>--workshop goes with: list blocks.</source>
        <translation>--workshop kuuluu komentoon: list blocks.</translation>
    </message>
    <message>
        <source>A 2×2 grid needs exactly four prompts.</source>
        <translation>2×2-ruudukkoon tarvitaan tasan neljä kysymystä.</translation>
    </message>
    <message>
        <source>A column is mapped to an unknown field: {field}.</source>
        <translation>Sarake on yhdistetty tuntemattomaan kenttään: {field}.</translation>
    </message>
    <message>
        <source>A name can be at most 200 characters long.</source>
        <translation>Nimessä voi olla enintään 200 merkkiä.</translation>
    </message>
    <message>
        <source>A note can only be attached to a block of its own workshop.</source>
        <translation>Muistiinpanon voi liittää vain oman työpajansa ohjelmakohtaan.</translation>
    </message>
    <message>
        <source>A photo&apos;s content hash is not valid, so its file is not used.</source>
        <translation>Valokuvan sisällön tunniste ei ole kelvollinen, joten sen tiedostoa ei käytetä.</translation>
    </message>
    <message>
        <source>A question was removed while the file was being read; please try again.</source>
        <translation>Kysymys poistettiin tiedoston lukemisen aikana. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>A scale needs its lowest value below its highest.</source>
        <translation>Asteikon pienimmän arvon on oltava suurinta pienempi.</translation>
    </message>
    <message>
        <source>A table worksheet can have at most 60 rows.</source>
        <translation>Taulukkopohjassa voi olla enintään 60 riviä.</translation>
    </message>
    <message>
        <source>A table worksheet needs at least one column.</source>
        <translation>Taulukkopohjassa on oltava vähintään yksi sarake.</translation>
    </message>
    <message>
        <source>A task belongs to a workshop or a project.</source>
        <translation>Tehtävä kuuluu työpajaan tai hankkeeseen.</translation>
    </message>
    <message>
        <source>A worksheet can have at most 12 prompts.</source>
        <translation>Työpohjassa voi olla enintään 12 kysymystä.</translation>
    </message>
    <message>
        <source>A worksheet has too many columns or boxes.</source>
        <translation>Työpohjassa on liikaa sarakkeita tai laatikoita.</translation>
    </message>
    <message>
        <source>A worksheet needs a title.</source>
        <translation>Työpohjalla on oltava otsikko.</translation>
    </message>
    <message>
        <source>A worksheet spec must be an object.</source>
        <translation>Työpohjan määrittelyn on oltava JSON-objekti.</translation>
    </message>
    <message>
        <source>Another copy of Fasilitaattori or another program is using the data file, so the change was not saved; wait a moment and try again.</source>
        <translation>Toinen Fasilitaattori-ikkuna tai muu ohjelma käyttää tietotiedostoa, joten muutosta ei tallennettu. Odota hetki ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Choose a sync folder first.</source>
        <translation>Valitse ensin synkronointikansio.</translation>
    </message>
    <message>
        <source>Choose at least one column to import.</source>
        <translation>Valitse vähintään yksi tuotava sarake.</translation>
    </message>
    <message>
        <source>Choose mine, theirs, both or a merged text.</source>
        <translation>Valitse oma versio, toisen versio, molemmat tai yhdistetty teksti.</translation>
    </message>
    <message>
        <source>Fasilitaattori cannot write in the sync folder {path}.</source>
        <translation>Fasilitaattori ei voi kirjoittaa synkronointikansioon {path}.</translation>
    </message>
    <message>
        <source>Give a box size for every prompt, or none.</source>
        <translation>Anna laatikon koko jokaiselle kysymykselle tai ei yhdellekään.</translation>
    </message>
    <message>
        <source>Give the number of an import as `sync log` shows it.</source>
        <translation>Anna tuonnin numero sellaisena kuin `sync log` sen näyttää.</translation>
    </message>
    <message>
        <source>Import {id} has already been undone.</source>
        <translation>Tuonti {id} on jo kumottu.</translation>
    </message>
    <message>
        <source>Give the workshop whose blocks to list: --workshop ID.</source>
        <translation>Anna työpaja, jonka ohjelma luetellaan: --workshop ID.</translation>
    </message>
    <message>
        <source>A parallel track cannot have tracks of its own.</source>
        <translation>Rinnakkaisella ryhmällä ei voi olla omia ryhmiä.</translation>
    </message>
    <message>
        <source>Day {day} needs a start time such as 09:00.</source>
        <translation>Päivälle {day} tarvitaan alkamisaika, esimerkiksi 9.00.</translation>
    </message>
    <message>
        <source>Day {day} still has blocks; move or delete them first.</source>
        <translation>Päivällä {day} on vielä ohjelmakohtia. Siirrä tai poista ne ensin.</translation>
    </message>
    <message>
        <source>The sync folder has files under this laptop&apos;s device id that it did not write (a laptop with a copy of its disk, or a backup restored here), so nothing was synced; give this laptop a new device id (Sync now offers it; on the command line `fasilitaattori sync new-device-id`) and sync again.</source>
        <translation>Synkronointikansiossa on tämän koneen laitetunnuksella tiedostoja, joita tämä kone ei ole kirjoittanut (kone, jolle on kopioitu tämän koneen levy, tai tähän palautettu varmuuskopio), joten mitään ei synkronoitu. Anna tälle koneelle uusi laitetunnus (Synkronoi nyt tarjoaa sitä; komentorivillä `fasilitaattori sync new-device-id`) ja synkronoi uudelleen.</translation>
    </message>
    <message>
        <source>No block is running now, so there is nothing to lengthen.</source>
        <translation>Mikään ohjelmakohta ei ole nyt käynnissä, joten pidennettävää ei ole.</translation>
    </message>
    <message>
        <source>A box above the worksheet can have at most five lines.</source>
        <translation>Työpohjan yläosan ruudussa voi olla enintään viisi riviä.</translation>
    </message>
    <message>
        <source>A table worksheet needs a row for each row label.</source>
        <translation>Taulukkopohjassa pitää olla rivi jokaiselle rivin otsikolle.</translation>
    </message>
    <message>
        <source>No block of this workshop has a worksheet.</source>
        <translation>Työpajan ohjelmassa ei ole yhtään menetelmää, jolla on työpohja.</translation>
    </message>
    <message>
        <source>No column of the file is matched to a question; choose the question for at least one column.</source>
        <translation>Yhtäkään tiedoston saraketta ei ole yhdistetty kysymykseen. Valitse kysymys vähintään yhdelle sarakkeelle.</translation>
    </message>
    <message>
        <source>Row {row} of the file {name} has a cell longer than {limit} characters.</source>
        <translation>Tiedoston {name} rivillä {row} on solu, jossa on yli {limit} merkkiä.</translation>
    </message>
    <message>
        <source>Row {row} of {name}: {reason}</source>
        <translation>Tiedoston {name} rivi {row}: {reason}</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: “{value}” is not a number from {low} to {high}.</source>
        <translation>Rivi {row}, sarake ”{column}”: ”{value}” ei ole luku väliltä {low}–{high}.</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: “{value}” is not a yes or no answer.</source>
        <translation>Rivi {row}, sarake ”{column}”: ”{value}” ei ole kyllä- tai ei-vastaus.</translation>
    </message>
    <message>
        <source>The agenda has ended; there is no next block.</source>
        <translation>Ohjelma on päättynyt, eikä seuraavaa ohjelmakohtaa ole.</translation>
    </message>
    <message>
        <source>The answer refers to a question this workshop does not have.</source>
        <translation>Vastaus viittaa kysymykseen, jota tässä työpajassa ei ole.</translation>
    </message>
    <message>
        <source>The answer to “{question}” must be a number from {low} to {high}.</source>
        <translation>Vastauksen kysymykseen ”{question}” on oltava luku väliltä {low}–{high}.</translation>
    </message>
    <message>
        <source>The answer to “{question}” must be yes or no.</source>
        <translation>Vastauksen kysymykseen ”{question}” on oltava kyllä tai ei.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {reason}.</source>
        <translation>Varmuuskopiota ei voitu tallentaa kohteeseen {path}: {reason}.</translation>
    </message>
    <message>
        <source>The backup file {path} does not exist.</source>
        <translation>Varmuuskopiotiedostoa {path} ei ole.</translation>
    </message>
    <message>
        <source>The backup file {path} is damaged.</source>
        <translation>Varmuuskopiotiedosto {path} on vioittunut.</translation>
    </message>
    <message>
        <source>The bundle contains an unexpected part {member}; it was not made by Fasilitaattori or has been altered.</source>
        <translation>Siirtotiedostossa on odottamaton osa {member}. Sitä ei ole tehnyt Fasilitaattori, tai sitä on muutettu.</translation>
    </message>
    <message>
        <source>The bundle contains the part {member} twice.</source>
        <translation>Siirtotiedostossa on osa {member} kahdesti.</translation>
    </message>
    <message>
        <source>The bundle does not fit this store&apos;s data ({reason}); nothing was imported.</source>
        <translation>Siirtotiedosto ei sovi tämän koneen tietoihin ({reason}). Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>The bundle has too many parts ({count}).</source>
        <translation>Siirtotiedostossa on liian monta osaa ({count}).</translation>
    </message>
    <message>
        <source>The bundle is damaged: the checksum of {member} does not match.</source>
        <translation>Siirtotiedosto on vioittunut: osan {member} tarkistussumma ei täsmää.</translation>
    </message>
    <message>
        <source>The bundle is damaged: the manifest counts {count} {entity} rows but there are {found}.</source>
        <translation>Siirtotiedosto on vioittunut: sisällysluettelon mukaan rivejä ({entity}) on {count}, mutta niitä on {found}.</translation>
    </message>
    <message>
        <source>The bundle is damaged: the part {member} cannot be unpacked ({reason}).</source>
        <translation>Siirtotiedosto on vioittunut: osaa {member} ei voi purkaa ({reason}).</translation>
    </message>
    <message>
        <source>The bundle is damaged: the part {member} cannot be unpacked.</source>
        <translation>Siirtotiedosto on vioittunut: osaa {member} ei voi purkaa.</translation>
    </message>
    <message>
        <source>The bundle is damaged: the photo {member} does not match its name.</source>
        <translation>Siirtotiedosto on vioittunut: kuva {member} ei vastaa nimeään.</translation>
    </message>
    <message>
        <source>The bundle is incomplete: the part {member} is missing.</source>
        <translation>Siirtotiedosto on puutteellinen: osa {member} puuttuu.</translation>
    </message>
    <message>
        <source>The bundle is invalid: it deletes or changes the built-in method {id}.</source>
        <translation>Siirtopaketti ei kelpaa: se poistaa tai muuttaa sisäänrakennettua menetelmää {id}.</translation>
    </message>
    <message>
        <source>The bundle is invalid: it erases the {entity} {id}, which belongs to no person it erases.</source>
        <translation>Siirtopaketti ei kelpaa: se poistaa pysyvästi kohteen {entity} {id}, joka ei kuulu kenellekään paketissa poistettavalle henkilölle.</translation>
    </message>
    <message>
        <source>The bundle is invalid: the {entity} {id} appears twice.</source>
        <translation>Siirtotiedosto on virheellinen: {entity} {id} on siinä kahdesti.</translation>
    </message>
    <message>
        <source>The bundle is invalid: the {entity} {id} is attached to a block of another workshop.</source>
        <translation>Siirtopaketti ei kelpaa: {entity} {id} on liitetty toisen työpajan osioon.</translation>
    </message>
    <message>
        <source>The bundle is invalid: the {entity} {id} refers to a {ref} that is neither in the bundle nor in this store.</source>
        <translation>Siirtotiedosto on virheellinen: {entity} {id} viittaa kohteeseen ({ref}), jota ei ole siirtotiedostossa eikä tällä koneella.</translation>
    </message>
    <message>
        <source>The bundle is invalid: {entity} row {n} has a change clock later than the bundle&apos;s own.</source>
        <translation>Siirtopaketti ei kelpaa: {entity}-rivin {n} muutosaika on myöhäisempi kuin paketin oma aika.</translation>
    </message>
    <message>
        <source>The bundle is invalid: {entity} row {n} has an unacceptable value in {column}.</source>
        <translation>Siirtotiedosto on virheellinen: rivillä {n} ({entity}) on kentässä {column} kelpaamaton arvo.</translation>
    </message>
    <message>
        <source>The bundle is invalid: {entity} row {n} is not in the expected form.</source>
        <translation>Siirtotiedosto on virheellinen: rivi {n} ({entity}) ei ole odotetussa muodossa.</translation>
    </message>
    <message>
        <source>The bundle unpacks to more than allowed.</source>
        <translation>Siirtotiedosto purkautuu sallittua suuremmaksi.</translation>
    </message>
    <message>
        <source>The bundle was made on a computer whose clock is more than a week ahead of this one&apos;s; check the date and time of the other laptop, then export the bundle again.</source>
        <translation>Siirtopaketti on tehty tietokoneella, jonka kello on yli viikon tämän koneen kelloa edellä. Tarkista toisen kannettavan päivämäärä ja kellonaika ja vie paketti sitten uudelleen.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest does not list its parts.</source>
        <translation>Siirtotiedoston sisällysluettelossa ei ole sen osia.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest does not name a valid device.</source>
        <translation>Siirtotiedoston sisällysluettelossa ei ole kelvollista laitetta.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest has an invalid clock value.</source>
        <translation>Siirtotiedoston sisällysluettelossa on virheellinen aika-arvo.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest has an invalid entry for {member}.</source>
        <translation>Siirtotiedoston sisällysluettelossa on virheellinen merkintä osalle {member}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest has no valid format version.</source>
        <translation>Siirtotiedoston sisällysluettelossa ei ole kelvollista versionumeroa.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest has no valid scope.</source>
        <translation>Siirtotiedoston sisällysluettelosta puuttuu kelvollinen laajuus.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is invalid: &apos;pseudonymised&apos; must be true or false.</source>
        <translation>Siirtotiedoston sisällysluettelo on virheellinen: pseudonymisointitiedon on oltava tosi tai epätosi.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is not valid JSON.</source>
        <translation>Siirtotiedoston sisällysluettelo ei ole kelvollista JSONia.</translation>
    </message>
    <message>
        <source>The bundle&apos;s part {member} is encrypted with zip encryption, which Fasilitaattori does not use.</source>
        <translation>Siirtotiedoston osa {member} on salattu zip-salauksella, jota Fasilitaattori ei käytä.</translation>
    </message>
    <message>
        <source>The bundle&apos;s part {member} is larger than allowed.</source>
        <translation>Siirtotiedoston osa {member} on sallittua suurempi.</translation>
    </message>
    <message>
        <source>The bundle&apos;s part {member} is not listed in its manifest.</source>
        <translation>Siirtotiedoston osaa {member} ei ole sen sisällysluettelossa.</translation>
    </message>
    <message>
        <source>The bundle&apos;s part {member} unpacks to an implausible size; it looks like a zip bomb.</source>
        <translation>Siirtotiedoston osa {member} purkautuu epäuskottavan suureksi. Se näyttää zip-pommilta.</translation>
    </message>
    <message>
        <source>The bundle&apos;s {entity} rows are not in the expected form.</source>
        <translation>Siirtotiedoston rivit ({entity}) eivät ole odotetussa muodossa.</translation>
    </message>
    <message>
        <source>The bundle&apos;s {entity} rows are not valid JSON.</source>
        <translation>Siirtotiedoston rivit ({entity}) eivät ole kelvollista JSONia.</translation>
    </message>
    <message>
        <source>The bundle&apos;s {entity} rows do not have the columns this version expects.</source>
        <translation>Siirtotiedoston riveillä ({entity}) ei ole sarakkeita, joita tämä versio odottaa.</translation>
    </message>
    <message>
        <source>The category is still used by {count} blocks; give them another category first.</source>
        <translation>Luokkaa käyttää vielä {count} ohjelmakohtaa; vaihda niille ensin toinen luokka.</translation>
    </message>
    <message>
        <source>The change could not be saved: {reason}.</source>
        <translation>Muutosta ei voitu tallentaa: {reason}.</translation>
    </message>
    <message>
        <source>The conflict was not found; it may have been resolved on another device.</source>
        <translation>Ristiriitaa ei löytynyt. Se on ehkä jo ratkaistu toisella koneella.</translation>
    </message>
    <message>
        <source>The data file cannot be opened for writing, so the change was not saved; check that the data folder still exists and is not read-only.</source>
        <translation>Tietotiedostoa ei voi avata kirjoittamista varten, joten muutosta ei tallennettu. Tarkista, että tietokansio on yhä olemassa eikä se ole vain luku -tilassa.</translation>
    </message>
    <message>
        <source>The data file cannot be read: {reason}.</source>
        <translation>Datatiedostoa ei voi lukea: {reason}.</translation>
    </message>
    <message>
        <source>The data file is damaged; restore the latest copy from the backups folder inside the data folder.</source>
        <translation>Tietotiedosto on vioittunut. Palauta uusin kopio tietokansion varmuuskopiokansiosta (backups).</translation>
    </message>
    <message>
        <source>The data file {path} cannot be read: {reason}.</source>
        <translation>Datatiedostoa {path} ei voi lukea: {reason}.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to, so the change was not saved; check that the folder and the disk are not read-only.</source>
        <translation>Tietokansioon ei voi kirjoittaa, joten muutosta ei tallennettu. Tarkista, ettei kansio tai levy ole vain luku -tilassa.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created: {reason}.</source>
        <translation>Datakansiota {path} ei voi luoda: {reason}.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written to; check that the folder and the disk are not read-only, or choose another data folder.</source>
        <translation>Tietokansioon {path} ei voi kirjoittaa. Tarkista, ettei kansio tai levy ole vain luku -tilassa, tai valitse toinen tietokansio.</translation>
    </message>
    <message>
        <source>The disk could not be written, so the change was not saved; check the disk or the drive&apos;s connection and try again.</source>
        <translation>Levylle ei voitu kirjoittaa, joten muutosta ei tallennettu. Tarkista levy tai aseman liitäntä ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved; free some space and try again.</source>
        <translation>Levy on täynnä, joten muutosta ei tallennettu. Vapauta tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be written; free some space and try again.</source>
        <translation>Levy on täynnä, joten tiedostoa {path} ei voitu kirjoittaa. Vapauta tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The encrypted bundle has settings this version does not accept.</source>
        <translation>Salatussa siirtotiedostossa on asetuksia, joita tämä versio ei hyväksy.</translation>
    </message>
    <message>
        <source>The encrypted bundle is cut short; ask for a new copy.</source>
        <translation>Salattu siirtotiedosto on katkennut. Pyydä uusi kopio.</translation>
    </message>
    <message>
        <source>The file has no column number {number}.</source>
        <translation>Tiedostossa ei ole saraketta numero {number}.</translation>
    </message>
    <message>
        <source>The file has no column “{column}”.</source>
        <translation>Tiedostossa ei ole saraketta ”{column}”.</translation>
    </message>
    <message>
        <source>The file is not a Fasilitaattori bundle: it has no manifest.</source>
        <translation>Tiedosto ei ole Fasilitaattorin siirtotiedosto: siitä puuttuu sisällysluettelo.</translation>
    </message>
    <message>
        <source>The file is not a Fasilitaattori bundle: its manifest is of another kind.</source>
        <translation>Tiedosto ei ole Fasilitaattorin siirtotiedosto: sen sisällysluettelo on toisenlainen.</translation>
    </message>
    <message>
        <source>The file is not a photo in a known format (JPEG, PNG, GIF or WebP).</source>
        <translation>Tiedosto ei ole tunnetussa muodossa oleva kuva (JPEG, PNG, GIF tai WebP).</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}.</source>
        <translation>Tiedostoa {name} ei voi lukea: {reason}.</translation>
    </message>
    <message>
        <source>The file {name} could not be read as an Excel workbook.</source>
        <translation>Tiedostoa {name} ei voitu lukea Excel-työkirjana.</translation>
    </message>
    <message>
        <source>The file {name} declares XML entities, which a workbook never does; it was not read.</source>
        <translation>Tiedostossa {name} on XML-entiteettien määrittelyjä, joita työkirjoissa ei ole, joten sitä ei luettu.</translation>
    </message>
    <message>
        <source>The file {name} has more than {limit} cells.</source>
        <translation>Tiedostossa {name} on yli {limit} solua.</translation>
    </message>
    <message>
        <source>The file {name} has more than {limit} columns.</source>
        <translation>Tiedostossa {name} on yli {limit} saraketta.</translation>
    </message>
    <message>
        <source>The file {name} has more than {limit} rows.</source>
        <translation>Tiedostossa {name} on yli {limit} riviä.</translation>
    </message>
    <message>
        <source>The file {name} has no answer rows under its header.</source>
        <translation>Tiedostossa {name} ei ole vastausrivejä otsikkorivin alla.</translation>
    </message>
    <message>
        <source>The file {name} has no answers in the chosen columns.</source>
        <translation>Tiedostossa {name} ei ole vastauksia valituissa sarakkeissa.</translation>
    </message>
    <message>
        <source>The file {name} has no rows under its header line.</source>
        <translation>Tiedostossa {name} ei ole rivejä otsikkorivin alla.</translation>
    </message>
    <message>
        <source>The file {name} has two columns headed “{column}”; choose the column for the question by its number.</source>
        <translation>Tiedostossa {name} on kaksi saraketta otsikolla ”{column}”; valitse kysymyksen sarake sen numerolla.</translation>
    </message>
    <message>
        <source>The file {name} holds another device&apos;s bundle.</source>
        <translation>Tiedostossa {name} on toisen laitteen siirtotiedosto.</translation>
    </message>
    <message>
        <source>The file {name} holds another of that device&apos;s files.</source>
        <translation>Tiedostossa {name} on saman laitteen toinen tiedosto.</translation>
    </message>
    <message>
        <source>The file {name} is damaged or is not a Fasilitaattori bundle.</source>
        <translation>Tiedosto {name} on vioittunut tai se ei ole Fasilitaattorin siirtotiedosto.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Tiedosto {name} on tyhjä.</translation>
    </message>
    <message>
        <source>The file {name} is kept online only by the cloud service, so it was not read; set the sync folder to be always kept on this device.</source>
        <translation>Tiedosto {name} on pilvipalvelussa vain verkossa, joten sitä ei luettu. Aseta synkronointikansio säilymään aina tällä laitteella.</translation>
    </message>
    <message>
        <source>The file {name} is not a Fasilitaattori bundle.</source>
        <translation>Tiedosto {name} ei ole Fasilitaattorin siirtotiedosto.</translation>
    </message>
    <message>
        <source>The file {name} is not a readable CSV table: line {line} is broken (check the quotation marks).</source>
        <translation>Tiedosto {name} ei ole luettava CSV-taulukko: rivi {line} on rikki (tarkista lainausmerkit).</translation>
    </message>
    <message>
        <source>The file {name} is not a survey export that can be read (CSV or XLSX).</source>
        <translation>Tiedosto {name} ei ole luettava kyselyn vientitiedosto (CSV tai XLSX).</translation>
    </message>
    <message>
        <source>The file {name} is not a text (CSV) file.</source>
        <translation>Tiedosto {name} ei ole tekstitiedosto (CSV).</translation>
    </message>
    <message>
        <source>The file {name} is in a format that cannot be read here (.xls or .ods); open it in a spreadsheet program, save it as .xlsx or CSV and import that.</source>
        <translation>Tiedoston {name} muotoa (.xls tai .ods) ei voi lukea tässä; avaa se taulukkolaskentaohjelmassa, tallenna .xlsx- tai CSV-muotoon ja tuo se.</translation>
    </message>
    <message>
        <source>A report can be saved as .docx, .odt or .pdf, not as “{name}”.</source>
        <translation>Raportin voi tallentaa .docx-, .odt- tai .pdf-tiedostoksi, ei muodossa ”{name}”.</translation>
    </message>
    <message>
        <source>Only the summary and the project report can be saved as DOCX, ODT or tagged PDF.</source>
        <translation>Vain yhteenvedon ja hankeraportin voi tallentaa DOCX-, ODT- tai saavutettavaksi PDF-tiedostoksi.</translation>
    </message>
    <message>
        <source>The file {name} is not text in a known encoding (UTF-8, UTF-16 or Windows-1252).</source>
        <translation>Tiedosto {name} ei ole tekstiä tunnetussa merkistössä (UTF-8, UTF-16 tai Windows-1252).</translation>
    </message>
    <message>
        <source>The file {name} is still being written; sync again in a moment.</source>
        <translation>Tiedostoa {name} kirjoitetaan vielä; synkronoi hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>The file {name} is too large for a participant list (at most 20 MB).</source>
        <translation>Tiedosto {name} on liian suuri osallistujalistaksi (enintään 20 Mt).</translation>
    </message>
    <message>
        <source>The file {name} is too large for a survey export ({mb} MB).</source>
        <translation>Tiedosto {name} on liian suuri kyselyn vientitiedostoksi ({mb} Mt).</translation>
    </message>
    <message>
        <source>The file {name} is too large to be a bundle.</source>
        <translation>Tiedosto {name} on liian suuri ollakseen siirtotiedosto.</translation>
    </message>
    <message>
        <source>The file {name} mixes two text encodings (UTF-8 and Windows-1252); save it again as UTF-8 CSV and import that.</source>
        <translation>Tiedostossa {name} on sekaisin kahta merkistöä (UTF-8 ja Windows-1252); tallenna se uudelleen UTF-8-muotoisena CSV-tiedostona ja tuo se.</translation>
    </message>
    <message>
        <source>The file {name} unpacks to more than {mb} MB, too much for a survey export.</source>
        <translation>Tiedosto {name} purkautuu yli {mb} megatavuksi, mikä on liikaa kyselyn vientitiedostolle.</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}.</source>
        <translation>Tiedostoa {path} ei voitu kirjoittaa: {reason}.</translation>
    </message>
    <message>
        <source>The file {path} is not a Fasilitaattori backup.</source>
        <translation>Tiedosto {path} ei ole Fasilitaattorin varmuuskopio.</translation>
    </message>
    <message>
        <source>The file {path} is not a Fasilitaattori data file.</source>
        <translation>Tiedosto {path} ei ole Fasilitaattorin datatiedosto.</translation>
    </message>
    <message>
        <source>The file {path} is not a usable backup: {reason}.</source>
        <translation>Tiedosto {path} ei ole käyttökelpoinen varmuuskopio: {reason}.</translation>
    </message>
    <message>
        <source>The folder of {path} cannot be written to; check that the folder and the disk are not read-only, or choose another folder.</source>
        <translation>Tiedoston {path} kansioon ei voi kirjoittaa. Tarkista, ettei kansio tai levy ole vain luku -tilassa, tai valitse toinen kansio.</translation>
    </message>
    <message>
        <source>The folder {path} is too deep for Windows to hold the program&apos;s files; choose a folder with a shorter path.</source>
        <translation>Kansio {path} on niin syvällä, ettei Windows pysty tallentamaan ohjelman tiedostoja sinne. Valitse kansio, jonka polku on lyhyempi.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Tuonti peruttiin. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The language must be Finnish, Swedish, English or the system&apos;s.</source>
        <translation>Kielen on oltava suomi, ruotsi, englanti tai järjestelmän kieli.</translation>
    </message>
    <message>
        <source>The mapping “{part}” must be written as column=question.</source>
        <translation>Yhdistäminen ”{part}” on kirjoitettava muodossa sarake=kysymys.</translation>
    </message>
    <message>
        <source>The name {name} contains {chars}, which Windows does not allow in file names; choose another name.</source>
        <translation>Nimessä {name} on merkki {chars}, jota Windows ei salli tiedostonimissä. Valitse toinen nimi.</translation>
    </message>
    <message>
        <source>The name {name} ends in a dot or a space, which Windows drops; choose another name.</source>
        <translation>Nimi {name} päättyy pisteeseen tai välilyöntiin, jonka Windows poistaa. Valitse toinen nimi.</translation>
    </message>
    <message>
        <source>The passphrase does not open {name}; nothing was synced.</source>
        <translation>Salalause ei avaa tiedostoa {name}. Mitään ei synkronoitu.</translation>
    </message>
    <message>
        <source>The passphrase file {name} cannot be read: {reason}.</source>
        <translation>Salalausetiedostoa {name} ei voi lukea: {reason}.</translation>
    </message>
    <message>
        <source>The passphrase file {name} is empty.</source>
        <translation>Salalausetiedosto {name} on tyhjä.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Salalause on tyhjä.</translation>
    </message>
    <message>
        <source>The passphrase is too long (at most {limit} characters).</source>
        <translation>Salalause on liian pitkä (enintään {limit} merkkiä).</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the bundle was changed after it was encrypted.</source>
        <translation>Salalause on väärä, tai siirtotiedostoa on muutettu salauksen jälkeen.</translation>
    </message>
    <message>
        <source>The path {path} is longer than Windows allows ({limit} characters); choose a folder nearer the drive&apos;s top or a shorter name.</source>
        <translation>Polku {path} on pidempi kuin Windows sallii ({limit} merkkiä). Valitse kansio lähempää aseman juurta tai lyhyempi nimi.</translation>
    </message>
    <message>
        <source>The person was not found; they may have been erased already.</source>
        <translation>Henkilöä ei löytynyt. Hänen tietonsa on ehkä jo poistettu.</translation>
    </message>
    <message>
        <source>The photo is too large (at most 50 MB).</source>
        <translation>Kuva on liian suuri (enintään 50 Mt).</translation>
    </message>
    <message>
        <source>The photo {name} cannot be read: {reason}.</source>
        <translation>Kuvaa {name} ei voi lukea: {reason}.</translation>
    </message>
    <message>
        <source>The project period cannot end before it starts.</source>
        <translation>Hankkeen kausi ei voi päättyä ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>The project was not found; it may have been deleted.</source>
        <translation>Hanketta ei löytynyt. Se on ehkä poistettu.</translation>
    </message>
    <message>
        <source>The question set was not found.</source>
        <translation>Kysymyssarjaa ei löytynyt.</translation>
    </message>
    <message>
        <source>The question set “{name}” is damaged and cannot be used.</source>
        <translation>Kysymyssarja ”{name}” on vioittunut, eikä sitä voi käyttää.</translation>
    </message>
    <message>
        <source>The question “{question}” is matched to two columns.</source>
        <translation>Kysymys ”{question}” on yhdistetty kahteen sarakkeeseen.</translation>
    </message>
    <message>
        <source>The retention period must be a whole number of months from 1 to 600.</source>
        <translation>Säilytysajan on oltava kokonainen määrä kuukausia väliltä 1–600.</translation>
    </message>
    <message>
        <source>The smallest group size cannot be larger than the largest.</source>
        <translation>Pienin ryhmäkoko ei voi olla suurinta suurempi.</translation>
    </message>
    <message>
        <source>The state before import {id} is no longer kept (the last {keep} imports that changed something can be undone).</source>
        <translation>Tuontia {id} edeltänyttä tilaa ei enää säilytetä (vain viimeiset {keep} jotakin muuttanutta tuontia voi kumota).</translation>
    </message>
    <message>
        <source>The sync folder {path} cannot be read: {reason}.</source>
        <translation>Synkronointikansiota {path} ei voi lukea: {reason}.</translation>
    </message>
    <message>
        <source>The sync folder {path} does not exist or is not a folder.</source>
        <translation>Synkronointikansiota {path} ei ole, tai se ei ole kansio.</translation>
    </message>
    <message>
        <source>The sync folder {path} is not available; is the drive connected?</source>
        <translation>Synkronointikansio {path} ei ole käytettävissä. Onko asema kytketty?</translation>
    </message>
    <message>
        <source>The sync was cancelled. What came in from {files} was kept; the rest was not imported, and this device&apos;s bundle was not written.</source>
        <translation>Synkronointi peruttiin. Muutokset, jotka ehdittiin tuoda ({files}), säilytettiin; muita ei tuotu, eikä tämän koneen siirtotiedostoa kirjoitettu.</translation>
    </message>
    <message>
        <source>The worksheet spec is malformed: a list is not a list.</source>
        <translation>Työpohjan kuvaus on virheellinen: luettelon paikalla on jotain muuta.</translation>
    </message>
    <message>
        <source>The worksheet spec is malformed: a number is out of range.</source>
        <translation>Työpohjan kuvaus on virheellinen: luku on sallitun alueen ulkopuolella.</translation>
    </message>
    <message>
        <source>The worksheet spec is malformed: a text is not a text or is too long.</source>
        <translation>Työpohjan kuvaus on virheellinen: teksti puuttuu tai on liian pitkä.</translation>
    </message>
    <message>
        <source>The worksheet spec is malformed: a yes/no field is not true or false.</source>
        <translation>Työpohjan kuvaus on virheellinen: kyllä/ei-kentässä on muu arvo kuin kyllä tai ei.</translation>
    </message>
    <message>
        <source>The worksheet spec is nested too deeply.</source>
        <translation>Työpohjan kuvaus on sisäkkäin liian monella tasolla.</translation>
    </message>
    <message>
        <source>The worksheet cannot be saved: {reason}</source>
        <translation>Työpohjaa ei voi tallentaa: {reason}</translation>
    </message>
    <message>
        <source>The workshop cannot end before it starts.</source>
        <translation>Työpaja ei voi päättyä ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>The workshop has no agenda to start.</source>
        <translation>Työpajalla ei ole ohjelmaa, jota aloittaa.</translation>
    </message>
    <message>
        <source>The workshop has no day {day}.</source>
        <translation>Työpajassa ei ole päivää {day}.</translation>
    </message>
    <message>
        <source>The workshop has no question “{question}”.</source>
        <translation>Työpajassa ei ole kysymystä ”{question}”.</translation>
    </message>
    <message>
        <source>The workshop has no questions to save as a set.</source>
        <translation>Työpajassa ei ole kysymyksiä, joita voisi tallentaa sarjaksi.</translation>
    </message>
    <message>
        <source>The workshop was not found; it may have been deleted.</source>
        <translation>Työpajaa ei löytynyt. Se on ehkä poistettu.</translation>
    </message>
    <message>
        <source>The {what} was not found.</source>
        <translation>Kohdetta ei löytynyt ({what}).</translation>
    </message>
    <message>
        <source>The {what} was not found; it may have been deleted.</source>
        <translation>Kohdetta ei löytynyt ({what}). Se on ehkä poistettu.</translation>
    </message>
    <message>
        <source>There is already a category called {name}.</source>
        <translation>Luokka {name} on jo olemassa.</translation>
    </message>
    <message>
        <source>There is no import {id} in the sync log.</source>
        <translation>Synkronointilokissa ei ole tuontia {id}.</translation>
    </message>
    <message>
        <source>There is no privacy notice in the language “{language}”.</source>
        <translation>Tietosuojaselostetta ei ole kielellä ”{language}”.</translation>
    </message>
    <message>
        <source>There is no such day as “{text}”; type it like {example}.</source>
        <translation>Päivää ”{text}” ei ole. Kirjoita päivä muodossa {example}.</translation>
    </message>
    <message>
        <source>There is no such time as “{text}”; type it like {example}.</source>
        <translation>Kellonaikaa ”{text}” ei ole. Kirjoita aika muodossa {example}.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Fasilitaattori; update the program to restore it.</source>
        <translation>Varmuuskopio on tehty Fasilitaattorin uudemmalla versiolla. Päivitä ohjelma palauttaaksesi sen.</translation>
    </message>
    <message>
        <source>This block has no method with a worksheet.</source>
        <translation>Tähän ohjelmakohtaan ei liity menetelmää, jolla on työpohja.</translation>
    </message>
    <message>
        <source>This bundle is encrypted; give its passphrase to open it.</source>
        <translation>Siirtotiedosto on salattu. Anna salalause avataksesi sen.</translation>
    </message>
    <message>
        <source>This bundle is pseudonymised for sharing outside the team; it cannot be imported into a store.</source>
        <translation>Tämä siirtotiedosto on pseudonymisoitu tiimin ulkopuolelle jaettavaksi, eikä sitä voi tuoda tietoihin.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of Fasilitaattori (format {version}); update the app to import it.</source>
        <translation>Siirtotiedosto on tehty Fasilitaattorin uudemmalla versiolla (muoto {version}). Päivitä ohjelma tuodaksesi sen.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of Fasilitaattori; update the program to open it.</source>
        <translation>Tiedot on tallennettu Fasilitaattorin uudemmalla versiolla. Päivitä ohjelma avataksesi ne.</translation>
    </message>
    <message>
        <source>This device&apos;s sync bundles are encrypted; give the passphrase to sync.</source>
        <translation>Tämän koneen synkronointitiedostot salataan. Anna salalause synkronoidaksesi.</translation>
    </message>
    <message>
        <source>This worksheet layout needs at least one prompt.</source>
        <translation>Tähän työpohjan asetteluun tarvitaan vähintään yksi kysymys.</translation>
    </message>
    <message>
        <source>Unknown printout {kind}; choose one of: {kinds}.</source>
        <translation>Tuntematon tuloste {kind}. Valitse jokin näistä: {kinds}.</translation>
    </message>
    <message>
        <source>Windows reserves the name {name} for a device; choose another name.</source>
        <translation>Windows on varannut nimen {name} laitteelle. Valitse toinen nimi.</translation>
    </message>
    <message>
        <source>{field} cannot be empty.</source>
        <translation>{field} ei voi olla tyhjä.</translation>
    </message>
    <message>
        <source>{field} cannot be saved: {reason}</source>
        <translation>Kenttää {field} ei voi tallentaa: {reason}</translation>
    </message>
    <message>
        <source>{field} does not name a saved item.</source>
        <translation>{field}: tallennettua kohdetta ei löydy.</translation>
    </message>
    <message>
        <source>{field} is not a valid date (use the form 2024-05-14).</source>
        <translation>{field} ei ole kelvollinen päivämäärä (käytä muotoa 2024-05-14).</translation>
    </message>
    <message>
        <source>{field} is not a valid position.</source>
        <translation>{field} ei ole kelvollinen järjestyspaikka.</translation>
    </message>
    <message>
        <source>{field} is not in the expected form.</source>
        <translation>{field} ei ole odotetussa muodossa.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} on pakollinen tieto.</translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters; at most {limit}).</source>
        <translation>{field} on liian pitkä ({length} merkkiä, enintään {limit}).</translation>
    </message>
    <message>
        <source>{field} must be a time such as 09:30.</source>
        <translation>{field}: anna kellonaika muodossa 09:30.</translation>
    </message>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>{field}: anna kokonaisluku.</translation>
    </message>
    <message>
        <source>{field} must be at least {minimum}.</source>
        <translation>{field}: arvon on oltava vähintään {minimum}.</translation>
    </message>
    <message>
        <source>{field} must be at most {maximum}.</source>
        <translation>{field}: arvon on oltava enintään {maximum}.</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}.</source>
        <translation>{field}: valitse jokin näistä: {choices}.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field}: anna tekstiä.</translation>
    </message>
    <message>
        <source>{field} must be yes or no.</source>
        <translation>{field}: valitse kyllä tai ei.</translation>
    </message>
    <message>
        <source>{what} has no field called {field}.</source>
        <translation>Kohteella ({what}) ei ole kenttää {field}.</translation>
    </message>
    <message>
        <source>Fasilitaattori is already open with this data folder; use the window that is open, or close it and start again.</source>
        <translation>Fasilitaattori on jo auki tällä tietokansiolla. Käytä avointa ikkunaa tai sulje se ja käynnistä ohjelma uudelleen.</translation>
    </message>
    <message>
        <source>“{text}” is not a date; type it like {example}.</source>
        <translation>”{text}” ei ole päivämäärä. Kirjoita päivä muodossa {example}.</translation>
    </message>
    <message>
        <source>“{text}” is not a time; type it like {example}.</source>
        <translation>”{text}” ei ole kellonaika. Kirjoita aika muodossa {example}.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>Scale</source>
        <translation>Asteikko</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Kyllä / ei</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Vapaa teksti</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Yksi vaihtoehto</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Monivalinta</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Luku</translation>
    </message>
    <message>
        <source>Background (municipality, role…)</source>
        <translation>Taustatieto (kunta, rooli…)</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Actual end</source>
        <translation>Toteutunut päättymisaika</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Toteutunut alkamisaika</translation>
    </message>
    <message>
        <source>Agenda columns</source>
        <translation>Ohjelman sarakkeet</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>Vastausaika</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Kirjoittaja</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Ohjelmakohta</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Valmis menetelmä</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Kuvateksti</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Luokka</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Väri</translation>
    </message>
    <message>
        <source>Comes with an assistant</source>
        <translation>Tulee avustajan kanssa</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Johtopäätökset</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteystieto</translation>
    </message>
    <message>
        <source>Contact consent</source>
        <translation>Lupa yhteydenottoon</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Sisällön tiiviste</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Lasketaan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Päiviä</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Ruokavalio</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>End of period</source>
        <translation>Kauden loppu</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Päättymisaika</translation>
    </message>
    <message>
        <source>Extra minutes</source>
        <translation>Lisäminuutit</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Ohjaajan muistiinpanot</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Ohjaajat</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Tiedostonimi</translation>
    </message>
    <message>
        <source>Fixed time</source>
        <translation>Kiinteä aika</translation>
    </message>
    <message>
        <source>Follow-up workshop</source>
        <translation>Jatkotyöpaja</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Rahoittaja</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Korkeus</translation>
    </message>
    <message>
        <source>Highest value</source>
        <translation>Suurin arvo</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Ohjeet</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Label of the highest value</source>
        <translation>Suurimman arvon selite</translation>
    </message>
    <message>
        <source>Label of the lowest value</source>
        <translation>Pienimmän arvon selite</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>Suurin ryhmä</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Paikkakunta</translation>
    </message>
    <message>
        <source>Lowest value</source>
        <translation>Pienin arvo</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiaalit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Menetelmä</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Needs a hearing loop</source>
        <translation>Tarvitsee induktiosilmukan</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Tarvitsee tulkin</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Vaihtoehdot</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Other needs</source>
        <translation>Muut tarpeet</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Parallel block</source>
        <translation>Rinnakkainen kohta</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Osallistuja</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Kumppanit</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Kuvauslupa</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Sijainti</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Paikalla</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Hanke</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tarkoitus</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Kysymykset</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Vastaaja</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Smallest group</source>
        <translation>Pienin ryhmä</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Start of period</source>
        <translation>Kauden alku</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Alkamisaika</translation>
    </message>
    <message>
        <source>Start times of later days</source>
        <translation>Myöhempien päivien alkamisajat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Vaiheet</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Kohderyhmä</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Pohja</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tiedostomuoto</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tapahtumapaikka</translation>
    </message>
    <message>
        <source>Who leads</source>
        <translation>Vetäjä</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Leveys</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Työpohja</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Työpaja</translation>
    </message>
    <message>
        <source>agenda block</source>
        <translation>ohjelmakohta</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>vastaus</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>osallistuminen</translation>
    </message>
    <message>
        <source>category</source>
        <translation>luokka</translation>
    </message>
    <message>
        <source>feedback question</source>
        <translation>palautekysymys</translation>
    </message>
    <message>
        <source>feedback response</source>
        <translation>palautevastaus</translation>
    </message>
    <message>
        <source>head count</source>
        <translation>osallistujamäärä</translation>
    </message>
    <message>
        <source>method</source>
        <translation>menetelmä</translation>
    </message>
    <message>
        <source>note</source>
        <translation>muistiinpano</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>osallistuja</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>kuva</translation>
    </message>
    <message>
        <source>project</source>
        <translation>hanke</translation>
    </message>
    <message>
        <source>question set</source>
        <translation>kysymyssarja</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tehtävä</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>työpaja</translation>
    </message>
</context>
</TS>
