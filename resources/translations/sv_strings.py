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
    "Open this computer's copy of your data; changes are sent when online": (
        "Öppna den här datorns kopia av dina data; ändringar skickas när du är online"
    ),
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
    "%n row(s) exported to %1": ("%n rad exporterad till %1", "%n rader exporterade till %1"),
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
    "Consent “%1” (terms %2) given %3 from %4": "Samtycke ”%1” (villkor %2) lämnat %3 från %4",
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
    "%n participant(s) to import": ("%n deltagare att importera", "%n deltagare att importera"),
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
    ("Roles", "Viewer (read only)"): "Läsare (endast läsning)",
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
    "Seats on the round: %1. After the import %n participant(s) more than that": (
        "Platser på omgången: %1. Efter importen %n deltagare fler än så",
        "Platser på omgången: %1. Efter importen %n deltagare fler än så",
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
    ("SyncIssues", "Register %1 on a course round"): "Registrera %1 på en utbildningsomgång",
    ("SyncIssues", "Change the approving manager of %1"): "Byt godkännande chef för %1",
    (
        "SyncIssues",
        "Ask the approving manager to approve %1",
    ): "Be godkännande chef att godkänna %1",
    ("SyncIssues", "Remove the approval of %1"): "Ta bort godkännandet för %1",
    ("SyncIssues", "Cancel the registration of %1"): "Avboka kursregistreringen för %1",
    ("SyncIssues", "Change the sign-up form of %1"): "Ändra anmälningsformuläret för %1",
    (
        "SyncIssues",
        "Add a question to the sign-up form",
    ): "Lägg till en fråga i anmälningsformuläret",
    ("SyncIssues", "Remove the question “%1”"): "Ta bort frågan ”%1”",
    ("SyncIssues", "Change the alumni rule “%1”"): "Ändra alumniregeln ”%1”",
    ("SyncIssues", "Approve alumni registration of %1"): "Godkänn alumniregistreringen för %1",
    ("SyncIssues", "Deny alumni registration of %1"): "Neka alumniregistreringen för %1",
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
    ("SyncIssues", "The server refused this change."): "Servern avvisade den här ändringen.",
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
    ("Validation", "The registration is not approved"): "Kursregistreringen är inte godkänd",
    (
        "Validation",
        "The registration has not been checked automatically yet",
    ): "Registreringen har inte kontrollerats automatiskt än",
    (
        "Validation",
        "The registration is in the manual queue; nothing to reverse",
    ): "Registreringen ligger i den manuella kön; det finns inget beslut att häva",
    ("Validation", "The membership is already terminated"): "Medlemskapet är redan avslutat",
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
    ("Validation", "The round ends before it starts"): "Omgången slutar innan den börjar",
    ("Validation", "The terms must be accepted"): "Villkoren måste godkännas",
    ("Validation", "{round} is cancelled"): "{round} är inställd",
    ("Validation", "{person} already has {address}"): "{person} har redan {address}",
    ("SyncIssues", "Reverse alumni decision"): "Häv alumnbeslut",
    ("SyncIssues", "Import registrations"): "Importera kursregistreringar",
    ("SyncIssues", "Reverse the alumni decision on %1"): "Häv alumnbeslutet för %1",
    ("SyncIssues", "Import registrations to %1"): "Importera kursregistreringar till %1",
    ("SyncIssues", "Create organisation"): "Skapa organisation",
    ("SyncIssues", "Create the organisation %1"): "Skapa organisationen %1",
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
    ("AlumniReason", "program {program} is in the list"): "programmet {program} finns i listan",
    (
        "AlumniReason",
        "program {program} not in {programs}",
    ): "programmet {program} finns inte bland {programs}",
    (
        "AlumniReason",
        "No graduation year found in student records",
    ): "Inget examensår hittades i studieuppgifterna",
    ("AlumniReason", "graduated {year}, after {after}"): "examen {year}, efter {after}",
    ("AlumniReason", "graduated {year}, not after {after}"): "examen {year}, inte efter {after}",
    ("UsersAdmin", "Loading users"): "Hämtar användare",
    ("UsersAdmin", "Inviting a user"): "Bjuder in en användare",
    ("UsersAdmin", "Changing a user"): "Ändrar en användare",
    ("UsersAdmin", "Sending a password reset"): "Skickar en återställning av lösenordet",
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
    ("ActivitySubject", "received"): "mottagen",
    ("ActivitySubject", "approved (registered alumnus)"): "godkänd (registrerad alumn)",
    ("ActivitySubject", "approved registered alumnus"): "godkänd (registrerad alumn)",
    ("ActivitySubject", "approved (alumnus)"): "godkänd (alumn)",
    ("ActivitySubject", "approved alumnus"): "godkänd (alumn)",
    ("ActivitySubject", "not approved"): "ej godkänd",
    ("ActivitySubject", "approved manually"): "manuellt godkänd",
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
    ("Validation", "Already {status} by {by} at {when}"): "Redan {status} av {by} {when}",
    (
        "Validation",
        "A choice element needs at least one option",
    ): "En flervalsfråga behöver minst ett alternativ",
    ("Validation", "Only a choice element has options"): "Bara en flervalsfråga har alternativ",
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
    ("CourseOps", "edit of %1"): "ändringen av %1",
    "Saving %1": "Sparar %1",
    "archiving %1": "arkiveringen av %1",
    "restoring %1": "återställningen av %1",
    "Archiving %1": "Arkiverar %1",
    ("Validation", "At most {max_length} characters"): "Högst {max_length} tecken",
    ("Validation", "Must not be negative"): "Får inte vara negativt",
    ("Validation", "Registration closes before it opens"): "Anmälan stänger innan den öppnar",
    ("Validation", "Write the price in kronor, such as 4 500 or 4 500,50"): "Skriv priset i kronor, till exempel 4 500 eller 4 500,50",
}

#: English plural forms (Qt needs a translation file to pick "1 order" / "2 orders").
EN_PLURALS: dict[str, tuple[str, str]] = {}
