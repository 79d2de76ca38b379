"""The example project's words in Finnish, Swedish and English (core/demo.py lays them out).

Names of people, organisations and places stay as they are in Finland; what a facilitator
would write (titles, notes, tasks, questions) is in the language the window speaks.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoTexts:
    project_name: str
    partners: str
    funder: str
    description: str
    contacts: str
    venues: tuple[str, str, str]
    workshop_title: str  # {n}, {town}
    target_group: str
    goals: str
    head_count: str
    useful: str
    useful_low: str
    useful_high: str
    heard: str
    to_organisers: str
    group: str  # {n}
    comments: tuple[str, str, str]
    task_examples: str
    task_budget: str
    budget_owner: str
    task_guide: str
    conclusions: str
    plan_titles: tuple[str, str, str, str, str, str]
    roles: dict[str, str]
    notes: dict[str, tuple[str, ...]]


FI = DemoTexts(
    project_name="Yhdessä vaikuttaen – neuvostojen työpajasarja",
    partners="Pohjois-Savon hyvinvointialue\nKuopion, Iisalmen ja Varkauden kaupungit",
    funder="Sosiaali- ja terveysjärjestöjen avustuskeskus",
    description=("Työpajasarja vahvistaa vanhus- ja vammaisneuvostojen vaikuttamistyötä ja "
                 "lisää neuvostojen välistä yhteistyötä Pohjois-Savossa."),
    contacts="Kaisa Laitinen, projektipäällikkö, 040 123 4567, kaisa.laitinen@example.fi",
    venues=("Kulttuurikeskus Kuurna", "Kuntoutumiskeskuksen juhlasali", "Pääkirjaston monitoimisali"),
    workshop_title="Vaikuttamisen työpaja {n}: {town}",
    target_group="Vanhus- ja vammaisneuvostojen jäsenet ja kuntien yhteyshenkilöt",
    goals=("Neuvostot tunnistavat vaikuttamisen tasot ja keinot sekä sopivat yhteisestä "
           "vaikuttamisviestistä."),
    head_count="Kuntalaiset (nimettömät)",
    useful="Kuinka hyödyllinen työpaja oli omalle työllesi?",
    useful_low="ei lainkaan",
    useful_high="erittäin",
    heard="Saitko sanoa mielipiteesi?",
    to_organisers="Mitä haluaisit sanoa järjestäjille?",
    group="Ryhmä {n}",
    comments=("Koulutus antoi intoa.", "Tilaisuus oli innostunut ja antoisa.",
              "Enemmän aikaa ryhmätöille, kiitos!"),
    task_examples="Kootaan neuvostojen onnistuneet vaikuttamisesimerkit yhteen muistioon.",
    task_budget="Selvitä, milloin oman kunnan seuraava talousarvio tulee neuvoston käsittelyyn.",
    budget_owner="Neuvostojen puheenjohtajat",
    task_guide="Selkokielinen ohje kuljetuspalvelun hakemisesta hyvinvointialueelle.",
    conclusions=("Neuvostot kokivat työpohjan selkeäksi. Tärkein yhteinen kehittämistarve on saada asiat "
                 "neuvostojen käsittelyyn nykyistä aiemmin. Seuraavassa työpajassa jatketaan "
                 "vaikuttamisviestin työstämistä."),
    plan_titles=("Aloituskierros", "Dialogi: mitä vaikuttaminen meille tarkoittaa?", "Kahvitauko",
                 "Vaikuttamisen tasot -työpohja", "Verkostokartta", "Palautekierros"),
    roles={},
    notes={
        "idea": (
            "Neuvostot voisivat tehdä yhteisen lausuntopohjan, jota jokainen kunta muokkaa omaan käyttöönsä.",
            "Kuntalaisraadin tuloksista kerrotaan myös paikallislehdessä ja kirjaston ilmoitustaululla.",
            "Esteettömyyskävely keskustassa ennen kaavoituksen päätöksiä – mukaan päättäjiä ja virkamiehiä.",
        ),
        "quote": (
            "Yhdessä saamme enemmän aikaan kuin yksin kirjeitä kirjoittamalla.",
            "Vi behöver information på båda språken, annars når den inte alla äldre.",
            "Ensimmäistä kertaa tuntui, että meitä oikeasti kuunneltiin jo suunnitteluvaiheessa.",
        ),
        "development_need": (
            "Palvelupolku on liian pitkä, kun ikääntynyt joutuu asioimaan kolmessa eri paikassa.",
            "Neuvostot saavat asiat käsiteltäväksi liian myöhään – usein vasta kun päätös on jo valmisteltu.",
            "Kuljetuspalvelun hakemisesta tarvitaan selkokielinen ohje.",
        ),
        "observation": (
            "Ryhmissä keskustelu vilkastui, kun jokainen sai ensin kirjoittaa ajatuksensa itse.",
            "Työpohjan tasot auttoivat erottamaan, mihin neuvosto voi vaikuttaa suoraan ja mihin välillisesti.",
        ),
        "decision": (
            "Seuraavaan työpajaan jokainen neuvosto tuo yhden onnistuneen vaikuttamisesimerkin.",
            "Yhteinen vaikuttamisviesti viimeistellään ja lähetetään kaikkiin kuntiin toukokuussa.",
        ),
        "question": (
            "Miten hyvinvointialueen asiakasraadit ja kuntien neuvostot saadaan toimimaan yhdessä?",
            "Kuka vastaa siitä, että neuvoston lausunto kulkee päätöksentekijälle asti?",
        ),
    },
)

SV = DemoTexts(
    project_name="Påverka tillsammans – en workshopserie för råden",
    partners="Norra Savolax välfärdsområde\nKuopio, Idensalmi och Varkaus städer",
    funder="Social- och hälsoorganisationernas understödscentral",
    description=("Workshopserien stärker äldre- och funktionshinderrådens påverkansarbete och ökar "
                 "samarbetet mellan råden i Norra Savolax."),
    contacts="Kaisa Laitinen, projektchef, 040 123 4567, kaisa.laitinen@example.fi",
    venues=("Kulturcentret Kuurna", "Rehabiliteringscentrets festsal", "Huvudbibliotekets allaktivitetssal"),
    workshop_title="Påverkansworkshop {n}: {town}",
    target_group="Medlemmar i äldre- och funktionshinderråden och kommunernas kontaktpersoner",
    goals=("Råden känner igen påverkansnivåerna och påverkansmedlen och kommer överens om ett "
           "gemensamt påverkansbudskap."),
    head_count="Kommuninvånare (anonyma)",
    useful="Hur nyttig var workshoppen för ditt eget arbete?",
    useful_low="inte alls",
    useful_high="mycket",
    heard="Fick du säga din åsikt?",
    to_organisers="Vad vill du säga till arrangörerna?",
    group="Grupp {n}",
    comments=("Utbildningen gav inspiration.", "Stämningen var engagerad och givande.",
              "Mer tid för grupparbeten, tack!"),
    task_examples="Vi samlar rådens lyckade påverkansexempel i en promemoria.",
    task_budget="Ta reda på när kommunens nästa budget kommer till rådet för behandling.",
    budget_owner="Rådens ordförande",
    task_guide="En lättläst anvisning om hur man ansöker om färdtjänst hos välfärdsområdet.",
    conclusions=("Råden tyckte att arbetsbladet var tydligt. Det viktigaste gemensamma utvecklingsbehovet "
                 "är att ärendena ska komma till råden tidigare än nu. I nästa workshop fortsätter vi "
                 "med påverkansbudskapet."),
    plan_titles=("Inledande runda", "Dialog: vad betyder påverkan för oss?", "Kaffepaus",
                 "Påverkansnivåer – arbetsblad", "Nätverkskarta", "Responsrunda"),
    roles={"puheenjohtaja": "ordförande", "jäsen": "medlem", "sihteeri": "sekreterare",
           "järjestön edustaja": "organisationens representant",
           "hyvinvointikoordinaattori": "välfärdskoordinator",
           "osallisuuskoordinaattori": "delaktighetskoordinator", "varapuheenjohtaja": "vice ordförande",
           "asiakasosallisuuden asiantuntija": "sakkunnig i klientdelaktighet",
           "vapaa-aikatoimen ohjaaja": "fritidsledare"},
    notes={
        "idea": (
            "Råden kunde göra en gemensam mall för utlåtanden som varje kommun anpassar för sitt bruk.",
            "Resultaten från invånarpanelen berättas också i lokaltidningen och på bibliotekets anslagstavla.",
            "En tillgänglighetsvandring i centrum före planläggningsbesluten – med beslutsfattare och tjänstemän.",
        ),
        "quote": (
            "Tillsammans får vi mer gjort än genom att skriva brev var för sig.",
            "Vi behöver information på båda språken, annars når den inte alla äldre.",
            "För första gången kändes det som att man verkligen lyssnade på oss redan i planeringsskedet.",
        ),
        "development_need": (
            "Servicestigen är för lång när en äldre person måste uträtta ärenden på tre olika ställen.",
            "Råden får ärendena för sent – ofta först när beslutet redan har beretts.",
            "Det behövs en lättläst anvisning om hur man ansöker om färdtjänst.",
        ),
        "observation": (
            "Diskussionen i grupperna blev livligare när alla först fick skriva ner sina tankar själva.",
            "Nivåerna på arbetsbladet hjälpte att skilja mellan direkt och indirekt påverkan.",
        ),
        "decision": (
            "Till nästa workshop tar varje råd med sig ett lyckat påverkansexempel.",
            "Det gemensamma påverkansbudskapet slutförs och skickas till alla kommuner i maj.",
        ),
        "question": (
            "Hur får vi välfärdsområdets klientråd och kommunernas råd att arbeta tillsammans?",
            "Vem ser till att rådets utlåtande når ända fram till beslutsfattaren?",
        ),
    },
)

EN = DemoTexts(
    project_name="Making a difference together – a workshop series for councils",
    partners="North Savo wellbeing services county\nThe cities of Kuopio, Iisalmi and Varkaus",
    funder="Funding Centre for Social Welfare and Health Organisations",
    description=("The workshop series strengthens the advocacy work of the councils for older people and "
                 "for people with disabilities, and their cooperation in North Savo."),
    contacts="Kaisa Laitinen, project manager, 040 123 4567, kaisa.laitinen@example.fi",
    venues=("Kuurna Cultural Centre", "Rehabilitation centre's hall", "Main library's multipurpose hall"),
    workshop_title="Advocacy workshop {n}: {town}",
    target_group="Members of the councils for older people and for disability, and municipal contacts",
    goals="The councils recognise the levels and means of influence and agree on a shared message.",
    head_count="Residents (not named)",
    useful="How useful was the workshop for your own work?",
    useful_low="not at all",
    useful_high="very",
    heard="Could you say what you think?",
    to_organisers="What would you like to tell the organisers?",
    group="Group {n}",
    comments=("The training gave us energy.", "The event was lively and rewarding.",
              "More time for group work, please!"),
    task_examples="Collect the councils' successful advocacy examples into one memo.",
    task_budget="Find out when your municipality's next budget comes to the council.",
    budget_owner="The councils' chairs",
    task_guide="A plain-language guide to applying for transport services from the wellbeing county.",
    conclusions=("The councils found the worksheet clear. The most important shared need is to get matters "
                 "to the councils earlier than now. The next workshop continues with the shared message."),
    plan_titles=("Check-in round", "Dialogue: what does influence mean to us?", "Coffee break",
                 "Levels of impact worksheet", "Network map", "Feedback round"),
    roles={"puheenjohtaja": "chair", "jäsen": "member", "sihteeri": "secretary",
           "järjestön edustaja": "association representative",
           "hyvinvointikoordinaattori": "wellbeing coordinator",
           "osallisuuskoordinaattori": "participation coordinator", "varapuheenjohtaja": "vice chair",
           "asiakasosallisuuden asiantuntija": "client participation specialist",
           "vapaa-aikatoimen ohjaaja": "leisure services instructor"},
    notes={
        "idea": (
            "The councils could write a shared statement template that each municipality adapts.",
            "The results of the residents' panel are also told in the local paper and on the library's board.",
            "An accessibility walk in the town centre before planning decisions – with decision-makers and staff.",
        ),
        "quote": (
            "Together we get more done than by writing letters on our own.",
            "Vi behöver information på båda språken, annars når den inte alla äldre.",
            "For the first time it felt that we were really listened to while things were still being planned.",
        ),
        "development_need": (
            "The service path is too long when an older person has to deal with three different offices.",
            "The councils get matters too late – often only when the decision has already been prepared.",
            "A plain-language guide to applying for transport services is needed.",
        ),
        "observation": (
            "The groups talked more freely once everyone had first written down their own thoughts.",
            "The worksheet's levels helped to tell direct influence from indirect influence.",
        ),
        "decision": (
            "Each council brings one successful advocacy example to the next workshop.",
            "The shared message is finished and sent to every municipality in May.",
        ),
        "question": (
            "How can the wellbeing county's client panels and the municipal councils work together?",
            "Who makes sure that the council's statement reaches the decision-maker?",
        ),
    },
)

TEXTS = {"fi": FI, "sv": SV, "en": EN}

# The two-day network training (core.demo._training): its title and its blocks' and tracks' titles.
TRAINING: dict[str, dict[str, str]] = {
    "fi": {"title": "Verkostokoulutus: neuvostot vaikuttajina (2 päivää)", "opening": "Aloitus ja tutustuminen",
           "cafe": "Learning Cafe: neuvostojen hyvät käytännöt", "table1": "Pöytä 1: kuulemiset",
           "table2": "Pöytä 2: aloitteet", "table3": "Pöytä 3: viestintä", "harvest": "Pöytien satojen kokoaminen",
           "lunch": "Lounas", "day_close": "Päivän purku", "morning": "Aamun avaus",
           "plan": "Oma toimintasuunnitelma", "break": "Tauko", "room_a": "Sali A", "room_b": "Sali B",
           "room_c": "Kabinetti", "venue": "Kuopion kaupungintalo"},
    "sv": {"title": "Nätverksutbildning: råden som påverkare (2 dagar)", "opening": "Inledning och presentation",
           "cafe": "Learning Cafe: rådens goda praxis", "table1": "Bord 1: hörande",
           "table2": "Bord 2: initiativ", "table3": "Bord 3: kommunikation", "harvest": "Bordens skörd samlas",
           "lunch": "Lunch", "day_close": "Dagens avslutning", "morning": "Morgonens inledning",
           "plan": "Egen handlingsplan", "break": "Paus", "room_a": "Sal A", "room_b": "Sal B",
           "room_c": "Kabinettet", "venue": "Kuopio stadshus"},
    "en": {"title": "Network training: councils as advocates (2 days)", "opening": "Opening and introductions",
           "cafe": "Learning Cafe: councils' good practices", "table1": "Table 1: hearings",
           "table2": "Table 2: initiatives", "table3": "Table 3: communication",
           "harvest": "Gathering the tables' harvest", "lunch": "Lunch", "day_close": "Closing the day",
           "morning": "Morning opening", "plan": "Own action plan", "break": "Break", "room_a": "Hall A",
           "room_b": "Hall B", "room_c": "Meeting room", "venue": "Kuopio City Hall"},
}
