# ruff: noqa: E501  (the keys are the English texts, however long they are)
"""Swedish translations of the desktop's strings, fed into kansli_sv.ts by update.py.

Keys are the English source texts; a ``(context, source)`` key overrides one
context. Plural messages (``%n``) give (singular, plural). Terms follow the
glossary of DOMAIN.md (godkännande chef, utbildningsomgång, anmälningsformulär …).
"""

SV: dict[object, object] = {
    "Select a registration to see it here.": "Välj en kursregistrering för att se den här.",
    "Your roles were changed: Kansli now shows what they allow.": "Dina roller har ändrats: Kansli visar nu det de ger tillgång till.",
    "Participant": "Deltagare",
    "E-mail": "E-post",
    "Phone": "Telefon",
    "Organisation": "Organisation",
    "Round": "Utbildningsomgång",
    "Dates": "Datum",
    "Status": "Status",
    "Approving manager": "Godkännande chef",
    "Manager's e-mail": "Chefens e-post",
    "Approval requested": "Godkännande begärt",
    "Approved": "Godkänd",
    "Approved date": "Godkänt datum",
    "Approved via e-mail": "Godkänt via e-post",
    "Reset columns": "Återställ kolumner",
    ("Alumni", "Decided at"): "Beslutat",
    ("Courses", "Ends"): "Slutar",
    "The list is sorted by this column": "Listan är sorterad efter den här kolumnen",
    "Show the list's own columns in their own order and widths": "Visa listans egna kolumner i deras ursprungliga ordning och bredd",
    "Changed here; waits to be sent to the server.": "Ändrad här; väntar på att skickas till servern.",
    "Add registration to %1": "Lägg till kursregistrering på %1",
    "An existing person": "En befintlig person",
    "A new person": "En ny person",
    "Choose person…": "Välj person…",
    "Nobody chosen": "Ingen vald",
    "First name": "Förnamn",
    "Last name": "Efternamn",
    "Choose approving manager…": "Välj godkännande chef…",
    "No approving manager": "Ingen godkännande chef",
    "Add": "Lägg till",
    "Choose participant": "Välj deltagare",
    "Choose approving manager": "Välj godkännande chef",
    "Ordered": "Beställd",
    ("AgentOrders", "Ordered"): "Beställd",
    "In the agent's review": "Under agentens granskning",
    "Approved by the agent": "Godkänd av agenten",
    "Attested by the agent": "Attesterad av agenten",
    "Attested by the customer": "Attesterad av kunden",
    "Handed to the service desk": "Överlämnad till servicedesk",
    "Rejected": "Avslagen",
    "Order": "Beställning",
    "Service": "Tjänst",
    "Customer": "Kund",
    "State": "Läge",
    "Ordered by": "Beställd av",
    "Case handler": "Handläggare",
    "View": "Vy",
    "My approvals": "Mina godkännanden",
    "All orders": "Alla beställningar",
    "Any state": "Alla lägen",
    "Search orders and customers…": "Sök beställningar och kunder…",
    "The review and attest pages open from here in a later version; they need a connection to the server.": (
        "Gransknings- och attestsidorna öppnas härifrån i en senare version; de kräver "
        "anslutning till servern."
    ),
    "%n order(s)": ("%n beställning", "%n beställningar"),
    "No orders wait for you.": "Inga beställningar väntar på dig.",
    "No orders match.": "Inga beställningar matchar.",
    "Agent orders": "Beställningar via agent",
    "Not approved (manual queue)": "Ej godkänd (manuell kö)",
    "Received": "Mottagen",
    "Approved (registered alumnus)": "Godkänd (registrerad alumn)",
    "Approved (alumnus)": "Godkänd (alumn)",
    "Approved manually": "Manuellt godkänd",
    "Denied": "Nekad",
    "Unregistered": "Avregistrerad",
    "Name": "Namn",
    "Programme": "Program",
    "Graduated": "Examensår",
    "pending": "väntar",
    "Reason": "Skäl",
    "All": "Alla",
    "Search names, e-mails, programmes…": "Sök namn, e-post, program…",
    "Show:": "Visa:",
    "Decisions (approve, deny) come to this list in a later version; double-click a row to open the matched person.": (
        "Beslut (godkänn, neka) kommer till listan i en senare version; dubbelklicka på en "
        "rad för att öppna den matchade personen."
    ),
    "%n registration(s)": ("%n registrering", "%n registreringar"),
    "Nothing waits for a decision.": "Inget väntar på beslut.",
    "No alumni registrations match.": "Inga alumnregistreringar matchar.",
    "Alumni queue": "Alumnkö",
    "Edit and retry": "Ändra och försök igen",
    "Retry": "Försök igen",
    "Resolve the edit": "Lös ändringen",
    "Field": "Fält",
    "Before": "Före",
    "Yours": "Din",
    "Theirs (server)": "Deras (servern)",
    "Someone changed these fields on the server after you loaded them. Choose per field which value to keep.": (
        "Någon ändrade de här fälten på servern efter att du läste in dem. Välj för varje "
        "fält vilket värde som ska gälla."
    ),
    "Apply choice": "Använd valet",
    "Planned": "Planerad",
    "Open": "Öppen",
    "Closed": "Stängd",
    "Cancelled": "Avbokad",
    ("Courses", "Cancelled"): "Inställd",
    ("Courses", "Approved"): "Godkända",
    ("RoundPage", "Approved"): "Godkända",
    "Code": "Kod",
    "Course": "Utbildning",
    "Rounds": "Omgångar",
    "Term": "Termin",
    "Place": "Plats",
    "Seats": "Platser",
    "Registered": "Anmälda",
    "Waiting": "Väntar",
    "Waiting for approval": "Väntar på godkännande",
    "Search courses and rounds…": "Sök utbildningar och omgångar…",
    "All terms": "Alla terminer",
    "Round status": "Omgångens status",
    "Any status": "Alla statusar",
    "Term:": "Termin:",
    "Status:": "Status:",
    "Open round": "Öppna utbildningsomgång",
    "Open the selected round's page": "Öppna den valda omgångens sida",
    "No courses match — clear the search or choose another term.": (
        "Inga utbildningar matchar — rensa sökningen eller välj en annan termin."
    ),
    "No courses yet — they appear here after the first sync.": (
        "Inga utbildningar ännu — de visas här efter första synkroniseringen."
    ),
    "Rounds of %1": "Omgångar för %1",
    "All rounds": "Alla omgångar",
    "No rounds match the filters.": "Inga omgångar matchar filtren.",
    "%n course(s)": ("%n utbildning", "%n utbildningar"),
    "%n round(s)": ("%n omgång", "%n omgångar"),
    "Wrong e-mail address or password.": "Fel e-postadress eller lösenord.",
    "The server cannot be reached: %1": "Servern kan inte nås: %1",
    "Too many attempts; wait a minute and try again.": "För många försök; vänta en minut och försök igen.",
    "Sign in to Kansli": "Logga in i Kansli",
    "Server address": "Serveradress",
    "Password": "Lösenord",
    "Remember me on this computer": "Kom ihåg mig på den här datorn",
    "Server": "Server",
    "Sign in": "Logga in",
    "Work offline": "Arbeta offline",
    "Signing in as %1…": "Loggar in som %1…",
    "Sign in with your password.": "Logga in med ditt lösenord.",
    "Signing in…": "Loggar in…",
    "Opening this computer's copy…": "Öppnar den här datorns kopia…",
    "demo": "demo",
    "Courses": "Utbildningar",
    "Participants": "Deltagare",
    "Cancel": "Avbryt",
    "&File": "&Arkiv",
    "&Export list…": "&Exportera lista…",
    "Save the current list as CSV or Excel": "Spara den aktuella listan som CSV eller Excel",
    "&Print list…": "Skriv &ut lista…",
    "Print the current list (with preview)": "Skriv ut den aktuella listan (med förhandsgranskning)",
    "&Settings…": "&Inställningar…",
    "&Quit": "A&vsluta",
    "&Edit": "&Redigera",
    "&Undo": "&Ångra",
    "&Find": "&Sök",
    "Search the current list": "Sök i den aktuella listan",
    "Select &all": "Markera &alla",
    "&View": "&Visa",
    "&Reload the current list": "&Läs in listan igen",
    "&Go": "&Gå till",
    "&Courses": "&Utbildningar",
    "&Participants": "&Deltagare",
    "&Alumni queue": "A&lumnkö",
    "A&gent orders": "&Beställningar via agent",
    "Close &tab": "Stäng &flik",
    "&Actions": "Åtgär&der",
    "&Sync": "S&ynk",
    "Sync &now": "Synka &nu",
    "Send local changes and fetch the server's": "Skicka lokala ändringar och hämta serverns",
    "Sync &issues…": "Synk&problem…",
    "&Help": "&Hjälp",
    "Acco&unting": "&Ekonomi",
    "&About Kansli": "&Om Kansli",
    "Kansli &manual": "&Handbok för Kansli",
    "Participants, import, the alumni queue, sync and offline work, printing": "Deltagare, import, alumnkön, synk och arbete utan anslutning, utskrift",
    "&Keyboard shortcuts…": "&Kortkommandon…",
    "Every key of the menus and the lists": "Alla kortkommandon i menyerna och listorna",
    "Keyboard shortcuts": "Kortkommandon",
    ("ShortcutsDialog", "Action"): "Åtgärd",
    ("ShortcutsDialog", "Keys"): "Tangenter",
    "Kansli manual": "Handbok för Kansli",
    "&Undo %1": "&Ångra %1",
    "Undo failed": "Det gick inte att ångra",
    "Not connected to a server: sign in to sync.": "Inte ansluten till en server: logga in för att synka.",
    "Syncing…": "Synkar…",
    "Export list": "Exportera lista",
    "Excel workbook (*.xlsx);;CSV, comma or semicolon separated (*.csv)": (
        "Excel-arbetsbok (*.xlsx);;CSV, komma- eller semikolonseparerad (*.csv)"
    ),
    "%n row(s) exported to %1": (
        "%n rad exporterad till %1",
        "%n rader exporterade till %1",
    ),
    "Print a long list": "Skriv ut en lång lista",
    "The list has %n rows. Print them all?": (
        "Listan har %n rad. Skriva ut den?",
        "Listan har %n rader. Skriva ut alla?",
    ),
    "About Kansli": "Om Kansli",
    "<h3>Kansli %1</h3><p>Back office for courses, registrations, alumni and agent orders.</p><p>Local database: %2<br>Log file: %3</p>": (
        "<h3>Kansli %1</h3><p>Kansli för utbildningar, kursregistreringar, alumner och "
        "beställningar via agent.</p><p>Lokal databas: %2<br>Loggfil: %3</p>"
    ),
    "Something went wrong": "Något gick fel",
    "“%1” failed. No data was lost: what was saved before is still there.": (
        "”%1” misslyckades. Inga data gick förlorade: det som sparats tidigare finns kvar."
    ),
    "Exporting": "Exporterar",
    "%n request(s) sent": ("%n förfrågan skickad", "%n förfrågningar skickade"),
    "A local change waits to be sent to the server.": "En lokal ändring väntar på att skickas till servern.",
    "Given on the sign-up form: %1": "Angiven i anmälningsformuläret: %1",
    "Not yet approved": "Ännu inte godkända",
    "Approval not requested": "Godkännande ej begärt",
    "Created": "Skapad",
    "All registrations": "Alla kursregistreringar",
    "Requested more than 7 days ago": "Begärt för mer än 7 dagar sedan",
    "Approved this week": "Godkända denna vecka",
    "Not requested": "Ej begärt",
    "Saved filter": "Sparat filter",
    "Custom filter": "Eget filter",
    "Search names and e-mails…": "Sök namn och e-post…",
    "Filters": "Filter",
    "Save current filter…": "Spara aktuellt filter…",
    "Delete this saved filter": "Ta bort det här sparade filtret",
    "Open participant's profile": "Öppna deltagarens personprofil",
    "Open the profile of the selected participant": "Öppna den valda deltagarens personprofil",
    "Open approving manager's profile": "Öppna godkännande chefs personprofil",
    "Send request to approving manager…": "Skicka förfrågan till godkännande chef…",
    "E-mail the approving managers of the selected registrations": (
        "Mejla de godkännande cheferna för de valda kursregistreringarna"
    ),
    "Set approving manager…": "Koppla godkännande chef…",
    "Remove approval…": "Ta bort godkännande…",
    "Administrators only: take back an approval": "Endast administratörer: ta tillbaka ett godkännande",
    "Cancel registration…": "Avboka kursregistrering…",
    "Copy e-mail addresses": "Kopiera e-postadresser",
    "Save filter": "Spara filter",
    "Name of the filter:": "Filtrets namn:",
    "%1 of %2 shown": "%1 av %2 visas",
    "No registrations on this round yet — add one with “Add registration”.": (
        "Inga kursregistreringar på omgången ännu — lägg till en med ”Lägg till kursregistrering”."
    ),
    "No registrations yet — add one from a course round.": (
        "Inga kursregistreringar ännu — lägg till en från en utbildningsomgång."
    ),
    "No registrations match — clear the search or choose another filter.": (
        "Inga kursregistreringar matchar — rensa sökningen eller välj ett annat filter."
    ),
    "Set approving manager": "Koppla godkännande chef",
    "Cancel registration": "Avboka kursregistrering",
    "Cancel %n registration(s)? The participants lose their places.": (
        "Avboka %n kursregistrering? Deltagaren förlorar sin plats.",
        "Avboka %n kursregistreringar? Deltagarna förlorar sina platser.",
    ),
    "Cancel registrations": "Avboka",
    "Keep": "Behåll",
    "Some registrations were not changed": "Några kursregistreringar ändrades inte",
    "Filtered list": "Filtrerad lista",
    "This person no longer exists.": "Personen finns inte längre.",
    "edit of %1": "ändring av %1",
    "Saving the profile": "Sparar personprofilen",
    "adding %1": "tillägg av %1",
    "Adding an e-mail address": "Lägger till en e-postadress",
    "Removing an e-mail address": "Tar bort en e-postadress",
    "Adding a phone number": "Lägger till ett telefonnummer",
    "Undoing %1": "Ångrar %1",
    "Search by name or e-mail…": "Sök på namn eller e-post…",
    "Type a name or an e-mail address to find a person.": "Skriv ett namn eller en e-postadress för att hitta en person.",
    "Choose": "Välj",
    "Nobody matches “%1”.": "Ingen matchar ”%1”.",
    ("PersonPicker", "Born"): "Född",
    "Showing %1 of %2 — refine the search": "Visar %1 av %2 — förfina sökningen",
    "Person": "Personprofil",
    "Notes": "Anteckningar",
    "Save": "Spara",
    "Revert": "Återställ",
    "name@example.se": "namn@exempel.se",
    "New e-mail address": "Ny e-postadress",
    "Work": "Arbete",
    "Private": "Privat",
    "Main address": "Huvudadress",
    "Add e-mail": "Lägg till e-post",
    "Remove e-mail…": "Ta bort e-post…",
    "New phone number": "Nytt telefonnummer",
    "Add phone": "Lägg till telefon",
    "E-mail addresses": "E-postadresser",
    "Phone numbers": "Telefonnummer",
    "Details": "Uppgifter",
    "E-mails and phones": "E-post och telefon",
    "Registrations": "Kursregistreringar",
    "Activity": "Aktiviteter",
    "Consents and alumni": "Samtycken och alumn",
    "No categories": "Inga kategorier",
    "No registrations.": "Inga kursregistreringar.",
    "Nothing has happened yet.": "Inget har hänt ännu.",
    "As manager of %1 (%2)": "Som godkännande chef för %1 (%2)",
    "Alumni registration: %1 (%2)": "Alumnregistrering: %1 (%2)",
    "No consents or alumni registrations.": "Inga samtycken eller alumnregistreringar.",
    "No organisation": "Ingen organisation",
    "Saved.": "Sparat.",
    "Saved here; it is sent to the server when you are online.": (
        "Sparat här; det skickas till servern när du är online."
    ),
    "Undo %1": "Ångra %1",
    "Undo": "Ångra",
    "Remove e-mail address": "Ta bort e-postadress",
    "Remove %1 from this person?": "Ta bort %1 från personen?",
    "Not approved": "Ej godkänd",
    "Signature": "Namnteckning",
    "Attendance sheet": "Närvarolista",
    "Participant list": "Deltagarlista",
    "Could not start printing": "Det gick inte att börja skriva ut",
    "Printed %1": "Utskriven %1",
    "%n participant(s)": ("%n deltagare", "%n deltagare"),
    ("Printing", "Sessions"): "Kurstillfällen",
    "and %n more session(s)": (
        "och %n kurstillfälle till",
        "och %n kurstillfällen till",
    ),
    "Page %1 of %2": "Sida %1 av %2",
    "List": "Lista",
    "Reminder sent": "Påminnelse skickad",
    "Registration approved": "Kursregistrering godkänd",
    "Approval removed": "Godkännande borttaget",
    "Alumni decision": "Alumnbeslut",
    "E-mail sent": "E-post skickad",
    "Note": "Anteckning",
    "Profiles merged": "Personprofiler sammanslagna",
    "Starts": "Startar",
    "Role": "Roll",
    "When": "När",
    "What": "Vad",
    "Subject": "Ämne",
    "By": "Av",
    "Message": "Meddelande",
    "Must not be empty": "Får inte vara tomt",
    "Write the date as YYYY-MM-DD": "Skriv datumet som ÅÅÅÅ-MM-DD",
    "Two letters, such as SE": "Två bokstäver, till exempel SE",
    "Letters and digits only, such as 123 45": "Endast bokstäver och siffror, till exempel 123 45",
    "Personnummer": "Personnummer",
    "Birth date": "Födelsedatum",
    "Title": "Titel",
    "Street": "Gatuadress",
    "Postal code": "Postnummer",
    "City": "Ort",
    "Country": "Land",
    "Kind": "Typ",
    "Main": "Huvudkontakt",
    "the registration is cancelled": "kursregistreringen är avbokad",
    "already approved by %1": "redan godkänd av %1",
    "no approving manager with an e-mail address": "ingen godkännande chef med e-postadress",
    "Sending approval requests": "Skickar förfrågningar om godkännande",
    "Setting the approving manager": "Kopplar godkännande chef",
    "Removing approvals": "Tar bort godkännanden",
    "Moving to the waiting list": "Flyttar till väntelistan",
    "Giving places from the waiting list": "Ger platser från väntelistan",
    "Move to the waiting list": "Flytta till väntelistan",
    "Give a place from the waiting list": "Ge en plats från väntelistan",
    "Take the selected participants' places; they wait in order of registration": "Ta de markerade deltagarnas platser; de väntar i anmälningsordning",
    "Give the selected waiting participants a place, also beyond the seats": "Ge de markerade väntande deltagarna en plats, även utöver antalet platser",
    "Waiting list (%1)": "Väntelista (%1)",
    "Offered a place": "Erbjuden plats",
    "Waiting list": "Väntelista",
    "Cancelling registrations": "Avbokar kursregistreringar",
    "Adding a registration": "Lägger till en kursregistrering",
    "Remove approval": "Ta bort godkännande",
    "Removing an approval lets the approving manager approve again. The removal and its reason are recorded. %n registration(s) selected.": (
        "Att ta bort ett godkännande låter godkännande chef godkänna igen. Borttagningen och "
        "skälet loggas. %n kursregistrering vald.",
        "Att ta bort ett godkännande låter godkännande chef godkänna igen. Borttagningen och "
        "skälet loggas. %n kursregistreringar valda.",
    ),
    "Why is the approval removed?": "Varför tas godkännandet bort?",
    "Give a reason of a few words.": "Ange ett skäl med några ord.",
    "Sent to": "Skickas till",
    "Not connected to a server: the requests are saved now and the e-mails are sent when this database syncs with the server.": (
        "Inte ansluten till en server: förfrågningarna sparas nu och mejlen skickas när "
        "databasen synkar med servern."
    ),
    "You are offline: the requests are saved now and the e-mails are sent when the connection is back.": (
        "Du är offline: förfrågningarna sparas nu och mejlen skickas när anslutningen är tillbaka."
    ),
    "Send request to approving manager": "Skicka förfrågan till godkännande chef",
    "Checking the selected registrations…": "Kontrollerar de valda kursregistreringarna…",
    "Optional message, shown in the e-mail above the link": "Valfritt meddelande, visas i mejlet ovanför länken",
    "Message to the approving manager": "Meddelande till godkännande chef",
    "Send": "Skicka",
    "Message (optional)": "Meddelande (valfritt)",
    "Skipped: %1": "Hoppas över: %1",
    "Reminder; last sent %1 (%n sent before)": (
        "Påminnelse; senast skickad %1 (%n skickad tidigare)",
        "Påminnelse; senast skickad %1 (%n skickade tidigare)",
    ),
    "Request": "Förfrågan",
    "Requests: %1 · Reminders: %2 · Skipped: %3": "Förfrågningar: %1 · Påminnelser: %2 · Hoppas över: %3",
    "Not sent:": "Inte skickat:",
    "Close": "Stäng",
    "Text": "Text",
    "Choice": "Val",
    "Check box": "Kryssruta",
    "Yes": "Ja",
    "Question": "Fråga",
    "Required": "Obligatorisk",
    "E-mail confirmation": "Bekräftelse via e-post",
    "Add registration…": "Lägg till kursregistrering…",
    "Send approval requests…": "Skicka förfrågningar om godkännande…",
    "Ask the approving managers of all registrations not yet approved": (
        "Fråga godkännande chefer för alla kursregistreringar som ännu inte är godkända"
    ),
    "Print participant list…": "Skriv ut deltagarlista…",
    "Print attendance sheet…": "Skriv ut närvarolista…",
    "Attendance sheet as PDF…": "Närvarolista som PDF…",
    "Sign-up form": "Anmälningsformulär",
    "This round has no sign-up form.": "Omgången har inget anmälningsformulär.",
    "No sign-up form. Registrations are added by hand.": "Inget anmälningsformulär. Kursregistreringar läggs till för hand.",
    "Published": "Publicerat",
    "Not published": "Inte publicerat",
    "Save attendance sheet": "Spara närvarolista",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "Settings": "Inställningar",
    "Used at the next sign-in.": "Används vid nästa inloggning.",
    "The demo server on this computer; your own server address is kept.": (
        "Demoservern på den här datorn; din egen serveradress sparas."
    ),
    " s": " s",
    "Sync interval": "Synkintervall",
    "Language": "Språk",
    "Follow the system": "Följ systemet",
    "Blank rows on attendance sheets": "Tomma rader på närvarolistor",
    "The organisation's name from the server": "Organisationens namn från servern",
    "Organisation name in the header": "Organisationens namn i sidhuvudet",
    "Print the e-mail column": "Skriv ut kolumnen e-post",
    "Connection": "Anslutning",
    "Sync every": "Synka var",
    "Printing": "Utskrift",
    "Blank rows for walk-ins": "Tomma rader för efteranmälda",
    "Organisation in the header": "Organisation i sidhuvudet",
    "Create person": "Skapa person",
    "Edit person": "Ändra person",
    "Add e-mail address": "Lägg till e-postadress",
    "Add phone number": "Lägg till telefonnummer",
    "Set category": "Sätt kategori",
    "Add registration": "Lägg till kursregistrering",
    "Sync issues": "Synkproblem",
    "Refused changes": "Avvisade ändringar",
    "Discard": "Kasta",
    "Let this change go; the server's values stay": "Kasta ändringen; serverns värden gäller",
    "Edit and retry…": "Ändra och försök igen…",
    "Nothing needs your attention. Changes you make here are sent to the server when you are online.": (
        "Inget behöver din uppmärksamhet. Ändringar du gör här skickas till servern när du är online."
    ),
    "The server refused %n change(s). Each is kept until you discard it or retry it.": (
        "Servern avvisade %n ändring. Den sparas tills du kastar den eller försöker igen.",
        "Servern avvisade %n ändringar. De sparas tills du kastar dem eller försöker igen.",
    ),
    "Discard change": "Kasta ändring",
    "Discard “%1”? The server's values stay as they are.": "Kasta ”%1”? Serverns värden står kvar.",
    "Online": "Online",
    "synced %1": "synkad %1",
    "Syncing… %1 rows": "Synkar… %1 rader",
    "Offline": "Offline",
    "since %1": "sedan %1",
    "work continues here": "arbetet fortsätter här",
    "Sync error: %1": "Synkfel: %1",
    "retry": "försök igen",
    "Local database only (not connected to a server)": "Endast lokal databas (inte ansluten till en server)",
    "%n pending": ("%n väntar", "%n väntar"),
    "%n need(s) attention": ("%n behöver åtgärd", "%n behöver åtgärd"),
    "Sync state": "Synkläge",
    "demo data": "demodata",
    "Click to see the sync issues and what waits to be sent": "Klicka för att se synkproblem och vad som väntar på att skickas",
    "Alumni": "Alumner",
    "YYYYMMDD-NNNN": "ÅÅÅÅMMDD-NNNN",
    "YYYY-MM-DD": "ÅÅÅÅ-MM-DD",
    "Save as PDF": "Spara som PDF",
    "Participant list as PDF…": "Deltagarlista som PDF…",
    "Save participant list": "Spara deltagarlista",
    # -- web view, manager preview, import, agent order pages, notifications (issues 6, 8) --
    "This step needs a connection": "Det här steget kräver en anslutning",
    "This page comes from the server. Everything else in Kansli works offline; come back here when the connection is back.": "Sidan kommer från servern. Allt annat i Kansli fungerar utan anslutning; kom tillbaka hit när anslutningen är tillbaka.",
    "Try again": "Försök igen",
    "Ask the server for the page again": "Be servern om sidan igen",
    "Opening the page…": "Öppnar sidan…",
    "Kansli is working on a local database without a server connection.": "Kansli arbetar mot en lokal databas utan anslutning till servern.",
    "You are offline: the server cannot be reached.": "Du är frånkopplad: servern går inte att nå.",
    "The server cannot be reached.": "Servern går inte att nå.",
    "The server no longer accepts your sign-in. Sign in again.": "Servern godtar inte längre din inloggning. Logga in igen.",
    "The server refused: %1": "Servern nekade: %1",
    "Something went wrong: %1": "Något gick fel: %1",
    "Web page": "Webbsida",
    "Open in browser": "Öppna i webbläsaren",
    ("StaffPage", "Back"): "Tillbaka",
    "Back to the page before": "Tillbaka till föregående sida",
    "Page language": "Sidans språk",
    "Shown in:": "Visas på:",
    "The manager sees the page in the language of their browser; choose another to see it as they do.": "Chefen ser sidan på sin webbläsares språk; välj ett annat för att se den som chefen gör.",
    "Open this page in your web browser, signed in": "Öppna sidan inloggad i din webbläsare",
    "Reload": "Läs in igen",
    "Load the server's page again": "Hämta serverns sida igen",
    "Preview manager page": "Förhandsgranska chefens sida",
    "Preview manager page…": "Förhandsgranska chefens sida…",
    "See the approving manager's page as the manager sees it (uses up no link)": "Se den godkännande chefens sida så som chefen ser den (förbrukar ingen länk)",
    "The approving manager's page as the manager sees it (needs a connection)": "Den godkännande chefens sida så som chefen ser den (kräver anslutning)",
    "The approving manager's page": "Den godkännande chefens sida",
    "Exactly what the approving manager sees behind the link in the e-mail. This preview is read-only and uses up no link.": "Precis det som den godkännande chefen ser bakom länken i mejlet. Förhandsgranskningen går inte att skicka och förbrukar ingen länk.",
    "%1 on %2": "%1 på %2",
    "As saved on this computer; the server may know more.": "Så som det är sparat på den här datorn; servern kan veta mer.",
    "Change approving manager…": "Byt godkännande chef…",
    "Change approving manager": "Byt godkännande chef",
    "Link another approving manager (refused if someone changed it meanwhile)": "Koppla en annan godkännande chef (nekas om någon annan har ändrat den under tiden)",
    "Only administrators can remove an approval; ask one if it is wrong": "Bara administratörer kan ta bort ett godkännande; be en administratör om det är fel",
    "Import participants…": "Importera deltagare…",
    "Import participants": "Importera deltagare",
    "Add the participants of a CSV or Excel file to a round": "Lägg till deltagarna i en CSV- eller Excelfil på en utbildningsomgång",
    "Add the participants of a CSV or Excel file to this round": "Lägg till deltagarna i en CSV- eller Excelfil på den här utbildningsomgången",
    "No file chosen": "Ingen fil vald",
    "Choose file…": "Välj fil…",
    "Choose a round…": "Välj utbildningsomgång…",
    "The same approving manager for every participant of the file": "Samma godkännande chef för alla deltagare i filen",
    "File": "Fil",
    "Approving manager for all": "Godkännande chef för alla",
    "Choose a CSV or Excel file with a header row.": "Välj en CSV- eller Excelfil med en rubrikrad.",
    "Errors": "Fel",
    "Errors (%1)": "Fel (%1)",
    "Participants (%1)": "Deltagare (%1)",
    "Import": "Importera",
    "Reading the file…": "Läser filen…",
    "Already on this round: left out": "Redan på omgången: hoppas över",
    "New person": "Ny person",
    "New person (organisation not found, left empty)": "Ny person (organisationen hittades inte, lämnas tom)",
    "No participants to import in this file.": "Filen har inga deltagare att importera.",
    "No errors.": "Inga fel.",
    "The file has %n error(s). Correct the file and choose it again: nothing is imported while the file has errors.": (
        "Filen har %n fel. Rätta filen och välj den igen: inget importeras så länge filen har fel.",
        "Filen har %n fel. Rätta filen och välj den igen: inget importeras så länge filen har fel.",
    ),
    "The file has no participants.": "Filen har inga deltagare.",
    "%n participant(s) to import": (
        "%n deltagare att importera",
        "%n deltagare att importera",
    ),
    "%n new to Kansli": ("%n ny i Kansli", "%n nya i Kansli"),
    "%n already on the round": ("%n redan på omgången", "%n redan på omgången"),
    "Choose the round to import onto.": "Välj utbildningsomgången att importera till.",
    "Importing…": "Importerar…",
    "Importing participants": "Importerar deltagare",
    "Cancelled. Nothing was imported.": "Avbrutet. Inget importerades.",
    "Cancelling…": "Avbryter…",
    "Row %1: ": "Rad %1: ",
    "Nothing was imported. %1": "Inget importerades. %1",
    "Row": "Rad",
    "Column": "Kolumn",
    "In Kansli": "I Kansli",
    "Participant lists (*.csv *.xlsx *.tsv *.txt);;Excel workbook (*.xlsx);;CSV (*.csv *.tsv *.txt)": "Deltagarlistor (*.csv *.xlsx *.tsv *.txt);;Excelarbetsbok (*.xlsx);;CSV (*.csv *.tsv *.txt)",
    "The file is larger than %1 MB.": "Filen är större än %1 MB.",
    "The file cannot be read: %1": "Filen går inte att läsa: %1",
    "Open order": "Öppna beställningen",
    "Open the order's page of the step it waits for": "Öppna beställningens sida för steget den väntar på",
    "Double-click an order (or press Enter) to open its review or attest page. The pages come from the server and need a connection.": "Dubbelklicka på en beställning (eller tryck Enter) för att öppna dess gransknings- eller attestsida. Sidorna kommer från servern och kräver en anslutning.",
    "Order %1": "Beställning %1",
    "Order not found": "Beställningen hittades inte",
    "This order is not in the local database; sync and retry.": "Beställningen finns inte i den lokala databasen; synka och försök igen.",
    "ordered %1 by %2": "beställd %1 av %2",
    "agent %1": "agent %1",
    "Order %1 as saved on this computer": "Beställning %1 så som den är sparad på den här datorn",
    "The server may know more; the list shows the state of the last sync.": "Servern kan veta mer; listan visar läget vid senaste synk.",
    "Agent": "Agent",
    "Address": "Adress",
    "Agent's attestant": "Agentens attestant",
    "Customer's attestant": "Kundens attestant",
    "Billing": "Fakturering",
    "Attest reference": "Referens för attest",
    "Reason for rejection": "Skäl till avslag",
    "Service desk case": "Ärende hos servicedesk",
    "History": "Historik",
    "&Notifications…": "&Aviseringar…",
    "Show your notifications from the server": "Visa dina aviseringar från servern",
    "Notifications": "Aviseringar",
    "Notifications (%1)": "Aviseringar (%1)",
    "Notification": "Avisering",
    "New": "Ny",
    "%n unread notification(s)": ("%n oläst avisering", "%n olästa aviseringar"),
    "No unread notifications": "Inga olästa aviseringar",
    "Mark read": "Markera som läst",
    "Mark all read": "Markera alla som lästa",
    "Refresh": "Uppdatera",
    "No notifications.": "Inga aviseringar.",
    "%n unread": ("%n oläst", "%n olästa"),
    "%1 (showing the list of %2)": "%1 (visar listan från %2)",
    "updated %1": "uppdaterad %1",
    ("NotificationsDialog", "Open"): "Öppna",
    "The approving manager's page: %1": "Den godkännande chefens sida: %1",
    "Needs a connection to the server": "Kräver en anslutning till servern",
    "The “{column}” cell is empty": "Cellen ”{column}” är tom",
    "The file is empty": "Filen är tom",
    "The file has no participants": "Filen har inga deltagare",
    "E-mail address is empty": "E-postadressen är tom",
    "E-mail address must not contain spaces": "E-postadressen får inte innehålla mellanslag",
    "E-mail address has no @": "E-postadressen saknar @",
    "E-mail address has more than one @": "E-postadressen har mer än ett @",
    "E-mail address has nothing before the @": "E-postadressen har inget före @",
    "E-mail address has no domain after the @": "E-postadressen har ingen domän efter @",
    "E-mail address must have a dot in the domain (as in name@example.se)": "E-postadressen måste ha en punkt i domänen (som i namn@exempel.se)",
    "E-mail address has a misplaced dot in the domain": "E-postadressen har en felplacerad punkt i domänen",
    "Phone number may have a + only at the start": "Telefonnumret får bara ha + i början",
    "Phone number may contain only digits, spaces, dashes, parentheses and a leading +": "Telefonnumret får bara innehålla siffror, mellanslag, bindestreck, parenteser och ett inledande +",
    "Phone number has no digits": "Telefonnumret har inga siffror",
    "Phone number must start with 0, or with + or 00 and a country code": "Telefonnumret måste börja med 0, eller med + eller 00 och en landskod",
    "Personnummer must have 10 or 12 digits": "Personnumret måste ha 10 eller 12 siffror",
    "Personnummer has a wrong check digit": "Personnumret har fel kontrollsiffra",
    "Personnummer does not contain a valid date of birth": "Personnumret innehåller inget giltigt födelsedatum",
    # -- Alumni queue (issue 7) --------------------------------------------------------
    "Decided here; waits to be sent to the server (U takes it back).": (
        "Beslutad här; väntar på att skickas till servern (U ångrar)."
    ),
    "Manual queue (not approved)": "Manuell kö (ej godkända)",
    "Conflicts: decided first by someone else": "Konflikter: någon annan beslutade först",
    "Decided here, not yet synced": "Beslutade här, ännu inte synkade",
    "Not approved only": "Endast ej godkända",
    ("Alumni", "approve"): "godkänn",
    ("Alumni", "deny"): "neka",
    "Decided by": "Beslutad av",
    "%1 decided first: %2, at %3. Your decision (%4) was not applied.": (
        "%1 beslutade först: %2, %3. Ditt beslut (%4) genomfördes inte."
    ),
    "Someone": "Någon",
    "Conflict: %1": "Konflikt: %1",
    "Degree": "Examen",
    ("AlumniDetail", "Credits"): "Högskolepoäng",
    # Why a match on one identifier was not confirmed (security issue 13, item 1).
    "Match not confirmed:": "Matchningen är inte bekräftad:",
    "The name differs: “%1” in the registration, “%2” on the profile": "Namnet skiljer sig: ”%1” i registreringen, ”%2” i profilen",
    "The birth date differs: %1 in the registration, %2 on the profile": "Födelsedatumet skiljer sig: %1 i registreringen, %2 i profilen",
    "The e-mail address %1 is not on the profile (proposed)": "E-postadressen %1 finns inte i profilen (föreslagen)",
    "The phone %1 is not on the profile (proposed)": "Telefonnumret %1 finns inte i profilen (föreslaget)",
    "The personnummer %1 is not on the profile (proposed)": "Personnumret %1 finns inte i profilen (föreslaget)",
    "Approving adds the proposed details to the profile; denying drops them.": "Godkänner du läggs de föreslagna uppgifterna till i profilen; nekar du tas de bort.",
    "The proposed details were added to the profile.": "De föreslagna uppgifterna har lagts till i profilen.",
    "The proposed details were dropped.": "De föreslagna uppgifterna har tagits bort.",
    "matched on e-mail": "matchad på e-post",
    "matched on personnummer": "matchad på personnummer",
    "no match: created from the registration": "ingen träff: skapad från registreringen",
    "Differs from what the alumnus entered": "Skiljer sig från det alumnen angav",
    "Someone decided first": "Någon annan beslutade först",
    "Keep their decision": "Behåll deras beslut",
    "The conflict is marked as seen; their decision stands.": (
        "Konflikten markeras som sedd; deras beslut gäller."
    ),
    "Reason:": "Skäl:",
    "Entered by the alumnus": "Angivet av alumnen",
    "Student records": "Studieuppgifter",
    "differs from what the alumnus entered": "skiljer sig från det alumnen angav",
    "Approve (A)": "Godkänn (A)",
    "Deny… (D)": "Neka… (D)",
    "Undo (U)": "Ångra (U)",
    "Possible duplicates": "Möjliga dubbletter",
    ("AlumniDetailPane", "Person"): "Person",
    ("AlumniDetailPane", "Score"): "Likhet",
    "Agrees on": "Stämmer på",
    "Merge…": "Slå ihop…",
    "Merge the chosen person and the matched person into one": (
        "Slå ihop den valda personen och den matchade personen till en"
    ),
    "Their reason: %1": "Deras skäl: %1",
    "You decided “%1” here; it waits to be sent to the server. U takes it back.": (
        "Du beslutade ”%1” här; det väntar på att skickas till servern. U ångrar."
    ),
    "No reason recorded": "Inget skäl angivet",
    "Matched person": "Matchad person",
    ("AlumniDetailPane", "open"): "öppna",
    "score %1": "likhet %1",
    "categories: %1": "kategorier: %1",
    "Looking for duplicates needs a connection to the server.": (
        "Att leta efter dubbletter kräver anslutning till servern."
    ),
    "Found by the automatic check:": "Hittade vid den automatiska kontrollen:",
    "Looking for possible duplicates…": "Letar efter möjliga dubbletter…",
    "No other person looks like this alumnus.": "Ingen annan person liknar den här alumnen.",
    "Could not look for duplicates: %1": "Kunde inte leta efter dubbletter: %1",
    "Your decisions are being sent right now; try again in a moment.": (
        "Dina beslut skickas just nu; försök igen om en stund."
    ),
    "This decision has reached the server already; it cannot be undone here.": (
        "Beslutet har redan nått servern; det kan inte ångras här."
    ),
    "Approving": "Godkänner",
    "Denying": "Nekar",
    "Undoing the decision": "Ångrar beslutet",
    "Saving the rule": "Sparar regeln",
    "This needs a connection to the server.": "Det här kräver anslutning till servern.",
    "Looking for possible duplicates": "Letar efter möjliga dubbletter",
    "Merging persons": "Slår ihop personer",
    "e-mail addresses": "e-postadresser",
    "phone numbers": "telefonnummer",
    "categories": "kategorier",
    "course registrations": "kursregistreringar",
    "alumni registrations": "alumnregistreringar",
    "activities": "aktiviteter",
    "consents": "samtycken",
    "student records": "studieuppgifter",
    ("AlumniQueueView", "Show"): "Visa",
    "Rules…": "Regler…",
    "The institution's rules for automatic approval": (
        "Lärosätets regler för automatiskt godkännande"
    ),
    "A approve · D deny · J/K or ↓/↑ next/previous · U undo · Enter opens the person": (
        "A godkänn · D neka · J/K eller ↓/↑ nästa/föregående · U ångra · Enter öppnar personen"
    ),
    ("AlumniQueueView", "Approve"): "Godkänn",
    "Approve the selected item": "Godkänn den valda registreringen",
    ("AlumniQueueView", "Deny…"): "Neka…",
    "Deny the selected item": "Neka den valda registreringen",
    "Next item": "Nästa",
    "Previous item": "Föregående",
    "Undo the last decision": "Ångra det senaste beslutet",
    "Take back the last decision not yet sent to the server": (
        "Ta tillbaka det senaste beslutet som ännu inte skickats till servern"
    ),
    "Open the matched person": "Öppna den matchade personen",
    "No alumni registrations yet — they arrive from the registration form.": (
        "Inga alumnregistreringar ännu — de kommer från registreringsformuläret."
    ),
    "No alumni registrations match — clear the search or choose another filter.": (
        "Inga alumnregistreringar matchar — rensa sökningen eller välj ett annat filter."
    ),
    "Your roles do not allow decisions on alumni registrations.": (
        "Dina roller tillåter inte beslut om alumnregistreringar."
    ),
    "The item is still loading; press the key again.": (
        "Registreringen läses fortfarande in; tryck på tangenten igen."
    ),
    "Already decided: %1.": "Redan beslutad: %1.",
    "Nothing to undo: no decision of yours waits to be sent.": (
        "Inget att ångra: inget av dina beslut väntar på att skickas."
    ),
    "Decision taken back; the item waits for a decision again.": (
        "Beslutet ångrat; registreringen väntar på beslut igen."
    ),
    # The one undo (desktop/operations/undo.py): "Undo decision for Anna Berg".
    "decision for %1": "beslut om %1",
    "Undone: %1": "Ångrat: %1",
    "Persons merged; fetching the result from the server…": (
        "Personerna är sammanslagna; hämtar resultatet från servern…"
    ),
    "The merge was not made": "Sammanslagningen gjordes inte",
    "A degree has been awarded": "Examen har utfärdats",
    "Credits at least": "Minsta antal högskolepoäng",
    "Programme in a list": "Program i en lista",
    "Graduated after a year": "Examen efter ett visst år",
    "At least %1 credits": "Minst %1 högskolepoäng",
    "Programme is one of: %1": "Programmet är ett av: %1",
    "Graduated after %1": "Examen efter %1",
    "inactive": "inaktiv",
    "Deny alumni registration": "Neka alumnregistrering",
    "Deny the registration of <b>%1</b>? The reason is kept with the decision.": (
        "Neka registreringen för <b>%1</b>? Skälet sparas med beslutet."
    ),
    "this alumnus": "den här alumnen",
    ("DenyDialog", "&Reason:"): "&Skäl:",
    "Reason for the denial": "Skäl till nekandet",
    "Why is the registration denied?": "Varför nekas registreringen?",
    "The last reasons you gave are in the list (↓).": "Dina senaste skäl finns i listan (↓).",
    "The reason you give is offered again next time.": (
        "Skälet du anger föreslås igen nästa gång."
    ),
    ("DenyDialog", "Deny"): "Neka",
    "Give a reason for the denial.": "Ange ett skäl till nekandet.",
    "Merge persons": "Slå ihop personer",
    "Keep %1 (the matched person)": "Behåll %1 (den matchade personen)",
    "Keep %1": "Behåll %1",
    "Counting what moves…": "Räknar vad som flyttas…",
    "Nothing is lost: every registration and activity moves to the person kept, e-mail addresses and phone numbers join theirs, and their empty fields are filled. The merge is recorded in the audit log and on the timeline. It needs a connection and cannot be undone here.": (
        "Inget går förlorat: alla registreringar och aktiviteter flyttas till personen som "
        "behålls, e-postadresser och telefonnummer läggs till den personens och tomma fält "
        "fylls i. Sammanslagningen loggas i granskningsloggen och på tidslinjen. Den kräver "
        "anslutning och kan inte ångras här."
    ),
    ("MergeDialog", "Merge"): "Slå ihop",
    "From %1 to %2 moves:": "Från %1 till %2 flyttas:",
    "nothing this computer knows of.": "inget som den här datorn känner till.",
    "Rules for automatic alumni approval": "Regler för automatiskt alumngodkännande",
    "A registration that matches no existing person is approved automatically when every active rule holds on one of the alumnus' student records. The others go to the manual queue.": (
        "En registrering som inte matchar någon befintlig person godkänns automatiskt när "
        "alla aktiva regler uppfylls av en av alumnens studieuppgifter. Övriga går till den "
        "manuella kön."
    ),
    "Only administrators can change the rules.": "Endast administratörer kan ändra reglerna.",
    ("RulesDialog", "Rules"): "Regler",
    "&Add rule": "&Lägg till regel",
    ("RulesDialog", "&Remove"): "&Ta bort",
    "The rule stops applying; it is kept as inactive and can be turned on again": (
        "Regeln slutar gälla; den sparas som inaktiv och kan slås på igen"
    ),
    "Kind of rule": "Typ av regel",
    "Minimum credits": "Minsta antal högskolepoäng",
    "for example 180": "till exempel 180",
    ("RulesDialog", "Programmes"): "Program",
    "One programme code or name per line": "En programkod eller ett programnamn per rad",
    ("RulesDialog", "Year"): "År",
    "for example 2010": "till exempel 2010",
    ("RulesDialog", "Description"): "Beskrivning",
    ("RulesDialog", "Active"): "Aktiv",
    "Kind:": "Typ:",
    "Credits:": "Högskolepoäng:",
    "Programmes:": "Program:",
    "After year:": "Efter år:",
    ("RulesDialog", "Description:"): "Beskrivning:",
    "Order:": "Ordning:",
    "&Save rule": "&Spara regel",
    "No rules yet: nothing is approved automatically by rules.": (
        "Inga regler ännu: inget godkänns automatiskt av regler."
    ),
    "New rule": "Ny regel",
    "Edit rule": "Ändra regel",
    "Credits must be a number from 0 to 1000, for example 180.": (
        "Högskolepoäng måste vara ett tal från 0 till 1000, till exempel 180."
    ),
    "Give at least one programme.": "Ange minst ett program.",
    "The year must be a whole year from 1900 to %1.": "Året måste vara ett helt år från 1900 till %1.",
    "Saved. The change is sent to the server with the next sync.": (
        "Sparat. Ändringen skickas till servern vid nästa synkronisering."
    ),
    "Saved in the local database.": "Sparat i den lokala databasen.",
    "Remove rule": "Ta bort regel",
    "Remove “%1”? It stops applying to new registrations; it is kept as inactive and can be turned on again.": (
        "Ta bort ”%1”? Den slutar gälla för nya registreringar; den sparas som inaktiv och kan "
        "slås på igen."
    ),
    ("RulesDialog", "Remove"): "Ta bort",
    # The demo server's mail and SMS codes (desktop/demo_info.py)
    "Demo server": "Demoservern",
    "This is a demo: a server on this computer with made-up data. Nothing is sent: mail "
    "from the server (to an approving manager, a confirmation of a sign-up) is kept as "
    "files in the mail folder, and SMS codes for signing orders are written to a file.": (
        "Det här är en demo: en server på den här datorn med påhittade uppgifter. Ingenting "
        "skickas: e-post från servern (till en godkännande chef, en bekräftelse på en "
        "anmälan) sparas som filer i e-postmappen, och SMS-koder för att signera "
        "beställningar skrivs till en fil."
    ),
    "Server:": "Server:",
    "Mail folder:": "E-postmapp:",
    "SMS codes:": "SMS-koder:",
    "Users:": "Användare:",
    "Password:": "Lösenord:",
    "Open the mail folder": "Öppna e-postmappen",
    "Open the SMS codes": "Öppna SMS-koderna",
    "Where the demo's mail and SMS codes go, and its users": (
        "Vart demons e-post och SMS-koder tar vägen, och dess användare"
    ),
    # Sign-in: the organisation choice and a forgotten password (desktop/login.py)
    "You belong to several organisations: choose one": "Du tillhör flera organisationer: välj en",
    "Forgot password?": "Glömt lösenordet?",
    "Get a mail with a link to choose a new password": (
        "Få ett e-postmeddelande med en länk för att välja ett nytt lösenord"
    ),
    "Type your e-mail address first, then choose “Forgot password?”.": (
        "Skriv din e-postadress först och välj sedan ”Glömt lösenordet?”."
    ),
    "Asking the server…": "Frågar servern…",
    "This computer has no data of the account yet; sign in online once": (
        "Den här datorn har inga uppgifter för kontot än; logga in med anslutning en gång"
    ),
    "Your account has no access to this organisation.": (
        "Ditt konto har ingen behörighet i den här organisationen."
    ),
    "You belong to several organisations: choose one and sign in again.": (
        "Du tillhör flera organisationer: välj en och logga in igen."
    ),
    "If %1 has an account on this server, a mail with a link to choose a new password is on its way. The link works once and for a limited time.": (
        "Om %1 har ett konto på den här servern är ett e-postmeddelande med en länk för att "
        "välja ett nytt lösenord på väg. Länken fungerar en gång och under en begränsad tid."
    ),
    # Administration › Users (desktop/admin/, desktop/mainwindow.py)
    "Ad&ministration": "Ad&ministration",
    "&Users…": "&Användare…",
    "Invite users, change their roles, deactivate them, end their sessions": (
        "Bjud in användare, ändra deras roller, inaktivera dem, avsluta deras inloggningar"
    ),
    ("Roles", "Administrator"): "Administratör",
    ("Roles", "Course administrator"): "Kursadministratör",
    ("Roles", "Alumni officer"): "Alumnihandläggare",
    ("Roles", "Agent case handler"): "Handläggare (agent)",
    ("Roles", "Attestant"): "Attestant",
    ("Roles", "Treasurer"): "Kassör",
    ("Roles", "Payments, invoices, reminders, accounting settings and the SIE export"): (
        "Betalningar, fakturor, påminnelser, bokföringsinställningar och SIE-exporten"
    ),
    ("Roles", "Viewer (read only)"): "Läsare (endast läsning)",
    ("Roles", "Agent administrator"): "Agentadministratör",
    "Everything, including users, rules and personal data": (
        "Allt, även användare, regler och personuppgifter"
    ),
    "Courses, rounds, registrations and approval requests": (
        "Kurser, utbildningsomgångar, kursregistreringar och begäran om godkännande"
    ),
    "The alumni queue, student records and personal data": (
        "Alumnikön, studieregistret och personuppgifter"
    ),
    "Reviews and approves agent orders": "Granskar och godkänner agentbeställningar",
    "Signs (attests) agent orders": "Signerar (attesterar) agentbeställningar",
    "Sees the lists, changes nothing": "Ser listorna, ändrar ingenting",
    "Other role (%1)": "Annan roll (%1)",
    "Roles": "Roller",
    "Sessions": "Inloggningar",
    "Active": "Aktiv",
    "Deactivated": "Inaktiverad",
    "Never": "Aldrig",
    "Last sign-in": "Senaste inloggning",
    "Desktop sign-ins and web sessions that are open now": (
        "Inloggningar i programmet och på webben som är öppna nu"
    ),
    "The organisation must keep at least one active administrator: make someone else administrator first.": (
        "Organisationen måste ha kvar minst en aktiv administratör: gör någon annan till "
        "administratör först."
    ),
    "Only the organisation's administrators may do this.": (
        "Bara organisationens administratörer får göra detta."
    ),
    "The user or session is no longer there; the list has been refreshed.": (
        "Användaren eller inloggningen finns inte längre; listan har uppdaterats."
    ),
    "The server did not accept what was entered: %1": "Servern godtog inte det som angavs: %1",
    "The server does not know one of the roles.": "Servern känner inte till en av rollerna.",
    "Choose at least one role.": "Välj minst en roll.",
    "Too many requests; wait a minute and try again.": (
        "För många förfrågningar; vänta en minut och försök igen."
    ),
    "You cannot deactivate yourself.": "Du kan inte inaktivera dig själv.",
    "The user is deactivated: reactivate them first.": (
        "Användaren är inaktiverad: återaktivera hen först."
    ),
    "The server cannot be reached. Users are managed on the server: try again when online.": (
        "Servern går inte att nå. Användare hanteras på servern: försök igen när du är ansluten."
    ),
    "Invite user": "Bjud in användare",
    "The server mails the address an invitation with a link to choose a password (or, if the address already has an account, a note about the new roles).": (
        "Servern skickar en inbjudan med en länk för att välja lösenord till adressen (eller, "
        "om adressen redan har ett konto, ett meddelande om de nya rollerna)."
    ),
    "Send invitation": "Skicka inbjudan",
    "This is not an e-mail address.": "Det här är ingen e-postadress.",
    "Roles of %1": "Roller för %1",
    "A change applies from the user's next sync or page.": (
        "En ändring gäller från användarens nästa synkronisering eller sida."
    ),
    "Save roles": "Spara roller",
    "Sessions of %1": "Inloggningar för %1",
    "Signed in": "Inloggad",
    "Ends": "Upphör",
    "Where": "Var",
    "&Revoke": "&Avsluta",
    "End the selected session: it must sign in again": (
        "Avsluta den valda inloggningen: den måste logga in igen"
    ),
    "Re&fresh": "&Uppdatera",
    "Unnamed sign-in": "Namnlös inloggning",
    "No open sessions: the user is signed out everywhere.": (
        "Inga öppna inloggningar: användaren är utloggad överallt."
    ),
    "Users": "Användare",
    "Users of %1": "Användare i %1",
    "Filter by name, e-mail or role…": "Filtrera på namn, e-post eller roll…",
    "&Invite user…": "&Bjud in användare…",
    "Invite someone by e-mail and give them roles in this organisation": (
        "Bjud in någon via e-post och ge hen roller i den här organisationen"
    ),
    "Edit &roles…": "Ändra &roller…",
    "Change the selected user's roles": "Ändra den valda användarens roller",
    "&Deactivate": "&Inaktivera",
    "Deactivate the selected user: every sign-in of theirs ends at once": (
        "Inaktivera den valda användaren: alla hens inloggningar avslutas direkt"
    ),
    "Send password &reset": "Skicka länk för nytt &lösenord",
    "Mail the selected user a single-use link to choose a new password": (
        "Skicka en engångslänk till den valda användaren för att välja ett nytt lösenord"
    ),
    "&Sessions…": "I&nloggningar…",
    "See and end the selected user's open sign-ins": (
        "Se och avsluta den valda användarens öppna inloggningar"
    ),
    "Ask the server for the list again": "Hämta listan från servern igen",
    "User actions": "Användaråtgärder",
    "Re&activate": "&Återaktivera",
    "Mobile &phone…": "Mobil&telefon…",
    "Set the mobile phone the selected user's SMS attestation codes go to": "Ange mobilnumret som den valda användarens SMS-koder för attestering skickas till",
    "Mobile phone of %1": "Mobiltelefon för %1",
    "Mobile phone": "Mobiltelefon",
    "Where SMS attestation codes are sent": "Dit SMS-koder för attestering skickas",
    "Codes for attesting orders by SMS are sent to this number. Leave it empty to remove the number.": "Koder för att attestera beställningar med SMS skickas till det här numret. Lämna fältet tomt för att ta bort numret.",
    "Save phone": "Spara nummer",
    "This is not a phone number; write it as 070-123 45 67 or +46 70 123 45 67.": "Det här är inget telefonnummer; skriv det som 070-123 45 67 eller +46 70 123 45 67.",
    "The mobile phone of %1 was changed.": "Mobilnumret för %1 har ändrats.",
    "Users are managed on the server, and this copy of the data is not connected to one. Sign in to the server to manage users.": (
        "Användare hanteras på servern, och den här kopian av uppgifterna är inte ansluten till "
        "någon. Logga in på servern för att hantera användare."
    ),
    "Offline: users are managed on the server, and it cannot be reached now. Your other work goes on; try again when online.": (
        "Frånkopplad: användare hanteras på servern, och den går inte att nå nu. Ditt övriga "
        "arbete fortsätter; försök igen när du är ansluten."
    ),
    "No users match the filter.": "Inga användare matchar filtret.",
    "No users yet — invite someone with “Invite user…”.": (
        "Inga användare än — bjud in någon med ”Bjud in användare…”."
    ),
    "An invitation was sent to %1.": "En inbjudan skickades till %1.",
    "The roles of %1 were changed.": "Rollerna för %1 ändrades.",
    "Deactivate user": "Inaktivera användare",
    "Deactivate %1?": "Inaktivera %1?",
    "All their sessions end at once: every desktop sign-in and web page is signed out, and they cannot sign in again until reactivated. Their work stays as it is.": (
        "Alla hens inloggningar avslutas direkt: varje inloggning i programmet och på webben "
        "loggas ut, och hen kan inte logga in igen förrän hen återaktiveras. Hens arbete "
        "finns kvar som det är."
    ),
    "Deactivate": "Inaktivera",
    "Reactivate user": "Återaktivera användare",
    "Reactivate %1?": "Återaktivera %1?",
    "They can sign in again with their password.": "Hen kan logga in igen med sitt lösenord.",
    "Reactivate": "Återaktivera",
    "%1 was reactivated.": "%1 återaktiverades.",
    "%1 was deactivated; all their sessions ended.": (
        "%1 inaktiverades; alla hens inloggningar avslutades."
    ),
    "A link to choose a new password was mailed to %1.": (
        "En länk för att välja ett nytt lösenord skickades till %1."
    ),
    # -- personal fields the user's roles may not read (profile, participant import) --
    "Only administrators and alumni officers see personal identity numbers": (
        "Endast administratörer och alumnihandläggare ser personnummer"
    ),
    "Only administrators and alumni officers see birth dates": (
        "Endast administratörer och alumnihandläggare ser födelsedatum"
    ),
    "Only administrators and alumni officers see this field": (
        "Endast administratörer och alumnihandläggare ser det här fältet"
    ),
    "The file's %1 column is not imported: only administrators and alumni officers may see or change it. The participants are imported without it.": (
        "Filens kolumn %1 importeras inte: endast administratörer och alumnihandläggare får "
        "se eller ändra den. Deltagarna importeras utan den."
    ),
    # -- sync issues: field conflicts of editing commands (issue 26) --
    "Create course": "Skapa kurs",
    "Create course round": "Skapa utbildningsomgång",
    "Set the round's terms": "Ange utbildningsomgångens villkor",
    "Change sign-up form": "Ändra anmälningsformulär",
    "Add question to sign-up form": "Lägg till fråga i anmälningsformulär",
    "Remove question from sign-up form": "Ta bort fråga från anmälningsformulär",
    # -- the sign-up form editor (helper F) --
    (
        "SyncIssues",
        "Change question of sign-up form",
    ): "Ändra fråga i anmälningsformulär",
    (
        "SyncIssues",
        "Move question of sign-up form",
    ): "Flytta fråga i anmälningsformulär",
    ("SyncIssues", "Change the question “%1”"): "Ändra frågan ”%1”",
    ("SyncIssues", "Move the question “%1”"): "Flytta frågan ”%1”",
    ("SyncIssues", "Required"): "Obligatorisk",
    ("SyncIssues", "Options"): "Alternativ",
    ("SyncIssues", "Require confirmation by e-mail"): "Kräv bekräftelse via e-post",
    ("ElementDialog", "An answer is required"): "Svar krävs",
    ("ElementDialog", "One option per line"): "Ett alternativ per rad",
    ("ElementDialog", "Require confirmation by e-mail"): "Kräv bekräftelse via e-post",
    (
        "ElementDialog",
        "The manager named on the form gets an e-mail asking them to approve the registration",
    ): "Chefen som anges i formuläret får ett e-postmeddelande med en begäran om att godkänna anmälan",
    ("ElementDialog", "Question:"): "Fråga:",
    ("ElementDialog", "Options:"): "Alternativ:",
    ("FormEditor", "First name"): "Förnamn",
    ("FormEditor", "Last name"): "Efternamn",
    ("FormEditor", "E-mail"): "E-post",
    ("FormEditor", "Phone"): "Telefon",
    ("FormEditor", "Organisation"): "Organisation",
    ("FormEditor", "Personnummer"): "Personnummer",
    ("FormEditor", "Approving manager"): "Godkännande chef",
    ("FormEditor", "Text"): "Fritext",
    ("FormEditor", "Choice"): "Flerval",
    ("FormEditor", "Check box (consent)"): "Kryssruta (samtycke)",
    ("FormEditor", "New sign-up form"): "Nytt anmälningsformulär",
    ("FormEditor", "Sign-up form texts"): "Anmälningsformulärets texter",
    ("FormEditor", "Add question"): "Lägg till fråga",
    ("FormEditor", "Edit question"): "Redigera fråga",
    ("FormEditor", "Question"): "Fråga",
    ("FormEditor", "Kind"): "Typ",
    ("FormEditor", "Required"): "Obligatorisk",
    ("FormEditor", "Yes"): "Ja",
    ("FormEditor", "E-mail confirmation"): "Bekräftelse via e-post",
    (
        "FormEditor",
        "The approving manager is asked by e-mail to approve",
    ): "Den godkännande chefen ombeds godkänna via e-post",
    ("FormEditor", "Options"): "Alternativ",
    ("FormEditor", "Publication"): "Publicering",
    ("FormEditor", "Sign-up form"): "Anmälningsformulär",
    ("FormEditor", "Create sign-up form…"): "Skapa anmälningsformulär…",
    ("FormEditor", "Publish"): "Publicera",
    ("FormEditor", "Unpublish"): "Avpublicera",
    ("FormEditor", "Show"): "Visa",
    (
        "FormEditor",
        "Open the public sign-up page in your web browser",
    ): "Öppna den publika anmälningssidan i webbläsaren",
    ("FormEditor", "Copy link"): "Kopiera länk",
    (
        "FormEditor",
        "Copy the address of the public sign-up page",
    ): "Kopiera adressen till den publika anmälningssidan",
    ("FormEditor", "Heading:"): "Rubrik:",
    ("FormEditor", "Introduction:"): "Inledning:",
    ("FormEditor", "Banner image:"): "Bannerbild:",
    ("FormEditor", "Confirmation text:"): "Bekräftelsetext:",
    ("FormEditor", "Edit texts…"): "Redigera texter…",
    ("FormEditor", "Page"): "Sidan",
    ("FormEditor", "Questions"): "Frågor",
    ("FormEditor", "Add question…"): "Lägg till fråga…",
    ("FormEditor", "Edit…"): "Redigera…",
    ("FormEditor", "Move up"): "Flytta upp",
    ("FormEditor", "Move the question up (Alt+Up)"): "Flytta frågan uppåt (Alt+Upp)",
    ("FormEditor", "Move down"): "Flytta ned",
    (
        "FormEditor",
        "Move the question down (Alt+Down)",
    ): "Flytta frågan nedåt (Alt+Ned)",
    ("FormEditor", "Remove…"): "Ta bort…",
    ("FormEditor", "Remove"): "Ta bort",
    ("FormEditor", "Remove question"): "Ta bort fråga",
    (
        "FormEditor",
        "Remove the question “%1” from the form? Answers already given stay on the registrations. Ctrl+Z brings it back.",
    ): "Ta bort frågan ”%1” från formuläret? Svar som redan lämnats finns kvar på anmälningarna. Ctrl+Z tar tillbaka den.",
    ("FormEditor", "Refresh preview"): "Uppdatera förhandsvisningen",
    (
        "FormEditor",
        "Preview (as the public sees it)",
    ): "Förhandsvisning (som allmänheten ser den)",
    (
        "FormEditor",
        "Create the sign-up form to see its page here.",
    ): "Skapa anmälningsformuläret för att se sidan här.",
    ("FormEditor", "Sign-up form: %1"): "Anmälningsformulär: %1",
    ("FormEditor", "No sign-up form yet"): "Inget anmälningsformulär än",
    (
        "FormEditor",
        "Published: the page is open to the public",
    ): "Publicerat: sidan är öppen för allmänheten",
    (
        "FormEditor",
        "Not published: only staff can see the page",
    ): "Inte publicerat: bara personalen kan se sidan",
    (
        "FormEditor",
        "No questions yet — add the first one.",
    ): "Inga frågor än – lägg till den första.",
    (
        "FormEditor",
        "Create the sign-up form first.",
    ): "Skapa anmälningsformuläret först.",
    (
        "FormEditor",
        "The preview is the server's own page. It shows your changes once they have reached the server.",
    ): "Förhandsvisningen är serverns egen sida. Den visar dina ändringar när de har nått servern.",
    (
        "FormEditor",
        "The link to the sign-up page is copied.",
    ): "Länken till anmälningssidan är kopierad.",
    ("FormEditor", "Undo"): "Ångra",
    ("FormEditor", "Close"): "Stäng",
    ("FormTextsDialog", "e.g. Sign up for %1"): "t.ex. Anmälan till %1",
    ("FormTextsDialog", "Heading:"): "Rubrik:",
    ("FormTextsDialog", "Introduction:"): "Inledning:",
    ("FormTextsDialog", "Banner image (address):"): "Bannerbild (adress):",
    ("FormTextsDialog", "Confirmation text:"): "Bekräftelsetext:",
    (
        "FormTextsDialog",
        "The confirmation text is shown after a sign-up and sent in the confirmation mail. A new form is not published until you publish it.",
    ): "Bekräftelsetexten visas efter en anmälan och skickas i bekräftelsemejlet. Ett nytt formulär publiceras inte förrän du publicerar det.",
    (
        "FormOps",
        "creating the sign-up form of %1",
    ): "skapandet av anmälningsformuläret för %1",
    (
        "FormOps",
        "edit of the sign-up form of %1",
    ): "ändringen av anmälningsformuläret för %1",
    ("FormOps", "Saving the sign-up form of %1"): "Sparar anmälningsformuläret för %1",
    (
        "FormOps",
        "publishing the sign-up form of %1",
    ): "publiceringen av anmälningsformuläret för %1",
    (
        "FormOps",
        "unpublishing the sign-up form of %1",
    ): "avpubliceringen av anmälningsformuläret för %1",
    ("FormOps", "moving %1"): "flytten av %1",
    ("FormOps", "Moving %1"): "Flyttar %1",
    ("FormOps", "removing %1"): "borttagningen av %1",
    ("FormOps", "Removing %1"): "Tar bort %1",
    ("RoundPage", "Sign-up form…"): "Anmälningsformulär…",
    (
        "RoundPage",
        "Texts, questions, preview and publishing of the round's sign-up page",
    ): "Texter, frågor, förhandsvisning och publicering av omgångens anmälningssida",
    ("FormEditor", "Date"): "Datum",
    # -- end of the sign-up form editor --
    "Change alumni rule": "Ändra alumniregel",
    ("SyncIssues", "Personal identity number"): "Personnummer",
    ("SyncIssues", "Terms"): "Villkor",
    ("SyncIssues", "Terms version"): "Villkorsversion",
    ("SyncIssues", "Heading"): "Rubrik",
    ("SyncIssues", "Introduction"): "Inledning",
    ("SyncIssues", "Banner image"): "Bannerbild",
    ("SyncIssues", "Confirmation text"): "Bekräftelsetext",
    ("SyncIssues", "Rule values"): "Regelns värden",
    ("SyncIssues", "Description"): "Beskrivning",
    ("SyncIssues", "yes"): "ja",
    ("SyncIssues", "no"): "nej",
    "Changed by": "Ändrat av",
    "%1 changed %2 after you saw it; your change was not applied.": (
        "%1 ändrade %2 efter att du såg det; din ändring genomfördes inte."
    ),
    "Someone else changed %1 after you saw it; your change was not applied.": (
        "Någon annan ändrade %1 efter att du såg det; din ändring genomfördes inte."
    ),
    # -- a damaged local database rebuilt, a full disk (sync/recovery.py, sync/engine.py) --
    "The local database on this computer was missing, so a new one was made.": (
        "Den lokala databasen på den här datorn saknades, så en ny skapades."
    ),
    "The local database on this computer was damaged, so a new one was made.": (
        "Den lokala databasen på den här datorn var skadad, så en ny skapades."
    ),
    "Kept %n change(s) made here and not yet sent, to be sent to the server at the next sync.": (
        "%n ändring som gjorts här och inte skickats än behölls och skickas till servern vid "
        "nästa synkronisering.",
        "%n ändringar som gjorts här och inte skickats än behölls och skickas till servern "
        "vid nästa synkronisering.",
    ),
    "The data is fetched from the server again at the next sync.": (
        "Uppgifterna hämtas från servern igen vid nästa synkronisering."
    ),
    "The damaged file is kept at %1.": "Den skadade filen finns kvar i %1.",
    "Local database rebuilt": "Den lokala databasen återskapades",
    "The disk is full: sync paused; free some space (your unsent changes are kept)": (
        "Disken är full: synkroniseringen är pausad; frigör utrymme (dina ändringar som inte "
        "skickats än finns kvar)"
    ),
    # -- an undo after a lost answer, an oversized change (sync/engine.py, issue 26) --
    "This decision had already been carried out on the server (its answer was lost on the way), so it was not undone. A decided item cannot be decided again.": (
        "Beslutet hade redan genomförts på servern (svaret försvann på vägen), så det "
        "ångrades inte. Ett beslutat ärende kan inte beslutas igen."
    ),
    "This decision was sent to the server, but its answer did not arrive; it can be undone when you are back online.": (
        "Beslutet skickades till servern, men svaret kom aldrig fram; det kan ångras när du "
        "är uppkopplad igen."
    ),
    "This change is too large to send (%1 MB), so it never reached the server. Let it go, or make it again in smaller parts.": (
        "Ändringen är för stor för att skicka (%1 MB), så den nådde aldrig servern. Kasta "
        "den, eller gör den igen i mindre delar."
    ),
    "You took this change back before the server carried it out.": (
        "Du tog tillbaka ändringen innan servern genomförde den."
    ),
    "The local database is damaged: restart Kansli to rebuild it from the server (your unsent changes are kept)": (
        "Den lokala databasen är skadad: starta om Kansli så återskapas den från servern "
        "(dina ändringar som inte skickats än finns kvar)"
    ),
    "The disk is full: “%1” was not saved (nothing of it was). Free some space and try again; what was saved before is still there.": (
        "Disken är full: ”%1” sparades inte (inget av det). Frigör utrymme och försök igen; "
        "det som sparats tidigare finns kvar."
    ),
    # The domain's refusals (desktop/common/domain_text.py), as the server's catalog has them.
    "Personnummer is empty": "Personnumret är tomt",
    "Personnummer may contain only digits and a - or + separator": "Personnumret får bara innehålla siffror och ett skiljetecken, - eller +",
    "Personnummer has more than one separator": "Personnumret har mer än ett skiljetecken",
    "Personnummer must have the separator just before the last four digits": "Personnumret måste ha skiljetecknet precis före de fyra sista siffrorna",
    "Personnummer with a four-digit year cannot have a + separator; use -": "Ett personnummer med fyrsiffrigt årtal kan inte ha + som skiljetecken; använd -",
    "Personnummer has a year of birth before {year}": "Personnumret har ett födelseår före {year}",
    "Personnummer has a date of birth in the future": "Personnumret har ett födelsedatum i framtiden",
    "E-mail address is longer than {limit} characters": "E-postadressen är längre än {limit} tecken",
    "E-mail address is not valid: {reason}": "E-postadressen är inte giltig: {reason}",
    "Phone number is empty": "Telefonnumret är tomt",
    "Phone number must have a country code after + or 00": "Telefonnumret måste ha en landskod efter + eller 00",
    "International phone number must have {low} to {high} digits including the country code": "Ett utländskt telefonnummer måste ha {low} till {high} siffror inklusive landskoden",
    "Phone number has a 0 too many after the country code +46": "Telefonnumret har en nolla för mycket efter landskoden +46",
    "Swedish phone number is too short: it must have 8 to 10 digits including the leading 0": "Det svenska telefonnumret är för kort: det måste ha 8 till 10 siffror inklusive den inledande nollan",
    "Swedish phone number is too long: it must have 8 to 10 digits including the leading 0": "Det svenska telefonnumret är för långt: det måste ha 8 till 10 siffror inklusive den inledande nollan",
    "contains an invisible control character ({code})": "innehåller ett osynligt styrtecken ({code})",
    "must be on one line": "måste stå på en rad",
    # Importing participants (models.importing's templates, desktop/participants/import_*).
    "Manager e-mail": "Chef e-post",
    "The “{column}” cell is longer than {limit} characters": "Cellen ”{column}” är längre än {limit} tecken",
    "{email} is also on row {row}": "{email} finns också på rad {row}",
    "The same personnummer is also on row {row}": "Samma personnummer finns också på rad {row}",
    "{name} is also on row {row}": "{name} finns också på rad {row}",
    "The personnummer belongs to {pnr_name}, the e-mail address to {email_name}": "Personnumret tillhör {pnr_name}, e-postadressen {email_name}",
    "The e-mail address belongs to {name}, who has another personnummer": "E-postadressen tillhör {name}, som har ett annat personnummer",
    "Nobody in Kansli or in the file has the e-mail address {email}": "Ingen i Kansli eller i filen har e-postadressen {email}",
    "At most {limit} rows can be imported at once": "Högst {limit} rader kan importeras på en gång",
    "There is no “%1” column. The first row must name the columns, such as “%2”, “%3” and “%4”.": "Kolumnen ”%1” saknas. Första raden måste ange kolumnernas namn, till exempel ”%2”, ”%3” och ”%4”.",
    "Existing person: %1 (matched by personnummer)": "Befintlig person: %1 (hittad via personnummer)",
    "Existing person: %1 (matched by e-mail)": "Befintlig person: %1 (hittad via e-post)",
    "Existing person: %1 (matched by e-mail; the file says %2)": "Befintlig person: %1 (hittad via e-post; i filen står %2)",
    "Existing person: %1 (matched by personnummer; the file says %2)": "Befintlig person: %1 (hittad via personnummer; i filen står %2)",
    "Existing person: %1 (matched by personnummer; adds e-mail %3)": "Befintlig person: %1 (hittad via personnummer; e-postadressen %3 läggs till)",
    "Existing person: %1 (matched by personnummer; the file says %2; adds e-mail %3)": "Befintlig person: %1 (hittad via personnummer; i filen står %2; e-postadressen %3 läggs till)",
    "%1 is already on this round: skipped": "%1 finns redan på omgången: hoppas över",
    ("ImportDialog", "“%1”"): "”%1”",
    "hidden in the workbook": "dold i arbetsboken",
    "Seats on the round: %1. %n participant(s) of the file will go on its waiting list": (
        "Platser på omgången: %1. %n deltagare i filen hamnar på dess väntelista",
        "Platser på omgången: %1. %n deltagare i filen hamnar på dess väntelista",
    ),
    "Read-only columns of a Kansli export, not imported: %1": "Kolumner från en export ur Kansli som bara visar uppgifter och inte importeras: %1",
    "%n registration(s) added to the round, to be synced": (
        "%n registrering lagd till på omgången, synkas sedan",
        "%n registreringar lagda till på omgången, synkas sedan",
    ),
    "%n already in Kansli": ("%n fanns redan i Kansli", "%n fanns redan i Kansli"),
    "%n already on the round, skipped": (
        "%n redan på omgången, hoppades över",
        "%n redan på omgången, hoppades över",
    ),
    "Columns not read (Kansli does not know them): %1": "Kolumner som inte läses (Kansli känner inte till dem): %1",
    "Columns not read (an earlier column has the same meaning): %1": "Kolumner som inte läses (en tidigare kolumn betyder samma sak): %1",
    # models.tabular: why an import file cannot be read, what the reader did (desktop.common.file_text)
    "Files of type {suffix} cannot be imported: use CSV (.csv, .tsv, .txt) or Excel (.xlsx)": "Filer av typen {suffix} kan inte importeras: använd CSV (.csv, .tsv, .txt) eller Excel (.xlsx)",
    "The file is an old Excel workbook (.xls): save it as .xlsx or CSV and choose it again": "Filen är en gammal Excel-arbetsbok (.xls): spara den som .xlsx eller CSV och välj den igen",
    "The file is not a readable Excel workbook (.xlsx): it is damaged or another kind of file": "Filen är ingen läsbar Excel-arbetsbok (.xlsx): den är skadad eller en annan sorts fil",
    "The file is not a text file (line {line} holds binary data): choose a CSV or XLSX file": "Filen är ingen textfil (rad {line} innehåller binära data): välj en CSV- eller XLSX-fil",
    "The file's text encoding is not recognised: save it as CSV UTF-8 and choose it again": "Filens teckenkodning känns inte igen: spara den som CSV UTF-8 och välj den igen",
    "Line {line} is in another text encoding than line {first} (the file mixes UTF-8 with another encoding): save the file again in one encoding": "Rad {line} har en annan teckenkodning än rad {first} (filen blandar UTF-8 med en annan teckenkodning): spara filen igen med en enda teckenkodning",
    "Line {line} holds text converted to UTF-8 twice (“{sample}” where “{meant}” was meant): save the file again from the original": "Rad {line} har text som omvandlats till UTF-8 två gånger (”{sample}” där det ska stå ”{meant}”): spara filen igen från originalet",
    "Row {row} has a cell longer than {limit} characters: this is not a list the import reads": "Rad {row} har en cell med fler än {limit} tecken: det här är ingen lista som importen kan läsa",
    "Row {row} cannot be read as CSV: {detail}": "Rad {row} kan inte läsas som CSV: {detail}",
    "Row {row}: a quote is not closed, so the lines after it were read as one cell: close or remove the quote and choose the file again": "Rad {row}: ett citattecken avslutas inte, så raderna efter det lästes som en enda cell: avsluta eller ta bort citattecknet och välj filen igen",
    "Excel had stored {count} value(s) of the column {column} as numbers, which drops a leading 0 or +; it was put back (rows {rows})": "Excel hade sparat {count} värde(n) i kolumnen {column} som tal, vilket tar bort en inledande nolla eller +; den har lagts tillbaka (rad {rows})",
    "Rows {rows} are hidden in the workbook; they are read like the others": "Raderna {rows} är dolda i arbetsboken; de läses in som de övriga",
    "Excel had stored values of the column “{column}” as numbers, which drops a leading 0 or +: it was put back on rows {rows}": "Excel hade sparat värden i kolumnen ”{column}” som tal, vilket tar bort en inledande nolla eller +: den har lagts tillbaka på rad {rows}",
    "Hidden rows of the workbook, read like the others: {rows}": "Dolda rader i arbetsboken, som läses in som de övriga: {rows}",
    "Merged cells {ranges} were read into every row they cover": "De sammanfogade cellerna {ranges} har lästs in på varje rad de täcker",
    "Read from the sheet “%1” of the workbook.": "Läst från bladet ”%1” i arbetsboken.",
    "Read as CSV: text encoding %1, separator “%2”.": "Läst som CSV: teckenkodning %1, avgränsare ”%2”.",
    "Read as CSV: text encoding %1, tab-separated.": "Läst som CSV: teckenkodning %1, tabbavgränsad.",
    "The file could not be read: %1": "Filen kunde inte läsas: %1",
    # -- sync issues in words (helper B, issue 21 items 2-3) --
    ("SyncIssues", "Add %1 as a new person"): "Lägg till %1 som ny person",
    ("SyncIssues", "Change the details of %1"): "Ändra uppgifterna för %1",
    ("SyncIssues", "Add an e-mail address to %1"): "Lägg till en e-postadress för %1",
    ("SyncIssues", "Remove an e-mail address of %1"): "Ta bort en e-postadress för %1",
    ("SyncIssues", "Add a phone number to %1"): "Lägg till ett telefonnummer för %1",
    ("SyncIssues", "Change the category of %1"): "Ändra kategori för %1",
    ("SyncIssues", "Create the course %1"): "Skapa kursen %1",
    ("SyncIssues", "Create the course round %1"): "Skapa utbildningsomgången %1",
    ("SyncIssues", "Change the terms of %1"): "Ändra villkoren för %1",
    (
        "SyncIssues",
        "Register %1 on a course round",
    ): "Registrera %1 på en utbildningsomgång",
    ("SyncIssues", "Change the approving manager of %1"): "Byt godkännande chef för %1",
    (
        "SyncIssues",
        "Ask the approving manager to approve %1",
    ): "Be godkännande chef att godkänna %1",
    ("SyncIssues", "Remove the approval of %1"): "Ta bort godkännandet för %1",
    ("SyncIssues", "Cancel the registration of %1"): "Avboka kursregistreringen för %1",
    ("SyncIssues", "Move to the waiting list"): "Flytta till väntelistan",
    ("SyncIssues", "Give a place"): "Ge en plats",
    ("SyncIssues", "Accept an offered place"): "Tacka ja till en erbjuden plats",
    ("SyncIssues", "Move %1 to the waiting list"): "Flytta %1 till väntelistan",
    (
        "SyncIssues",
        "Give %1 a place from the waiting list",
    ): "Ge %1 en plats från väntelistan",
    (
        "SyncIssues",
        "Accept the place offered to %1",
    ): "Tacka ja till platsen som erbjöds %1",
    (
        "SyncIssues",
        "Change the sign-up form of %1",
    ): "Ändra anmälningsformuläret för %1",
    (
        "SyncIssues",
        "Add a question to the sign-up form",
    ): "Lägg till en fråga i anmälningsformuläret",
    ("SyncIssues", "Remove the question “%1”"): "Ta bort frågan ”%1”",
    ("SyncIssues", "Change the alumni rule “%1”"): "Ändra alumniregeln ”%1”",
    (
        "SyncIssues",
        "Approve alumni registration of %1",
    ): "Godkänn alumniregistreringen för %1",
    (
        "SyncIssues",
        "Deny alumni registration of %1",
    ): "Neka alumniregistreringen för %1",
    ("SyncIssues", "Decided"): "Beslutad",
    ("SyncIssues", "Decided by"): "Beslutad av",
    ("SyncIssues", "Approved by"): "Godkänd av",
    ("SyncIssues", "E-mail address"): "E-postadress",
    ("SyncIssues", "Phone number"): "Telefonnummer",
    ("SyncIssues", "Course round"): "Utbildningsomgång",
    ("SyncIssues", "Registered"): "Anmäld",
    ("SyncIssues", "Cancelled"): "Avbokad",
    ("SyncIssues", "Starts"): "Börjar",
    ("SyncIssues", "Ends"): "Slutar",
    ("SyncIssues", "Decision"): "Beslut",
    ("SyncIssues", "Status when you decided"): "Status när du beslutade",
    ("SyncIssues", "the automatic check"): "den automatiska kontrollen",
    (
        "SyncIssues",
        "Someone changed this on the server after you saw it.",
    ): "Någon ändrade detta på servern efter att du såg det.",
    (
        "SyncIssues",
        "What is on the server now does not allow this any more.",
    ): "Det som finns på servern nu tillåter inte detta längre.",
    (
        "SyncIssues",
        "What this change concerns is no longer on the server.",
    ): "Det som ändringen gäller finns inte längre på servern.",
    (
        "SyncIssues",
        "Your roles do not allow this change.",
    ): "Dina roller tillåter inte den här ändringen.",
    (
        "SyncIssues",
        "The server did not accept a value of this change.",
    ): "Servern godtog inte ett värde i den här ändringen.",
    (
        "SyncIssues",
        "The server refused this change.",
    ): "Servern avvisade den här ändringen.",
    ("SyncIssues", "Already decided by %1 at %2: %3."): "Redan beslutad av %1 %2: %3.",
    ("SyncIssues", "Already approved by %1 at %2."): "Redan godkänd av %1 %2.",
    "Choose per field": "Välj per fält",
    "&Keep theirs (discard mine)": "&Behåll serverns (kasta min)",
    "Discard your change; the server's values stay as they are": "Kasta din ändring; serverns värden står kvar",
    "&Apply mine again": "&Använd min igen",
    "Send your change again, over what the server has now": "Skicka din ändring igen, över det som servern har nu",
    "C&hoose per field…": "&Välj per fält…",
    "Keep yours or theirs for each changed field": "Behåll ditt eller serverns värde för varje ändrat fält",
    "The server refused %n change(s). Each is kept until you choose what to do with it.": (
        "Servern avvisade %n ändring. Den sparas tills du väljer vad som ska hända med den.",
        "Servern avvisade %n ändringar. De sparas tills du väljer vad som ska hända med dem.",
    ),
    "Refused %1": "Avvisad %1",
    "Discard your change": "Kasta din ändring",
    "The server says": "Servern säger",
    "You did": "Du gjorde",
    "On the server now": "På servern nu",
    ("Validation", "The registration is cancelled"): "Kursregistreringen är avbokad",
    (
        "Validation",
        "The registration is not approved",
    ): "Kursregistreringen är inte godkänd",
    (
        "Validation",
        "The registration has not been checked automatically yet",
    ): "Registreringen har inte kontrollerats automatiskt än",
    (
        "Validation",
        "The registration is in the manual queue; nothing to reverse",
    ): "Registreringen ligger i den manuella kön; det finns inget beslut att häva",
    (
        "Validation",
        "The membership is already terminated",
    ): "Medlemskapet är redan avslutat",
    ("Validation", "Give a reason for the denial"): "Ange ett skäl till nekandet",
    (
        "Validation",
        "An automatic decision cannot be reversed; only an officer's decision can",
    ): "Ett automatiskt beslut kan inte hävas; bara en handläggares beslut kan det",
    (
        "Validation",
        "The alumnus has terminated the membership; the decision cannot be reversed",
    ): "Alumnen har avslutat medlemskapet; beslutet kan inte hävas",
    (
        "Validation",
        "The person was merged or removed since; the decision cannot be reversed",
    ): "Personen har sedan slagits ihop eller tagits bort; beslutet kan inte hävas",
    (
        "Validation",
        "A later registration was approved on this membership; the decision cannot be reversed",
    ): "En senare registrering godkändes på grund av medlemskapet; beslutet kan inte hävas",
    (
        "Validation",
        "Give a reason for reversing the decision",
    ): "Ange ett skäl till att beslutet hävs",
    (
        "Validation",
        "Only an administrator may remove an approval",
    ): "Endast en administratör får ta bort ett godkännande",
    (
        "Validation",
        "The round ends before it starts",
    ): "Omgången slutar innan den börjar",
    ("Validation", "The terms must be accepted"): "Villkoren måste godkännas",
    ("Validation", "{round} is cancelled"): "{round} är inställd",
    ("Validation", "{person} already has {address}"): "{person} har redan {address}",
    ("SyncIssues", "Reverse alumni decision"): "Häv alumnbeslut",
    ("SyncIssues", "Import registrations"): "Importera kursregistreringar",
    ("SyncIssues", "Reverse the alumni decision on %1"): "Häv alumnbeslutet för %1",
    (
        "SyncIssues",
        "Import registrations to %1",
    ): "Importera kursregistreringar till %1",
    ("SyncIssues", "Create organisation"): "Skapa organisation",
    ("SyncIssues", "Create the organisation %1"): "Skapa organisationen %1",
    # The Organisations tab and its dialogs (issue 15, helper O).
    ("Organisations", "Main contact"): "Huvudkontakt",
    ("Organisations", "Organisation number"): "Organisationsnummer",
    ("Organisations", "Customer number"): "Kundnummer",
    ("Organisations", "Contracts"): "Kontrakt",
    ("Organisations", "Contract"): "Kontrakt",
    ("Organisations", "A&rchive customer"): "Arkivera k&und",
    ("Organisations", "Restore customer"): "Återställ kund",
    ("Organisations", "Archive co&ntract"): "Ark&ivera kontrakt",
    ("Organisations", "Restore contract"): "Återställ kontrakt",
    ("Organisations", "A&rchive organisation"): "Ark&ivera organisation",
    ("Organisations", "Restore organisation"): "Återställ organisation",
    ("Organisations", "A&rchive agent"): "Ark&ivera agent",
    ("Organisations", "Restore agent"): "Återställ agent",
    ("AgentDialog", "New agent"): "Ny agent",
    ("AgentDialog", "Edit agent"): "Ändra agent",
    ("ContactsRowDialog", "Contacts"): "Kontaktuppgifter",
    ("ContractDialog", "New contract"): "Nytt kontrakt",
    ("ContractDialog", "Edit contract"): "Ändra kontrakt",
    ("ContractDialog", "Title:"): "Benämning:",
    ("CustomerDialog", "New customer"): "Ny kund",
    ("CustomerDialog", "Edit customer"): "Ändra kund",
    ("CustomerDialog", "Customer number:"): "Kundnummer:",
    (
        "CustomerDialog",
        "An organisation that is not in the list is added under Organisations first.",
    ): "En organisation som inte finns i listan läggs först upp under Organisationer.",
    ("MainWindow", "Organisations"): "Organisationer",
    ("MainWindow", "&Organisations"): "&Organisationer",
    ("OrganisationDialog", "New organisation"): "Ny organisation",
    ("OrganisationDialog", "Edit organisation"): "Ändra organisation",
    ("OrganisationDialog", "NNNNNN-NNNN"): "NNNNNN-NNNN",
    ("OrganisationDialog", "Organisation number:"): "Organisationsnummer:",
    ("OrganisationDialog", "City:"): "Ort:",
    (
        "OrganisationsView",
        "Search name, number or city…",
    ): "Sök namn, nummer eller ort…",
    ("Organisations", "New &customer…"): "Ny &kund…",
    ("Organisations", "E&dit customer…"): "Ä&ndra kund…",
    ("Organisations", "New c&ontract…"): "Nytt k&ontrakt…",
    ("Organisations", "Edi&t contract…"): "Ändra kon&trakt…",
    ("Organisations", "New &organisation…"): "Ny &organisation…",
    ("Organisations", "E&dit organisation…"): "Ä&ndra organisation…",
    ("Organisations", "&New agent…"): "Ny agen&t…",
    ("Organisations", "E&dit agent…"): "Ä&ndra agent…",
    ("OrganisationsView", "Customers"): "Kunder",
    ("OrganisationsView", "Organisations"): "Organisationer",
    ("OrganisationsView", "Agents"): "Agenter",
    ("OrganisationsView", "Edit"): "Ändra",
    ("OrganisationsView", "Nothing matches the search."): "Inget matchar sökningen.",
    (
        "OrganisationsView",
        "No contracts yet — New contract… adds one.",
    ): "Inga kontrakt än — Nytt kontrakt… lägger till ett.",
    (
        "OrganisationsView",
        "Select a customer to see its contracts.",
    ): "Välj en kund för att se dess kontrakt.",
    (
        "OrganisationsView",
        "None yet — add one with the button below.",
    ): "Inga än — lägg till med knappen nedan.",
    ("OrganisationsView", "Contracts of %1"): "Kontrakt för %1",
    ("OrganisationsView", "Contracts"): "Kontrakt",
    ("OrganisationsView", "%n row(s)"): ("%n rad", "%n rader"),
    ("Validation", "Choose an organisation"): "Välj en organisation",
    (
        "_OrganisationChoice",
        "Type to find the organisation…",
    ): "Skriv för att hitta organisationen…",
    # Organisations, customers, contracts and agents (issue 15, helper O).
    ("SyncIssues", "Edit organisation"): "Ändra organisation",
    ("SyncIssues", "Archive organisation"): "Arkivera organisation",
    ("SyncIssues", "Create customer"): "Skapa kund",
    ("SyncIssues", "Edit customer"): "Ändra kund",
    ("SyncIssues", "Archive customer"): "Arkivera kund",
    ("SyncIssues", "Create contract"): "Skapa kontrakt",
    ("SyncIssues", "Edit contract"): "Ändra kontrakt",
    ("SyncIssues", "Archive contract"): "Arkivera kontrakt",
    ("SyncIssues", "Create agent"): "Skapa agent",
    ("SyncIssues", "Edit agent"): "Ändra agent",
    ("SyncIssues", "Archive agent"): "Arkivera agent",
    ("SyncIssues", "Change the organisation %1"): "Ändra organisationen %1",
    ("SyncIssues", "Archive the organisation %1"): "Arkivera organisationen %1",
    ("SyncIssues", "Make %1 a customer"): "Gör %1 till kund",
    ("SyncIssues", "Change the customer %1"): "Ändra kunden %1",
    ("SyncIssues", "Archive the customer %1"): "Arkivera kunden %1",
    ("SyncIssues", "Create a contract for %1"): "Skapa ett kontrakt för %1",
    ("SyncIssues", "Change the contract %1"): "Ändra kontraktet %1",
    ("SyncIssues", "Archive the contract %1"): "Arkivera kontraktet %1",
    ("SyncIssues", "Make %1 an agent"): "Gör %1 till agent",
    ("SyncIssues", "Change the agent %1"): "Ändra agenten %1",
    ("SyncIssues", "Archive the agent %1"): "Arkivera agenten %1",
    ("SyncIssues", "Organisation number"): "Organisationsnummer",
    ("SyncIssues", "Customer number"): "Kundnummer",
    (
        "Validation",
        "An organisation named {name} already exists",
    ): "Det finns redan en organisation som heter {name}",
    (
        "Validation",
        "An organisation with the number {number} already exists",
    ): "Det finns redan en organisation med numret {number}",
    (
        "Validation",
        "This organisation is a customer already",
    ): "Organisationen är redan kund",
    (
        "Validation",
        "A customer with the number {number} already exists",
    ): "Det finns redan en kund med numret {number}",
    (
        "Validation",
        "The contract ends before it starts",
    ): "Kontraktet slutar innan det börjar",
    ("SyncIssues", "Edit course"): "Ändra utbildning",
    ("SyncIssues", "Archive course"): "Arkivera utbildning",
    ("SyncIssues", "Edit course round"): "Ändra utbildningsomgång",
    ("SyncIssues", "Archive course round"): "Arkivera utbildningsomgång",
    ("SyncIssues", "Change the course %1"): "Ändra utbildningen %1",
    ("SyncIssues", "Archive the course %1"): "Arkivera utbildningen %1",
    ("SyncIssues", "Change the course round %1"): "Ändra utbildningsomgången %1",
    ("SyncIssues", "Archive the course round %1"): "Arkivera utbildningsomgången %1",
    ("SyncIssues", "Code"): "Kod",
    ("SyncIssues", "Category"): "Kategori",
    ("SyncIssues", "Course leader"): "Kursledare",
    ("SyncIssues", "Archived"): "Arkiverad",
    ("SyncIssues", "Term"): "Termin",
    ("SyncIssues", "Place"): "Plats",
    ("SyncIssues", "Seats"): "Platser",
    ("SyncIssues", "Registration opens"): "Anmälan öppnar",
    ("SyncIssues", "Registration closes"): "Anmälan stänger",
    ("SyncIssues", "Price"): "Pris",
    ("AlumniReason", "No student record found"): "Inga studieuppgifter hittades",
    ("AlumniReason", "degree awarded: {degree}"): "examen utfärdad: {degree}",
    (
        "AlumniReason",
        "No degree found in student records",
    ): "Ingen examen hittades i studieuppgifterna",
    ("AlumniReason", "credits {have} ≥ {need}"): "högskolepoäng {have} ≥ {need}",
    ("AlumniReason", "credits {have} < {need}"): "högskolepoäng {have} < {need}",
    (
        "AlumniReason",
        "No program found in student records",
    ): "Inget program hittades i studieuppgifterna",
    (
        "AlumniReason",
        "program {program} is in the list",
    ): "programmet {program} finns i listan",
    (
        "AlumniReason",
        "program {program} not in {programs}",
    ): "programmet {program} finns inte bland {programs}",
    (
        "AlumniReason",
        "No graduation year found in student records",
    ): "Inget examensår hittades i studieuppgifterna",
    ("AlumniReason", "graduated {year}, after {after}"): "examen {year}, efter {after}",
    (
        "AlumniReason",
        "graduated {year}, not after {after}",
    ): "examen {year}, inte efter {after}",
    ("UsersAdmin", "Loading users"): "Hämtar användare",
    ("UsersAdmin", "Inviting a user"): "Bjuder in en användare",
    ("UsersAdmin", "Changing a user"): "Ändrar en användare",
    (
        "UsersAdmin",
        "Sending a password reset",
    ): "Skickar en återställning av lösenordet",
    ("UsersAdmin", "Loading sessions"): "Hämtar inloggningar",
    ("UsersAdmin", "Ending a session"): "Avslutar en inloggning",
    "Yours and theirs": "Ditt och serverns",
    ("ActivitySubject", "Approval requested: {name}"): "Godkännande begärt: {name}",
    ("ActivitySubject", "Reminder sent: {name}"): "Påminnelse skickad: {name}",
    ("ActivitySubject", "Approved: {name}"): "Godkänd: {name}",
    ("ActivitySubject", "Approval requested"): "Godkännande begärt",
    ("ActivitySubject", "Approval removed"): "Godkännande borttaget",
    ("ActivitySubject", "Registration approved"): "Kursregistrering godkänd",
    (
        "ActivitySubject",
        "Alumni registration {status} (automatic check)",
    ): "Alumnregistrering {status} (automatisk kontroll)",
    ("ActivitySubject", "Alumni registration {status}"): "Alumnregistrering {status}",
    (
        "ActivitySubject",
        "Alumni decision reversed: back in the manual queue",
    ): "Alumnbeslutet ändrades tillbaka: åter i den manuella kön",
    (
        "ActivitySubject",
        "New contact details confirmed by the alumnus",
    ): "Nya kontaktuppgifter bekräftade av alumnen",
    (
        "ActivitySubject",
        "Alumni membership terminated by the alumnus",
    ): "Alumnmedlemskapet avslutat av alumnen",
    (
        "ActivitySubject",
        "{name} merged into this profile",
    ): "{name} sammanfogad med den här profilen",
    ("ActivitySubject", "received"): "inkommen",
    ("ActivitySubject", "approved (registered alumnus)"): "godkänd pga registrerad alumn",
    ("ActivitySubject", "approved registered alumnus"): "godkänd pga registrerad alumn",
    ("ActivitySubject", "approved (alumnus)"): "godkänd pga alumn",
    ("ActivitySubject", "approved alumnus"): "godkänd pga alumn",
    ("ActivitySubject", "not approved"): "ej godkänd",
    ("ActivitySubject", "approved manually"): "godkänd manuell",
    ("ActivitySubject", "denied"): "nekad",
    ("ActivitySubject", "unregistered"): "avregistrerad",
    ("Profile", "Mobile"): "Mobil",
    ("Profile", "Home"): "Hem",
    ("RowsModel", "No"): "Nej",
    ("RowsModel", "Yes"): "Ja",
    (
        "Validation",
        "Registration already approved by {email} on {day}",
    ): "Kursregistreringen är redan godkänd av {email} den {day}",
    (
        "Validation",
        "Already {status} by {by} at {when}",
    ): "Redan {status} av {by} {when}",
    (
        "Validation",
        "A choice element needs at least one option",
    ): "En flervalsfråga behöver minst ett alternativ",
    (
        "Validation",
        "Only a choice element has options",
    ): "Bara en flervalsfråga har alternativ",
    (
        "Validation",
        "The options must differ from each other",
    ): "Alternativen måste skilja sig från varandra",
    ("Validation", "Option {number} is empty"): "Alternativ {number} är tomt",
    (
        "Validation",
        "Option {number} is longer than 200 characters",
    ): "Alternativ {number} är längre än 200 tecken",
    ("Validation", "A new rule needs its kind"): "En ny regel behöver en typ",
    (
        "Validation",
        "A sign-up form cannot move to another round",
    ): "Ett anmälningsformulär kan inte flyttas till en annan omgång",
    ("Validation", "is out of range"): "är utanför det tillåtna intervallet",
    ("Validation", "must be a finite number"): "måste vara ett ändligt tal",
    ("Validation", "Organisationsnummer is empty"): "Organisationsnumret är tomt",
    (
        "Validation",
        "Organisationsnummer may contain only digits and a -",
    ): "Organisationsnumret får bara innehålla siffror och ett -",
    (
        "Validation",
        "Organisationsnummer has more than one -",
    ): "Organisationsnumret har mer än ett -",
    (
        "Validation",
        "Organisationsnummer must have 10 digits",
    ): "Organisationsnumret måste ha 10 siffror",
    (
        "Validation",
        "Organisationsnummer has a wrong check digit",
    ): "Organisationsnumret har fel kontrollsiffra",
    (
        "SyncStatus",
        "The server no longer accepts your sign-in; sign in again ({reason})",
    ): "Servern godtar inte längre din inloggning; logga in igen ({reason})",
    ("SyncStatus", "Sync failed: {reason}"): "Synkroniseringen misslyckades: {reason}",
    "Export failed": "Exporten misslyckades",
    ("SyncIssues", "nobody"): "ingen",
    # -- issue 21 items 1 and 4: actions on the shown tab's rows, feedback after actions
    "%1 and %n more": ("%1 och %n till", "%1 och %n till"),
    "%1 and %2": "%1 och %2",
    "No actions on this tab": "Inga åtgärder på den här fliken",
    "Change approving manager of %1": "Byt godkännande chef för %1",
    "Cancel the registration of %1? Their places become free.": "Avboka kursregistreringen för %1? Platserna blir lediga.",
    "Remove the approval of %1? The approving manager can approve again; the removal and its reason are recorded.": (
        "Ta bort godkännandet för %1? Den godkännande chefen kan godkänna igen; "
        "borttagningen och skälet sparas."
    ),
    "cancelled": "avbokad",
    "already approved": "redan godkänd",
    "no manager's e-mail address": "chefens e-postadress saknas",
    "reminder too soon": "påminnelse för tidigt",
    "Send reminders also where the last request is less than %n day(s) old": (
        "Skicka påminnelser även där senaste förfrågan är mindre än %n dag gammal",
        "Skicka påminnelser även där senaste förfrågan är mindre än %n dagar gammal",
    ),
    "Held back: last sent %1": "Väntar: senast skickad %1",
    "Send many e-mails": "Skicka många mejl",
    "Send %n e-mail(s) to approving managers?": (
        "Skicka %n mejl till godkännande chefer?",
        "Skicka %n mejl till godkännande chefer?",
    ),
    "Each registration's approving manager gets one e-mail; it cannot be recalled.": (
        "Varje kursregistrerings godkännande chef får ett mejl; det går inte att ta tillbaka."
    ),
    "Send %n e-mail(s)": ("Skicka %n mejl", "Skicka %n mejl"),
    "Don't send": "Skicka inte",
    "Queued for sending: requests %1, reminders %2.": "Köade för att skickas: förfrågningar %1, påminnelser %2.",
    "Skipped: %1 (%2).": "Hoppas över: %1 (%2).",
    "Refused: %1.": "Nekade: %1.",
    "Approval requests": "Förfrågningar om godkännande",
    "Days before a reminder": "Dagar före en påminnelse",
    "A reminder sooner than this after the last request is held back unless you choose to send it anyway": (
        "En påminnelse tidigare än så efter senaste förfrågan väntar, om du inte väljer att "
        "skicka den ändå"
    ),
    "Ask before sending more e-mails than": "Fråga innan fler mejl än så skickas",
    "%n page(s) saved as %1": ("%n sida sparad som %1", "%n sidor sparade som %1"),
    "Saved": "Sparad",
    ("SavedFile", "Open"): "Öppna",
    "Show in folder": "Visa i mappen",
    "Not saved": "Inte sparad",
    "The file could not be saved:\n%1": "Filen kunde inte sparas:\n%1",
    "Reason: %1. Choose another folder or file name and try again.": "Orsak: %1. Välj en annan mapp eller ett annat filnamn och försök igen.",
    # -- helper C: reversing an alumni decision, guarded profile edits (issue 21 items 5, 6)
    "Reverse decision…": "Häv beslutet…",
    "Take back this officer's decision: the item goes back to the manual queue": "Häv handläggarens beslut: ärendet går tillbaka till den manuella kön",
    "Reverse decision": "Häv beslut",
    "The decision on <b>%1</b> (%2) has reached the server. Reverse it? The item goes back to the manual queue; an approval's membership and the contact details it added are taken back.": "Beslutet om <b>%1</b> (%2) har redan nått servern. Vill du häva det? Ärendet går tillbaka till den manuella kön; ett godkännandes medlemskap och de kontaktuppgifter det lade till tas bort.",
    ("ReverseDialog", "&Reason:"): "&Skäl:",
    "Why is the decision reversed?": "Varför hävs beslutet?",
    "Reason for the reversal": "Skäl till att beslutet hävs",
    "Give a reason for the reversal.": "Ange ett skäl till att beslutet hävs.",
    "Reversing the decision": "Häver beslutet",
    "Reading": "Läser",
    "Only an officer's decision can be reversed; this one is: %1.": "Bara en handläggares beslut kan hävas; det här är: %1.",
    "reversal for %1": "hävt beslut för %1",
    "Reversal queued: %1 is back in the manual queue.": "Beslutet hävs: %1 ligger i den manuella kön igen.",
    "Reversal taken back; the decision stands.": "Hävningen togs tillbaka; beslutet står kvar.",
    "Reverse alumni decision": "Häv alumnbeslut",
    "Unsaved changes": "Osparade ändringar",
    "Save the changes to %1 before closing?": "Spara ändringarna för %1 innan du stänger?",
    "this person": "den här personen",
    "New to Kansli (%1): rows %2": "Nya i Kansli (%1): rad %2",
    "Already in Kansli (%1): rows %2": "Fanns redan i Kansli (%1): rad %2",
    "Phone added to the person (%1): rows %2": "Telefonnummer tillagt hos personen (%1): rad %2",
    "Organisation set on the person (%1): rows %2": "Organisation angiven hos personen (%1): rad %2",
    "The person's own phone kept, the file's not imported (%1): rows %2": "Personens eget telefonnummer behölls, filens importerades inte (%1): rad %2",
    "The person's own organisation kept, the file's not imported (%1): rows %2": "Personens egen organisation behölls, filens importerades inte (%1): rad %2",
    "Left out, already on the round (%1): rows %2": "Utelämnade, redan på omgången (%1): rad %2",
    "Organisations created (%1): %2": "Organisationer som skapades (%1): %2",
    "Import done": "Importen är klar",
    "Create the %n organisation(s) the file names that Kansli does not know: %1": (
        "Skapa organisationen som filen nämner och som Kansli inte känner till: %1",
        "Skapa de %n organisationer som filen nämner och som Kansli inte känner till: %1",
    ),
    "New person (organisation %1 will be created)": "Ny person (organisationen %1 skapas)",
    "phone %1 added": "telefonnummer %1 läggs till",
    "keeps their phone %1, not the file's %2": "behåller sitt telefonnummer %1, inte filens %2",
    "organisation set: %1": "organisation anges: %1",
    "keeps their organisation %1, not the file's %2": "behåller sin organisation %1, inte filens %2",
    "%n organisation(s) will be created: %1": (
        "%n organisation skapas: %1",
        "%n organisationer skapas: %1",
    ),
    # Courses and rounds administered (issue 15)
    ("CourseDialog", "New course"): "Ny utbildning",
    ("CourseDialog", "Edit course"): "Redigera utbildning",
    "No course leader": "Ingen kursledare",
    "Choose…": "Välj…",
    "Name:": "Namn:",
    "Code:": "Kod:",
    "Category:": "Kategori:",
    "Description:": "Beskrivning:",
    "Course leader:": "Kursledare:",
    "Choose course leader": "Välj kursledare",
    "Show archived": "Visa arkiverade",
    "&New course…": "&Ny utbildning…",
    "&Edit course…": "&Redigera utbildning…",
    "&Archive course": "&Arkivera utbildning",
    "New &round…": "Ny &omgång…",
    "Edi&t round…": "Redi&gera omgång…",
    "&Copy round to a new term…": "&Kopiera omgång till ny termin…",
    "Archi&ve round": "Arki&vera omgång",
    "Restore course": "Återställ utbildning",
    "Restore round": "Återställ omgång",
    ("RoundDialog", "Copy round to a new term"): "Kopiera omgång till ny termin",
    ("RoundDialog", "New round"): "Ny utbildningsomgång",
    ("RoundDialog", "Edit round"): "Redigera utbildningsomgång",
    "e.g. HT2027": "t.ex. HT2027",
    "Not limited": "Obegränsat",
    "kronor, e.g. 4 500": "kronor, t.ex. 4 500",
    "Starts:": "Startar:",
    "Ends:": "Slutar:",
    "Place:": "Plats:",
    "Seats:": "Platser:",
    "Registration opens:": "Anmälan öppnar:",
    "Registration closes:": "Anmälan stänger:",
    "Price (kr):": "Pris (kr):",
    "The sign-up form and the terms are set on the round's page.": "Anmälningsformuläret och villkoren anges på omgångens sida.",
    "creating %1": "skapandet av %1",
    ("RowOps", "edit of %1"): "ändringen av %1",
    # Person categories and new persons (issue 15, helper P).
    "%n person(s) in Kansli may be the one you are adding. Use one of them instead, or save a new person anyway.": (
        "%n person i Kansli kan vara den du lägger till. Använd den i stället, eller spara en ny person ändå.",
        "%n personer i Kansli kan vara den du lägger till. Använd en av dem i stället, eller spara en ny person ändå.",
    ),
    "Use the selected person": "Använd den valda personen",
    "Save as a new person": "Spara som ny person",
    "Back to the form": "Tillbaka till formuläret",
    "Same personnummer": "Samma personnummer",
    "Same e-mail address": "Samma e-postadress",
    "Same name and birth date": "Samma namn och födelsedatum",
    "name@example.se — several: separate with commas": "namn@exempel.se — flera: skilj dem åt med kommatecken",
    "070-123 45 67": "070-123 45 67",
    "First name:": "Förnamn:",
    "Last name:": "Efternamn:",
    "E-mail:": "E-post:",
    "Phone:": "Telefon:",
    "Personnummer:": "Personnummer:",
    "Organisation:": "Organisation:",
    "Kansli looks for people with the same e-mail, personnummer or name and birth date before it saves.": "Kansli letar efter personer med samma e-post, personnummer eller namn och födelsedatum innan det sparar.",
    ("PersonDialog", "Born"): "Född",
    ("PersonDialog", "Why"): "Varför",
    "New person…": "Ny person…",
    "No category “%1” in Kansli: add it in Edit › Person categories first.": "Ingen kategori ”%1” i Kansli: lägg först till den under Redigera › Personkategorier.",
    "Add a person to Kansli (checked for duplicates) and open the profile": "Lägg till en person i Kansli (kontrollerad mot dubbletter) och öppna profilen",
    "Nobody matches “%1”. New person… adds them.": "Ingen matchar ”%1”. Ny person… lägger till personen.",
    ("ImportDialog", "Category for all"): "Kategori för alla",
    ("ImportDialog", "No category"): "Ingen kategori",
    "Category": "Kategori",
    "Persons": "Personer",
    "No categories yet": "Inga kategorier än",
    "Person categories": "Personkategorier",
    "No categories yet — New… adds one.": "Inga kategorier än — Ny… lägger till en.",
    ("CategoriesWindow", "New…"): "Ny…",
    ("CategoriesWindow", "Rename…"): "Byt namn…",
    ("CategoriesWindow", "Archive"): "Arkivera",
    ("CategoriesWindow", "Archived"): "Arkiverad",
    ("CategoriesWindow", "In use"): "I bruk",
    ("CategoriesWindow", "Restore"): "Återställ",
    "Give or take a category": "Ge eller ta bort en kategori",
    "For %1.": "För %1.",
    "For the %n selected participant(s).": (
        "För den %n valda deltagaren.",
        "För de %n valda deltagarna.",
    ),
    "Give the category": "Ge kategorin",
    "Take the category away": "Ta bort kategorin",
    ("CategoryChoice", "Apply"): "Verkställ",
    "Choose a category…": "Välj en kategori…",
    "New category": "Ny kategori",
    "Rename category": "Byt namn på kategori",
    "A category marks persons, such as Alumnus or Board member: give it on a profile, to selected participants, or in an import.": "En kategori märker personer, till exempel Alumn eller Styrelseledamot: ge den på en profil, till valda deltagare eller vid en import.",
    "giving %1 to %n person(s)": (
        "tilldelningen av %1 till %n person",
        "tilldelningen av %1 till %n personer",
    ),
    "taking %1 from %n person(s)": (
        "borttagningen av %1 från %n person",
        "borttagningen av %1 från %n personer",
    ),
    "Setting the category %1": "Sätter kategorin %1",
    "Person &categories…": "Person&kategorier…",
    "The categories persons can have (such as Alumnus): add, rename, archive": "Kategorierna personer kan ha (till exempel Alumn): lägg till, byt namn, arkivera",
    "Give or take a category…": "Ge eller ta bort en kategori…",
    "Give the selected participants a person category, such as Alumnus": "Ge de valda deltagarna en personkategori, till exempel Alumn",
    ("PersonProfile", "Categories"): "Kategorier",
    ("SyncIssues", "Set category of several"): "Sätt kategori för flera",
    (
        "SyncIssues",
        "Change the category of several persons",
    ): "Ändra kategori för flera personer",
    "Add a person, with what you typed filled in": "Lägg till en person, ifylld med det du skrev",
    ("SyncIssues", "Create category"): "Skapa kategori",
    ("SyncIssues", "Rename category"): "Byt namn på kategori",
    ("SyncIssues", "Archive category"): "Arkivera kategori",
    ("SyncIssues", "Create the category %1"): "Skapa kategorin %1",
    ("SyncIssues", "Rename the category %1"): "Byt namn på kategorin %1",
    ("SyncIssues", "Archive the category %1"): "Arkivera kategorin %1",
    (
        "Validation",
        "A category named {name} exists already",
    ): "Det finns redan en kategori som heter {name}",
    (
        "Validation",
        "{name} is archived: restore it instead",
    ): "{name} är arkiverad: återställ den i stället",
    (
        "Validation",
        "{name} is given by the alumni processing and cannot be archived",
    ): "{name} ges av alumnihanteringen och kan inte arkiveras",
    (
        "Validation",
        "A category name needs a letter or a digit",
    ): "Ett kategorinamn behöver en bokstav eller en siffra",
    "Saving %1": "Sparar %1",
    "archiving %1": "arkiveringen av %1",
    "restoring %1": "återställningen av %1",
    "Archiving %1": "Arkiverar %1",
    ("Validation", "At most {max_length} characters"): "Högst {max_length} tecken",
    ("Validation", "Must not be negative"): "Får inte vara negativt",
    (
        "Validation",
        "Registration closes before it opens",
    ): "Anmälan stänger innan den öppnar",
    (
        "Validation",
        "Write the price in kronor, such as 4 500 or 4 500,50",
    ): "Skriv priset i kronor, till exempel 4 500 eller 4 500,50",
    ("RoundPage", "Edit round…"): "Redigera omgång…",
    "Copy to a new term…": "Kopiera till ny termin…",
    ("Courses", "%1 (archived)"): "%1 (arkiverad)",
    ("RoundPage", "Registration %1 – %2"): "Anmälan %1 – %2",
    # Contacts (seed 002: Kontaktboken, kontaktroller)
    ("Contacts", "Name"): "Namn",
    ("Contacts", "E-mail"): "E-post",
    ("Contacts", "Phone"): "Telefon",
    ("Contacts", "Main contact"): "Huvudkontakt",
    (
        "Contacts",
        "Shown in the lists; one per organisation or customer",
    ): "Visas i listorna; en per organisation eller kund",
    ("Contacts", "Notification recipient"): "Aviseringsmottagare",
    (
        "Contacts",
        "Gets the notifications sent about it",
    ): "Får aviseringarna som skickas om den",
    ("Contacts", "Link"): "Koppla",
    ("Contacts", "Organisation"): "Organisation",
    ("ContactsTab", "E-mail, name or phone…"): "E-post, namn eller telefon…",
    ("ContactsTab", "&Search"): "&Sök",
    ("ContactsTab", "+ &Contact…"): "+ &kontakt…",
    (
        "ContactsTab",
        "A new person, linked as a contact here",
    ): "En ny person, kopplad som kontakt här",
    ("ContactsTab", "&Remove contact"): "&Ta bort kontakt",
    ("ContactsTab", "Remove contact"): "Ta bort kontakt",
    (
        "ContactsTab",
        "Search results — tick to link",
    ): "Sökresultat – bocka för för att koppla",
    ("ContactsTab", "Contacts"): "Kontakter",
    ("ContactsTab", "Contacts (%1)"): "Kontakter (%1)",
    (
        "ContactsTab",
        "Remove the selected person from the contacts (not from Kansli)",
    ): "Ta bort den valda personen från kontakterna (inte från Kansli)",
    (
        "ContactsTab",
        "Save first; then contacts can be linked here.",
    ): "Spara först; sedan kan kontakter kopplas här.",
    (
        "ContactsTab",
        "Your roles let you see these contacts, not change them.",
    ): "Dina roller låter dig se kontakterna, inte ändra dem.",
    (
        "ContactsTab",
        "No contacts yet — search above and tick a person, or add one with + Contact.",
    ): "Inga kontakter ännu – sök ovan och bocka för en person, eller lägg till en med + kontakt.",
    (
        "ContactsTab",
        "Nobody found — add the person with + Contact.",
    ): "Ingen hittades – lägg till personen med + kontakt.",
    ("ContactOps", "linking %1"): "kopplingen av %1",
    ("ContactOps", "Linking %1"): "Kopplar %1",
    ("ContactOps", "removing %1"): "borttagningen av kontakten %1",
    ("ContactOps", "Removing %1"): "Tar bort kontakten %1",
    ("ContactOps", "role change of %1"): "rolländringen för %1",
    ("ContactOps", "Saving the roles of %1"): "Sparar kontaktrollerna för %1",
    ("ContactOps", "Loading contacts"): "Läser in kontakter",
    ("ContactOps", "Searching contacts"): "Söker kontakter",
    ("NewContact", "New contact"): "Ny kontakt",
    ("NewContactDialog", "+ Another e-mail address"): "+ Ytterligare en e-postadress",
    ("NewContactDialog", "E-mail address"): "E-postadress",
    ("NewContactDialog", "+ Another phone number"): "+ Ytterligare ett telefonnummer",
    ("NewContactDialog", "Phone number"): "Telefonnummer",
    ("NewContactDialog", "First name:"): "Förnamn:",
    ("NewContactDialog", "Last name:"): "Efternamn:",
    ("NewContactDialog", "E-mail:"): "E-post:",
    ("NewContactDialog", "Phone:"): "Telefon:",
    (
        "NewContactDialog",
        "The person is added to Kansli and linked as a contact here; give the roles in the list.",
    ): "Personen läggs till i Kansli och kopplas som kontakt här; ange kontaktrollerna i listan.",
    (
        "Validation",
        "Your roles do not allow changing a user's contacts",
    ): "Dina roller tillåter inte att en användares kontakter ändras",
    ("UsersWindow", "&Contacts…"): "&Kontakter…",
    (
        "UsersWindow",
        "The selected user's contacts: their own details and others to notify",
    ): "Den valda användarens kontakter: egna kontaktuppgifter och andra att avisera",
    ("UserContactsDialog", "Contacts of %1"): "Kontakter för %1",
    (
        "UserContactsDialog",
        "Add %1 as their own contact",
    ): "Lägg upp %1 som kontakt till sig själv",
    (
        "UserContactsDialog",
        "The person with the user's e-mail address (made if there is none), as Main contact and Notification recipient",
    ): "Personen med användarens e-postadress (skapas om den saknas), som huvudkontakt och aviseringsmottagare",
    (
        "UserContactsDialog",
        "A user is their own contact as Main contact (their own details) and Notification recipient (so notifications reach them).",
    ): "En användare är kontakt till sig själv som huvudkontakt (egna kontaktuppgifter) och aviseringsmottagare (så att aviseringar når fram).",
    ("SyncIssues", "Link contact"): "Koppla kontakt",
    ("SyncIssues", "Change contact roles"): "Ändra kontaktroller",
    ("SyncIssues", "Remove contact"): "Ta bort kontakt",
    ("SyncIssues", "Link %1 as a contact"): "Koppla %1 som kontakt",
    ("SyncIssues", "Change the contact roles of %1"): "Ändra kontaktrollerna för %1",
    ("SyncIssues", "Remove %1 from the contacts"): "Ta bort %1 från kontakterna",
    ("ContactsTab", "Remove"): "Ta bort",
    (
        "ContactsTab",
        "Remove %1 from the contacts here? The person stays in Kansli. Ctrl+Z brings the contact back.",
    ): "Ta bort %1 från kontakterna här? Personen finns kvar i Kansli. Ctrl+Z tar tillbaka kontakten.",
    ("ContactsTab", "Open profile"): "Öppna profilen",
    (
        "ContactsTab",
        "The selected person's profile: e-mail addresses, phone numbers, details",
    ): "Den valda personens profil: e-postadresser, telefonnummer, uppgifter",
    # end of contacts
    # round sessions (helper S)
    ("SyncIssues", "Add session"): "Lägg till kurstillfälle",
    ("SyncIssues", "Edit session"): "Ändra kurstillfälle",
    ("SyncIssues", "Remove session"): "Ta bort kurstillfälle",
    ("SyncIssues", "Add a session to %1"): "Lägg till ett kurstillfälle i %1",
    ("SyncIssues", "Day"): "Datum",
    ("SyncIssues", "Starts at"): "Starttid",
    ("SyncIssues", "Ends at"): "Sluttid",
    ("SyncIssues", "Room"): "Lokal",
    ("SyncIssues", "Note"): "Anteckning",
    "The session ends before it starts": "Kurstillfället slutar innan det börjar",
    "A session with an end time needs a start time": "Ett kurstillfälle med sluttid behöver en starttid",
    "The session is on {day}, outside the round's dates ({starts} to {ends})": "Kurstillfället är {day}, utanför utbildningsomgångens datum ({starts} till {ends})",
    "Sessions outside these dates: {count}, the first on {day}; move or remove them first": "Kurstillfällen utanför dessa datum: {count}, det första {day}; flytta eller ta bort dem först",
    "A session needs its day": "Ett kurstillfälle behöver ett datum",
    "Write the time as HH:MM, such as 09:30": "Skriv tiden som TT:MM, till exempel 09:30",
    ("RoundPage", "Sessions"): "Kurstillfällen",
    ("RoundPage", "Next session: %1"): "Nästa kurstillfälle: %1",
    ("RoundPage", "Send participant list…"): "Skicka deltagarlista…",
    (
        "RoundPage",
        "E-mail links to the participant list and attendance sheet to a customer",
    ): "Mejla länkar till deltagarlistan och närvarolistan till en kund",
    ("SyncIssues", "Send participant list"): "Skicka deltagarlista",
    ("SyncIssues", "Send the participant list of %1"): "Skicka deltagarlistan för %1",
    ("SendParticipantListDialog", "Send participant list"): "Skicka deltagarlista",
    (
        "SendParticipantListDialog",
        "The participant list and the attendance sheet of %1 are sent as links that work for 14 days, not as attachments.",
    ): "Deltagarlistan och närvarolistan för %1 skickas som länkar som fungerar i 14 dagar, inte som bilagor.",
    ("SendParticipantListDialog", "For"): "Till",
    ("SendParticipantListDialog", "For:"): "Till:",
    ("SendParticipantListDialog", "Loading…"): "Läser in…",
    ("SendParticipantListDialog", "Who gets it:"): "Mottagare:",
    (
        "SendParticipantListDialog",
        "The notification bindings of the participant list (Administration) may name other recipients too.",
    ): "Aviseringskopplingarna för deltagarlistan (Administration) kan ange fler mottagare.",
    (
        "SendParticipantListDialog",
        "You are offline: the list is sent when this computer next syncs.",
    ): "Du är offline: listan skickas nästa gång datorn synkroniserar.",
    ("SendParticipantListDialog", "Send"): "Skicka",
    ("SendParticipantListDialog", "Contract %1 (%2)"): "Kontrakt %1 (%2)",
    ("SendParticipantListDialog", "Customer %1"): "Kund %1",
    (
        "SendParticipantListDialog",
        "There are no customers to send the list to.",
    ): "Det finns inga kunder att skicka listan till.",
    (
        "SendParticipantListDialog",
        "Nobody: no contact has the role Notification recipient here. Give a contact that role on the Organisations tab.",
    ): "Ingen: ingen kontakt har rollen Aviseringsmottagare här. Ge en kontakt den rollen på fliken Organisationer.",
    ("SendParticipantListDialog", "Participant list queued for sending to %n recipient(s)."): (
        "Deltagarlistan köad för att skickas till %n mottagare.",
        "Deltagarlistan köad för att skickas till %n mottagare.",
    ),
    ("Sessions", "Day"): "Datum",
    ("Sessions", "Time"): "Tid",
    ("Sessions", "Room"): "Lokal",
    ("Sessions", "Leader"): "Ledare",
    ("Sessions", "Note"): "Anteckning",
    (
        "SessionsTab",
        "No sessions yet — Add session… plans one.",
    ): "Inga kurstillfällen än — Lägg till kurstillfälle… planerar ett.",
    ("SessionsTab", "Add session…"): "Lägg till kurstillfälle…",
    ("SessionsTab", "Edit…"): "Redigera…",
    ("SessionsTab", "Remove"): "Ta bort",
    ("Sessions", "removing the session %1"): "borttagningen av kurstillfället %1",
    ("Sessions", "Removing the session %1"): "Tar bort kurstillfället %1",
    ("SessionDialog", "New session"): "Nytt kurstillfälle",
    ("SessionDialog", "Edit session"): "Redigera kurstillfälle",
    ("SessionDialog", "HH:MM"): "TT:MM",
    ("SessionDialog", "No leader"): "Ingen ledare",
    ("SessionDialog", "Choose the session's leader"): "Välj kurstillfällets ledare",
    ("SessionDialog", "Day:"): "Datum:",
    ("SessionDialog", "Starts at:"): "Börjar kl.:",
    ("SessionDialog", "Ends at:"): "Slutar kl.:",
    ("SessionDialog", "Room:"): "Lokal:",
    ("SessionDialog", "Leader:"): "Ledare:",
    ("SessionDialog", "Note:"): "Anteckning:",
    ("SessionDialog", "the session on %1"): "kurstillfället %1",
    ("SyncIssues", "Change the session %1"): "Ändra kurstillfället %1",
    ("SyncIssues", "Remove the session %1"): "Ta bort kurstillfället %1",
    ("RoundDialog", "Copy its %n session(s), moved with the start date"): (
        "Kopiera dess %n kurstillfälle, flyttat med startdatumet",
        "Kopiera dess %n kurstillfällen, flyttade med startdatumet",
    ),
    # end of round sessions
    # agent users and the agent scope (issue 15)
    "&Agent roles…": "&Agentroller…",
    "Choose the agent organisation the selected user acts for, and their roles there": "Välj vilken agentorganisation den markerade användaren agerar för, och rollerna där",
    "The agent roles of %1 were changed.": "Agentrollerna för %1 har ändrats.",
    "Agent roles": "Agentroller",
    "Roles in an agent organisation, and which one: the user acts for it": "Roller i en agentorganisation, och vilken: användaren agerar för den",
    "an agent organisation not held here": "en agentorganisation som inte finns här",
    "Roles in the agent organisation": "Roller i agentorganisationen",
    "Granted": "Tilldelad",
    "They already have this role; the list has been refreshed.": "Användaren har redan den här rollen; listan har uppdaterats.",
    "This user acts for another agent organisation, and a user acts for one only: take their roles there away first.": "Användaren agerar för en annan agentorganisation, och en användare kan bara agera för en: ta först bort rollerna där.",
    "Only the administrators of the agent organisation may manage its users.": "Bara agentorganisationens administratörer får hantera dess användare.",
    "You may manage the users of your own agent organisation only (or the role was already taken away); the list has been refreshed.": "Du får bara hantera användarna i din egen agentorganisation (eller så var rollen redan borttagen); listan har uppdaterats.",
    "Agent organisation": "Agentorganisation",
    "Add user to %1": "Lägg till användare i %1",
    "An address without an account here is mailed an invitation to choose a password; the roles are theirs when they first sign in.": "En adress utan konto här får en inbjudan med e-post att välja lösenord; rollerna gäller från första inloggningen.",
    "Grant roles": "Tilldela roller",
    "Agent roles of %1": "Agentroller för %1",
    "No agent organisation": "Ingen agentorganisation",
    "A user acts for one agent organisation at most.": "En användare agerar för högst en agentorganisation.",
    "Agent users": "Agentens användare",
    "&Agent organisation:": "&Agentorganisation:",
    "&Add user…": "&Lägg till användare…",
    "Give someone roles in the agent organisation (an invitation if need be)": "Ge någon roller i agentorganisationen (med en inbjudan om det behövs)",
    "Change the selected user's roles in the agent organisation": "Ändra den markerade användarens roller i agentorganisationen",
    "Agent user actions": "Åtgärder för agentens användare",
    "Users of the agent %1": "Användare hos agenten %1",
    "There is no agent organisation to manage here. Agent organisations are created under Organisations; an agent's administrator sees their own.": "Det finns ingen agentorganisation att hantera här. Agentorganisationer skapas under Organisationer; en agents administratör ser sin egen.",
    "Nobody has a role in this agent organisation yet — add someone.": "Ingen har någon roll i den här agentorganisationen än — lägg till någon.",
    "An agent organisation's users are managed on the server, and this copy of the data is not connected to one. Sign in to the server to manage them.": "En agentorganisations användare hanteras på servern, och den här kopian av data är inte ansluten till någon. Logga in på servern för att hantera dem.",
    "Offline: an agent organisation's users are managed on the server, and it cannot be reached now. Your other work goes on; try again when online.": "Frånkopplad: en agentorganisations användare hanteras på servern, och den går inte att nå just nu. Ditt övriga arbete fortsätter; försök igen när du är ansluten.",
    "An invitation to %2 was sent to %1.": "En inbjudan till %2 har skickats till %1.",
    "The roles of %1 in %2 were changed.": "Rollerna för %1 i %2 har ändrats.",
    "%1 no longer has a role in %2.": "%1 har inte längre någon roll i %2.",
    "Loading the agent's users": "Hämtar agentens användare",
    "Changing agent roles": "Ändrar agentroller",
    "&Agent users…": "A&gentens användare…",
    "Give an agent organisation's users the roles Agent case handler and Attestant": "Ge en agentorganisations användare rollerna Handläggare (agent) och Attestant",
    # end of agent users
    # agent users and the agent scope (issue 15)
    "&Invite customer to order…": "&Bjud in kund att beställa…",
    "Mail someone at a customer organisation a link to order a connection": "Skicka en länk till någon hos en kundorganisation för att beställa en anslutning",
    "Invite customer to order": "Bjud in kund att beställa",
    "Type to find the organisation": "Skriv för att hitta organisationen",
    "E-mail of who orders": "E-post till den som beställer",
    "Customer &organisation": "Kund&organisation",
    "&E-mail of who orders": "&E-post till den som beställer",
    "The server mails them a link to the order page. The link is for them only, can be used once, and the order is placed in their name.": "Servern skickar en länk till beställningssidan med e-post. Länken är bara för mottagaren, kan användas en gång, och beställningen görs i mottagarens namn.",
    "Inviting needs a connection to the server, and there is none now. Try again when online.": "Inbjudan kräver anslutning till servern, och det finns ingen just nu. Försök igen när du är ansluten.",
    "A link to order for %1 was mailed to %2.": "En länk för att beställa åt %1 har skickats till %2.",
    "A link to order for %1 was mailed to %2; it can be used once, until %3.": "En länk för att beställa åt %1 har skickats till %2; den kan användas en gång, till och med %3.",
    "The customer organisation is no longer there; choose another.": "Kundorganisationen finns inte längre; välj en annan.",
    "Inviting a customer to order": "Bjuder in en kund att beställa",
    "Customer organisation": "Kundorganisation",
    # end of agent users
    # agent users and the agent scope (issue 15)
    "No orders yet — invite a customer to order with “Invite customer to order…”.": "Inga beställningar än — bjud in en kund att beställa med ”Bjud in kund att beställa…”.",
    # end of agent users
    # message templates (helper N1, issue 16)
    ("SyncIssues", "Create message template"): "Skapa meddelandemall",
    ("SyncIssues", "Edit message template"): "Ändra meddelandemall",
    ("SyncIssues", "Publish message template"): "Publicera meddelandemall",
    ("SyncIssues", "Create the message template %1"): "Skapa meddelandemallen %1",
    ("SyncIssues", "Change the message template %1"): "Ändra meddelandemallen %1",
    ("SyncIssues", "Publish the message template %1"): "Publicera meddelandemallen %1",
    "E-mail text": "E-posttext",
    "SMS text": "SMS-text",
    "A brace has no pair: write a placeholder as {example} and a brace as {braces}": "En klammerparentes saknar sin motsvarighet: skriv en platshållare som {example} och en klammerparentes som {braces}",
    "{placeholder} is not a placeholder: write a placeholder as {example}": "{placeholder} är ingen platshållare: skriv en platshållare som {example}",
    "{placeholder} is not a value of {event}: use one of {known}": "{placeholder} är inget värde för {event}: använd något av {known}",
    "{event} is not an event type of Kansli": "{event} är ingen händelsetyp i Kansli",
    "The template {name} was published as version {version} meanwhile": "Mallen {name} har publicerats som version {version} under tiden",
    "The template {name} has no changes to publish": "Mallen {name} har inga ändringar att publicera",
    "A template needs a subject or an SMS text": "En mall behöver ett ämne eller en SMS-text",
    "An e-mail needs its text": "Ett e-postmeddelande behöver sin text",
    # end of message templates
    # notification bindings and static recipients: commands and refusals (helper N3, issue 16)
    ("SyncIssues", "Create notification binding"): "Skapa aviseringskoppling",
    ("SyncIssues", "Edit notification binding"): "Ändra aviseringskoppling",
    ("SyncIssues", "Archive notification binding"): "Arkivera aviseringskoppling",
    ("SyncIssues", "Add notification recipient"): "Lägg till aviseringsmottagare",
    ("SyncIssues", "Edit notification recipient"): "Ändra aviseringsmottagare",
    ("SyncIssues", "Archive notification recipient"): "Arkivera aviseringsmottagare",
    (
        "SyncIssues",
        "Create a notification binding of %1",
    ): "Skapa en aviseringskoppling för %1",
    (
        "SyncIssues",
        "Change the notification binding of %1",
    ): "Ändra aviseringskopplingen för %1",
    (
        "SyncIssues",
        "Archive the notification binding of %1",
    ): "Arkivera aviseringskopplingen för %1",
    (
        "SyncIssues",
        "Add %1 as a notification recipient",
    ): "Lägg till %1 som aviseringsmottagare",
    (
        "SyncIssues",
        "Change the notification recipient %1",
    ): "Ändra aviseringsmottagaren %1",
    (
        "SyncIssues",
        "Archive the notification recipient %1",
    ): "Arkivera aviseringsmottagaren %1",
    ("SyncIssues", "Template"): "Mall",
    ("SyncIssues", "Applies to"): "Gäller",
    ("SyncIssues", "Recipients"): "Mottagare",
    ("SyncIssues", "Channels"): "Kanaler",
    ("SyncIssues", "Role"): "Roll",
    ("SyncIssues", "User"): "Användare",
    "The template {name} is made for {template_event}, not for {event}": "Mallen {name} är gjord för {template_event}, inte för {event}",
    "A binding for the whole tenant names no row": "En koppling för hela organisationen gäller ingen enskild rad",
    "Choose what the binding is for": "Välj vad kopplingen gäller",
    # end of notification bindings and static recipients
    # notification follow-up (helper N2)
    "&Notification follow-up…": "A&viseringsuppföljning…",
    "Every mail and SMS sent: to whom, when, and whether it arrived or failed": "Varje e-post och sms som skickats: till vem, när och om det gick fram eller misslyckades",
    "Notification follow-up": "Aviseringsuppföljning",
    "Notification actions": "Åtgärder för aviseringar",
    "&Show notification…": "&Visa avisering…",
    "The selected notification with its text": "Den valda aviseringen med sin text",
    ("NotificationFollowUpWindow", "&Export…"): "&Exportera…",
    "Write the notifications shown to an Excel or CSV file": "Skriv de aviseringar som visas till en Excel- eller CSV-fil",
    "Export notifications": "Exportera aviseringar",
    "%n notification(s) exported to %1": (
        "%n avisering exporterad till %1",
        "%n aviseringar exporterade till %1",
    ),
    "Find a recipient, subject or answer…": "Sök mottagare, ämne eller svar…",
    "No notification matches the filter.": "Ingen avisering matchar filtret.",
    "No notification matches the kind, status, channel and dates chosen.": "Ingen avisering matchar vald typ, status, kanal och datum.",
    "The newest %1 of %2 are listed: choose a kind, status or dates to see others.": "De senaste %1 av %2 visas: välj typ, status eller datum för att se andra.",
    "The follow-up of notifications is kept on the server, and this copy of the data is not connected to one. Sign in to the server to see it.": "Uppföljningen av aviseringar finns på servern, och den här kopian av datan är inte ansluten till någon. Logga in på servern för att se den.",
    "Offline: the follow-up of notifications is kept on the server, and it cannot be reached now. Your other work goes on; try again when online.": "Frånkopplad: uppföljningen av aviseringar finns på servern, och den går inte att nå just nu. Ditt övriga arbete fortsätter; försök igen när du är ansluten.",
    "Loading the notifications": "Hämtar aviseringarna",
    "Loading the notification": "Hämtar aviseringen",
    "What the mail server or SMS gateway answered last (why it failed or waits)": "Vad e-postservern eller sms-tjänsten svarade senast (varför det misslyckades eller väntar)",
    ("NotificationFollowUp", "Any"): "Alla",
    ("NotificationFollowUp", "Queued"): "Köad",
    ("NotificationFollowUp", "Sending"): "Skickas",
    ("NotificationFollowUp", "Sent"): "Skickad",
    ("NotificationFollowUp", "Failed"): "Misslyckad",
    ("NotificationFollowUp", "E-mail"): "E-post",
    ("NotificationFollowUp", "SMS"): "Sms",
    ("NotificationFollowUp", "Channel"): "Kanal",
    ("NotificationFollowUp", "Kind"): "Typ",
    ("NotificationFollowUp", "Recipient"): "Mottagare",
    ("NotificationFollowUp", "Subject"): "Ämne",
    ("NotificationFollowUp", "Answer"): "Svar",
    ("NotificationFollowUp", "Attempts"): "Försök",
    ("NotificationFollowUp", "Status"): "Status",
    "&Kind:": "&Typ:",
    "S&tatus:": "St&atus:",
    "C&hannel:": "Ka&nal:",
    "F&rom:": "F&rån:",
    "T&o:": "T&ill:",
    "From date": "Från datum",
    "To date": "Till datum",
    "Queued:": "Köad:",
    "Channel:": "Kanal:",
    "Recipient:": "Mottagare:",
    "Subject:": "Ämne:",
    "Answer:": "Svar:",
    "Attempts:": "Försök:",
    "Sent:": "Skickad:",
    "Text:": "Text:",
    "Approval request to a manager": "Begäran om godkännande till chef",
    "Offer of a place (waiting list)": "Erbjudande om plats (reservlista)",
    "Sign-up confirmation": "Anmälningsbekräftelse",
    "Sign-up already made": "Anmälan redan gjord",
    "Invitation to Kansli": "Inbjudan till Kansli",
    "Password reset": "Nytt lösenord",
    "Access granted": "Åtkomst beviljad",
    "Alumni: confirm details": "Alumner: bekräfta uppgifter",
    "Alumni: link to unregister": "Alumner: länk för avregistrering",
    "Alumni: membership ended": "Alumner: medlemskap avslutat",
    "Agent order: invitation to order": "Agentbeställning: inbjudan att beställa",
    "Agent order: received": "Agentbeställning: mottagen",
    "Agent order: awaits review": "Agentbeställning: väntar på granskning",
    "Agent order: in review": "Agentbeställning: granskas",
    "Agent order: awaits attestation": "Agentbeställning: väntar på attest",
    "Agent order: customer to attest": "Agentbeställning: kunden ska attestera",
    "Agent order: attested": "Agentbeställning: attesterad",
    "Agent order: rejected": "Agentbeställning: avvisad",
    "Agent order: start connection": "Agentbeställning: starta anslutning",
    "Agent order: case created": "Agentbeställning: ärende skapat",
    "Notice of a failed mail": "Meddelande om misslyckad e-post",
    "Signing code (SMS)": "Signeringskod (sms)",
    # end of notification follow-up (helper N2)
    # approval mail in the participant's detail (helper N2)
    "Approval mail": "Begäran per e-post",
    "Failed: %1": "Misslyckades: %1",
    "Send again…": "Skicka igen…",
    "Sent %1": "Skickat %1",
    "Waiting to be sent (queued %1)": "Väntar på att skickas (köat %1)",
    # end of approval mail (helper N2)
    # participants list: a failed approval request (helper N9)
    "Request failed": "Begäran misslyckades",
    "The request to the approving manager (%1) could not be delivered:": "Begäran till godkännande chef (%1) kunde inte levereras:",
    "Correct the manager's address, then choose Send failed request again… in the menu.": "Rätta chefens adress och välj sedan Skicka misslyckad begäran igen… i menyn.",
    "Send failed request again…": "Skicka misslyckad begäran igen…",
    "The request to the approving manager could not be delivered: send it again": "Begäran till godkännande chef kunde inte levereras: skicka den igen",
    "Again: the last one (%1) could not be delivered": "Igen: den förra (%1) kunde inte levereras",
    # end of failed approval request (helper N9)
    # notification follow-up: events, templates, recipients, outcomes (helper N9)
    ("NotificationFollowUp", "Delivered"): "Levererad",
    ("NotificationFollowUp", "Bounced"): "Studsade",
    ("NotificationFollowUp", "Participant"): "Deltagare",
    ("NotificationFollowUp", "Approving manager"): "Godkännande chef",
    (
        "NotificationFollowUp",
        "Contact (notification recipient)",
    ): "Kontakt (aviseringsmottagare)",
    ("NotificationFollowUp", "Static recipient"): "Statisk mottagare",
    ("NotificationFollowUp", "User"): "Användare",
    ("NotificationFollowUp", "Address given"): "Angiven adress",
    ("NotificationFollowUp", "%1 (version %2)"): "%1 (version %2)",
    ("NotificationFollowUp", "Shipped default"): "Standardtext",
    ("NotificationFollowUp", "Event"): "Händelse",
    ("NotificationFollowUp", "Template"): "Mall",
    (
        "NotificationFollowUp",
        "The message template and the version of it that was sent (the shipped default when no template of yours was bound)",
    ): "Meddelandemallen och den version av den som skickades (standardtexten när ingen egen mall var kopplad)",
    ("NotificationFollowUp", "Recipient as"): "Mottagare som",
    ("NotificationFollowUp", "When"): "När",
    (
        "NotificationFollowUp",
        "When it was sent, delivered or bounced",
    ): "När den skickades, levererades eller studsade",
    "Event:": "Händelse:",
    "Template:": "Mall:",
    "Recipient as:": "Mottagare som:",
    "When:": "När:",
    "E&vent:": "Hän&delse:",
    "Te&mplate:": "&Mall:",
    "No notification matches the event, template, status, channel and dates chosen.": "Ingen avisering matchar vald händelse, mall, status, kanal och datum.",
    "The newest %1 of %2 are listed: choose an event, status or days to see others.": "De senaste %1 av %2 visas: välj händelse, status eller dagar för att se andra.",
    "Re&cipient:": "M&ottagare:",
    "Address or number": "Adress eller nummer",
    "No notification matches the filters chosen above.": "Ingen avisering matchar filtren ovan.",
    ("NotificationFollowUpWindow", "Recipient"): "Mottagare",
    # end of notification follow-up (helper N9)
    # Message templates (issue 16, helper N8: desktop/admin/templates.py, template_dialog.py, template_texts.py)
    ("MainWindow", "Message &templates…"): "&Meddelandemallar…",
    (
        "MainWindow",
        "The texts of the mails and SMS Kansli sends, per event, drafted and published",
    ): "Texterna i de e-postmeddelanden och sms som Kansli skickar, per händelse, som utkast och publicerade",
    ("Templates", "Event"): "Händelse",
    ("Templates", "Template"): "Mall",
    ("Templates", "Language"): "Språk",
    ("Templates", "State"): "Läge",
    ("Templates", "Version"): "Version",
    (
        "Templates",
        "How many times it was published (0: never; nothing is sent from it)",
    ): "Hur många gånger den har publicerats (0: aldrig; inget skickas från den)",
    ("Templates", "Swedish"): "Svenska",
    ("Templates", "English"): "Engelska",
    ("Templates", "Course"): "Utbildning",
    ("Templates", "Course round"): "Utbildningsomgång",
    ("Templates", "Dates"): "Datum",
    ("Templates", "Place"): "Plats",
    ("Templates", "Session"): "Tillfälle",
    ("TemplatesWindow", "Message templates"): "Meddelandemallar",
    (
        "TemplatesWindow",
        "No templates yet: Kansli sends its shipped texts. New… makes one for an event.",
    ): "Inga mallar ännu: Kansli skickar sina medföljande texter. Ny… skapar en för en händelse.",
    ("TemplatesWindow", "&New…"): "&Ny…",
    ("TemplatesWindow", "A template for an event"): "En mall för en händelse",
    ("TemplatesWindow", "&Edit…"): "&Ändra…",
    ("TemplatesWindow", "&Publish…"): "&Publicera…",
    (
        "TemplatesWindow",
        "Make the draft what is sent",
    ): "Gör utkastet till det som skickas",
    ("TemplatesWindow", "Edit"): "Ändra",
    ("TemplatesWindow", "Drafts only"): "Bara utkast",
    ("TemplatesWindow", "Close"): "Stäng",
    (
        "TemplatesWindow",
        "A template is edited as a draft; what is sent changes only when it is published. Placeholders such as {participant_name} are filled when sent.",
    ): "En mall ändras som utkast; det som skickas ändras först när den publiceras. Platshållare som {participant_name} fylls i när meddelandet skickas.",
    ("TemplatesWindow", "Published"): "Publicerad",
    ("TemplatesWindow", "Draft"): "Utkast",
    (
        "TemplatesWindow",
        "Publish “%1” as version %2?",
    ): "Publicera ”%1” som version %2?",
    (
        "TemplatesWindow",
        "What these bindings send changes at once:",
    ): "Det dessa kopplingar skickar ändras genast:",
    (
        "TemplatesWindow",
        "No binding sends this template yet: publishing changes nothing that is sent until a binding names it.",
    ): "Ingen koppling skickar den här mallen ännu: publiceringen ändrar inget som skickas förrän en koppling anger den.",
    ("TemplatesWindow", "Publish template"): "Publicera mall",
    ("TemplatesWindow", "Publish"): "Publicera",
    (
        "TemplatesWindow",
        "Published %1 as version %2.",
    ): "%1 publicerades som version %2.",
    ("TemplateDialog", "New message template"): "Ny meddelandemall",
    ("TemplateDialog", "Edit message template"): "Ändra meddelandemall",
    ("TemplateDialog", "Event:"): "Händelse:",
    ("TemplateDialog", "Language:"): "Språk:",
    ("TemplateDialog", "%1 · %2"): "%1 · %2",
    ("TemplateDialog", "Name:"): "Namn:",
    ("TemplateDialog", "Subject:"): "Ämne:",
    ("TemplateDialog", "E-mail text:"): "E-posttext:",
    ("TemplateDialog", "SMS text:"): "Sms-text:",
    ("TemplateDialog", "Placeholders"): "Platshållare",
    ("TemplateDialog", "&Insert"): "&Infoga",
    (
        "TemplateDialog",
        "Put the chosen placeholder at the cursor of the text last edited",
    ): "Sätt in den valda platshållaren vid markören i den text som ändrades senast",
    (
        "TemplateDialog",
        "Search a row for the preview…",
    ): "Sök en rad till förhandsvisningen…",
    ("TemplateDialog", "Preview with"): "Förhandsvisa med",
    ("TemplateDialog", "Preview"): "Förhandsvisning",
    ("TemplateDialog", "Subject"): "Ämne",
    ("TemplateDialog", "E-mail"): "E-post",
    ("TemplateDialog", "SMS"): "Sms",
    ("TemplateDialog", "(fix the text first)"): "(rätta texten först)",
    (
        "TemplateDialog",
        "No row to take values from: the placeholders show their names.",
    ): "Ingen rad att hämta värden från: platshållarna visar sina namn.",
    (
        "TemplateDialog",
        "Nothing in the local database matches: the placeholders show their names.",
    ): "Inget i den lokala databasen matchar: platshållarna visar sina namn.",
    (
        "TemplateDialog",
        "Values the sending makes (such as personal links) show their names.",
    ): "Värden som skapas när meddelandet skickas (som personliga länkar) visar sina namn.",
    ("TemplateDialog", "%n character(s)"): ("%n tecken", "%n tecken"),
    ("TemplateDialog", "%n SMS"): ("%n sms", "%n sms"),
    (
        "TemplateDialog",
        "As previewed: %1, %2 (%3 per SMS)",
    ): "Som i förhandsvisningen: %1, %2 (%3 per sms)",
    (
        "TemplateDialog",
        "As previewed: %1, %2 (%3 per SMS: a character outside the SMS alphabet makes it 70)",
    ): "Som i förhandsvisningen: %1, %2 (%3 per sms: ett tecken utanför sms-alfabetet gör det 70)",
    (
        "EventTypes",
        "A registration was made (a sign-up or by staff): the confirmation to the participant",
    ): "En kursregistrering gjordes (en anmälan eller av personal): bekräftelsen till deltagaren",
    (
        "EventTypes",
        "Someone signed up again for a round they are already registered for",
    ): "Någon anmälde sig igen till en utbildningsomgång de redan är registrerade på",
    (
        "EventTypes",
        "The approving manager is asked to approve a registration",
    ): "Den godkännande chefen ombeds godkänna en kursregistrering",
    (
        "EventTypes",
        "The approving manager is reminded of a request not yet answered",
    ): "Den godkännande chefen påminns om en begäran som inte besvarats",
    (
        "EventTypes",
        "The manager approved a registration",
    ): "Chefen godkände en kursregistrering",
    ("EventTypes", "A registration was cancelled"): "En kursregistrering avbokades",
    (
        "EventTypes",
        "A freed place is offered to the next on the waiting list",
    ): "En ledig plats erbjuds nästa på väntelistan",
    (
        "EventTypes",
        "A course round opens for registration",
    ): "En utbildningsomgång öppnar för anmälan",
    (
        "EventTypes",
        "A course round starts in a few days",
    ): "En utbildningsomgång börjar om några dagar",
    (
        "EventTypes",
        "A session of a round was moved or changed",
    ): "Ett tillfälle i en utbildningsomgång flyttades eller ändrades",
    (
        "EventTypes",
        "A course round has ended: the participants are asked to evaluate it",
    ): "En utbildningsomgång har avslutats: deltagarna ombeds utvärdera den",
    (
        "EventTypes",
        "A course round has ended: its participants are offered the courses that follow it",
    ): "En utbildningsomgång har avslutats: deltagarna erbjuds kurserna som bygger vidare på den",
    (
        "EventTypes",
        "A new partner is invited to book their place on a partner course",
    ): "En ny partner bjuds in att boka sin plats på en partnerkurs",
    (
        "EventTypes",
        "A round's participant list and attendance sheet are sent as download links",
    ): "En utbildningsomgångs deltagarlista och närvarolista skickas som nedladdningslänkar",
    (
        "EventTypes",
        "An alumni registration was received",
    ): "En alumnregistrering togs emot",
    (
        "EventTypes",
        "An alumni registration was decided",
    ): "En alumnregistrering beslutades",
    (
        "EventTypes",
        "An alumni registration in a known person's name gave new contact details: the person is asked to confirm them",
    ): "En alumnregistrering i en känd persons namn gav nya kontaktuppgifter: personen ombeds bekräfta dem",
    (
        "EventTypes",
        "Someone asked to end an alumni membership: the link to confirm it",
    ): "Någon bad om att avsluta ett alumnmedlemskap: länken för att bekräfta det",
    ("EventTypes", "An alumni membership was ended"): "Ett alumnmedlemskap avslutades",
    (
        "EventTypes",
        "A customer is invited to order a connection through an agent",
    ): "En kund bjuds in att beställa en anslutning genom en agent",
    ("EventTypes", "An agent order was placed"): "En agentbeställning lades",
    (
        "EventTypes",
        "The agent started reviewing an order",
    ): "Agenten började granska en beställning",
    (
        "EventTypes",
        "The agent approved an order: it awaits the agent's attestation",
    ): "Agenten godkände en beställning: den väntar på agentens attest",
    ("EventTypes", "The agent rejected an order"): "Agenten avslog en beställning",
    (
        "EventTypes",
        "The agent attested an order: it goes to the customer's attestant",
    ): "Agenten attesterade en beställning: den går till kundens attestant",
    (
        "EventTypes",
        "The customer attested an order",
    ): "Kunden attesterade en beställning",
    (
        "EventTypes",
        "A service-desk case was opened for an attested order",
    ): "Ett ärende hos servicedesk öppnades för en attesterad beställning",
    (
        "EventTypes",
        "An invoice for a registration is sent",
    ): "En faktura för en kursregistrering skickas",
    (
        "EventTypes",
        "A reminder of an unpaid invoice",
    ): "En påminnelse om en obetald faktura",
    ("EventTypes", "A receipt for a payment"): "Ett kvitto på en betalning",
    (
        "EventTypes",
        "A user is given an account and chooses a password",
    ): "En användare får ett konto och väljer ett lösenord",
    (
        "EventTypes",
        "A user asked to reset their password",
    ): "En användare bad om att återställa sitt lösenord",
    (
        "EventTypes",
        "A user with an account is given roles in a tenant",
    ): "En användare med konto får roller i en organisation",
    (
        "Placeholders",
        "for how many days the customer's link works",
    ): "hur många dagar kundens länk fungerar",
    (
        "Placeholders",
        "how many participants the round has",
    ): "hur många deltagare utbildningsomgången har",
    (
        "Placeholders",
        "in how many days the round starts",
    ): "om hur många dagar utbildningsomgången börjar",
    (
        "Placeholders",
        "the address the ending was confirmed from",
    ): "adressen avslutet bekräftades från",
    (
        "Placeholders",
        "the address the membership was asked to end for",
    ): "adressen medlemskapet begärdes avslutat för",
    (
        "Placeholders",
        "the address the request goes to",
    ): "adressen begäran skickas till",
    (
        "Placeholders",
        "1 for the first reminder, 2 for the second",
    ): "1 för den första påminnelsen, 2 för den andra",
    ("Placeholders", "the Bankgiro number to pay to"): "bankgironumret att betala till",
    ("Placeholders", "the day the invoice was due"): "dagen då fakturan förföll",
    ("Placeholders", "the day the payment was made"): "dagen då betalningen gjordes",
    ("Placeholders", "the invoice's OCR reference"): "fakturans OCR-nummer",
    (
        "Placeholders",
        "the late interest charged with this reminder (0 kr: none)",
    ): "dröjsmålsräntan som tas ut med den här påminnelsen (0 kr: ingen)",
    ("Placeholders", "the link to the invoice as a PDF"): "länken till fakturan som PDF",
    (
        "Placeholders",
        "the reminder fee charged with this reminder (0 kr: none)",
    ): "påminnelseavgiften som tas ut med den här påminnelsen (0 kr: ingen)",
    (
        "Placeholders",
        "what is left to pay on the invoice after this payment",
    ): "vad som återstår att betala på fakturan efter den här betalningen",
    (
        "Placeholders",
        "what to pay now: what is left of the invoice, reminder fees and interest",
    ): "vad som ska betalas nu: det som återstår av fakturan, påminnelseavgifter och ränta",
    (
        "Placeholders",
        "what was paid in excess, kept as the person's credit balance (0 kr: none)",
    ): "det som betalades för mycket, sparat som personens tillgodohavande (0 kr: inget)",
    ("Placeholders", "the agent's name"): "agentens namn",
    ("Placeholders", "the amount, with its currency"): "beloppet, med valuta",
    (
        "Placeholders",
        "the answers given on the sign-up form, one per line",
    ): "svaren i anmälningsformuläret, ett per rad",
    ("Placeholders", "the approving manager's name"): "den godkännande chefens namn",
    (
        "Placeholders",
        "the course administrator's own words to the manager (may be empty)",
    ): "kursadministratörens egna ord till chefen (kan vara tomt)",
    ("Placeholders", "the course round's name"): "utbildningsomgångens namn",
    ("Placeholders", "the course's name"): "utbildningens namn",
    ("Placeholders", "the customer organisation's name"): "kundorganisationens namn",
    ("Placeholders", "the customer's attestant"): "kundens attestant",
    ("Placeholders", "the day it ended"): "dagen det avslutades",
    (
        "Placeholders",
        "the decision (approved or rejected, with the reason)",
    ): "beslutet (godkänd eller avslagen, med skälet)",
    ("Placeholders", "the evaluation's page"): "utvärderingens sida",
    ("Placeholders", "the invoice's number"): "fakturans nummer",
    ("Placeholders", "the last day of the offer"): "sista dagen för erbjudandet",
    (
        "Placeholders",
        "the last day the approval link works",
    ): "sista dagen godkännandelänken fungerar",
    ("Placeholders", "the last day the link works"): "sista dagen länken fungerar",
    (
        "Placeholders",
        "what happens next: the waiting list, or the review and why (may be empty)",
    ): "vad som händer sedan: väntelistan, eller granskningen och varför (kan vara tomt)",
    (
        "Placeholders",
        "the price: each line (course fee, discounts, membership fee, credit used) with its amount, and what is left to pay (empty when the course is free)",
    ): "priset: varje rad (kursavgift, rabatter, medlemsavgift, använt tillgodohavande) med sitt belopp, och vad som återstår att betala (tomt när kursen är gratis)",
    (
        "Placeholders",
        "what is left to pay, e.g. 200 kr (empty when the course is free)",
    ): "vad som återstår att betala, t.ex. 200 kr (tomt när kursen är gratis)",
    (
        "Placeholders",
        "the open rounds of the courses that follow, one per line",
    ): "de öppna omgångarna av kurserna som bygger vidare på den, en per rad",
    (
        "Placeholders",
        "the participant's personal link to book them",
    ): "deltagarens personliga länk för att boka dem",
    (
        "Placeholders",
        "the recipient's personal link to book the round",
    ): "mottagarens personliga länk för att boka omgången",
    (
        "Placeholders",
        "who signed up with the recipient as their partner",
    ): "vem som anmälde sig med mottagaren som sin partner",
    ("Placeholders", "the last day the links work"): "sista dagen länkarna fungerar",
    ("Placeholders", "the last day to pay"): "sista dagen att betala",
    (
        "Placeholders",
        "the link to the attendance sheet (one column per session)",
    ): "länken till närvarolistan (en kolumn per tillfälle)",
    (
        "Placeholders",
        "the link to the participant list (a page to print, and CSV for Excel)",
    ): "länken till deltagarlistan (en sida att skriva ut, och CSV för Excel)",
    (
        "Placeholders",
        "the manager's personal approval link",
    ): "chefens personliga godkännandelänk",
    ("Placeholders", "the member's first name"): "medlemmens förnamn",
    (
        "Placeholders",
        "the name of the organisation that sends it (Kansli's tenant)",
    ): "namnet på organisationen som skickar det (Kanslis organisation)",
    (
        "Placeholders",
        "the name of the person the message goes to",
    ): "namnet på personen meddelandet går till",
    (
        "Placeholders",
        "the name the alumni registration was made in",
    ): "namnet alumnregistreringen gjordes i",
    ("Placeholders", "the new details, one per line"): "de nya uppgifterna, en per rad",
    ("Placeholders", "the order's number"): "beställningens nummer",
    (
        "Placeholders",
        "the organisation the account is for",
    ): "organisationen kontot gäller",
    (
        "Placeholders",
        "the page of the order for the recipient (may be empty)",
    ): "beställningens sida för mottagaren (kan vara tomt)",
    ("Placeholders", "the participant's first name"): "deltagarens förnamn",
    ("Placeholders", "the participant's full name"): "deltagarens fullständiga namn",
    (
        "Placeholders",
        "the participant's personal link to accept or decline the place",
    ): "deltagarens personliga länk för att tacka ja eller nej till platsen",
    ("Placeholders", "the person's first name"): "personens förnamn",
    (
        "Placeholders",
        "the personal link to choose a new password",
    ): "den personliga länken för att välja ett nytt lösenord",
    (
        "Placeholders",
        "the personal link to choose a password",
    ): "den personliga länken för att välja ett lösenord",
    (
        "Placeholders",
        "the personal link to confirm them",
    ): "den personliga länken för att bekräfta dem",
    (
        "Placeholders",
        "the personal link to end the membership",
    ): "den personliga länken för att avsluta medlemskapet",
    ("Placeholders", "the personal order page"): "den personliga beställningssidan",
    (
        "Placeholders",
        "the round's dates, place and sessions, one per line",
    ): "utbildningsomgångens datum, plats och tillfällen, en per rad",
    ("Placeholders", "the round's sign-up page"): "utbildningsomgångens anmälningssida",
    ("Placeholders", "the service ordered"): "den beställda tjänsten",
    (
        "Placeholders",
        "the service-desk case's number",
    ): "ärendets nummer hos servicedesk",
    (
        "Placeholders",
        "the session as it is now: day, time, room",
    ): "tillfället som det är nu: dag, tid, lokal",
    (
        "Placeholders",
        "the sign-up form's own confirmation text (may be empty)",
    ): "anmälningsformulärets egen bekräftelsetext (kan vara tom)",
    ("Placeholders", "the user's name"): "användarens namn",
    (
        "Placeholders",
        "what happens next: the waiting list, the request to the manager (may be empty)",
    ): "vad som händer härnäst: väntelistan, begäran till chefen (kan vara tomt)",
    ("Placeholders", "when the link stops working"): "när länken slutar fungera",
    (
        "Placeholders",
        "where to pay or see the invoice",
    ): "var man betalar eller ser fakturan",
    (
        "Placeholders",
        "who approved it (their e-mail address)",
    ): "vem som godkände den (deras e-postadress)",
    ("Placeholders", "who approved the order"): "vem som godkände beställningen",
    (
        "Placeholders",
        "who attested it for the agent",
    ): "vem som attesterade den för agenten",
    (
        "Placeholders",
        "who attested it for the customer",
    ): "vem som attesterade den för kunden",
    (
        "Placeholders",
        "who will attest the order for the customer",
    ): "vem som ska attestera beställningen för kunden",
    ("Placeholders", "why the order was rejected"): "varför beställningen avslogs",
    # end of message templates (helper N8)
    # bounced addresses (helper N7)
    (
        "Bounces",
        "Mail to %1 bounced on %2; the receiving server answered: %3",
    ): "E-post till %1 studsade %2; mottagarens server svarade: %3",
    # Notification bindings and recipients (issue 16, helper N8: desktop/admin/bindings.py, recipients.py)
    ("MainWindow", "Notification &bindings…"): "Aviserings&kopplingar…",
    (
        "MainWindow",
        "Which template each event sends, where, to whom, by e-mail or SMS",
    ): "Vilken mall varje händelse skickar, var, till vem, med e-post eller sms",
    ("MainWindow", "Notification &recipients…"): "Aviseringsmottaga&re…",
    (
        "MainWindow",
        "The people who get notifications as static recipients",
    ): "De personer som får aviseringar som statiska mottagare",
    ("Bindings", "The whole organisation"): "Hela organisationen",
    ("Bindings", "Person category"): "Personkategori",
    ("Bindings", "Course"): "Utbildning",
    ("Bindings", "Course round"): "Utbildningsomgång",
    ("Bindings", "Agent"): "Agent",
    ("Bindings", "Customer"): "Kund",
    ("Bindings", "Contract"): "Kontrakt",
    ("Bindings", "The participant"): "Deltagaren",
    ("Bindings", "The approving manager"): "Den godkännande chefen",
    (
        "Bindings",
        "Contacts in the role Notification recipient",
    ): "Kontakter med rollen Aviseringsmottagare",
    ("Bindings", "Static recipients"): "Statiska mottagare",
    ("Bindings", "E-mail"): "E-post",
    ("Bindings", "SMS"): "Sms",
    ("Bindings", "Kansli's shipped text"): "Kanslis medföljande text",
    ("Bindings", "Event"): "Händelse",
    ("Bindings", "Template"): "Mall",
    ("Bindings", "Applies to"): "Gäller",
    ("Bindings", "Recipients"): "Mottagare",
    ("Bindings", "Channels"): "Kanaler",
    ("BindingDialog", "New notification binding"): "Ny aviseringskoppling",
    ("BindingDialog", "Edit notification binding"): "Ändra aviseringskoppling",
    ("BindingDialog", "Event:"): "Händelse:",
    ("BindingDialog", "Template:"): "Mall:",
    ("BindingDialog", "Which one"): "Vilken",
    ("BindingDialog", "Applies to:"): "Gäller:",
    ("BindingDialog", "Recipients:"): "Mottagare:",
    ("BindingDialog", "Channels:"): "Kanaler:",
    (
        "BindingDialog",
        "The most specific binding of an event holds: a round's before its course's, a course's before the whole organisation's.",
    ): "Den mest specifika kopplingen för en händelse gäller: en utbildningsomgångs före dess utbildnings, en utbildnings före hela organisationens.",
    ("BindingDialog", "Choose at least one recipient"): "Välj minst en mottagare",
    ("BindingDialog", "Choose e-mail, SMS or both"): "Välj e-post, sms eller båda",
    ("BindingDialog", "Choose what the binding is for"): "Välj vad kopplingen gäller",
    ("BindingsWindow", "Notification bindings"): "Aviseringskopplingar",
    (
        "BindingsWindow",
        "No bindings yet: New… says which template an event sends, to whom and how.",
    ): "Inga kopplingar ännu: Ny… anger vilken mall en händelse skickar, till vem och hur.",
    ("BindingsWindow", "The binding sends nothing more"): "Kopplingen skickar inget mer",
    (
        "BindingsWindow",
        "An event with no binding sends Kansli's shipped text to the recipients it always had.",
    ): "En händelse utan koppling skickar Kanslis medföljande text till de mottagare den alltid haft.",
    ("Recipients", "Yes"): "Ja",
    ("Recipients", "No"): "Nej",
    ("Recipients", "Name"): "Namn",
    ("Recipients", "Role"): "Roll",
    ("Recipients", "E-mail"): "E-post",
    ("Recipients", "Phone"): "Telefon",
    ("Recipients", "Login"): "Inloggning",
    (
        "Recipients",
        "A user with a login gets SMS at the phone they registered",
    ): "En användare med inloggning får sms till den telefon hen har registrerat",
    ("RecipientDialog", "New notification recipient"): "Ny aviseringsmottagare",
    ("RecipientDialog", "Edit notification recipient"): "Ändra aviseringsmottagare",
    ("RecipientDialog", "Nobody chosen"): "Ingen vald",
    ("RecipientDialog", "Choose the recipient"): "Välj mottagaren",
    ("RecipientDialog", "Person:"): "Person:",
    ("RecipientDialog", "Role:"): "Roll:",
    ("RecipientDialog", "Such as Course administrator"): "Till exempel Kursadministratör",
    (
        "RecipientDialog",
        "The person's e-mail addresses and phone numbers are used: change them on the person's profile.",
    ): "Personens e-postadresser och telefonnummer används: ändra dem i personens profil.",
    ("RecipientDialog", "Choose a person"): "Välj en person",
    ("RecipientsWindow", "Notification recipients"): "Aviseringsmottagare",
    (
        "RecipientsWindow",
        "No static recipients yet: New… adds a person who gets notifications.",
    ): "Inga statiska mottagare ännu: Ny… lägger till en person som får aviseringar.",
    (
        "RecipientsWindow",
        "The person gets no more notifications",
    ): "Personen får inga fler aviseringar",
    (
        "RecipientsWindow",
        "Static recipients get what a binding sends to static recipients, by e-mail and SMS as the binding says.",
    ): "Statiska mottagare får det som en koppling skickar till statiska mottagare, med e-post och sms som kopplingen anger.",
    ("RowsEditWindow", "&New…"): "&Ny…",
    ("RowsEditWindow", "&Edit…"): "&Ändra…",
    ("RowsEditWindow", "&Archive"): "&Arkivera",
    ("RowsEditWindow", "Edit"): "Ändra",
    ("RowsEditWindow", "Close"): "Stäng",
    (
        "RowsEditWindow",
        "Archived: %1. Edit › Undo takes it back.",
    ): "Arkiverad: %1. Redigera › Ångra tar tillbaka den.",
    # end of notification bindings and recipients (helper N8)
    (
        "Placeholders",
        "that the approving manager was asked to approve it (may be empty)",
    ): "att den godkännande chefen har ombetts godkänna den (kan vara tomt)",
    (
        "Placeholders",
        "what happens next: the waiting list (may be empty)",
    ): "vad som händer härnäst: väntelistan (kan vara tomt)",
    ("RecipientDialog", "No login"): "Ingen inloggning",
    (
        "RecipientDialog",
        "A user (the list needs a connection)",
    ): "En användare (listan kräver anslutning)",
    ("RecipientDialog", "Login:"): "Inloggning:",
    ("SyncIssues", "Create membership type"): "Skapa medlemskapstyp",
    ("SyncIssues", "Edit membership type"): "Ändra medlemskapstyp",
    ("SyncIssues", "Archive membership type"): "Arkivera medlemskapstyp",
    ("SyncIssues", "Create price rule"): "Skapa prisregel",
    ("SyncIssues", "Edit price rule"): "Ändra prisregel",
    ("SyncIssues", "Archive price rule"): "Arkivera prisregel",
    ("SyncIssues", "Create discount"): "Skapa rabatt",
    ("SyncIssues", "Edit discount"): "Ändra rabatt",
    ("SyncIssues", "Archive discount"): "Arkivera rabatt",
    ("SyncIssues", "Add membership"): "Lägg till medlemskap",
    ("SyncIssues", "Edit membership"): "Ändra medlemskap",
    ("SyncIssues", "Remove membership"): "Ta bort medlemskap",
    ("SyncIssues", "Set cancellation terms"): "Ange avbokningsvillkor",
    # Accounting › Payment settings… (issue 18, desktop/admin/payment_settings.py)
    ("MainWindow", "&Payment settings…"): "&Betalningsinställningar…",
    ("MainWindow", "Bankgiro, due days, reminders and late interest, the invoices' sender"): (
        "Bankgiro, betalningsvillkor, påminnelser och dröjsmålsränta, fakturornas avsändare"
    ),
    ("PaymentSettingsDialog", "Payment settings"): "Betalningsinställningar",
    ("PaymentSettingsDialog", " days"): " dagar",
    ("PaymentSettingsDialog", "NNN-NNNN or NNNN-NNNN"): "NNN-NNNN eller NNNN-NNNN",
    ("PaymentSettingsDialog", "0: no fee; at most 60 kr by law"): (
        "0: ingen avgift; högst 60 kr enligt lag"
    ),
    ("PaymentSettingsDialog", "Late interest:"): "Dröjsmålsränta:",
    ("PaymentSettingsDialog", "Charged: reference rate + 8 percentage points"): (
        "Tas ut: referensräntan + 8 procentenheter"
    ),
    ("PaymentSettingsDialog", "Riksbanken's reference rate, e.g. 2,50"): (
        "Riksbankens referensränta, t.ex. 2,50"
    ),
    ("PaymentSettingsDialog", "NNNNNN-NNNN"): "NNNNNN-NNNN",
    ("PaymentSettingsDialog", "None: invoices only"): "Inga: bara fakturor",
    ("PaymentSettingsDialog", "Stripe (card)"): "Stripe (kort)",
    ("PaymentSettingsDialog", "Swish"): "Swish",
    ("PaymentSettingsDialog", "Bankgiro number:"): "Bankgironummer:",
    ("PaymentSettingsDialog", "Invoices due after:"): "Fakturor förfaller efter:",
    ("PaymentSettingsDialog", "Grace before the first reminder:"): (
        "Frist före första påminnelsen:"
    ),
    ("PaymentSettingsDialog", "Second reminder after:"): "Andra påminnelsen efter:",
    ("PaymentSettingsDialog", "Reminder fee (kr):"): "Påminnelseavgift (kr):",
    ("PaymentSettingsDialog", "Reference rate (%):"): "Referensränta (%):",
    ("PaymentSettingsDialog", "Sender on invoices:"): "Avsändare på fakturor:",
    ("PaymentSettingsDialog", "Sender's address:"): "Avsändarens adress:",
    ("PaymentSettingsDialog", "Organisation number:"): "Organisationsnummer:",
    ("PaymentSettingsDialog", "Card payments:"): "Kortbetalningar:",
    (
        "PaymentSettingsDialog",
        "A booking keeps the payment terms it was made under (due days, reminder fee, late "
        "interest): a change holds for new bookings. Invoices are sent only once a Bankgiro "
        "number is set.",
    ): (
        "En bokning behåller betalningsvillkoren den gjordes med (betalningstid, "
        "påminnelseavgift, dröjsmålsränta): en ändring gäller nya bokningar. Fakturor skickas "
        "först när ett bankgironummer är angivet."
    ),
    ("PaymentSettingsDialog", "change of the payment settings"): (
        "ändringen av betalningsinställningarna"
    ),
    ("Validation", "Bankgiro number may contain only digits and a -"): (
        "Bankgironumret får bara innehålla siffror och ett -"
    ),
    ("Validation", "Bankgiro number has more than one -"): "Bankgironumret har mer än ett -",
    ("Validation", "Bankgiro number must have 7 or 8 digits"): (
        "Bankgironumret ska ha 7 eller 8 siffror"
    ),
    ("Validation", "Bankgiro number must have the - just before the last four digits"): (
        "Bankgironumret ska ha - precis före de fyra sista siffrorna"
    ),
    ("Validation", "Bankgiro number has a wrong check digit"): (
        "Bankgironumret har fel kontrollsiffra"
    ),
    ("Validation", "Set the Bankgiro number before a reminder fee: invoices need it"): (
        "Ange bankgironumret före en påminnelseavgift: fakturorna behöver det"
    ),
    ("Validation", "The payment settings were changed meanwhile (version {theirs})"): (
        "Betalningsinställningarna ändrades under tiden (version {theirs})"
    ),
    ("Validation", "Write the rate in percent, such as 2,50"): (
        "Skriv räntan i procent, till exempel 2,50"
    ),
    ("SyncIssues", "Set payment settings"): "Ange betalningsinställningar",
    ("SyncIssues", "Add a prerequisite"): "Lägg till förkunskapskrav",
    ("SyncIssues", "Remove a prerequisite"): "Ta bort förkunskapskrav",
    ("SyncIssues", "Add a level approval"): "Lägg till nivågodkännande",
    ("SyncIssues", "Remove a level approval"): "Ta bort nivågodkännande",
    ("SyncIssues", "Accept a sign-up after review"): "Godta en anmälan efter granskning",
    ("SyncIssues", "Decline a sign-up after review"): "Avslå en anmälan efter granskning",
    (
        "SyncIssues",
        "Accept the sign-up of %1 after review",
    ): "Godta anmälan från %1 efter granskning",
    (
        "SyncIssues",
        "Decline the sign-up of %1 after review",
    ): "Avslå anmälan från %1 efter granskning",
    ("SyncIssues", "Partner course"): "Partnerkurs",
    ("SyncIssues", "Waiting for review"): "Väntar på granskning",
    ("ActivitySubject", "Sign-up declined after review"): "Anmälan avslogs efter granskning",
    ("Validation", "A course cannot require itself"): "En kurs kan inte kräva sig själv",
    ("Validation", "Choose an attestant"): "Välj en attestant",
    ("Validation", "Give a reason for the rejection"): "Ange ett skäl till avslaget",
    (
        "Validation",
        "You approved this order as case handler in this session; sign out and sign in again to attest it",
    ): "Du godkände den här beställningen som handläggare i den här sessionen; logga ut och logga in igen för att attestera den",
    (
        "Validation",
        "Changed terms need a new version, so earlier consents keep theirs",
    ): "Ändrade villkor behöver en ny version, så att tidigare samtycken behåller sina",
    (
        "Validation",
        "A participant is not their own partner",
    ): "En deltagare kan inte vara sin egen partner",
    (
        "Validation",
        "The banner must be an http(s) address of an image, as in https://example.se/b.png",
    ): "Bannern måste vara en http(s)-adress till en bild, som https://example.se/b.png",
    (
        "Validation",
        "Only the approving manager element can require confirmation by e-mail",
    ): "Bara frågan om godkännande chef kan kräva bekräftelse via e-post",
    (
        "Validation",
        "A question cannot go after itself",
    ): "En fråga kan inte placeras efter sig själv",
    (
        "Validation",
        "The questions are on different sign-up forms",
    ): "Frågorna finns på olika anmälningsformulär",
    (
        "Validation",
        "The registration has no approving manager with an e-mail address",
    ): "Anmälan har ingen godkännande chef med e-postadress",
    (
        "Validation",
        "The registration is already on the waiting list",
    ): "Anmälan står redan på väntelistan",
    (
        "Validation",
        "The registration is not on the waiting list",
    ): "Anmälan står inte på väntelistan",
    (
        "Validation",
        "Only a registration on the waiting list can be offered a place",
    ): "Bara en anmälan på väntelistan kan erbjudas en plats",
    (
        "Validation",
        "The registration has no offered place to accept",
    ): "Anmälan har ingen erbjuden plats att tacka ja till",
    ("Validation", "OCR reference is empty"): "OCR-numret är tomt",
    (
        "Validation",
        "OCR reference may contain only digits",
    ): "OCR-numret får bara innehålla siffror",
    ("Validation", "OCR reference has a wrong check digit"): "OCR-numret har fel kontrollsiffra",
    (
        "Validation",
        "OCR reference has a wrong length digit (the second last digit)",
    ): "OCR-numret har fel längdsiffra (den näst sista siffran)",
    ("Validation", "Bankgiro number is empty"): "Bankgironumret är tomt",
    (
        "Validation",
        "Organisationsnummer must have the - just before the last four digits",
    ): "Organisationsnumret måste ha - precis före de fyra sista siffrorna",
    (
        "Validation",
        "Organisationsnummer must have 20 or more as third and fourth digits (this looks like a personnummer)",
    ): "Organisationsnumret måste ha 20 eller mer som tredje och fjärde siffra (det här ser ut som ett personnummer)",
    (
        "Validation",
        "Organisationsnummer with 12 digits must start with 16",
    ): "Ett organisationsnummer med 12 siffror måste börja med 16",
    (
        "Validation",
        "A discount's amount must be between 0 and {most} öre",
    ): "Rabattens belopp måste vara mellan 0 och {most} öre",
    (
        "Validation",
        "A discount's percentage must be between 0 and 100",
    ): "Rabattens procentsats måste vara mellan 0 och 100",
    (
        "Validation",
        "A price must be between 0 and {most} öre",
    ): "Ett pris måste vara mellan 0 och {most} öre",
    (
        "Validation",
        "A VAT rate must be between 0 and 100 %",
    ): "En momssats måste vara mellan 0 och 100 %",
    (
        "Validation",
        "An administrative fee must be between 0 and {most} öre",
    ): "En administrativ avgift måste vara mellan 0 och {most} öre",
    ("Validation", "An account is four digits (BAS)"): "Ett konto har fyra siffror (BAS)",
    (
        "Validation",
        "An object code is one line without edge spaces",
    ): "En objektkod är en rad utan mellanslag först eller sist",
    (
        "Validation",
        "This purpose already has an account for this scope: edit that one",
    ): "Det här ändamålet har redan ett konto här: ändra det i stället",
    ("Validation", "OCR reference carries no number"): "OCR-numret innehåller inget nummer",
    (
        "Validation",
        "{required} already requires {course}, directly or through other courses",
    ): "{required} kräver redan {course}, direkt eller genom andra kurser",
    ("Validation", "{course} already requires {required}"): "{course} kräver redan {required}",
    ("Validation", "The registration waits for review: accept or decline it"): (
        "Anmälan väntar på granskning: godta eller avslå den"
    ),
    ("Validation", "The registration does not wait for review"): (
        "Anmälan väntar inte på granskning"
    ),
    ("SyncIssues", "Fee"): "Avgift",
    ("SyncIssues", "VAT rate"): "Momssats",
    ("SyncIssues", "Account"): "Konto",
    ("SyncIssues", "Base price"): "Grundpris",
    ("SyncIssues", "Membership type"): "Medlemskapstyp",
    ("SyncIssues", "Condition"): "Villkor",
    ("SyncIssues", "Amount"): "Belopp",
    ("SyncIssues", "Percentage"): "Procent",
    ("SyncIssues", "Combines with other discounts"): "Kombineras med andra rabatter",
    ("SyncIssues", "Valid from"): "Gäller från",
    ("SyncIssues", "Valid until"): "Gäller till och med",
    ("SyncIssues", "Book by"): "Boka senast",
    ("SyncIssues", "Member since"): "Medlem från",
    ("SyncIssues", "Member until"): "Medlem till och med",
    "Approval request failed": "Begäran om godkännande misslyckades",
    ("RowsEditWindow", "&Restore"): "&Återställ",
    ("RowsEditWindow", "%1 (archived)"): "%1 (arkiverad)",
    ("RowsEditWindow", "Restored: %1."): "Återställd: %1.",
    ("TemplatesWindow", "New &language version…"): "Ny &språkversion…",
    (
        "TemplatesWindow",
        "The same template in the other language: a binding sends each recipient the version in their language",
    ): "Samma mall på det andra språket: en koppling skickar varje mottagare versionen på deras språk",
    ("Bounces", "%1 (bounced)"): "%1 (studsar)",
    ("Booking", "Always"): "Alltid",
    (
        "Booking",
        "Registered on another course the same term",
    ): "Anmäld till en annan kurs samma termin",
    ("Booking", "Early booking"): "Tidig anmälan",
    ("Booking", "Student"): "Student",
    ("Booking", "Family member registered"): "En familjemedlem är anmäld",
    ("Booking", "Adds to the other discounts"): "Läggs till de andra rabatterna",
    ("Booking", "Only the largest such discount counts"): "Bara den största sådana rabatten räknas",
    ("Booking", "All courses"): "Alla kurser",
    ("Booking", "A course category"): "En kurskategori",
    ("Booking", "One course round"): "En kursomgång",
    ("Booking", "Name"): "Namn",
    ("Booking", "Fee"): "Avgift",
    ("Booking", "VAT"): "Moms",
    ("Booking", "Account"): "Konto",
    ("Booking", "For"): "Gäller",
    ("Booking", "When"): "När",
    ("Booking", "Discount"): "Rabatt",
    ("Booking", "Valid"): "Giltig",
    ("Booking", "Order"): "Ordning",
    ("Booking", "Price"): "Pris",
    ("Booking", "Membership fee"): "Medlemsavgift",
    ("DiscountDialog", "New discount"): "Ny rabatt",
    ("DiscountDialog", "Edit discount"): "Ändra rabatt",
    ("DiscountDialog", "Such as Two courses the same term"): "Till exempel Två kurser samma termin",
    ("DiscountDialog", "An amount (kr)"): "Ett belopp (kr)",
    ("DiscountDialog", "A percentage of the price"): "En procent av priset",
    ("DiscountDialog", "YYYY-MM-DD (empty: no limit)"): "ÅÅÅÅ-MM-DD (tomt: ingen gräns)",
    ("DiscountDialog", "Name:"): "Namn:",
    ("DiscountDialog", "When:"): "När:",
    ("DiscountDialog", "Discount:"): "Rabatt:",
    ("DiscountDialog", "Size:"): "Storlek:",
    ("DiscountDialog", "With others:"): "Med andra:",
    ("DiscountDialog", "Book by:"): "Anmäl senast:",
    ("DiscountDialog", "Valid from:"): "Gäller från:",
    ("DiscountDialog", "Valid until:"): "Gäller till och med:",
    ("DiscountDialog", "Order:"): "Ordning:",
    (
        "DiscountDialog",
        "Discounts are counted in their order, each shown to the participant as a line of the "
        "price; together they never take a course below zero.",
    ): (
        "Rabatterna räknas i sin ordning och visas för deltagaren som var sin rad i priset; "
        "tillsammans gör de aldrig en kurs billigare än noll."
    ),
    ("DiscountsWindow", "Discounts"): "Rabatter",
    (
        "DiscountsWindow",
        "No discounts yet: New… adds one, such as for a second course.",
    ): "Inga rabatter än: Ny… lägger till en, till exempel för en andra kurs.",
    (
        "DiscountsWindow",
        "A booking keeps the price it was made with: changing a discount changes new "
        "sign-ups only.",
    ): (
        "En bokning behåller priset den gjordes med: en ändrad rabatt ändrar bara nya anmälningar."
    ),
    ("DiscountsWindow", "New sign-ups no longer get it"): "Nya anmälningar får den inte längre",
    ("DiscountsWindow", "(by %1)"): "(senast %1)",
    ("DiscountsWindow", "Always"): "Alltid",
    ("MainWindow", "&Prices…"): "&Priser…",
    (
        "MainWindow",
        "What courses cost: for all courses, a category or one round",
    ): "Vad kurserna kostar: för alla kurser, en kategori eller en omgång",
    ("MainWindow", "&Discounts…"): "Ra&batter…",
    (
        "MainWindow",
        "Discounts of sign-ups, such as for a second course the same term",
    ): "Rabatter på anmälningar, till exempel för en andra kurs samma termin",
    ("MainWindow", "&Membership types…"): "Medlemskaps&typer…",
    (
        "MainWindow",
        "Membership types and the fee a non-member pays with a course",
    ): "Medlemskapstyper och avgiften en icke-medlem betalar med en kurs",
    ("MembershipTypeDialog", "New membership type"): "Ny medlemskapstyp",
    ("MembershipTypeDialog", "Edit membership type"): "Ändra medlemskapstyp",
    ("MembershipTypeDialog", "Such as Membership 2027"): "Till exempel Medlemskap 2027",
    ("MembershipTypeDialog", "Name:"): "Namn:",
    ("MembershipTypeDialog", "Fee (kr):"): "Avgift (kr):",
    (
        "MembershipTypeDialog",
        "Someone who is not a member on a round's first day pays the fee with the course, "
        "when the round's price rule names this membership type.",
    ): (
        "Den som inte är medlem på omgångens första dag betalar avgiften med kursen, när "
        "omgångens prisregel anger den här medlemskapstypen."
    ),
    ("MembershipTypesWindow", "Membership types"): "Medlemskapstyper",
    (
        "MembershipTypesWindow",
        "No membership types yet: New… adds one with its fee.",
    ): "Inga medlemskapstyper än: Ny… lägger till en med dess avgift.",
    (
        "MembershipTypesWindow",
        "Price rules can no longer name it; members stay members",
    ): "Prisregler kan inte längre ange den; medlemmar förblir medlemmar",
    ("PriceDialog", "New price rule"): "Ny prisregel",
    ("PriceDialog", "Edit price rule"): "Ändra prisregel",
    ("PriceDialog", "Empty: the round's own price"): "Tomt: omgångens eget pris",
    ("PriceDialog", "No membership fee"): "Ingen medlemsavgift",
    ("PriceDialog", "Price (kr):"): "Pris (kr):",
    ("PriceDialog", "Membership fee:"): "Medlemsavgift:",
    (
        "PriceDialog",
        "A round costs its own price when it has one, else the most specific rule's (its "
        "category's, else all courses'). The discounts of every level count.",
    ): (
        "En omgång kostar sitt eget pris när den har ett, annars den mest specifika regelns "
        "(kategorins, annars alla kursers). Rabatterna på alla nivåer räknas."
    ),
    ("PricesWindow", "Prices"): "Priser",
    (
        "PricesWindow",
        "No price rules yet: New… sets what the courses of a level cost.",
    ): "Inga prisregler än: Ny… anger vad kurserna på en nivå kostar.",
    (
        "PricesWindow",
        "A booking keeps the price it was made with: changing a rule changes new sign-ups only.",
    ): ("En bokning behåller priset den gjordes med: en ändrad regel ändrar bara nya anmälningar."),
    ("PricesWindow", "Its courses cost what the wider rules say"): (
        "Dess kurser kostar vad de bredare reglerna säger"
    ),
    ("Validation", "Write the amount in kronor, such as 1 000 or 1 000,50"): (
        "Skriv beloppet i kronor, till exempel 1 000 eller 1 000,50"
    ),
    ("Validation", "Write the day as YYYY-MM-DD"): "Skriv dagen som ÅÅÅÅ-MM-DD",
    ("Validation", "Write the percentage, such as 10"): "Skriv procenten, till exempel 10",
    ("Validation", "A percentage is between 0 and 100"): "En procentsats är mellan 0 och 100",
    ("Validation", "A discount is either an amount or a percentage"): (
        "En rabatt är antingen ett belopp eller en procentsats"
    ),
    ("Validation", "An early-booking discount needs its last day"): (
        "En rabatt för tidig anmälan behöver sin sista dag"
    ),
    ("Validation", "A discount's validity ends before it starts"): (
        "Rabattens giltighet slutar innan den börjar"
    ),
    ("Validation", "Name the category or round the rule is for"): (
        "Ange kategorin eller omgången som regeln gäller"
    ),
    ("Validation", "A rule for the whole tenant names no scope"): (
        "En regel för alla kurser anger ingen kategori eller omgång"
    ),
    ("Validation", "A membership ends before it starts"): "Medlemskapet slutar innan det börjar",
    ("Validation", "The refund less the fee ends before the full refund does"): (
        "Återbetalningen med avdrag slutar innan den fulla återbetalningen gör det"
    ),
    ("Validation", "This scope already has a price rule: edit that one"): (
        "Det finns redan en prisregel för detta: ändra den"
    ),
    (
        "Validation",
        "The cancellation terms of {round} were changed meanwhile (version {theirs})",
    ): "Avbokningsvillkoren för {round} ändrades under tiden (version {theirs})",
    ("Booking", "Category %1"): "Kategori %1",
    ("Bindings", "Everyone the event is about (as without a binding)"): (
        "Alla som händelsen gäller (som utan koppling)"
    ),
    ("PersonProfile", "Account"): "Konto",
    ("Account", "Booking"): "Bokning",
    ("Account", "Payment"): "Betalning",
    ("Account", "Cancellation"): "Avbokning",
    ("Account", "Refund"): "Återbetalning",
    ("Account", "Correction"): "Rättelse",
    ("Account", "Day"): "Dag",
    ("Account", "What"): "Vad",
    ("Account", "Reference"): "Referens",
    ("Account", "Owed"): "Att betala",
    ("Account", "Credit"): "Tillgodo",
    ("AccountTab", "Not asked yet."): "Inte efterfrågat än.",
    ("AccountTab", "No transactions."): "Inga transaktioner.",
    ("AccountTab", "&Refresh"): "&Uppdatera",
    ("AccountTab", "Ask the server again"): "Fråga servern igen",
    ("AccountTab", "Asking the server…"): "Frågar servern…",
    ("AccountTab", "Owes %1 · Credit balance %2"): "Att betala %1 · Tillgodohavande %2",
    ("AccountTab", "The account is kept on the server: connect to see it."): (
        "Kontot finns på servern: anslut för att se det."
    ),
    ("AccountTab", "The account could not be read: %1"): "Kontot kunde inte läsas: %1",
    ("CancellationTermsDialog", "Cancellation terms of %1"): "Avbokningsvillkor för %1",
    ("CancellationTermsDialog", "YYYY-MM-DD (empty: no such period)"): (
        "ÅÅÅÅ-MM-DD (tomt: ingen sådan period)"
    ),
    ("CancellationTermsDialog", "Credit balance for later bookings"): (
        "Tillgodohavande för senare bokningar"
    ),
    ("CancellationTermsDialog", "Money paid back"): "Pengar tillbaka",
    ("CancellationTermsDialog", "A cancellation gets money back (else nothing)"): (
        "En avbokning får pengar tillbaka (annars inget)"
    ),
    ("CancellationTermsDialog", "Everything back until:"): "Allt tillbaka till och med:",
    (
        "CancellationTermsDialog",
        "Back less the fee until:",
    ): "Tillbaka minus avgiften till och med:",
    ("CancellationTermsDialog", "Administrative fee (kr):"): "Administrativ avgift (kr):",
    ("CancellationTermsDialog", "Returned as:"): "Återbetalas som:",
    (
        "CancellationTermsDialog",
        "Shown to participants when they sign up. A booking keeps the terms it was made under: "
        "a change holds for new sign-ups.",
    ): (
        "Visas för deltagarna när de anmäler sig. En bokning behåller villkoren den gjordes "
        "under: en ändring gäller nya anmälningar."
    ),
    ("CancellationTermsDialog", "change of the cancellation terms of %1"): (
        "ändringen av avbokningsvillkoren för %1"
    ),
    ("RoundPage", "Cancellation terms…"): "Avbokningsvillkor…",
    (
        "RoundPage",
        "Until when a cancellation gets its money back, less which fee, and how",
    ): "Till när en avbokning får pengarna tillbaka, minus vilken avgift, och hur",
    ("Booking", "The category's name"): "Kategorins namn",
    ("Booking", "VAT:"): "Moms:",
    ("Booking", "Account:"): "Konto:",
    ("Booking", "For:"): "Gäller:",
    ("Booking", "Category:"): "Kategori:",
    # -- issue 17: the booking's checks in the desktop (helper D) -----------------------------
    ("Review", "Has not completed {course}"): "Har inte gått {course}",
    ("Review", "Fees overdue: {amount}"): "Förfallna avgifter: {amount}",
    ("Review", "acceptance of %1"): "beslutet att godta %1",
    ("Review", "decline of %1"): "beslutet att avslå %1",
    ("Review", "Why it waits"): "Varför den väntar",
    ("Review", "Signed up"): "Anmäld",
    ("DeclineDialog", "Decline sign-up"): "Avslå anmälan",
    (
        "DeclineDialog",
        "Decline the sign-up of %1? The registration is cancelled.",
    ): "Avslå anmälan från %1? Kursregistreringen avbokas.",
    ("DeclineDialog", "&Reason (optional):"): "&Skäl (frivilligt):",
    ("DeclineDialog", "Reason for declining"): "Skäl till att anmälan avslås",
    ("DeclineDialog", "Decline"): "Avslå",
    ("ReviewWindow", "Sign-ups for review"): "Anmälningar att granska",
    (
        "ReviewWindow",
        "No sign-ups wait for review: every booking met the course's checks.",
    ): "Inga anmälningar väntar på granskning: varje bokning klarade utbildningens kontroller.",
    (
        "ReviewWindow",
        "A sign-up waits here when the participant has not completed a course the round "
        "requires, or has fees overdue. Accept gives a place (the waiting list when the round "
        "is full) and charges the booking; Decline cancels it. Keys: A accept, D decline, U undo.",
    ): (
        "En anmälan väntar här när deltagaren inte har gått en utbildning som omgången kräver, "
        "eller har förfallna avgifter. Godta ger en plats (väntelistan när omgången är full) och "
        "debiterar bokningen; Avslå avbokar den. Tangenter: A godta, D avslå, U ångra."
    ),
    ("ReviewWindow", "Accepted: %1 has a place."): "Godtagen: %1 har fått en plats.",
    (
        "ReviewWindow",
        "Accepted: %1 is on the waiting list (the round is full).",
    ): "Godtagen: %1 står på väntelistan (omgången är full).",
    ("ReviewWindow", "Accepted: %1."): "Godtagen: %1.",
    ("ReviewWindow", "Declined: %1."): "Avslagen: %1.",
    ("ReviewWindow", "U takes it back while it is not sent."): (
        "U ångrar beslutet så länge det inte är skickat."
    ),
    ("ReviewWindow", "&Accept"): "&Godta",
    ("ReviewWindow", "Give a place (A)"): "Ge en plats (A)",
    ("ReviewWindow", "&Decline…"): "&Avslå…",
    ("ReviewWindow", "Cancel the sign-up (D)"): "Avboka anmälan (D)",
    ("ReviewWindow", "Accept"): "Godta",
    ("ReviewWindow", "Decline"): "Avslå",
    ("Prerequisites", "Required course"): "Krävd utbildning",
    ("PrerequisitesWindow", "Prerequisites of %1"): "Förkunskapskrav för %1",
    (
        "PrerequisitesWindow",
        "No prerequisites: anyone may book. Add the courses to complete first.",
    ): "Inga förkunskapskrav: alla kan boka. Lägg till utbildningarna som ska vara gångna först.",
    (
        "PrerequisitesWindow",
        "A booking gets a place when the participant has completed every course listed (a "
        "round of it that has ended) or has a leader's level approval for it; otherwise the "
        "sign-up waits in Go › Sign-ups for review.",
    ): (
        "En bokning får en plats när deltagaren har gått varje utbildning i listan (en omgång "
        "av den som har slutat) eller har en ledares nivågodkännande för den; annars väntar "
        "anmälan under Gå till › Anmälningar att granska."
    ),
    ("PrerequisitesWindow", "Course to require"): "Utbildning att kräva",
    ("PrerequisitesWindow", "&Add"): "&Lägg till",
    ("PrerequisitesWindow", "&Remove"): "&Ta bort",
    ("PrerequisitesWindow", "Re&quires:"): "&Kräver:",
    ("PrerequisitesWindow", "Remove"): "Ta bort",
    ("PrerequisitesWindow", "Choose a course…"): "Välj en utbildning…",
    ("PrerequisitesWindow", "Choose the course to require first."): (
        "Välj först utbildningen att kräva."
    ),
    ("PrerequisitesWindow", "Added: %1."): "Tillagd: %1.",
    ("PrerequisitesWindow", "Remove prerequisite"): "Ta bort förkunskapskrav",
    ("PrerequisitesWindow", "Should %1 no longer require %2?"): "Ska %1 inte längre kräva %2?",
    ("PrerequisitesWindow", "Keep"): "Behåll",
    ("PrerequisitesWindow", "Removed: %1. Edit › Undo restores it."): (
        "Borttagen: %1. Redigera › Ångra tar tillbaka den."
    ),
    ("Levels", "How"): "Hur",
    ("Levels", "Day"): "Dag",
    ("Levels", "Note"): "Anteckning",
    ("Levels", "Approved by %1"): "Godkänd av %1",
    ("Levels", "Completed %1"): "Gått %1",
    ("LevelApprovalDialog", "Add level approval"): "Lägg till nivågodkännande",
    ("LevelApprovalDialog", "Choose a course…"): "Välj en utbildning…",
    ("LevelApprovalDialog", "The leader's name"): "Ledarens namn",
    ("LevelApprovalDialog", "Course:"): "Utbildning:",
    ("LevelApprovalDialog", "Approved on:"): "Godkänd den:",
    ("LevelApprovalDialog", "Approved by:"): "Godkänd av:",
    ("LevelApprovalDialog", "Note:"): "Anteckning:",
    (
        "LevelApprovalDialog",
        "Counts as the course completed: a booking of a course that requires it gets a place "
        "without waiting for review.",
    ): (
        "Räknas som att utbildningen är gången: en bokning av en utbildning som kräver den får "
        "en plats utan att vänta på granskning."
    ),
    ("Validation", "Choose the course"): "Välj utbildningen",
    ("LevelsTab", "No completed courses or level approvals yet."): (
        "Inga gångna utbildningar eller nivågodkännanden ännu."
    ),
    ("LevelsTab", "Add level approval…"): "Lägg till nivågodkännande…",
    ("LevelsTab", "Remove approval"): "Ta bort godkännandet",
    ("LevelsTab", "Removed the approval of %1. Edit › Undo restores it."): (
        "Tog bort godkännandet av %1. Redigera › Ångra tar tillbaka det."
    ),
    "For review": "Väntar på granskning",
    "Levels": "Nivåer",
    ("RoundPage", "&Partner course"): "&Partnerkurs",
    ("RoundPage", "Participants sign up in pairs: each booking names the partner"): (
        "Deltagarna anmäler sig i par: varje bokning anger partnern"
    ),
    ("CoursesView", "&Prerequisites…"): "&Förkunskapskrav…",
    ("CoursesView", "The courses a participant must have completed before booking this one"): (
        "Utbildningarna en deltagare måste ha gått innan hen bokar den här"
    ),
    ("MainWindow", "Sign-ups for &review…"): "Anmälningar att &granska…",
    (
        "MainWindow",
        "Bookings that wait for review: a required course missing, fees overdue",
    ): "Bokningar som väntar på granskning: en krävd utbildning saknas, förfallna avgifter",
    ("Courses", "Requires %1"): "Kräver %1",
    ("ReviewWindow", "Open &profile"): "Öppna &profil",
    ("ReviewWindow", "The participant's courses and level approvals (Return)"): (
        "Deltagarens gångna utbildningar och nivågodkännanden (Retur)"
    ),
    ("ReviewWindow", "Open profile"): "Öppna profil",
    ("RoundDialog", "Partner course:"): "Partnerkurs:",
    ("RoundDialog", "Participants sign up in pairs"): "Deltagarna anmäler sig i par",
    ("AddRegistrationDialog", "No partner"): "Ingen partner",
    ("AddRegistrationDialog", "Choose partner"): "Välj partner",
    ("AddRegistrationDialog", "Partner"): "Partner",
    ("RegistrationDetailPane", "Why it waits"): "Varför den väntar",
    ("RegistrationDetailPane", "Partner"): "Partner",
    ("CoursesView", "%n sign-up(s) for review"): (
        "%n anmälan att granska",
        "%n anmälningar att granska",
    ),
    ("CoursesView", "Go › Sign-ups for review…"): "Gå till › Anmälningar att granska…",
    ("Reminders", "Reminded"): "Påmind",
    ("Reminders", "For collection"): "För inkasso",
    ("Reminders", "Invoice"): "Faktura",
    ("Reminders", "Person"): "Person",
    ("Reminders", "OCR"): "OCR",
    ("Reminders", "Due"): "Förfallodag",
    ("Reminders", "Reminder"): "Påminnelse",
    ("Reminders", "The last reminder sent: 1 or 2"): "Den senast skickade påminnelsen: 1 eller 2",
    ("Reminders", "Reminded on"): "Påmind den",
    ("Reminders", "Left to pay"): "Kvar att betala",
    ("Reminders", "What is left of the invoice's amount"): "Det som återstår av fakturans belopp",
    ("Reminders", "Fees"): "Avgifter",
    ("Reminders", "Interest"): "Ränta",
    ("Reminders", "To pay"): "Att betala",
    (
        "Reminders",
        "Left to pay, the reminder fees and the late interest",
    ): "Kvar att betala, påminnelseavgifterna och dröjsmålsräntan",
    ("Reminders", "Stage"): "Läge",
    ("Reminders", "Loading reminders"): "Hämtar påminnelser",
    (
        "UsersAdmin",
        "Invoices and their reminders are kept on the server, and this copy of the data is not connected to one. Sign in to the server to see them.",
    ): "Fakturor och deras påminnelser finns på servern, och den här kopian av data är inte ansluten till någon. Logga in på servern för att se dem.",
    (
        "UsersAdmin",
        "Offline: invoices and their reminders are kept on the server, and it cannot be reached now. Your other work goes on; try again when online.",
    ): "Offline: fakturor och deras påminnelser finns på servern, och den kan inte nås just nu. Ditt övriga arbete fortsätter; försök igen när du är online.",
    ("RemindersWindow", "Reminders"): "Påminnelser",
    ("RemindersWindow", "Reminded and for collection"): "Påminda och för inkasso",
    ("RemindersWindow", "For collection only"): "Bara för inkasso",
    ("RemindersWindow", "Show"): "Visa",
    ("RemindersWindow", "&Show:"): "&Visa:",
    ("RemindersWindow", "Reminder actions"): "Åtgärder för påminnelser",
    (
        "RemindersWindow",
        "Filter by invoice number, person or OCR…",
    ): "Filtrera på fakturanummer, person eller OCR…",
    (
        "RemindersWindow",
        "No invoice is reminded and unpaid.",
    ): "Ingen faktura är påmind och obetald.",
    (
        "RemindersWindow",
        "%1 reminded · %2 for collection · %3 to pay",
    ): "%1 påminda · %2 för inkasso · %3 att betala",
    (
        "RemindersWindow",
        "No reminded invoice matches the filter.",
    ): "Ingen påmind faktura matchar filtret.",
    ("RemindersWindow", "No invoice is on the collection list."): "Ingen faktura går till inkasso.",
    ("RemindersWindow", "Open &profile"): "Öppna &profil",
    ("RemindersWindow", "Open profile"): "Öppna profil",
    (
        "RemindersWindow",
        "The person's profile: their account, bookings and contact details",
    ): "Personens profil: konto, bokningar och kontaktuppgifter",
    ("MainWindow", "&Reminders…"): "&Påminnelser…",
    (
        "MainWindow",
        "Invoices reminded and still unpaid, and those for collection, with amounts",
    ): "Påminda fakturor som ännu är obetalda, och de som går till inkasso, med belopp",
    ("Economics", "Course"): "Kurs",
    ("Economics", "Category"): "Kategori",
    ("Economics", "Term"): "Termin",
    ("Economics", "All time"): "Hela tiden",
    ("Economics", "This year"): "I år",
    ("Economics", "Last year"): "Förra året",
    ("Economics", "This month"): "Den här månaden",
    ("Economics", "Chosen days"): "Valda dagar",
    ("Economics", "Invoiced"): "Fakturerat",
    (
        "Economics",
        "What the bookings were charged (before any credit balance used)",
    ): "Vad bokningarna debiterades (innan tillgodohavanden användes)",
    ("Economics", "Cancelled"): "Avbokat",
    (
        "Economics",
        "Charges given up again by cancellations and credit notes",
    ): "Debiteringar som gått tillbaka genom avbokningar och kreditfakturor",
    ("Economics", "Paid"): "Betalt",
    (
        "Economics",
        "Money received: Bankgiro and card payments",
    ): "Inbetalda pengar: bankgiro- och kortbetalningar",
    ("Economics", "Outstanding"): "Utestående",
    (
        "Economics",
        "What is still owed at the end of the period",
    ): "Vad som fortfarande är obetalt vid periodens slut",
    ("Economics", "Discounts"): "Rabatter",
    (
        "Economics",
        "The discounts of the bookings charged in the period",
    ): "Rabatterna på bokningar som debiterades under perioden",
    ("Economics", "Credit used"): "Tillgodo använt",
    (
        "Economics",
        "Credit balances used to pay for bookings",
    ): "Tillgodohavanden som använts för att betala bokningar",
    ("Economics", "Credit given"): "Tillgodo givet",
    (
        "Economics",
        "Credit balances given by cancellations and overpayments",
    ): "Tillgodohavanden från avbokningar och överbetalningar",
    ("Economics", "Refunds"): "Återbetalt",
    ("Economics", "Money paid back"): "Pengar som betalats tillbaka",
    ("Economics", "Bookings"): "Bokningar",
    ("Economics", "Bookings charged in the period"): "Bokningar som debiterades under perioden",
    ("Economics", "Not tied to a booking"): "Inte knutet till en bokning",
    ("Economics", "No category"): "Ingen kategori",
    ("Economics", "No term"): "Ingen termin",
    ("Economics", "Loading the economics report"): "Hämtar ekonomirapporten",
    ("Economics", "Total"): "Totalt",
    ("EconomicsWindow", "Economics report"): "Ekonomirapport",
    ("EconomicsWindow", "Per"): "Per",
    ("EconomicsWindow", "Period"): "Period",
    ("EconomicsWindow", "From"): "Från",
    ("EconomicsWindow", "To"): "Till",
    ("EconomicsWindow", "&Per:"): "&Per:",
    ("EconomicsWindow", "P&eriod:"): "P&eriod:",
    ("EconomicsWindow", "&Print…"): "&Skriv ut…",
    ("EconomicsWindow", "Print the report"): "Skriv ut rapporten",
    ("EconomicsWindow", "&Export…"): "E&xportera…",
    (
        "EconomicsWindow",
        "Save the report as an Excel workbook or a CSV file",
    ): "Spara rapporten som en Excel-arbetsbok eller en CSV-fil",
    ("EconomicsWindow", "Report actions"): "Rapportåtgärder",
    ("EconomicsWindow", "Filter by name…"): "Filtrera på namn…",
    ("EconomicsWindow", "The period ends before it starts."): "Perioden slutar innan den börjar.",
    (
        "EconomicsWindow",
        "No bookings or payments in this period.",
    ): "Inga bokningar eller betalningar under perioden.",
    (
        "EconomicsWindow",
        "In all: %1 invoiced · %2 paid · %3 outstanding",
    ): "Totalt: %1 fakturerat · %2 betalt · %3 utestående",
    (
        "EconomicsWindow",
        "Invoiced, paid and outstanding (kr)",
    ): "Fakturerat, betalt och utestående (kr)",
    ("EconomicsWindow", "Per %1"): "Per %1",
    ("EconomicsWindow", "Export the report"): "Exportera rapporten",
    ("EconomicsWindow", "Economics"): "Ekonomi",
    ("EconomicsWindow", "Saved %1."): "Sparade %1.",
    ("MainWindow", "&Economics report…"): "E&konomirapport…",
    (
        "MainWindow",
        "Invoiced, paid and outstanding per course, category or term, with a chart",
    ): "Fakturerat, betalt och utestående per kurs, kategori eller termin, med diagram",
    (
        "UsersAdmin",
        "The economics report is made by the server from its ledger, and this copy of the data is not connected to one. Sign in to the server to see it.",
    ): "Ekonomirapporten tas fram av servern ur dess reskontra, och den här kopian av data är inte ansluten till någon server. Logga in på servern för att se den.",
    (
        "UsersAdmin",
        "Offline: the economics report needs a connection to the server, which keeps the ledger. Your other work goes on; try again when online.",
    ): "Frånkopplad: ekonomirapporten behöver en anslutning till servern, som har reskontran. Ditt övriga arbete fortsätter; försök igen när du är ansluten.",
    # Accounting › Export SIE file… (issue 18, helper A)
    ("MainWindow", "Export &SIE file…"): "Exportera &SIE-fil…",
    (
        "MainWindow",
        "The period's vouchers and balances as a SIE 4 file",
    ): "Periodens verifikationer och saldon som en SIE 4-fil",
    ("SieExportDialog", "Export SIE file"): "Exportera SIE-fil",
    ("SieExportDialog", "From"): "Från",
    ("SieExportDialog", "To"): "Till",
    ("SieExportDialog", "Type"): "Typ",
    ("SieExportDialog", "&From:"): "&Från:",
    ("SieExportDialog", "&To:"): "&Till:",
    ("SieExportDialog", "T&ype:"): "T&yp:",
    (
        "SieExportDialog",
        "4E: full export (accounts, balances, vouchers)",
    ): "4E: fullständig export (konton, saldon, verifikationer)",
    ("SieExportDialog", "4I: vouchers only"): "4I: bara verifikationer",
    (
        "SieExportDialog",
        "The period lies within one fiscal year (Accounting settings: Fiscal year and series…). The file holds one voucher per booking, payment, cancellation, fee and reminder of the period, and with accrual one per month of a course's fee.",
    ): "Perioden ligger inom ett räkenskapsår (Bokföringsinställningar: Räkenskapsår och serier…). Filen har en verifikation per bokning, betalning, avbokning, avgift och påminnelse under perioden, och med periodisering en per månad av en kursavgift.",
    ("SieExportDialog", "Making the file"): "Filen skapas",
    ("SieExportDialog", "Making the file…"): "Filen skapas…",
    ("SieExportDialog", "&Export…"): "&Exportera…",
    ("SieExportDialog", "Save SIE file"): "Spara SIE-fil",
    (
        "SieExportDialog",
        "SIE files (*.se *.si);;All files (*)",
    ): "SIE-filer (*.se *.si);;Alla filer (*)",
    ("SieExportDialog", "The period ends before it starts."): "Perioden slutar innan den börjar.",
    (
        "SieExportDialog",
        "The ledger is kept on the server, and this copy of the data is not connected to one. Sign in to the server to export.",
    ): "Reskontran finns på servern, och den här kopian av uppgifterna är inte ansluten till någon server. Logga in på servern för att exportera.",
    ("SieExportDialog", "Exporting the SIE file"): "Exporterar SIE-filen",
    ("SieExportDialog", "The file could not be saved: %1"): "Filen kunde inte sparas: %1",
    ("SieExportDialog", "Saved %n voucher(s) to %1."): (
        "Sparade %n verifikation i %1.",
        "Sparade %n verifikationer i %1.",
    ),
    (
        "SieExportDialog",
        "The period must lie within one fiscal year: choose a shorter one.",
    ): "Perioden måste ligga inom ett räkenskapsår: välj en kortare.",
    (
        "SieExportDialog",
        "Only administrators and treasurers may export.",
    ): "Bara administratörer och kassörer får exportera.",
    ("SieExportDialog", "The file could not be made: %1"): "Filen kunde inte skapas: %1",
    # Accounting › Import BgMax file… and Unmatched payments… (issue 18, helper G)
    ("MainWindow", "&Import BgMax file…"): "&Importera BgMax-fil…",
    (
        "MainWindow",
        "Import a Bankgirot BgMax file: its payments matched to invoices by OCR",
    ): "Importera en BgMax-fil från Bankgirot: betalningarna matchas mot fakturor med OCR",
    ("MainWindow", "&Unmatched payments…"): "&Omatchade betalningar…",
    (
        "MainWindow",
        "Payments no invoice was found for, to match by hand",
    ): "Betalningar som ingen faktura hittades för, att matcha för hand",
    ("Payments", "Paid on"): "Betald",
    ("Payments", "Amount"): "Belopp",
    ("Payments", "Reference"): "Referens",
    ("Payments", "The reference as the payer gave it"): "Referensen som betalaren angav den",
    ("Payments", "Payer"): "Betalare",
    ("Payments", "The payer's name as the bank gave it"): "Betalarens namn som banken angav det",
    ("Payments", "Invoice"): "Faktura",
    ("Payments", "Person"): "Person",
    ("Payments", "OCR"): "OCR",
    ("Payments", "Due"): "Förfaller",
    ("Payments", "Left to pay"): "Kvar att betala",
    ("Payments", "record type"): "posttyp",
    ("Payments", "amount"): "belopp",
    ("Payments", "reference"): "referens",
    ("Payments", "payment date"): "betalningsdag",
    ("Payments", "deposit amount"): "insättningsbelopp",
    ("Payments", "number of payments"): "antal betalningar",
    ("Payments", "number of deposits"): "antal insättningar",
    ("Payments", "number of deductions"): "antal avdrag",
    ("Payments", "number of extra references"): "antal extra referenser",
    ("Payments", "layout name"): "layoutnamn",
    ("Payments", "serial number"): "löpnummer",
    ("Payments", "sender's Bankgiro"): "avsändarens bankgiro",
    (
        "Payments",
        "This file was imported before: nothing was booked again.",
    ): "Filen har importerats förut: inget bokades igen.",
    (
        "Payments",
        "%1 payments, %2 in all: %3 matched, %4 partly paid, %5 overpaid (the excess kept as credit), %6 unmatched.",
    ): "%1 betalningar, %2 totalt: %3 matchade, %4 delbetalda, %5 överbetalda (överskottet sparat som tillgodohavande), %6 omatchade.",
    (
        "Payments",
        "%1 were booked before, from another file.",
    ): "%1 var bokade förut, från en annan fil.",
    (
        "Payments",
        "The file was not imported: line %1, %2: %3",
    ): "Filen importerades inte: rad %1, %2: %3",
    ("Payments", "Loading payments"): "Hämtar betalningar",
    ("Payments", "Importing payments"): "Importerar betalningar",
    ("Payments", "Finding invoices"): "Söker fakturor",
    ("Payments", "Matching payment"): "Matchar betalning",
    ("MatchDialog", "Match payment to an invoice"): "Matcha betalning mot en faktura",
    (
        "MatchDialog",
        "Payment of %1 on %2, reference “%3”, from %4.",
    ): "Betalning på %1 den %2, referens ”%3”, från %4.",
    (
        "MatchDialog",
        "OCR reference, invoice number or name…",
    ): "OCR-nummer, fakturanummer eller namn…",
    ("MatchDialog", "Find invoice"): "Sök faktura",
    ("MatchDialog", "&Find invoice:"): "&Sök faktura:",
    ("MatchDialog", "&Match"): "&Matcha",
    ("MatchDialog", "No invoice found."): "Ingen faktura hittades.",
    ("UnmatchedPaymentsWindow", "Unmatched payments"): "Omatchade betalningar",
    ("UnmatchedPaymentsWindow", "&Import BgMax file…"): "&Importera BgMax-fil…",
    (
        "UnmatchedPaymentsWindow",
        "Import a Bankgirot BgMax file and match its payments to invoices by OCR",
    ): "Importera en BgMax-fil från Bankgirot och matcha betalningarna mot fakturor med OCR",
    ("UnmatchedPaymentsWindow", "&Match to invoice…"): "&Matcha mot faktura…",
    (
        "UnmatchedPaymentsWindow",
        "Match the chosen payment to an invoice found by OCR, number or name",
    ): "Matcha den valda betalningen mot en faktura som hittas med OCR, nummer eller namn",
    ("UnmatchedPaymentsWindow", "Payment actions"): "Åtgärder för betalningar",
    (
        "UnmatchedPaymentsWindow",
        "Filter by reference, payer or amount…",
    ): "Filtrera på referens, betalare eller belopp…",
    (
        "UnmatchedPaymentsWindow",
        "Every payment is matched to an invoice.",
    ): "Alla betalningar är matchade mot en faktura.",
    ("UnmatchedPaymentsWindow", "Import BgMax file"): "Importera BgMax-fil",
    (
        "UnmatchedPaymentsWindow",
        "BgMax files (*.txt *.bgmax *.dat)",
    ): "BgMax-filer (*.txt *.bgmax *.dat)",
    ("UnmatchedPaymentsWindow", "All files (*)"): "Alla filer (*)",
    ("UnmatchedPaymentsWindow", "The file could not be read: %1"): "Filen kunde inte läsas: %1",
    ("UnmatchedPaymentsWindow", "Importing %1…"): "Importerar %1…",
    (
        "UnmatchedPaymentsWindow",
        "Matched %1 to invoice %2 (%3); the receipt is on its way.",
    ): "Matchade %1 mot faktura %2 (%3); kvittot är på väg.",
    (
        "UsersAdmin",
        "Payments are kept on the server, and this copy of the data is not connected to one. Sign in to the server to import and match payments.",
    ): "Betalningar finns på servern, och den här kopian av data är inte ansluten till någon. Logga in på servern för att importera och matcha betalningar.",
    (
        "UsersAdmin",
        "Offline: payments are kept on the server, and it cannot be reached now. Importing and matching need a connection; your other work goes on. Try again when online.",
    ): "Offline: betalningar finns på servern, och den kan inte nås just nu. Import och matchning behöver en anslutning; ditt övriga arbete fortsätter. Försök igen när du är online.",
    # Account mappings in the sync issues (issue 18, helper A)
    ("SyncIssues", "Map an account"): "Koppla ett konto",
    ("SyncIssues", "Edit account mapping"): "Ändra kontokoppling",
    ("SyncIssues", "Archive account mapping"): "Arkivera kontokoppling",
    ("SyncIssues", "Purpose"): "Ändamål",
    ("SyncIssues", "Cost centre"): "Kostnadsställe",
    ("SyncIssues", "Project"): "Projekt",
    # Accounting › Accounting settings… (issue 18, helper A)
    ("MainWindow", "&Accounting settings…"): "Bokföri&ngsinställningar…",
    (
        "MainWindow",
        "The bookkeeping account of each purpose, with cost centre and project",
    ): "Bokföringskontot för varje ändamål, med kostnadsställe och projekt",
    ("Booking", "Course fees"): "Kursavgifter",
    ("Booking", "Membership fees"): "Medlemsavgifter",
    ("Booking", "Discounts"): "Rabatter",
    ("Booking", "Administrative fees"): "Administrativa avgifter",
    ("Booking", "Reminder fees"): "Påminnelseavgifter",
    ("Booking", "Late interest"): "Dröjsmålsränta",
    ("Booking", "Credit balances (liability)"): "Tillgodohavanden (skuld)",
    ("Booking", "Receivables"): "Kundfordringar",
    ("Booking", "Bank (Bankgiro)"): "Bank (Bankgiro)",
    ("Booking", "Card payments"): "Kortbetalningar",
    ("Booking", "Card fees"): "Kortavgifter",
    ("Booking", "Unidentified payments"): "Oidentifierade inbetalningar",
    ("Booking", "Output VAT"): "Utgående moms",
    ("Booking", "Purpose"): "Ändamål",
    ("Booking", "Cost centre"): "Kostnadsställe",
    ("Booking", "Project"): "Projekt",
    ("AccountMappingDialog", "New account mapping"): "Ny kontokoppling",
    ("AccountMappingDialog", "Edit account mapping"): "Ändra kontokoppling",
    ("AccountMappingDialog", "Purpose:"): "Ändamål:",
    ("AccountMappingDialog", "Account:"): "Konto:",
    ("AccountMappingDialog", "Cost centre:"): "Kostnadsställe:",
    ("AccountMappingDialog", "Project:"): "Projekt:",
    (
        "AccountMappingDialog",
        "The SIE export books each line on the most specific mapping of its purpose (the round's, else its category's, else all courses'), with its cost centre and project. A purpose without one is booked on BAS's account (grey).",
    ): "SIE-exporten bokför varje rad på den mest specifika kopplingen för dess ändamål (omgångens, annars kategorins, annars alla kursers), med dess kostnadsställe och projekt. Ett ändamål utan koppling bokförs på BAS-kontot (grått).",
    ("AccountingSettingsWindow", "Accounting settings"): "Bokföringsinställningar",
    (
        "AccountingSettingsWindow",
        "No accounts mapped: the SIE export books everything on BAS's accounts. New… maps a purpose to your own account.",
    ): "Inga konton kopplade: SIE-exporten bokför allt på BAS-kontona. Ny… kopplar ett ändamål till ert eget konto.",
    (
        "AccountingSettingsWindow",
        "Each purpose may have an account for all courses, a category or a round; the most specific counts. Exports already made keep theirs.",
    ): "Varje ändamål kan ha ett konto för alla kurser, en kategori eller en omgång; det mest specifika gäller. Exporter som redan gjorts behåller sina.",
    (
        "AccountingSettingsWindow",
        "The wider mapping, or BAS's account, applies again",
    ): "Den bredare kopplingen, eller BAS-kontot, gäller igen",
    # Accounting settings, part 2 (issue 18, helper H4: desktop/accounting/settings.py)
    (
        "Validation",
        "A VAT code is the two-digit box of the VAT return (e.g. 05 or 10)",
    ): "En momskod är momsdeklarationens tvåsiffriga ruta (t.ex. 05 eller 10)",
    ("Validation", "An object has a code"): "Ett objekt har en kod",
    ("Validation", "An object has a name"): "Ett objekt har ett namn",
    (
        "Validation",
        "There is already an object with this code: edit that one",
    ): "Det finns redan ett objekt med den här koden: ändra det i stället",
    ("Validation", "No such cost centre: {code}"): "Kostnadsstället {code} finns inte",
    ("Validation", "No such project: {code}"): "Projektet {code} finns inte",
    (
        "Validation",
        "An account mapping names this object: change that mapping first",
    ): "En kontokoppling använder objektet: ändra kopplingen först",
    (
        "Validation",
        "An object is a cost centre (dimension 1) or a project (dimension 6)",
    ): "Ett objekt är ett kostnadsställe (dimension 1) eller ett projekt (dimension 6)",
    ("Validation", "No such kind of voucher: {kind}"): "Verifikationsslaget {kind} finns inte",
    (
        "Validation",
        "A voucher series is one letter A-Z ({kind})",
    ): "En verifikationsserie är en bokstav A–Z ({kind})",
    (
        "Validation",
        "The accounting settings were changed meanwhile (version {theirs})",
    ): "Bokföringsinställningarna har ändrats under tiden (version {theirs})",
    ("SyncIssues", "Add a cost centre or project"): "Lägg till kostnadsställe eller projekt",
    ("SyncIssues", "Rename a cost centre or project"): "Byt namn på kostnadsställe eller projekt",
    ("SyncIssues", "Archive a cost centre or project"): "Arkivera kostnadsställe eller projekt",
    ("SyncIssues", "Set accounting settings"): "Ange bokföringsinställningar",
    ("SyncIssues", "VAT code"): "Momskod",
    ("SyncIssues", "Dimension"): "Dimension",
    ("SyncIssues", "Fiscal year starts"): "Räkenskapsåret börjar",
    ("SyncIssues", "Accrual of course fees"): "Periodisering av kursavgifter",
    ("SyncIssues", "Voucher series"): "Verifikationsserier",
    ("Booking", "Prepaid course fees (accrual)"): "Förutbetalda kursavgifter (periodisering)",
    ("Booking", "VAT code"): "Momskod",
    ("Booking", "Kind"): "Slag",
    ("Booking", "Code"): "Kod",
    ("AccountMappingDialog", "VAT code:"): "Momskod:",
    ("AccountMappingDialog", "None"): "Inget",
    (
        "AccountMappingDialog",
        "The VAT return's box, e.g. 05; empty: none",
    ): "Momsdeklarationens ruta, t.ex. 05; tomt: ingen",
    ("AccountingSettingsWindow", "Cost centres and projects…"): "Kostnadsställen och projekt…",
    ("AccountingSettingsWindow", "Fiscal year and series…"): "Räkenskapsår och serier…",
    ("AccountingObjectDialog", "New cost centre or project"): "Nytt kostnadsställe eller projekt",
    ("AccountingObjectDialog", "Edit cost centre or project"): "Ändra kostnadsställe eller projekt",
    ("AccountingObjectDialog", "Kind:"): "Slag:",
    ("AccountingObjectDialog", "Code:"): "Kod:",
    ("AccountingObjectDialog", "Name:"): "Namn:",
    (
        "AccountingObjectDialog",
        "As in the accounting program, e.g. 10 or K1",
    ): "Som i bokföringsprogrammet, t.ex. 10 eller K1",
    (
        "AccountingObjectDialog",
        "The account mappings name cost centres and projects by their code; the SIE file gives each its name. The code stays once made.",
    ): "Kontokopplingarna anger kostnadsställen och projekt med sin kod; SIE-filen ger vart och ett sitt namn. Koden kan inte ändras när den väl är skapad.",
    ("AccountingObjectsWindow", "Cost centres and projects"): "Kostnadsställen och projekt",
    (
        "AccountingObjectsWindow",
        "No cost centres or projects. New… adds one the account mappings may name.",
    ): "Inga kostnadsställen eller projekt. Ny… lägger till ett som kontokopplingarna kan ange.",
    (
        "AccountingObjectsWindow",
        "SIE dimension 1 (cost centres) and 6 (projects). One a mapping names cannot be archived.",
    ): "SIE-dimension 1 (kostnadsställen) och 6 (projekt). Ett som en kontokoppling anger kan inte arkiveras.",
    (
        "AccountingObjectsWindow",
        "Mappings can no longer choose it; the SIE files made keep it",
    ): "Kopplingar kan inte längre välja det; SIE-filer som redan gjorts behåller det",
    (
        "AccountingOptionsDialog",
        "Fiscal year and voucher series",
    ): "Räkenskapsår och verifikationsserier",
    ("AccountingOptionsDialog", "Bookings"): "Bokningar",
    ("AccountingOptionsDialog", "Payments"): "Inbetalningar",
    ("AccountingOptionsDialog", "Cancellations and credits"): "Avbokningar och krediteringar",
    ("AccountingOptionsDialog", "Refunds"): "Återbetalningar",
    ("AccountingOptionsDialog", "Card fees"): "Kortavgifter",
    ("AccountingOptionsDialog", "Reminders and interest"): "Påminnelser och ränta",
    ("AccountingOptionsDialog", "Corrections"): "Rättelser",
    ("AccountingOptionsDialog", "Accruals"): "Periodiseringar",
    (
        "AccountingOptionsDialog",
        "Book course fees over the months of their round",
    ): "Bokför kursavgifter över omgångens månader",
    ("AccountingOptionsDialog", "Series of %1"): "Serie för %1",
    ("AccountingOptionsDialog", "Name of %1's series"): "Namn på serien för %1",
    ("AccountingOptionsDialog", "Fiscal year starts in:"): "Räkenskapsåret börjar i:",
    ("AccountingOptionsDialog", "Accrual:"): "Periodisering:",
    ("AccountingOptionsDialog", "Voucher series:"): "Verifikationsserier:",
    (
        "AccountingOptionsDialog",
        "The SIE export's fiscal year starts on the first of this month. With accrual, a booking's course fee for a round of several months is booked on prepaid course fees and moved to revenue month by month (its own voucher series). Each kind of event has its series: a letter and its name.",
    ): "SIE-exportens räkenskapsår börjar den första i den här månaden. Med periodisering bokförs en boknings kursavgift för en omgång över flera månader som förutbetald och förs till intäkt månad för månad (i en egen verifikationsserie). Varje slags händelse har sin serie: en bokstav och dess namn.",
    (
        "AccountingOptionsDialog",
        "change of the accounting settings",
    ): "ändring av bokföringsinställningarna",
    # Presence (issue 19): the check-in, the MRZ, attendance commands.
    (
        "Validation",
        "Not the machine-readable zone of an ID card (3 lines of 30) or a passport (2 of 44)",
    ): "Inte den maskinläsbara zonen på ett id-kort (3 rader à 30 tecken) eller ett pass (2 à 44)",
    (
        "Validation",
        "The machine-readable zone may hold only A-Z, 0-9 and <",
    ): "Den maskinläsbara zonen får bara innehålla A–Z, 0–9 och <",
    (
        "Validation",
        "The document number's check digit does not match",
    ): "Dokumentnumrets kontrollsiffra stämmer inte",
    (
        "Validation",
        "The birth date's check digit does not match",
    ): "Födelsedatumets kontrollsiffra stämmer inte",
    (
        "Validation",
        "The expiry date's check digit does not match",
    ): "Giltighetsdatumets kontrollsiffra stämmer inte",
    (
        "Validation",
        "The personal number's check digit does not match",
    ): "Personnumrets kontrollsiffra stämmer inte",
    (
        "Validation",
        "The composite check digit does not match",
    ): "Den sammanfattande kontrollsiffran stämmer inte",
    (
        "Validation",
        "The machine-readable zone's country code is not letters",
    ): "Landskoden i den maskinläsbara zonen är inte bokstäver",
    (
        "Validation",
        "The machine-readable zone's sex is not M, F or <",
    ): "Könet i den maskinläsbara zonen är inte M, F eller <",
    (
        "Validation",
        "The birth date in the machine-readable zone is not a date",
    ): "Födelsedatumet i den maskinläsbara zonen är inget datum",
    (
        "Validation",
        "The expiry date in the machine-readable zone is not a date",
    ): "Giltighetsdatumet i den maskinläsbara zonen är inget datum",
    (
        "Validation",
        "The personnummer in the machine-readable zone does not match its birth date",
    ): "Personnumret i den maskinläsbara zonen stämmer inte med födelsedatumet",
    (
        "Validation",
        "This document has no Swedish personnummer: type it or scan the card",
    ): "Dokumentet har inget svenskt personnummer: skriv in det eller skanna kortet",
    (
        "Validation",
        "The check-in's session was not found",
    ): "Incheckningens kurstillfälle hittades inte",
    ("Validation", "Already checked in at {time}"): "Redan incheckad kl. {time}",
    ("Validation", "Already marked present"): "Redan markerad som närvarande",
    (
        "Validation",
        "{name} is not registered on this round",
    ): "{name} är inte anmäld till den här utbildningsomgången",
    ("Validation", "A check-in is scanned or typed"): "En incheckning skannas eller skrivs in",
    (
        "Validation",
        "Give a reason for letting them in",
    ): "Ange ett skäl till att släppa in personen",
    ("SyncIssues", "Check in"): "Checka in",
    ("SyncIssues", "Let in despite the check-in"): "Släpp in trots incheckningen",
    ("SyncIssues", "Mark attendance"): "Markera närvaro",
    ("SyncIssues", "Check %1 in at a session"): "Checka in %1 på ett kurstillfälle",
    (
        "SyncIssues",
        "Let %1 in at a session despite the check-in's answer",
    ): "Släpp in %1 på ett kurstillfälle trots incheckningens svar",
    (
        "SyncIssues",
        "Mark the attendance of %1 at a session",
    ): "Markera närvaron för %1 på ett kurstillfälle",
    ("Presence", "Welcome {name}"): "Välkommen {name}",
    (
        "Presence",
        "Not found: scan again or type the personnummer",
    ): "Hittades inte: skanna igen eller skriv in personnumret",
    (
        "Presence",
        "This session is on {day}, not today",
    ): "Det här kurstillfället är {day}, inte i dag",
    (
        "Presence",
        "{name}, your session today is {round} at {time}",
    ): "{name}, ditt kurstillfälle i dag är {round} kl. {time}",
    (
        "Presence",
        "{name} is not registered on this round",
    ): "{name} är inte anmäld till den här utbildningsomgången",
    (
        "Presence",
        "{name} is already checked in (at {time})",
    ): "{name} är redan incheckad (kl. {time})",
    (
        "Presence",
        "{name} has an overdue fee of {amount} kr",
    ): "{name} har en förfallen avgift på {amount} kr",
    ("Presence", "Before the rules hold ({day})"): "Före reglernas början ({day})",
    (
        "Presence",
        "The session has no start and end time",
    ): "Kurstillfället saknar start- och sluttid",
    (
        "Presence",
        "{minutes} minutes; at least {min} count",
    ): "{minutes} minuter; minst {min} räknas",
    ("Presence", "No leader"): "Ingen ledare",
    ("Presence", "The leader's age is not known"): "Ledarens ålder är okänd",
    (
        "Presence",
        "The leader turns {age} this year; at least {min}",
    ): "Ledaren fyller {age} i år; minst {min}",
    (
        "Presence",
        "{count} participants count; at least {min} needed ({outside_age} outside the ages, {unknown_age} without a known age, {counted_already} counted already that day)",
    ): "{count} deltagare räknas; minst {min} behövs ({outside_age} utanför åldrarna, {unknown_age} utan känd ålder, {counted_already} redan räknade den dagen)",
    ("SyncIssues", "Add a membership card"): "Lägg till medlemskort",
    ("SyncIssues", "Withdraw a membership card"): "Dra in medlemskort",
    ("SyncIssues", "Give %1 a membership card"): "Ge %1 ett medlemskort",
    ("SyncIssues", "Withdraw a membership card of %1"): "Dra in ett medlemskort för %1",
    ("Validation", "Give the card's code"): "Ange kortets kod",
    (
        "Validation",
        "The card {code} is given to {name} already",
    ): "Kortet {code} är redan utfärdat till {name}",
    # H6 (issue 18): credit notes mailed, BgMax deductions, card payment events.
    (
        "EventTypes",
        "A credit note for a cancelled booking's invoice is sent",
    ): "En kreditfaktura för en avbokad boknings faktura skickas",
    ("Placeholders", "the number of the invoice it credits"): "numret på fakturan den krediterar",
    (
        "Placeholders",
        "what is left to pay on the invoice after the credit",
    ): "vad som är kvar att betala på fakturan efter krediteringen",
    ("Placeholders", "the link to the credit note as a PDF"): "länken till kreditfakturan som PDF",
    ("Payments", "Booked on its invoice"): "Bokförd på sin faktura",
    (
        "Payments",
        "Unknown charge: no card payment of this club has this reference",
    ): "Okänd debitering: ingen kortbetalning hos föreningen har den här referensen",
    (
        "Payments",
        "Already paid: the charge was paid before (money may have come twice)",
    ): "Redan betald: debiteringen var betald förut (pengarna kan ha kommit två gånger)",
    (
        "Payments",
        "Not paid: the payer did not complete it",
    ): "Inte betald: betalaren slutförde den inte",
    ("Payments", "Not about a payment: nothing to do"): "Gäller ingen betalning: inget att göra",
    ("Payments", "Refused: not signed by the provider"): "Avvisad: inte signerad av leverantören",
    ("Payments", "Refused: it could not be read"): "Avvisad: den gick inte att läsa",
    ("Payments", "Received"): "Mottagen",
    ("Payments", "Provider"): "Leverantör",
    ("Payments", "The provider's id of the card payment"): "Leverantörens id för kortbetalningen",
    ("Payments", "What happened"): "Vad som hände",
    (
        "Payments",
        "%1 deductions (money the bank took back): %2 taken off the payments they name, whose invoices are open again; %3 unmatched.",
    ): "%1 avdrag (pengar som banken tog tillbaka): %2 avräknade från betalningarna de anger, vars fakturor är öppna igen; %3 omatchade.",
    ("Payments", "Loading card payment events"): "Hämtar kortbetalningshändelser",
    ("UnmatchedPaymentsWindow", "&Card payment events…"): "&Kortbetalningshändelser…",
    (
        "UnmatchedPaymentsWindow",
        "What the card payment providers reported, and what needs attention",
    ): "Vad kortbetalningsleverantörerna rapporterat, och vad som behöver åtgärdas",
    ("CardEventsWindow", "Card payment events"): "Kortbetalningshändelser",
    ("CardEventsWindow", "&Needs attention only"): "&Bara det som behöver åtgärdas",
    (
        "CardEventsWindow",
        "Only the events whose money could not be booked: an unknown charge, or one paid before",
    ): "Bara händelser vars pengar inte kunde bokföras: en okänd debitering, eller en som redan var betald",
    ("CardEventsWindow", "Card payment event actions"): "Åtgärder för kortbetalningshändelser",
    (
        "CardEventsWindow",
        "Filter by reference, provider or what happened…",
    ): "Filtrera på referens, leverantör eller vad som hände…",
    ("CardEventsWindow", "No card payment events yet."): "Inga kortbetalningshändelser än.",
    (
        "MatchDialog",
        "Deduction of %1 (money the bank took back) on %2, reference “%3”, from %4: matched, it takes back what the invoice's payments brought in.",
    ): "Avdrag på %1 (pengar som banken tog tillbaka) den %2, referens ”%3”, från %4: matchat tar det tillbaka det som fakturans betalningar fört in.",
    # -- refunds (issue 18; helper H5) ---------------------------------------------------
    ("Booking", "Refunds due (liability)"): "Återbetalningsskulder",
    ("EventTypes", "Money is paid back (a refund by card or bank, a credit balance paid out)"): (
        "Pengar betalas tillbaka (återbetalning via kort eller bank, tillgodohavande utbetalt)"
    ),
    ("Placeholders", "the amount paid back, with its currency"): (
        "beloppet som betalats tillbaka, med valuta"
    ),
    ("Placeholders", "the day it was paid back"): "dagen då det betalades tillbaka",
    ("Placeholders", "where it went: the card provider (Stripe, Swish) or the bank account"): (
        "vart det gick: kortleverantören (Stripe, Swish) eller bankkontot"
    ),
    ("MainWindow", "Re&funds…"): "Åte&rbetalningar…",
    ("MainWindow", "Money owed back to people: pay it by card or bank, pay out credit"): (
        "Pengar som ska betalas tillbaka: via kort eller bank, och utbetalning av tillgodohavanden"
    ),
    ("Refunds", "To pay"): "Att betala",
    ("Refunds", "Asked of the card provider"): "Begärd hos kortleverantören",
    ("Refunds", "Refused by the card provider"): "Nekad av kortleverantören",
    ("Refunds", "Paid"): "Betald",
    ("Refunds", "Bank transfer"): "Banköverföring",
    ("Refunds", "Card (%1)"): "Kort (%1)",
    ("Refunds", "Since"): "Sedan",
    ("Refunds", "Person"): "Person",
    ("Refunds", "Amount"): "Belopp",
    ("Refunds", "How"): "Hur",
    ("Refunds", "State"): "Läge",
    ("Refunds", "Note"): "Anteckning",
    ("Refunds", "The card provider's reason, or the bank account it was paid to"): (
        "Kortleverantörens skäl, eller bankkontot det betalades till"
    ),
    ("Refunds", "Credit paid out"): "Tillgodohavande utbetalt",
    ("Refunds", "Loading refunds"): "Hämtar återbetalningar",
    ("Refunds", "Marking refund paid"): "Markerar återbetalning som betald",
    ("Refunds", "Asking the card provider"): "Frågar kortleverantören",
    ("Refunds", "Loading credit balances"): "Hämtar tillgodohavanden",
    ("Refunds", "Paying out credit"): "Betalar ut tillgodohavande",
    ("MarkPaidDialog", "Mark refund as paid"): "Markera återbetalning som betald",
    (
        "MarkPaidDialog",
        "Pay %1 back to %2 from the bank, then mark it paid here: it is booked and %2 gets a "
        "notice.",
    ): (
        "Betala tillbaka %1 till %2 från banken och markera det sedan som betalt här: det "
        "bokförs och %2 får ett meddelande."
    ),
    ("MarkPaidDialog", "Clearing and account number (optional)"): (
        "Clearing- och kontonummer (frivilligt)"
    ),
    ("MarkPaidDialog", "Paid to &account:"): "Betalt till &konto:",
    ("MarkPaidDialog", "Mark as &paid"): "Markera som &betald",
    ("PayOutCreditDialog", "Pay out credit"): "Betala ut tillgodohavande",
    (
        "PayOutCreditDialog",
        "Pay the amount from the bank to the person, then record it here: it is booked "
        "against their credit balance and they get a notice.",
    ): (
        "Betala beloppet från banken till personen och registrera det sedan här: det bokförs "
        "mot personens tillgodohavande och personen får ett meddelande."
    ),
    ("PayOutCreditDialog", "Clearing and account number (optional)"): (
        "Clearing- och kontonummer (frivilligt)"
    ),
    ("PayOutCreditDialog", "&Person:"): "&Person:",
    ("PayOutCreditDialog", "A&mount:"): "&Belopp:",
    ("PayOutCreditDialog", "Paid to &account:"): "Betalt till &konto:",
    ("PayOutCreditDialog", "&Pay out"): "Betala &ut",
    ("PayOutCreditDialog", "Nobody has a credit balance to pay out."): (
        "Ingen har något tillgodohavande att betala ut."
    ),
    ("PayOutCreditDialog", "Give an amount to pay out."): "Ange ett belopp att betala ut.",
    ("RefundsWindow", "Refunds"): "Återbetalningar",
    ("AccountTab", "To be paid back %1"): "Ska återbetalas %1",
    ("RefundsWindow", "Mark as &paid…"): "Markera som &betald…",
    (
        "RefundsWindow",
        "The chosen refund was paid from the bank: book it and tell the person",
    ): "Den valda återbetalningen är betald från banken: bokför den och meddela personen",
    ("RefundsWindow", "Refund by &card"): "Återbetala via &kort",
    ("RefundsWindow", "Ask the card provider the booking was paid with to pay it back"): (
        "Be kortleverantören som bokningen betalades med att betala tillbaka"
    ),
    ("RefundsWindow", "Pay out &credit…"): "Betala ut &tillgodohavande…",
    ("RefundsWindow", "Pay out a person's credit balance on their request"): (
        "Betala ut en persons tillgodohavande på personens begäran"
    ),
    ("RefundsWindow", "Refund actions"): "Åtgärder för återbetalningar",
    ("RefundsWindow", "Filter by person, amount or state…"): (
        "Filtrera på person, belopp eller läge…"
    ),
    ("RefundsWindow", "No money is owed back to anyone."): (
        "Inga pengar ska betalas tillbaka till någon."
    ),
    ("RefundsWindow", "%1 to %2 is marked paid; the notice is on its way."): (
        "%1 till %2 är markerad som betald; meddelandet är på väg."
    ),
    ("RefundsWindow", "The card provider refused the refund: %1"): (
        "Kortleverantören nekade återbetalningen: %1"
    ),
    (
        "RefundsWindow",
        "%1 asked to pay %2 back to %3; it is booked when the provider confirms it.",
    ): "%1 ombedd att betala tillbaka %2 till %3; det bokförs när leverantören bekräftar det.",
    ("RefundsWindow", "%1 of %2's credit is paid out; the notice is on its way."): (
        "%1 av tillgodohavandet för %2 är utbetalt; meddelandet är på väg."
    ),
    (
        "UsersAdmin",
        "Refunds are kept on the server, and this copy of the data is not connected to one. "
        "Sign in to the server to see and pay refunds.",
    ): (
        "Återbetalningar finns på servern, och den här kopian av uppgifterna är inte ansluten "
        "till någon. Logga in på servern för att se och betala återbetalningar."
    ),
    (
        "UsersAdmin",
        "Offline: refunds are kept on the server, and it cannot be reached now. Paying "
        "refunds needs a connection; your other work goes on. Try again when online.",
    ): (
        "Frånkopplad: återbetalningar finns på servern, och den går inte att nå nu. Att betala "
        "återbetalningar kräver en anslutning; ditt övriga arbete fortsätter. Försök igen när "
        "du är ansluten."
    ),
    # -- the check-in station (issue 19, H11) --
    ("CheckInWindow", "Check-in"): "Incheckning",
    ("CheckInWindow", "%1 checked in · %2 registered"): "%1 incheckade · %2 anmälda",
    ("CheckInWindow", "(let in: %1)"): "(insläppt: %1)",
    ("CheckInWindow", "Camera: %1"): "Kamera: %1",
    ("CheckInWindow", "Checked in (newest first)"): "Incheckade (senaste först)",
    ("CheckInWindow", "Checked in"): "Incheckad",
    ("CheckInWindow", "Not checked in"): "Inte incheckad",
    ("CheckInWindow", "Checking in"): "Checkar in",
    ("CheckInWindow", "Leave check-in (Esc)"): "Lämna incheckningen (Esc)",
    ("CheckInWindow", "Leave check-in"): "Lämna incheckningen",
    ("CheckInWindow", "Leave the check-in station? Check-ins made are kept."): (
        "Lämna incheckningen? Gjorda incheckningar sparas."
    ),
    ("CheckInWindow", "Let in anyway…"): "Släpp in ändå…",
    ("CheckInWindow", "Letting in"): "Släpper in",
    ("CheckInWindow", "Loading check-in"): "Läser in incheckningen",
    ("CheckInWindow", "No camera found: scan with the scanner or type the personnummer."): (
        "Ingen kamera hittades: skanna med skannern eller skriv personnumret."
    ),
    ("CheckInWindow", "Personnummer or card code"): "Personnummer eller kortkod",
    ("CheckInWindow", "Scan a card or an ID, or type a personnummer"): (
        "Skanna ett kort eller en id-handling, eller skriv ett personnummer"
    ),
    ("CheckInWindow", "Scan your card or ID"): "Skanna ditt kort eller din id-handling",
    ("CheckInWindow", "Welcome"): "Välkommen",
    ("OverrideDialog", "Let in anyway"): "Släpp in ändå",
    ("OverrideDialog", "Let in"): "Släpp in",
    ("OverrideDialog", "Reason:"): "Skäl:",
    ("OverrideDialog", "Why are they let in? (saved and audited)"): (
        "Varför släpps de in? (sparas och loggas)"
    ),
    ("CheckInChooser", "Check-in"): "Incheckning",
    ("CheckInChooser", "No sessions today."): "Inga kurstillfällen i dag.",
    ("CheckInChooser", "Open check-in"): "Öppna incheckningen",
    ("CheckInChooser", "Today's sessions:"): "Dagens kurstillfällen:",
    ("MainWindow", "Check-&in…"): "In&checkning…",
    ("MainWindow", "Full-screen check-in at one of today's sessions: scanner, camera or typed"): (
        "Incheckning i helskärm vid ett av dagens kurstillfällen: skanner, kamera eller inskrivet"
    ),
    ("RoundPage", "Check-in…"): "Incheckning…",
    (
        "RoundPage",
        "Check participants in at the selected session: scanner, camera or typed",
    ): "Checka in deltagare vid det valda kurstillfället: skanner, kamera eller inskrivet",
    # -- issue 19 (H12): attendance grid, a session's sheet, activity grants --------------
    ("AttendanceWindow", "Attendance"): "Närvaro",
    "Space or a click marks a participant present or absent by hand; Edit › Undo (Ctrl+Z) takes it back. Hover a cell to see how it was recorded.": "Mellanslag eller ett klick markerar en deltagare som närvarande eller frånvarande för hand; Redigera › Ångra (Ctrl+Z) tar tillbaka det. Håll muspekaren över en ruta för att se hur närvaron registrerades.",
    "Print sheet for session…": "Skriv ut närvarolista för tillfället…",
    "The attendance sheet of the session of the current column": "Närvarolistan för tillfället i den markerade kolumnen",
    "Attendance – %1": "Närvaro – %1",
    "%1 participants, %2 sessions, %3 present in all": "%1 deltagare, %2 tillfällen, %3 närvarande totalt",
    ("Attendance", "Not recorded"): "Inte registrerad",
    ("Attendance", "Present: scanned at %1"): "Närvarande: skannad kl. %1",
    (
        "Attendance",
        "Present: personnummer typed at %1",
    ): "Närvarande: personnummer inskrivet kl. %1",
    ("Attendance", "Present: let in by %1 at %2: %3"): "Närvarande: insläppt av %1 kl. %2: %3",
    ("Attendance", "Present"): "Närvarande",
    ("Attendance", "Absent"): "Frånvarande",
    ("Attendance", "%1: marked by hand by %2"): "%1: markerad för hand av %2",
    ("Attendance", "%1: marked by hand"): "%1: markerad för hand",
    ("Attendance", "attendance of %1"): "närvaro för %1",
    ("Attendance", "Saving the attendance of %1"): "Sparar närvaron för %1",
    ("Attendance", "Total"): "Totalt",
    ("Attendance", "%1 present"): "%1 närvarande",
    ("Attendance", "The round's total: %1"): "Omgångens totala närvaro: %1",
    ("Printing", "Checked in"): "Incheckad",
    ("Printing", "Absent"): "Frånvarande",
    ("Printing", "Checked in %1"): "Incheckad %1",
    ("Printing", "Present"): "Närvarande",
    ("Printing", "Session %1"): "Tillfälle %1",
    ("RoundPage", "Attendance…"): "Närvaro…",
    "Who was at each session: mark by hand, totals, a session's sheet": "Vilka som var på varje tillfälle: markera för hand, summor, ett tillfälles närvarolista",
    ("Grants", "Group"): "Grupp",
    ("Grants", "Activity"): "Aktivitet",
    ("Grants", "Counted activities"): "Räknade sammankomster",
    ("Grants", "Participant occasions"): "Deltagartillfällen",
    ("Grants", "Sessions not counted"): "Tillfällen som inte räknas",
    ("Grants", "Date"): "Datum",
    ("Grants", "Time"): "Tid",
    ("Grants", "Why it does not count"): "Varför det inte räknas",
    ("Grants", "Activity id"): "Sammankomstens id",
    ("Grants", "Start time"): "Starttid",
    ("Grants", "Minutes"): "Minuter",
    ("Grants", "Leader"): "Ledare",
    ("Grants", "Leader's birth year"): "Ledarens födelseår",
    ("Grants", "Birth year"): "Födelseår",
    ("Grants", "Sex"): "Kön",
    ("Grants", "Female"): "Kvinna",
    ("Grants", "Male"): "Man",
    ("Grants", "January–June"): "januari–juni",
    ("Grants", "July–December"): "juli–december",
    "Activity grants (LOK-stöd)": "Aktivitetsstöd (LOK-stöd)",
    ("GrantsWindow", "Rules"): "Regler",
    ("GrantsWindow", "Year"): "År",
    ("GrantsWindow", "Period"): "Period",
    ("GrantsWindow", "&Rules:"): "&Regler:",
    ("GrantsWindow", "&Period:"): "&Period:",
    "Counts the attendance recorded at the sessions of the period. Export writes the counted activities, a row per participant, with what a report to IdrottOnline asks for. IdrottOnline publishes no import format, so the file is for copying or converting (its columns: docs/lok-export.md).": "Räknar närvaron som registrerats på periodens tillfällen. Exporten skriver de räknade sammankomsterna, en rad per deltagare, med det en redovisning i IdrottOnline frågar efter. IdrottOnline har inget publicerat importformat, så filen är till för att kopiera från eller konvertera (kolumnerna: docs/lok-export.md).",
    ("GrantsWindow", "Per group"): "Per grupp",
    ("GrantsWindow", "Check report"): "Kontrollrapport",
    ("GrantsWindow", "Export…"): "Exportera…",
    "The counted activities as Excel or CSV, a row per participant occasion": "De räknade sammankomsterna som Excel eller CSV, en rad per deltagartillfälle",
    ("GrantsWindow", "Print…"): "Skriv ut…",
    "%1, %2 %3: %4 activities, %5 participant occasions; %6 sessions do not count": "%1, %2 %3: %4 sammankomster, %5 deltagartillfällen; %6 tillfällen räknas inte",
    "Counts participants who turn %1–%2 that year, at least %3 besides a leader who turns at least %4, in activities of at least %5 minutes.": "Räknar deltagare som fyller %1–%2 det året, minst %3 utöver en ledare som fyller minst %4, i sammankomster på minst %5 minuter.",
    "Export counted activities": "Exportera räknade sammankomster",
    "%1 participant occasions saved as %2": "%1 deltagartillfällen sparade som %2",
    "Activity grants (&LOK-stöd)…": "&Aktivitetsstöd (LOK-stöd)…",
    "What the period's attendance counts for LOK-stöd or a municipal grant": "Vad periodens närvaro räknas som för LOK-stöd eller ett kommunalt aktivitetsstöd",
    # Reports › Returning participants (issue 19, H14).
    ("MainWindow", "Re&ports"): "Ra&pporter",
    ("MainWindow", "Re&turning participants…"): "Å&terkommande deltagare…",
    ("MainWindow", "Per course or category and term: who came back, from which earlier course"): (
        "Per kurs eller kategori och termin: vilka som kom tillbaka, från vilken tidigare kurs"
    ),
    ("ReturningWindow", "Returning participants"): "Återkommande deltagare",
    ("ReturningWindow", "Per course"): "Per kurs",
    ("ReturningWindow", "Per category"): "Per kategori",
    ("ReturningWindow", "Course"): "Kurs",
    ("ReturningWindow", "Category"): "Kategori",
    ("ReturningWindow", "%1 of %2 (%3 %)"): "%1 av %2 (%3 %)",
    ("ReturningWindow", "No category"): "Ingen kategori",
    ("ReturningWindow", "All courses"): "Alla kurser",
    ("ReturningWindow", "All terms"): "Alla terminer",
    ("ReturningWindow", "Per"): "Per",
    ("ReturningWindow", "&Show:"): "&Visa:",
    ("ReturningWindow", "&Print…"): "&Skriv ut…",
    ("ReturningWindow", "&Export…"): "E&xportera…",
    (
        "ReturningWindow",
        "Nobody has taken part in a course yet.",
    ): "Ingen har deltagit i någon kurs än.",
    (
        "ReturningWindow",
        "A participant returns when they took part in any course in an earlier term; a "
        "person is counted once per row and term, a merged duplicate as the person kept. "
        "Taking part: a place on a round that was not cancelled.",
    ): (
        "En deltagare är återkommande när hen deltog i någon kurs en tidigare termin; en person "
        "räknas en gång per rad och termin, en sammanslagen dubblett som personen som behölls. "
        "Att delta: en plats på en kursomgång som inte ställdes in."
    ),
    ("ReturningWindow", "Counting returning participants"): "Räknar återkommande deltagare",
    ("ReturningWindow", "Earlier course"): "Tidigare kurs",
    ("ReturningWindow", "Term"): "Termin",
    ("ReturningWindow", "Participants"): "Deltagare",
    ("ReturningWindow", "<b>Came from</b> (returning participants of %1 by earlier course)"): (
        "<b>Kom från</b> (återkommande deltagare i %1 per tidigare kurs)"
    ),
    ("ReturningWindow", "<b>Came back</b> (of each term's participants, those in a later term)"): (
        "<b>Kom tillbaka</b> (av varje termins deltagare, de som deltog en senare termin)"
    ),
    ("ReturningWindow", "Share of participants returning (%)"): "Andel återkommande deltagare (%)",
    ("ReturningWindow", "participants"): "deltagare",
    ("ReturningWindow", "returning"): "återkommande",
    ("ReturningWindow", "share"): "andel",
    (
        "ReturningWindow",
        "Returning of the participants per term",
    ): "Återkommande deltagare per termin",
    ("ReturningWindow", "Export the report"): "Exportera rapporten",
    ("ReturningWindow", "Saved %1."): "Sparade %1.",
    ("ReturningWindow", "Returning participants per term"): "Återkommande deltagare per termin",
    ("ReturningWindow", "Came from"): "Kom från",
    ("ReturningWindow", "Came back"): "Kom tillbaka",
    ("CheckInWindow", "Overdue fees as of %1"): "Förfallna avgifter per kl. %1",
    ("CheckInWindow", "Overdue fees not checked: offline"): (
        "Förfallna avgifter inte kontrollerade: offline"
    ),
    ("CheckInWindow", "Overdue fees not checked: %1"): "Förfallna avgifter inte kontrollerade: %1",
    ("CheckInWindow", "Overdue fees not checked yet: asking the server…"): (
        "Förfallna avgifter inte kontrollerade än: frågar servern…"
    ),
    ("CheckInWindow", "Overdue fees not checked: your role does not see people's accounts"): (
        "Förfallna avgifter inte kontrollerade: din roll ser inte personers konton"
    ),
    # -- course evaluations (issue 19; H13) --
    (
        "Validation",
        "A questionnaire needs at least one question",
    ): "Ett frågeformulär behöver minst en fråga",
    (
        "Validation",
        "A questionnaire holds at most {count} questions",
    ): "Ett frågeformulär rymmer högst {count} frågor",
    ("Validation", "Each question needs an id of its own"): "Varje fråga behöver ett eget id",
    ("Validation", "Question {number} has no text"): "Fråga {number} saknar text",
    (
        "Validation",
        "Question {number} needs at least two different choices",
    ): "Fråga {number} behöver minst två olika svarsalternativ",
    (
        "Validation",
        "Question {number} has more than {count} choices",
    ): "Fråga {number} har fler än {count} svarsalternativ",
    ("Validation", "Choose a value from 1 to 5"): "Välj ett värde från 1 till 5",
    ("Validation", "Choose one of the answers given"): "Välj ett av svarsalternativen",
    ("Validation", "Choose among the answers given"): "Välj bland svarsalternativen",
    ("Validation", "This question needs an answer"): "Den här frågan måste besvaras",
    (
        "Validation",
        "The evaluation of {course} was changed meanwhile (version {theirs})",
    ): "Utvärderingen av {course} ändrades under tiden (version {theirs})",
    ("SyncIssues", "Set a course's evaluation"): "Ange en utbildnings utvärdering",
    (
        "EventTypes",
        "A participant who has not answered a round's evaluation is reminded, once",
    ): "En deltagare som inte har svarat på en omgångs utvärdering påminns, en gång",
    ("EvaluationEditorDialog", "Evaluation of %1"): "Utvärdering av %1",
    (
        "EvaluationEditorDialog",
        "&Anonymous: answers are kept without names",
    ): "&Anonym: svaren sparas utan namn",
    ("EvaluationEditorDialog", "&Add question"): "&Lägg till fråga",
    ("EvaluationEditorDialog", "&Remove"): "&Ta bort",
    ("EvaluationEditorDialog", "Move &up"): "Flytta &upp",
    ("EvaluationEditorDialog", "Move &down"): "Flytta &ned",
    (
        "EvaluationEditorDialog",
        "The question as participants read it",
    ): "Frågan som deltagarna läser den",
    ("EvaluationEditorDialog", "Re&quired"): "&Obligatorisk",
    ("EvaluationEditorDialog", "One choice per line"): "Ett svarsalternativ per rad",
    ("EvaluationEditorDialog", "e.g. Poor"): "t.ex. Dålig",
    ("EvaluationEditorDialog", "e.g. Excellent"): "t.ex. Utmärkt",
    ("EvaluationEditorDialog", "Question:"): "Fråga:",
    ("EvaluationEditorDialog", "Kind:"): "Typ:",
    ("EvaluationEditorDialog", "Choices:"): "Svarsalternativ:",
    ("EvaluationEditorDialog", "1 means:"): "1 betyder:",
    ("EvaluationEditorDialog", "5 means:"): "5 betyder:",
    (
        "EvaluationEditorDialog",
        "Participants get a personal link the day after a round's last day and answer once; those who have not answered are reminded once. A change holds for answers given after it.",
    ): "Deltagarna får en personlig länk dagen efter omgångens sista dag och svarar en gång; de som inte har svarat påminns en gång. En ändring gäller för svar som ges efter den.",
    ("EvaluationEditorDialog", "Save"): "Spara",
    ("EvaluationEditorDialog", "Cancel"): "Avbryt",
    ("EvaluationEditorDialog", "(no text yet)"): "(ingen text ännu)",
    ("EvaluationEditorDialog", "change of the evaluation of %1"): "ändring av utvärderingen av %1",
    ("EvaluationEditor", "Scale 1–5"): "Skala 1–5",
    ("EvaluationEditor", "One choice"): "Ett val",
    ("EvaluationEditor", "Several choices"): "Flera val",
    ("EvaluationEditor", "Free text"): "Fritext",
    ("CoursesView", "E&valuation…"): "&Utvärdering…",
    (
        "CoursesView",
        "The questionnaire participants answer after a round of this course",
    ): "Frågeformuläret som deltagarna besvarar efter en omgång av den här utbildningen",
    ("EvaluationStats", "No."): "Nr",
    ("EvaluationStats", "Question"): "Fråga",
    ("EvaluationStats", "Kind"): "Typ",
    ("EvaluationStats", "Answers"): "Svar",
    ("EvaluationStats", "Average"): "Medelvärde",
    ("EvaluationStats", "Distribution"): "Fördelning",
    ("EvaluationStatsWindow", "Evaluation results of %1"): "Utvärderingsresultat för %1",
    ("EvaluationStatsWindow", "All rounds"): "Alla omgångar",
    ("EvaluationStatsWindow", "Round"): "Omgång",
    ("EvaluationStatsWindow", "&Round:"): "&Omgång:",
    ("EvaluationStatsWindow", "&Print…"): "&Skriv ut…",
    ("EvaluationStatsWindow", "Print the results"): "Skriv ut resultaten",
    ("EvaluationStatsWindow", "&Export…"): "&Exportera…",
    (
        "EvaluationStatsWindow",
        "Save the results as an Excel workbook or a CSV file",
    ): "Spara resultaten som en Excel-arbetsbok eller en CSV-fil",
    ("EvaluationStatsWindow", "Results actions"): "Åtgärder för resultaten",
    ("EvaluationStatsWindow", "Filter by question…"): "Filtrera på fråga…",
    ("EvaluationStatsWindow", "Free texts"): "Fritexter",
    ("EvaluationStatsWindow", "Loading the evaluation results"): "Hämtar utvärderingsresultaten",
    (
        "EvaluationStatsWindow",
        "The course has no evaluation questions yet.",
    ): "Utbildningen har inga utvärderingsfrågor ännu.",
    (
        "EvaluationStatsWindow",
        "Sent to %1 · answered by %2 · response rate %3",
    ): "Skickad till %1 · besvarad av %2 · svarsfrekvens %3",
    ("EvaluationStatsWindow", "Answers"): "Svar",
    ("EvaluationStatsWindow", "Evaluation results"): "Utvärderingsresultat",
    ("EvaluationStatsWindow", "Export the results"): "Exportera resultaten",
    ("EvaluationStatsWindow", "Evaluation"): "Utvärdering",
    ("EvaluationStatsWindow", "Saved %1."): "Sparade %1.",
    (
        "UsersAdmin",
        "The evaluation answers are kept by the server, and this copy of the data is not connected to one. Sign in to the server to see them.",
    ): "Utvärderingssvaren finns på servern, och den här kopian av uppgifterna är inte ansluten till någon. Logga in på servern för att se dem.",
    (
        "UsersAdmin",
        "Offline: the evaluation results need a connection to the server, which keeps the answers. Your other work goes on; try again when online.",
    ): "Frånkopplad: utvärderingsresultaten behöver en anslutning till servern, som har svaren. Ditt övriga arbete fortsätter; försök igen när du är ansluten.",
    ("CoursesView", "Evaluation res&ults…"): "Utvärderings&resultat…",
    (
        "CoursesView",
        "What the participants answered, counted",
    ): "Vad deltagarna svarade, sammanräknat",
    # H16: the check-in camera reads ID documents' MRZ
    (
        "CheckInWindow",
        "ID documents are not read by the camera (Tesseract OCR is not installed): "
        "scan them with the scanner.",
    ): "Id-handlingar läses inte av kameran (Tesseract OCR är inte installerat): "
    "skanna dem med skannern.",
    # H19: a club's own grant rule sets
    ("Validation", "A rule set has a name"): "En regeluppsättning har ett namn",
    ("Validation", "A number of zero or more"): "Ett tal som är noll eller mer",
    ("Validation", "At least one participant"): "Minst en deltagare",
    ("Validation", "The highest age is below the lowest"): "Högsta åldern är lägre än den lägsta",
    ("Validation", "The most participants counted is below the fewest needed"): (
        "Högsta antal räknade deltagare är lägre än minsta antal som krävs"
    ),
    ("Validation", "No such way of counting a day"): "Inget sådant sätt att räkna en dag",
    ("Validation", "There is already a rule set with this name: edit that one"): (
        "Det finns redan en regeluppsättning med det namnet: ändra den"
    ),
    ("SyncIssues", "Add a grant rule set"): "Lägg till regler för aktivitetsstöd",
    ("SyncIssues", "Edit a grant rule set"): "Ändra regler för aktivitetsstöd",
    ("SyncIssues", "Archive a grant rule set"): "Arkivera regler för aktivitetsstöd",
    ("SyncIssues", "Lowest age"): "Lägsta ålder",
    ("SyncIssues", "Highest age"): "Högsta ålder",
    ("SyncIssues", "Fewest participants"): "Minsta antal deltagare",
    ("SyncIssues", "Most participants counted"): "Högsta antal räknade deltagare",
    ("SyncIssues", "Shortest activity (minutes)"): "Kortaste aktivitet (minuter)",
    ("SyncIssues", "Leader's lowest age"): "Ledarens lägsta ålder",
    ("SyncIssues", "Counted per day"): "Räknas per dag",
    ("GrantRules", "Once per sport and day"): "En gång per idrott och dag",
    ("GrantRules", "Once per day"): "En gång per dag",
    ("GrantRules", "In every session"): "Vid varje tillfälle",
    ("GrantRules", "Turns at least:"): "Fyller minst:",
    ("GrantRules", "Turns at most:"): "Fyller högst:",
    ("GrantRules", "Participants at least:"): "Deltagare minst:",
    ("GrantRules", "Participants counted at most:"): "Räknade deltagare högst:",
    ("GrantRules", "Minutes at least:"): "Minuter minst:",
    ("GrantRules", "Leader turns at least:"): "Ledaren fyller minst:",
    ("GrantRules", "Name"): "Namn",
    ("GrantRules", "Ages"): "Åldrar",
    ("GrantRules", "Participants"): "Deltagare",
    ("GrantRules", "Minutes"): "Minuter",
    ("GrantRules", "Leader's age"): "Ledarens ålder",
    ("GrantRules", "Counts"): "Räknas",
    ("GrantRuleSetDialog", "New grant rule set"): "Nya regler för aktivitetsstöd",
    ("GrantRuleSetDialog", "Edit grant rule set"): "Ändra regler för aktivitetsstöd",
    ("GrantRuleSetDialog", "Start from:"): "Utgå från:",
    ("GrantRuleSetDialog", "Name:"): "Namn:",
    ("GrantRuleSetDialog", "No limit"): "Ingen gräns",
    ("GrantRuleSetDialog", "A participant counts:"): "En deltagare räknas:",
    ("GrantRuleSetDialog", "Valid from:"): "Gäller från:",
    ("GrantRuleSetDialog", "YYYY-MM-DD (empty: always)"): "ÅÅÅÅ-MM-DD (tomt: alltid)",
    (
        "GrantRuleSetDialog",
        "Ages are the age a participant turns that year. Participants are counted besides the leader. Reports already made keep their numbers.",
    ): "Åldern är den ålder deltagaren fyller det året. Deltagarna räknas utöver ledaren. Rapporter som redan gjorts behåller sina siffror.",
    ("GrantRuleSetDialog", "%1 (own)"): "%1 (egen)",
    ("GrantRuleSetsWindow", "Grant rule sets"): "Regler för aktivitetsstöd",
    (
        "GrantRuleSetsWindow",
        "No rule sets of the club's own. New… adds one, starting from LOK-stöd or an example.",
    ): "Föreningen har inga egna regler. Ny… lägger till, med LOK-stöd eller ett exempel som start.",
    (
        "GrantRuleSetsWindow",
        "Your municipality's activity grant rules; the grant report counts with them.",
    ): "Kommunens regler för aktivitetsstöd; stödrapporten räknar med dem.",
    (
        "GrantRuleSetsWindow",
        "The grant report no longer offers it; reports made keep it",
    ): "Stödrapporten erbjuder dem inte längre; gjorda rapporter behåller dem",
    ("GrantsWindow", "Rule sets…"): "Regeluppsättningar…",
    (
        "GrantsWindow",
        "The club's own grant rules, such as its municipality's",
    ): "Föreningens egna regler för stöd, till exempel kommunens",
    # issue 20 (H2): the attestant's decline
    (
        "AgentOrders",
        "In review: declined by the attestant",
    ): "Under granskning: avböjd av attestanten",
    ("AgentOrderPage", "Declined by the attestant"): "Avböjd av attestanten",
    (
        "EventTypes",
        "An attestant declined to attest an order: it goes back to the agent's case handler",
    ): "En attestant avböjde att attestera en beställning: den går tillbaka till agentens handläggare",
    ("Placeholders", "who declined to attest"): "vem som avböjde att attestera",
    ("Placeholders", "why the attestant declined"): "varför attestanten avböjde",
    (
        "NotificationFollowUp",
        "Agent order: attestation declined",
    ): "Agentbeställning: attest avböjd",
    ("Validation", "Give a reason for declining"): "Ange ett skäl till att du avböjer",
    # Issue 20 (H1): the staff web sign-in among a user's sessions.
    "Web browser (staff pages)": "Webbläsare (personalsidor)",
    # The service desk's cases (issue 20, helper H3).
    ("Roles", "Service desk"): "Kundservice",
    (
        "Roles",
        "Works the service desk's cases of attested agent orders",
    ): "Arbetar med kundservicens ärenden för attesterade beställningar via agent",
    ("MainWindow", "&Service-desk cases…"): "&Kundserviceärenden…",
    (
        "MainWindow",
        "The service desk's cases of attested agent orders, with their notes",
    ): "Kundservicens ärenden för attesterade beställningar via agent, med anteckningar",
    ("ServiceDesk", "New"): "Ny",
    ("ServiceDesk", "In progress"): "Pågår",
    ("ServiceDesk", "Waiting (customer or agent)"): "Väntar (på kund eller agent)",
    ("ServiceDesk", "Resolved"): "Löst",
    ("ServiceDesk", "Closed"): "Stängt",
    ("ServiceDesk", "Open cases"): "Öppna ärenden",
    ("ServiceDesk", "All cases"): "Alla ärenden",
    ("ServiceDesk", "Case"): "Ärende",
    ("ServiceDesk", "Status"): "Status",
    ("ServiceDesk", "Assigned to"): "Handläggs av",
    ("ServiceDesk", "Order"): "Beställning",
    ("ServiceDesk", "Opened"): "Öppnat",
    ("ServiceDesk", "Updated"): "Uppdaterat",
    ("ServiceDeskCasesWindow", "Service-desk cases"): "Kundserviceärenden",
    (
        "ServiceDeskCasesWindow",
        "No cases here. A case is opened when a customer has attested an agent order.",
    ): "Inga ärenden här. Ett ärende öppnas när en kund har attesterat en beställning via agent.",
    ("ServiceDeskCasesWindow", "Show"): "Visa",
    ("ServiceDeskCasesWindow", "&Show:"): "&Visa:",
    ("ServiceDeskCasesWindow", "Assigned to &me"): "Mina ä&renden",
    ("ServiceDeskCasesWindow", "&Open…"): "Ö&ppna…",
    (
        "ServiceDeskCasesWindow",
        "The case and its notes (Return)",
    ): "Ärendet och dess anteckningar (Retur)",
    ("ServiceDeskCasesWindow", "&Take"): "&Ta ärendet",
    ("ServiceDeskCasesWindow", "Assign the case to yourself"): "Tilldela dig själv ärendet",
    ("ServiceDeskCasesWindow", "Open case"): "Öppna ärendet",
    ("ServiceDeskCasesWindow", "%1 is assigned to you."): "%1 är tilldelat dig.",
    (
        "ServiceDeskCasesWindow",
        "The service desk's cases of attested agent orders. Open a case to read and write its notes, assign it and change its status; changes made offline are sent with the next sync.",
    ): "Kundservicens ärenden för attesterade beställningar via agent. Öppna ett ärende för att läsa och skriva anteckningar, tilldela det och ändra status; ändringar gjorda offline skickas vid nästa synkning.",
    ("ServiceDeskCasesWindow", "Close"): "Stäng",
    ("CaseWindow", "Service-desk case"): "Kundserviceärende",
    ("CaseWindow", "Open &order"): "Öppna &beställningen",
    ("CaseWindow", "The agent order's page"): "Beställningens sida",
    ("CaseWindow", "Assign to &me"): "Tilldela &mig",
    ("CaseWindow", "&Unassign"): "Ta b&ort tilldelning",
    ("CaseWindow", "Assign to"): "Tilldela",
    (
        "CaseWindow",
        "(the list of users needs a connection)",
    ): "(listan över användare kräver anslutning)",
    ("CaseWindow", "Assi&gn"): "&Ge ärendet",
    ("CaseWindow", "Give to:"): "Ge till:",
    ("CaseWindow", "The case is given to %1."): "Ärendet har tilldelats %1.",
    ("CaseWindow", "New status"): "Ny status",
    ("CaseWindow", "&Set status"): "&Sätt status",
    ("CaseWindow", "Status:"): "Status:",
    ("CaseWindow", "Assigned to:"): "Handläggs av:",
    ("CaseWindow", "Order:"): "Beställning:",
    ("CaseWindow", "Opened:"): "Öppnat:",
    ("CaseWindow", "Notes"): "Anteckningar",
    ("CaseWindow", "&New note:"): "&Ny anteckning:",
    ("CaseWindow", "New note"): "Ny anteckning",
    (
        "CaseWindow",
        "What was done or agreed (Ctrl+Return saves it)",
    ): "Vad som gjorts eller avtalats (Ctrl+Retur sparar)",
    ("CaseWindow", "&Add note"): "&Lägg till anteckning",
    (
        "CaseWindow",
        "Ctrl+N writes a new note; notes are kept as written (a correction is a new note). Changes made offline are sent with the next sync.",
    ): "Ctrl+N skriver en ny anteckning; anteckningar sparas som de skrevs (en rättelse är en ny anteckning). Ändringar gjorda offline skickas vid nästa synkning.",
    ("CaseWindow", "Close"): "Stäng",
    ("CaseWindow", "This case is no longer here."): "Ärendet finns inte längre här.",
    ("CaseWindow", "Case %1"): "Ärende %1",
    ("CaseWindow", "Nobody"): "Ingen",
    ("CaseWindow", "No notes yet."): "Inga anteckningar än.",
    ("CaseWindow", "Write the note first."): "Skriv anteckningen först.",
    ("CaseWindow", "The note is added."): "Anteckningen är tillagd.",
    ("CaseWindow", "The case is assigned to you."): "Ärendet är tilldelat dig.",
    ("CaseWindow", "Nobody is assigned to the case now."): "Ingen är tilldelad ärendet nu.",
    ("CaseWindow", "The case is now: %1"): "Ärendet är nu: %1",
    ("SyncIssues", "Assign a service-desk case"): "Tilldela ett kundserviceärende",
    (
        "SyncIssues",
        "Change the status of a service-desk case",
    ): "Ändra status på ett kundserviceärende",
    (
        "SyncIssues",
        "Add a note to a service-desk case",
    ): "Lägg till en anteckning i ett kundserviceärende",
    ("SyncIssues", "Assigned to"): "Handläggs av",
    (
        "Validation",
        "Case {number} is {status}: it cannot be set to {target}",
    ): "Ärende {number} har status {status}: det kan inte få status {target}",
    ("Validation", "Case {number} is closed"): "Ärende {number} är stängt",
    (
        "Validation",
        "Case {number} was assigned to {name} meanwhile",
    ): "Ärende {number} har under tiden tilldelats {name}",
    (
        "Validation",
        "Nobody is assigned to case {number} any longer",
    ): "Ingen är längre tilldelad ärende {number}",
    ("Validation", "User {user} was not found"): "Användaren {user} hittades inte",
    ("Validation", "Write the note"): "Skriv anteckningen",
    (
        "EventTypes",
        "A service-desk case was opened for an attested order: the service desk is told",
    ): "Ett kundserviceärende öppnades för en attesterad beställning: kundservice meddelas",
    ("Placeholders", "the case's title"): "ärendets rubrik",
    ("NotificationFollowUp", "Service desk: new case"): "Kundservice: nytt ärende",
    ("NotificationFollowUp", "Service desk"): "Kundservice",
    # H8 (issue 20): the case handler's decision signed with BankID, by tenant setting.
    ("SyncIssues", "Set agent-order settings"): "Ange inställningar för agentbeställningar",
    ("SyncIssues", "Case handlers sign with BankID"): "Handläggare signerar med BankID",
    ("MainWindow", "Agent-order &settings…"): "In&ställningar för agentbeställningar…",
    (
        "MainWindow",
        "Whether case handlers approve and reject agent orders with BankID",
    ): "Om handläggare godkänner och avslår agentbeställningar med BankID",
    ("AgentOrderSettingsDialog", "Agent-order settings"): "Inställningar för agentbeställningar",
    (
        "AgentOrderSettingsDialog",
        "Case handlers sign approvals and rejections with BankID",
    ): "Handläggare signerar godkännanden och avslag med BankID",
    ("AgentOrderSettingsDialog", "Case handler's decision:"): "Handläggarens beslut:",
    (
        "AgentOrderSettingsDialog",
        "With this on, Approve and Reject on the review page start a BankID signature of what the case handler decides (the order, the attestant or the reason). The decision takes effect only when the case handler has signed with their own BankID: register their personnummer under Administration › Users.",
    ): "När detta är på startar Godkänn och Avslå på granskningssidan en BankID-signering av det handläggaren beslutar (beställningen, attestanten eller skälet). Beslutet gäller först när handläggaren har signerat med sitt eget BankID: registrera hens personnummer under Administration › Användare.",
    (
        "AgentOrderSettingsDialog",
        "change of the agent-order settings",
    ): "ändring av inställningarna för agentbeställningar",
    ("UsersWindow", "Person&nummer…"): "Person&nummer…",
    (
        "UsersWindow",
        "Register the personnummer the selected user's BankID signatures must come from",
    ): "Registrera det personnummer som den valda användarens BankID-underskrifter måste komma från",
    ("UsersWindow", "The personnummer of %1 was changed."): "Personnumret för %1 ändrades.",
    ("PersonnummerDialog", "Personnummer of %1"): "Personnummer för %1",
    ("PersonnummerDialog", "Personnummer"): "Personnummer",
    (
        "PersonnummerDialog",
        "A case handler who approves and rejects with BankID must sign with the BankID of this personnummer. It is never shown again; save the field empty to remove it.",
    ): "En handläggare som godkänner och avslår med BankID måste signera med BankID för det här personnumret. Det visas aldrig igen; spara fältet tomt för att ta bort det.",
    ("PersonnummerDialog", "Save personnummer"): "Spara personnummer",
    (
        "PersonnummerDialog",
        "This is not a personnummer; write it as ÅÅÅÅMMDD-NNNN.",
    ): "Det här är inget personnummer; skriv det som ÅÅÅÅMMDD-NNNN.",
    # -- H4 (issue 20): the handler's case lists; the customer's attestant contacts --------
    "Action required": "Åtgärd krävs",
    "Updated cases": "Uppdaterat ärende",
    "Action required (%1)": "Åtgärd krävs (%1)",
    "Updated cases (%1)": "Uppdaterat ärende (%1)",
    "Action required: orders waiting for you. Updated cases: orders you have opened that someone else has taken a step on since.": "Åtgärd krävs: beställningar som väntar på dig. Uppdaterat ärende: beställningar du har öppnat där någon annan har tagit ett steg sedan dess.",
    "No order you have opened has changed since you last looked at it.": "Ingen beställning du har öppnat har ändrats sedan du senast tittade på den.",
    "Which orders changed since you opened them is known once the server has been reached.": "Vilka beställningar som har ändrats sedan du öppnade dem syns när servern har nåtts.",
    ("Contacts", "Attestant"): "Attestant",
    "Attests the organisation's agent orders (chosen on the order form)": "Attesterar organisationens beställningar via agent (väljs i beställningsformuläret)",
    "The one who ordered an order may not also attest it": "Den som har beställt får inte också attestera beställningen",
    # Issue 20 (H7): internal notes on a registration (seed 000's "interna noteringar").
    ("AddNoteDialog", "Add internal note"): "Lägg till intern notering",
    (
        "AddNoteDialog",
        "A note on the registration of %1, for the staff only: the approving manager "
        "and the participant never see it. It cannot be edited afterwards; a "
        "correction is a new note.",
    ): (
        "En notering på kursregistreringen för %1, bara för personalen: den godkännande "
        "chefen och deltagaren ser den aldrig. Den kan inte ändras efteråt; en rättelse är "
        "en ny notering."
    ),
    (
        "AddNoteDialog",
        "E.g. Approval received by phone from the manager",
    ): "T.ex. Godkännande mottaget per telefon från chefen",
    ("AddNoteDialog", "Note"): "Notering",
    ("AddNoteDialog", "Add note"): "Lägg till notering",
    ("NotesSection", "Internal notes"): "Interna noteringar",
    (
        "NotesSection",
        "Write down what happened outside Kansli, e.g. an approval by phone",
    ): "Skriv ned det som hänt utanför Kansli, t.ex. ett godkännande per telefon",
    ("NotesSection", "Add note…"): "Lägg till notering…",
    ("NotesSection", "No notes yet."): "Inga noteringar än.",
    ("NotesSection", "(not yet sent)"): "(inte skickad än)",
    ("NotesSection", "Withdrawn by %1 on %2"): "Tillbakadragen av %1 %2",
    ("NotesSection", "Withdraw…"): "Dra tillbaka…",
    ("NotesSection", "Withdraw note"): "Dra tillbaka noteringen",
    (
        "NotesSection",
        "Withdraw this note? It stays on the registration, marked as withdrawn by you.",
    ): "Dra tillbaka noteringen? Den finns kvar på kursregistreringen, markerad som tillbakadragen av dig.",
    ("NotesSection", "Keep"): "Behåll",
    ("ParticipantsView", "Add internal note…"): "Lägg till intern notering…",
    (
        "ParticipantsView",
        "A note on the registration for the staff only, e.g. an approval by phone",
    ): "En notering på kursregistreringen bara för personalen, t.ex. ett godkännande per telefon",
    ("RegistrationOps", "Adding a note"): "Lägger till en notering",
    ("RegistrationOps", "Withdrawing a note"): "Drar tillbaka en notering",
    ("SyncIssues", "Add an internal note"): "Lägg till intern notering",
    ("SyncIssues", "Withdraw an internal note"): "Dra tillbaka intern notering",
    (
        "SyncIssues",
        "Add an internal note to the registration of %1",
    ): "Lägg till en intern notering på kursregistreringen för %1",
    (
        "SyncIssues",
        "Withdraw an internal note on the registration of %1",
    ): "Dra tillbaka en intern notering på kursregistreringen för %1",
    ("SyncIssues", "Text"): "Text",
    ("Validation", "Write the internal note"): "Skriv den interna noteringen",
    (
        "Validation",
        "This note was already withdrawn by {by} on {day}",
    ): "Noteringen drogs redan tillbaka av {by} {day}",
    ("ActivitySubject", "Internal note"): "Intern notering",
    ("ActivitySubject", "Internal note withdrawn"): "Intern notering tillbakadragen",
    ("Profile", "Internal note"): "Intern notering",
    ("Profile", "Internal note withdrawn"): "Intern notering tillbakadragen",
    # Issue 20 (H5): the alumni statuses exactly as seed 001 names them, and the
    # automatic check's own reasons.
    ("Alumni", "Received"): "Inkommen",
    ("Alumni", "Approved (registered alumnus)"): "Godkänd pga registrerad alumn",
    ("Alumni", "Approved (alumnus)"): "Godkänd pga alumn",
    ("Alumni", "Not approved"): "Ej godkänd",
    ("Alumni", "Not approved (manual queue)"): "Ej godkänd (manuell behandling)",
    ("Alumni", "Approved manually"): "Godkänd manuell",
    ("Alumni", "Denied"): "Nekad",
    ("Alumni", "Unregistered"): "Avregistrerad",
    ("AlumniReason", "{name} (matched on {on}) is already a registered alumnus"): (
        "{name} (matchad på {on}) är redan registrerad alumn"
    ),
    ("AlumniReason", "{name} (matched on {on}) is an alumnus"): "{name} (matchad på {on}) är alumn",
    ("AlumniReason", "now a registered alumnus"): "nu registrerad alumn",
    ("AlumniReason", "{name} (matched on {on}) is neither an alumnus nor a registered alumnus"): (
        "{name} (matchad på {on}) är varken alumn eller registrerad alumn"
    ),
    ("AlumniReason", "No existing person matched"): "Ingen befintlig person matchade",
    (
        "AlumniReason",
        "created, but possibly a duplicate of {name} (the student record's personnummer is theirs)",
    ): "skapad, men kanske en dubblett av {name} (studieuppgifternas personnummer är deras)",
    ("AlumniReason", "{count} persons have this personnummer: {names}"): (
        "{count} personer har detta personnummer: {names}"
    ),
    ("AlumniReason", "{count} persons have this e-mail address: {names}"): (
        "{count} personer har denna e-postadress: {names}"
    ),
    (
        "AlumniReason",
        "The e-mail address belongs to {email_names} but the personnummer to {names}",
    ): "E-postadressen tillhör {email_names} men personnumret {names}",
    ("AlumniReason", "{name} has this e-mail address but a different personnummer"): (
        "{name} har denna e-postadress men ett annat personnummer"
    ),
    ("AlumniReason", "{fields} differs from the profile"): "{fields} skiljer sig från profilen",
    ("AlumniReason", "{fields} differ from the profile"): "{fields} skiljer sig från profilen",
    ("AlumniReason", "{fields} is not on the profile"): "{fields} finns inte på profilen",
    ("AlumniReason", "{fields} are not on the profile"): "{fields} finns inte på profilen",
    ("AlumniReason", "student records: {rest}"): "studieuppgifter: {rest}",
    (
        "AlumniReason",
        "created as the rules hold: {rest}",
    ): "skapad eftersom reglerna uppfylls: {rest}",
    ("AlumniReason", "created. Rules not met: {rest}"): "skapad. Reglerna uppfylls inte: {rest}",
    ("AlumniReason", "Match not certain: {rest}"): "Matchningen är osäker: {rest}",
    ("AlumniReason", "e-mail"): "e-post",
    ("AlumniReason", "personnummer"): "personnummer",
    ("AlumniReason", "the name"): "namnet",
    ("AlumniReason", "the birth date"): "födelsedatumet",
    ("AlumniReason", "the e-mail address"): "e-postadressen",
    ("AlumniReason", "the phone"): "telefonnumret",
    ("AlumniReason", "the personnummer"): "personnumret",
    "Reason to &tell the alumnus (optional):": "Skäl att &ge alumnen (valfritt):",
    "Reason to tell the alumnus": "Skäl att ge alumnen",
    "For example: We find no degree from the university in your name.": (
        "Till exempel: Vi hittar ingen examen från lärosätet i ditt namn."
    ),
    (
        "The alumnus is mailed that the registration is denied, with this text if you give "
        "one. The reason above is never sent."
    ): (
        "Alumnen får ett mejl om att registreringen är nekad, med den här texten om du "
        "anger en. Skälet ovan skickas aldrig."
    ),
    (
        "EventTypes",
        "An alumni registration was approved (automatically or by staff): the alumnus is told",
    ): "En alumnregistrering godkändes (automatiskt eller av personal): alumnen får besked",
    ("EventTypes", "An alumni registration was denied by staff: the alumnus is told"): (
        "En alumnregistrering nekades av personal: alumnen får besked"
    ),
    (
        "Placeholders",
        "the reason staff chose to tell the alumnus, as a paragraph (empty: none)",
    ): "skälet som personalen valde att ge alumnen, som ett stycke (tomt: inget)",
    "Alumni: registration approved": "Alumner: registrering godkänd",
    "Alumni: registration denied": "Alumner: registrering nekad",
    ("Validation", "The registration proposes nothing to review"): (
        "Registreringen föreslår inget att granska"
    ),
    ("Validation", "The registration is in the manual queue; approve or deny it instead"): (
        "Registreringen väntar på manuell behandling; godkänn eller neka den i stället"
    ),
    ("ActivitySubject", "Details updated by the returning alumnus"): (
        "Uppgifter uppdaterade av den återkommande alumnen"
    ),
    ("ActivitySubject", "Proposed details applied"): "Föreslagna uppgifter införda",
    ("ActivitySubject", "Proposed details discarded"): "Föreslagna uppgifter förkastade",
    ("AlumniReason", "updates their details"): "uppdaterar sina uppgifter",
    ("SyncIssues", "Review alumni's new details"): "Granska alumns nya uppgifter",
    ("SyncIssues", "Review the new details of %1"): "Granska de nya uppgifterna för %1",
    ("AlumniDetail", "The alumnus updates their details:"): "Alumnen uppdaterar sina uppgifter:",
    ("AlumniDetail", "Name: “%2” on the profile, “%1” now (proposed)"): (
        "Namn: ”%2” på profilen, ”%1” nu (föreslaget)"
    ),
    ("AlumniDetail", "Phone %1 (proposed)"): "Telefon %1 (föreslaget)",
    ("AlumniDetail", "Personnummer %1 (proposed)"): "Personnummer %1 (föreslaget)",
    ("AlumniDetail", "The proposed details were applied."): "De föreslagna uppgifterna infördes.",
    ("AlumniDetail", "The proposed details were discarded."): (
        "De föreslagna uppgifterna förkastades."
    ),
    "Apply new details": "Inför nya uppgifter",
    "Discard new details": "Förkasta nya uppgifter",
    "Keep the profile as it is": "Behåll profilen som den är",
    ("AlumniOps", "Applying the new details"): "För in de nya uppgifterna",
    ("AlumniOps", "Discarding the new details"): "Förkastar de nya uppgifterna",
    # -- H10: the alumni form's postal address (issue 20) --
    "A Swedish postal code has five digits, such as 123 45": (
        "Ett svenskt postnummer har fem siffror, till exempel 123 45"
    ),
    ("AlumniDetail", "Address: “%2” on the profile, “%1” now (proposed)"): (
        "Adress: ”%2” på profilen, ”%1” nu (föreslagen)"
    ),
    ("AlumniDetail", "The address %1 is not on the profile (proposed)"): (
        "Adressen %1 finns inte på profilen (föreslagen)"
    ),
    ("AlumniDetail", "The registration proposes:"): "Registreringen föreslår:",
    (
        "AlumniDetail",
        "Apply writes the proposed name, phone, personnummer or address on the profile;"
        " discard drops them.",
    ): (
        "”Inför” skriver det föreslagna namnet, telefonnumret, personnumret eller adressen"
        " på profilen; ”Förkasta” låter profilen vara."
    ),
    "Write the proposed name, phone, personnummer or address on the profile": (
        "Skriv det föreslagna namnet, telefonnumret, personnumret eller adressen på profilen"
    ),
    "A postal code has at most ten characters": "Ett postnummer har högst tio tecken",
    # H12: alumni review findings (issue 20)
    (
        "Validation",
        "{name} already has the proposed personnummer: merge the two profiles"
        " or discard the proposal",
    ): "{name} har redan det föreslagna personnumret: slå ihop de två profilerna eller förkasta förslaget",
    (
        "EventTypes",
        "Staff took back the approval of an alumni registration: the alumnus is told",
    ): "Personalen drog tillbaka godkännandet av en alumnregistrering: alumnen får besked",
    ("NotificationFollowUp", "Alumni: approval withdrawn"): "Alumner: godkännande återkallat",
    # h14: the service desk's note texts are for the service desk and administrators only
    ("CaseWindow", "Only the service desk and administrators read notes."): (
        "Bara kundservice och administratörer läser anteckningarna."
    ),  # h6: erasure and anonymisation of a person (issue 23)
    ("SyncIssues", "Erase or anonymise person"): "Radera eller anonymisera person",
    ("SyncIssues", "Erase or anonymise %1"): "Radera eller anonymisera %1",
    ("PersonProfile", "Person"): "Person",
    ("Erasure", "&Erase…"): "&Radera…",
    ("Erasure", "&Anonymise…"): "&Anonymisera…",
    ("Erasure", "Erasing a person"): "Raderar en person",
    ("Erasure", "Anonymising a person"): "Anonymiserar en person",
    ("Erasure", "Not erased"): "Inte raderad",
    ("EraseDialog", "Erased person #%1"): "Raderad person #%1",
    ("EraseDialog", "Erase person"): "Radera person",
    ("EraseDialog", "Erase %1?"): "Radera %1?",
    ("EraseDialog", "Erase"): "Radera",
    ("EraseDialog", "Anonymise person"): "Anonymisera person",
    ("EraseDialog", "Anonymise %1?"): "Anonymisera %1?",
    ("EraseDialog", "Anonymise"): "Anonymisera",
    ("EraseDialog", "This cannot be undone."): "Det går inte att ångra.",
    ("EraseDialog", "For example: the person's request of 2 December, by e-mail"): (
        "Till exempel: personens begäran den 2 december, via e-post"
    ),
    # h7 (issue 23): the audit log and the register extract
    ("AuditLog", "Personnummer synced to a desktop"): "Personnummer synkade till en dator",
    ("AuditLog", "Register extract made"): "Registerutdrag gjort",
    ("AuditLog", "Person's account read"): "Personens konto läst",
    ("AuditLog", "Duplicate persons merged"): "Dubbletter av personer sammanslagna",
    ("AuditLog", "Signature evidence read"): "Underskriftsbevis läst",
    ("AuditLog", "Fields edited"): "Fält ändrade",
    ("AuditLog", "User account created"): "Användarkonto skapat",
    ("AuditLog", "User invited"): "Användare inbjuden",
    ("AuditLog", "User invitation sent"): "Inbjudan till användare skickad",
    ("AuditLog", "User given access"): "Användare fick åtkomst",
    ("AuditLog", "User's roles changed"): "Användarens roller ändrade",
    ("AuditLog", "User activated"): "Användare aktiverad",
    ("AuditLog", "User deactivated"): "Användare inaktiverad",
    ("AuditLog", "User renamed"): "Användare fick nytt namn",
    ("AuditLog", "User's phone number changed"): "Användarens telefonnummer ändrat",
    ("AuditLog", "User's personnummer changed"): "Användarens personnummer ändrat",
    ("AuditLog", "User's password reset"): "Användarens lösenord återställt",
    ("AuditLog", "Password reset asked for"): "Återställning av lösenord begärd",
    ("AuditLog", "Password set"): "Lösenord satt",
    ("AuditLog", "User's session ended"): "Användarens session avslutad",
    ("AuditLog", "User's sessions ended"): "Användarens sessioner avslutade",
    ("AuditLog", "Agent role granted"): "Ombudsroll tilldelad",
    ("AuditLog", "Agent role taken away"): "Ombudsroll borttagen",
    ("AuditLog", "SIE file exported"): "SIE-fil exporterad",
    ("AuditLog", "Credit balances read"): "Tillgodohavanden lästa",
    ("AuditLog", "BgMax file imported"): "BgMax-fil importerad",
    ("AuditLog", "Unmatched payments read"): "Omatchade betalningar lästa",
    ("AuditLog", "Payment matched by hand"): "Betalning matchad för hand",
    ("AuditLog", "Collection list read"): "Inkassolistan läst",
    ("AuditLog", "Reminders read"): "Påminnelser lästa",
    ("AuditLog", "Refunds read"): "Återbetalningar lästa",
    ("AuditLog", "Refund marked paid"): "Återbetalning markerad som betald",
    ("AuditLog", "Card refund asked for"): "Återbetalning till kort begärd",
    ("AuditLog", "Credit paid out"): "Tillgodohavande utbetalt",
    ("AuditLog", "Economics report read"): "Ekonomirapport läst",
    ("AuditLog", "Evaluation report read"): "Utvärderingsrapport läst",
    ("AuditLog", "Report downloaded"): "Rapport hämtad",
    (
        "AuditLog",
        "Overdue payments of a round read",
    ): "Förfallna betalningar för en utbildningsomgång lästa",
    ("AuditLog", "Participant list sent"): "Deltagarlista skickad",
    ("AuditLog", "Customer invited to order"): "Kund inbjuden att beställa",
    ("AuditLog", "Anything done to a person"): "Allt som gjorts med en person",
    ("AuditLog", "Anything done to a user account"): "Allt som gjorts med ett användarkonto",
    ("AuditLog", "Payments"): "Betalningar",
    ("AuditLog", "Refunds"): "Återbetalningar",
    ("AuditLog", "Person"): "Person",
    ("AuditLog", "The organisation"): "Organisationen",
    ("AuditLog", "User account"): "Användarkonto",
    ("AuditLog", "Kansli (the system)"): "Kansli (systemet)",
    ("AuditLog", "When"): "När",
    ("AuditLog", "Who"): "Vem",
    ("AuditLog", "What"): "Vad",
    ("AuditLog", "About"): "Gäller",
    ("AuditLog", "Details"): "Detaljer",
    ("AuditLog", "Rows: %1"): "Rader: %1",
    ("AuditLog", "Loading the audit log"): "Hämtar granskningsloggen",
    (
        "AuditLog",
        "The audit log is kept on the server, and this copy of the data is not connected to one. Sign in to the server to see it.",
    ): "Granskningsloggen finns på servern, och den här kopian av uppgifterna är inte ansluten till någon. Logga in på servern för att se den.",
    (
        "AuditLog",
        "Offline: the audit log is kept on the server, and it cannot be reached now. Your other work goes on; try again when online.",
    ): "Frånkopplad: granskningsloggen finns på servern, och den går inte att nå nu. Ditt övriga arbete fortsätter; försök igen när du är ansluten.",
    ("AuditLogWindow", "Audit log"): "Granskningslogg",
    ("AuditLogWindow", "Who"): "Vem",
    ("AuditLogWindow", "Part of an e-mail address"): "Del av en e-postadress",
    ("AuditLogWindow", "Anyone"): "Vem som helst",
    ("AuditLogWindow", "Audit log of a person"): "Granskningslogg för en person",
    ("AuditLogWindow", "&What:"): "&Vad:",
    ("AuditLogWindow", "W&ho:"): "Ve&m:",
    ("AuditLogWindow", "Perso&n:"): "Perso&n:",
    ("AuditLogWindow", "Open &profile"): "Öppna &profil",
    (
        "AuditLogWindow",
        "The profile of the person the selected event is about",
    ): "Profilen för personen som den valda händelsen gäller",
    ("AuditLogWindow", "&Export…"): "&Exportera…",
    (
        "AuditLogWindow",
        "Write the events shown to an Excel or CSV file",
    ): "Skriv de visade händelserna till en Excel- eller CSV-fil",
    ("AuditLogWindow", "Audit log actions"): "Åtgärder i granskningsloggen",
    (
        "AuditLogWindow",
        "Find words among the events listed…",
    ): "Hitta ord bland de listade händelserna…",
    (
        "AuditLogWindow",
        "No event matches the filters chosen above.",
    ): "Ingen händelse matchar filtren som valts ovan.",
    ("AuditLogWindow", "No event matches the filter."): "Ingen händelse matchar filtret.",
    (
        "AuditLogWindow",
        "The newest %1 of %2 are listed: choose a kind, person or days.",
    ): "De senaste %1 av %2 visas: välj en typ, person eller dagar.",
    ("AuditLogWindow", "Export the audit log"): "Exportera granskningsloggen",
    ("AuditLogWindow", "%n event(s) exported to %1"): (
        "%n händelse exporterad till %1",
        "%n händelser exporterade till %1",
    ),
    ("MainWindow", "Audit &log…"): "Gransknings&logg…",
    (
        "MainWindow",
        "Who read personnummer or changed users, roles and settings, and when",
    ): "Vem som läst personnummer eller ändrat användare, roller och inställningar, och när",
    ("PersonProfile", "Register extract…"): "Registerutdrag…",
    (
        "PersonProfile",
        "Save everything held about this person as a PDF and a JSON file",
    ): "Spara allt som finns om personen som en PDF- och en JSON-fil",
    (
        "RegisterExtract",
        "The register extract is made by the server: connect to it.",
    ): "Registerutdraget görs av servern: anslut till den.",
    ("RegisterExtract", "Register extract %1 %2"): "Registerutdrag %1 %2",
    ("RegisterExtract", "Save the register extract"): "Spara registerutdraget",
    (
        "RegisterExtract",
        "PDF, with the JSON copy beside it (*.pdf)",
    ): "PDF, med JSON-kopian bredvid (*.pdf)",
    (
        "RegisterExtract",
        "Asking the server for the register extract…",
    ): "Ber servern om registerutdraget…",
    ("RegisterExtract", "Register extract saved: %1"): "Registerutdraget sparat: %1",
    ("AuditLog", "Payment settings"): "Betalningsinställningar",
    ("AuditLog", "Accounting settings"): "Bokföringsinställningar",
    ("AuditLog", "Agent-order settings"): "Inställningar för ombudsbeställningar",
    ("AuditLog", "Cancellation terms"): "Avbokningsvillkor",
    ("AuditLog", "Signature"): "Underskrift",
    ("AuditLog", "Registration"): "Anmälan",
    ("AuditLog", "Invoice"): "Faktura",
    ("AuditLog", "Refund"): "Återbetalning",
    ("AuditLog", "Payment"): "Betalning",
    ("AuditLog", "Payment file"): "Betalningsfil",
    ("AuditLog", "Course round"): "Utbildningsomgång",
    ("AuditLog", "Alumni registration"): "Alumniregistrering",
    ("AuditLog", "Student record"): "Studieuppgift",
    ("AuditLog", "Roles"): "Roller",
    ("AuditLog", "Role"): "Roll",
    ("AuditLog", "Format"): "Format",
    ("AuditLog", "Via"): "Via",
    ("AuditLog", "Sessions ended"): "Avslutade sessioner",
    ("AuditLog", "Reason"): "Orsak",
    ("AuditLog", "Version"): "Version",
    ("AuditLog", "Method"): "Metod",
    ("AuditLog", "People"): "Personer",
    ("AuditLog", "Report"): "Rapport",
    ("RegisterExtract", "No register extract: %1"): "Inget registerutdrag: %1",
    # H8: consent withdrawal and retention rules (issue 23)
    ("Validation", "Only a consent to the processing of personal data can be withdrawn"): (
        "Bara ett samtycke till behandling av personuppgifter kan återkallas"
    ),
    ("Validation", "Choose a period from {low} to {high}"): "Välj en period från {low} till {high}",
    ("Validation", "The retention settings were changed meanwhile (version {theirs})"): (
        "Gallringsreglerna ändrades under tiden (version {theirs})"
    ),
    ("SyncIssues", "Set retention rules"): "Ange gallringsregler",
    ("SyncIssues", "Withdraw a consent"): "Återkalla ett samtycke",
    ("SyncIssues", "Withdraw a consent of %1"): "Återkalla ett samtycke för %1",
    (
        "SyncIssues",
        "Denied alumni registrations kept (months)",
    ): "Avslagna alumnregistreringar sparas (månader)",
    (
        "SyncIssues",
        "Mail texts kept after sending (days)",
    ): "E-posttexter sparas efter utskick (dagar)",
    (
        "SyncIssues",
        "Expired links, sessions and codes kept (days)",
    ): "Utgångna länkar, sessioner och koder sparas (dagar)",
    ("SyncIssues", "Audit events kept (years)"): "Granskningshändelser sparas (år)",
    (
        "EventTypes",
        "The manager's consent was recorded: the receipt, with the link to withdraw it",
    ): "Chefens samtycke registrerades: kvittot, med länken för att återkalla det",
    ("Placeholders", "the text of the consent as given"): "samtyckets text så som det gavs",
    ("Placeholders", "the manager's personal link to withdraw the consent"): (
        "chefens personliga länk för att återkalla samtycket"
    ),
    ("Profile", "the terms"): "villkoren",
    ("Profile", "processing of personal data"): "behandling av personuppgifter",
    ("Profile", "the link in the mail"): "länken i e-postmeddelandet",
    ("Profile", "staff"): "personalen",
    "Consent to %1 (version %2) given %3 from %4": "Samtycke till %1 (version %2) lämnat %3 från %4",
    "Withdrawn %1 via %2": "Återkallat %1 via %2",
    "Withdraw consent…": "Återkalla samtycke…",
    "Withdraw consent": "Återkalla samtycke",
    "Record that the person withdrew a consent to the processing of their data": "Registrera att personen återkallat ett samtycke till behandling av sina uppgifter",
    "Record that %1 withdrew this consent?\n\n%2": "Registrera att %1 har återkallat detta samtycke?\n\n%2",
    "Which consent did %1 withdraw?": "Vilket samtycke återkallade %1?",
    ("PeopleOps", "Withdrawing a consent"): "Återkallar ett samtycke",
    "R&etention…": "Gallr&ing…",
    "How long personal data no longer needed is kept, and what was removed": "Hur länge personuppgifter som inte längre behövs sparas, och vad som har tagits bort",
    ("RetentionDialog", "Retention"): "Gallring",
    " months after the decision": " månader efter beslutet",
    " days after sending": " dagar efter utskick",
    " days after expiry": " dagar efter att de gått ut",
    " years": " år",
    "Denied alumni registrations:": "Avslagna alumnregistreringar:",
    "Texts of mails and SMS sent:": "Texter i skickad e-post och sms:",
    "Expired links, sessions and codes:": "Utgångna länkar, sessioner och koder:",
    "Audit events:": "Granskningshändelser:",
    "Kansli removes these every night, and lists here what each run removed. Kept regardless: signatures (as long as their order), invoices and payments (as bookkeeping law requires), consents with their withdrawals. See docs/PRIVACY.md.": "Kansli tar bort detta varje natt och visar här vad varje körning tog bort. Sparas oavsett: underskrifter (så länge beställningen finns), fakturor och betalningar (enligt bokföringslagen), samtycken med sina återkallelser. Se docs/PRIVACY.md.",
    "No run yet: the first runs tonight.": "Ingen körning än: den första körs i natt.",
    "Last runs:": "Senaste körningarna:",
    "%1 — removed: %2": "%1 — borttaget: %2",
    "change of the retention rules": "ändring av gallringsreglerna",
    ("Retention", "denied alumni registrations"): "avslagna alumnregistreringar",
    ("Retention", "mail and SMS texts"): "e-post- och sms-texter",
    ("Retention", "expired links, sessions and codes"): "utgångna länkar, sessioner och koder",
    ("Retention", "audit events"): "granskningshändelser",
    # h5 (issue 23): the local copy is encrypted; working offline needs the password
    "Open this computer's copy of your data with your password; changes are sent when online": (
        "Öppna den här datorns kopia av dina data med ditt lösenord; ändringar skickas när du är online"
    ),
    "This computer's copy of the account cannot be opened with the key kept for it; sign in with your password. Nothing was changed.": (
        "Den här datorns kopia av kontot kan inte öppnas med nyckeln som sparats för den; logga in med ditt lösenord. Inget ändrades."
    ),
    "Type your password to open this computer's copy of the account without the server.": (
        "Skriv ditt lösenord för att öppna den här datorns kopia av kontot utan servern."
    ),
    "The password does not open this computer's copy of the account; connect to the server and sign in.": (
        "Lösenordet öppnar inte den här datorns kopia av kontot; anslut till servern och logga in."
    ),
    "This computer's copy of the account opens offline only after one sign-in with the server.": (
        "Den här datorns kopia av kontot kan öppnas offline först efter en inloggning mot servern."
    ),
    "This computer's copy of the account was locked with another password and the password store does not hold its key: sign in with the password you had when you last signed in on this computer.": (
        "Den här datorns kopia av kontot låstes med ett annat lösenord och lösenordsförrådet har inte dess nyckel: logga in med det lösenord du hade när du senast loggade in på den här datorn."
    ),
    ("EraseDialog", "&Reason (kept in the audit trail):"): "&Skäl (sparas i granskningsloggen):",
    (
        "EraseDialog",
        "Everything Kansli holds about %1 is removed, on the server and on every "
        "computer at its next sync: name, personnummer, address, e-mail addresses, "
        "phone numbers, notes, consents, registrations, attendance, categories, "
        "alumni data and the mail and text messages sent to them.",
    ): (
        "Allt Kansli har om %1 tas bort, på servern och på varje dator vid dess nästa "
        "synkronisering: namn, personnummer, adress, e-postadresser, telefonnummer, "
        "anteckningar, samtycken, kursregistreringar, närvaro, kategorier, alumnuppgifter "
        "och e-post och sms som skickats till personen."
    ),
    (
        "EraseDialog",
        "Kept, as bookkeeping law requires: invoices, payments, reminders, refunds "
        "and ledger postings with their amounts and dates, under the anonymous "
        "name “%1”.",
    ): (
        "Kvar blir, som bokföringslagen kräver: betalningsavier, betalningar, "
        "påminnelser, återbetalningar och bokföringsposter med belopp och datum, under "
        "det anonyma namnet ”%1”."
    ),
    (
        "EraseDialog",
        "The personal data of %1 is removed, on the server and on every computer "
        "at its next sync: name, personnummer, address, e-mail addresses, phone "
        "numbers, notes, consents, the answers and notes of their registrations, "
        "alumni data and the mail and text messages sent to them.",
    ): (
        "Personuppgifterna om %1 tas bort, på servern och på varje dator vid dess nästa "
        "synkronisering: namn, personnummer, adress, e-postadresser, telefonnummer, "
        "anteckningar, samtycken, svar och anteckningar i kursregistreringarna, "
        "alumnuppgifter och e-post och sms som skickats till personen."
    ),
    (
        "EraseDialog",
        "Kept without anything that identifies them, under the anonymous name "
        "“%1”: their registrations, attendance, memberships and categories (for "
        "counts and statistics), and, as bookkeeping law requires, invoices, "
        "payments and ledger postings with their amounts and dates.",
    ): (
        "Kvar blir, utan något som identifierar personen, under det anonyma namnet ”%1”: "
        "kursregistreringar, närvaro, medlemskap och kategorier (för antal och "
        "statistik) och, som bokföringslagen kräver, betalningsavier, betalningar och "
        "bokföringsposter med belopp och datum."
    ),
    ("Validation", "This person was merged into another: erase that person instead"): (
        "Personen har slagits ihop med en annan: radera den personen i stället"
    ),
    ("Validation", "This person is erased: their data cannot be filled in again"): (
        "Personen är raderad: uppgifter om personen kan inte fyllas i igen"
    ),
    ("Validation", "This person has a staff account: remove the account first"): (
        "Personen har ett användarkonto: ta bort kontot först"
    ),
    (
        "Validation",
        "This person has an open balance (an unpaid invoice, credit or money owed back):"
        " settle it first",
    ): "Personen har ett öppet saldo (en obetald faktura, ett tillgodohavande eller pengar att betala tillbaka): reglera det först",
    # H2 (issue 24): the client/server version agreement.
    "Update Kansli to %1 or later to sync (unsent changes kept)": "Uppdatera Kansli till %1 eller senare för att synka (osända ändringar finns kvar)",
    "This version of Kansli (%1) is older than the server accepts: install version %2 or later. Your unsent changes stay here and are sent once Kansli is updated.": "Den här versionen av Kansli (%1) är äldre än servern godtar: installera version %2 eller senare. Dina osända ändringar finns kvar här och skickas när Kansli är uppdaterat.",
    (
        "Login",
        "This version of Kansli (%1) is older than the server accepts: install version %2 or later and sign in again.",
    ): "Den här versionen av Kansli (%1) är äldre än servern godtar: installera version %2 eller senare och logga in igen.",
    # The register extract's JSON copy beside the PDF (issue 23 review, H10).
    ("RegisterExtract", "Replace the file?"): "Ersätta filen?",
    ("ServerListWindow", "Any"): "Alla",
    (
        "RegisterExtract",
        "%1 already exists beside it. Replace it with the extract's JSON copy?",
    ): "%1 finns redan bredvid. Vill du ersätta den med utdragets JSON-kopia?",
    # H12: consent withdrawal on the timeline and the round in the profile's consent line.
    ("Profile", "Consent withdrawn"): "Samtycke återkallat",
    ("ActivitySubject", "Consent withdrawn: {round}"): "Samtycke återkallat: {round}",
    ("ActivitySubject", "Consent withdrawn"): "Samtycke återkallat",
    "Consent to %1 (version %2) for %5, given %3 from %4": (
        "Samtycke till %1 (version %2) för %5, lämnat %3 från %4"
    ),
    # H16 (issue 24 review): undoing an action whose answer was lost, while too old.
    (
        "Undo",
        "This decision was sent to the server, but its answer did not arrive; the server accepts only Kansli %1 or later: update Kansli, then it can be undone.",
    ): "Beslutet skickades till servern, men svaret kom aldrig fram; servern godtar bara Kansli %1 eller senare: uppdatera Kansli, sedan kan det ångras.",
    # H14 (session 11): the local copy open in another Kansli while it is encrypted.
    "This computer's copy of the account is open in another Kansli window: close it and try again. Nothing was changed.": (
        "Den här datorns kopia av kontot är öppen i ett annat Kansli-fönster: stäng det och försök igen. Inget ändrades."
    ),
}

#: English plural forms (Qt needs a translation file to pick "1 order" / "2 orders").
EN_PLURALS: dict[str, tuple[str, str]] = {}
