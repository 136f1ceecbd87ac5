"""Swedish words the demo data is made of: names, places, companies, courses."""

from __future__ import annotations

# fmt: off
FIRST_NAMES_F = (
    "Anna", "Eva", "Maria", "Karin", "Sara", "Christina", "Lena", "Emma", "Kerstin", "Marie",
    "Malin", "Ingrid", "Jenny", "Hanna", "Linda", "Annika", "Susanne", "Elin", "Monica", "Sofia",
    "Birgitta", "Johanna", "Ulla", "Camilla", "Katarina", "Ida", "Julia", "Elisabeth", "Therese",
    "Helena", "Åsa", "Frida", "Agneta", "Maja", "Linnéa", "Ebba", "Alva", "Astrid", "Signe",
    "Märta", "Ylva", "Petra", "Sanna", "Tove", "Moa", "Klara", "Vera", "Selma", "Wilma", "Saga",
)
# fmt: on

# fmt: off
FIRST_NAMES_M = (
    "Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Peter", "Karl", "Thomas", "Jan",
    "Daniel", "Fredrik", "Hans", "Andreas", "Stefan", "Mats", "Magnus", "Mattias", "Jonas",
    "Niklas", "Björn", "Bengt", "Marcus", "Oskar", "Alexander", "Martin", "Henrik", "Viktor",
    "Gustav", "Olof", "Nils", "Sven", "Göran", "Jörgen", "Ulf", "Kjell", "Håkan", "Emil", "Axel",
    "Hugo", "Elias", "Isak", "Linus", "Simon", "Tobias", "Rasmus", "Pontus", "Arvid", "Ludvig",
)
# fmt: on

# fmt: off
LAST_NAMES = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
    "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson",
    "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Olofsson", "Lindqvist",
    "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lundgren", "Lind", "Lundqvist",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg",
    "Wallin", "Ali", "Engström", "Mohamed", "Eklund", "Danielsson", "Lundin", "Håkansson",
    "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström", "Samuelsson", "Isaksson", "Fransson",
    "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg",
    "Blomqvist", "Claesson", "Nordström", "Mårtensson", "Lundström", "Viklund", "Björklund",
    "Eliasson", "Pålsson", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg",
    "Hermansson", "Ekström", "Falk", "Holmgren", "Dahlberg", "Hellström", "Hedlund", "Sundberg",
    "Sjögren", "Ek", "Blom", "Abrahamsson", "Martinsson", "Öberg", "Andreasson", "Strömberg",
)
# fmt: on

#: (city, first three digits of its postal codes)
CITIES = (
    ("Stockholm", "114"),
    ("Göteborg", "411"),
    ("Malmö", "211"),
    ("Uppsala", "753"),
    ("Västerås", "722"),
    ("Örebro", "702"),
    ("Linköping", "582"),
    ("Helsingborg", "252"),
    ("Jönköping", "553"),
    ("Norrköping", "602"),
    ("Lund", "222"),
    ("Umeå", "903"),
    ("Gävle", "803"),
    ("Borås", "503"),
    ("Södertälje", "151"),
    ("Eskilstuna", "632"),
    ("Halmstad", "302"),
    ("Växjö", "352"),
    ("Karlstad", "652"),
    ("Sundsvall", "852"),
    ("Luleå", "972"),
    ("Östersund", "831"),
    ("Trollhättan", "461"),
    ("Kalmar", "392"),
    ("Falun", "791"),
    ("Skellefteå", "931"),
    ("Kristianstad", "291"),
    ("Visby", "621"),
)

STREETS = (
    "Storgatan",
    "Drottninggatan",
    "Kungsgatan",
    "Vasagatan",
    "Järnvägsgatan",
    "Skolgatan",
    "Kyrkogatan",
    "Nygatan",
    "Parkvägen",
    "Björkvägen",
    "Industrigatan",
    "Hamngatan",
    "Strandvägen",
    "Södra vägen",
    "Norra Långgatan",
    "Ringvägen",
    "Torggatan",
    "Åsgatan",
)

# fmt: off
COMPANY_FIRST = (
    "Norrlands", "Mälardalens", "Västkustens", "Skånska", "Upplands", "Bergslagens", "Smålands",
    "Dalarnas", "Gotlands", "Hallands", "Värmlands", "Östgöta", "Jämtlands", "Blekinge",
    "Sörmlands", "Roslagens", "Höglandets", "Kustlandets", "Älvdalens", "Fjällets",
)
# fmt: on

# fmt: off
COMPANY_SECOND = (
    "Trä", "Energi", "Bygg", "Data", "Logistik", "Revision", "Fastigheter", "Vatten", "Teknik",
    "Mekaniska", "Konsult", "Elnät", "Kommunikation", "Livsmedel", "Transport", "Vård", "Skog",
    "Stål", "Media", "Finans",
)
# fmt: on

COMPANY_FORMS = ("AB", "AB", "AB", "Ekonomisk förening", "Kommun", "Region")

# fmt: off
TITLES = (
    "Projektledare", "Ekonom", "Handläggare", "Ingenjör", "Säljare", "Controller", "Utvecklare",
    "Administratör", "HR-", "specialist", "Inköpare", "Koordinator", "Analytiker", "Lärare",
    "Sjuksköterska", "Tekniker", "Kommunikatör",
)
# fmt: on

# fmt: off
MANAGER_TITLES = (
    "Avdelningschef", "Enhetschef", "VD", "Gruppchef", "HR-chef", "Ekonomichef", "Driftchef",
)
# fmt: on

COURSES = (
    (
        "Projektledning i praktiken",
        "Verktyg och arbetssätt för att leda projekt från start till mål.",
    ),
    ("Arbetsrätt för chefer", "LAS, MBL och semesterlagen i chefens vardag."),
    ("Offentlig upphandling – grundkurs", "LOU från behov till avtal."),
    ("Ledarskap i förändring", "Att leda människor genom omorganisation och osäkerhet."),
    ("Excel för ekonomer", "Pivottabeller, uppslag och modeller för budget och prognos."),
    ("Klarspråk i myndighetstext", "Skriv så att mottagaren förstår – och gör rätt."),
    ("Hållbar upphandling", "Miljö- och sociala krav som går att följa upp."),
    ("Medarbetarsamtal som fungerar", "Förberedelse, samtalsteknik och uppföljning."),
    ("Grundläggande redovisning", "Bokföring, bokslut och årsredovisning för icke-ekonomer."),
    ("Arbetsmiljö och systematiskt arbetsmiljöarbete", "AFS-föreskrifterna i praktiken."),
    ("Presentationsteknik", "Struktur, budskap och trygghet framför publik."),
    ("GDPR i vardagen", "Personuppgifter, rättslig grund och incidenthantering."),
    ("Agila metoder", "Scrum och Kanban för team utanför IT."),
    ("Förhandlingsteknik", "Förbered, förhandla och nå hållbara avtal."),
    ("Konflikthantering på arbetsplatsen", "Förstå, förebygga och lösa konflikter."),
    ("Verksamhetsstyrning med nyckeltal", "Mål, mått och uppföljning som leder rätt."),
    ("Digital tillgänglighet", "WCAG och lagen om tillgänglighet till digital offentlig service."),
    ("Introduktion till AI för handläggare", "Möjligheter, risker och regelverk."),
    ("Mötesledning", "Effektiva möten med tydliga beslut."),
    ("Kommunikation i kris", "Budskap, kanaler och samordning när det gäller."),
    ("Statistik för beslutsfattare", "Läs, ifrågasätt och använd siffror rätt."),
    ("Coachande ledarskap", "Samtal som får medarbetare att växa."),
)

PROGRAMS = (
    ("CIVING", "Civilingenjörsprogrammet i datateknik"),
    ("EKON", "Ekonomprogrammet"),
    ("JUR", "Juristprogrammet"),
    ("SSK", "Sjuksköterskeprogrammet"),
    ("LÄR", "Ämneslärarprogrammet"),
    ("PSY", "Psykologprogrammet"),
    ("SYS", "Systemvetenskapliga programmet"),
    ("SOC", "Socionomprogrammet"),
    ("ARK", "Arkitektprogrammet"),
    ("PA", "Personal- och arbetslivsprogrammet"),
)

DEGREES = {
    "CIVING": "Civilingenjörsexamen",
    "EKON": "Ekonomie kandidatexamen",
    "JUR": "Juristexamen",
    "SSK": "Sjuksköterskeexamen",
    "LÄR": "Ämneslärarexamen",
    "PSY": "Psykologexamen",
    "SYS": "Filosofie kandidatexamen",
    "SOC": "Socionomexamen",
    "ARK": "Arkitektexamen",
    "PA": "Filosofie kandidatexamen",
}

AGENTS = ("Nordisk Nätpartner AB", "Stadsnät Direkt AB", "Fiberförmedlarna i Sverige AB")

AGENT_SERVICES = (
    "Fiberanslutning 1 Gbit/s",
    "Fiberanslutning 10 Gbit/s",
    "Företagsnät (VPN) med tre kontor",
    "Redundant anslutning med reservväg",
    "Svartfiber mellan två adresser",
)

DENIAL_REASONS = (
    "Ingen examen hittades i studieregistret.",
    "Studierna omfattar färre än 180 högskolepoäng.",
    "Personen har inte studerat vid lärosätet.",
    "Dubbelregistrering – personen finns redan som alumn.",
)

FORM_QUESTIONS = (
    ("Önskemål om specialkost", "text"),
    ("Hur hörde du talas om kursen?", "choice"),
)
