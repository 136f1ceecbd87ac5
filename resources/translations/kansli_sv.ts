<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
  <context>
    <name>Account</name>
    <message>
      <location filename="../../desktop/people/account.py" line="38" />
      <source>Booking</source>
      <extracomment>Who sees people's accounts (the server asks the same). A transaction's kind in words (a kind this copy does not know is shown as it is).</extracomment>
      <translation>Bokning</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="39" />
      <source>Payment</source>
      <translation>Betalning</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="40" />
      <source>Cancellation</source>
      <translation>Avbokning</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="41" />
      <source>Refund</source>
      <translation>Återbetalning</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="42" />
      <source>Correction</source>
      <translation>Rättelse</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="56" />
      <source>Day</source>
      <translation>Dag</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="57" />
      <source>What</source>
      <translation>Vad</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="58" />
      <source>Reference</source>
      <translation>Referens</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="59" />
      <source>Owed</source>
      <translation>Att betala</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="60" />
      <source>Credit</source>
      <translation>Tillgodo</translation>
    </message>
  </context>
  <context>
    <name>AccountMappingDialog</name>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="128" />
      <source>New account mapping</source>
      <translation>Ny kontokoppling</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="129" />
      <source>Edit account mapping</source>
      <translation>Ändra kontokoppling</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="135" />
      <source>Purpose:</source>
      <translation>Ändamål:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="140" />
      <source>Account:</source>
      <translation>Konto:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="141" />
      <source>Cost centre:</source>
      <translation>Kostnadsställe:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="142" />
      <source>Project:</source>
      <translation>Projekt:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="144" />
      <source>None</source>
      <translation>Inget</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="149" />
      <source>VAT code:</source>
      <translation>Momskod:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="149" />
      <source>The VAT return's box, e.g. 05; empty: none</source>
      <translation>Momsdeklarationens ruta, t.ex. 05; tomt: ingen</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="155" />
      <source>The SIE export books each line on the most specific mapping of its purpose (the round's, else its category's, else all courses'), with its cost centre and project. A purpose without one is booked on BAS's account (grey).</source>
      <translation>SIE-exporten bokför varje rad på den mest specifika kopplingen för dess ändamål (omgångens, annars kategorins, annars alla kursers), med dess kostnadsställe och projekt. Ett ändamål utan koppling bokförs på BAS-kontot (grått).</translation>
    </message>
  </context>
  <context>
    <name>AccountTab</name>
    <message>
      <location filename="../../desktop/people/account.py" line="78" />
      <source>Not asked yet.</source>
      <extracomment>The last answer shown (tests wait on it), None before one came.</extracomment>
      <translation>Inte efterfrågat än.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="86" />
      <source>No transactions.</source>
      <translation>Inga transaktioner.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="88" />
      <source>&amp;Refresh</source>
      <translation>&amp;Uppdatera</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="88" />
      <source>Ask the server again</source>
      <translation>Fråga servern igen</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="100" />
      <location filename="../../desktop/people/account.py" line="137" />
      <source>The account is kept on the server: connect to see it.</source>
      <translation>Kontot finns på servern: anslut för att se det.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="102" />
      <source>Asking the server…</source>
      <translation>Frågar servern…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="126" />
      <source>Owes %1 · Credit balance %2</source>
      <translation>Att betala %1 · Tillgodohavande %2</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="131" />
      <source>To be paid back %1</source>
      <translation>Ska återbetalas %1</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="144" />
      <source>The account could not be read: %1</source>
      <translation>Kontot kunde inte läsas: %1</translation>
    </message>
  </context>
  <context>
    <name>AccountingObjectDialog</name>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="277" />
      <source>New cost centre or project</source>
      <translation>Nytt kostnadsställe eller projekt</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="278" />
      <source>Edit cost centre or project</source>
      <translation>Ändra kostnadsställe eller projekt</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="284" />
      <source>Kind:</source>
      <translation>Slag:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="287" />
      <source>Code:</source>
      <translation>Kod:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="287" />
      <source>As in the accounting program, e.g. 10 or K1</source>
      <translation>Som i bokföringsprogrammet, t.ex. 10 eller K1</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="289" />
      <source>Name:</source>
      <translation>Namn:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="294" />
      <source>The account mappings name cost centres and projects by their code; the SIE file gives each its name. The code stays once made.</source>
      <translation>Kontokopplingarna anger kostnadsställen och projekt med sin kod; SIE-filen ger vart och ett sitt namn. Koden kan inte ändras när den väl är skapad.</translation>
    </message>
  </context>
  <context>
    <name>AccountingObjectsWindow</name>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="308" />
      <source>Cost centres and projects</source>
      <translation>Kostnadsställen och projekt</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="309" />
      <source>No cost centres or projects. New… adds one the account mappings may name.</source>
      <translation>Inga kostnadsställen eller projekt. Ny… lägger till ett som kontokopplingarna kan ange.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="313" />
      <source>SIE dimension 1 (cost centres) and 6 (projects). One a mapping names cannot be archived.</source>
      <translation>SIE-dimension 1 (kostnadsställen) och 6 (projekt). Ett som en kontokoppling anger kan inte arkiveras.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="317" />
      <source>Mappings can no longer choose it; the SIE files made keep it</source>
      <translation>Kopplingar kan inte längre välja det; SIE-filer som redan gjorts behåller det</translation>
    </message>
  </context>
  <context>
    <name>AccountingOptionsDialog</name>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="346" />
      <source>Bookings</source>
      <extracomment>Each kind of voucher as the form names it (models.accounting.DEFAULT_SERIES's kinds).</extracomment>
      <translation>Bokningar</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="347" />
      <source>Payments</source>
      <translation>Inbetalningar</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="348" />
      <source>Cancellations and credits</source>
      <translation>Avbokningar och krediteringar</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="349" />
      <source>Refunds</source>
      <translation>Återbetalningar</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="350" />
      <source>Card fees</source>
      <translation>Kortavgifter</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="351" />
      <source>Reminders and interest</source>
      <translation>Påminnelser och ränta</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="352" />
      <source>Corrections</source>
      <translation>Rättelser</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="353" />
      <source>Accruals</source>
      <translation>Periodiseringar</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="385" />
      <source>Fiscal year and voucher series</source>
      <translation>Räkenskapsår och verifikationsserier</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="389" />
      <source>Book course fees over the months of their round</source>
      <translation>Bokför kursavgifter över omgångens månader</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="399" />
      <source>Series of %1</source>
      <translation>Serie för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="400" />
      <source>Name of %1's series</source>
      <translation>Namn på serien för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="406" />
      <source>Fiscal year starts in:</source>
      <translation>Räkenskapsåret börjar i:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="407" />
      <source>Accrual:</source>
      <translation>Periodisering:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="408" />
      <source>Voucher series:</source>
      <translation>Verifikationsserier:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="412" />
      <source>The SIE export's fiscal year starts on the first of this month. With accrual, a booking's course fee for a round of several months is booked on prepaid course fees and moved to revenue month by month (its own voucher series). Each kind of event has its series: a letter and its name.</source>
      <translation>SIE-exportens räkenskapsår börjar den första i den här månaden. Med periodisering bokförs en boknings kursavgift för en omgång över flera månader som förutbetald och förs till intäkt månad för månad (i en egen verifikationsserie). Varje slags händelse har sin serie: en bokstav och dess namn.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="454" />
      <source>change of the accounting settings</source>
      <translation>ändring av bokföringsinställningarna</translation>
    </message>
  </context>
  <context>
    <name>AccountingSettingsWindow</name>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="195" />
      <source>Accounting settings</source>
      <translation>Bokföringsinställningar</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="196" />
      <source>No accounts mapped: the SIE export books everything on BAS's accounts. New… maps a purpose to your own account.</source>
      <translation>Inga konton kopplade: SIE-exporten bokför allt på BAS-kontona. Ny… kopplar ett ändamål till ert eget konto.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="201" />
      <source>Each purpose may have an account for all courses, a category or a round; the most specific counts. Exports already made keep theirs.</source>
      <translation>Varje ändamål kan ha ett konto för alla kurser, en kategori eller en omgång; det mest specifika gäller. Exporter som redan gjorts behåller sina.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="206" />
      <source>The wider mapping, or BAS's account, applies again</source>
      <translation>Den bredare kopplingen, eller BAS-kontot, gäller igen</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="231" />
      <source>Cost centres and projects…</source>
      <translation>Kostnadsställen och projekt…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="235" />
      <source>Fiscal year and series…</source>
      <translation>Räkenskapsår och serier…</translation>
    </message>
  </context>
  <context>
    <name>ActivitySubject</name>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="463" />
      <source>Approval requested: {name}</source>
      <extracomment>The subjects of the activities the server and the commands record (``Activity.subject``: models/commands, server/services), shown on a person's timeline.</extracomment>
      <translation>Godkännande begärt: {name}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="464" />
      <source>Reminder sent: {name}</source>
      <translation>Påminnelse skickad: {name}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="465" />
      <source>Approved: {name}</source>
      <translation>Godkänd: {name}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="466" />
      <source>Approval requested</source>
      <translation>Godkännande begärt</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="467" />
      <source>Approval removed</source>
      <translation>Godkännande borttaget</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="468" />
      <source>Registration approved</source>
      <translation>Kursregistrering godkänd</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="469" />
      <source>Alumni registration {status} (automatic check)</source>
      <translation>Alumnregistrering {status} (automatisk kontroll)</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="470" />
      <source>Alumni registration {status}</source>
      <translation>Alumnregistrering {status}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="471" />
      <source>Alumni decision reversed: back in the manual queue</source>
      <translation>Alumnbeslutet ändrades tillbaka: åter i den manuella kön</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="472" />
      <source>New contact details confirmed by the alumnus</source>
      <translation>Nya kontaktuppgifter bekräftade av alumnen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="473" />
      <source>Alumni membership terminated by the alumnus</source>
      <translation>Alumnmedlemskapet avslutat av alumnen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="474" />
      <source>Details updated by the returning alumnus</source>
      <translation>Uppgifter uppdaterade av den återkommande alumnen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="475" />
      <source>Proposed details applied</source>
      <translation>Föreslagna uppgifter införda</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="476" />
      <source>Proposed details discarded</source>
      <translation>Föreslagna uppgifter förkastade</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="477" />
      <source>{name} merged into this profile</source>
      <translation>{name} sammanfogad med den här profilen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="478" />
      <source>Sign-up declined after review</source>
      <translation>Anmälan avslogs efter granskning</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="479" />
      <source>Internal note</source>
      <translation>Intern notering</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="480" />
      <source>Internal note withdrawn</source>
      <translation>Intern notering tillbakadragen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="481" />
      <source>Consent withdrawn: {round}</source>
      <translation>Samtycke återkallat: {round}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="482" />
      <source>Consent withdrawn</source>
      <translation>Samtycke återkallat</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="487" />
      <source>received</source>
      <extracomment>The alumni states as the subjects write them (``models.alumni.STATUS_LABELS`` and the status codes with spaces).</extracomment>
      <translation>inkommen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="488" />
      <source>approved (registered alumnus)</source>
      <translation>godkänd pga registrerad alumn</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="489" />
      <source>approved registered alumnus</source>
      <translation>godkänd pga registrerad alumn</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="490" />
      <source>approved (alumnus)</source>
      <translation>godkänd pga alumn</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="491" />
      <source>approved alumnus</source>
      <translation>godkänd pga alumn</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="492" />
      <source>not approved</source>
      <translation>ej godkänd</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="493" />
      <source>approved manually</source>
      <translation>godkänd manuell</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="494" />
      <source>denied</source>
      <translation>nekad</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="495" />
      <source>unregistered</source>
      <translation>avregistrerad</translation>
    </message>
  </context>
  <context>
    <name>AddNoteDialog</name>
    <message>
      <location filename="../../desktop/participants/notes.py" line="33" />
      <source>Add internal note</source>
      <translation>Lägg till intern notering</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="36" />
      <source>A note on the registration of %1, for the staff only: the approving manager and the participant never see it. It cannot be edited afterwards; a correction is a new note.</source>
      <translation>En notering på kursregistreringen för %1, bara för personalen: den godkännande chefen och deltagaren ser den aldrig. Den kan inte ändras efteråt; en rättelse är en ny notering.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="43" />
      <source>E.g. Approval received by phone from the manager</source>
      <translation>T.ex. Godkännande mottaget per telefon från chefen</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="44" />
      <source>Note</source>
      <translation>Notering</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="47" />
      <source>Add note</source>
      <translation>Lägg till notering</translation>
    </message>
  </context>
  <context>
    <name>AddRegistrationDialog</name>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="378" />
      <source>Add registration to %1</source>
      <translation>Lägg till kursregistrering på %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="379" />
      <source>An existing person</source>
      <translation>En befintlig person</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="380" />
      <source>A new person</source>
      <translation>En ny person</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="382" />
      <source>Choose person…</source>
      <translation>Välj person…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="383" />
      <source>Nobody chosen</source>
      <translation>Ingen vald</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="390" />
      <location filename="../../desktop/participants/dialogs.py" line="404" />
      <source>First name</source>
      <translation>Förnamn</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="391" />
      <location filename="../../desktop/participants/dialogs.py" line="405" />
      <source>Last name</source>
      <translation>Efternamn</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="392" />
      <location filename="../../desktop/participants/dialogs.py" line="406" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="395" />
      <source>Choose approving manager…</source>
      <translation>Välj godkännande chef…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="396" />
      <location filename="../../desktop/participants/dialogs.py" line="441" />
      <source>No approving manager</source>
      <translation>Ingen godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="410" />
      <source>No partner</source>
      <translation>Ingen partner</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="410" />
      <source>Choose partner</source>
      <translation>Välj partner</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="411" />
      <location filename="../../desktop/participants/dialogs.py" line="413" />
      <source>Partner</source>
      <translation>Partner</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="416" />
      <source>Add</source>
      <translation>Lägg till</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="428" />
      <source>Choose participant</source>
      <translation>Välj deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="436" />
      <source>Choose approving manager</source>
      <translation>Välj godkännande chef</translation>
    </message>
  </context>
  <context>
    <name>AgentDialog</name>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="72" />
      <source>New agent</source>
      <translation>Ny agent</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="73" />
      <source>Edit agent</source>
      <translation>Ändra agent</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="287" />
      <source>Name:</source>
      <translation>Namn:</translation>
    </message>
  </context>
  <context>
    <name>AgentOrderPage</name>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="99" />
      <location filename="../../desktop/agent_orders/order_page.py" line="69" />
      <source>State</source>
      <extracomment>Why an attestant declined, while the order is back in review for it ("" else).
----------
Badge colours by state; the state is always written out too. A tab of the main window (:class:`~desktop.common.tab_view.TabView`) that lists nothing: File › Export, Print and Edit › Find do nothing here.</extracomment>
      <translation>Läge</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="100" />
      <source>Service</source>
      <translation>Tjänst</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="101" />
      <source>Customer</source>
      <translation>Kund</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="102" />
      <source>Agent</source>
      <translation>Agent</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="104" />
      <source>Ordered by</source>
      <translation>Beställd av</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="107" />
      <source>Ordered</source>
      <translation>Beställd</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="111" />
      <source>Address</source>
      <translation>Adress</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="113" />
      <source>Case handler</source>
      <translation>Handläggare</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="114" />
      <source>Agent's attestant</source>
      <translation>Agentens attestant</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="116" />
      <source>Customer's attestant</source>
      <translation>Kundens attestant</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="124" />
      <source>Billing</source>
      <translation>Fakturering</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="128" />
      <source>Attest reference</source>
      <translation>Referens för attest</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="135" />
      <source>Reason for rejection</source>
      <translation>Skäl till avslag</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="142" />
      <source>Declined by the attestant</source>
      <translation>Avböjd av attestanten</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="148" />
      <source>Service desk case</source>
      <translation>Ärende hos servicedesk</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="155" />
      <source>History</source>
      <translation>Historik</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/order_page.py" line="73" />
      <source>Reload</source>
      <translation>Läs in igen</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/order_page.py" line="74" />
      <source>Load the server's page again</source>
      <translation>Hämta serverns sida igen</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/order_page.py" line="75" />
      <source>Open in browser</source>
      <translation>Öppna i webbläsaren</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/order_page.py" line="76" />
      <source>Open this page in your web browser, signed in</source>
      <translation>Öppna sidan inloggad i din webbläsare</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/order_page.py" line="87" />
      <source>Needs a connection to the server</source>
      <translation>Kräver en anslutning till servern</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/order_page.py" line="120" />
      <source>Order not found</source>
      <translation>Beställningen hittades inte</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/order_page.py" line="122" />
      <source>This order is not in the local database; sync and retry.</source>
      <translation>Beställningen finns inte i den lokala databasen; synka och försök igen.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/order_page.py" line="125" />
      <source>Order %1</source>
      <translation>Beställning %1</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/order_page.py" line="142" />
      <source>ordered %1 by %2</source>
      <translation>beställd %1 av %2</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/order_page.py" line="147" />
      <source>agent %1</source>
      <translation>agent %1</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/order_page.py" line="154" />
      <source>Order %1 as saved on this computer</source>
      <translation>Beställning %1 så som den är sparad på den här datorn</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/order_page.py" line="157" />
      <source>The server may know more; the list shows the state of the last sync.</source>
      <translation>Servern kan veta mer; listan visar läget vid senaste synk.</translation>
    </message>
  </context>
  <context>
    <name>AgentOrderSettingsDialog</name>
    <message>
      <location filename="../../desktop/agent_orders/settings.py" line="47" />
      <source>Agent-order settings</source>
      <extracomment>The settings' fields as the command takes them.</extracomment>
      <translation>Inställningar för agentbeställningar</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/settings.py" line="49" />
      <source>Case handlers sign approvals and rejections with BankID</source>
      <translation>Handläggare signerar godkännanden och avslag med BankID</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/settings.py" line="54" />
      <source>Case handler's decision:</source>
      <translation>Handläggarens beslut:</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/settings.py" line="60" />
      <source>With this on, Approve and Reject on the review page start a BankID signature of what the case handler decides (the order, the attestant or the reason). The decision takes effect only when the case handler has signed with their own BankID: register their personnummer under Administration › Users.</source>
      <translation>När detta är på startar Godkänn och Avslå på granskningssidan en BankID-signering av det handläggaren beslutar (beställningen, attestanten eller skälet). Beslutet gäller först när handläggaren har signerat med sitt eget BankID: registrera hens personnummer under Administration › Användare.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/settings.py" line="80" />
      <source>change of the agent-order settings</source>
      <translation>ändring av inställningarna för agentbeställningar</translation>
    </message>
  </context>
  <context>
    <name>AgentOrders</name>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="35" />
      <location filename="../../desktop/agent_orders/view.py" line="61" />
      <source>Ordered</source>
      <translation>Beställd</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="36" />
      <source>In the agent's review</source>
      <translation>Under agentens granskning</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="37" />
      <source>Approved by the agent</source>
      <translation>Godkänd av agenten</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="38" />
      <source>Attested by the agent</source>
      <translation>Attesterad av agenten</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="39" />
      <source>Attested by the customer</source>
      <translation>Attesterad av kunden</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="40" />
      <source>Handed to the service desk</source>
      <translation>Överlämnad till servicedesk</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="41" />
      <source>Rejected</source>
      <translation>Avslagen</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="43" />
      <source>In review: declined by the attestant</source>
      <translation>Under granskning: avböjd av attestanten</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="51" />
      <source>Order</source>
      <translation>Beställning</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="52" />
      <source>Service</source>
      <translation>Tjänst</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="53" />
      <source>Customer</source>
      <translation>Kund</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="56" />
      <source>State</source>
      <translation>Läge</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="62" />
      <source>Ordered by</source>
      <translation>Beställd av</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="63" />
      <source>Case handler</source>
      <translation>Handläggare</translation>
    </message>
  </context>
  <context>
    <name>AgentOrdersView</name>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="179" />
      <source>View</source>
      <extracomment>The user opened an order (its id): the main window shows its page. When I last opened each order (from the server; empty without one).</extracomment>
      <translation>Vy</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="182" />
      <source>Action required</source>
      <translation>Åtgärd krävs</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="183" />
      <source>Updated cases</source>
      <translation>Uppdaterat ärende</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="184" />
      <source>All orders</source>
      <translation>Alla beställningar</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="187" />
      <source>Action required: orders waiting for you. Updated cases: orders you have opened that someone else has taken a step on since.</source>
      <translation>Åtgärd krävs: beställningar som väntar på dig. Uppdaterat ärende: beställningar du har öppnat där någon annan har tagit ett steg sedan dess.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="195" />
      <source>State</source>
      <translation>Läge</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="195" />
      <source>Any state</source>
      <translation>Alla lägen</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="197" />
      <source>Search orders and customers…</source>
      <translation>Sök beställningar och kunder…</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="201" />
      <source>&amp;Invite customer to order…</source>
      <translation>&amp;Bjud in kund att beställa…</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="203" />
      <source>Mail someone at a customer organisation a link to order a connection</source>
      <translation>Skicka en länk till någon hos en kundorganisation för att beställa en anslutning</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="221" />
      <source>Double-click an order (or press Enter) to open its review or attest page. The pages come from the server and need a connection.</source>
      <translation>Dubbelklicka på en beställning (eller tryck Enter) för att öppna dess gransknings- eller attestsida. Sidorna kommer från servern och kräver en anslutning.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="228" />
      <source>Open order</source>
      <translation>Öppna beställningen</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="230" />
      <source>Open the order's page of the step it waits for</source>
      <translation>Öppna beställningens sida för steget den väntar på</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="339" />
      <source>Action required (%1)</source>
      <extracomment>What the last invitation did.</extracomment>
      <translation>Åtgärd krävs (%1)</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="343" />
      <source>Updated cases (%1)</source>
      <translation>Uppdaterat ärende (%1)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/agent_orders/view.py" line="345" />
      <source>%n order(s)</source>
      <translation>
        <numerusform>%Ln beställning</numerusform>
        <numerusform>%Ln beställningar</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="348" />
      <source>No orders wait for you.</source>
      <translation>Inga beställningar väntar på dig.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="351" />
      <source>No order you have opened has changed since you last looked at it.</source>
      <translation>Ingen beställning du har öppnat har ändrats sedan du senast tittade på den.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="354" />
      <source>Which orders changed since you opened them is known once the server has been reached.</source>
      <translation>Vilka beställningar som har ändrats sedan du öppnade dem syns när servern har nåtts.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="360" />
      <source>No orders yet — invite a customer to order with “Invite customer to order…”.</source>
      <translation>Inga beställningar än — bjud in en kund att beställa med ”Bjud in kund att beställa…”.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="363" />
      <source>No orders match.</source>
      <translation>Inga beställningar matchar.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="210" />
      <source>Agent orders</source>
      <translation>Beställningar via agent</translation>
    </message>
  </context>
  <context>
    <name>AgentRolesDialog</name>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="347" />
      <location filename="../../desktop/admin/dialogs.py" line="353" />
      <source>E-mail</source>
      <extracomment>(e-mail, agent id or None, roles)</extracomment>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="350" />
      <location filename="../../desktop/admin/dialogs.py" line="373" />
      <source>Agent organisation</source>
      <translation>Agentorganisation</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="352" />
      <source>Add user to %1</source>
      <translation>Lägg till användare i %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="355" />
      <source>An address without an account here is mailed an invitation to choose a password; the roles are theirs when they first sign in.</source>
      <translation>En adress utan konto här får en inbjudan med e-post att välja lösenord; rollerna gäller från första inloggningen.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="358" />
      <source>Grant roles</source>
      <translation>Tilldela roller</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="362" />
      <source>Agent roles of %1</source>
      <translation>Agentroller för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="366" />
      <source>A change applies from the user's next sync or page.</source>
      <translation>En ändring gäller från användarens nästa synkronisering eller sida.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="367" />
      <source>Save roles</source>
      <translation>Spara roller</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="369" />
      <source>No agent organisation</source>
      <translation>Ingen agentorganisation</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="374" />
      <source>A user acts for one agent organisation at most.</source>
      <translation>En användare agerar för högst en agentorganisation.</translation>
    </message>
  </context>
  <context>
    <name>AgentUsersWindow</name>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="44" />
      <location filename="../../desktop/admin/agent_users.py" line="109" />
      <source>Agent users</source>
      <translation>Agentens användare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="53" />
      <source>Agent organisation</source>
      <extracomment>(id, name) of the agent organisations to choose from; None until read.</extracomment>
      <translation>Agentorganisation</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="56" />
      <source>&amp;Agent organisation:</source>
      <translation>&amp;Agentorganisation:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="60" />
      <source>&amp;Add user…</source>
      <translation>&amp;Lägg till användare…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="63" />
      <source>Give someone roles in the agent organisation (an invitation if need be)</source>
      <translation>Ge någon roller i agentorganisationen (med en inbjudan om det behövs)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="66" />
      <source>Edit &amp;roles…</source>
      <translation>Ändra &amp;roller…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="69" />
      <source>Change the selected user's roles in the agent organisation</source>
      <translation>Ändra den markerade användarens roller i agentorganisationen</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="73" />
      <source>Agent user actions</source>
      <translation>Åtgärder för agentens användare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="75" />
      <source>Filter by name, e-mail or role…</source>
      <translation>Filtrera på namn, e-post eller roll…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="107" />
      <source>Users of the agent %1</source>
      <translation>Användare hos agenten %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="125" />
      <source>There is no agent organisation to manage here. Agent organisations are created under Organisations; an agent's administrator sees their own.</source>
      <translation>Det finns ingen agentorganisation att hantera här. Agentorganisationer skapas under Organisationer; en agents administratör ser sin egen.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="140" />
      <source>Nobody has a role in this agent organisation yet — add someone.</source>
      <translation>Ingen har någon roll i den här agentorganisationen än — lägg till någon.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="201" />
      <source>An invitation to %2 was sent to %1.</source>
      <translation>En inbjudan till %2 har skickats till %1.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="203" />
      <source>The roles of %1 in %2 were changed.</source>
      <translation>Rollerna för %1 i %2 har ändrats.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="205" />
      <source>%1 no longer has a role in %2.</source>
      <translation>%1 har inte längre någon roll i %2.</translation>
    </message>
  </context>
  <context>
    <name>Alumni</name>
    <message>
      <location filename="../../desktop/alumni/query.py" line="36" />
      <source>Not approved (manual queue)</source>
      <extracomment>The queue's own filters; the other keys are alumni statuses, "" is every registration.</extracomment>
      <translation>Ej godkänd (manuell behandling)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="37" />
      <location filename="../../desktop/alumni/query.py" line="94" />
      <source>Received</source>
      <extracomment>A decision's argument naming its item. Items whose decision of this user the server refused (open refusals: conflicts). Items with a decision of this user waiting in the outbox. SQL of the sort key ({dir} is ASC or DESC).</extracomment>
      <translation>Inkommen</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="38" />
      <source>Approved (registered alumnus)</source>
      <translation>Godkänd pga registrerad alumn</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="39" />
      <source>Approved (alumnus)</source>
      <translation>Godkänd pga alumn</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="40" />
      <source>Approved manually</source>
      <translation>Godkänd manuell</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="41" />
      <source>Denied</source>
      <translation>Nekad</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="42" />
      <source>Unregistered</source>
      <translation>Avregistrerad</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="46" />
      <source>Not approved</source>
      <extracomment>In the list's cells the queue needs no explanation.</extracomment>
      <translation>Ej godkänd</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="49" />
      <source>Manual queue (not approved)</source>
      <translation>Manuell kö (ej godkända)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="50" />
      <source>Conflicts: decided first by someone else</source>
      <translation>Konflikter: någon annan beslutade först</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="51" />
      <source>Decided here, not yet synced</source>
      <translation>Beslutade här, ännu inte synkade</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="53" />
      <source>Not approved only</source>
      <translation>Endast ej godkända</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="54" />
      <source>All</source>
      <translation>Alla</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="58" />
      <source>approve</source>
      <translation>godkänn</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="59" />
      <source>deny</source>
      <translation>neka</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="97" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="107" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="109" />
      <source>Programme</source>
      <translation>Program</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="113" />
      <source>Graduated</source>
      <translation>Examensår</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="100" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="103" />
      <source>Decided by</source>
      <translation>Beslutad av</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="228" />
      <source>%1 decided first: %2, at %3. Your decision (%4) was not applied.</source>
      <extracomment>What this user decided ("approve" or "deny"). What the other decided, who, and when (the server's truth).</extracomment>
      <translation>%1 beslutade först: %2, %3. Ditt beslut (%4) genomfördes inte.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="232" />
      <source>Someone</source>
      <translation>Någon</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="323" />
      <source>Conflict: %1</source>
      <extracomment>A local change to this row waits in the outbox. This user's decision waiting in the outbox ("approve" / "deny"), if any.</extracomment>
      <translation>Konflikt: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="328" />
      <source>pending</source>
      <translation>väntar</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="106" />
      <source>Reason</source>
      <translation>Skäl</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/model.py" line="58" />
      <source>Decided here; waits to be sent to the server (U takes it back).</source>
      <extracomment>Tables whose changes can change what this list shows. A warm background for conflicts; the ⚠ and the word say it too (never colour alone). The first batch comes with the ids: the queue's first item is shown at once.</extracomment>
      <translation>Beslutad här; väntar på att skickas till servern (U ångrar).</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/model.py" line="105" />
      <source>Decided at</source>
      <translation>Beslutat</translation>
    </message>
  </context>
  <context>
    <name>AlumniDetail</name>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="40" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="41" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="42" />
      <source>Personnummer</source>
      <translation>Personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="43" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="44" />
      <source>Address</source>
      <translation>Adress</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="45" />
      <source>Programme</source>
      <translation>Program</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="46" />
      <source>Graduated</source>
      <translation>Examensår</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="47" />
      <source>Degree</source>
      <translation>Examen</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="48" />
      <source>Credits</source>
      <translation>Högskolepoäng</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="51" />
      <source>matched on e-mail</source>
      <translation>matchad på e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="52" />
      <source>matched on personnummer</source>
      <translation>matchad på personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="53" />
      <source>no match: created from the registration</source>
      <translation>ingen träff: skapad från registreringen</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="58" />
      <source>The name differs: “%1” in the registration, “%2” on the profile</source>
      <extracomment>Why a match on one identifier was not confirmed (the server's codes): %1 is what the registration says, %2 what the profile has.</extracomment>
      <translation>Namnet skiljer sig: ”%1” i registreringen, ”%2” i profilen</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="61" />
      <source>The birth date differs: %1 in the registration, %2 on the profile</source>
      <translation>Födelsedatumet skiljer sig: %1 i registreringen, %2 i profilen</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="64" />
      <source>The e-mail address %1 is not on the profile (proposed)</source>
      <translation>E-postadressen %1 finns inte i profilen (föreslagen)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="67" />
      <source>The phone %1 is not on the profile (proposed)</source>
      <translation>Telefonnumret %1 finns inte i profilen (föreslaget)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="70" />
      <source>The personnummer %1 is not on the profile (proposed)</source>
      <translation>Personnumret %1 finns inte i profilen (föreslaget)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="74" />
      <source>Match not confirmed:</source>
      <translation>Matchningen är inte bekräftad:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="75" />
      <source>The registration proposes:</source>
      <translation>Registreringen föreslår:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="77" />
      <source>The alumnus updates their details:</source>
      <extracomment>A returning registered alumnus's changed details (approved; issue 20).</extracomment>
      <translation>Alumnen uppdaterar sina uppgifter:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="79" />
      <source>Name: “%2” on the profile, “%1” now (proposed)</source>
      <translation>Namn: ”%2” på profilen, ”%1” nu (föreslaget)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="82" />
      <source>Phone %1 (proposed)</source>
      <translation>Telefon %1 (föreslaget)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="83" />
      <source>Personnummer %1 (proposed)</source>
      <translation>Personnummer %1 (föreslaget)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="87" />
      <source>Address: “%2” on the profile, “%1” now (proposed)</source>
      <extracomment>A postal address from the form (issue 20): contact data, so only proposed for an existing person. %1 is the registration's address, %2 the profile's.</extracomment>
      <translation>Adress: ”%2” på profilen, ”%1” nu (föreslagen)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="90" />
      <source>The address %1 is not on the profile (proposed)</source>
      <translation>Adressen %1 finns inte på profilen (föreslagen)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="92" />
      <source>Apply writes the proposed name, phone, personnummer or address on the profile; discard drops them.</source>
      <translation>”Inför” skriver det föreslagna namnet, telefonnumret, personnumret eller adressen på profilen; ”Förkasta” låter profilen vara.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="97" />
      <source>The proposed details were applied.</source>
      <translation>De föreslagna uppgifterna infördes.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="98" />
      <source>The proposed details were discarded.</source>
      <translation>De föreslagna uppgifterna förkastades.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="101" />
      <source>Approving adds the proposed details to the profile; denying drops them.</source>
      <translation>Godkänner du läggs de föreslagna uppgifterna till i profilen; nekar du tas de bort.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="104" />
      <source>The proposed details were added to the profile.</source>
      <translation>De föreslagna uppgifterna har lagts till i profilen.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="105" />
      <source>The proposed details were dropped.</source>
      <translation>De föreslagna uppgifterna har tagits bort.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="562" />
      <source>Differs from what the alumnus entered</source>
      <translation>Skiljer sig från det alumnen angav</translation>
    </message>
  </context>
  <context>
    <name>AlumniDetailPane</name>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="193" />
      <source>Select a registration to see it here.</source>
      <extracomment>Marks a value that differs from what the alumnus entered (with the colour, never instead). "Reverse decision…": an officer's decision that reached the server, taken back. The user accepts the other officer's decision: (rejected command id). Merge asked for: (matched person id, name, candidate person id, name). The detail of the current registration is shown (tests wait for it).</extracomment>
      <translation>Välj en kursregistrering för att se den här.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="200" />
      <source>Someone decided first</source>
      <translation>Någon annan beslutade först</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="206" />
      <source>Keep their decision</source>
      <translation>Behåll deras beslut</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="208" />
      <source>The conflict is marked as seen; their decision stands.</source>
      <translation>Konflikten markeras som sedd; deras beslut gäller.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="220" />
      <source>Reason:</source>
      <translation>Skäl:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="241" />
      <source>Entered by the alumnus</source>
      <translation>Angivet av alumnen</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="243" />
      <location filename="../../desktop/alumni/detail.py" line="476" />
      <source>Student records</source>
      <translation>Studieuppgifter</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="267" />
      <source>differs from what the alumnus entered</source>
      <translation>skiljer sig från det alumnen angav</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="271" />
      <source>Approve (A)</source>
      <translation>Godkänn (A)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="272" />
      <source>Deny… (D)</source>
      <translation>Neka… (D)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="273" />
      <source>Undo (U)</source>
      <translation>Ångra (U)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="274" />
      <source>Reverse decision…</source>
      <translation>Häv beslutet…</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="277" />
      <source>Take back this officer's decision: the item goes back to the manual queue</source>
      <translation>Häv handläggarens beslut: ärendet går tillbaka till den manuella kön</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="288" />
      <source>Apply new details</source>
      <translation>Inför nya uppgifter</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="290" />
      <source>Write the proposed name, phone, personnummer or address on the profile</source>
      <translation>Skriv det föreslagna namnet, telefonnumret, personnumret eller adressen på profilen</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="294" />
      <source>Discard new details</source>
      <translation>Förkasta nya uppgifter</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="296" />
      <source>Keep the profile as it is</source>
      <translation>Behåll profilen som den är</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="306" />
      <location filename="../../desktop/alumni/detail.py" line="313" />
      <source>Possible duplicates</source>
      <translation>Möjliga dubbletter</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="316" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="316" />
      <source>Score</source>
      <translation>Likhet</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="316" />
      <source>Agrees on</source>
      <translation>Stämmer på</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="322" />
      <source>Merge…</source>
      <translation>Slå ihop…</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="324" />
      <source>Merge the chosen person and the matched person into one</source>
      <translation>Slå ihop den valda personen och den matchade personen till en</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="435" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="442" />
      <source>Their reason: %1</source>
      <translation>Deras skäl: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="450" />
      <source>You decided “%1” here; it waits to be sent to the server. U takes it back.</source>
      <translation>Du beslutade ”%1” här; det väntar på att skickas till servern. U ångrar.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="453" />
      <source>No reason recorded</source>
      <translation>Inget skäl angivet</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="471" />
      <source>Matched person</source>
      <translation>Matchad person</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="473" />
      <source>open</source>
      <translation>öppna</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="487" />
      <source>score %1</source>
      <translation>likhet %1</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="489" />
      <source>categories: %1</source>
      <translation>kategorier: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="585" />
      <source>Looking for duplicates needs a connection to the server.</source>
      <translation>Att leta efter dubbletter kräver anslutning till servern.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="586" />
      <source>Found by the automatic check:</source>
      <translation>Hittade vid den automatiska kontrollen:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="590" />
      <source>Looking for possible duplicates…</source>
      <translation>Letar efter möjliga dubbletter…</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="595" />
      <source>No other person looks like this alumnus.</source>
      <translation>Ingen annan person liknar den här alumnen.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="643" />
      <source>Could not look for duplicates: %1</source>
      <translation>Kunde inte leta efter dubbletter: %1</translation>
    </message>
  </context>
  <context>
    <name>AlumniOps</name>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="97" />
      <source>Approving</source>
      <translation>Godkänner</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="99" />
      <source>Denying</source>
      <translation>Nekar</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="116" />
      <source>Applying the new details</source>
      <translation>För in de nya uppgifterna</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="118" />
      <source>Discarding the new details</source>
      <translation>Förkastar de nya uppgifterna</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="163" />
      <source>Reversing the decision</source>
      <translation>Häver beslutet</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="233" />
      <source>Saving the rule</source>
      <translation>Sparar regeln</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="259" />
      <source>This needs a connection to the server.</source>
      <translation>Det här kräver anslutning till servern.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="267" />
      <source>Looking for possible duplicates</source>
      <translation>Letar efter möjliga dubbletter</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="276" />
      <source>Merging persons</source>
      <translation>Slår ihop personer</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="295" />
      <source>e-mail addresses</source>
      <extracomment>Readable names of the tables that refer to a person.</extracomment>
      <translation>e-postadresser</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="296" />
      <source>phone numbers</source>
      <translation>telefonnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="297" />
      <source>categories</source>
      <translation>kategorier</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="298" />
      <source>course registrations</source>
      <translation>kursregistreringar</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="299" />
      <source>alumni registrations</source>
      <translation>alumnregistreringar</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="300" />
      <source>activities</source>
      <translation>aktiviteter</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="301" />
      <source>consents</source>
      <translation>samtycken</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="302" />
      <source>student records</source>
      <translation>studieuppgifter</translation>
    </message>
  </context>
  <context>
    <name>AlumniQueueView</name>
    <message>
      <location filename="../../desktop/alumni/view.py" line="93" />
      <source>Show</source>
      <extracomment>A decision was queued: (registration id, command id). A message for the user (also shown in the view's feedback line). A tab of the main window that lists rows (:class:`~desktop.common.tab_view.TabView`).</extracomment>
      <translation>Visa</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="98" />
      <source>Search names, e-mails, programmes…</source>
      <translation>Sök namn, e-post, program…</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="99" />
      <source>Rules…</source>
      <translation>Regler…</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="100" />
      <source>The institution's rules for automatic approval</source>
      <translation>Lärosätets regler för automatiskt godkännande</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="104" />
      <source>Show:</source>
      <translation>Visa:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="133" />
      <source>A approve · D deny · J/K or ↓/↑ next/previous · U undo · Enter opens the person</source>
      <translation>A godkänn · D neka · J/K eller ↓/↑ nästa/föregående · U ångra · Enter öppnar personen</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="172" />
      <source>Approve</source>
      <translation>Godkänn</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="175" />
      <source>Approve the selected item</source>
      <translation>Godkänn den valda registreringen</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="178" />
      <source>Deny…</source>
      <translation>Neka…</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="178" />
      <source>Deny the selected item</source>
      <translation>Neka den valda registreringen</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="180" />
      <source>Next item</source>
      <translation>Nästa</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="181" />
      <source>Previous item</source>
      <translation>Föregående</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="184" />
      <location filename="../../desktop/alumni/view.py" line="198" />
      <source>Undo the last decision</source>
      <translation>Ångra det senaste beslutet</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="187" />
      <source>Take back the last decision not yet sent to the server</source>
      <translation>Ta tillbaka det senaste beslutet som ännu inte skickats till servern</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="190" />
      <source>Open the matched person</source>
      <translation>Öppna den matchade personen</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="196" />
      <source>Undo %1</source>
      <translation>Ångra %1</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="265" />
      <source>No alumni registrations yet — they arrive from the registration form.</source>
      <translation>Inga alumnregistreringar ännu — de kommer från registreringsformuläret.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="270" />
      <source>No alumni registrations match — clear the search or choose another filter.</source>
      <translation>Inga alumnregistreringar matchar — rensa sökningen eller välj ett annat filter.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="300" />
      <source>Your roles do not allow decisions on alumni registrations.</source>
      <translation>Dina roller tillåter inte beslut om alumnregistreringar.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="305" />
      <source>The item is still loading; press the key again.</source>
      <translation>Registreringen läses fortfarande in; tryck på tangenten igen.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="311" />
      <source>Already decided: %1.</source>
      <translation>Redan beslutad: %1.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="343" />
      <source>decision for %1</source>
      <translation>beslut om %1</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="395" />
      <source>Nothing to undo: no decision of yours waits to be sent.</source>
      <translation>Inget att ångra: inget av dina beslut väntar på att skickas.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="402" />
      <source>Decision taken back; the item waits for a decision again.</source>
      <translation>Beslutet ångrat; registreringen väntar på beslut igen.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="404" />
      <source>Reversal taken back; the decision stands.</source>
      <translation>Hävningen togs tillbaka; beslutet står kvar.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="416" />
      <source>Undone: %1</source>
      <translation>Ångrat: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="460" />
      <source>Persons merged; fetching the result from the server…</source>
      <translation>Personerna är sammanslagna; hämtar resultatet från servern…</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="467" />
      <source>The merge was not made</source>
      <translation>Sammanslagningen gjordes inte</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="500" />
      <source>Exporting</source>
      <translation>Exporterar</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="520" />
      <source>Printing</source>
      <translation>Utskrift</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="267" />
      <source>Nothing waits for a decision.</source>
      <translation>Inget väntar på beslut.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="494" />
      <location filename="../../desktop/alumni/view.py" line="512" />
      <source>Alumni queue</source>
      <translation>Alumnkö</translation>
    </message>
  </context>
  <context>
    <name>AlumniReason</name>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="379" />
      <source>No student record found</source>
      <extracomment>The reasons of the automatic alumni check (``models.alumni_rules.evaluate_rule``), one per rule, joined with "; " in ``decision_reason``.</extracomment>
      <translation>Inga studieuppgifter hittades</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="380" />
      <source>degree awarded: {degree}</source>
      <translation>examen utfärdad: {degree}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="381" />
      <source>No degree found in student records</source>
      <translation>Ingen examen hittades i studieuppgifterna</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="382" />
      <source>credits {have} ≥ {need}</source>
      <translation>högskolepoäng {have} ≥ {need}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="383" />
      <source>credits {have} &lt; {need}</source>
      <translation>högskolepoäng {have} &lt; {need}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="384" />
      <source>No program found in student records</source>
      <translation>Inget program hittades i studieuppgifterna</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="385" />
      <source>program {program} is in the list</source>
      <translation>programmet {program} finns i listan</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="386" />
      <source>program {program} not in {programs}</source>
      <translation>programmet {program} finns inte bland {programs}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="387" />
      <source>No graduation year found in student records</source>
      <translation>Inget examensår hittades i studieuppgifterna</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="388" />
      <source>graduated {year}, after {after}</source>
      <translation>examen {year}, efter {after}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="389" />
      <source>graduated {year}, not after {after}</source>
      <translation>examen {year}, inte efter {after}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="391" />
      <source>{name} (matched on {on}) is already a registered alumnus</source>
      <translation>{name} (matchad på {on}) är redan registrerad alumn</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="392" />
      <source>{name} (matched on {on}) is an alumnus</source>
      <translation>{name} (matchad på {on}) är alumn</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="393" />
      <source>now a registered alumnus</source>
      <translation>nu registrerad alumn</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="394" />
      <source>updates their details</source>
      <translation>uppdaterar sina uppgifter</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="395" />
      <source>{name} (matched on {on}) is neither an alumnus nor a registered alumnus</source>
      <translation>{name} (matchad på {on}) är varken alumn eller registrerad alumn</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="398" />
      <source>No existing person matched</source>
      <translation>Ingen befintlig person matchade</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="399" />
      <source>created, but possibly a duplicate of {name} (the student record's personnummer is theirs)</source>
      <translation>skapad, men kanske en dubblett av {name} (studieuppgifternas personnummer är deras)</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="403" />
      <source>{count} persons have this personnummer: {names}</source>
      <translation>{count} personer har detta personnummer: {names}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="404" />
      <source>{count} persons have this e-mail address: {names}</source>
      <translation>{count} personer har denna e-postadress: {names}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="405" />
      <source>The e-mail address belongs to {email_names} but the personnummer to {names}</source>
      <translation>E-postadressen tillhör {email_names} men personnumret {names}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="409" />
      <source>{name} has this e-mail address but a different personnummer</source>
      <translation>{name} har denna e-postadress men ett annat personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="412" />
      <source>{fields} differs from the profile</source>
      <translation>{fields} skiljer sig från profilen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="413" />
      <source>{fields} differ from the profile</source>
      <translation>{fields} skiljer sig från profilen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="414" />
      <source>{fields} is not on the profile</source>
      <translation>{fields} finns inte på profilen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="415" />
      <source>{fields} are not on the profile</source>
      <translation>{fields} finns inte på profilen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="419" />
      <source>student records: {rest}</source>
      <extracomment>A decision's part that leads another (``{rest}``, itself a reason part, translated too).</extracomment>
      <translation>studieuppgifter: {rest}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="420" />
      <source>created as the rules hold: {rest}</source>
      <translation>skapad eftersom reglerna uppfylls: {rest}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="421" />
      <source>created. Rules not met: {rest}</source>
      <translation>skapad. Reglerna uppfylls inte: {rest}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="422" />
      <source>Match not certain: {rest}</source>
      <translation>Matchningen är osäker: {rest}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="427" />
      <source>e-mail</source>
      <extracomment>The values of the check's reasons that are words of their own: what a match was on and the profile's fields a registration disagrees with (``mismatch_reason``).</extracomment>
      <translation>e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="428" />
      <source>personnummer</source>
      <translation>personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="429" />
      <source>the name</source>
      <translation>namnet</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="430" />
      <source>the birth date</source>
      <translation>födelsedatumet</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="431" />
      <source>the e-mail address</source>
      <translation>e-postadressen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="432" />
      <source>the phone</source>
      <translation>telefonnumret</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="433" />
      <source>the personnummer</source>
      <translation>personnumret</translation>
    </message>
  </context>
  <context>
    <name>AlumniRules</name>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="48" />
      <location filename="../../desktop/alumni/rules.py" line="64" />
      <source>A degree has been awarded</source>
      <translation>Examen har utfärdats</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="49" />
      <source>Credits at least</source>
      <translation>Minsta antal högskolepoäng</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="50" />
      <source>Programme in a list</source>
      <translation>Program i en lista</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="51" />
      <source>Graduated after a year</source>
      <translation>Examen efter ett visst år</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="66" />
      <source>At least %1 credits</source>
      <translation>Minst %1 högskolepoäng</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="70" />
      <source>Programme is one of: %1</source>
      <translation>Programmet är ett av: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="74" />
      <source>Graduated after %1</source>
      <translation>Examen efter %1</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="83" />
      <source>inactive</source>
      <translation>inaktiv</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="85" />
      <source>pending</source>
      <translation>väntar</translation>
    </message>
  </context>
  <context>
    <name>Attendance</name>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="168" />
      <source>Not recorded</source>
      <translation>Inte registrerad</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="171" />
      <source>Present: scanned at %1</source>
      <translation>Närvarande: skannad kl. %1</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="173" />
      <source>Present: personnummer typed at %1</source>
      <translation>Närvarande: personnummer inskrivet kl. %1</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="178" />
      <source>Present: let in by %1 at %2: %3</source>
      <translation>Närvarande: insläppt av %1 kl. %2: %3</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="184" />
      <source>Present</source>
      <translation>Närvarande</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="186" />
      <source>Absent</source>
      <translation>Frånvarande</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="190" />
      <source>%1: marked by hand by %2</source>
      <translation>%1: markerad för hand av %2</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="194" />
      <source>%1: marked by hand</source>
      <translation>%1: markerad för hand</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="223" />
      <source>attendance of %1</source>
      <translation>närvaro för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="237" />
      <source>Saving the attendance of %1</source>
      <translation>Sparar närvaron för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="293" />
      <location filename="../../desktop/presence/attendance.py" line="329" />
      <source>Total</source>
      <extracomment>An empty grid, also what a wrapper whose attributes the garbage collector cleared (freeing a cycle of a closed window) answers if Qt asks it once more while the window's C++ side is being deleted (seen in the suite as AttributeError: 'grid').</extracomment>
      <translation>Totalt</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="297" />
      <source>The round's total: %1</source>
      <translation>Omgångens totala närvaro: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="321" />
      <source>Participant</source>
      <translation>Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="325" />
      <source>%1 present</source>
      <translation>%1 närvarande</translation>
    </message>
  </context>
  <context>
    <name>AttendanceWindow</name>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="358" />
      <source>Attendance</source>
      <translation>Närvaro</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="363" />
      <source>Space or a click marks a participant present or absent by hand; Edit › Undo (Ctrl+Z) takes it back. Hover a cell to see how it was recorded.</source>
      <translation>Mellanslag eller ett klick markerar en deltagare som närvarande eller frånvarande för hand; Redigera › Ångra (Ctrl+Z) tar tillbaka det. Håll muspekaren över en ruta för att se hur närvaron registrerades.</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="382" />
      <source>Print sheet for session…</source>
      <translation>Skriv ut närvarolista för tillfället…</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="384" />
      <source>The attendance sheet of the session of the current column</source>
      <translation>Närvarolistan för tillfället i den markerade kolumnen</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="406" />
      <source>Attendance – %1</source>
      <translation>Närvaro – %1</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="408" />
      <source>%1 participants, %2 sessions, %3 present in all</source>
      <translation>%1 deltagare, %2 tillfällen, %3 närvarande totalt</translation>
    </message>
  </context>
  <context>
    <name>AuditLog</name>
    <message>
      <location filename="../../desktop/admin/audit.py" line="49" />
      <source>Personnummer synced to a desktop</source>
      <extracomment>The most events the window lists (the newest; the count says how many match). Kind code -&gt; English words (context "AuditLog"). A synced command's kind is its command's title (desktop.sync_ui.describe); any other kind not here is shown by the words of its parts, never as a code.</extracomment>
      <translation>Personnummer synkade till en dator</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="50" />
      <source>Register extract made</source>
      <translation>Registerutdrag gjort</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="51" />
      <source>Person's account read</source>
      <translation>Personens konto läst</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="52" />
      <source>Duplicate persons merged</source>
      <translation>Dubbletter av personer sammanslagna</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="53" />
      <source>Signature evidence read</source>
      <translation>Underskriftsbevis läst</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="54" />
      <source>Fields edited</source>
      <translation>Fält ändrade</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="55" />
      <source>User account created</source>
      <translation>Användarkonto skapat</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="56" />
      <source>User invited</source>
      <translation>Användare inbjuden</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="57" />
      <source>User invitation sent</source>
      <translation>Inbjudan till användare skickad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="58" />
      <source>User given access</source>
      <translation>Användare fick åtkomst</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="59" />
      <source>User's roles changed</source>
      <translation>Användarens roller ändrade</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="60" />
      <source>User activated</source>
      <translation>Användare aktiverad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="61" />
      <source>User deactivated</source>
      <translation>Användare inaktiverad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="62" />
      <source>User renamed</source>
      <translation>Användare fick nytt namn</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="63" />
      <source>User's phone number changed</source>
      <translation>Användarens telefonnummer ändrat</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="64" />
      <source>User's personnummer changed</source>
      <translation>Användarens personnummer ändrat</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="65" />
      <source>User's password reset</source>
      <translation>Användarens lösenord återställt</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="66" />
      <source>Password reset asked for</source>
      <translation>Återställning av lösenord begärd</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="67" />
      <source>Password set</source>
      <translation>Lösenord satt</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="68" />
      <source>User's session ended</source>
      <translation>Användarens session avslutad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="69" />
      <source>User's sessions ended</source>
      <translation>Användarens sessioner avslutade</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="70" />
      <source>Agent role granted</source>
      <translation>Ombudsroll tilldelad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="71" />
      <source>Agent role taken away</source>
      <translation>Ombudsroll borttagen</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="72" />
      <source>SIE file exported</source>
      <translation>SIE-fil exporterad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="73" />
      <source>Credit balances read</source>
      <translation>Tillgodohavanden lästa</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="74" />
      <source>BgMax file imported</source>
      <translation>BgMax-fil importerad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="75" />
      <source>Unmatched payments read</source>
      <translation>Omatchade betalningar lästa</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="76" />
      <source>Payment matched by hand</source>
      <translation>Betalning matchad för hand</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="77" />
      <source>Collection list read</source>
      <translation>Inkassolistan läst</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="78" />
      <source>Reminders read</source>
      <translation>Påminnelser lästa</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="79" />
      <source>Refunds read</source>
      <translation>Återbetalningar lästa</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="80" />
      <source>Refund marked paid</source>
      <translation>Återbetalning markerad som betald</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="81" />
      <source>Card refund asked for</source>
      <translation>Återbetalning till kort begärd</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="82" />
      <source>Credit paid out</source>
      <translation>Tillgodohavande utbetalt</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="83" />
      <source>Economics report read</source>
      <translation>Ekonomirapport läst</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="84" />
      <source>Evaluation report read</source>
      <translation>Utvärderingsrapport läst</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="85" />
      <source>Report downloaded</source>
      <translation>Rapport hämtad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="86" />
      <source>Overdue payments of a round read</source>
      <translation>Förfallna betalningar för en utbildningsomgång lästa</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="87" />
      <source>Participant list sent</source>
      <translation>Deltagarlista skickad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="88" />
      <source>Customer invited to order</source>
      <translation>Kund inbjuden att beställa</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="95" />
      <source>Anything done to a person</source>
      <extracomment>The kind filter's choices: a kind, or a group of kinds (a prefix ending in ".").</extracomment>
      <translation>Allt som gjorts med en person</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="96" />
      <source>Anything done to a user account</source>
      <translation>Allt som gjorts med ett användarkonto</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="99" />
      <source>Payments</source>
      <translation>Betalningar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="100" />
      <source>Refunds</source>
      <translation>Återbetalningar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="106" />
      <source>Person</source>
      <extracomment>What an event is about, in words (context "AuditLog").</extracomment>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="107" />
      <source>The organisation</source>
      <translation>Organisationen</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="108" />
      <source>User account</source>
      <translation>Användarkonto</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="111" />
      <source>Kansli (the system)</source>
      <translation>Kansli (systemet)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="116" />
      <source>Payment settings</source>
      <extracomment>What more an event is about (its entity kinds beyond the three above).</extracomment>
      <translation>Betalningsinställningar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="117" />
      <source>Accounting settings</source>
      <translation>Bokföringsinställningar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="118" />
      <source>Agent-order settings</source>
      <translation>Inställningar för ombudsbeställningar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="119" />
      <source>Cancellation terms</source>
      <translation>Avbokningsvillkor</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="120" />
      <source>Signature</source>
      <translation>Underskrift</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="121" />
      <source>Registration</source>
      <translation>Anmälan</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="122" />
      <source>Invoice</source>
      <translation>Faktura</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="123" />
      <source>Refund</source>
      <translation>Återbetalning</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="124" />
      <source>Payment</source>
      <translation>Betalning</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="125" />
      <source>Payment file</source>
      <translation>Betalningsfil</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="126" />
      <source>Course round</source>
      <translation>Utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="127" />
      <source>Alumni registration</source>
      <translation>Alumniregistrering</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="128" />
      <source>Student record</source>
      <translation>Studieuppgift</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="134" />
      <source>Roles</source>
      <extracomment>The details' keys in words (a key not here: the sync issues' field title).</extracomment>
      <translation>Roller</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="135" />
      <source>Role</source>
      <translation>Roll</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="136" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="137" />
      <source>Via</source>
      <translation>Via</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="138" />
      <source>Sessions ended</source>
      <translation>Avslutade sessioner</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="139" />
      <source>Reason</source>
      <translation>Orsak</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="140" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="141" />
      <source>Method</source>
      <translation>Metod</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="142" />
      <source>People</source>
      <translation>Personer</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="143" />
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="179" />
      <source>Rows: %1</source>
      <translation>Rader: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="195" />
      <source>When</source>
      <translation>När</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="196" />
      <source>Who</source>
      <translation>Vem</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="197" />
      <location filename="../../desktop/admin/audit.py" line="294" />
      <source>What</source>
      <extracomment>The selected event's person's profile is asked for.</extracomment>
      <translation>Vad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="198" />
      <source>About</source>
      <translation>Gäller</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="200" />
      <source>Details</source>
      <translation>Detaljer</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="252" />
      <source>Loading the audit log</source>
      <translation>Hämtar granskningsloggen</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="275" />
      <source>The audit log is kept on the server, and this copy of the data is not connected to one. Sign in to the server to see it.</source>
      <translation>Granskningsloggen finns på servern, och den här kopian av uppgifterna är inte ansluten till någon. Logga in på servern för att se den.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="280" />
      <source>Offline: the audit log is kept on the server, and it cannot be reached now. Your other work goes on; try again when online.</source>
      <translation>Frånkopplad: granskningsloggen finns på servern, och den går inte att nå nu. Ditt övriga arbete fortsätter; försök igen när du är ansluten.</translation>
    </message>
  </context>
  <context>
    <name>AuditLogWindow</name>
    <message>
      <location filename="../../desktop/admin/audit.py" line="272" />
      <source>Audit log</source>
      <translation>Granskningslogg</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="297" />
      <source>Who</source>
      <translation>Vem</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="297" />
      <source>Part of an e-mail address</source>
      <translation>Del av en e-postadress</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="299" />
      <source>Anyone</source>
      <translation>Vem som helst</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="299" />
      <source>Audit log of a person</source>
      <translation>Granskningslogg för en person</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="301" />
      <source>From date</source>
      <translation>Från datum</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="302" />
      <source>To date</source>
      <translation>Till datum</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="304" />
      <source>&amp;What:</source>
      <translation>&amp;Vad:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="305" />
      <source>W&amp;ho:</source>
      <translation>Ve&amp;m:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="306" />
      <source>Perso&amp;n:</source>
      <translation>Perso&amp;n:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="307" />
      <source>F&amp;rom:</source>
      <translation>F&amp;rån:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="308" />
      <source>T&amp;o:</source>
      <translation>T&amp;ill:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="314" />
      <source>Open &amp;profile</source>
      <translation>Öppna &amp;profil</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="317" />
      <source>The profile of the person the selected event is about</source>
      <translation>Profilen för personen som den valda händelsen gäller</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="320" />
      <source>&amp;Export…</source>
      <translation>&amp;Exportera…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="323" />
      <source>Write the events shown to an Excel or CSV file</source>
      <translation>Skriv de visade händelserna till en Excel- eller CSV-fil</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="328" />
      <source>Audit log actions</source>
      <translation>Åtgärder i granskningsloggen</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="330" />
      <source>Find words among the events listed…</source>
      <translation>Hitta ord bland de listade händelserna…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="368" />
      <source>No event matches the filters chosen above.</source>
      <translation>Ingen händelse matchar filtren som valts ovan.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="372" />
      <source>No event matches the filter.</source>
      <translation>Ingen händelse matchar filtret.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="375" />
      <source>The newest %1 of %2 are listed: choose a kind, person or days.</source>
      <translation>De senaste %1 av %2 visas: välj en typ, person eller dagar.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="400" />
      <source>Export the audit log</source>
      <translation>Exportera granskningsloggen</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/admin/audit.py" line="403" />
      <source>%n event(s) exported to %1</source>
      <translation>
        <numerusform>%Ln händelse exporterad till %1</numerusform>
        <numerusform>%Ln händelser exporterade till %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BindingDialog</name>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="112" />
      <source>New notification binding</source>
      <translation>Ny aviseringskoppling</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="113" />
      <source>Edit notification binding</source>
      <translation>Ändra aviseringskoppling</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="120" />
      <location filename="../../desktop/admin/bindings.py" line="125" />
      <source>Event:</source>
      <translation>Händelse:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="128" />
      <source>Template:</source>
      <translation>Mall:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="134" />
      <source>Which one</source>
      <translation>Vilken</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="140" />
      <source>Applies to:</source>
      <translation>Gäller:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="141" />
      <source>Recipients:</source>
      <translation>Mottagare:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="142" />
      <source>Channels:</source>
      <translation>Kanaler:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="145" />
      <source>The most specific binding of an event holds: a round's before its course's, a course's before the whole organisation's.</source>
      <translation>Den mest specifika kopplingen för en händelse gäller: en utbildningsomgångs före dess utbildnings, en utbildnings före hela organisationens.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="217" />
      <source>Choose at least one recipient</source>
      <translation>Välj minst en mottagare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="219" />
      <source>Choose e-mail, SMS or both</source>
      <translation>Välj e-post, sms eller båda</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="223" />
      <source>Choose what the binding is for</source>
      <translation>Välj vad kopplingen gäller</translation>
    </message>
  </context>
  <context>
    <name>Bindings</name>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="35" />
      <source>The whole organisation</source>
      <translation>Hela organisationen</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="36" />
      <source>Person category</source>
      <translation>Personkategori</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="37" />
      <source>Course</source>
      <translation>Utbildning</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="38" />
      <source>Course round</source>
      <translation>Utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="39" />
      <source>Agent</source>
      <translation>Agent</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="40" />
      <source>Customer</source>
      <translation>Kund</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="41" />
      <source>Contract</source>
      <translation>Kontrakt</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="44" />
      <source>The participant</source>
      <translation>Deltagaren</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="45" />
      <source>The approving manager</source>
      <translation>Den godkännande chefen</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="46" />
      <source>Contacts in the role Notification recipient</source>
      <translation>Kontakter med rollen Aviseringsmottagare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="49" />
      <source>Static recipients</source>
      <translation>Statiska mottagare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="50" />
      <source>Everyone the event is about (as without a binding)</source>
      <translation>Alla som händelsen gäller (som utan koppling)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="55" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="56" />
      <source>SMS</source>
      <translation>Sms</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="58" />
      <source>Kansli's shipped text</source>
      <translation>Kanslis medföljande text</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="98" />
      <source>Event</source>
      <translation>Händelse</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="99" />
      <source>Template</source>
      <translation>Mall</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="100" />
      <source>Applies to</source>
      <translation>Gäller</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="101" />
      <source>Recipients</source>
      <translation>Mottagare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="102" />
      <source>Channels</source>
      <translation>Kanaler</translation>
    </message>
  </context>
  <context>
    <name>BindingsWindow</name>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="222" />
      <source>Notification bindings</source>
      <translation>Aviseringskopplingar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="223" />
      <source>No bindings yet: New… says which template an event sends, to whom and how.</source>
      <translation>Inga kopplingar ännu: Ny… anger vilken mall en händelse skickar, till vem och hur.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="227" />
      <source>An event with no binding sends Kansli's shipped text to the recipients it always had.</source>
      <translation>En händelse utan koppling skickar Kanslis medföljande text till de mottagare den alltid haft.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="231" />
      <source>The binding sends nothing more</source>
      <translation>Kopplingen skickar inget mer</translation>
    </message>
  </context>
  <context>
    <name>Booking</name>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="37" />
      <source>Always</source>
      <extracomment>The VAT rates a Swedish club charges (basis points), as offered.</extracomment>
      <translation>Alltid</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="38" />
      <source>Registered on another course the same term</source>
      <translation>Anmäld till en annan kurs samma termin</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="41" />
      <source>Early booking</source>
      <translation>Tidig anmälan</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="42" />
      <source>Student</source>
      <translation>Student</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="43" />
      <source>Family member registered</source>
      <translation>En familjemedlem är anmäld</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="46" />
      <source>Adds to the other discounts</source>
      <translation>Läggs till de andra rabatterna</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="47" />
      <source>Only the largest such discount counts</source>
      <translation>Bara den största sådana rabatten räknas</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="50" />
      <source>All courses</source>
      <translation>Alla kurser</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="51" />
      <source>A course category</source>
      <translation>En kurskategori</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="52" />
      <source>One course round</source>
      <translation>En kursomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="94" />
      <source>Category %1</source>
      <translation>Kategori %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="128" />
      <source>VAT:</source>
      <translation>Moms:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="131" />
      <source>Account:</source>
      <translation>Konto:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="330" />
      <location filename="../../desktop/admin/booking_windows.py" line="185" />
      <location filename="../../desktop/admin/booking_windows.py" line="364" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="186" />
      <source>Fee</source>
      <translation>Avgift</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="187" />
      <location filename="../../desktop/admin/booking_windows.py" line="511" />
      <source>VAT</source>
      <translation>Moms</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="64" />
      <source>Course fees</source>
      <translation>Kursavgifter</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="65" />
      <source>Membership fees</source>
      <translation>Medlemsavgifter</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="66" />
      <source>Discounts</source>
      <translation>Rabatter</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="67" />
      <source>Administrative fees</source>
      <translation>Administrativa avgifter</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="68" />
      <source>Reminder fees</source>
      <translation>Påminnelseavgifter</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="69" />
      <source>Late interest</source>
      <translation>Dröjsmålsränta</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="70" />
      <source>Credit balances (liability)</source>
      <translation>Tillgodohavanden (skuld)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="71" />
      <source>Receivables</source>
      <translation>Kundfordringar</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="72" />
      <source>Bank (Bankgiro)</source>
      <translation>Bank (Bankgiro)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="73" />
      <source>Card payments</source>
      <translation>Kortbetalningar</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="74" />
      <source>Card fees</source>
      <translation>Kortavgifter</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="75" />
      <source>Unidentified payments</source>
      <translation>Oidentifierade inbetalningar</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="76" />
      <source>Output VAT</source>
      <translation>Utgående moms</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="77" />
      <source>Prepaid course fees (accrual)</source>
      <translation>Förutbetalda kursavgifter (periodisering)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="78" />
      <source>Refunds due (liability)</source>
      <translation>Återbetalningsskulder</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="217" />
      <source>Purpose</source>
      <translation>Ändamål</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="219" />
      <location filename="../../desktop/admin/booking_windows.py" line="188" />
      <location filename="../../desktop/admin/booking_windows.py" line="512" />
      <source>Account</source>
      <translation>Konto</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="220" />
      <location filename="../../desktop/accounting/settings.py" line="262" />
      <source>Cost centre</source>
      <translation>Kostnadsställe</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="221" />
      <location filename="../../desktop/accounting/settings.py" line="263" />
      <source>Project</source>
      <translation>Projekt</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="222" />
      <source>VAT code</source>
      <translation>Momskod</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="328" />
      <source>Kind</source>
      <translation>Slag</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="329" />
      <source>Code</source>
      <translation>Kod</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="213" />
      <source>The category's name</source>
      <translation>Kategorins namn</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="208" />
      <source>For:</source>
      <translation>Gäller:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="212" />
      <source>Category:</source>
      <translation>Kategori:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="218" />
      <location filename="../../desktop/admin/booking_windows.py" line="365" />
      <location filename="../../desktop/admin/booking_windows.py" line="509" />
      <source>For</source>
      <extracomment>The levels a rule is set for, widest first: the order of the lists of scoped rules.</extracomment>
      <translation>Gäller</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="366" />
      <source>When</source>
      <translation>När</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="367" />
      <source>Discount</source>
      <translation>Rabatt</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="368" />
      <source>Valid</source>
      <translation>Giltig</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="369" />
      <source>Order</source>
      <translation>Ordning</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="510" />
      <source>Price</source>
      <translation>Pris</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="513" />
      <source>Membership fee</source>
      <translation>Medlemsavgift</translation>
    </message>
  </context>
  <context>
    <name>Bounces</name>
    <message>
      <location filename="../../desktop/people/bounces.py" line="42" />
      <source>Mail to %1 bounced on %2; the receiving server answered: %3</source>
      <translation>E-post till %1 studsade %2; mottagarens server svarade: %3</translation>
    </message>
    <message>
      <location filename="../../desktop/people/bounces.py" line="34" />
      <source>%1 (bounced)</source>
      <translation>%1 (studsar)</translation>
    </message>
  </context>
  <context>
    <name>CancellationTermsDialog</name>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="84" />
      <source>Cancellation terms of %1</source>
      <extracomment>The fields of the terms as the command takes them.</extracomment>
      <translation>Avbokningsvillkor för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="90" />
      <source>YYYY-MM-DD (empty: no such period)</source>
      <extracomment>The terms as loaded (None until they are).</extracomment>
      <translation>ÅÅÅÅ-MM-DD (tomt: ingen sådan period)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="93" />
      <source>Credit balance for later bookings</source>
      <translation>Tillgodohavande för senare bokningar</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="94" />
      <source>Money paid back</source>
      <translation>Pengar tillbaka</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="95" />
      <source>A cancellation gets money back (else nothing)</source>
      <translation>En avbokning får pengar tillbaka (annars inget)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="98" />
      <source>Everything back until:</source>
      <translation>Allt tillbaka till och med:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="99" />
      <source>Back less the fee until:</source>
      <translation>Tillbaka minus avgiften till och med:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="100" />
      <source>Administrative fee (kr):</source>
      <translation>Administrativ avgift (kr):</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="101" />
      <source>Returned as:</source>
      <translation>Återbetalas som:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="105" />
      <source>Shown to participants when they sign up. A booking keeps the terms it was made under: a change holds for new sign-ups.</source>
      <translation>Visas för deltagarna när de anmäler sig. En bokning behåller villkoren den gjordes under: en ändring gäller nya anmälningar.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="96" />
      <source>Save</source>
      <translation>Spara</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="96" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="153" />
      <source>change of the cancellation terms of %1</source>
      <translation>ändringen av avbokningsvillkoren för %1</translation>
    </message>
  </context>
  <context>
    <name>CardEventsWindow</name>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="550" />
      <source>Card payment events</source>
      <translation>Kortbetalningshändelser</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="556" />
      <source>&amp;Needs attention only</source>
      <translation>&amp;Bara det som behöver åtgärdas</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="559" />
      <source>Only the events whose money could not be booked: an unknown charge, or one paid before</source>
      <translation>Bara händelser vars pengar inte kunde bokföras: en okänd debitering, eller en som redan var betald</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="565" />
      <source>Card payment event actions</source>
      <translation>Åtgärder för kortbetalningshändelser</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="567" />
      <source>Filter by reference, provider or what happened…</source>
      <translation>Filtrera på referens, leverantör eller vad som hände…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="590" />
      <source>No card payment events yet.</source>
      <translation>Inga kortbetalningshändelser än.</translation>
    </message>
  </context>
  <context>
    <name>CaseWindow</name>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="301" />
      <source>Service-desk case</source>
      <extracomment>The case was shown (after each load).</extracomment>
      <translation>Kundserviceärende</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="312" />
      <source>Open &amp;order</source>
      <translation>Öppna &amp;beställningen</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="312" />
      <source>The agent order's page</source>
      <translation>Beställningens sida</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="314" />
      <source>Assign to &amp;me</source>
      <translation>Tilldela &amp;mig</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="315" />
      <source>&amp;Unassign</source>
      <translation>Ta b&amp;ort tilldelning</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="319" />
      <source>Assign to</source>
      <translation>Tilldela</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="321" />
      <source>(the list of users needs a connection)</source>
      <translation>(listan över användare kräver anslutning)</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="322" />
      <source>Assi&amp;gn</source>
      <translation>&amp;Ge ärendet</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="324" />
      <source>New status</source>
      <translation>Ny status</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="326" />
      <source>&amp;Set status</source>
      <translation>&amp;Sätt status</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="329" />
      <source>Status:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="332" />
      <source>Assigned to:</source>
      <translation>Handläggs av:</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="336" />
      <source>Give to:</source>
      <translation>Ge till:</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="337" />
      <source>Order:</source>
      <translation>Beställning:</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="338" />
      <source>Opened:</source>
      <translation>Öppnat:</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="340" />
      <location filename="../../desktop/service_desk/cases.py" line="342" />
      <source>Notes</source>
      <translation>Anteckningar</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="344" />
      <source>&amp;New note:</source>
      <translation>&amp;Ny anteckning:</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="346" />
      <source>New note</source>
      <translation>Ny anteckning</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="347" />
      <source>What was done or agreed (Ctrl+Return saves it)</source>
      <translation>Vad som gjorts eller avtalats (Ctrl+Retur sparar)</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="350" />
      <source>&amp;Add note</source>
      <translation>&amp;Lägg till anteckning</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="355" />
      <source>Ctrl+N writes a new note; notes are kept as written (a correction is a new note). Changes made offline are sent with the next sync.</source>
      <translation>Ctrl+N skriver en ny anteckning; anteckningar sparas som de skrevs (en rättelse är en ny anteckning). Ändringar gjorda offline skickas vid nästa synkning.</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="361" />
      <source>Close</source>
      <translation>Stäng</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="412" />
      <source>The case is given to %1.</source>
      <translation>Ärendet har tilldelats %1.</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="426" />
      <source>This case is no longer here.</source>
      <translation>Ärendet finns inte längre här.</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="432" />
      <source>Case %1</source>
      <translation>Ärende %1</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="444" />
      <source>Nobody</source>
      <translation>Ingen</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="476" />
      <source>No notes yet.</source>
      <translation>Inga anteckningar än.</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="480" />
      <source>Only the service desk and administrators read notes.</source>
      <translation>Bara kundservice och administratörer läser anteckningarna.</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="514" />
      <source>Write the note first.</source>
      <translation>Skriv anteckningen först.</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="519" />
      <source>The note is added.</source>
      <translation>Anteckningen är tillagd.</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="526" />
      <source>The case is assigned to you.</source>
      <translation>Ärendet är tilldelat dig.</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="531" />
      <source>Nobody is assigned to the case now.</source>
      <translation>Ingen är tilldelad ärendet nu.</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="538" />
      <source>The case is now: %1</source>
      <translation>Ärendet är nu: %1</translation>
    </message>
  </context>
  <context>
    <name>Categories</name>
    <message>
      <location filename="../../desktop/people/categories.py" line="95" />
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="96" />
      <source>Persons</source>
      <translation>Personer</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="97" />
      <source>State</source>
      <translation>Läge</translation>
    </message>
  </context>
  <context>
    <name>CategoriesWindow</name>
    <message>
      <location filename="../../desktop/people/categories.py" line="117" />
      <source>Person categories</source>
      <translation>Personkategorier</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="122" />
      <source>No categories yet — New… adds one.</source>
      <translation>Inga kategorier än — Ny… lägger till en.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="127" />
      <source>Show archived</source>
      <translation>Visa arkiverade</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="132" />
      <source>New…</source>
      <translation>Ny…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="133" />
      <source>Rename…</source>
      <translation>Byt namn…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="134" />
      <location filename="../../desktop/people/categories.py" line="187" />
      <source>Archive</source>
      <translation>Arkivera</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="137" />
      <source>Close</source>
      <translation>Stäng</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="167" />
      <source>Archived</source>
      <translation>Arkiverad</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="167" />
      <source>In use</source>
      <translation>I bruk</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="187" />
      <source>Restore</source>
      <translation>Återställ</translation>
    </message>
  </context>
  <context>
    <name>CategoryChoice</name>
    <message>
      <location filename="../../desktop/people/categories.py" line="245" />
      <source>Give or take a category</source>
      <translation>Ge eller ta bort en kategori</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="247" />
      <source>For %1.</source>
      <translation>För %1.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/people/categories.py" line="249" />
      <source>For the %n selected participant(s).</source>
      <translation>
        <numerusform>För den %Ln valda deltagaren.</numerusform>
        <numerusform>För de %Ln valda deltagarna.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="253" />
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="254" />
      <source>Give the category</source>
      <translation>Ge kategorin</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="255" />
      <source>Take the category away</source>
      <translation>Ta bort kategorin</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="259" />
      <source>Apply</source>
      <translation>Verkställ</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="273" />
      <source>Choose a category…</source>
      <translation>Välj en kategori…</translation>
    </message>
  </context>
  <context>
    <name>CategoryDialog</name>
    <message>
      <location filename="../../desktop/people/categories.py" line="60" />
      <source>New category</source>
      <translation>Ny kategori</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="61" />
      <source>Rename category</source>
      <translation>Byt namn på kategori</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="71" />
      <source>Name:</source>
      <translation>Namn:</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="74" />
      <source>A category marks persons, such as Alumnus or Board member: give it on a profile, to selected participants, or in an import.</source>
      <translation>En kategori märker personer, till exempel Alumn eller Styrelseledamot: ge den på en profil, till valda deltagare eller vid en import.</translation>
    </message>
  </context>
  <context>
    <name>CategoryMenu</name>
    <message>
      <location filename="../../desktop/people/categories.py" line="344" />
      <source>No categories yet</source>
      <translation>Inga kategorier än</translation>
    </message>
  </context>
  <context>
    <name>CategoryOps</name>
    <message numerus="yes">
      <location filename="../../desktop/operations/categories.py" line="118" />
      <source>giving %1 to %n person(s)</source>
      <translation>
        <numerusform>tilldelningen av %1 till %Ln person</numerusform>
        <numerusform>tilldelningen av %1 till %Ln personer</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/operations/categories.py" line="120" />
      <source>taking %1 from %n person(s)</source>
      <translation>
        <numerusform>borttagningen av %1 från %Ln person</numerusform>
        <numerusform>borttagningen av %1 från %Ln personer</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/operations/categories.py" line="135" />
      <source>Setting the category %1</source>
      <translation>Sätter kategorin %1</translation>
    </message>
  </context>
  <context>
    <name>CheckInChooser</name>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="797" />
      <source>Check-in</source>
      <translation>Incheckning</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="800" />
      <source>No sessions today.</source>
      <translation>Inga kurstillfällen i dag.</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="804" />
      <source>Open check-in</source>
      <translation>Öppna incheckningen</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="810" />
      <source>Today's sessions:</source>
      <translation>Dagens kurstillfällen:</translation>
    </message>
  </context>
  <context>
    <name>CheckInWindow</name>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="384" />
      <source>Check-in</source>
      <extracomment>An answer was shown (the answer: Green, Red, or the refusal's text). The list of who checked in was (re)loaded. The server answered (or did not) about the overdue fees: ``fees_state`` says which. Given: the overdue fees as the caller knows them (the server is not asked). The round's overdue fees as the server last said (person id → öre), None before an answer came; and when the server summed them. The answer shown (None: waiting for a scan).</extracomment>
      <translation>Incheckning</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="390" />
      <source>Leave check-in (Esc)</source>
      <translation>Lämna incheckningen (Esc)</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="414" />
      <source>Scan a card or an ID, or type a personnummer</source>
      <translation>Skanna ett kort eller en id-handling, eller skriv ett personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="415" />
      <source>Personnummer or card code</source>
      <translation>Personnummer eller kortkod</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="417" />
      <source>Let in anyway…</source>
      <translation>Släpp in ändå…</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="425" />
      <source>Checked in (newest first)</source>
      <translation>Incheckade (senaste först)</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="456" />
      <source>Camera: %1</source>
      <translation>Kamera: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="462" />
      <source>ID documents are not read by the camera (Tesseract OCR is not installed): scan them with the scanner.</source>
      <translation>Id-handlingar läses inte av kameran (Tesseract OCR är inte installerat): skanna dem med skannern.</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="468" />
      <source>No camera found: scan with the scanner or type the personnummer.</source>
      <translation>Ingen kamera hittades: skanna med skannern eller skriv personnumret.</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="490" />
      <source>Loading check-in</source>
      <translation>Läser in incheckningen</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="504" />
      <source>%1 checked in · %2 registered</source>
      <translation>%1 incheckade · %2 anmälda</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="512" />
      <source>(let in: %1)</source>
      <translation>(insläppt: %1)</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="529" />
      <source>Overdue fees not checked: your role does not see people's accounts</source>
      <translation>Förfallna avgifter inte kontrollerade: din roll ser inte personers konton</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="534" />
      <source>Overdue fees not checked yet: asking the server…</source>
      <translation>Förfallna avgifter inte kontrollerade än: frågar servern…</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="553" />
      <source>Overdue fees not checked: %1</source>
      <translation>Förfallna avgifter inte kontrollerade: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="562" />
      <source>Overdue fees not checked: offline</source>
      <translation>Förfallna avgifter inte kontrollerade: offline</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="567" />
      <source>Overdue fees as of %1</source>
      <translation>Förfallna avgifter per kl. %1</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="623" />
      <source>Checking in</source>
      <translation>Checkar in</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="638" />
      <source>Checked in</source>
      <translation>Incheckad</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="638" />
      <source>Not checked in</source>
      <translation>Inte incheckad</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="659" />
      <source>Welcome</source>
      <translation>Välkommen</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="660" />
      <source>Scan your card or ID</source>
      <translation>Skanna ditt kort eller din id-handling</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="691" />
      <source>Letting in</source>
      <translation>Släpper in</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="704" />
      <source>Leave check-in</source>
      <translation>Lämna incheckningen</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="705" />
      <source>Leave the check-in station? Check-ins made are kept.</source>
      <translation>Lämna incheckningen? Gjorda incheckningar sparas.</translation>
    </message>
  </context>
  <context>
    <name>ColumnLayout</name>
    <message>
      <location filename="../../desktop/common/columns.py" line="191" />
      <source>The list is sorted by this column</source>
      <translation>Listan är sorterad efter den här kolumnen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/columns.py" line="197" />
      <source>Reset columns</source>
      <translation>Återställ kolumner</translation>
    </message>
    <message>
      <location filename="../../desktop/common/columns.py" line="198" />
      <source>Show the list's own columns in their own order and widths</source>
      <translation>Visa listans egna kolumner i deras ursprungliga ordning och bredd</translation>
    </message>
  </context>
  <context>
    <name>ConflictChooser</name>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="78" />
      <source>Choose per field</source>
      <translation>Välj per fält</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="104" />
      <source>Someone changed these fields on the server after you loaded them. Choose per field which value to keep.</source>
      <translation>Någon ändrade de här fälten på servern efter att du läste in dem. Välj för varje fält vilket värde som ska gälla.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="109" />
      <source>Apply choice</source>
      <translation>Använd valet</translation>
    </message>
  </context>
  <context>
    <name>ConnectionNeeded</name>
    <message>
      <location filename="../../desktop/webview/staff_page.py" line="78" />
      <source>This step needs a connection</source>
      <extracomment>Load errors that mean "no connection to the server" rather than a page of the server. The server's staff sign-in page (``server.web.session.SIGN_IN_PATH``), where a staff page without a live web session sends the reader (``?next=&lt;the page&gt;``).</extracomment>
      <translation>Det här steget kräver en anslutning</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/staff_page.py" line="85" />
      <source>This page comes from the server. Everything else in Kansli works offline; come back here when the connection is back.</source>
      <translation>Sidan kommer från servern. Allt annat i Kansli fungerar utan anslutning; kom tillbaka hit när anslutningen är tillbaka.</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/staff_page.py" line="104" />
      <source>Try again</source>
      <translation>Försök igen</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/staff_page.py" line="105" />
      <source>Ask the server for the page again</source>
      <translation>Be servern om sidan igen</translation>
    </message>
  </context>
  <context>
    <name>ContactOps</name>
    <message>
      <location filename="../../desktop/contacts/operations.py" line="150" />
      <location filename="../../desktop/contacts/user_contacts.py" line="73" />
      <source>Linking %1</source>
      <extracomment>The roles a user's own contact holds (Attestant is an organisation's role only).</extracomment>
      <translation>Kopplar %1</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/operations.py" line="160" />
      <source>linking %1</source>
      <translation>kopplingen av %1</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/operations.py" line="176" />
      <source>removing %1</source>
      <translation>borttagningen av kontakten %1</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/operations.py" line="179" />
      <source>Removing %1</source>
      <translation>Tar bort kontakten %1</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/operations.py" line="204" />
      <source>role change of %1</source>
      <translation>rolländringen för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/operations.py" line="211" />
      <source>Saving the roles of %1</source>
      <translation>Sparar kontaktrollerna för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/operations.py" line="216" />
      <source>Loading contacts</source>
      <translation>Läser in kontakter</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/operations.py" line="223" />
      <source>Searching contacts</source>
      <translation>Söker kontakter</translation>
    </message>
  </context>
  <context>
    <name>Contacts</name>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="102" />
      <location filename="../../desktop/contacts/tab.py" line="130" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="96" />
      <source>E-mail</source>
      <extracomment>The addresses, each that bounced with ⚠ and, in the tooltip, when and why.</extracomment>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="104" />
      <location filename="../../desktop/contacts/tab.py" line="132" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="107" />
      <source>Main contact</source>
      <translation>Huvudkontakt</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="109" />
      <source>Shown in the lists; one per organisation or customer</source>
      <translation>Visas i listorna; en per organisation eller kund</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="115" />
      <source>Notification recipient</source>
      <translation>Aviseringsmottagare</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="117" />
      <source>Gets the notifications sent about it</source>
      <translation>Får aviseringarna som skickas om den</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="121" />
      <source>Attestant</source>
      <translation>Attestant</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="123" />
      <source>Attests the organisation's agent orders (chosen on the order form)</source>
      <translation>Attesterar organisationens beställningar via agent (väljs i beställningsformuläret)</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="129" />
      <source>Link</source>
      <translation>Koppla</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="133" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
  </context>
  <context>
    <name>ContactsRowDialog</name>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="138" />
      <source>Details</source>
      <extracomment>The create's other arguments (the contract's customer; an edited customer's or agent's organisation). The row's contacts (an existing row's only: a new one has none to link yet).</extracomment>
      <translation>Uppgifter</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="139" />
      <source>Contacts</source>
      <translation>Kontaktuppgifter</translation>
    </message>
  </context>
  <context>
    <name>ContactsTab</name>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="160" />
      <source>E-mail, name or phone…</source>
      <translation>E-post, namn eller telefon…</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="162" />
      <source>&amp;Search</source>
      <translation>&amp;Sök</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="163" />
      <source>+ &amp;Contact…</source>
      <translation>+ &amp;kontakt…</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="164" />
      <source>A new person, linked as a contact here</source>
      <translation>En ny person, kopplad som kontakt här</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="165" />
      <source>&amp;Remove contact</source>
      <translation>&amp;Ta bort kontakt</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="171" />
      <source>Search results — tick to link</source>
      <translation>Sökresultat – bocka för för att koppla</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="179" />
      <source>Contacts</source>
      <translation>Kontakter</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="203" />
      <location filename="../../desktop/contacts/tab.py" line="383" />
      <source>Remove contact</source>
      <extracomment>Only the newest search runs and answers (search as you type).</extracomment>
      <translation>Ta bort kontakt</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="206" />
      <source>Remove the selected person from the contacts (not from Kansli)</source>
      <translation>Ta bort den valda personen från kontakterna (inte från Kansli)</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="210" />
      <source>Open profile</source>
      <translation>Öppna profilen</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="213" />
      <source>The selected person's profile: e-mail addresses, phone numbers, details</source>
      <translation>Den valda personens profil: e-postadresser, telefonnummer, uppgifter</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="254" />
      <source>Save first; then contacts can be linked here.</source>
      <translation>Spara först; sedan kan kontakter kopplas här.</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="260" />
      <source>Your roles let you see these contacts, not change them.</source>
      <translation>Dina roller låter dig se kontakterna, inte ändra dem.</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="281" />
      <source>No contacts yet — search above and tick a person, or add one with + Contact.</source>
      <translation>Inga kontakter ännu – sök ovan och bocka för en person, eller lägg till en med + kontakt.</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="287" />
      <source>Contacts (%1)</source>
      <translation>Kontakter (%1)</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="308" />
      <source>Nobody found — add the person with + Contact.</source>
      <translation>Ingen hittades – lägg till personen med + kontakt.</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="385" />
      <source>Remove %1 from the contacts here? The person stays in Kansli. Ctrl+Z brings the contact back.</source>
      <translation>Ta bort %1 från kontakterna här? Personen finns kvar i Kansli. Ctrl+Z tar tillbaka kontakten.</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="392" />
      <source>Remove</source>
      <translation>Ta bort</translation>
    </message>
  </context>
  <context>
    <name>ContractDialog</name>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="67" />
      <source>New contract</source>
      <translation>Nytt kontrakt</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="68" />
      <source>Edit contract</source>
      <translation>Ändra kontrakt</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="266" />
      <source>YYYY-MM-DD</source>
      <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="267" />
      <source>Title:</source>
      <translation>Benämning:</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="268" />
      <source>Starts:</source>
      <translation>Startar:</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="269" />
      <source>Ends:</source>
      <translation>Slutar:</translation>
    </message>
  </context>
  <context>
    <name>CountLabel</name>
    <message>
      <location filename="../../desktop/common/widgets.py" line="438" />
      <source>%1 of %2 shown</source>
      <extracomment>Delay of a search that asks the server: one request once typing pauses.</extracomment>
      <translation>%1 av %2 visas</translation>
    </message>
  </context>
  <context>
    <name>CourseDialog</name>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="88" />
      <source>New course</source>
      <translation>Ny utbildning</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="89" />
      <source>Edit course</source>
      <translation>Redigera utbildning</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="108" />
      <source>No course leader</source>
      <translation>Ingen kursledare</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="110" />
      <source>Name:</source>
      <translation>Namn:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="111" />
      <source>Code:</source>
      <translation>Kod:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="112" />
      <source>Category:</source>
      <translation>Kategori:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="113" />
      <source>Description:</source>
      <translation>Beskrivning:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="114" />
      <source>Course leader:</source>
      <translation>Kursledare:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="108" />
      <source>Choose course leader</source>
      <translation>Välj kursledare</translation>
    </message>
  </context>
  <context>
    <name>Courses</name>
    <message>
      <location filename="../../desktop/courses/editing.py" line="21" />
      <source>Planned</source>
      <translation>Planerad</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/editing.py" line="22" />
      <source>Open</source>
      <translation>Öppen</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/editing.py" line="23" />
      <source>Closed</source>
      <translation>Stängd</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/editing.py" line="24" />
      <source>Cancelled</source>
      <translation>Inställd</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="60" />
      <source>%1 (archived)</source>
      <translation>%1 (arkiverad)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="68" />
      <source>Requires %1</source>
      <translation>Kräver %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="74" />
      <source>Code</source>
      <extracomment>The lists' columns, translated in context "Courses".</extracomment>
      <translation>Kod</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="75" />
      <source>Course</source>
      <translation>Utbildning</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="76" />
      <source>Rounds</source>
      <translation>Omgångar</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="79" />
      <source>Round</source>
      <translation>Utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="80" />
      <source>Term</source>
      <translation>Termin</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="83" />
      <source>Dates</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="86" />
      <source>Starts</source>
      <translation>Startar</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="87" />
      <source>Ends</source>
      <translation>Slutar</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="90" />
      <source>Place</source>
      <translation>Plats</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="91" />
      <source>Seats</source>
      <translation>Platser</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="92" />
      <source>Registered</source>
      <translation>Anmälda</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="93" />
      <source>Approved</source>
      <translation>Godkända</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="96" />
      <source>Waiting</source>
      <translation>Väntar</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="98" />
      <source>Waiting for approval</source>
      <translation>Väntar på godkännande</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="102" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>CoursesView</name>
    <message>
      <location filename="../../desktop/courses/view.py" line="120" />
      <source>Search courses and rounds…</source>
      <extracomment>Sign-ups for review is asked for (its button, shown while some wait).</extracomment>
      <translation>Sök utbildningar och omgångar…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="123" />
      <source>Term</source>
      <translation>Termin</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="124" />
      <location filename="../../desktop/courses/view.py" line="254" />
      <source>All terms</source>
      <translation>Alla terminer</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="126" />
      <source>Round status</source>
      <translation>Omgångens status</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="126" />
      <source>Any status</source>
      <translation>Alla statusar</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="128" />
      <source>Show archived</source>
      <translation>Visa arkiverade</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="131" />
      <source>Go › Sign-ups for review…</source>
      <translation>Gå till › Anmälningar att granska…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="139" />
      <source>Term:</source>
      <extracomment>The evaluation results window opened last (issue 19).</extracomment>
      <translation>Termin:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="141" />
      <source>Status:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="178" />
      <source>&amp;New course…</source>
      <translation>&amp;Ny utbildning…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="179" />
      <source>&amp;Edit course…</source>
      <translation>&amp;Redigera utbildning…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="180" />
      <location filename="../../desktop/courses/view.py" line="384" />
      <source>&amp;Archive course</source>
      <translation>&amp;Arkivera utbildning</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="181" />
      <source>&amp;Prerequisites…</source>
      <translation>&amp;Förkunskapskrav…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="183" />
      <source>The courses a participant must have completed before booking this one</source>
      <translation>Utbildningarna en deltagare måste ha gått innan hen bokar den här</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="185" />
      <source>E&amp;valuation…</source>
      <translation>&amp;Utvärdering…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="187" />
      <source>The questionnaire participants answer after a round of this course</source>
      <translation>Frågeformuläret som deltagarna besvarar efter en omgång av den här utbildningen</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="189" />
      <source>Evaluation res&amp;ults…</source>
      <translation>Utvärderings&amp;resultat…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="190" />
      <source>What the participants answered, counted</source>
      <translation>Vad deltagarna svarade, sammanräknat</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="191" />
      <source>New &amp;round…</source>
      <translation>Ny &amp;omgång…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="192" />
      <source>Edi&amp;t round…</source>
      <translation>Redi&amp;gera omgång…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="193" />
      <source>&amp;Copy round to a new term…</source>
      <translation>&amp;Kopiera omgång till ny termin…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="194" />
      <location filename="../../desktop/courses/view.py" line="389" />
      <source>Archi&amp;ve round</source>
      <translation>Arki&amp;vera omgång</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="234" />
      <source>Open round</source>
      <translation>Öppna utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="236" />
      <source>Open the selected round's page</source>
      <translation>Öppna den valda omgångens sida</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/courses/view.py" line="273" />
      <source>%n sign-up(s) for review</source>
      <translation>
        <numerusform>%Ln anmälan att granska</numerusform>
        <numerusform>%Ln anmälningar att granska</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="283" />
      <source>No courses match — clear the search or choose another term.</source>
      <translation>Inga utbildningar matchar — rensa sökningen eller välj en annan termin.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="285" />
      <source>No courses yet — they appear here after the first sync.</source>
      <translation>Inga utbildningar ännu — de visas här efter första synkroniseringen.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="325" />
      <source>Rounds of %1</source>
      <translation>Omgångar för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="329" />
      <source>All rounds</source>
      <translation>Alla omgångar</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="331" />
      <source>No rounds match the filters.</source>
      <translation>Inga omgångar matchar filtren.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/courses/view.py" line="333" />
      <source>%n course(s)</source>
      <translation>
        <numerusform>%Ln utbildning</numerusform>
        <numerusform>%Ln utbildningar</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/courses/view.py" line="335" />
      <source>%n round(s)</source>
      <translation>
        <numerusform>%Ln omgång</numerusform>
        <numerusform>%Ln omgångar</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="382" />
      <source>Restore course</source>
      <translation>Återställ utbildning</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="387" />
      <source>Restore round</source>
      <translation>Återställ omgång</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="163" />
      <source>Rounds</source>
      <translation>Omgångar</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="164" />
      <source>Courses</source>
      <translation>Utbildningar</translation>
    </message>
  </context>
  <context>
    <name>CustomerDialog</name>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="62" />
      <source>New customer</source>
      <translation>Ny kund</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="63" />
      <source>Edit customer</source>
      <translation>Ändra kund</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="240" />
      <source>Customer number:</source>
      <translation>Kundnummer:</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="246" />
      <source>An organisation that is not in the list is added under Organisations first.</source>
      <translation>En organisation som inte finns i listan läggs först upp under Organisationer.</translation>
    </message>
  </context>
  <context>
    <name>DecisionReversal</name>
    <message>
      <location filename="../../desktop/alumni/reversal.py" line="42" />
      <source>Your roles do not allow decisions on alumni registrations.</source>
      <extracomment>A sentence for the screen's feedback line. The dialog asking for the reason was opened (the screen may keep it). The dialog closed, whatever the answer. The reversal of this registration is queued (its id).</extracomment>
      <translation>Dina roller tillåter inte beslut om alumnregistreringar.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/reversal.py" line="47" />
      <source>Reading</source>
      <translation>Läser</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/reversal.py" line="55" />
      <source>Only an officer's decision can be reversed; this one is: %1.</source>
      <translation>Bara en handläggares beslut kan hävas; det här är: %1.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/reversal.py" line="70" />
      <source>reversal for %1</source>
      <translation>hävt beslut för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/reversal.py" line="80" />
      <source>Reversal queued: %1 is back in the manual queue.</source>
      <translation>Beslutet hävs: %1 ligger i den manuella kön igen.</translation>
    </message>
  </context>
  <context>
    <name>DeclineDialog</name>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="142" />
      <source>Decline sign-up</source>
      <translation>Avslå anmälan</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="144" />
      <source>Decline the sign-up of %1? The registration is cancelled.</source>
      <translation>Avslå anmälan från %1? Kursregistreringen avbokas.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="147" />
      <source>&amp;Reason (optional):</source>
      <translation>&amp;Skäl (frivilligt):</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="149" />
      <source>Reason for declining</source>
      <translation>Skäl till att anmälan avslås</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="152" />
      <source>Decline</source>
      <translation>Avslå</translation>
    </message>
  </context>
  <context>
    <name>DemoInfoDialog</name>
    <message>
      <location filename="../../desktop/demo_info.py" line="42" />
      <source>Demo server</source>
      <translation>Demoservern</translation>
    </message>
    <message>
      <location filename="../../desktop/demo_info.py" line="48" />
      <source>This is a demo: a server on this computer with made-up data. Nothing is sent: mail from the server (to an approving manager, a confirmation of a sign-up) is kept as files in the mail folder, and SMS codes for signing orders are written to a file.</source>
      <translation>Det här är en demo: en server på den här datorn med påhittade uppgifter. Ingenting skickas: e-post från servern (till en godkännande chef, en bekräftelse på en anmälan) sparas som filer i e-postmappen, och SMS-koder för att signera beställningar skrivs till en fil.</translation>
    </message>
    <message>
      <location filename="../../desktop/demo_info.py" line="56" />
      <source>Server:</source>
      <translation>Server:</translation>
    </message>
    <message>
      <location filename="../../desktop/demo_info.py" line="57" />
      <source>Mail folder:</source>
      <translation>E-postmapp:</translation>
    </message>
    <message>
      <location filename="../../desktop/demo_info.py" line="58" />
      <source>SMS codes:</source>
      <translation>SMS-koder:</translation>
    </message>
    <message>
      <location filename="../../desktop/demo_info.py" line="62" />
      <source>Users:</source>
      <translation>Användare:</translation>
    </message>
    <message>
      <location filename="../../desktop/demo_info.py" line="63" />
      <source>Password:</source>
      <translation>Lösenord:</translation>
    </message>
    <message>
      <location filename="../../desktop/demo_info.py" line="65" />
      <source>Open the mail folder</source>
      <translation>Öppna e-postmappen</translation>
    </message>
    <message>
      <location filename="../../desktop/demo_info.py" line="69" />
      <source>Open the SMS codes</source>
      <translation>Öppna SMS-koderna</translation>
    </message>
  </context>
  <context>
    <name>DenyDialog</name>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="40" />
      <source>Deny alumni registration</source>
      <translation>Neka alumnregistrering</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="44" />
      <source>Deny the registration of &lt;b&gt;%1&lt;/b&gt;? The reason is kept with the decision.</source>
      <translation>Neka registreringen för &lt;b&gt;%1&lt;/b&gt;? Skälet sparas med beslutet.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="45" />
      <source>this alumnus</source>
      <translation>den här alumnen</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="48" />
      <source>&amp;Reason:</source>
      <translation>&amp;Skäl:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="52" />
      <source>Reason for the denial</source>
      <translation>Skäl till nekandet</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="55" />
      <source>Why is the registration denied?</source>
      <translation>Varför nekas registreringen?</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="63" />
      <source>The last reasons you gave are in the list (↓).</source>
      <translation>Dina senaste skäl finns i listan (↓).</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="65" />
      <source>The reason you give is offered again next time.</source>
      <translation>Skälet du anger föreslås igen nästa gång.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="77" />
      <source>Reason to &amp;tell the alumnus (optional):</source>
      <translation>Skäl att &amp;ge alumnen (valfritt):</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="81" />
      <source>Reason to tell the alumnus</source>
      <translation>Skäl att ge alumnen</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="83" />
      <source>For example: We find no degree from the university in your name.</source>
      <translation>Till exempel: Vi hittar ingen examen från lärosätet i ditt namn.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="89" />
      <source>The alumnus is mailed that the registration is denied, with this text if you give one. The reason above is never sent.</source>
      <translation>Alumnen får ett mejl om att registreringen är nekad, med den här texten om du anger en. Skälet ovan skickas aldrig.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="96" />
      <source>Deny</source>
      <translation>Neka</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="123" />
      <source>Give a reason for the denial.</source>
      <translation>Ange ett skäl till nekandet.</translation>
    </message>
  </context>
  <context>
    <name>DiscountDialog</name>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="270" />
      <source>New discount</source>
      <translation>Ny rabatt</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="271" />
      <source>Edit discount</source>
      <translation>Ändra rabatt</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="276" />
      <source>Such as Two courses the same term</source>
      <translation>Till exempel Två kurser samma termin</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="283" />
      <source>An amount (kr)</source>
      <translation>Ett belopp (kr)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="284" />
      <source>A percentage of the price</source>
      <translation>En procent av priset</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="306" />
      <source>YYYY-MM-DD (empty: no limit)</source>
      <translation>ÅÅÅÅ-MM-DD (tomt: ingen gräns)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="276" />
      <source>Name:</source>
      <translation>Namn:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="280" />
      <source>When:</source>
      <translation>När:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="282" />
      <source>Discount:</source>
      <translation>Rabatt:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="293" />
      <source>Size:</source>
      <translation>Storlek:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="295" />
      <source>With others:</source>
      <translation>Med andra:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="300" />
      <source>Book by:</source>
      <extracomment>The days that limit the discount, by their keys (empty: no limit).</extracomment>
      <translation>Anmäl senast:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="301" />
      <source>Valid from:</source>
      <translation>Gäller från:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="302" />
      <source>Valid until:</source>
      <translation>Gäller till och med:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="307" />
      <source>Order:</source>
      <translation>Ordning:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="313" />
      <source>Discounts are counted in their order, each shown to the participant as a line of the price; together they never take a course below zero.</source>
      <translation>Rabatterna räknas i sin ordning och visas för deltagaren som var sin rad i priset; tillsammans gör de aldrig en kurs billigare än noll.</translation>
    </message>
  </context>
  <context>
    <name>DiscountsWindow</name>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="345" />
      <source>Discounts</source>
      <translation>Rabatter</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="346" />
      <source>No discounts yet: New… adds one, such as for a second course.</source>
      <translation>Inga rabatter än: Ny… lägger till en, till exempel för en andra kurs.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="349" />
      <source>A booking keeps the price it was made with: changing a discount changes new sign-ups only.</source>
      <translation>En bokning behåller priset den gjordes med: en ändrad rabatt ändrar bara nya anmälningar.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="354" />
      <source>New sign-ups no longer get it</source>
      <translation>Nya anmälningar får den inte längre</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="379" />
      <source>(by %1)</source>
      <translation>(senast %1)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="381" />
      <source>Always</source>
      <translation>Alltid</translation>
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="227" />
      <source>Possible duplicates</source>
      <translation>Möjliga dubbletter</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/people/person_dialog.py" line="233" />
      <source>%n person(s) in Kansli may be the one you are adding. Use one of them instead, or save a new person anyway.</source>
      <translation>
        <numerusform>%Ln person i Kansli kan vara den du lägger till. Använd den i stället, eller spara en ny person ändå.</numerusform>
        <numerusform>%Ln personer i Kansli kan vara den du lägger till. Använd en av dem i stället, eller spara en ny person ändå.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="270" />
      <source>Use the selected person</source>
      <translation>Använd den valda personen</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="273" />
      <source>Save as a new person</source>
      <translation>Spara som ny person</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="276" />
      <source>Back to the form</source>
      <translation>Tillbaka till formuläret</translation>
    </message>
  </context>
  <context>
    <name>Economics</name>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="43" />
      <source>Course</source>
      <extracomment>What a row of the report is, by the server's group: its name (the first column's header).</extracomment>
      <translation>Kurs</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="44" />
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="45" />
      <source>Term</source>
      <translation>Termin</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="49" />
      <location filename="../../desktop/accounting/economics.py" line="354" />
      <source>All time</source>
      <extracomment>The periods to choose, by key.</extracomment>
      <translation>Hela tiden</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="50" />
      <source>This year</source>
      <translation>I år</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="51" />
      <source>Last year</source>
      <translation>Förra året</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="52" />
      <source>This month</source>
      <translation>Den här månaden</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="53" />
      <source>Chosen days</source>
      <translation>Valda dagar</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="57" />
      <source>Invoiced</source>
      <extracomment>The amounts, in the table's order: (field, title, tooltip).</extracomment>
      <translation>Fakturerat</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="57" />
      <source>What the bookings were charged (before any credit balance used)</source>
      <translation>Vad bokningarna debiterades (innan tillgodohavanden användes)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="60" />
      <source>Cancelled</source>
      <translation>Avbokat</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="60" />
      <source>Charges given up again by cancellations and credit notes</source>
      <translation>Debiteringar som gått tillbaka genom avbokningar och kreditfakturor</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="63" />
      <source>Paid</source>
      <translation>Betalt</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="63" />
      <source>Money received: Bankgiro and card payments</source>
      <translation>Inbetalda pengar: bankgiro- och kortbetalningar</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="66" />
      <source>Outstanding</source>
      <translation>Utestående</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="66" />
      <source>What is still owed at the end of the period</source>
      <translation>Vad som fortfarande är obetalt vid periodens slut</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="69" />
      <source>Discounts</source>
      <translation>Rabatter</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="69" />
      <source>The discounts of the bookings charged in the period</source>
      <translation>Rabatterna på bokningar som debiterades under perioden</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="72" />
      <source>Credit used</source>
      <translation>Tillgodo använt</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="72" />
      <source>Credit balances used to pay for bookings</source>
      <translation>Tillgodohavanden som använts för att betala bokningar</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="75" />
      <source>Credit given</source>
      <translation>Tillgodo givet</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="75" />
      <source>Credit balances given by cancellations and overpayments</source>
      <translation>Tillgodohavanden från avbokningar och överbetalningar</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="78" />
      <source>Refunds</source>
      <translation>Återbetalt</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="78" />
      <source>Money paid back</source>
      <translation>Pengar som betalats tillbaka</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="94" />
      <source>Bookings</source>
      <extracomment>The chart's series: (field, colour).</extracomment>
      <translation>Bokningar</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="96" />
      <source>Bookings charged in the period</source>
      <translation>Bokningar som debiterades under perioden</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="106" />
      <source>Not tied to a booking</source>
      <translation>Inte knutet till en bokning</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="110" />
      <source>No category</source>
      <translation>Ingen kategori</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="111" />
      <source>No term</source>
      <translation>Ingen termin</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="132" />
      <source>Loading the economics report</source>
      <translation>Hämtar ekonomirapporten</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="360" />
      <source>Total</source>
      <translation>Totalt</translation>
    </message>
  </context>
  <context>
    <name>EconomicsWindow</name>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="155" />
      <location filename="../../desktop/accounting/economics.py" line="377" />
      <location filename="../../desktop/accounting/economics.py" line="397" />
      <source>Economics report</source>
      <translation>Ekonomirapport</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="181" />
      <source>Per</source>
      <extracomment>The group and period the report shown was asked for. The report last asked for: an answer to an earlier question (a quicker choice made meanwhile, answers can arrive in any order) is not shown over it.</extracomment>
      <translation>Per</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="182" />
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="184" />
      <source>From</source>
      <translation>Från</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="184" />
      <source>To</source>
      <translation>Till</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="191" />
      <source>&amp;Per:</source>
      <translation>&amp;Per:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="193" />
      <source>P&amp;eriod:</source>
      <translation>P&amp;eriod:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="196" />
      <source>&amp;Print…</source>
      <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="196" />
      <source>Print the report</source>
      <translation>Skriv ut rapporten</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="199" />
      <source>&amp;Export…</source>
      <translation>E&amp;xportera…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="202" />
      <source>Save the report as an Excel workbook or a CSV file</source>
      <translation>Spara rapporten som en Excel-arbetsbok eller en CSV-fil</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="207" />
      <source>Report actions</source>
      <translation>Rapportåtgärder</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="209" />
      <source>Filter by name…</source>
      <translation>Filtrera på namn…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="276" />
      <source>The period ends before it starts.</source>
      <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="296" />
      <source>No bookings or payments in this period.</source>
      <translation>Inga bokningar eller betalningar under perioden.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="319" />
      <source>In all: %1 invoiced · %2 paid · %3 outstanding</source>
      <translation>Totalt: %1 fakturerat · %2 betalt · %3 utestående</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="328" />
      <source>Invoiced, paid and outstanding (kr)</source>
      <translation>Fakturerat, betalt och utestående (kr)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="376" />
      <source>Per %1</source>
      <translation>Per %1</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="386" />
      <source>Export the report</source>
      <translation>Exportera rapporten</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="386" />
      <source>Economics</source>
      <translation>Ekonomi</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="399" />
      <source>Saved %1.</source>
      <translation>Sparade %1.</translation>
    </message>
  </context>
  <context>
    <name>ElementDialog</name>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="188" />
      <source>An answer is required</source>
      <translation>Svar krävs</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="191" />
      <source>One option per line</source>
      <translation>Ett alternativ per rad</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="192" />
      <source>Require confirmation by e-mail</source>
      <translation>Kräv bekräftelse via e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="195" />
      <source>The manager named on the form gets an e-mail asking them to approve the registration</source>
      <translation>Chefen som anges i formuläret får ett e-postmeddelande med en begäran om att godkänna anmälan</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="200" />
      <source>Kind:</source>
      <translation>Typ:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="201" />
      <source>Question:</source>
      <translation>Fråga:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="203" />
      <source>Options:</source>
      <translation>Alternativ:</translation>
    </message>
  </context>
  <context>
    <name>EraseDialog</name>
    <message>
      <location filename="../../desktop/people/erasure.py" line="58" />
      <source>Erased person #%1</source>
      <translation>Raderad person #%1</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="60" />
      <source>Erase person</source>
      <translation>Radera person</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="61" />
      <source>Erase %1?</source>
      <translation>Radera %1?</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="63" />
      <source>Everything Kansli holds about %1 is removed, on the server and on every computer at its next sync: name, personnummer, address, e-mail addresses, phone numbers, notes, consents, registrations, attendance, categories, alumni data and the mail and text messages sent to them.</source>
      <translation>Allt Kansli har om %1 tas bort, på servern och på varje dator vid dess nästa synkronisering: namn, personnummer, adress, e-postadresser, telefonnummer, anteckningar, samtycken, kursregistreringar, närvaro, kategorier, alumnuppgifter och e-post och sms som skickats till personen.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="69" />
      <source>Kept, as bookkeeping law requires: invoices, payments, reminders, refunds and ledger postings with their amounts and dates, under the anonymous name “%1”.</source>
      <translation>Kvar blir, som bokföringslagen kräver: betalningsavier, betalningar, påminnelser, återbetalningar och bokföringsposter med belopp och datum, under det anonyma namnet ”%1”.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="73" />
      <source>Erase</source>
      <translation>Radera</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="75" />
      <source>Anonymise person</source>
      <translation>Anonymisera person</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="76" />
      <source>Anonymise %1?</source>
      <translation>Anonymisera %1?</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="78" />
      <source>The personal data of %1 is removed, on the server and on every computer at its next sync: name, personnummer, address, e-mail addresses, phone numbers, notes, consents, the answers and notes of their registrations, alumni data and the mail and text messages sent to them.</source>
      <translation>Personuppgifterna om %1 tas bort, på servern och på varje dator vid dess nästa synkronisering: namn, personnummer, adress, e-postadresser, telefonnummer, anteckningar, samtycken, svar och anteckningar i kursregistreringarna, alumnuppgifter och e-post och sms som skickats till personen.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="84" />
      <source>Kept without anything that identifies them, under the anonymous name “%1”: their registrations, attendance, memberships and categories (for counts and statistics), and, as bookkeeping law requires, invoices, payments and ledger postings with their amounts and dates.</source>
      <translation>Kvar blir, utan något som identifierar personen, under det anonyma namnet ”%1”: kursregistreringar, närvaro, medlemskap och kategorier (för antal och statistik) och, som bokföringslagen kräver, betalningsavier, betalningar och bokföringsposter med belopp och datum.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="89" />
      <source>Anonymise</source>
      <translation>Anonymisera</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="91" />
      <source>This cannot be undone.</source>
      <translation>Det går inte att ångra.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="96" />
      <source>For example: the person's request of 2 December, by e-mail</source>
      <translation>Till exempel: personens begäran den 2 december, via e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="100" />
      <source>&amp;Reason (kept in the audit trail):</source>
      <translation>&amp;Skäl (sparas i granskningsloggen):</translation>
    </message>
  </context>
  <context>
    <name>Erasure</name>
    <message>
      <location filename="../../desktop/people/erasure.py" line="45" />
      <source>Erasing a person</source>
      <extracomment>The most a reason may hold (``PersonEraseArgs.reason``).</extracomment>
      <translation>Raderar en person</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="47" />
      <source>Anonymising a person</source>
      <translation>Anonymiserar en person</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="139" />
      <source>&amp;Erase…</source>
      <translation>&amp;Radera…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="140" />
      <source>&amp;Anonymise…</source>
      <translation>&amp;Anonymisera…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="171" />
      <source>Not erased</source>
      <translation>Inte raderad</translation>
    </message>
  </context>
  <context>
    <name>EvaluationEditor</name>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="43" />
      <source>Scale 1–5</source>
      <extracomment>The kinds of question as the editor names them, in the order offered.</extracomment>
      <translation>Skala 1–5</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="44" />
      <source>One choice</source>
      <translation>Ett val</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="45" />
      <source>Several choices</source>
      <translation>Flera val</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="46" />
      <source>Free text</source>
      <translation>Fritext</translation>
    </message>
  </context>
  <context>
    <name>EvaluationEditorDialog</name>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="87" />
      <source>Evaluation of %1</source>
      <translation>Utvärdering av %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="92" />
      <source>&amp;Anonymous: answers are kept without names</source>
      <extracomment>The questionnaire as loaded (None until it is) and the questions being edited.</extracomment>
      <translation>&amp;Anonym: svaren sparas utan namn</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="95" />
      <source>&amp;Add question</source>
      <translation>&amp;Lägg till fråga</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="96" />
      <source>&amp;Remove</source>
      <translation>&amp;Ta bort</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="97" />
      <source>Move &amp;up</source>
      <translation>Flytta &amp;upp</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="98" />
      <source>Move &amp;down</source>
      <translation>Flytta &amp;ned</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="100" />
      <source>The question as participants read it</source>
      <translation>Frågan som deltagarna läser den</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="105" />
      <source>Re&amp;quired</source>
      <translation>&amp;Obligatorisk</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="107" />
      <source>One choice per line</source>
      <translation>Ett svarsalternativ per rad</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="110" />
      <source>e.g. Poor</source>
      <translation>t.ex. Dålig</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="112" />
      <source>e.g. Excellent</source>
      <translation>t.ex. Utmärkt</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="114" />
      <source>Question:</source>
      <translation>Fråga:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="115" />
      <source>Kind:</source>
      <translation>Typ:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="117" />
      <source>Choices:</source>
      <translation>Svarsalternativ:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="118" />
      <source>1 means:</source>
      <translation>1 betyder:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="119" />
      <source>5 means:</source>
      <translation>5 betyder:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="132" />
      <source>Participants get a personal link the day after a round's last day and answer once; those who have not answered are reminded once. A change holds for answers given after it.</source>
      <translation>Deltagarna får en personlig länk dagen efter omgångens sista dag och svarar en gång; de som inte har svarat påminns en gång. En ändring gäller för svar som ges efter den.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="129" />
      <source>Save</source>
      <translation>Spara</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="129" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="168" />
      <source>(no text yet)</source>
      <translation>(ingen text ännu)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="263" />
      <source>change of the evaluation of %1</source>
      <translation>ändring av utvärderingen av %1</translation>
    </message>
  </context>
  <context>
    <name>EvaluationStats</name>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="40" />
      <source>No.</source>
      <translation>Nr</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="41" />
      <source>Question</source>
      <translation>Fråga</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="42" />
      <source>Kind</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="43" />
      <source>Answers</source>
      <translation>Svar</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="44" />
      <source>Average</source>
      <translation>Medelvärde</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="45" />
      <source>Distribution</source>
      <translation>Fördelning</translation>
    </message>
  </context>
  <context>
    <name>EvaluationStatsWindow</name>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="107" />
      <source>Evaluation results of %1</source>
      <translation>Utvärderingsresultat för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="113" />
      <location filename="../../desktop/courses/evaluation_stats.py" line="263" />
      <source>All rounds</source>
      <extracomment>The round the report shown (None: every round) and last asked for.</extracomment>
      <translation>Alla omgångar</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="114" />
      <source>Round</source>
      <translation>Omgång</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="115" />
      <source>&amp;Round:</source>
      <translation>&amp;Omgång:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="118" />
      <source>&amp;Print…</source>
      <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="118" />
      <source>Print the results</source>
      <translation>Skriv ut resultaten</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="121" />
      <source>&amp;Export…</source>
      <translation>&amp;Exportera…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="124" />
      <source>Save the results as an Excel workbook or a CSV file</source>
      <translation>Spara resultaten som en Excel-arbetsbok eller en CSV-fil</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="128" />
      <source>Results actions</source>
      <translation>Åtgärder för resultaten</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="130" />
      <source>Filter by question…</source>
      <translation>Filtrera på fråga…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="136" />
      <source>Free texts</source>
      <translation>Fritexter</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="164" />
      <source>Loading the evaluation results</source>
      <translation>Hämtar utvärderingsresultaten</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="181" />
      <source>The course has no evaluation questions yet.</source>
      <translation>Utbildningen har inga utvärderingsfrågor ännu.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="205" />
      <source>Sent to %1 · answered by %2 · response rate %3</source>
      <translation>Skickad till %1 · besvarad av %2 · svarsfrekvens %3</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="229" />
      <source>Answers</source>
      <translation>Svar</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="267" />
      <location filename="../../desktop/courses/evaluation_stats.py" line="281" />
      <source>Evaluation results</source>
      <translation>Utvärderingsresultat</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="276" />
      <source>Export the results</source>
      <translation>Exportera resultaten</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="276" />
      <source>Evaluation</source>
      <translation>Utvärdering</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="284" />
      <source>Saved %1.</source>
      <translation>Sparade %1.</translation>
    </message>
  </context>
  <context>
    <name>EventTypes</name>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="18" />
      <source>A registration was made (a sign-up or by staff): the confirmation to the participant</source>
      <extracomment>Each event type's description (context ``EventTypes``).</extracomment>
      <translation>En kursregistrering gjordes (en anmälan eller av personal): bekräftelsen till deltagaren</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="22" />
      <source>Someone signed up again for a round they are already registered for</source>
      <translation>Någon anmälde sig igen till en utbildningsomgång de redan är registrerade på</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="25" />
      <source>The approving manager is asked to approve a registration</source>
      <translation>Den godkännande chefen ombeds godkänna en kursregistrering</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="28" />
      <source>The approving manager is reminded of a request not yet answered</source>
      <translation>Den godkännande chefen påminns om en begäran som inte besvarats</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="31" />
      <source>The manager approved a registration</source>
      <translation>Chefen godkände en kursregistrering</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="32" />
      <source>The manager's consent was recorded: the receipt, with the link to withdraw it</source>
      <translation>Chefens samtycke registrerades: kvittot, med länken för att återkalla det</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="36" />
      <source>A registration was cancelled</source>
      <translation>En kursregistrering avbokades</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="37" />
      <source>A freed place is offered to the next on the waiting list</source>
      <translation>En ledig plats erbjuds nästa på väntelistan</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="40" />
      <source>A new partner is invited to book their place on a partner course</source>
      <translation>En ny partner bjuds in att boka sin plats på en partnerkurs</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="44" />
      <source>A course round opens for registration</source>
      <translation>En utbildningsomgång öppnar för anmälan</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="45" />
      <source>A course round starts in a few days</source>
      <translation>En utbildningsomgång börjar om några dagar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="46" />
      <source>A session of a round was moved or changed</source>
      <translation>Ett tillfälle i en utbildningsomgång flyttades eller ändrades</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="49" />
      <source>A course round has ended: the participants are asked to evaluate it</source>
      <translation>En utbildningsomgång har avslutats: deltagarna ombeds utvärdera den</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="52" />
      <source>A participant who has not answered a round's evaluation is reminded, once</source>
      <translation>En deltagare som inte har svarat på en omgångs utvärdering påminns, en gång</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="55" />
      <source>A course round has ended: its participants are offered the courses that follow it</source>
      <translation>En utbildningsomgång har avslutats: deltagarna erbjuds kurserna som bygger vidare på den</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="59" />
      <source>A round's participant list and attendance sheet are sent as download links</source>
      <translation>En utbildningsomgångs deltagarlista och närvarolista skickas som nedladdningslänkar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="62" />
      <source>An alumni registration was received</source>
      <translation>En alumnregistrering togs emot</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="63" />
      <source>An alumni registration was decided</source>
      <translation>En alumnregistrering beslutades</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="64" />
      <source>An alumni registration in a known person's name gave new contact details: the person is asked to confirm them</source>
      <translation>En alumnregistrering i en känd persons namn gav nya kontaktuppgifter: personen ombeds bekräfta dem</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="68" />
      <source>Someone asked to end an alumni membership: the link to confirm it</source>
      <translation>Någon bad om att avsluta ett alumnmedlemskap: länken för att bekräfta det</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="71" />
      <source>An alumni membership was ended</source>
      <translation>Ett alumnmedlemskap avslutades</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="72" />
      <source>An alumni registration was approved (automatically or by staff): the alumnus is told</source>
      <translation>En alumnregistrering godkändes (automatiskt eller av personal): alumnen får besked</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="76" />
      <source>An alumni registration was denied by staff: the alumnus is told</source>
      <translation>En alumnregistrering nekades av personal: alumnen får besked</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="79" />
      <source>Staff took back the approval of an alumni registration: the alumnus is told</source>
      <translation>Personalen drog tillbaka godkännandet av en alumnregistrering: alumnen får besked</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="83" />
      <source>A customer is invited to order a connection through an agent</source>
      <translation>En kund bjuds in att beställa en anslutning genom en agent</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="86" />
      <source>An agent order was placed</source>
      <translation>En agentbeställning lades</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="87" />
      <source>The agent started reviewing an order</source>
      <translation>Agenten började granska en beställning</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="90" />
      <source>The agent approved an order: it awaits the agent's attestation</source>
      <translation>Agenten godkände en beställning: den väntar på agentens attest</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="93" />
      <source>The agent rejected an order</source>
      <translation>Agenten avslog en beställning</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="94" />
      <source>The agent attested an order: it goes to the customer's attestant</source>
      <translation>Agenten attesterade en beställning: den går till kundens attestant</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="97" />
      <source>The customer attested an order</source>
      <translation>Kunden attesterade en beställning</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="100" />
      <source>A service-desk case was opened for an attested order</source>
      <translation>Ett ärende hos servicedesk öppnades för en attesterad beställning</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="103" />
      <source>An attestant declined to attest an order: it goes back to the agent's case handler</source>
      <translation>En attestant avböjde att attestera en beställning: den går tillbaka till agentens handläggare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="107" />
      <source>A service-desk case was opened for an attested order: the service desk is told</source>
      <translation>Ett kundserviceärende öppnades för en attesterad beställning: kundservice meddelas</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="111" />
      <source>An invoice for a registration is sent</source>
      <translation>En faktura för en kursregistrering skickas</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="112" />
      <source>A reminder of an unpaid invoice</source>
      <translation>En påminnelse om en obetald faktura</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="113" />
      <source>A receipt for a payment</source>
      <translation>Ett kvitto på en betalning</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="114" />
      <source>A credit note for a cancelled booking's invoice is sent</source>
      <translation>En kreditfaktura för en avbokad boknings faktura skickas</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="117" />
      <source>Money is paid back (a refund by card or bank, a credit balance paid out)</source>
      <translation>Pengar betalas tillbaka (återbetalning via kort eller bank, tillgodohavande utbetalt)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="120" />
      <source>A user is given an account and chooses a password</source>
      <translation>En användare får ett konto och väljer ett lösenord</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="123" />
      <source>A user asked to reset their password</source>
      <translation>En användare bad om att återställa sitt lösenord</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="124" />
      <source>A user with an account is given roles in a tenant</source>
      <translation>En användare med konto får roller i en organisation</translation>
    </message>
  </context>
  <context>
    <name>FormEditor</name>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="28" />
      <source>First name</source>
      <extracomment>Each kind of question as the editor names it, in the order the "Kind" list offers them.</extracomment>
      <translation>Förnamn</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="29" />
      <source>Last name</source>
      <translation>Efternamn</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="30" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="31" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="32" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="33" />
      <source>Personnummer</source>
      <translation>Personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="34" />
      <source>Approving manager</source>
      <translation>Godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="35" />
      <source>Text</source>
      <translation>Fritext</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="36" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="37" />
      <source>Choice</source>
      <translation>Flerval</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="38" />
      <source>Check box (consent)</source>
      <translation>Kryssruta (samtycke)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="85" />
      <source>New sign-up form</source>
      <translation>Nytt anmälningsformulär</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="86" />
      <source>Sign-up form texts</source>
      <translation>Anmälningsformulärets texter</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="160" />
      <source>Add question</source>
      <translation>Lägg till fråga</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="161" />
      <source>Edit question</source>
      <translation>Redigera fråga</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="48" />
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="56" />
      <source>Question</source>
      <translation>Fråga</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="57" />
      <source>Kind</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="58" />
      <source>Required</source>
      <translation>Obligatorisk</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="61" />
      <source>E-mail confirmation</source>
      <translation>Bekräftelse via e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="64" />
      <source>The approving manager is asked by e-mail to approve</source>
      <translation>Den godkännande chefen ombeds godkänna via e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="68" />
      <source>Options</source>
      <translation>Alternativ</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="81" />
      <source>Sign-up form</source>
      <translation>Anmälningsformulär</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="86" />
      <source>Publication</source>
      <translation>Publicering</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="87" />
      <source>Create sign-up form…</source>
      <translation>Skapa anmälningsformulär…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="88" />
      <location filename="../../desktop/courses/form_editor.py" line="276" />
      <source>Publish</source>
      <translation>Publicera</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="90" />
      <source>Show</source>
      <translation>Visa</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="92" />
      <source>Open the public sign-up page in your web browser</source>
      <translation>Öppna den publika anmälningssidan i webbläsaren</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="95" />
      <source>Copy link</source>
      <translation>Kopiera länk</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="97" />
      <source>Copy the address of the public sign-up page</source>
      <translation>Kopiera adressen till den publika anmälningssidan</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="114" />
      <source>Heading:</source>
      <translation>Rubrik:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="115" />
      <source>Introduction:</source>
      <translation>Inledning:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="116" />
      <source>Banner image:</source>
      <translation>Bannerbild:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="117" />
      <source>Confirmation text:</source>
      <translation>Bekräftelsetext:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="118" />
      <source>Edit texts…</source>
      <translation>Redigera texter…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="119" />
      <source>Page</source>
      <translation>Sidan</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="130" />
      <location filename="../../desktop/courses/form_editor.py" line="145" />
      <source>Questions</source>
      <translation>Frågor</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="132" />
      <source>Add question…</source>
      <translation>Lägg till fråga…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="133" />
      <source>Edit…</source>
      <translation>Redigera…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="135" />
      <location filename="../../desktop/courses/form_editor.py" line="228" />
      <source>Move up</source>
      <translation>Flytta upp</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="137" />
      <source>Move the question up (Alt+Up)</source>
      <translation>Flytta frågan uppåt (Alt+Upp)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="140" />
      <location filename="../../desktop/courses/form_editor.py" line="229" />
      <source>Move down</source>
      <translation>Flytta ned</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="142" />
      <source>Move the question down (Alt+Down)</source>
      <translation>Flytta frågan nedåt (Alt+Ned)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="144" />
      <location filename="../../desktop/courses/form_editor.py" line="231" />
      <source>Remove…</source>
      <translation>Ta bort…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="168" />
      <source>Refresh preview</source>
      <translation>Uppdatera förhandsvisningen</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="169" />
      <source>Preview (as the public sees it)</source>
      <translation>Förhandsvisning (som allmänheten ser den)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="170" />
      <source>Create the sign-up form to see its page here.</source>
      <translation>Skapa anmälningsformuläret för att se sidan här.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="187" />
      <source>Close</source>
      <translation>Stäng</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="226" />
      <source>Undo</source>
      <translation>Ångra</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="265" />
      <source>Sign-up form: %1</source>
      <translation>Anmälningsformulär: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="268" />
      <source>No sign-up form yet</source>
      <translation>Inget anmälningsformulär än</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="271" />
      <source>Published: the page is open to the public</source>
      <translation>Publicerat: sidan är öppen för allmänheten</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="273" />
      <source>Not published: only staff can see the page</source>
      <translation>Inte publicerat: bara personalen kan se sidan</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="276" />
      <source>Unpublish</source>
      <translation>Avpublicera</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="286" />
      <source>No questions yet — add the first one.</source>
      <translation>Inga frågor än – lägg till den första.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="288" />
      <source>Create the sign-up form first.</source>
      <translation>Skapa anmälningsformuläret först.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="310" />
      <source>The preview is the server's own page. It shows your changes once they have reached the server.</source>
      <translation>Förhandsvisningen är serverns egen sida. Den visar dina ändringar när de har nått servern.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="403" />
      <source>The link to the sign-up page is copied.</source>
      <translation>Länken till anmälningssidan är kopierad.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="466" />
      <source>Remove question</source>
      <translation>Ta bort fråga</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="468" />
      <source>Remove the question “%1” from the form? Answers already given stay on the registrations. Ctrl+Z brings it back.</source>
      <translation>Ta bort frågan ”%1” från formuläret? Svar som redan lämnats finns kvar på anmälningarna. Ctrl+Z tar tillbaka den.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="475" />
      <source>Remove</source>
      <translation>Ta bort</translation>
    </message>
  </context>
  <context>
    <name>FormOps</name>
    <message>
      <location filename="../../desktop/courses/form_ops.py" line="122" />
      <source>creating the sign-up form of %1</source>
      <extracomment>The form's texts the editor shows and changes (``signup_form.set``'s fields). A question's settings the editor changes (``form_element.edit``'s fields). The live questions in page order: id, kind, label, required, options, require_email_confirmation, position.</extracomment>
      <translation>skapandet av anmälningsformuläret för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_ops.py" line="136" />
      <source>edit of the sign-up form of %1</source>
      <translation>ändringen av anmälningsformuläret för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_ops.py" line="144" />
      <location filename="../../desktop/courses/form_ops.py" line="193" />
      <source>Saving the sign-up form of %1</source>
      <translation>Sparar anmälningsformuläret för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_ops.py" line="188" />
      <source>publishing the sign-up form of %1</source>
      <translation>publiceringen av anmälningsformuläret för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_ops.py" line="190" />
      <source>unpublishing the sign-up form of %1</source>
      <translation>avpubliceringen av anmälningsformuläret för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_ops.py" line="209" />
      <source>moving %1</source>
      <translation>flytten av %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_ops.py" line="212" />
      <source>Moving %1</source>
      <translation>Flyttar %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_ops.py" line="229" />
      <source>removing %1</source>
      <translation>borttagningen av %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_ops.py" line="231" />
      <source>Removing %1</source>
      <translation>Tar bort %1</translation>
    </message>
  </context>
  <context>
    <name>FormTextsDialog</name>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="105" />
      <source>e.g. Sign up for %1</source>
      <translation>t.ex. Anmälan till %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="110" />
      <source>Heading:</source>
      <translation>Rubrik:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="111" />
      <source>Introduction:</source>
      <translation>Inledning:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="112" />
      <source>Banner image (address):</source>
      <translation>Bannerbild (adress):</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="113" />
      <source>Confirmation text:</source>
      <translation>Bekräftelsetext:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="116" />
      <source>The confirmation text is shown after a sign-up and sent in the confirmation mail. A new form is not published until you publish it.</source>
      <translation>Bekräftelsetexten visas efter en anmälan och skickas i bekräftelsemejlet. Ett nytt formulär publiceras inte förrän du publicerar det.</translation>
    </message>
  </context>
  <context>
    <name>GrantRuleSetDialog</name>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="82" />
      <source>New grant rule set</source>
      <translation>Nya regler för aktivitetsstöd</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="83" />
      <source>Edit grant rule set</source>
      <translation>Ändra regler för aktivitetsstöd</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="89" />
      <source>Start from:</source>
      <translation>Utgå från:</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="92" />
      <source>Name:</source>
      <translation>Namn:</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="98" />
      <source>No limit</source>
      <translation>Ingen gräns</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="101" />
      <source>A participant counts:</source>
      <translation>En deltagare räknas:</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="104" />
      <source>Valid from:</source>
      <translation>Gäller från:</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="104" />
      <source>YYYY-MM-DD (empty: always)</source>
      <translation>ÅÅÅÅ-MM-DD (tomt: alltid)</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="114" />
      <source>Ages are the age a participant turns that year. Participants are counted besides the leader. Reports already made keep their numbers.</source>
      <translation>Åldern är den ålder deltagaren fyller det året. Deltagarna räknas utöver ledaren. Rapporter som redan gjorts behåller sina siffror.</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="125" />
      <source>%1 (own)</source>
      <translation>%1 (egen)</translation>
    </message>
  </context>
  <context>
    <name>GrantRuleSetsWindow</name>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="148" />
      <source>Grant rule sets</source>
      <translation>Regler för aktivitetsstöd</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="149" />
      <source>No rule sets of the club's own. New… adds one, starting from LOK-stöd or an example.</source>
      <translation>Föreningen har inga egna regler. Ny… lägger till, med LOK-stöd eller ett exempel som start.</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="153" />
      <source>Your municipality's activity grant rules; the grant report counts with them.</source>
      <translation>Kommunens regler för aktivitetsstöd; stödrapporten räknar med dem.</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="157" />
      <source>The grant report no longer offers it; reports made keep it</source>
      <translation>Stödrapporten erbjuder dem inte längre; gjorda rapporter behåller dem</translation>
    </message>
  </context>
  <context>
    <name>GrantRules</name>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="29" />
      <source>Once per sport and day</source>
      <extracomment>The coded rule sets a new one may start from.</extracomment>
      <translation>En gång per idrott och dag</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="30" />
      <source>Once per day</source>
      <translation>En gång per dag</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="31" />
      <source>In every session</source>
      <translation>Vid varje tillfälle</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="35" />
      <source>Turns at least:</source>
      <extracomment>The numbers of a rule set: key and label (the form's order).</extracomment>
      <translation>Fyller minst:</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="36" />
      <source>Turns at most:</source>
      <translation>Fyller högst:</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="37" />
      <source>Participants at least:</source>
      <translation>Deltagare minst:</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="38" />
      <source>Participants counted at most:</source>
      <translation>Räknade deltagare högst:</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="39" />
      <source>Minutes at least:</source>
      <translation>Minuter minst:</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="40" />
      <source>Leader turns at least:</source>
      <translation>Ledaren fyller minst:</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="176" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="177" />
      <source>Ages</source>
      <translation>Åldrar</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="178" />
      <source>Participants</source>
      <translation>Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="179" />
      <source>Minutes</source>
      <translation>Minuter</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="180" />
      <source>Leader's age</source>
      <translation>Ledarens ålder</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="181" />
      <source>Counts</source>
      <translation>Räknas</translation>
    </message>
  </context>
  <context>
    <name>Grants</name>
    <message>
      <location filename="../../desktop/presence/grants.py" line="80" />
      <location filename="../../desktop/presence/grants.py" line="89" />
      <location filename="../../desktop/presence/grants.py" line="99" />
      <source>Group</source>
      <extracomment>The coded rule sets to choose, the first shown first (the club's own follow them).</extracomment>
      <translation>Grupp</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="81" />
      <location filename="../../desktop/presence/grants.py" line="98" />
      <source>Activity</source>
      <translation>Aktivitet</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="82" />
      <source>Counted activities</source>
      <translation>Räknade sammankomster</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="83" />
      <source>Participant occasions</source>
      <translation>Deltagartillfällen</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="84" />
      <source>Sessions not counted</source>
      <translation>Tillfällen som inte räknas</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="87" />
      <location filename="../../desktop/presence/grants.py" line="95" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="88" />
      <source>Time</source>
      <translation>Tid</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="90" />
      <source>Why it does not count</source>
      <translation>Varför det inte räknas</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="94" />
      <source>Activity id</source>
      <extracomment>The export's columns (docs/lok-export.md): a row per participant occasion.</extracomment>
      <translation>Sammankomstens id</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="96" />
      <source>Start time</source>
      <translation>Starttid</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="97" />
      <source>Minutes</source>
      <translation>Minuter</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="100" />
      <source>Leader</source>
      <translation>Ledare</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="101" />
      <source>Leader's birth year</source>
      <translation>Ledarens födelseår</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="102" />
      <source>Participant</source>
      <translation>Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="103" />
      <source>Birth year</source>
      <translation>Födelseår</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="104" />
      <source>Sex</source>
      <translation>Kön</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="107" />
      <source>Female</source>
      <translation>Kvinna</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="108" />
      <source>Male</source>
      <translation>Man</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="111" />
      <source>January–June</source>
      <translation>januari–juni</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="112" />
      <source>July–December</source>
      <translation>juli–december</translation>
    </message>
  </context>
  <context>
    <name>GrantsWindow</name>
    <message>
      <location filename="../../desktop/presence/grants.py" line="291" />
      <location filename="../../desktop/presence/grants.py" line="479" />
      <source>Activity grants (LOK-stöd)</source>
      <extracomment>The export's rows (:data:`EXPORT_HEADERS`), a row per participant occasion. The rule sets the choice lists: :data:`RULE_SETS` and the club's own.</extracomment>
      <translation>Aktivitetsstöd (LOK-stöd)</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="296" />
      <source>Rules</source>
      <translation>Regler</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="301" />
      <source>Year</source>
      <translation>År</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="306" />
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="307" />
      <source>&amp;Rules:</source>
      <translation>&amp;Regler:</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="309" />
      <source>&amp;Period:</source>
      <translation>&amp;Period:</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="315" />
      <source>Counts the attendance recorded at the sessions of the period. Export writes the counted activities, a row per participant, with what a report to IdrottOnline asks for. IdrottOnline publishes no import format, so the file is for copying or converting (its columns: docs/lok-export.md).</source>
      <translation>Räknar närvaron som registrerats på periodens tillfällen. Exporten skriver de räknade sammankomsterna, en rad per deltagare, med det en redovisning i IdrottOnline frågar efter. IdrottOnline har inget publicerat importformat, så filen är till för att kopiera från eller konvertera (kolumnerna: docs/lok-export.md).</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="335" />
      <source>Per group</source>
      <translation>Per grupp</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="336" />
      <source>Check report</source>
      <translation>Kontrollrapport</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="338" />
      <source>Export…</source>
      <translation>Exportera…</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="340" />
      <source>The counted activities as Excel or CSV, a row per participant occasion</source>
      <translation>De räknade sammankomsterna som Excel eller CSV, en rad per deltagartillfälle</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="342" />
      <source>Print…</source>
      <translation>Skriv ut…</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="344" />
      <source>Rule sets…</source>
      <translation>Regeluppsättningar…</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="346" />
      <source>The club's own grant rules, such as its municipality's</source>
      <translation>Föreningens egna regler för stöd, till exempel kommunens</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="412" />
      <source>%1, %2 %3: %4 activities, %5 participant occasions; %6 sessions do not count</source>
      <translation>%1, %2 %3: %4 sammankomster, %5 deltagartillfällen; %6 tillfällen räknas inte</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="422" />
      <source>Counts participants who turn %1–%2 that year, at least %3 besides a leader who turns at least %4, in activities of at least %5 minutes.</source>
      <translation>Räknar deltagare som fyller %1–%2 det året, minst %3 utöver en ledare som fyller minst %4, i sammankomster på minst %5 minuter.</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="440" />
      <source>Export counted activities</source>
      <translation>Exportera räknade sammankomster</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="452" />
      <source>%1 participant occasions saved as %2</source>
      <translation>%1 deltagartillfällen sparade som %2</translation>
    </message>
  </context>
  <context>
    <name>ImportChecks</name>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="63" />
      <source>The file is empty</source>
      <translation>Filen är tom</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="64" />
      <source>The file has no participants</source>
      <translation>Filen har inga deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="62" />
      <source>The “{column}” cell is empty</source>
      <extracomment>The import's own messages (``models.importing``: English templates), in the user's language; every other check's message is the domain's (:mod:`desktop.common.domain_text`).</extracomment>
      <translation>Cellen ”{column}” är tom</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="65" />
      <source>The “{column}” cell is longer than {limit} characters</source>
      <translation>Cellen ”{column}” är längre än {limit} tecken</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="66" />
      <source>{email} is also on row {row}</source>
      <translation>{email} finns också på rad {row}</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="67" />
      <source>The same personnummer is also on row {row}</source>
      <translation>Samma personnummer finns också på rad {row}</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="68" />
      <source>{name} is also on row {row}</source>
      <translation>{name} finns också på rad {row}</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="69" />
      <source>The personnummer belongs to {pnr_name}, the e-mail address to {email_name}</source>
      <translation>Personnumret tillhör {pnr_name}, e-postadressen {email_name}</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="73" />
      <source>The e-mail address belongs to {name}, who has another personnummer</source>
      <translation>E-postadressen tillhör {name}, som har ett annat personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="76" />
      <source>Nobody in Kansli or in the file has the e-mail address {email}</source>
      <translation>Ingen i Kansli eller i filen har e-postadressen {email}</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="79" />
      <source>At most {limit} rows can be imported at once</source>
      <translation>Högst {limit} rader kan importeras på en gång</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="98" />
      <source>There is no “%1” column. The first row must name the columns, such as “%2”, “%3” and “%4”.</source>
      <translation>Kolumnen ”%1” saknas. Första raden måste ange kolumnernas namn, till exempel ”%2”, ”%3” och ”%4”.</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="194" />
      <location filename="../../desktop/participants/import_dialog.py" line="353" />
      <source>Import participants</source>
      <extracomment>The import finished (an :class:`ImportResult`). A file was read and checked (the :class:`FilePreview`). What the import did (:meth:`result_text`), once it is done. The chosen round's (id, seats, registered), read after each check of the file.</extracomment>
      <translation>Importera deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="196" />
      <source>No file chosen</source>
      <translation>Ingen fil vald</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="198" />
      <source>Choose file…</source>
      <translation>Välj fil…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="202" />
      <location filename="../../desktop/participants/import_dialog.py" line="215" />
      <source>Round</source>
      <translation>Utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="204" />
      <location filename="../../desktop/participants/import_dialog.py" line="310" />
      <source>Choose a round…</source>
      <translation>Välj utbildningsomgång…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="206" />
      <location filename="../../desktop/participants/import_dialog.py" line="345" />
      <source>No approving manager</source>
      <translation>Ingen godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="207" />
      <source>Choose approving manager…</source>
      <translation>Välj godkännande chef…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="209" />
      <source>The same approving manager for every participant of the file</source>
      <translation>Samma godkännande chef för alla deltagare i filen</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="214" />
      <source>File</source>
      <translation>Fil</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="216" />
      <location filename="../../desktop/participants/import_dialog.py" line="338" />
      <source>Approving manager for all</source>
      <translation>Godkännande chef för alla</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="228" />
      <source>Choose a CSV or Excel file with a header row.</source>
      <translation>Välj en CSV- eller Excelfil med en rubrikrad.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="256" />
      <source>Participants</source>
      <extracomment>Said once per file: a column the user's roles may not read is not imported. Offered when the file names organisations Kansli does not know (checked: created). The report of the last import (a message box over the window), once done.</extracomment>
      <translation>Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="257" />
      <source>Errors</source>
      <translation>Fel</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="266" />
      <source>Import</source>
      <translation>Importera</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="363" />
      <source>Reading the file…</source>
      <translation>Läser filen…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="526" />
      <source>New person</source>
      <translation>Ny person</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="531" />
      <source>New person (organisation not found, left empty)</source>
      <translation>Ny person (organisationen hittades inte, lämnas tom)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="428" />
      <source>No participants to import in this file.</source>
      <translation>Filen har inga deltagare att importera.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="219" />
      <location filename="../../desktop/participants/import_dialog.py" line="221" />
      <source>Category for all</source>
      <translation>Kategori för alla</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="220" />
      <location filename="../../desktop/participants/import_dialog.py" line="224" />
      <source>No category</source>
      <translation>Ingen kategori</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="374" />
      <location filename="../../desktop/participants/import_dialog.py" line="565" />
      <source>The file could not be read: %1</source>
      <translation>Filen kunde inte läsas: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="397" />
      <source>hidden in the workbook</source>
      <translation>dold i arbetsboken</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="429" />
      <source>No errors.</source>
      <translation>Inga fel.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="430" />
      <source>Participants (%1)</source>
      <translation>Deltagare (%1)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="431" />
      <source>Errors (%1)</source>
      <translation>Fel (%1)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="435" />
      <source>The file's %1 column is not imported: only administrators and alumni officers may see or change it. The participants are imported without it.</source>
      <translation>Filens kolumn %1 importeras inte: endast administratörer och alumnihandläggare får se eller ändra den. Deltagarna importeras utan den.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="444" />
      <source>Read-only columns of a Kansli export, not imported: %1</source>
      <translation>Kolumner från en export ur Kansli som bara visar uppgifter och inte importeras: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="453" />
      <source>Columns not read (Kansli does not know them): %1</source>
      <translation>Kolumner som inte läses (Kansli känner inte till dem): %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="459" />
      <source>Columns not read (an earlier column has the same meaning): %1</source>
      <translation>Kolumner som inte läses (en tidigare kolumn betyder samma sak): %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/import_dialog.py" line="468" />
      <source>Create the %n organisation(s) the file names that Kansli does not know: %1</source>
      <translation>
        <numerusform>Skapa organisationen som filen nämner och som Kansli inte känner till: %1</numerusform>
        <numerusform>Skapa de %Ln organisationer som filen nämner och som Kansli inte känner till: %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="493" />
      <source>“%1”</source>
      <translation>”%1”</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="499" />
      <source>%1 is already on this round: skipped</source>
      <translation>%1 finns redan på omgången: hoppas över</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="505" />
      <source>Existing person: %1 (matched by personnummer)</source>
      <translation>Befintlig person: %1 (hittad via personnummer)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="507" />
      <source>Existing person: %1 (matched by personnummer; the file says %2)</source>
      <translation>Befintlig person: %1 (hittad via personnummer; i filen står %2)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="510" />
      <source>Existing person: %1 (matched by personnummer; adds e-mail %3)</source>
      <translation>Befintlig person: %1 (hittad via personnummer; e-postadressen %3 läggs till)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="513" />
      <source>Existing person: %1 (matched by personnummer; the file says %2; adds e-mail %3)</source>
      <translation>Befintlig person: %1 (hittad via personnummer; i filen står %2; e-postadressen %3 läggs till)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="518" />
      <source>Existing person: %1 (matched by e-mail; the file says %2)</source>
      <translation>Befintlig person: %1 (hittad via e-post; i filen står %2)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="520" />
      <source>Existing person: %1 (matched by e-mail)</source>
      <translation>Befintlig person: %1 (hittad via e-post)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="528" />
      <source>New person (organisation %1 will be created)</source>
      <translation>Ny person (organisationen %1 skapas)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="548" />
      <source>phone %1 added</source>
      <translation>telefonnummer %1 läggs till</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/import_dialog.py" line="599" />
      <source>Seats on the round: %1. %n participant(s) of the file will go on its waiting list</source>
      <translation>
        <numerusform>Platser på omgången: %1. %Ln deltagare i filen hamnar på dess väntelista</numerusform>
        <numerusform>Platser på omgången: %1. %Ln deltagare i filen hamnar på dess väntelista</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="539" />
      <source>keeps their phone %1, not the file's %2</source>
      <translation>behåller sitt telefonnummer %1, inte filens %2</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="550" />
      <source>organisation set: %1</source>
      <translation>organisation anges: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="541" />
      <source>keeps their organisation %1, not the file's %2</source>
      <translation>behåller sin organisation %1, inte filens %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/import_dialog.py" line="572" />
      <source>The file has %n error(s). Correct the file and choose it again: nothing is imported while the file has errors.</source>
      <translation>
        <numerusform>Filen har %Ln fel. Rätta filen och välj den igen: inget importeras så länge filen har fel.</numerusform>
        <numerusform>Filen har %Ln fel. Rätta filen och välj den igen: inget importeras så länge filen har fel.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="579" />
      <source>The file has no participants.</source>
      <translation>Filen har inga deltagare.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/import_dialog.py" line="583" />
      <source>%n participant(s) to import</source>
      <translation>
        <numerusform>%Ln deltagare att importera</numerusform>
        <numerusform>%Ln deltagare att importera</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/import_dialog.py" line="584" />
      <location filename="../../desktop/participants/import_dialog.py" line="679" />
      <source>%n new to Kansli</source>
      <translation>
        <numerusform>%Ln ny i Kansli</numerusform>
        <numerusform>%Ln nya i Kansli</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/import_dialog.py" line="586" />
      <source>%n already on the round</source>
      <translation>
        <numerusform>%Ln redan på omgången</numerusform>
        <numerusform>%Ln redan på omgången</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/import_dialog.py" line="590" />
      <source>%n organisation(s) will be created: %1</source>
      <translation>
        <numerusform>%Ln organisation skapas: %1</numerusform>
        <numerusform>%Ln organisationer skapas: %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="593" />
      <source>Choose the round to import onto.</source>
      <translation>Välj utbildningsomgången att importera till.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="632" />
      <source>Importing…</source>
      <translation>Importerar…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="637" />
      <source>Importing participants</source>
      <translation>Importerar deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="657" />
      <source>Cancelled. Nothing was imported.</source>
      <translation>Avbrutet. Inget importerades.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/import_dialog.py" line="675" />
      <source>%n registration(s) added to the round, to be synced</source>
      <translation>
        <numerusform>%Ln registrering lagd till på omgången, synkas sedan</numerusform>
        <numerusform>%Ln registreringar lagda till på omgången, synkas sedan</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/import_dialog.py" line="681" />
      <source>%n already in Kansli</source>
      <translation>
        <numerusform>%Ln fanns redan i Kansli</numerusform>
        <numerusform>%Ln fanns redan i Kansli</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/import_dialog.py" line="683" />
      <source>%n already on the round, skipped</source>
      <translation>
        <numerusform>%Ln redan på omgången, hoppades över</numerusform>
        <numerusform>%Ln redan på omgången, hoppades över</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="690" />
      <location filename="../../desktop/sync_ui/describe.py" line="610" />
      <source>Row %1: </source>
      <translation>Rad %1: </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="694" />
      <source>Nothing was imported. %1</source>
      <translation>Inget importerades. %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="709" />
      <source>Cancelling…</source>
      <translation>Avbryter…</translation>
    </message>
  </context>
  <context>
    <name>ImportFile</name>
    <message>
      <location filename="../../desktop/common/file_text.py" line="83" />
      <source>Read from the sheet “%1” of the workbook.</source>
      <translation>Läst från bladet ”%1” i arbetsboken.</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="86" />
      <source>Read as CSV: text encoding %1, tab-separated.</source>
      <translation>Läst som CSV: teckenkodning %1, tabbavgränsad.</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="90" />
      <source>Read as CSV: text encoding %1, separator “%2”.</source>
      <translation>Läst som CSV: teckenkodning %1, avgränsare ”%2”.</translation>
    </message>
  </context>
  <context>
    <name>ImportParticipants</name>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="110" />
      <location filename="../../desktop/participants/import_dialog.py" line="127" />
      <source>Row</source>
      <extracomment>Folder the last import file was chosen from.
----------
Files of up to so many rows show "In Kansli" wrapped in full (row heights measured). Columns shown only when a row of the file has a value.</extracomment>
      <translation>Rad</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="112" />
      <location filename="../../desktop/participants/import_ops.py" line="48" />
      <source>First name</source>
      <extracomment>Column names of the errors list, by the field the reader names: also the names the import recognises in each language (the hint of a missing column lists them).</extracomment>
      <translation>Förnamn</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="113" />
      <location filename="../../desktop/participants/import_ops.py" line="49" />
      <source>Last name</source>
      <translation>Efternamn</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="114" />
      <location filename="../../desktop/participants/import_ops.py" line="50" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="116" />
      <location filename="../../desktop/participants/import_ops.py" line="51" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="117" />
      <location filename="../../desktop/participants/import_ops.py" line="53" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="118" />
      <location filename="../../desktop/participants/import_ops.py" line="54" />
      <source>Manager e-mail</source>
      <translation>Chef e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="119" />
      <source>In Kansli</source>
      <translation>I Kansli</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="129" />
      <source>Column</source>
      <translation>Kolumn</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="130" />
      <source>Reason</source>
      <translation>Skäl</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="132" />
      <source>Participant lists (*.csv *.xlsx *.tsv *.txt);;Excel workbook (*.xlsx);;CSV (*.csv *.tsv *.txt)</source>
      <translation>Deltagarlistor (*.csv *.xlsx *.tsv *.txt);;Excelarbetsbok (*.xlsx);;CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="152" />
      <source>Import participants</source>
      <translation>Importera deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="115" />
      <location filename="../../desktop/participants/import_ops.py" line="52" />
      <source>Personnummer</source>
      <translation>Personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="55" />
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="56" />
      <source>File</source>
      <translation>Fil</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="209" />
      <source>The file is larger than %1 MB.</source>
      <extracomment>Larger files are refused before reading (a participant list is far smaller). What is wrong with the file itself or its rows' values. How the rows meet the local database (people found, round, organisations). Fields the file has a column for that are not imported: the user's roles may not read them (``models.visibility``; the personnummer for most roles). Headers of columns that are not read (unknown, or a field a column before has). How the file was read and what the reader did on its own (``models.tabular``). The organisations the import created (as the file names them). Row -&gt; the phone or organisation it gave its known person, or left as theirs.</extracomment>
      <translation>Filen är större än %1 MB.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="216" />
      <source>The file cannot be read: %1</source>
      <translation>Filen går inte att läsa: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="351" />
      <source>No category “%1” in Kansli: add it in Edit › Person categories first.</source>
      <translation>Ingen kategori ”%1” i Kansli: lägg först till den under Redigera › Personkategorier.</translation>
    </message>
  </context>
  <context>
    <name>ImportSummary</name>
    <message>
      <location filename="../../desktop/participants/import_summary.py" line="36" />
      <source>New to Kansli (%1): rows %2</source>
      <translation>Nya i Kansli (%1): rad %2</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_summary.py" line="40" />
      <source>Already in Kansli (%1): rows %2</source>
      <translation>Fanns redan i Kansli (%1): rad %2</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_summary.py" line="44" />
      <source>Phone added to the person (%1): rows %2</source>
      <translation>Telefonnummer tillagt hos personen (%1): rad %2</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_summary.py" line="48" />
      <source>Organisation set on the person (%1): rows %2</source>
      <translation>Organisation angiven hos personen (%1): rad %2</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_summary.py" line="54" />
      <source>The person's own phone kept, the file's not imported (%1): rows %2</source>
      <translation>Personens eget telefonnummer behölls, filens importerades inte (%1): rad %2</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_summary.py" line="61" />
      <source>The person's own organisation kept, the file's not imported (%1): rows %2</source>
      <translation>Personens egen organisation behölls, filens importerades inte (%1): rad %2</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_summary.py" line="68" />
      <source>Left out, already on the round (%1): rows %2</source>
      <translation>Utelämnade, redan på omgången (%1): rad %2</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_summary.py" line="81" />
      <source>Organisations created (%1): %2</source>
      <translation>Organisationer som skapades (%1): %2</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_summary.py" line="92" />
      <source>Import done</source>
      <translation>Importen är klar</translation>
    </message>
  </context>
  <context>
    <name>InviteCustomerDialog</name>
    <message>
      <location filename="../../desktop/agent_orders/invite.py" line="50" />
      <source>Invite customer to order</source>
      <extracomment>The invitation was sent: (what happened, in words).</extracomment>
      <translation>Bjud in kund att beställa</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/invite.py" line="54" />
      <source>Customer organisation</source>
      <translation>Kundorganisation</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/invite.py" line="61" />
      <source>Type to find the organisation</source>
      <translation>Skriv för att hitta organisationen</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/invite.py" line="63" />
      <source>E-mail of who orders</source>
      <translation>E-post till den som beställer</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/invite.py" line="66" />
      <source>Customer &amp;organisation</source>
      <translation>Kund&amp;organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/invite.py" line="67" />
      <source>&amp;E-mail of who orders</source>
      <translation>&amp;E-post till den som beställer</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/invite.py" line="70" />
      <source>The server mails them a link to the order page. The link is for them only, can be used once, and the order is placed in their name.</source>
      <translation>Servern skickar en länk till beställningssidan med e-post. Länken är bara för mottagaren, kan användas en gång, och beställningen görs i mottagarens namn.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/invite.py" line="75" />
      <source>Send invitation</source>
      <translation>Skicka inbjudan</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/invite.py" line="92" />
      <source>Inviting needs a connection to the server, and there is none now. Try again when online.</source>
      <extracomment>The organisations to choose from arrived from the local database.</extracomment>
      <translation>Inbjudan kräver anslutning till servern, och det finns ingen just nu. Försök igen när du är ansluten.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/invite.py" line="131" />
      <source>A link to order for %1 was mailed to %2.</source>
      <translation>En länk för att beställa åt %1 har skickats till %2.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/invite.py" line="134" />
      <source>A link to order for %1 was mailed to %2; it can be used once, until %3.</source>
      <translation>En länk för att beställa åt %1 har skickats till %2; den kan användas en gång, till och med %3.</translation>
    </message>
  </context>
  <context>
    <name>InviteDialog</name>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="133" />
      <source>Invite user</source>
      <extracomment>(email, display name, roles)</extracomment>
      <translation>Bjud in användare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="134" />
      <location filename="../../desktop/admin/dialogs.py" line="144" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="135" />
      <location filename="../../desktop/admin/dialogs.py" line="145" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="139" />
      <source>The server mails the address an invitation with a link to choose a password (or, if the address already has an account, a note about the new roles).</source>
      <translation>Servern skickar en inbjudan med en länk för att välja lösenord till adressen (eller, om adressen redan har ett konto, ett meddelande om de nya rollerna).</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="147" />
      <source>Send invitation</source>
      <translation>Skicka inbjudan</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="523" />
      <source>This is not an e-mail address.</source>
      <translation>Det här är ingen e-postadress.</translation>
    </message>
  </context>
  <context>
    <name>KansliWebView</name>
    <message>
      <location filename="../../desktop/webview/view.py" line="207" />
      <source>Web page</source>
      <extracomment>Schemes the system may open when a page links to them (mail, BankID app on this device). Navigations a person started (a click, a form, a redirect after one) may go to the browser. A URL was handed to the system browser (or app). A navigation was refused (the URL's scheme and host, never its query: it may hold codes). A form of our server was submitted (the server may have changed data).</extracomment>
      <translation>Webbsida</translation>
    </message>
  </context>
  <context>
    <name>LevelApprovalDialog</name>
    <message>
      <location filename="../../desktop/people/levels.py" line="117" />
      <source>Add level approval</source>
      <translation>Lägg till nivågodkännande</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="128" />
      <source>Choose a course…</source>
      <translation>Välj en utbildning…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="130" />
      <source>YYYY-MM-DD</source>
      <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="133" />
      <source>The leader's name</source>
      <translation>Ledarens namn</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="127" />
      <source>Course:</source>
      <translation>Utbildning:</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="131" />
      <source>Approved on:</source>
      <translation>Godkänd den:</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="134" />
      <source>Approved by:</source>
      <translation>Godkänd av:</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="136" />
      <source>Note:</source>
      <translation>Anteckning:</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="139" />
      <source>Counts as the course completed: a booking of a course that requires it gets a place without waiting for review.</source>
      <translation>Räknas som att utbildningen är gången: en bokning av en utbildning som kräver den får en plats utan att vänta på granskning.</translation>
    </message>
  </context>
  <context>
    <name>Levels</name>
    <message>
      <location filename="../../desktop/people/levels.py" line="100" />
      <source>Approved by %1</source>
      <translation>Godkänd av %1</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="102" />
      <source>Completed %1</source>
      <translation>Gått %1</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="106" />
      <source>Course</source>
      <translation>Utbildning</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="107" />
      <source>How</source>
      <translation>Hur</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="108" />
      <source>Day</source>
      <translation>Dag</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="109" />
      <source>Note</source>
      <translation>Anteckning</translation>
    </message>
  </context>
  <context>
    <name>LevelsTab</name>
    <message>
      <location filename="../../desktop/people/levels.py" line="186" />
      <source>No completed courses or level approvals yet.</source>
      <extracomment>What "completed" counts from.</extracomment>
      <translation>Inga gångna utbildningar eller nivågodkännanden ännu.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="187" />
      <source>Add level approval…</source>
      <translation>Lägg till nivågodkännande…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="188" />
      <source>Remove approval</source>
      <translation>Ta bort godkännandet</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="232" />
      <source>Removed the approval of %1. Edit › Undo restores it.</source>
      <translation>Tog bort godkännandet av %1. Redigera › Ångra tar tillbaka det.</translation>
    </message>
  </context>
  <context>
    <name>Login</name>
    <message>
      <location filename="../../desktop/login.py" line="69" />
      <source>This version of Kansli (%1) is older than the server accepts: install version %2 or later and sign in again.</source>
      <translation>Den här versionen av Kansli (%1) är äldre än servern godtar: installera version %2 eller senare och logga in igen.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="78" />
      <source>Wrong e-mail address or password.</source>
      <translation>Fel e-postadress eller lösenord.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="80" />
      <source>The server cannot be reached: %1</source>
      <translation>Servern kan inte nås: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="84" />
      <source>Too many attempts; wait a minute and try again.</source>
      <translation>För många försök; vänta en minut och försök igen.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="88" />
      <source>Your account has no access to this organisation.</source>
      <translation>Ditt konto har ingen behörighet i den här organisationen.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="92" />
      <source>You belong to several organisations: choose one and sign in again.</source>
      <translation>Du tillhör flera organisationer: välj en och logga in igen.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="109" />
      <source>This computer's copy of the account is open in another Kansli window: close it and try again. Nothing was changed.</source>
      <translation>Den här datorns kopia av kontot är öppen i ett annat Kansli-fönster: stäng det och försök igen. Inget ändrades.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="115" />
      <source>This computer's copy of the account cannot be opened with the key kept for it; sign in with your password. Nothing was changed.</source>
      <translation>Den här datorns kopia av kontot kan inte öppnas med nyckeln som sparats för den; logga in med ditt lösenord. Inget ändrades.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="123" />
      <source>Type your password to open this computer's copy of the account without the server.</source>
      <translation>Skriv ditt lösenord för att öppna den här datorns kopia av kontot utan servern.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="127" />
      <source>The password does not open this computer's copy of the account; connect to the server and sign in.</source>
      <translation>Lösenordet öppnar inte den här datorns kopia av kontot; anslut till servern och logga in.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="132" />
      <source>This computer's copy of the account opens offline only after one sign-in with the server.</source>
      <translation>Den här datorns kopia av kontot kan öppnas offline först efter en inloggning mot servern.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="137" />
      <source>This computer's copy of the account was locked with another password and the password store does not hold its key: sign in with the password you had when you last signed in on this computer.</source>
      <translation>Den här datorns kopia av kontot låstes med ett annat lösenord och lösenordsförrådet har inte dess nyckel: logga in med det lösenord du hade när du senast loggade in på den här datorn.</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../desktop/login.py" line="167" />
      <source>Sign in to Kansli</source>
      <extracomment>Where the accounts' local databases live (the user data folder by default).</extracomment>
      <translation>Logga in i Kansli</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="169" />
      <source>Server address</source>
      <translation>Serveradress</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="171" />
      <location filename="../../desktop/login.py" line="199" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="175" />
      <location filename="../../desktop/login.py" line="200" />
      <source>Password</source>
      <translation>Lösenord</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="178" />
      <location filename="../../desktop/login.py" line="201" />
      <source>Organisation</source>
      <extracomment>The organisation to sign in to, shown when the user has several.</extracomment>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="179" />
      <source>You belong to several organisations: choose one</source>
      <translation>Du tillhör flera organisationer: välj en</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="183" />
      <source>Remember me on this computer</source>
      <extracomment>(server, e-mail) the listed organisations belong to.</extracomment>
      <translation>Kom ihåg mig på den här datorn</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="185" />
      <source>Forgot password?</source>
      <translation>Glömt lösenordet?</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="189" />
      <source>Get a mail with a link to choose a new password</source>
      <translation>Få ett e-postmeddelande med en länk för att välja ett nytt lösenord</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="198" />
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="205" />
      <source>Sign in</source>
      <translation>Logga in</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="207" />
      <source>Work offline</source>
      <translation>Arbeta offline</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="210" />
      <source>Open this computer's copy of your data with your password; changes are sent when online</source>
      <translation>Öppna den här datorns kopia av dina data med ditt lösenord; ändringar skickas när du är online</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="330" />
      <source>Signing in as %1…</source>
      <translation>Loggar in som %1…</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="353" />
      <source>Sign in with your password.</source>
      <translation>Logga in med ditt lösenord.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="364" />
      <source>Signing in…</source>
      <translation>Loggar in…</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="420" />
      <source>Type your e-mail address first, then choose “Forgot password?”.</source>
      <translation>Skriv din e-postadress först och välj sedan ”Glömt lösenordet?”.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="424" />
      <source>Asking the server…</source>
      <translation>Frågar servern…</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="442" />
      <source>If %1 has an account on this server, a mail with a link to choose a new password is on its way. The link works once and for a limited time.</source>
      <translation>Om %1 har ett konto på den här servern är ett e-postmeddelande med en länk för att välja ett nytt lösenord på väg. Länken fungerar en gång och under en begränsad tid.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="453" />
      <source>Opening this computer's copy…</source>
      <translation>Öppnar den här datorns kopia…</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="461" />
      <source>This computer has no data of the account yet; sign in online once</source>
      <translation>Den här datorn har inga uppgifter för kontot än; logga in med anslutning en gång</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktop/mainwindow.py" line="111" />
      <source>demo</source>
      <extracomment>A record's tab (a round, an agent order). Names accepted by ``--tab`` (and the order of the fixed tabs). Who may open a window of the menus (see ``MainWindow._window``). Every fixed tab has shown its first data. The user closed the window (the application quits). Agent orders opened as tabs (their module loads QtWebEngine: imported on first use).</extracomment>
      <translation>demo</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="124" />
      <source>Courses</source>
      <translation>Utbildningar</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="125" />
      <source>Participants</source>
      <translation>Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="126" />
      <source>Alumni queue</source>
      <translation>Alumnkö</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="127" />
      <source>Agent orders</source>
      <translation>Beställningar via agent</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="128" />
      <source>Organisations</source>
      <translation>Organisationer</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="152" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="197" />
      <source>&amp;File</source>
      <translation>&amp;Arkiv</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="200" />
      <source>&amp;Export list…</source>
      <translation>&amp;Exportera lista…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="203" />
      <source>Save the current list as CSV or Excel</source>
      <translation>Spara den aktuella listan som CSV eller Excel</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="207" />
      <source>&amp;Print list…</source>
      <translation>Skriv &amp;ut lista…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="210" />
      <source>Print the current list (with preview)</source>
      <translation>Skriv ut den aktuella listan (med förhandsgranskning)</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="215" />
      <source>&amp;Settings…</source>
      <translation>&amp;Inställningar…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="220" />
      <source>&amp;Quit</source>
      <translation>A&amp;vsluta</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="222" />
      <source>&amp;Edit</source>
      <translation>&amp;Redigera</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="224" />
      <location filename="../../desktop/mainwindow.py" line="547" />
      <source>&amp;Undo</source>
      <translation>&amp;Ångra</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="229" />
      <source>&amp;Find</source>
      <translation>&amp;Sök</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="232" />
      <source>Search the current list</source>
      <translation>Sök i den aktuella listan</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="235" />
      <source>Select &amp;all</source>
      <translation>Markera &amp;alla</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="240" />
      <source>Person &amp;categories…</source>
      <translation>Person&amp;kategorier…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="243" />
      <source>The categories persons can have (such as Alumnus): add, rename, archive</source>
      <translation>Kategorierna personer kan ha (till exempel Alumn): lägg till, byt namn, arkivera</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="246" />
      <source>&amp;View</source>
      <translation>&amp;Visa</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="248" />
      <source>&amp;Reload the current list</source>
      <translation>&amp;Läs in listan igen</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="251" />
      <source>&amp;Go</source>
      <translation>&amp;Gå till</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="254" />
      <source>&amp;Courses</source>
      <translation>&amp;Utbildningar</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="255" />
      <source>&amp;Participants</source>
      <translation>&amp;Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="256" />
      <source>&amp;Alumni queue</source>
      <translation>A&amp;lumnkö</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="257" />
      <source>A&amp;gent orders</source>
      <translation>&amp;Beställningar via agent</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="258" />
      <source>&amp;Organisations</source>
      <translation>&amp;Organisationer</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="268" />
      <source>Close &amp;tab</source>
      <translation>Stäng &amp;flik</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="274" />
      <source>&amp;Notifications…</source>
      <translation>&amp;Aviseringar…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="277" />
      <source>Show your notifications from the server</source>
      <translation>Visa dina aviseringar från servern</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="282" />
      <source>Sign-ups for &amp;review…</source>
      <translation>Anmälningar att &amp;granska…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="285" />
      <source>Bookings that wait for review: a required course missing, fees overdue</source>
      <translation>Bokningar som väntar på granskning: en krävd utbildning saknas, förfallna avgifter</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="299" />
      <source>Check-&amp;in…</source>
      <translation>In&amp;checkning…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="302" />
      <source>Full-screen check-in at one of today's sessions: scanner, camera or typed</source>
      <translation>Incheckning i helskärm vid ett av dagens kurstillfällen: skanner, kamera eller inskrivet</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="495" />
      <source>Re&amp;ports</source>
      <translation>Ra&amp;pporter</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="505" />
      <source>Activity grants (&amp;LOK-stöd)…</source>
      <translation>&amp;Aktivitetsstöd (LOK-stöd)…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="508" />
      <source>What the period's attendance counts for LOK-stöd or a municipal grant</source>
      <translation>Vad periodens närvaro räknas som för LOK-stöd eller ett kommunalt aktivitetsstöd</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="307" />
      <source>&amp;Actions</source>
      <translation>Åtgär&amp;der</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="291" />
      <source>&amp;Service-desk cases…</source>
      <translation>&amp;Kundserviceärenden…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="294" />
      <source>The service desk's cases of attested agent orders, with their notes</source>
      <translation>Kundservicens ärenden för attesterade beställningar via agent, med anteckningar</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="311" />
      <source>&amp;Sync</source>
      <translation>S&amp;ynk</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="314" />
      <source>Sync &amp;now</source>
      <translation>Synka &amp;nu</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="317" />
      <source>Send local changes and fetch the server's</source>
      <translation>Skicka lokala ändringar och hämta serverns</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="319" />
      <source>Sync &amp;issues…</source>
      <translation>Synk&amp;problem…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="322" />
      <source>Ad&amp;ministration</source>
      <translation>Ad&amp;ministration</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="325" />
      <source>&amp;Users…</source>
      <translation>&amp;Användare…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="328" />
      <source>Invite users, change their roles, deactivate them, end their sessions</source>
      <translation>Bjud in användare, ändra deras roller, inaktivera dem, avsluta deras inloggningar</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="332" />
      <source>&amp;Agent users…</source>
      <translation>A&amp;gentens användare…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="336" />
      <source>Give an agent organisation's users the roles Agent case handler and Attestant</source>
      <translation>Ge en agentorganisations användare rollerna Handläggare (agent) och Attestant</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="341" />
      <source>Agent-order &amp;settings…</source>
      <translation>In&amp;ställningar för agentbeställningar…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="344" />
      <source>Whether case handlers approve and reject agent orders with BankID</source>
      <translation>Om handläggare godkänner och avslår agentbeställningar med BankID</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="348" />
      <source>R&amp;etention…</source>
      <translation>Gallr&amp;ing…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="351" />
      <source>How long personal data no longer needed is kept, and what was removed</source>
      <translation>Hur länge personuppgifter som inte längre behövs sparas, och vad som har tagits bort</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="355" />
      <source>&amp;Notification follow-up…</source>
      <translation>A&amp;viseringsuppföljning…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="358" />
      <source>Every mail and SMS sent: to whom, when, and whether it arrived or failed</source>
      <translation>Varje e-post och sms som skickats: till vem, när och om det gick fram eller misslyckades</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="362" />
      <source>Audit &amp;log…</source>
      <translation>Gransknings&amp;logg…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="365" />
      <source>Who read personnummer or changed users, roles and settings, and when</source>
      <translation>Vem som läst personnummer eller ändrat användare, roller och inställningar, och när</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="369" />
      <source>Message &amp;templates…</source>
      <translation>&amp;Meddelandemallar…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="373" />
      <source>The texts of the mails and SMS Kansli sends, per event, drafted and published</source>
      <translation>Texterna i de e-postmeddelanden och sms som Kansli skickar, per händelse, som utkast och publicerade</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="388" />
      <source>Notification &amp;bindings…</source>
      <translation>Aviserings&amp;kopplingar…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="390" />
      <source>Which template each event sends, where, to whom, by e-mail or SMS</source>
      <translation>Vilken mall varje händelse skickar, var, till vem, med e-post eller sms</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="393" />
      <source>Notification &amp;recipients…</source>
      <translation>Aviseringsmottaga&amp;re…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="395" />
      <source>The people who get notifications as static recipients</source>
      <translation>De personer som får aviseringar som statiska mottagare</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="398" />
      <source>&amp;Prices…</source>
      <translation>&amp;Priser…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="400" />
      <source>What courses cost: for all courses, a category or one round</source>
      <translation>Vad kurserna kostar: för alla kurser, en kategori eller en omgång</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="403" />
      <source>&amp;Discounts…</source>
      <translation>Ra&amp;batter…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="405" />
      <source>Discounts of sign-ups, such as for a second course the same term</source>
      <translation>Rabatter på anmälningar, till exempel för en andra kurs samma termin</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="408" />
      <source>&amp;Membership types…</source>
      <translation>Medlemskaps&amp;typer…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="410" />
      <source>Membership types and the fee a non-member pays with a course</source>
      <translation>Medlemskapstyper och avgiften en icke-medlem betalar med en kurs</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="434" />
      <source>Acco&amp;unting</source>
      <translation>&amp;Ekonomi</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="438" />
      <source>&amp;Economics report…</source>
      <translation>E&amp;konomirapport…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="441" />
      <source>Invoiced, paid and outstanding per course, category or term, with a chart</source>
      <translation>Fakturerat, betalt och utestående per kurs, kategori eller termin, med diagram</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="445" />
      <source>&amp;Payment settings…</source>
      <translation>&amp;Betalningsinställningar…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="448" />
      <source>Bankgiro, due days, reminders and late interest, the invoices' sender</source>
      <translation>Bankgiro, betalningsvillkor, påminnelser och dröjsmålsränta, fakturornas avsändare</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="452" />
      <source>&amp;Reminders…</source>
      <translation>&amp;Påminnelser…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="455" />
      <source>Invoices reminded and still unpaid, and those for collection, with amounts</source>
      <translation>Påminda fakturor som ännu är obetalda, och de som går till inkasso, med belopp</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="459" />
      <source>&amp;Import BgMax file…</source>
      <translation>&amp;Importera BgMax-fil…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="462" />
      <source>Import a Bankgirot BgMax file: its payments matched to invoices by OCR</source>
      <translation>Importera en BgMax-fil från Bankgirot: betalningarna matchas mot fakturor med OCR</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="466" />
      <source>&amp;Unmatched payments…</source>
      <translation>&amp;Omatchade betalningar…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="469" />
      <source>Payments no invoice was found for, to match by hand</source>
      <translation>Betalningar som ingen faktura hittades för, att matcha för hand</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="473" />
      <source>Re&amp;funds…</source>
      <translation>Åte&amp;rbetalningar…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="476" />
      <source>Money owed back to people: pay it by card or bank, pay out credit</source>
      <translation>Pengar som ska betalas tillbaka: via kort eller bank, och utbetalning av tillgodohavanden</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="481" />
      <source>&amp;Accounting settings…</source>
      <translation>Bokföri&amp;ngsinställningar…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="484" />
      <source>The bookkeeping account of each purpose, with cost centre and project</source>
      <translation>Bokföringskontot för varje ändamål, med kostnadsställe och projekt</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="488" />
      <source>Export &amp;SIE file…</source>
      <translation>Exportera &amp;SIE-fil…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="491" />
      <source>The period's vouchers and balances as a SIE 4 file</source>
      <translation>Periodens verifikationer och saldon som en SIE 4-fil</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="498" />
      <source>Re&amp;turning participants…</source>
      <translation>Å&amp;terkommande deltagare…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="501" />
      <source>Per course or category and term: who came back, from which earlier course</source>
      <translation>Per kurs eller kategori och termin: vilka som kom tillbaka, från vilken tidigare kurs</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="511" />
      <source>&amp;Help</source>
      <translation>&amp;Hjälp</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="514" />
      <source>Kansli &amp;manual</source>
      <translation>&amp;Handbok för Kansli</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="517" />
      <source>Participants, import, the alumni queue, sync and offline work, printing</source>
      <translation>Deltagare, import, alumnkön, synk och arbete utan anslutning, utskrift</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="521" />
      <source>&amp;Keyboard shortcuts…</source>
      <translation>&amp;Kortkommandon…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="524" />
      <source>Every key of the menus and the lists</source>
      <translation>Alla kortkommandon i menyerna och listorna</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="527" />
      <source>&amp;About Kansli</source>
      <translation>&amp;Om Kansli</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="540" />
      <source>No actions on this tab</source>
      <translation>Inga åtgärder på den här fliken</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="547" />
      <source>&amp;Undo %1</source>
      <translation>&amp;Ångra %1</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="594" />
      <source>Round</source>
      <translation>Utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="605" />
      <source>Order</source>
      <translation>Beställning</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="653" />
      <source>Undo failed</source>
      <translation>Det gick inte att ångra</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="658" />
      <source>Not connected to a server: sign in to sync.</source>
      <translation>Inte ansluten till en server: logga in för att synka.</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="662" />
      <source>Syncing…</source>
      <translation>Synkar…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="667" />
      <source>Your roles were changed: Kansli now shows what they allow.</source>
      <translation>Dina roller har ändrats: Kansli visar nu det de ger tillgång till.</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="819" />
      <source>Export list</source>
      <translation>Exportera lista</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/mainwindow.py" line="832" />
      <source>%n row(s) exported to %1</source>
      <translation>
        <numerusform>%Ln rad exporterad till %1</numerusform>
        <numerusform>%Ln rader exporterade till %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="838" />
      <source>Export failed</source>
      <translation>Exporten misslyckades</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="873" />
      <source>About Kansli</source>
      <translation>Om Kansli</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="875" />
      <source>&lt;h3&gt;Kansli %1&lt;/h3&gt;&lt;p&gt;Back office for courses, registrations, alumni and agent orders.&lt;/p&gt;&lt;p&gt;Local database: %2&lt;br&gt;Log file: %3&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Kansli %1&lt;/h3&gt;&lt;p&gt;Kansli för utbildningar, kursregistreringar, alumner och beställningar via agent.&lt;/p&gt;&lt;p&gt;Lokal databas: %2&lt;br&gt;Loggfil: %3&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="889" />
      <source>Something went wrong</source>
      <translation>Något gick fel</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="891" />
      <source>“%1” failed. No data was lost: what was saved before is still there.</source>
      <translation>”%1” misslyckades. Inga data gick förlorade: det som sparats tidigare finns kvar.</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="898" />
      <source>The disk is full: “%1” was not saved (nothing of it was). Free some space and try again; what was saved before is still there.</source>
      <translation>Disken är full: ”%1” sparades inte (inget av det). Frigör utrymme och försök igen; det som sparats tidigare finns kvar.</translation>
    </message>
  </context>
  <context>
    <name>ManagerPreview</name>
    <message>
      <location filename="../../desktop/participants/preview.py" line="41" />
      <source>%1 on %2</source>
      <translation>%1 på %2</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="45" />
      <source>Participant</source>
      <translation>Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="46" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="47" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="49" />
      <source>Round</source>
      <translation>Utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="53" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="56" />
      <source>Approving manager</source>
      <translation>Godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="57" />
      <source>Manager's e-mail</source>
      <translation>Chefens e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="58" />
      <source>Approval requested</source>
      <translation>Godkännande begärt</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="59" />
      <source>Approved</source>
      <translation>Godkänd</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="61" />
      <source>As saved on this computer; the server may know more.</source>
      <translation>Så som det är sparat på den här datorn; servern kan veta mer.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="75" />
      <source>Preview manager page</source>
      <translation>Förhandsgranska chefens sida</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="76" />
      <source>The approving manager's page</source>
      <translation>Den godkännande chefens sida</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="77" />
      <source>Exactly what the approving manager sees behind the link in the e-mail. This preview is read-only and uses up no link.</source>
      <translation>Precis det som den godkännande chefen ser bakom länken i mejlet. Förhandsgranskningen går inte att skicka och förbrukar ingen länk.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="85" />
      <source>The manager sees the page in the language of their browser; choose another to see it as they do.</source>
      <translation>Chefen ser sidan på sin webbläsares språk; välj ett annat för att se den som chefen gör.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="97" />
      <source>The approving manager's page: %1</source>
      <translation>Den godkännande chefens sida: %1</translation>
    </message>
  </context>
  <context>
    <name>ManualDialog</name>
    <message>
      <location filename="../../desktop/help.py" line="140" />
      <source>Kansli manual</source>
      <translation>Handbok för Kansli</translation>
    </message>
  </context>
  <context>
    <name>MarkPaidDialog</name>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="119" />
      <source>Mark refund as paid</source>
      <translation>Markera återbetalning som betald</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="114" />
      <source>Pay %1 back to %2 from the bank, then mark it paid here: it is booked and %2 gets a notice.</source>
      <translation>Betala tillbaka %1 till %2 från banken och markera det sedan som betalt här: det bokförs och %2 får ett meddelande.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="122" />
      <source>Clearing and account number (optional)</source>
      <translation>Clearing- och kontonummer (frivilligt)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="124" />
      <source>Paid to &amp;account:</source>
      <translation>Betalt till &amp;konto:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="125" />
      <source>Mark as &amp;paid</source>
      <translation>Markera som &amp;betald</translation>
    </message>
  </context>
  <context>
    <name>MatchDialog</name>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="259" />
      <source>Match payment to an invoice</source>
      <extracomment>The invoice chosen (its id). Find invoices for this text.</extracomment>
      <translation>Matcha betalning mot en faktura</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="263" />
      <source>Deduction of %1 (money the bank took back) on %2, reference “%3”, from %4: matched, it takes back what the invoice's payments brought in.</source>
      <translation>Avdrag på %1 (pengar som banken tog tillbaka) den %2, referens ”%3”, från %4: matchat tar det tillbaka det som fakturans betalningar fört in.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="267" />
      <source>Payment of %1 on %2, reference “%3”, from %4.</source>
      <translation>Betalning på %1 den %2, referens ”%3”, från %4.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="280" />
      <source>OCR reference, invoice number or name…</source>
      <translation>OCR-nummer, fakturanummer eller namn…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="283" />
      <source>Find invoice</source>
      <translation>Sök faktura</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="285" />
      <source>&amp;Find invoice:</source>
      <translation>&amp;Sök faktura:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="293" />
      <source>&amp;Match</source>
      <translation>&amp;Matcha</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="310" />
      <source>No invoice found.</source>
      <translation>Ingen faktura hittades.</translation>
    </message>
  </context>
  <context>
    <name>MembershipTypeDialog</name>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="143" />
      <source>New membership type</source>
      <translation>Ny medlemskapstyp</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="144" />
      <source>Edit membership type</source>
      <translation>Ändra medlemskapstyp</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="148" />
      <source>Such as Membership 2027</source>
      <translation>Till exempel Medlemskap 2027</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="148" />
      <source>Name:</source>
      <translation>Namn:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="150" />
      <source>Fee (kr):</source>
      <translation>Avgift (kr):</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="154" />
      <source>Someone who is not a member on a round's first day pays the fee with the course, when the round's price rule names this membership type.</source>
      <translation>Den som inte är medlem på omgångens första dag betalar avgiften med kursen, när omgångens prisregel anger den här medlemskapstypen.</translation>
    </message>
  </context>
  <context>
    <name>MembershipTypesWindow</name>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="169" />
      <source>Membership types</source>
      <translation>Medlemskapstyper</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="170" />
      <source>No membership types yet: New… adds one with its fee.</source>
      <translation>Inga medlemskapstyper än: Ny… lägger till en med dess avgift.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="173" />
      <source>Price rules can no longer name it; members stay members</source>
      <translation>Prisregler kan inte längre ange den; medlemmar förblir medlemmar</translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="191" />
      <source>Merge persons</source>
      <translation>Slå ihop personer</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="196" />
      <source>Keep %1 (the matched person)</source>
      <translation>Behåll %1 (den matchade personen)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="198" />
      <source>Keep %1</source>
      <translation>Behåll %1</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="202" />
      <source>Counting what moves…</source>
      <translation>Räknar vad som flyttas…</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="207" />
      <source>Nothing is lost: every registration and activity moves to the person kept, e-mail addresses and phone numbers join theirs, and their empty fields are filled. The merge is recorded in the audit log and on the timeline. It needs a connection and cannot be undone here.</source>
      <translation>Inget går förlorat: alla registreringar och aktiviteter flyttas till personen som behålls, e-postadresser och telefonnummer läggs till den personens och tomma fält fylls i. Sammanslagningen loggas i granskningsloggen och på tidslinjen. Den kräver anslutning och kan inte ångras här.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="214" />
      <source>Merge</source>
      <translation>Slå ihop</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="231" />
      <source>From %1 to %2 moves:</source>
      <translation>Från %1 till %2 flyttas:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="238" />
      <source>nothing this computer knows of.</source>
      <translation>inget som den här datorn känner till.</translation>
    </message>
  </context>
  <context>
    <name>ModelExport</name>
    <message>
      <location filename="../../desktop/common/model_export.py" line="32" />
      <source>Excel workbook (*.xlsx);;CSV, comma or semicolon separated (*.csv)</source>
      <translation>Excel-arbetsbok (*.xlsx);;CSV, komma- eller semikolonseparerad (*.csv)</translation>
    </message>
  </context>
  <context>
    <name>NotesSection</name>
    <message>
      <location filename="../../desktop/participants/notes.py" line="73" />
      <source>Internal notes</source>
      <extracomment>A note was written or withdrawn here (its registration's id).</extracomment>
      <translation>Interna noteringar</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="79" />
      <source>Write down what happened outside Kansli, e.g. an approval by phone</source>
      <translation>Skriv ned det som hänt utanför Kansli, t.ex. ett godkännande per telefon</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="99" />
      <source>Add note…</source>
      <translation>Lägg till notering…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="105" />
      <source>No notes yet.</source>
      <translation>Inga noteringar än.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="132" />
      <source>(not yet sent)</source>
      <translation>(inte skickad än)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="136" />
      <source>Withdrawn by %1 on %2</source>
      <translation>Tillbakadragen av %1 %2</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="147" />
      <source>Withdraw…</source>
      <translation>Dra tillbaka…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="184" />
      <location filename="../../desktop/participants/notes.py" line="188" />
      <source>Withdraw note</source>
      <translation>Dra tillbaka noteringen</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="186" />
      <source>Withdraw this note? It stays on the registration, marked as withdrawn by you.</source>
      <translation>Dra tillbaka noteringen? Den finns kvar på kursregistreringen, markerad som tillbakadragen av dig.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="189" />
      <source>Keep</source>
      <translation>Behåll</translation>
    </message>
  </context>
  <context>
    <name>NotificationCenter</name>
    <message>
      <location filename="../../desktop/notifications/center.py" line="127" />
      <source>Offline</source>
      <extracomment>How often the list is fetched besides after each sync. The list was fetched: (notifications, unread count). Fetching failed (offline, signed out): the reason in words.</extracomment>
      <translation>Offline</translation>
    </message>
  </context>
  <context>
    <name>NotificationDialog</name>
    <message>
      <location filename="../../desktop/admin/followup.py" line="300" />
      <source>Notification</source>
      <translation>Avisering</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="304" />
      <source>Queued:</source>
      <translation>Köad:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="305" />
      <source>Event:</source>
      <translation>Händelse:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="306" />
      <source>Template:</source>
      <translation>Mall:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="307" />
      <source>Recipient as:</source>
      <translation>Mottagare som:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="309" />
      <source>Channel:</source>
      <translation>Kanal:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="308" />
      <source>Recipient:</source>
      <translation>Mottagare:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="320" />
      <source>Subject:</source>
      <translation>Ämne:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="310" />
      <source>Status:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="311" />
      <source>When:</source>
      <translation>När:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="312" />
      <source>Answer:</source>
      <translation>Svar:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="321" />
      <source>Attempts:</source>
      <translation>Försök:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="331" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="332" />
      <source>Asking the server…</source>
      <translation>Frågar servern…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="333" />
      <source>Text:</source>
      <translation>Text:</translation>
    </message>
  </context>
  <context>
    <name>NotificationFollowUp</name>
    <message>
      <location filename="../../desktop/admin/followup.py" line="49" />
      <source>Approval request to a manager</source>
      <extracomment>Kind code -&gt; English words (context "NotificationFollowUp"), in the order the kind filter lists them. A kind not here is shown as its code.</extracomment>
      <translation>Begäran om godkännande till chef</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="52" />
      <source>Offer of a place (waiting list)</source>
      <translation>Erbjudande om plats (reservlista)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="55" />
      <source>Sign-up confirmation</source>
      <translation>Anmälningsbekräftelse</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="56" />
      <source>Sign-up already made</source>
      <translation>Anmälan redan gjord</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="57" />
      <source>Invitation to Kansli</source>
      <translation>Inbjudan till Kansli</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="58" />
      <source>Password reset</source>
      <translation>Nytt lösenord</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="59" />
      <source>Access granted</source>
      <translation>Åtkomst beviljad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="60" />
      <source>Alumni: confirm details</source>
      <translation>Alumner: bekräfta uppgifter</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="61" />
      <source>Alumni: link to unregister</source>
      <translation>Alumner: länk för avregistrering</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="64" />
      <source>Alumni: membership ended</source>
      <translation>Alumner: medlemskap avslutat</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="67" />
      <source>Alumni: registration approved</source>
      <translation>Alumner: registrering godkänd</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="68" />
      <source>Alumni: registration denied</source>
      <translation>Alumner: registrering nekad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="69" />
      <source>Alumni: approval withdrawn</source>
      <translation>Alumner: godkännande återkallat</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="72" />
      <source>Agent order: invitation to order</source>
      <translation>Agentbeställning: inbjudan att beställa</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="75" />
      <source>Agent order: received</source>
      <translation>Agentbeställning: mottagen</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="76" />
      <source>Agent order: awaits review</source>
      <translation>Agentbeställning: väntar på granskning</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="79" />
      <source>Agent order: in review</source>
      <translation>Agentbeställning: granskas</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="80" />
      <source>Agent order: awaits attestation</source>
      <translation>Agentbeställning: väntar på attest</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="83" />
      <source>Agent order: customer to attest</source>
      <translation>Agentbeställning: kunden ska attestera</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="86" />
      <source>Agent order: attested</source>
      <translation>Agentbeställning: attesterad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="89" />
      <source>Agent order: rejected</source>
      <translation>Agentbeställning: avvisad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="90" />
      <source>Agent order: start connection</source>
      <translation>Agentbeställning: starta anslutning</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="93" />
      <source>Agent order: case created</source>
      <translation>Agentbeställning: ärende skapat</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="96" />
      <source>Agent order: attestation declined</source>
      <translation>Agentbeställning: attest avböjd</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="99" />
      <source>Service desk: new case</source>
      <translation>Kundservice: nytt ärende</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="102" />
      <source>Notice of a failed mail</source>
      <translation>Meddelande om misslyckad e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="103" />
      <source>Signing code (SMS)</source>
      <translation>Signeringskod (sms)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="108" />
      <location filename="../../desktop/admin/followup.py" line="201" />
      <source>Queued</source>
      <extracomment>How a notification went (sync.mail.STATUSES), in the order of its life.</extracomment>
      <translation>Köad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="109" />
      <source>Sending</source>
      <translation>Skickas</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="110" />
      <source>Sent</source>
      <translation>Skickad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="111" />
      <source>Delivered</source>
      <translation>Levererad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="112" />
      <source>Failed</source>
      <translation>Misslyckad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="113" />
      <source>Bounced</source>
      <translation>Studsade</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="118" />
      <source>Participant</source>
      <extracomment>Whom a notification went to, as (server.services.notify's recipient kinds).</extracomment>
      <translation>Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="119" />
      <source>Approving manager</source>
      <translation>Godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="120" />
      <source>Contact (notification recipient)</source>
      <translation>Kontakt (aviseringsmottagare)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="121" />
      <source>Static recipient</source>
      <translation>Statisk mottagare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="122" />
      <source>User</source>
      <translation>Användare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="123" />
      <source>Address given</source>
      <translation>Angiven adress</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="124" />
      <source>Service desk</source>
      <translation>Kundservice</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="131" />
      <source>E-mail</source>
      <extracomment>A failed or bounced notification is shown in this colour (and says so in words).</extracomment>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="132" />
      <source>SMS</source>
      <translation>Sms</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="173" />
      <source>%1 (version %2)</source>
      <translation>%1 (version %2)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="178" />
      <source>Shipped default</source>
      <translation>Standardtext</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="202" />
      <location filename="../../desktop/admin/followup.py" line="375" />
      <source>Event</source>
      <extracomment>How many match on the server (the list holds the newest of them).</extracomment>
      <translation>Händelse</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="205" />
      <location filename="../../desktop/admin/followup.py" line="381" />
      <source>Template</source>
      <translation>Mall</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="206" />
      <source>The message template and the version of it that was sent (the shipped default when no template of yours was bound)</source>
      <translation>Meddelandemallen och den version av den som skickades (standardtexten när ingen egen mall var kopplad)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="215" />
      <source>Recipient as</source>
      <translation>Mottagare som</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="219" />
      <location filename="../../desktop/admin/followup.py" line="395" />
      <source>Channel</source>
      <translation>Kanal</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="218" />
      <source>Recipient</source>
      <translation>Mottagare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="220" />
      <location filename="../../desktop/admin/followup.py" line="390" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="223" />
      <source>When</source>
      <translation>När</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="224" />
      <source>When it was sent, delivered or bounced</source>
      <translation>När den skickades, levererades eller studsade</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="231" />
      <source>Answer</source>
      <translation>Svar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="232" />
      <source>What the mail server or SMS gateway answered last (why it failed or waits)</source>
      <translation>Vad e-postservern eller sms-tjänsten svarade senast (varför det misslyckades eller väntar)</translation>
    </message>
  </context>
  <context>
    <name>NotificationFollowUpWindow</name>
    <message>
      <location filename="../../desktop/admin/followup.py" line="348" />
      <source>Notification follow-up</source>
      <translation>Aviseringsuppföljning</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="401" />
      <source>Recipient</source>
      <translation>Mottagare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="401" />
      <source>Address or number</source>
      <translation>Adress eller nummer</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="403" />
      <source>From date</source>
      <translation>Från datum</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="404" />
      <source>To date</source>
      <translation>Till datum</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="406" />
      <source>E&amp;vent:</source>
      <translation>Hän&amp;delse:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="407" />
      <source>Te&amp;mplate:</source>
      <translation>&amp;Mall:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="408" />
      <source>S&amp;tatus:</source>
      <translation>St&amp;atus:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="409" />
      <source>C&amp;hannel:</source>
      <translation>Ka&amp;nal:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="410" />
      <source>Re&amp;cipient:</source>
      <translation>M&amp;ottagare:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="411" />
      <source>F&amp;rom:</source>
      <translation>F&amp;rån:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="412" />
      <source>T&amp;o:</source>
      <translation>T&amp;ill:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="419" />
      <source>The selected notification with its text</source>
      <translation>Den valda aviseringen med sin text</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="420" />
      <source>Write the notifications shown to an Excel or CSV file</source>
      <translation>Skriv de aviseringar som visas till en Excel- eller CSV-fil</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="424" />
      <source>&amp;Show notification…</source>
      <translation>&amp;Visa avisering…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="425" />
      <source>&amp;Export…</source>
      <translation>&amp;Exportera…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="430" />
      <source>Notification actions</source>
      <translation>Åtgärder för aviseringar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="432" />
      <source>Find a recipient, subject or answer…</source>
      <translation>Sök mottagare, ämne eller svar…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="483" />
      <source>The newest %1 of %2 are listed: choose an event, status or days to see others.</source>
      <translation>De senaste %1 av %2 visas: välj händelse, status eller dagar för att se andra.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="479" />
      <source>No notification matches the filter.</source>
      <translation>Ingen avisering matchar filtret.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="473" />
      <source>No notification matches the filters chosen above.</source>
      <translation>Ingen avisering matchar filtren ovan.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="523" />
      <source>Export notifications</source>
      <translation>Exportera aviseringar</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/admin/followup.py" line="526" />
      <source>%n notification(s) exported to %1</source>
      <translation>
        <numerusform>%Ln avisering exporterad till %1</numerusform>
        <numerusform>%Ln aviseringar exporterade till %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Notifications</name>
    <message>
      <location filename="../../desktop/notifications/view.py" line="28" />
      <location filename="../../desktop/notifications/view.py" line="32" />
      <source>New</source>
      <translation>Ny</translation>
    </message>
    <message>
      <location filename="../../desktop/notifications/view.py" line="33" />
      <source>When</source>
      <translation>När</translation>
    </message>
    <message>
      <location filename="../../desktop/notifications/view.py" line="34" />
      <source>Notification</source>
      <translation>Avisering</translation>
    </message>
    <message>
      <location filename="../../desktop/notifications/view.py" line="35" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
  </context>
  <context>
    <name>NotificationsButton</name>
    <message>
      <location filename="../../desktop/notifications/view.py" line="76" />
      <source>Notifications (%1)</source>
      <extracomment>A notification about an agent order was opened: the order's id.</extracomment>
      <translation>Aviseringar (%1)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/notifications/view.py" line="77" />
      <source>%n unread notification(s)</source>
      <translation>
        <numerusform>%Ln oläst avisering</numerusform>
        <numerusform>%Ln olästa aviseringar</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/notifications/view.py" line="79" />
      <source>Notifications</source>
      <translation>Aviseringar</translation>
    </message>
    <message>
      <location filename="../../desktop/notifications/view.py" line="80" />
      <source>No unread notifications</source>
      <translation>Inga olästa aviseringar</translation>
    </message>
  </context>
  <context>
    <name>NotificationsDialog</name>
    <message>
      <location filename="../../desktop/notifications/view.py" line="115" />
      <source>Notifications</source>
      <translation>Aviseringar</translation>
    </message>
    <message>
      <location filename="../../desktop/notifications/view.py" line="127" />
      <source>Open</source>
      <translation>Öppna</translation>
    </message>
    <message>
      <location filename="../../desktop/notifications/view.py" line="128" />
      <source>Mark read</source>
      <translation>Markera som läst</translation>
    </message>
    <message>
      <location filename="../../desktop/notifications/view.py" line="129" />
      <source>Mark all read</source>
      <translation>Markera alla som lästa</translation>
    </message>
    <message>
      <location filename="../../desktop/notifications/view.py" line="130" />
      <source>Refresh</source>
      <translation>Uppdatera</translation>
    </message>
    <message>
      <location filename="../../desktop/notifications/view.py" line="152" />
      <source>No notifications.</source>
      <translation>Inga aviseringar.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/notifications/view.py" line="158" />
      <source>%n unread</source>
      <translation>
        <numerusform>%Ln oläst</numerusform>
        <numerusform>%Ln olästa</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/notifications/view.py" line="162" />
      <source>%1 (showing the list of %2)</source>
      <translation>%1 (visar listan från %2)</translation>
    </message>
    <message>
      <location filename="../../desktop/notifications/view.py" line="167" />
      <source>updated %1</source>
      <translation>uppdaterad %1</translation>
    </message>
  </context>
  <context>
    <name>OrganisationDialog</name>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="57" />
      <source>New organisation</source>
      <extracomment>Each kind's commands. Each kind's dialog titles, New and Edit (the translation context first).</extracomment>
      <translation>Ny organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="58" />
      <source>Edit organisation</source>
      <translation>Ändra organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="152" />
      <source>NNNNNN-NNNN</source>
      <translation>NNNNNN-NNNN</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="154" />
      <source>Name:</source>
      <translation>Namn:</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="155" />
      <source>Organisation number:</source>
      <translation>Organisationsnummer:</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="156" />
      <source>City:</source>
      <translation>Ort:</translation>
    </message>
  </context>
  <context>
    <name>Organisations</name>
    <message>
      <location filename="../../desktop/organisations/view.py" line="67" />
      <source>Main contact</source>
      <translation>Huvudkontakt</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="68" />
      <source>Organisation number</source>
      <translation>Organisationsnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="71" />
      <source>Customer</source>
      <translation>Kund</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="72" />
      <location filename="../../desktop/organisations/view.py" line="88" />
      <source>Customer number</source>
      <translation>Kundnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="74" />
      <location filename="../../desktop/organisations/view.py" line="87" />
      <source>City</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="75" />
      <source>Contracts</source>
      <translation>Kontrakt</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="79" />
      <source>Contract</source>
      <translation>Kontrakt</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="80" />
      <source>Starts</source>
      <translation>Startar</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="81" />
      <source>Ends</source>
      <translation>Upphör</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="85" />
      <location filename="../../desktop/organisations/view.py" line="93" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="92" />
      <source>Agent</source>
      <translation>Agent</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="108" />
      <source>New &amp;customer…</source>
      <extracomment>Each list's buttons: New…, Edit…, Archive and (an archived row's) Restore.</extracomment>
      <translation>Ny &amp;kund…</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="109" />
      <source>E&amp;dit customer…</source>
      <translation>Ä&amp;ndra kund…</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="110" />
      <source>A&amp;rchive customer</source>
      <translation>Arkivera k&amp;und</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="114" />
      <source>New c&amp;ontract…</source>
      <translation>Nytt k&amp;ontrakt…</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="115" />
      <source>Edi&amp;t contract…</source>
      <translation>Ändra kon&amp;trakt…</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="116" />
      <source>Archive co&amp;ntract</source>
      <translation>Ark&amp;ivera kontrakt</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="120" />
      <source>New &amp;organisation…</source>
      <translation>Ny &amp;organisation…</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="121" />
      <source>E&amp;dit organisation…</source>
      <translation>Ä&amp;ndra organisation…</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="122" />
      <source>A&amp;rchive organisation</source>
      <translation>Ark&amp;ivera organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="111" />
      <source>Restore customer</source>
      <translation>Återställ kund</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="117" />
      <source>Restore contract</source>
      <translation>Återställ kontrakt</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="123" />
      <source>Restore organisation</source>
      <translation>Återställ organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="126" />
      <source>&amp;New agent…</source>
      <translation>Ny agen&amp;t…</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="127" />
      <source>E&amp;dit agent…</source>
      <translation>Ä&amp;ndra agent…</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="128" />
      <source>A&amp;rchive agent</source>
      <translation>Ark&amp;ivera agent</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="129" />
      <source>Restore agent</source>
      <translation>Återställ agent</translation>
    </message>
  </context>
  <context>
    <name>OrganisationsView</name>
    <message>
      <location filename="../../desktop/organisations/view.py" line="179" />
      <source>Search name, number or city…</source>
      <extracomment>Each list's column widths (the last column takes the rest). The tables the lists show (not person: an import's thousands of persons would reload them for nothing; a renamed main contact shows at the next change or search). "A&amp;rchive customer" / "Restore customer" (English sources, context Organisations).</extracomment>
      <translation>Sök namn, nummer eller ort…</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="182" />
      <source>Show archived</source>
      <extracomment>The newest read of each list (by its name).</extracomment>
      <translation>Visa arkiverade</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="202" />
      <location filename="../../desktop/organisations/view.py" line="211" />
      <location filename="../../desktop/organisations/view.py" line="212" />
      <source>Customers</source>
      <translation>Kunder</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="203" />
      <source>Organisations</source>
      <translation>Organisationer</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="204" />
      <source>Agents</source>
      <translation>Agenter</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="257" />
      <source>Edit</source>
      <translation>Ändra</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="321" />
      <source>Nothing matches the search.</source>
      <translation>Inget matchar sökningen.</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="324" />
      <source>No contracts yet — New contract… adds one.</source>
      <translation>Inga kontrakt än — Nytt kontrakt… lägger till ett.</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="326" />
      <source>Select a customer to see its contracts.</source>
      <translation>Välj en kund för att se dess kontrakt.</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="328" />
      <source>None yet — add one with the button below.</source>
      <translation>Inga än — lägg till med knappen nedan.</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="342" />
      <source>Contracts of %1</source>
      <translation>Kontrakt för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="342" />
      <source>Contracts</source>
      <translation>Kontrakt</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/organisations/view.py" line="357" />
      <source>%n row(s)</source>
      <translation>
        <numerusform>%Ln rad</numerusform>
        <numerusform>%Ln rader</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OverrideDialog</name>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="322" />
      <source>Let in anyway</source>
      <extracomment>How long an answer stays (ms) when no other scan comes: green, red. The camera: at most one frame decoded per this many ms; the same code again within ``REPEAT_MS`` is the same card still held up, not a new scan. A frame without a barcode is read for an ID document's MRZ (OCR, slower) at most once per this many ms. The answer's colours (white text on both: contrast over 4.5:1). How often an open station asks the server again for the overdue fees (ms). "18:02" (local time), or "" when marked present without a time. The last sound asked for ("ok", "refused"), played or not. Whether ID documents' MRZs are read (Tesseract is installed).</extracomment>
      <translation>Släpp in ändå</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="324" />
      <source>Why are they let in? (saved and audited)</source>
      <translation>Varför släpps de in? (sparas och loggas)</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="329" />
      <source>Let in</source>
      <translation>Släpp in</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="340" />
      <source>Reason:</source>
      <translation>Skäl:</translation>
    </message>
  </context>
  <context>
    <name>Participants</name>
    <message>
      <location filename="../../desktop/participants/export.py" line="156" />
      <source>Participants</source>
      <extracomment>What the list shows besides (the participant, organisation and e-mail are above).</extracomment>
      <translation>Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/export.py" line="166" />
      <source>Exporting</source>
      <translation>Exporterar</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/model.py" line="99" />
      <source>%n request(s) sent</source>
      <extracomment>A failed approval request's colour (with its text and icon: colour is not the only sign). Tables whose changes can change what this list shows.</extracomment>
      <translation>
        <numerusform>%Ln förfrågan skickad</numerusform>
        <numerusform>%Ln förfrågningar skickade</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/model.py" line="105" />
      <source>A local change waits to be sent to the server.</source>
      <translation>En lokal ändring väntar på att skickas till servern.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/model.py" line="113" />
      <source>Given on the sign-up form: %1</source>
      <translation>Angiven i anmälningsformuläret: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/model.py" line="180" />
      <source>Request failed</source>
      <extracomment>For export and printing, which read every row of a query.</extracomment>
      <translation>Begäran misslyckades</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/model.py" line="190" />
      <source>The request to the approving manager (%1) could not be delivered:</source>
      <translation>Begäran till godkännande chef (%1) kunde inte levereras:</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/model.py" line="193" />
      <source>Correct the manager's address, then choose Send failed request again… in the menu.</source>
      <translation>Rätta chefens adress och välj sedan Skicka misslyckad begäran igen… i menyn.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="39" />
      <source>Any status</source>
      <extracomment>Waiting for approval, and the request mail failed (the server says which: :class:`desktop.participants.approval_failures.ApprovalFailures`).</extracomment>
      <translation>Alla statusar</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="40" />
      <location filename="../../desktop/participants/query.py" line="172" />
      <source>Not yet approved</source>
      <translation>Ännu inte godkända</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="41" />
      <source>Approval not requested</source>
      <translation>Godkännande ej begärt</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="42" />
      <location filename="../../desktop/participants/query.py" line="389" />
      <source>Waiting for approval</source>
      <translation>Väntar på godkännande</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="43" />
      <source>Approval request failed</source>
      <translation>Begäran om godkännande misslyckades</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="44" />
      <location filename="../../desktop/participants/query.py" line="390" />
      <source>Approved</source>
      <translation>Godkänd</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="45" />
      <location filename="../../desktop/participants/query.py" line="391" />
      <source>Cancelled</source>
      <translation>Avbokad</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="87" />
      <source>Participant</source>
      <extracomment>The status filters on ``participant_sort.status_class`` (see desktop.local_index): 0 registered, not requested; 1 registered, requested; 2 registered, approved; 3 cancelled. The class is in every sort index, so the filter reads no table rows. The sort keys: columns of the sort-key table (``participant_sort``), each with its collation; every column has an index on these keys and the id. The key column whose empty values (NULL) sort last both ways, if any.</extracomment>
      <translation>Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="92" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="96" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="99" />
      <source>Round</source>
      <translation>Utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="102" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="105" />
      <source>Approving manager</source>
      <translation>Godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="110" />
      <source>Approval requested</source>
      <translation>Godkännande begärt</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="112" />
      <source>Approved date</source>
      <translation>Godkänt datum</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="114" />
      <source>Approved via e-mail</source>
      <translation>Godkänt via e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="116" />
      <source>Created</source>
      <translation>Skapad</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="170" />
      <source>All registrations</source>
      <extracomment>With :attr:`Status.REQUEST_FAILED`: the registrations whose request failed.</extracomment>
      <translation>Alla kursregistreringar</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="176" />
      <source>Requested more than 7 days ago</source>
      <translation>Begärt för mer än 7 dagar sedan</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="180" />
      <source>Approved this week</source>
      <translation>Godkända denna vecka</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="388" />
      <source>Not requested</source>
      <extracomment>The place on the round's waiting list (1 is first); 0 when not waiting.</extracomment>
      <translation>Ej begärt</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="404" />
      <source>pending</source>
      <translation>väntar</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="410" />
      <source>Waiting list (%1)</source>
      <extracomment>A registration without a place yet (models.courses.RegistrationStatus): its status text.</extracomment>
      <translation>Väntelista (%1)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="411" />
      <source>Offered a place</source>
      <translation>Erbjuden plats</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="413" />
      <source>For review</source>
      <translation>Väntar på granskning</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsExport</name>
    <message>
      <location filename="../../desktop/participants/export.py" line="40" />
      <source>First name</source>
      <extracomment>The columns the import reads, by the import's field names (``models.importing.HEADERS``). The manager's e-mail is that of the person linked as approving manager (the import links that person again); a manager only named on the sign-up form is in the list's "Approving manager" column.</extracomment>
      <translation>Förnamn</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/export.py" line="41" />
      <source>Last name</source>
      <translation>Efternamn</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/export.py" line="42" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/export.py" line="43" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/export.py" line="44" />
      <source>Personnummer</source>
      <translation>Personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/export.py" line="45" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/export.py" line="46" />
      <source>Manager e-mail</source>
      <translation>Chef e-post</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsView</name>
    <message>
      <location filename="../../desktop/participants/view.py" line="134" />
      <source>Saved filter</source>
      <extracomment>The number shown changed: (shown, total). A tab of the main window that lists rows (:class:`~desktop.common.tab_view.TabView`). The dialog an action opened last (kept alive; tests look at it).</extracomment>
      <translation>Sparat filter</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="135" />
      <source>Custom filter</source>
      <translation>Eget filter</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="138" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="142" />
      <source>Round</source>
      <translation>Utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="143" />
      <location filename="../../desktop/participants/view.py" line="450" />
      <source>All rounds</source>
      <translation>Alla omgångar</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="146" />
      <source>Search names and e-mails…</source>
      <translation>Sök namn och e-post…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="148" />
      <source>Filters</source>
      <translation>Filter</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="151" />
      <source>Save current filter…</source>
      <translation>Spara aktuellt filter…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="153" />
      <source>Delete this saved filter</source>
      <translation>Ta bort det här sparade filtret</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="217" />
      <source>Open participant's profile</source>
      <translation>Öppna deltagarens personprofil</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="220" />
      <source>Open the profile of the selected participant</source>
      <translation>Öppna den valda deltagarens personprofil</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="224" />
      <source>Open approving manager's profile</source>
      <translation>Öppna godkännande chefs personprofil</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="230" />
      <source>Send request to approving manager…</source>
      <translation>Skicka förfrågan till godkännande chef…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="233" />
      <source>E-mail the approving managers of the selected registrations</source>
      <translation>Mejla de godkännande cheferna för de valda kursregistreringarna</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="237" />
      <source>Send failed request again…</source>
      <translation>Skicka misslyckad begäran igen…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="240" />
      <source>The request to the approving manager could not be delivered: send it again</source>
      <translation>Begäran till godkännande chef kunde inte levereras: skicka den igen</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="244" />
      <source>Change approving manager…</source>
      <translation>Byt godkännande chef…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="247" />
      <source>Link another approving manager (refused if someone changed it meanwhile)</source>
      <translation>Koppla en annan godkännande chef (nekas om någon annan har ändrat den under tiden)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="251" />
      <source>Preview manager page</source>
      <translation>Förhandsgranska chefens sida</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="254" />
      <source>See the approving manager's page as the manager sees it (uses up no link)</source>
      <translation>Se den godkännande chefens sida så som chefen ser den (förbrukar ingen länk)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="258" />
      <source>Add internal note…</source>
      <translation>Lägg till intern notering…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="261" />
      <source>A note on the registration for the staff only, e.g. an approval by phone</source>
      <translation>En notering på kursregistreringen bara för personalen, t.ex. ett godkännande per telefon</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="265" />
      <source>Import participants…</source>
      <translation>Importera deltagare…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="268" />
      <source>Add the participants of a CSV or Excel file to a round</source>
      <translation>Lägg till deltagarna i en CSV- eller Excelfil på en utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="285" />
      <source>Move to the waiting list</source>
      <translation>Flytta till väntelistan</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="288" />
      <source>Take the selected participants' places; they wait in order of registration</source>
      <translation>Ta de markerade deltagarnas platser; de väntar i anmälningsordning</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="292" />
      <source>Give a place from the waiting list</source>
      <translation>Ge en plats från väntelistan</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="295" />
      <source>Give the selected waiting participants a place, also beyond the seats</source>
      <translation>Ge de markerade väntande deltagarna en plats, även utöver antalet platser</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="305" />
      <source>Give or take a category…</source>
      <translation>Ge eller ta bort en kategori…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="310" />
      <source>Give the selected participants a person category, such as Alumnus</source>
      <translation>Ge de valda deltagarna en personkategori, till exempel Alumn</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="314" />
      <source>New person…</source>
      <translation>Ny person…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="317" />
      <source>Add a person to Kansli (checked for duplicates) and open the profile</source>
      <translation>Lägg till en person i Kansli (kontrollerad mot dubbletter) och öppna profilen</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="676" />
      <source>Cancel the registration of %1? Their places become free.</source>
      <translation>Avboka kursregistreringen för %1? Platserna blir lediga.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="743" />
      <source>Print a long list</source>
      <translation>Skriv ut en lång lista</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/view.py" line="744" />
      <source>The list has %n rows. Print them all?</source>
      <translation>
        <numerusform>Listan har %Ln rad. Skriva ut den?</numerusform>
        <numerusform>Listan har %Ln rader. Skriva ut alla?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="750" />
      <source>Participants</source>
      <translation>Deltagare</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/view.py" line="756" />
      <source>%n registration(s)</source>
      <translation>
        <numerusform>%Ln registrering</numerusform>
        <numerusform>%Ln registreringar</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="272" />
      <source>Remove approval…</source>
      <translation>Ta bort godkännande…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="275" />
      <source>Administrators only: take back an approval</source>
      <translation>Endast administratörer: ta tillbaka ett godkännande</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="279" />
      <source>Cancel registration…</source>
      <translation>Avboka kursregistrering…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="299" />
      <source>Copy e-mail addresses</source>
      <translation>Kopiera e-postadresser</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="362" />
      <source>Only administrators can remove an approval; ask one if it is wrong</source>
      <translation>Bara administratörer kan ta bort ett godkännande; be en administratör om det är fel</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="497" />
      <source>Save filter</source>
      <translation>Spara filter</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="497" />
      <source>Name of the filter:</source>
      <translation>Filtrets namn:</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="530" />
      <source>No registrations on this round yet — add one with “Add registration”.</source>
      <translation>Inga kursregistreringar på omgången ännu — lägg till en med ”Lägg till kursregistrering”.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="532" />
      <source>No registrations yet — add one from a course round.</source>
      <translation>Inga kursregistreringar ännu — lägg till en från en utbildningsomgång.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="535" />
      <source>No registrations match — clear the search or choose another filter.</source>
      <translation>Inga kursregistreringar matchar — rensa sökningen eller välj ett annat filter.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="604" />
      <source>Change approving manager of %1</source>
      <translation>Byt godkännande chef för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="675" />
      <source>Cancel registration</source>
      <translation>Avboka kursregistrering</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="677" />
      <source>Cancel registrations</source>
      <translation>Avboka</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="678" />
      <source>Keep</source>
      <translation>Behåll</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="698" />
      <source>Some registrations were not changed</source>
      <translation>Några kursregistreringar ändrades inte</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="727" />
      <source>Filtered list</source>
      <translation>Filtrerad lista</translation>
    </message>
  </context>
  <context>
    <name>PayOutCreditDialog</name>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="146" />
      <source>Pay out credit</source>
      <extracomment>(person id, öre, bank account)</extracomment>
      <translation>Betala ut tillgodohavande</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="148" />
      <source>Pay the amount from the bank to the person, then record it here: it is booked against their credit balance and they get a notice.</source>
      <translation>Betala beloppet från banken till personen och registrera det sedan här: det bokförs mot personens tillgodohavande och personen får ett meddelande.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="160" />
      <source>Clearing and account number (optional)</source>
      <translation>Clearing- och kontonummer (frivilligt)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="162" />
      <source>&amp;Person:</source>
      <translation>&amp;Person:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="163" />
      <source>A&amp;mount:</source>
      <translation>&amp;Belopp:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="164" />
      <source>Paid to &amp;account:</source>
      <translation>Betalt till &amp;konto:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="166" />
      <source>&amp;Pay out</source>
      <translation>Betala &amp;ut</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="168" />
      <source>Nobody has a credit balance to pay out.</source>
      <translation>Ingen har något tillgodohavande att betala ut.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="193" />
      <source>Give an amount to pay out.</source>
      <translation>Ange ett belopp att betala ut.</translation>
    </message>
  </context>
  <context>
    <name>PaymentSettingsDialog</name>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="262" />
      <source>Payment settings</source>
      <extracomment>The settings as loaded (None until they are).</extracomment>
      <translation>Betalningsinställningar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="263" />
      <source> days</source>
      <translation> dagar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="265" />
      <source>NNN-NNNN or NNNN-NNNN</source>
      <translation>NNN-NNNN eller NNNN-NNNN</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="270" />
      <source>0: no fee; at most 60 kr by law</source>
      <translation>0: ingen avgift; högst 60 kr enligt lag</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="271" />
      <source>Charged: reference rate + 8 percentage points</source>
      <translation>Tas ut: referensräntan + 8 procentenheter</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="273" />
      <source>Riksbanken's reference rate, e.g. 2,50</source>
      <translation>Riksbankens referensränta, t.ex. 2,50</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="279" />
      <source>NNNNNN-NNNN</source>
      <translation>NNNNNN-NNNN</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="281" />
      <source>None: invoices only</source>
      <translation>Inga: bara fakturor</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="282" />
      <source>Stripe (card)</source>
      <translation>Stripe (kort)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="283" />
      <source>Swish</source>
      <translation>Swish</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="285" />
      <source>Bankgiro number:</source>
      <translation>Bankgironummer:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="286" />
      <source>Invoices due after:</source>
      <translation>Fakturor förfaller efter:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="287" />
      <source>Grace before the first reminder:</source>
      <translation>Frist före första påminnelsen:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="288" />
      <source>Second reminder after:</source>
      <translation>Andra påminnelsen efter:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="289" />
      <source>Reminder fee (kr):</source>
      <translation>Påminnelseavgift (kr):</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="290" />
      <source>Late interest:</source>
      <translation>Dröjsmålsränta:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="291" />
      <source>Reference rate (%):</source>
      <translation>Referensränta (%):</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="292" />
      <source>Sender on invoices:</source>
      <translation>Avsändare på fakturor:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="293" />
      <source>Sender's address:</source>
      <translation>Avsändarens adress:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="294" />
      <source>Organisation number:</source>
      <translation>Organisationsnummer:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="295" />
      <source>Card payments:</source>
      <translation>Kortbetalningar:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="299" />
      <source>A booking keeps the payment terms it was made under (due days, reminder fee, late interest): a change holds for new bookings. Invoices are sent only once a Bankgiro number is set.</source>
      <translation>En bokning behåller betalningsvillkoren den gjordes med (betalningstid, påminnelseavgift, dröjsmålsränta): en ändring gäller nya bokningar. Fakturor skickas först när ett bankgironummer är angivet.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="349" />
      <source>change of the payment settings</source>
      <translation>ändringen av betalningsinställningarna</translation>
    </message>
  </context>
  <context>
    <name>Payments</name>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="69" />
      <source>Paid on</source>
      <translation>Betald</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="70" />
      <location filename="../../desktop/accounting/payments.py" line="88" />
      <location filename="../../desktop/accounting/payments.py" line="150" />
      <source>Amount</source>
      <translation>Belopp</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="73" />
      <location filename="../../desktop/accounting/payments.py" line="147" />
      <source>Reference</source>
      <translation>Referens</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="74" />
      <source>The reference as the payer gave it</source>
      <translation>Referensen som betalaren angav den</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="78" />
      <source>Payer</source>
      <translation>Betalare</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="79" />
      <source>The payer's name as the bank gave it</source>
      <translation>Betalarens namn som banken angav det</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="84" />
      <source>Invoice</source>
      <translation>Faktura</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="85" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="86" />
      <source>OCR</source>
      <translation>OCR</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="87" />
      <source>Due</source>
      <translation>Förfaller</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="89" />
      <source>Left to pay</source>
      <translation>Kvar att betala</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="94" />
      <source>record type</source>
      <extracomment>BgMax fields as the server names them in a refusal, in words.</extracomment>
      <translation>posttyp</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="95" />
      <source>amount</source>
      <translation>belopp</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="96" />
      <source>reference</source>
      <translation>referens</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="97" />
      <source>payment date</source>
      <translation>betalningsdag</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="98" />
      <source>deposit amount</source>
      <translation>insättningsbelopp</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="99" />
      <source>number of payments</source>
      <translation>antal betalningar</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="100" />
      <source>number of deposits</source>
      <translation>antal insättningar</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="101" />
      <source>number of deductions</source>
      <translation>antal avdrag</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="102" />
      <source>number of extra references</source>
      <translation>antal extra referenser</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="103" />
      <source>layout name</source>
      <translation>layoutnamn</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="104" />
      <source>serial number</source>
      <translation>löpnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="105" />
      <source>sender's Bankgiro</source>
      <translation>avsändarens bankgiro</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="111" />
      <source>Booked on its invoice</source>
      <extracomment>What came of a provider's event, in words (the server's ``outcome``).</extracomment>
      <translation>Bokförd på sin faktura</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="112" />
      <source>Unknown charge: no card payment of this club has this reference</source>
      <translation>Okänd debitering: ingen kortbetalning hos föreningen har den här referensen</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="115" />
      <source>Already paid: the charge was paid before (money may have come twice)</source>
      <translation>Redan betald: debiteringen var betald förut (pengarna kan ha kommit två gånger)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="118" />
      <source>Not paid: the payer did not complete it</source>
      <translation>Inte betald: betalaren slutförde den inte</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="119" />
      <source>Not about a payment: nothing to do</source>
      <translation>Gäller ingen betalning: inget att göra</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="120" />
      <source>Refused: not signed by the provider</source>
      <translation>Avvisad: inte signerad av leverantören</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="121" />
      <source>Refused: it could not be read</source>
      <translation>Avvisad: den gick inte att läsa</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="143" />
      <source>Received</source>
      <extracomment>The outcomes someone should look at: money the server could not book, or got twice.</extracomment>
      <translation>Mottagen</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="144" />
      <source>Provider</source>
      <translation>Leverantör</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="148" />
      <source>The provider's id of the card payment</source>
      <translation>Leverantörens id för kortbetalningen</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="151" />
      <source>What happened</source>
      <translation>Vad som hände</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="202" />
      <source>This file was imported before: nothing was booked again.</source>
      <translation>Filen har importerats förut: inget bokades igen.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="209" />
      <source>%1 payments, %2 in all: %3 matched, %4 partly paid, %5 overpaid (the excess kept as credit), %6 unmatched.</source>
      <translation>%1 betalningar, %2 totalt: %3 matchade, %4 delbetalda, %5 överbetalda (överskottet sparat som tillgodohavande), %6 omatchade.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="221" />
      <source>%1 deductions (money the bank took back): %2 taken off the payments they name, whose invoices are open again; %3 unmatched.</source>
      <translation>%1 avdrag (pengar som banken tog tillbaka): %2 avräknade från betalningarna de anger, vars fakturor är öppna igen; %3 omatchade.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="231" />
      <source>%1 were booked before, from another file.</source>
      <translation>%1 var bokade förut, från en annan fil.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="241" />
      <source>The file was not imported: line %1, %2: %3</source>
      <translation>Filen importerades inte: rad %1, %2: %3</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="401" />
      <source>Loading payments</source>
      <translation>Hämtar betalningar</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="462" />
      <source>Importing payments</source>
      <translation>Importerar betalningar</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="517" />
      <source>Finding invoices</source>
      <translation>Söker fakturor</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="535" />
      <source>Matching payment</source>
      <translation>Matchar betalning</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="581" />
      <source>Loading card payment events</source>
      <translation>Hämtar kortbetalningshändelser</translation>
    </message>
  </context>
  <context>
    <name>PeopleNames</name>
    <message numerus="yes">
      <location filename="../../desktop/participants/dialogs.py" line="75" />
      <source>%1 and %n more</source>
      <translation>
        <numerusform>%1 och %Ln till</numerusform>
        <numerusform>%1 och %Ln till</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="81" />
      <source>%1 and %2</source>
      <translation>%1 och %2</translation>
    </message>
  </context>
  <context>
    <name>PeopleOps</name>
    <message>
      <location filename="../../desktop/operations/people.py" line="86" />
      <location filename="../../desktop/operations/people.py" line="257" />
      <source>This person no longer exists.</source>
      <extracomment>What an address row says of a bounce (``PersonEmail``; desktop/people/bounces.py).</extracomment>
      <translation>Personen finns inte längre.</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="137" />
      <source>Participant</source>
      <translation>Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="139" />
      <source>Approving manager</source>
      <translation>Godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="243" />
      <source>edit of %1</source>
      <translation>ändring av %1</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="251" />
      <source>Saving the profile</source>
      <translation>Sparar personprofilen</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="281" />
      <source>adding %1</source>
      <translation>tillägg av %1</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="293" />
      <source>Adding an e-mail address</source>
      <translation>Lägger till en e-postadress</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="304" />
      <source>Removing an e-mail address</source>
      <translation>Tar bort en e-postadress</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="315" />
      <source>Withdrawing a consent</source>
      <translation>Återkallar ett samtycke</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="330" />
      <source>Adding a phone number</source>
      <translation>Lägger till ett telefonnummer</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="57" />
      <source>Same personnummer</source>
      <extracomment>Why an existing person may be the new one, as the warning says it.</extracomment>
      <translation>Samma personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="58" />
      <source>Same e-mail address</source>
      <translation>Samma e-postadress</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="59" />
      <source>Same name and birth date</source>
      <translation>Samma namn och födelsedatum</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="98" />
      <source>New person</source>
      <translation>Ny person</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="111" />
      <source>name@example.se — several: separate with commas</source>
      <translation>namn@exempel.se — flera: skilj dem åt med kommatecken</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="113" />
      <source>070-123 45 67</source>
      <translation>070-123 45 67</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="115" />
      <source>YYYYMMDD-NNNN</source>
      <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="117" />
      <location filename="../../desktop/people/person_dialog.py" line="134" />
      <source>No organisation</source>
      <translation>Ingen organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="119" />
      <source>First name:</source>
      <translation>Förnamn:</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="120" />
      <source>Last name:</source>
      <translation>Efternamn:</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="121" />
      <source>E-mail:</source>
      <translation>E-post:</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="122" />
      <source>Phone:</source>
      <translation>Telefon:</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="123" />
      <source>Personnummer:</source>
      <translation>Personnummer:</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="124" />
      <source>Organisation:</source>
      <translation>Organisation:</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="128" />
      <source>Kansli looks for people with the same e-mail, personnummer or name and birth date before it saves.</source>
      <translation>Kansli letar efter personer med samma e-post, personnummer eller namn och födelsedatum innan det sparar.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="200" />
      <source>Name</source>
      <extracomment>The warning's list: who, born when (a date), their addresses (one that bounced marked, desktop/people/bounces.py), and why they may be the one.</extracomment>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="201" />
      <source>Born</source>
      <translation>Född</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="204" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="208" />
      <source>Why</source>
      <translation>Varför</translation>
    </message>
  </context>
  <context>
    <name>PersonField</name>
    <message>
      <location filename="../../desktop/people/person_field.py" line="26" />
      <source>Choose…</source>
      <translation>Välj…</translation>
    </message>
  </context>
  <context>
    <name>PersonPicker</name>
    <message>
      <location filename="../../desktop/people/picker.py" line="29" />
      <source>Name</source>
      <extracomment>The list's columns, translated in context "PersonPicker".</extracomment>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="33" />
      <source>Born</source>
      <translation>Född</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="36" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="37" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="64" />
      <source>Search by name or e-mail…</source>
      <translation>Sök på namn eller e-post…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="72" />
      <location filename="../../desktop/people/picker.py" line="135" />
      <source>Type a name or an e-mail address to find a person.</source>
      <translation>Skriv ett namn eller en e-postadress för att hitta en person.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="74" />
      <source>Choose</source>
      <translation>Välj</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="81" />
      <source>New person…</source>
      <translation>Ny person…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="82" />
      <source>Add a person, with what you typed filled in</source>
      <translation>Lägg till en person, ifylld med det du skrev</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="126" />
      <source>Showing %1 of %2 — refine the search</source>
      <translation>Visar %1 av %2 — förfina sökningen</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="133" />
      <source>Nobody matches “%1”. New person… adds them.</source>
      <translation>Ingen matchar ”%1”. Ny person… lägger till personen.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="183" />
      <source>No approving manager</source>
      <translation>Ingen godkännande chef</translation>
    </message>
  </context>
  <context>
    <name>PersonProfile</name>
    <message>
      <location filename="../../desktop/people/profile.py" line="243" />
      <location filename="../../desktop/people/profile.py" line="460" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="254" />
      <source>Changed here; waits to be sent to the server.</source>
      <translation>Ändrad här; väntar på att skickas till servern.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="286" />
      <source>YYYYMMDD-NNNN</source>
      <extracomment>Fields the user's roles may not read (models.visibility): never shown, never set; a hint says why instead of an empty box that looks like missing data.</extracomment>
      <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="287" />
      <source>YYYY-MM-DD</source>
      <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="293" />
      <location filename="../../desktop/people/profile.py" line="296" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="298" />
      <location filename="../../desktop/people/profile.py" line="302" />
      <source>Notes</source>
      <translation>Anteckningar</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="303" />
      <location filename="../../desktop/people/profile.py" line="809" />
      <source>Save</source>
      <translation>Spara</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="306" />
      <source>Revert</source>
      <translation>Återställ</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="341" />
      <source>name@example.se</source>
      <translation>namn@exempel.se</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="341" />
      <source>New e-mail address</source>
      <translation>Ny e-postadress</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="343" />
      <source>Work</source>
      <translation>Arbete</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="344" />
      <source>Private</source>
      <translation>Privat</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="345" />
      <source>Main address</source>
      <translation>Huvudadress</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="346" />
      <source>Add e-mail</source>
      <translation>Lägg till e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="348" />
      <source>Remove e-mail…</source>
      <translation>Ta bort e-post…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="362" />
      <source>New phone number</source>
      <translation>Nytt telefonnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="365" />
      <source>Add phone</source>
      <translation>Lägg till telefon</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="368" />
      <source>E-mail addresses</source>
      <translation>E-postadresser</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="371" />
      <source>Phone numbers</source>
      <translation>Telefonnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="402" />
      <source>Reverse decision…</source>
      <translation>Häv beslutet…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="411" />
      <source>Withdraw consent…</source>
      <translation>Återkalla samtycke…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="414" />
      <source>Record that the person withdrew a consent to the processing of their data</source>
      <translation>Registrera att personen återkallat ett samtycke till behandling av sina uppgifter</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="427" />
      <source>Details</source>
      <translation>Uppgifter</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="428" />
      <source>E-mails and phones</source>
      <translation>E-post och telefon</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="429" />
      <source>Registrations</source>
      <translation>Kursregistreringar</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="430" />
      <source>Activity</source>
      <translation>Aktiviteter</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="431" />
      <source>Consents and alumni</source>
      <translation>Samtycken och alumn</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="434" />
      <source>Levels</source>
      <translation>Nivåer</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="439" />
      <source>Account</source>
      <translation>Konto</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="442" />
      <source>Categories</source>
      <translation>Kategorier</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="447" />
      <source>Register extract…</source>
      <translation>Registerutdrag…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="449" />
      <source>Save everything held about this person as a PDF and a JSON file</source>
      <translation>Spara allt som finns om personen som en PDF- och en JSON-fil</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="527" />
      <source>No categories</source>
      <translation>Inga kategorier</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="541" />
      <source>No registrations.</source>
      <translation>Inga kursregistreringar.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="543" />
      <source>Nothing has happened yet.</source>
      <translation>Inget har hänt ännu.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="546" />
      <source>Alumni registration: %1 (%2)</source>
      <translation>Alumnregistrering: %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="553" />
      <source>No consents or alumni registrations.</source>
      <translation>Inga samtycken eller alumnregistreringar.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="570" />
      <source>No organisation</source>
      <translation>Ingen organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="592" />
      <source>Consent to %1 (version %2) for %5, given %3 from %4</source>
      <translation>Samtycke till %1 (version %2) för %5, lämnat %3 från %4</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="594" />
      <source>Consent to %1 (version %2) given %3 from %4</source>
      <translation>Samtycke till %1 (version %2) lämnat %3 från %4</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="606" />
      <source>Withdrawn %1 via %2</source>
      <translation>Återkallat %1 via %2</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="627" />
      <location filename="../../desktop/people/profile.py" line="638" />
      <source>Withdraw consent</source>
      <translation>Återkalla samtycke</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="628" />
      <source>Record that %1 withdrew this consent?

%2</source>
      <translation>Registrera att %1 har återkallat detta samtycke?

%2</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="639" />
      <source>Which consent did %1 withdraw?</source>
      <translation>Vilket samtycke återkallade %1?</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="715" />
      <source>Saved.</source>
      <translation>Sparat.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="717" />
      <source>Saved here; it is sent to the server when you are online.</source>
      <translation>Sparat här; det skickas till servern när du är online.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="735" />
      <source>Undo %1</source>
      <translation>Ångra %1</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="735" />
      <source>Undo</source>
      <translation>Ångra</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="762" />
      <source>Undone: %1</source>
      <translation>Ångrat: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="798" />
      <source>Unsaved changes</source>
      <translation>Osparade ändringar</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="799" />
      <source>Save the changes to %1 before closing?</source>
      <translation>Spara ändringarna för %1 innan du stänger?</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="800" />
      <source>this person</source>
      <translation>den här personen</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="810" />
      <source>Discard</source>
      <translation>Kasta</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="811" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="885" />
      <source>Remove e-mail address</source>
      <translation>Ta bort e-postadress</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="886" />
      <source>Remove %1 from this person?</source>
      <translation>Ta bort %1 från personen?</translation>
    </message>
  </context>
  <context>
    <name>PersonnummerDialog</name>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="302" />
      <source>Personnummer of %1</source>
      <translation>Personnummer för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="303" />
      <source>Personnummer</source>
      <translation>Personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="307" />
      <source>A case handler who approves and rejects with BankID must sign with the BankID of this personnummer. It is never shown again; save the field empty to remove it.</source>
      <translation>En handläggare som godkänner och avslår med BankID måste signera med BankID för det här personnumret. Det visas aldrig igen; spara fältet tomt för att ta bort det.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="311" />
      <source>Save personnummer</source>
      <translation>Spara personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="318" />
      <source>This is not a personnummer; write it as ÅÅÅÅMMDD-NNNN.</source>
      <translation>Det här är inget personnummer; skriv det som ÅÅÅÅMMDD-NNNN.</translation>
    </message>
  </context>
  <context>
    <name>PhoneDialog</name>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="275" />
      <source>Mobile phone of %1</source>
      <extracomment>(user id, the value; "" removes it)</extracomment>
      <translation>Mobiltelefon för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="276" />
      <source>Mobile phone</source>
      <translation>Mobiltelefon</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="280" />
      <source>Codes for attesting orders by SMS are sent to this number. Leave it empty to remove the number.</source>
      <translation>Koder för att attestera beställningar med SMS skickas till det här numret. Lämna fältet tomt för att ta bort numret.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="283" />
      <source>Save phone</source>
      <translation>Spara nummer</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="290" />
      <source>This is not a phone number; write it as 070-123 45 67 or +46 70 123 45 67.</source>
      <translation>Det här är inget telefonnummer; skriv det som 070-123 45 67 eller +46 70 123 45 67.</translation>
    </message>
  </context>
  <context>
    <name>Placeholders</name>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="131" />
      <source>for how many days the customer's link works</source>
      <extracomment>What each placeholder holds (context ``Placeholders``).</extracomment>
      <translation>hur många dagar kundens länk fungerar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="132" />
      <source>how many participants the round has</source>
      <translation>hur många deltagare utbildningsomgången har</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="133" />
      <source>in how many days the round starts</source>
      <translation>om hur många dagar utbildningsomgången börjar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="134" />
      <source>the address the ending was confirmed from</source>
      <translation>adressen avslutet bekräftades från</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="135" />
      <source>the address the membership was asked to end for</source>
      <translation>adressen medlemskapet begärdes avslutat för</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="136" />
      <source>the address the request goes to</source>
      <translation>adressen begäran skickas till</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="137" />
      <source>the agent's name</source>
      <translation>agentens namn</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="138" />
      <source>the amount, with its currency</source>
      <translation>beloppet, med valuta</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="139" />
      <source>the answers given on the sign-up form, one per line</source>
      <translation>svaren i anmälningsformuläret, ett per rad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="140" />
      <source>the approving manager's name</source>
      <translation>den godkännande chefens namn</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="141" />
      <source>the course administrator's own words to the manager (may be empty)</source>
      <translation>kursadministratörens egna ord till chefen (kan vara tomt)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="144" />
      <source>the course round's name</source>
      <translation>utbildningsomgångens namn</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="145" />
      <source>the course's name</source>
      <translation>utbildningens namn</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="146" />
      <source>the text of the consent as given</source>
      <translation>samtyckets text så som det gavs</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="147" />
      <source>the manager's personal link to withdraw the consent</source>
      <translation>chefens personliga länk för att återkalla samtycket</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="148" />
      <source>the customer organisation's name</source>
      <translation>kundorganisationens namn</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="149" />
      <source>the customer's attestant</source>
      <translation>kundens attestant</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="150" />
      <source>the day it ended</source>
      <translation>dagen det avslutades</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="151" />
      <source>the decision (approved or rejected, with the reason)</source>
      <translation>beslutet (godkänd eller avslagen, med skälet)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="152" />
      <source>the evaluation's page</source>
      <translation>utvärderingens sida</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="153" />
      <source>the invoice's number</source>
      <translation>fakturans nummer</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="154" />
      <source>the last day of the offer</source>
      <translation>sista dagen för erbjudandet</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="155" />
      <source>the last day the approval link works</source>
      <translation>sista dagen godkännandelänken fungerar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="156" />
      <source>the last day the link works</source>
      <translation>sista dagen länken fungerar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="157" />
      <source>the last day the links work</source>
      <translation>sista dagen länkarna fungerar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="158" />
      <source>the last day to pay</source>
      <translation>sista dagen att betala</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="159" />
      <source>the link to the attendance sheet (one column per session)</source>
      <translation>länken till närvarolistan (en kolumn per tillfälle)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="160" />
      <source>the link to the participant list (a page to print, and CSV for Excel)</source>
      <translation>länken till deltagarlistan (en sida att skriva ut, och CSV för Excel)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="163" />
      <source>the manager's personal approval link</source>
      <translation>chefens personliga godkännandelänk</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="164" />
      <source>the member's first name</source>
      <translation>medlemmens förnamn</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="165" />
      <source>the name of the organisation that sends it (Kansli's tenant)</source>
      <translation>namnet på organisationen som skickar det (Kanslis organisation)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="168" />
      <source>the name of the person the message goes to</source>
      <translation>namnet på personen meddelandet går till</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="169" />
      <source>the name the alumni registration was made in</source>
      <translation>namnet alumnregistreringen gjordes i</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="170" />
      <source>the new details, one per line</source>
      <translation>de nya uppgifterna, en per rad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="171" />
      <source>the order's number</source>
      <translation>beställningens nummer</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="172" />
      <source>the organisation the account is for</source>
      <translation>organisationen kontot gäller</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="173" />
      <source>the page of the order for the recipient (may be empty)</source>
      <translation>beställningens sida för mottagaren (kan vara tomt)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="174" />
      <source>the participant's first name</source>
      <translation>deltagarens förnamn</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="175" />
      <source>the reason staff chose to tell the alumnus, as a paragraph (empty: none)</source>
      <translation>skälet som personalen valde att ge alumnen, som ett stycke (tomt: inget)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="179" />
      <source>the participant's full name</source>
      <translation>deltagarens fullständiga namn</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="180" />
      <source>the participant's personal link to book them</source>
      <translation>deltagarens personliga länk för att boka dem</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="181" />
      <source>the participant's personal link to accept or decline the place</source>
      <translation>deltagarens personliga länk för att tacka ja eller nej till platsen</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="184" />
      <source>the person's first name</source>
      <translation>personens förnamn</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="185" />
      <source>the personal link to choose a new password</source>
      <translation>den personliga länken för att välja ett nytt lösenord</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="186" />
      <source>the personal link to choose a password</source>
      <translation>den personliga länken för att välja ett lösenord</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="187" />
      <source>the personal link to confirm them</source>
      <translation>den personliga länken för att bekräfta dem</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="188" />
      <source>the personal link to end the membership</source>
      <translation>den personliga länken för att avsluta medlemskapet</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="189" />
      <source>the personal order page</source>
      <translation>den personliga beställningssidan</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="190" />
      <source>the recipient's personal link to book the round</source>
      <translation>mottagarens personliga länk för att boka omgången</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="191" />
      <source>the open rounds of the courses that follow, one per line</source>
      <translation>de öppna omgångarna av kurserna som bygger vidare på den, en per rad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="192" />
      <source>the round's dates, place and sessions, one per line</source>
      <translation>utbildningsomgångens datum, plats och tillfällen, en per rad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="193" />
      <source>the round's sign-up page</source>
      <translation>utbildningsomgångens anmälningssida</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="194" />
      <source>the service ordered</source>
      <translation>den beställda tjänsten</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="195" />
      <source>the service-desk case's number</source>
      <translation>ärendets nummer hos servicedesk</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="196" />
      <source>the case's title</source>
      <translation>ärendets rubrik</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="197" />
      <source>the session as it is now: day, time, room</source>
      <translation>tillfället som det är nu: dag, tid, lokal</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="198" />
      <source>the sign-up form's own confirmation text (may be empty)</source>
      <translation>anmälningsformulärets egen bekräftelsetext (kan vara tom)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="199" />
      <source>the user's name</source>
      <translation>användarens namn</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="200" />
      <source>what happens next: the waiting list, the request to the manager (may be empty)</source>
      <translation>vad som händer härnäst: väntelistan, begäran till chefen (kan vara tomt)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="204" />
      <source>that the approving manager was asked to approve it (may be empty)</source>
      <translation>att den godkännande chefen har ombetts godkänna den (kan vara tomt)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="207" />
      <source>what happens next: the waiting list (may be empty)</source>
      <translation>vad som händer härnäst: väntelistan (kan vara tomt)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="208" />
      <source>what happens next: the waiting list, or the review and why (may be empty)</source>
      <translation>vad som händer sedan: väntelistan, eller granskningen och varför (kan vara tomt)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="211" />
      <source>the price: each line (course fee, discounts, membership fee, credit used) with its amount, and what is left to pay (empty when the course is free)</source>
      <translation>priset: varje rad (kursavgift, rabatter, medlemsavgift, använt tillgodohavande) med sitt belopp, och vad som återstår att betala (tomt när kursen är gratis)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="215" />
      <source>what is left to pay, e.g. 200 kr (empty when the course is free)</source>
      <translation>vad som återstår att betala, t.ex. 200 kr (tomt när kursen är gratis)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="218" />
      <source>when the link stops working</source>
      <translation>när länken slutar fungera</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="219" />
      <source>where to pay or see the invoice</source>
      <translation>var man betalar eller ser fakturan</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="220" />
      <source>who approved it (their e-mail address)</source>
      <translation>vem som godkände den (deras e-postadress)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="221" />
      <source>who approved the order</source>
      <translation>vem som godkände beställningen</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="222" />
      <source>who attested it for the agent</source>
      <translation>vem som attesterade den för agenten</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="223" />
      <source>who attested it for the customer</source>
      <translation>vem som attesterade den för kunden</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="224" />
      <source>who signed up with the recipient as their partner</source>
      <translation>vem som anmälde sig med mottagaren som sin partner</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="225" />
      <source>who will attest the order for the customer</source>
      <translation>vem som ska attestera beställningen för kunden</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="226" />
      <source>why the order was rejected</source>
      <translation>varför beställningen avslogs</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="227" />
      <source>who declined to attest</source>
      <translation>vem som avböjde att attestera</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="228" />
      <source>why the attestant declined</source>
      <translation>varför attestanten avböjde</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="229" />
      <source>1 for the first reminder, 2 for the second</source>
      <translation>1 för den första påminnelsen, 2 för den andra</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="230" />
      <source>the Bankgiro number to pay to</source>
      <translation>bankgironumret att betala till</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="231" />
      <source>the day the invoice was due</source>
      <translation>dagen då fakturan förföll</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="232" />
      <source>the day the payment was made</source>
      <translation>dagen då betalningen gjordes</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="233" />
      <source>the invoice's OCR reference</source>
      <translation>fakturans OCR-nummer</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="234" />
      <source>the late interest charged with this reminder (0 kr: none)</source>
      <translation>dröjsmålsräntan som tas ut med den här påminnelsen (0 kr: ingen)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="235" />
      <source>the link to the invoice as a PDF</source>
      <translation>länken till fakturan som PDF</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="236" />
      <source>the reminder fee charged with this reminder (0 kr: none)</source>
      <translation>påminnelseavgiften som tas ut med den här påminnelsen (0 kr: ingen)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="237" />
      <source>what is left to pay on the invoice after this payment</source>
      <translation>vad som återstår att betala på fakturan efter den här betalningen</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="238" />
      <source>what to pay now: what is left of the invoice, reminder fees and interest</source>
      <translation>vad som ska betalas nu: det som återstår av fakturan, påminnelseavgifter och ränta</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="241" />
      <source>what was paid in excess, kept as the person's credit balance (0 kr: none)</source>
      <translation>det som betalades för mycket, sparat som personens tillgodohavande (0 kr: inget)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="244" />
      <source>the number of the invoice it credits</source>
      <translation>numret på fakturan den krediterar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="245" />
      <source>what is left to pay on the invoice after the credit</source>
      <translation>vad som är kvar att betala på fakturan efter krediteringen</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="246" />
      <source>the link to the credit note as a PDF</source>
      <translation>länken till kreditfakturan som PDF</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="247" />
      <source>the amount paid back, with its currency</source>
      <translation>beloppet som betalats tillbaka, med valuta</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="248" />
      <source>the day it was paid back</source>
      <translation>dagen då det betalades tillbaka</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="249" />
      <source>where it went: the card provider (Stripe, Swish) or the bank account</source>
      <translation>vart det gick: kortleverantören (Stripe, Swish) eller bankkontot</translation>
    </message>
  </context>
  <context>
    <name>Prerequisites</name>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="80" />
      <source>Code</source>
      <extracomment>A prerequisite is added, and removed (restored by Edit › Undo), by its commands.</extracomment>
      <translation>Kod</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="81" />
      <source>Required course</source>
      <translation>Krävd utbildning</translation>
    </message>
  </context>
  <context>
    <name>PrerequisitesWindow</name>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="90" />
      <source>Prerequisites of %1</source>
      <translation>Förkunskapskrav för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="92" />
      <source>No prerequisites: anyone may book. Add the courses to complete first.</source>
      <translation>Inga förkunskapskrav: alla kan boka. Lägg till utbildningarna som ska vara gångna först.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="108" />
      <source>A booking gets a place when the participant has completed every course listed (a round of it that has ended) or has a leader's level approval for it; otherwise the sign-up waits in Go › Sign-ups for review.</source>
      <translation>En bokning får en plats när deltagaren har gått varje utbildning i listan (en omgång av den som har slutat) eller har en ledares nivågodkännande för den; annars väntar anmälan under Gå till › Anmälningar att granska.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="96" />
      <source>Course to require</source>
      <translation>Utbildning att kräva</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="98" />
      <source>&amp;Add</source>
      <translation>&amp;Lägg till</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="99" />
      <location filename="../../desktop/courses/prerequisites.py" line="170" />
      <source>&amp;Remove</source>
      <translation>&amp;Ta bort</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="100" />
      <source>Re&amp;quires:</source>
      <translation>&amp;Kräver:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="102" />
      <source>Remove</source>
      <translation>Ta bort</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="103" />
      <source>Undo</source>
      <translation>Ångra</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="125" />
      <source>Choose a course…</source>
      <translation>Välj en utbildning…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="140" />
      <source>Choose the course to require first.</source>
      <translation>Välj först utbildningen att kräva.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="150" />
      <source>Added: %1.</source>
      <translation>Tillagd: %1.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="162" />
      <source>Remove prerequisite</source>
      <translation>Ta bort förkunskapskrav</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="163" />
      <source>Should %1 no longer require %2?</source>
      <translation>Ska %1 inte längre kräva %2?</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="171" />
      <source>Keep</source>
      <translation>Behåll</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="180" />
      <source>Removed: %1. Edit › Undo restores it.</source>
      <translation>Borttagen: %1. Redigera › Ångra tar tillbaka den.</translation>
    </message>
  </context>
  <context>
    <name>Presence</name>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="441" />
      <source>Welcome {name}</source>
      <extracomment>The check-in station's answers (``models.presence.ANSWER_TEXTS``) and the grant check report's reasons (``models.grants.ISSUE_TEXTS``): code + values, shown translated (``tests/models/test_presence_texts.py`` keeps these complete).</extracomment>
      <translation>Välkommen {name}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="442" />
      <source>Not found: scan again or type the personnummer</source>
      <translation>Hittades inte: skanna igen eller skriv in personnumret</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="443" />
      <source>This session is on {day}, not today</source>
      <translation>Det här kurstillfället är {day}, inte i dag</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="444" />
      <source>{name}, your session today is {round} at {time}</source>
      <translation>{name}, ditt kurstillfälle i dag är {round} kl. {time}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="445" />
      <source>{name} is not registered on this round</source>
      <translation>{name} är inte anmäld till den här utbildningsomgången</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="446" />
      <source>{name} is already checked in (at {time})</source>
      <translation>{name} är redan incheckad (kl. {time})</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="447" />
      <source>{name} has an overdue fee of {amount} kr</source>
      <translation>{name} har en förfallen avgift på {amount} kr</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="448" />
      <source>Before the rules hold ({day})</source>
      <translation>Före reglernas början ({day})</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="449" />
      <source>The session has no start and end time</source>
      <translation>Kurstillfället saknar start- och sluttid</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="450" />
      <source>{minutes} minutes; at least {min} count</source>
      <translation>{minutes} minuter; minst {min} räknas</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="451" />
      <source>No leader</source>
      <translation>Ingen ledare</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="452" />
      <source>The leader's age is not known</source>
      <translation>Ledarens ålder är okänd</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="453" />
      <source>The leader turns {age} this year; at least {min}</source>
      <translation>Ledaren fyller {age} i år; minst {min}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="454" />
      <source>{count} participants count; at least {min} needed ({outside_age} outside the ages, {unknown_age} without a known age, {counted_already} counted already that day)</source>
      <translation>{count} deltagare räknas; minst {min} behövs ({outside_age} utanför åldrarna, {unknown_age} utan känd ålder, {counted_already} redan räknade den dagen)</translation>
    </message>
  </context>
  <context>
    <name>PriceDialog</name>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="417" />
      <source>New price rule</source>
      <translation>Ny prisregel</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="418" />
      <source>Edit price rule</source>
      <translation>Ändra prisregel</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="425" />
      <source>Empty: the round's own price</source>
      <translation>Tomt: omgångens eget pris</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="429" />
      <source>No membership fee</source>
      <translation>Ingen medlemsavgift</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="424" />
      <source>Price (kr):</source>
      <translation>Pris (kr):</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="427" />
      <source>Membership fee:</source>
      <translation>Medlemsavgift:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="433" />
      <source>A round costs its own price when it has one, else the most specific rule's (its category's, else all courses'). The discounts of every level count.</source>
      <translation>En omgång kostar sitt eget pris när den har ett, annars den mest specifika regelns (kategorins, annars alla kursers). Rabatterna på alla nivåer räknas.</translation>
    </message>
  </context>
  <context>
    <name>PricesWindow</name>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="462" />
      <source>Prices</source>
      <translation>Priser</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="463" />
      <source>No price rules yet: New… sets what the courses of a level cost.</source>
      <translation>Inga prisregler än: Ny… anger vad kurserna på en nivå kostar.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="466" />
      <source>A booking keeps the price it was made with: changing a rule changes new sign-ups only.</source>
      <translation>En bokning behåller priset den gjordes med: en ändrad regel ändrar bara nya anmälningar.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="470" />
      <source>Its courses cost what the wider rules say</source>
      <translation>Dess kurser kostar vad de bredare reglerna säger</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="90" />
      <source>Signature</source>
      <translation>Namnteckning</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="88" />
      <source>Attendance sheet</source>
      <extracomment>Share of the width left after fixed columns; 0 with ``mm`` for a fixed width. The round's sessions, a line each ("14 sep. 2026 09:00–16:00, Sal A"): a block under the header of the first page. The footer's middle text; None: how many participants the rows are. A4 landscape (a table of many columns) instead of portrait. The sheets of people a round prints, by kind. Signature column and blank rows for walk-ins.</extracomment>
      <translation>Närvarolista</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="97" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="95" />
      <source>Participant list</source>
      <translation>Deltagarlista</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="124" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="125" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="130" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="134" />
      <source>Checked in</source>
      <translation>Incheckad</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/printing/sheet.py" line="297" />
      <source>and %n more session(s)</source>
      <extracomment>The sessions block: its columns, and the lines a column holds (more sessions: the last line says how many are not shown). The first page's rows: fewer under the sessions block.</extracomment>
      <translation>
        <numerusform>och %Ln kurstillfälle till</numerusform>
        <numerusform>och %Ln kurstillfällen till</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="339" />
      <source>Could not start printing</source>
      <translation>Det gick inte att börja skriva ut</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="410" />
      <source>Sessions</source>
      <translation>Kurstillfällen</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="479" />
      <source>Printed %1</source>
      <translation>Utskriven %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/printing/sheet.py" line="484" />
      <source>%n participant(s)</source>
      <translation>
        <numerusform>%Ln deltagare</numerusform>
        <numerusform>%Ln deltagare</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="494" />
      <source>Page %1 of %2</source>
      <translation>Sida %1 av %2</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="526" />
      <source>List</source>
      <translation>Lista</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="203" />
      <source>Absent</source>
      <translation>Frånvarande</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="205" />
      <source>Checked in %1</source>
      <translation>Incheckad %1</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="208" />
      <source>Present</source>
      <translation>Närvarande</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="456" />
      <source>Session %1</source>
      <translation>Tillfälle %1</translation>
    </message>
  </context>
  <context>
    <name>Profile</name>
    <message>
      <location filename="../../desktop/people/profile.py" line="79" />
      <source>Approval requested</source>
      <translation>Godkännande begärt</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="80" />
      <source>Reminder sent</source>
      <translation>Påminnelse skickad</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="81" />
      <source>Registration approved</source>
      <translation>Kursregistrering godkänd</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="82" />
      <source>Approval removed</source>
      <translation>Godkännande borttaget</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="83" />
      <source>Alumni decision</source>
      <translation>Alumnbeslut</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="84" />
      <source>E-mail sent</source>
      <translation>E-post skickad</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="85" />
      <source>Note</source>
      <translation>Anteckning</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="86" />
      <source>Profiles merged</source>
      <translation>Personprofiler sammanslagna</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="97" />
      <source>Work</source>
      <translation>Arbete</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="98" />
      <source>Private</source>
      <translation>Privat</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="99" />
      <source>Mobile</source>
      <translation>Mobil</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="94" />
      <source>Not requested</source>
      <extracomment>The stored codes the profile shows in words: approval states, and the kinds of e-mail addresses and phone numbers (``PersonEmail.kind``, ``PersonPhone.kind``).</extracomment>
      <translation>Ej begärt</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="87" />
      <source>Internal note</source>
      <translation>Intern notering</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="88" />
      <source>Internal note withdrawn</source>
      <translation>Intern notering tillbakadragen</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="89" />
      <source>Consent withdrawn</source>
      <translation>Samtycke återkallat</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="95" />
      <source>Waiting for approval</source>
      <translation>Väntar på godkännande</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="96" />
      <source>Approved</source>
      <translation>Godkänd</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="101" />
      <source>Waiting list</source>
      <translation>Väntelista</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="102" />
      <source>Offered a place</source>
      <translation>Erbjuden plats</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="103" />
      <source>For review</source>
      <translation>Väntar på granskning</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="105" />
      <source>the terms</source>
      <translation>villkoren</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="106" />
      <source>processing of personal data</source>
      <translation>behandling av personuppgifter</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="107" />
      <source>the link in the mail</source>
      <translation>länken i e-postmeddelandet</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="108" />
      <source>staff</source>
      <translation>personalen</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="115" />
      <source>Only administrators and alumni officers see personal identity numbers</source>
      <extracomment>What a field the signed-in user's roles may not read shows instead of its value.</extracomment>
      <translation>Endast administratörer och alumnihandläggare ser personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="118" />
      <source>Only administrators and alumni officers see birth dates</source>
      <translation>Endast administratörer och alumnihandläggare ser födelsedatum</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="122" />
      <source>Only administrators and alumni officers see this field</source>
      <translation>Endast administratörer och alumnihandläggare ser det här fältet</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="133" />
      <source>Cancelled</source>
      <translation>Avbokad</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="158" />
      <source>As manager of %1 (%2)</source>
      <extracomment>The activities of a registration's approval, whose subject names the participant, and its internal notes: on the manager's timeline they say whose registration it is.</extracomment>
      <translation>Som godkännande chef för %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="172" />
      <source>Round</source>
      <translation>Utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="173" />
      <source>Starts</source>
      <translation>Startar</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="174" />
      <source>Role</source>
      <translation>Roll</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="176" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="178" />
      <source>Approved via e-mail</source>
      <translation>Godkänt via e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="181" />
      <source>When</source>
      <translation>När</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="182" />
      <source>What</source>
      <translation>Vad</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="183" />
      <source>Subject</source>
      <translation>Ämne</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="184" />
      <source>By</source>
      <translation>Av</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="185" />
      <source>Message</source>
      <translation>Meddelande</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="226" />
      <source>First name</source>
      <translation>Förnamn</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="227" />
      <source>Last name</source>
      <translation>Efternamn</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="228" />
      <source>Personnummer</source>
      <translation>Personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="229" />
      <source>Birth date</source>
      <translation>Födelsedatum</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="230" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="231" />
      <source>Street</source>
      <translation>Gatuadress</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="232" />
      <source>Postal code</source>
      <translation>Postnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="233" />
      <source>City</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="234" />
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="333" />
      <source>E-mail</source>
      <extracomment>The Save / Discard / Cancel question before unsaved changes would be lost.</extracomment>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="486" />
      <source>Kind</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="487" />
      <source>Main</source>
      <translation>Huvudkontakt</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="753" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="754" />
      <source>Notes</source>
      <translation>Anteckningar</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="360" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
  </context>
  <context>
    <name>RecipientDialog</name>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="62" />
      <source>New notification recipient</source>
      <translation>Ny aviseringsmottagare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="63" />
      <source>Edit notification recipient</source>
      <translation>Ändra aviseringsmottagare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="68" />
      <source>Nobody chosen</source>
      <translation>Ingen vald</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="68" />
      <source>Choose the recipient</source>
      <translation>Välj mottagaren</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="71" />
      <location filename="../../desktop/admin/recipients.py" line="74" />
      <source>Person:</source>
      <translation>Person:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="75" />
      <source>Such as Course administrator</source>
      <translation>Till exempel Kursadministratör</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="75" />
      <source>Role:</source>
      <translation>Roll:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="77" />
      <location filename="../../desktop/admin/recipients.py" line="109" />
      <source>No login</source>
      <translation>Ingen inloggning</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="79" />
      <source>A user (the list needs a connection)</source>
      <translation>En användare (listan kräver anslutning)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="81" />
      <source>Login:</source>
      <translation>Inloggning:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="85" />
      <source>The person's e-mail addresses and phone numbers are used: change them on the person's profile.</source>
      <translation>Personens e-postadresser och telefonnummer används: ändra dem i personens profil.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="93" />
      <source>Choose a person</source>
      <translation>Välj en person</translation>
    </message>
  </context>
  <context>
    <name>Recipients</name>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="34" />
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="35" />
      <source>No</source>
      <translation>Nej</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="39" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="40" />
      <source>Role</source>
      <translation>Roll</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="41" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="42" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="45" />
      <source>Login</source>
      <translation>Inloggning</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="48" />
      <source>A user with a login gets SMS at the phone they registered</source>
      <translation>En användare med inloggning får sms till den telefon hen har registrerat</translation>
    </message>
  </context>
  <context>
    <name>RecipientsWindow</name>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="260" />
      <source>Notification recipients</source>
      <translation>Aviseringsmottagare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="261" />
      <source>No static recipients yet: New… adds a person who gets notifications.</source>
      <translation>Inga statiska mottagare ännu: Ny… lägger till en person som får aviseringar.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="265" />
      <source>Static recipients get what a binding sends to static recipients, by e-mail and SMS as the binding says.</source>
      <translation>Statiska mottagare får det som en koppling skickar till statiska mottagare, med e-post och sms som kopplingen anger.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="270" />
      <source>The person gets no more notifications</source>
      <translation>Personen får inga fler aviseringar</translation>
    </message>
  </context>
  <context>
    <name>Refunds</name>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="44" />
      <source>To pay</source>
      <translation>Att betala</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="45" />
      <source>Asked of the card provider</source>
      <translation>Begärd hos kortleverantören</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="46" />
      <source>Refused by the card provider</source>
      <translation>Nekad av kortleverantören</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="47" />
      <source>Paid</source>
      <translation>Betald</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="50" />
      <source>Bank transfer</source>
      <translation>Banköverföring</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="51" />
      <source>Card (%1)</source>
      <translation>Kort (%1)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="55" />
      <source>Since</source>
      <translation>Sedan</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="56" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="57" />
      <source>Amount</source>
      <translation>Belopp</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="58" />
      <source>How</source>
      <translation>Hur</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="59" />
      <source>State</source>
      <translation>Läge</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="62" />
      <source>Note</source>
      <translation>Anteckning</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="63" />
      <source>The card provider's reason, or the bank account it was paid to</source>
      <translation>Kortleverantörens skäl, eller bankkontot det betalades till</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="70" />
      <source>Credit paid out</source>
      <translation>Tillgodohavande utbetalt</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="250" />
      <source>Loading refunds</source>
      <translation>Hämtar återbetalningar</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="298" />
      <source>Marking refund paid</source>
      <translation>Markerar återbetalning som betald</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="336" />
      <source>Asking the card provider</source>
      <translation>Frågar kortleverantören</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="364" />
      <source>Loading credit balances</source>
      <translation>Hämtar tillgodohavanden</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="374" />
      <source>Paying out credit</source>
      <translation>Betalar ut tillgodohavande</translation>
    </message>
  </context>
  <context>
    <name>RefundsWindow</name>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="213" />
      <source>Refunds</source>
      <translation>Återbetalningar</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="220" />
      <source>Mark as &amp;paid…</source>
      <translation>Markera som &amp;betald…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="223" />
      <source>The chosen refund was paid from the bank: book it and tell the person</source>
      <translation>Den valda återbetalningen är betald från banken: bokför den och meddela personen</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="226" />
      <source>Refund by &amp;card</source>
      <translation>Återbetala via &amp;kort</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="229" />
      <source>Ask the card provider the booking was paid with to pay it back</source>
      <translation>Be kortleverantören som bokningen betalades med att betala tillbaka</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="232" />
      <source>Pay out &amp;credit…</source>
      <translation>Betala ut &amp;tillgodohavande…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="235" />
      <source>Pay out a person's credit balance on their request</source>
      <translation>Betala ut en persons tillgodohavande på personens begäran</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="239" />
      <source>Refund actions</source>
      <translation>Åtgärder för återbetalningar</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="241" />
      <source>Filter by person, amount or state…</source>
      <translation>Filtrera på person, belopp eller läge…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="258" />
      <source>No money is owed back to anyone.</source>
      <translation>Inga pengar ska betalas tillbaka till någon.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="294" />
      <source>%1 to %2 is marked paid; the notice is on its way.</source>
      <translation>%1 till %2 är markerad som betald; meddelandet är på väg.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="317" />
      <source>The card provider refused the refund: %1</source>
      <translation>Kortleverantören nekade återbetalningen: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="325" />
      <source>%1 asked to pay %2 back to %3; it is booked when the provider confirms it.</source>
      <translation>%1 ombedd att betala tillbaka %2 till %3; det bokförs när leverantören bekräftar det.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="370" />
      <source>%1 of %2's credit is paid out; the notice is on its way.</source>
      <translation>%1 av tillgodohavandet för %2 är utbetalt; meddelandet är på väg.</translation>
    </message>
  </context>
  <context>
    <name>RegisterExtract</name>
    <message>
      <location filename="../../desktop/people/extract.py" line="66" />
      <source>The register extract is made by the server: connect to it.</source>
      <extracomment>Both files were written (their paths).</extracomment>
      <translation>Registerutdraget görs av servern: anslut till den.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/extract.py" line="74" />
      <source>Register extract %1 %2</source>
      <translation>Registerutdrag %1 %2</translation>
    </message>
    <message>
      <location filename="../../desktop/people/extract.py" line="78" />
      <source>Save the register extract</source>
      <translation>Spara registerutdraget</translation>
    </message>
    <message>
      <location filename="../../desktop/people/extract.py" line="80" />
      <source>PDF, with the JSON copy beside it (*.pdf)</source>
      <translation>PDF, med JSON-kopian bredvid (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop/people/extract.py" line="96" />
      <source>Replace the file?</source>
      <translation>Ersätta filen?</translation>
    </message>
    <message>
      <location filename="../../desktop/people/extract.py" line="98" />
      <source>%1 already exists beside it. Replace it with the extract's JSON copy?</source>
      <translation>%1 finns redan bredvid. Vill du ersätta den med utdragets JSON-kopia?</translation>
    </message>
    <message>
      <location filename="../../desktop/people/extract.py" line="111" />
      <source>Asking the server for the register extract…</source>
      <translation>Ber servern om registerutdraget…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/extract.py" line="121" />
      <source>Register extract saved: %1</source>
      <translation>Registerutdraget sparat: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/people/extract.py" line="125" />
      <source>No register extract: %1</source>
      <translation>Inget registerutdrag: %1</translation>
    </message>
  </context>
  <context>
    <name>RegistrationDetailPane</name>
    <message>
      <location filename="../../desktop/participants/detail.py" line="58" />
      <source>Select a registration to see it here.</source>
      <extracomment>"Preview manager page" was clicked for the registration shown. "Send again…" was clicked: the approval mail of the registration shown failed. Counts the loads asked for: only the newest one's result is shown.</extracomment>
      <translation>Välj en kursregistrering för att se den här.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="66" />
      <source>Participant</source>
      <translation>Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="67" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="68" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="69" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="70" />
      <source>Round</source>
      <translation>Utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="71" />
      <source>Dates</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="72" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="74" />
      <source>Why it waits</source>
      <translation>Varför den väntar</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="75" />
      <source>Partner</source>
      <translation>Partner</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="76" />
      <source>Approving manager</source>
      <translation>Godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="77" />
      <source>Manager's e-mail</source>
      <translation>Chefens e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="78" />
      <source>Approval requested</source>
      <translation>Godkännande begärt</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="79" />
      <source>Approved</source>
      <translation>Godkänd</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="80" />
      <source>Approved via e-mail</source>
      <translation>Godkänt via e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="81" />
      <source>Approval mail</source>
      <translation>Begäran per e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="97" />
      <source>Changed here; waits to be sent to the server.</source>
      <translation>Ändrad här; väntar på att skickas till servern.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="101" />
      <source>Preview manager page…</source>
      <translation>Förhandsgranska chefens sida…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="104" />
      <source>The approving manager's page as the manager sees it (needs a connection)</source>
      <translation>Den godkännande chefens sida så som chefen ser den (kräver anslutning)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="275" />
      <source>Failed: %1</source>
      <translation>Misslyckades: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="277" />
      <source>Send again…</source>
      <translation>Skicka igen…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="267" />
      <source>Sent %1</source>
      <extracomment>The registration's internal notes (seed 000), under its fields. The newest approval mail of the registration shown, as the server has it (administrators only: the delivery records name every recipient). The registration whose approval mail the pane last finished asking about (or found nothing to ask: not an administrator, offline, never requested).</extracomment>
      <translation>Skickat %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="269" />
      <source>Waiting to be sent (queued %1)</source>
      <translation>Väntar på att skickas (köat %1)</translation>
    </message>
  </context>
  <context>
    <name>RegistrationOps</name>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="124" />
      <source>the registration is cancelled</source>
      <extracomment>The registrations of ``refused``, in the same order. Why skipped, as a code: "cancelled", "approved" or "no_recipient" (None: not skipped). When the last request (or reminder) was sent; None before the first. A reminder sooner than the minimum gap after the last request: held back unless the user chooses to send it anyway.</extracomment>
      <translation>kursregistreringen är avbokad</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="127" />
      <source>already approved by %1</source>
      <translation>redan godkänd av %1</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="132" />
      <source>no approving manager with an e-mail address</source>
      <translation>ingen godkännande chef med e-postadress</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="200" />
      <source>Sending approval requests</source>
      <translation>Skickar förfrågningar om godkännande</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="205" />
      <source>Moving to the waiting list</source>
      <translation>Flyttar till väntelistan</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="208" />
      <source>Giving places from the waiting list</source>
      <translation>Ger platser från väntelistan</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="255" />
      <source>Setting the approving manager</source>
      <translation>Kopplar godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="203" />
      <source>Removing approvals</source>
      <translation>Tar bort godkännanden</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="204" />
      <source>Cancelling registrations</source>
      <translation>Avbokar kursregistreringar</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="334" />
      <source>Adding a registration</source>
      <translation>Lägger till en kursregistrering</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registration_notes.py" line="59" />
      <source>Adding a note</source>
      <extracomment>Written or withdrawn here and not yet on the server.</extracomment>
      <translation>Lägger till en notering</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registration_notes.py" line="69" />
      <source>Withdrawing a note</source>
      <translation>Drar tillbaka en notering</translation>
    </message>
  </context>
  <context>
    <name>Reminders</name>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="39" />
      <source>Reminded</source>
      <translation>Påmind</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="40" />
      <source>For collection</source>
      <translation>För inkasso</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="53" />
      <source>Invoice</source>
      <translation>Faktura</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="54" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="55" />
      <source>OCR</source>
      <translation>OCR</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="56" />
      <source>Due</source>
      <translation>Förfallodag</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="59" />
      <source>Reminder</source>
      <translation>Påminnelse</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="61" />
      <source>The last reminder sent: 1 or 2</source>
      <translation>Den senast skickade påminnelsen: 1 eller 2</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="63" />
      <source>Reminded on</source>
      <translation>Påmind den</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="66" />
      <source>Left to pay</source>
      <translation>Kvar att betala</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="67" />
      <source>What is left of the invoice's amount</source>
      <translation>Det som återstår av fakturans belopp</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="69" />
      <source>Fees</source>
      <translation>Avgifter</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="70" />
      <source>Interest</source>
      <translation>Ränta</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="73" />
      <source>To pay</source>
      <translation>Att betala</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="74" />
      <source>Left to pay, the reminder fees and the late interest</source>
      <translation>Kvar att betala, påminnelseavgifterna och dröjsmålsräntan</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="78" />
      <source>Stage</source>
      <translation>Läge</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="91" />
      <source>Loading reminders</source>
      <translation>Hämtar påminnelser</translation>
    </message>
  </context>
  <context>
    <name>RemindersWindow</name>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="98" />
      <source>Reminders</source>
      <translation>Påminnelser</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="122" />
      <source>Reminded and for collection</source>
      <extracomment>The selected invoice's person's profile is asked for (Return, a double click). Every reminded invoice from the server (the Show choice narrows the model).</extracomment>
      <translation>Påminda och för inkasso</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="123" />
      <source>For collection only</source>
      <translation>Bara för inkasso</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="124" />
      <source>Show</source>
      <translation>Visa</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="126" />
      <source>&amp;Show:</source>
      <translation>&amp;Visa:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="131" />
      <source>Open &amp;profile</source>
      <translation>Öppna &amp;profil</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="134" />
      <source>The person's profile: their account, bookings and contact details</source>
      <translation>Personens profil: konto, bokningar och kontaktuppgifter</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="136" />
      <source>Open profile</source>
      <translation>Öppna profil</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="139" />
      <source>Reminder actions</source>
      <translation>Åtgärder för påminnelser</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="141" />
      <source>Filter by invoice number, person or OCR…</source>
      <translation>Filtrera på fakturanummer, person eller OCR…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="174" />
      <source>No reminded invoice matches the filter.</source>
      <translation>Ingen påmind faktura matchar filtret.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="176" />
      <source>No invoice is on the collection list.</source>
      <translation>Ingen faktura går till inkasso.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="177" />
      <source>No invoice is reminded and unpaid.</source>
      <translation>Ingen faktura är påmind och obetald.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="198" />
      <source>%1 reminded · %2 for collection · %3 to pay</source>
      <translation>%1 påminda · %2 för inkasso · %3 att betala</translation>
    </message>
  </context>
  <context>
    <name>RemoveApprovalDialog</name>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="332" />
      <location filename="../../desktop/participants/dialogs.py" line="343" />
      <source>Remove approval</source>
      <translation>Ta bort godkännande</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="335" />
      <source>Remove the approval of %1? The approving manager can approve again; the removal and its reason are recorded.</source>
      <translation>Ta bort godkännandet för %1? Den godkännande chefen kan godkänna igen; borttagningen och skälet sparas.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="340" />
      <location filename="../../desktop/participants/dialogs.py" line="345" />
      <source>Reason</source>
      <translation>Skäl</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="340" />
      <source>Why is the approval removed?</source>
      <translation>Varför tas godkännandet bort?</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="354" />
      <source>Give a reason of a few words.</source>
      <translation>Ange ett skäl med några ord.</translation>
    </message>
  </context>
  <context>
    <name>RequestApproval</name>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="51" />
      <source>Participant</source>
      <translation>Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="52" />
      <source>Approving manager</source>
      <translation>Godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="53" />
      <source>Sent to</source>
      <translation>Skickas till</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="54" />
      <source>What</source>
      <translation>Vad</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="62" />
      <source>cancelled</source>
      <extracomment>How many people a confirmation names before "and 12 more".</extracomment>
      <translation>avbokad</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="63" />
      <source>already approved</source>
      <translation>redan godkänd</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="64" />
      <source>no manager's e-mail address</source>
      <translation>chefens e-postadress saknas</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="65" />
      <source>reminder too soon</source>
      <translation>påminnelse för tidigt</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="89" />
      <source>Not connected to a server: the requests are saved now and the e-mails are sent when this database syncs with the server.</source>
      <translation>Inte ansluten till en server: förfrågningarna sparas nu och mejlen skickas när databasen synkar med servern.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="94" />
      <source>You are offline: the requests are saved now and the e-mails are sent when the connection is back.</source>
      <translation>Du är offline: förfrågningarna sparas nu och mejlen skickas när anslutningen är tillbaka.</translation>
    </message>
  </context>
  <context>
    <name>RequestApprovalDialog</name>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="130" />
      <source>Send request to approving manager</source>
      <extracomment>What was queued and skipped, once sent (also shown in the window's status bar). The "send this many e-mails?" question, while it is open.</extracomment>
      <translation>Skicka förfrågan till godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="131" />
      <source>Checking the selected registrations…</source>
      <translation>Kontrollerar de valda kursregistreringarna…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/dialogs.py" line="138" />
      <source>Send reminders also where the last request is less than %n day(s) old</source>
      <translation>
        <numerusform>Skicka påminnelser även där senaste förfrågan är mindre än %Ln dag gammal</numerusform>
        <numerusform>Skicka påminnelser även där senaste förfrågan är mindre än %Ln dagar gammal</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="147" />
      <source>Optional message, shown in the e-mail above the link</source>
      <translation>Valfritt meddelande, visas i mejlet ovanför länken</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="149" />
      <source>Message to the approving manager</source>
      <translation>Meddelande till godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="160" />
      <source>Send</source>
      <translation>Skicka</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="171" />
      <source>Message (optional)</source>
      <translation>Meddelande (valfritt)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="190" />
      <source>Skipped: %1</source>
      <translation>Hoppas över: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="195" />
      <source>Held back: last sent %1</source>
      <translation>Väntar: senast skickad %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="197" />
      <source>Again: the last one (%1) could not be delivered</source>
      <translation>Igen: den förra (%1) kunde inte levereras</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/dialogs.py" line="199" />
      <source>Reminder; last sent %1 (%n sent before)</source>
      <translation>
        <numerusform>Påminnelse; senast skickad %1 (%Ln skickad tidigare)</numerusform>
        <numerusform>Påminnelse; senast skickad %1 (%Ln skickade tidigare)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="202" />
      <source>Request</source>
      <translation>Förfrågan</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="223" />
      <source>Requests: %1 · Reminders: %2 · Skipped: %3</source>
      <translation>Förfrågningar: %1 · Påminnelser: %2 · Hoppas över: %3</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="257" />
      <source>Send many e-mails</source>
      <translation>Skicka många mejl</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/dialogs.py" line="258" />
      <source>Send %n e-mail(s) to approving managers?</source>
      <translation>
        <numerusform>Skicka %Ln mejl till godkännande chefer?</numerusform>
        <numerusform>Skicka %Ln mejl till godkännande chefer?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="263" />
      <source>Each registration's approving manager gets one e-mail; it cannot be recalled.</source>
      <translation>Varje kursregistrerings godkännande chef får ett mejl; det går inte att ta tillbaka.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/dialogs.py" line="267" />
      <source>Send %n e-mail(s)</source>
      <translation>
        <numerusform>Skicka %Ln mejl</numerusform>
        <numerusform>Skicka %Ln mejl</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="269" />
      <source>Don't send</source>
      <translation>Skicka inte</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="286" />
      <source>Queued for sending: requests %1, reminders %2.</source>
      <translation>Köade för att skickas: förfrågningar %1, påminnelser %2.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="292" />
      <source>Skipped: %1 (%2).</source>
      <translation>Hoppas över: %1 (%2).</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="296" />
      <source>Refused: %1.</source>
      <translation>Nekade: %1.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="309" />
      <source>Not sent:</source>
      <translation>Inte skickat:</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="314" />
      <source>Close</source>
      <translation>Stäng</translation>
    </message>
  </context>
  <context>
    <name>Retention</name>
    <message>
      <location filename="../../desktop/admin/retention.py" line="39" />
      <source>denied alumni registrations</source>
      <extracomment>How many of the last runs the window lists. Each rule as a run's count names it.</extracomment>
      <translation>avslagna alumnregistreringar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="42" />
      <source>mail and SMS texts</source>
      <translation>e-post- och sms-texter</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="43" />
      <source>expired links, sessions and codes</source>
      <translation>utgångna länkar, sessioner och koder</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="46" />
      <source>audit events</source>
      <translation>granskningshändelser</translation>
    </message>
  </context>
  <context>
    <name>RetentionDialog</name>
    <message>
      <location filename="../../desktop/admin/retention.py" line="76" />
      <source>Retention</source>
      <translation>Gallring</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="79" />
      <source> months after the decision</source>
      <translation> månader efter beslutet</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="80" />
      <source> days after sending</source>
      <translation> dagar efter utskick</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="81" />
      <source> days after expiry</source>
      <translation> dagar efter att de gått ut</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="82" />
      <source> years</source>
      <translation> år</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="85" />
      <source>Denied alumni registrations:</source>
      <translation>Avslagna alumnregistreringar:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="86" />
      <source>Texts of mails and SMS sent:</source>
      <translation>Texter i skickad e-post och sms:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="87" />
      <source>Expired links, sessions and codes:</source>
      <translation>Utgångna länkar, sessioner och koder:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="88" />
      <source>Audit events:</source>
      <translation>Granskningshändelser:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="98" />
      <source>Kansli removes these every night, and lists here what each run removed. Kept regardless: signatures (as long as their order), invoices and payments (as bookkeeping law requires), consents with their withdrawals. See docs/PRIVACY.md.</source>
      <translation>Kansli tar bort detta varje natt och visar här vad varje körning tog bort. Sparas oavsett: underskrifter (så länge beställningen finns), fakturor och betalningar (enligt bokföringslagen), samtycken med sina återkallelser. Se docs/PRIVACY.md.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="121" />
      <source>No run yet: the first runs tonight.</source>
      <translation>Ingen körning än: den första körs i natt.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="122" />
      <source>Last runs:</source>
      <translation>Senaste körningarna:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="128" />
      <source>%1 — removed: %2</source>
      <translation>%1 — borttaget: %2</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="139" />
      <source>change of the retention rules</source>
      <translation>ändring av gallringsreglerna</translation>
    </message>
  </context>
  <context>
    <name>ReturningWindow</name>
    <message>
      <location filename="../../desktop/courses/returning.py" line="59" />
      <source>Per course</source>
      <extracomment>The groupings to choose, by key: (the choice, the first column's header).</extracomment>
      <translation>Per kurs</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="60" />
      <source>Course</source>
      <translation>Kurs</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="63" />
      <source>Per category</source>
      <translation>Per kategori</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="64" />
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="83" />
      <source>%1 of %2 (%3 %)</source>
      <extracomment>The tables whose changes count again. The chart's lines: the selected row's, every course's.</extracomment>
      <translation>%1 av %2 (%3 %)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="102" />
      <source>No category</source>
      <translation>Ingen kategori</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="103" />
      <location filename="../../desktop/courses/returning.py" line="372" />
      <source>All courses</source>
      <translation>Alla kurser</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="140" />
      <location filename="../../desktop/courses/returning.py" line="435" />
      <location filename="../../desktop/courses/returning.py" line="444" />
      <location filename="../../desktop/courses/returning.py" line="449" />
      <source>Returning participants</source>
      <translation>Återkommande deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="146" />
      <source>Per</source>
      <translation>Per</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="147" />
      <source>&amp;Show:</source>
      <translation>&amp;Visa:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="149" />
      <source>&amp;Print…</source>
      <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="150" />
      <source>&amp;Export…</source>
      <translation>E&amp;xportera…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="158" />
      <source>Nobody has taken part in a course yet.</source>
      <translation>Ingen har deltagit i någon kurs än.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="169" />
      <source>Returning participants per term</source>
      <translation>Återkommande deltagare per termin</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="170" />
      <source>Came from</source>
      <translation>Kom från</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="171" />
      <source>Came back</source>
      <translation>Kom tillbaka</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="181" />
      <source>A participant returns when they took part in any course in an earlier term; a person is counted once per row and term, a merged duplicate as the person kept. Taking part: a place on a round that was not cancelled.</source>
      <translation>En deltagare är återkommande när hen deltog i någon kurs en tidigare termin; en person räknas en gång per rad och termin, en sammanslagen dubblett som personen som behölls. Att delta: en plats på en kursomgång som inte ställdes in.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="209" />
      <source>Close</source>
      <translation>Stäng</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="231" />
      <source>Counting returning participants</source>
      <translation>Räknar återkommande deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="257" />
      <location filename="../../desktop/courses/returning.py" line="328" />
      <source>All terms</source>
      <translation>Alla terminer</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="321" />
      <source>&lt;b&gt;Came from&lt;/b&gt; (returning participants of %1 by earlier course)</source>
      <translation>&lt;b&gt;Kom från&lt;/b&gt; (återkommande deltagare i %1 per tidigare kurs)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="326" />
      <source>&lt;b&gt;Came back&lt;/b&gt; (of each term's participants, those in a later term)</source>
      <translation>&lt;b&gt;Kom tillbaka&lt;/b&gt; (av varje termins deltagare, de som deltog en senare termin)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="329" />
      <source>Earlier course</source>
      <translation>Tidigare kurs</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="332" />
      <source>Term</source>
      <translation>Termin</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="332" />
      <source>Participants</source>
      <translation>Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="365" />
      <source>Share of participants returning (%)</source>
      <translation>Andel återkommande deltagare (%)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="410" />
      <source>participants</source>
      <translation>deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="410" />
      <source>returning</source>
      <translation>återkommande</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="410" />
      <source>share</source>
      <translation>andel</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="434" />
      <source>Returning of the participants per term</source>
      <translation>Återkommande deltagare per termin</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="444" />
      <source>Export the report</source>
      <translation>Exportera rapporten</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="452" />
      <source>Saved %1.</source>
      <translation>Sparade %1.</translation>
    </message>
  </context>
  <context>
    <name>ReverseDialog</name>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="142" />
      <location filename="../../desktop/alumni/dialogs.py" line="163" />
      <source>Reverse decision</source>
      <translation>Häv beslut</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="146" />
      <source>The decision on &lt;b&gt;%1&lt;/b&gt; (%2) has reached the server. Reverse it? The item goes back to the manual queue; an approval's membership and the contact details it added are taken back.</source>
      <translation>Beslutet om &lt;b&gt;%1&lt;/b&gt; (%2) har redan nått servern. Vill du häva det? Ärendet går tillbaka till den manuella kön; ett godkännandes medlemskap och de kontaktuppgifter det lade till tas bort.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="150" />
      <source>this alumnus</source>
      <translation>den här alumnen</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="154" />
      <source>&amp;Reason:</source>
      <translation>&amp;Skäl:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="156" />
      <source>Why is the decision reversed?</source>
      <translation>Varför hävs beslutet?</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="157" />
      <source>Reason for the reversal</source>
      <translation>Skäl till att beslutet hävs</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="159" />
      <source>Give a reason for the reversal.</source>
      <translation>Ange ett skäl till att beslutet hävs.</translation>
    </message>
  </context>
  <context>
    <name>Review</name>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="43" />
      <source>Has not completed {course}</source>
      <extracomment>The reasons a booking gives (``models.prerequisites.Reason``), by code: their values fill in ``{course}`` (the required course's name) and ``{amount}`` (kronor).</extracomment>
      <translation>Har inte gått {course}</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="44" />
      <source>Fees overdue: {amount}</source>
      <translation>Förfallna avgifter: {amount}</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="127" />
      <source>acceptance of %1</source>
      <translation>beslutet att godta %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="129" />
      <source>decline of %1</source>
      <translation>beslutet att avslå %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="176" />
      <source>Participant</source>
      <extracomment>The participant's profile is asked for (Return, a double click, Open profile).</extracomment>
      <translation>Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="177" />
      <source>Course</source>
      <translation>Utbildning</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="178" />
      <source>Round</source>
      <translation>Utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="183" />
      <source>Why it waits</source>
      <translation>Varför den väntar</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="179" />
      <source>Signed up</source>
      <translation>Anmäld</translation>
    </message>
  </context>
  <context>
    <name>ReviewWindow</name>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="195" />
      <source>Sign-ups for review</source>
      <translation>Anmälningar att granska</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="197" />
      <source>No sign-ups wait for review: every booking met the course's checks.</source>
      <translation>Inga anmälningar väntar på granskning: varje bokning klarade utbildningens kontroller.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="232" />
      <source>A sign-up waits here when the participant has not completed a course the round requires, or has fees overdue. Accept gives a place (the waiting list when the round is full) and charges the booking; Decline cancels it. Keys: A accept, D decline, U undo.</source>
      <translation>En anmälan väntar här när deltagaren inte har gått en utbildning som omgången kräver, eller har förfallna avgifter. Godta ger en plats (väntelistan när omgången är full) och debiterar bokningen; Avslå avbokar den. Tangenter: A godta, D avslå, U ångra.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="161" />
      <source>Accepted: %1 has a place.</source>
      <extracomment>What the message says about a registration after its acceptance, by its status.</extracomment>
      <translation>Godtagen: %1 har fått en plats.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="162" />
      <source>Accepted: %1 is on the waiting list (the round is full).</source>
      <translation>Godtagen: %1 står på väntelistan (omgången är full).</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="203" />
      <source>&amp;Accept</source>
      <extracomment>The row to choose once the list is reloaded after a decision.</extracomment>
      <translation>&amp;Godta</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="203" />
      <source>Give a place (A)</source>
      <translation>Ge en plats (A)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="206" />
      <source>&amp;Decline…</source>
      <translation>&amp;Avslå…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="206" />
      <source>Cancel the sign-up (D)</source>
      <translation>Avboka anmälan (D)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="208" />
      <location filename="../../desktop/courses/review_list.py" line="253" />
      <source>&amp;Undo</source>
      <translation>&amp;Ångra</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="211" />
      <source>Open &amp;profile</source>
      <translation>Öppna &amp;profil</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="213" />
      <source>The participant's courses and level approvals (Return)</source>
      <translation>Deltagarens gångna utbildningar och nivågodkännanden (Retur)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="215" />
      <source>Open profile</source>
      <translation>Öppna profil</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="217" />
      <source>Accept</source>
      <translation>Godta</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="218" />
      <source>Decline</source>
      <translation>Avslå</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="219" />
      <source>Undo</source>
      <translation>Ångra</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="253" />
      <source>&amp;Undo %1</source>
      <translation>&amp;Ångra %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="293" />
      <source>Accepted: %1.</source>
      <translation>Godtagen: %1.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="295" />
      <source>Declined: %1.</source>
      <translation>Avslagen: %1.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="296" />
      <source>U takes it back while it is not sent.</source>
      <translation>U ångrar beslutet så länge det inte är skickat.</translation>
    </message>
  </context>
  <context>
    <name>RoleChoice</name>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="63" />
      <source>Roles</source>
      <extracomment>The label of a sign-in on the staff web sign-in page (the server's ``server.services.auth.WEB_SIGN_IN_LABEL``).</extracomment>
      <translation>Roller</translation>
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <location filename="../../desktop/admin/texts.py" line="22" />
      <source>Administrator</source>
      <extracomment>Role code -&gt; English name (context "Roles"), in the order the dialogs list them.</extracomment>
      <translation>Administratör</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="23" />
      <source>Course administrator</source>
      <translation>Kursadministratör</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="24" />
      <source>Alumni officer</source>
      <translation>Alumnihandläggare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="25" />
      <source>Agent case handler</source>
      <translation>Handläggare (agent)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="26" />
      <source>Attestant</source>
      <translation>Attestant</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="27" />
      <source>Treasurer</source>
      <translation>Kassör</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="28" />
      <source>Service desk</source>
      <translation>Kundservice</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="29" />
      <source>Viewer (read only)</source>
      <translation>Läsare (endast läsning)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="34" />
      <source>Everything, including users, rules and personal data</source>
      <extracomment>What each role may do, for the role check boxes' tips.</extracomment>
      <translation>Allt, även användare, regler och personuppgifter</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="37" />
      <source>Courses, rounds, registrations and approval requests</source>
      <translation>Kurser, utbildningsomgångar, kursregistreringar och begäran om godkännande</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="40" />
      <source>The alumni queue, student records and personal data</source>
      <translation>Alumnikön, studieregistret och personuppgifter</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="43" />
      <source>Reviews and approves agent orders</source>
      <translation>Granskar och godkänner agentbeställningar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="44" />
      <source>Signs (attests) agent orders</source>
      <translation>Signerar (attesterar) agentbeställningar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="45" />
      <source>Payments, invoices, reminders, accounting settings and the SIE export</source>
      <translation>Betalningar, fakturor, påminnelser, bokföringsinställningar och SIE-exporten</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="48" />
      <source>Works the service desk's cases of attested agent orders</source>
      <translation>Arbetar med kundservicens ärenden för attesterade beställningar via agent</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="51" />
      <source>Sees the lists, changes nothing</source>
      <translation>Ser listorna, ändrar ingenting</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="57" />
      <source>Agent administrator</source>
      <extracomment>An agent organisation's administrator (an ``admin`` membership in the agent): named where a user's roles are listed, never offered among the tenant's roles.</extracomment>
      <translation>Agentadministratör</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="64" />
      <source>Other role (%1)</source>
      <translation>Annan roll (%1)</translation>
    </message>
  </context>
  <context>
    <name>RolesDialog</name>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="179" />
      <source>Roles of %1</source>
      <extracomment>(user id, roles)</extracomment>
      <translation>Roller för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="182" />
      <source>A change applies from the user's next sync or page.</source>
      <translation>En ändring gäller från användarens nästa synkronisering eller sida.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="184" />
      <source>Save roles</source>
      <translation>Spara roller</translation>
    </message>
  </context>
  <context>
    <name>RoundDialog</name>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="154" />
      <source>Copy round to a new term</source>
      <translation>Kopiera omgång till ny termin</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="156" />
      <source>New round</source>
      <translation>Ny utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="158" />
      <source>Edit round</source>
      <translation>Redigera utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="174" />
      <source>e.g. HT2027</source>
      <translation>t.ex. HT2027</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="180" />
      <source>YYYY-MM-DD</source>
      <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="185" />
      <source>Not limited</source>
      <translation>Obegränsat</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="191" />
      <source>kronor, e.g. 4 500</source>
      <translation>kronor, t.ex. 4 500</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="193" />
      <source>Name:</source>
      <translation>Namn:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="194" />
      <source>Term:</source>
      <translation>Termin:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="195" />
      <source>Starts:</source>
      <translation>Startar:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="196" />
      <source>Ends:</source>
      <translation>Slutar:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="197" />
      <source>Place:</source>
      <translation>Plats:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="198" />
      <source>Seats:</source>
      <translation>Platser:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="199" />
      <source>Status:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="202" />
      <source>Registration opens:</source>
      <translation>Anmälan öppnar:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="207" />
      <source>Registration closes:</source>
      <translation>Anmälan stänger:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="210" />
      <source>Price (kr):</source>
      <translation>Pris (kr):</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="214" />
      <source>Partner course:</source>
      <translation>Partnerkurs:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="215" />
      <source>Participants sign up in pairs</source>
      <translation>Deltagarna anmäler sig i par</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/courses/dialogs.py" line="224" />
      <source>Copy its %n session(s), moved with the start date</source>
      <extracomment>A copy can take the round's sessions along, moved with the start date.</extracomment>
      <translation>
        <numerusform>Kopiera dess %Ln kurstillfälle, flyttat med startdatumet</numerusform>
        <numerusform>Kopiera dess %Ln kurstillfällen, flyttade med startdatumet</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="229" />
      <source>The sign-up form and the terms are set on the round's page.</source>
      <translation>Anmälningsformuläret och villkoren anges på omgångens sida.</translation>
    </message>
  </context>
  <context>
    <name>RoundPage</name>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="101" />
      <source>Seats</source>
      <extracomment>A tab of the main window that lists rows (:class:`~desktop.common.tab_view.TabView`).</extracomment>
      <translation>Platser</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="102" />
      <source>Registered</source>
      <translation>Anmälda</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="103" />
      <source>Approved</source>
      <translation>Godkända</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="104" />
      <source>Waiting for approval</source>
      <translation>Väntar på godkännande</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="105" />
      <source>Approval not requested</source>
      <translation>Godkännande ej begärt</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="106" />
      <source>Waiting list</source>
      <translation>Väntelista</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="107" />
      <source>For review</source>
      <translation>Väntar på granskning</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="113" />
      <source>Add registration…</source>
      <translation>Lägg till kursregistrering…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="115" />
      <source>Import participants…</source>
      <translation>Importera deltagare…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="117" />
      <source>Add the participants of a CSV or Excel file to this round</source>
      <translation>Lägg till deltagarna i en CSV- eller Excelfil på den här utbildningsomgången</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="120" />
      <source>Send approval requests…</source>
      <translation>Skicka förfrågningar om godkännande…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="122" />
      <source>Ask the approving managers of all registrations not yet approved</source>
      <translation>Fråga godkännande chefer för alla kursregistreringar som ännu inte är godkända</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="125" />
      <source>Sign-up form…</source>
      <translation>Anmälningsformulär…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="127" />
      <source>Texts, questions, preview and publishing of the round's sign-up page</source>
      <translation>Texter, frågor, förhandsvisning och publicering av omgångens anmälningssida</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="130" />
      <source>Print participant list…</source>
      <translation>Skriv ut deltagarlista…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="133" />
      <source>Print attendance sheet…</source>
      <translation>Skriv ut närvarolista…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="136" />
      <source>Attendance…</source>
      <translation>Närvaro…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="138" />
      <source>Who was at each session: mark by hand, totals, a session's sheet</source>
      <translation>Vilka som var på varje tillfälle: markera för hand, summor, ett tillfälles närvarolista</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="141" />
      <source>Send participant list…</source>
      <translation>Skicka deltagarlista…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="143" />
      <source>E-mail links to the participant list and attendance sheet to a customer</source>
      <translation>Mejla länkar till deltagarlistan och närvarolistan till en kund</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="146" />
      <source>Save as PDF</source>
      <translation>Spara som PDF</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="150" />
      <source>Attendance sheet as PDF…</source>
      <translation>Närvarolista som PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="151" />
      <source>Participant list as PDF…</source>
      <translation>Deltagarlista som PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="199" />
      <source>Participants</source>
      <translation>Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="200" />
      <source>Sign-up form</source>
      <translation>Anmälningsformulär</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="202" />
      <source>Sessions</source>
      <translation>Kurstillfällen</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="205" />
      <source>Check-in…</source>
      <translation>Incheckning…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="207" />
      <source>Check participants in at the selected session: scanner, camera or typed</source>
      <translation>Checka in deltagare vid det valda kurstillfället: skanner, kamera eller inskrivet</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="229" />
      <source>Edit round…</source>
      <translation>Redigera omgång…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="231" />
      <source>Copy to a new term…</source>
      <translation>Kopiera till ny termin…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="237" />
      <source>Cancellation terms…</source>
      <translation>Avbokningsvillkor…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="239" />
      <source>Until when a cancellation gets its money back, less which fee, and how</source>
      <translation>Till när en avbokning får pengarna tillbaka, minus vilken avgift, och hur</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="244" />
      <source>&amp;Partner course</source>
      <translation>&amp;Partnerkurs</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="246" />
      <source>Participants sign up in pairs: each booking names the partner</source>
      <translation>Deltagarna anmäler sig i par: varje bokning anger partnern</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="305" />
      <source>This round has no sign-up form.</source>
      <translation>Omgången har inget anmälningsformulär.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="308" />
      <source>No sign-up form. Registrations are added by hand.</source>
      <translation>Inget anmälningsformulär. Kursregistreringar läggs till för hand.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="311" />
      <source>Published</source>
      <translation>Publicerat</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="311" />
      <source>Not published</source>
      <translation>Inte publicerat</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="318" />
      <source>Next session: %1</source>
      <translation>Nästa kurstillfälle: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="359" />
      <source>Registration %1 – %2</source>
      <translation>Anmälan %1 – %2</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="486" />
      <source>Save attendance sheet</source>
      <translation>Spara närvarolista</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="488" />
      <source>Save participant list</source>
      <translation>Spara deltagarlista</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="491" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/courses/round_page.py" line="509" />
      <source>%n page(s) saved as %1</source>
      <translation>
        <numerusform>%Ln sida sparad som %1</numerusform>
        <numerusform>%Ln sidor sparade som %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RowDialog</name>
    <message>
      <location filename="../../desktop/common/row_dialog.py" line="111" />
      <source>Save</source>
      <extracomment>The titles of a new row and of an edited one (source texts in the class's context), used when no title is given. The context of :attr:`titles` ("": the class's name).</extracomment>
      <translation>Spara</translation>
    </message>
  </context>
  <context>
    <name>RowOps</name>
    <message>
      <location filename="../../desktop/operations/rows.py" line="67" />
      <source>creating %1</source>
      <translation>skapandet av %1</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/rows.py" line="78" />
      <source>edit of %1</source>
      <translation>ändringen av %1</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/rows.py" line="88" />
      <source>Saving %1</source>
      <translation>Sparar %1</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/rows.py" line="110" />
      <source>archiving %1</source>
      <translation>arkiveringen av %1</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/rows.py" line="112" />
      <source>restoring %1</source>
      <translation>återställningen av %1</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/rows.py" line="123" />
      <source>Archiving %1</source>
      <translation>Arkiverar %1</translation>
    </message>
  </context>
  <context>
    <name>RowsEditWindow</name>
    <message>
      <location filename="../../desktop/common/rows_window.py" line="221" />
      <source>&amp;New…</source>
      <extracomment>The rows' commands: its dialog's. Changes to their table reload the list too (``watched`` names the others).</extracomment>
      <translation>&amp;Ny…</translation>
    </message>
    <message>
      <location filename="../../desktop/common/rows_window.py" line="222" />
      <source>&amp;Edit…</source>
      <translation>&amp;Ändra…</translation>
    </message>
    <message>
      <location filename="../../desktop/common/rows_window.py" line="224" />
      <location filename="../../desktop/common/rows_window.py" line="246" />
      <source>&amp;Archive</source>
      <translation>&amp;Arkivera</translation>
    </message>
    <message>
      <location filename="../../desktop/common/rows_window.py" line="227" />
      <source>Show archived</source>
      <translation>Visa arkiverade</translation>
    </message>
    <message>
      <location filename="../../desktop/common/rows_window.py" line="231" />
      <source>Edit</source>
      <translation>Ändra</translation>
    </message>
    <message>
      <location filename="../../desktop/common/rows_window.py" line="246" />
      <source>&amp;Restore</source>
      <translation>&amp;Återställ</translation>
    </message>
    <message>
      <location filename="../../desktop/common/rows_window.py" line="253" />
      <source>%1 (archived)</source>
      <translation>%1 (arkiverad)</translation>
    </message>
    <message>
      <location filename="../../desktop/common/rows_window.py" line="283" />
      <source>Archived: %1. Edit › Undo takes it back.</source>
      <translation>Arkiverad: %1. Redigera › Ångra tar tillbaka den.</translation>
    </message>
    <message>
      <location filename="../../desktop/common/rows_window.py" line="285" />
      <source>Restored: %1.</source>
      <translation>Återställd: %1.</translation>
    </message>
  </context>
  <context>
    <name>RowsModel</name>
    <message>
      <location filename="../../desktop/common/rows_model.py" line="52" />
      <source>Yes</source>
      <extracomment>Longer text for the header's tooltip (English source, same context). In an export, these (row key, title) columns of the row's own values instead (a range of dates as a real start and end date).</extracomment>
      <translation>Ja</translation>
    </message>
    <message>
      <location filename="../../desktop/common/rows_model.py" line="53" />
      <source>No</source>
      <translation>Nej</translation>
    </message>
  </context>
  <context>
    <name>RowsWindow</name>
    <message>
      <location filename="../../desktop/common/rows_window.py" line="177" />
      <source>Close</source>
      <extracomment>The row's id (a new one's made up here). What the table says while it lists nothing. The note under the table. The tooltip of Archive. The tables whose changes reload the list. The window's texts; a window may set its own with ``self.tr`` after ``__init__`` instead (its title, :meth:`TableView.set_empty_text`, the hint of :meth:`lay_out`). The list has been shown once.</extracomment>
      <translation>Stäng</translation>
    </message>
    <message>
      <location filename="../../desktop/common/rows_window.py" line="190" />
      <source>Undone: %1</source>
      <translation>Ångrat: %1</translation>
    </message>
  </context>
  <context>
    <name>RulesDialog</name>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="111" />
      <source>Rules for automatic alumni approval</source>
      <extracomment>A rule was saved (queued): its id. The list of rules was (re)loaded.</extracomment>
      <translation>Regler för automatiskt alumngodkännande</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="115" />
      <source>A registration that matches no existing person is approved automatically when every active rule holds on one of the alumnus' student records. The others go to the manual queue.</source>
      <translation>En registrering som inte matchar någon befintlig person godkänns automatiskt när alla aktiva regler uppfylls av en av alumnens studieuppgifter. Övriga går till den manuella kön.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="121" />
      <source>Only administrators can change the rules.</source>
      <translation>Endast administratörer kan ändra reglerna.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="126" />
      <source>Rules</source>
      <translation>Regler</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="128" />
      <source>&amp;Add rule</source>
      <translation>&amp;Lägg till regel</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="129" />
      <source>&amp;Remove</source>
      <translation>&amp;Ta bort</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="131" />
      <source>The rule stops applying; it is kept as inactive and can be turned on again</source>
      <translation>Regeln slutar gälla; den sparas som inaktiv och kan slås på igen</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="139" />
      <source>Kind of rule</source>
      <translation>Typ av regel</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="143" />
      <source>Minimum credits</source>
      <translation>Minsta antal högskolepoäng</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="143" />
      <source>for example 180</source>
      <translation>till exempel 180</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="146" />
      <source>Programmes</source>
      <translation>Program</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="147" />
      <source>One programme code or name per line</source>
      <translation>En programkod eller ett programnamn per rad</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="150" />
      <source>Year</source>
      <translation>År</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="150" />
      <source>for example 2010</source>
      <translation>till exempel 2010</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="152" />
      <source>Description</source>
      <translation>Beskrivning</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="156" />
      <source>Order</source>
      <translation>Beställning</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="157" />
      <source>Active</source>
      <translation>Aktiv</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="161" />
      <source>Kind:</source>
      <translation>Typ:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="165" />
      <source>Credits:</source>
      <translation>Högskolepoäng:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="166" />
      <source>Programmes:</source>
      <translation>Program:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="167" />
      <source>After year:</source>
      <translation>Efter år:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="168" />
      <source>Description:</source>
      <translation>Beskrivning:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="169" />
      <source>Order:</source>
      <translation>Ordning:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="172" />
      <source>&amp;Save rule</source>
      <translation>&amp;Spara regel</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="246" />
      <source>No rules yet: nothing is approved automatically by rules.</source>
      <translation>Inga regler ännu: inget godkänns automatiskt av regler.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="278" />
      <source>New rule</source>
      <translation>Ny regel</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="291" />
      <source>Edit rule</source>
      <translation>Ändra regel</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="327" />
      <source>Credits must be a number from 0 to 1000, for example 180.</source>
      <translation>Högskolepoäng måste vara ett tal från 0 till 1000, till exempel 180.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="335" />
      <source>Give at least one programme.</source>
      <translation>Ange minst ett program.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="345" />
      <source>The year must be a whole year from 1900 to %1.</source>
      <translation>Året måste vara ett helt år från 1900 till %1.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="379" />
      <source>Saved. The change is sent to the server with the next sync.</source>
      <translation>Sparat. Ändringen skickas till servern vid nästa synkronisering.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="381" />
      <source>Saved in the local database.</source>
      <translation>Sparat i den lokala databasen.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="413" />
      <source>Remove rule</source>
      <translation>Ta bort regel</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="415" />
      <source>Remove “%1”? It stops applying to new registrations; it is kept as inactive and can be turned on again.</source>
      <translation>Ta bort ”%1”? Den slutar gälla för nya registreringar; den sparas som inaktiv och kan slås på igen.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="421" />
      <source>Remove</source>
      <translation>Ta bort</translation>
    </message>
  </context>
  <context>
    <name>SavedFile</name>
    <message>
      <location filename="../../desktop/common/saved_file.py" line="26" />
      <source>Saved</source>
      <translation>Sparad</translation>
    </message>
    <message>
      <location filename="../../desktop/common/saved_file.py" line="32" />
      <source>Open</source>
      <translation>Öppna</translation>
    </message>
    <message>
      <location filename="../../desktop/common/saved_file.py" line="35" />
      <source>Show in folder</source>
      <translation>Visa i mappen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/saved_file.py" line="59" />
      <source>Not saved</source>
      <translation>Inte sparad</translation>
    </message>
    <message>
      <location filename="../../desktop/common/saved_file.py" line="60" />
      <source>The file could not be saved:
%1</source>
      <translation>Filen kunde inte sparas:
%1</translation>
    </message>
    <message>
      <location filename="../../desktop/common/saved_file.py" line="66" />
      <source>Reason: %1. Choose another folder or file name and try again.</source>
      <translation>Orsak: %1. Välj en annan mapp eller ett annat filnamn och försök igen.</translation>
    </message>
  </context>
  <context>
    <name>SendParticipantListDialog</name>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="106" />
      <source>Send participant list</source>
      <translation>Skicka deltagarlista</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="108" />
      <source>For</source>
      <translation>Till</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="110" />
      <source>Loading…</source>
      <translation>Läser in…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="112" />
      <source>You are offline: the list is sent when this computer next syncs.</source>
      <translation>Du är offline: listan skickas nästa gång datorn synkroniserar.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="116" />
      <source>Send</source>
      <translation>Skicka</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="119" />
      <source>The participant list and the attendance sheet of %1 are sent as links that work for 14 days, not as attachments.</source>
      <translation>Deltagarlistan och närvarolistan för %1 skickas som länkar som fungerar i 14 dagar, inte som bilagor.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="125" />
      <source>For:</source>
      <translation>Till:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="127" />
      <source>Who gets it:</source>
      <translation>Mottagare:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="131" />
      <source>The notification bindings of the participant list (Administration) may name other recipients too.</source>
      <translation>Aviseringskopplingarna för deltagarlistan (Administration) kan ange fler mottagare.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="147" />
      <source>Contract %1 (%2)</source>
      <translation>Kontrakt %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="149" />
      <source>Customer %1</source>
      <translation>Kund %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="152" />
      <source>There are no customers to send the list to.</source>
      <translation>Det finns inga kunder att skicka listan till.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="167" />
      <source>Nobody: no contact has the role Notification recipient here. Give a contact that role on the Organisations tab.</source>
      <translation>Ingen: ingen kontakt har rollen Aviseringsmottagare här. Ge en kontakt den rollen på fliken Organisationer.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/courses/send_list.py" line="184" />
      <source>Participant list queued for sending to %n recipient(s).</source>
      <translation>
        <numerusform>Deltagarlistan köad för att skickas till %Ln mottagare.</numerusform>
        <numerusform>Deltagarlistan köad för att skickas till %Ln mottagare.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ServerListWindow</name>
    <message>
      <location filename="../../desktop/admin/server_window.py" line="87" />
      <source>Any</source>
      <translation>Alla</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/server_window.py" line="179" />
      <source>Try again</source>
      <extracomment>Why there is no list when this copy of the data has no server (English source, context "UsersAdmin"), and while the server cannot be reached. Refusals worded for this window (:func:`describe_error`'s ``overrides``). Whether a failure because the server cannot be reached says OFFLINE (else the general words of :func:`describe_error`). The list's name (the window's object name; the table's saved layout), the window's title (English, in the context of the window's class; "": the subclass sets it) and the list's model: ``MODEL()``, else a :class:`FilteredRowsModel` of ``COLUMNS``. The list's model (made from the class unless given). The list arrived from the server (or the attempt ended: ``loaded`` says which). An action finished: (what was done, in words; "" when it failed), after the list was asked for again. ``rows_model``: the same model (its older name). The server's list is shown; a call is under way. The open dialog of an action, if any (tests and the window's state use it). Columns fitted to the first list (unless the user's layout was kept).</extracomment>
      <translation>Försök igen</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/server_window.py" line="196" />
      <source>Re&amp;fresh</source>
      <extracomment>The actions the table's context menu offers.</extracomment>
      <translation>&amp;Uppdatera</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/server_window.py" line="196" />
      <source>Ask the server for the list again</source>
      <translation>Hämta listan från servern igen</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/server_window.py" line="289" />
      <source>%1 of %2 shown</source>
      <translation>%1 av %2 visas</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/server_window.py" line="329" />
      <source>Asking the server…</source>
      <translation>Frågar servern…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/server_window.py" line="363" />
      <source>No users match the filter.</source>
      <translation>Inga användare matchar filtret.</translation>
    </message>
  </context>
  <context>
    <name>ServiceDesk</name>
    <message>
      <location filename="../../desktop/service_desk/labels.py" line="12" />
      <source>New</source>
      <translation>Ny</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/labels.py" line="13" />
      <source>In progress</source>
      <translation>Pågår</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/labels.py" line="14" />
      <source>Waiting (customer or agent)</source>
      <translation>Väntar (på kund eller agent)</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/labels.py" line="15" />
      <source>Resolved</source>
      <translation>Löst</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/labels.py" line="16" />
      <source>Closed</source>
      <translation>Stängt</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="68" />
      <source>Open cases</source>
      <extracomment>The status filter's choices: its key ("open", "" for all, or a status) and text.</extracomment>
      <translation>Öppna ärenden</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="69" />
      <source>All cases</source>
      <translation>Alla ärenden</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="127" />
      <source>Case</source>
      <extracomment>An agent order's page is asked for (Open order in a case).</extracomment>
      <translation>Ärende</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="128" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="129" />
      <source>Assigned to</source>
      <translation>Handläggs av</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="132" />
      <source>Order</source>
      <translation>Beställning</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="136" />
      <source>Opened</source>
      <translation>Öppnat</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="137" />
      <source>Updated</source>
      <translation>Uppdaterat</translation>
    </message>
  </context>
  <context>
    <name>ServiceDeskCasesWindow</name>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="147" />
      <source>Service-desk cases</source>
      <extracomment>The order (its number and the customer's name, of any length) takes the room the others leave: the last column, Updated, is never cut off behind a scroll bar.</extracomment>
      <translation>Kundserviceärenden</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="152" />
      <source>No cases here. A case is opened when a customer has attested an agent order.</source>
      <translation>Inga ärenden här. Ett ärende öppnas när en kund har attesterat en beställning via agent.</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="156" />
      <source>Show</source>
      <translation>Visa</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="160" />
      <source>&amp;Show:</source>
      <translation>&amp;Visa:</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="162" />
      <source>Assigned to &amp;me</source>
      <translation>Mina ä&amp;renden</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="166" />
      <source>&amp;Open…</source>
      <translation>Ö&amp;ppna…</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="166" />
      <source>The case and its notes (Return)</source>
      <translation>Ärendet och dess anteckningar (Retur)</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="169" />
      <source>&amp;Take</source>
      <translation>&amp;Ta ärendet</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="169" />
      <source>Assign the case to yourself</source>
      <translation>Tilldela dig själv ärendet</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="171" />
      <source>Open case</source>
      <translation>Öppna ärendet</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="177" />
      <source>The service desk's cases of attested agent orders. Open a case to read and write its notes, assign it and change its status; changes made offline are sent with the next sync.</source>
      <extracomment>The case windows open, by case id.</extracomment>
      <translation>Kundservicens ärenden för attesterade beställningar via agent. Öppna ett ärende för att läsa och skriva anteckningar, tilldela det och ändra status; ändringar gjorda offline skickas vid nästa synkning.</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="228" />
      <source>%1 is assigned to you.</source>
      <translation>%1 är tilldelat dig.</translation>
    </message>
  </context>
  <context>
    <name>SessionDialog</name>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="122" />
      <source>New session</source>
      <extracomment>The dialog's title: a new session, an edited one.</extracomment>
      <translation>Nytt kurstillfälle</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="123" />
      <source>Edit session</source>
      <translation>Redigera kurstillfälle</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="143" />
      <source>YYYY-MM-DD</source>
      <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="152" />
      <source>HH:MM</source>
      <translation>TT:MM</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="157" />
      <source>No leader</source>
      <translation>Ingen ledare</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="157" />
      <source>Choose the session's leader</source>
      <translation>Välj kurstillfällets ledare</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="142" />
      <source>Day:</source>
      <translation>Datum:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="147" />
      <source>Starts at:</source>
      <translation>Börjar kl.:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="148" />
      <source>Ends at:</source>
      <translation>Slutar kl.:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="153" />
      <source>Room:</source>
      <translation>Lokal:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="156" />
      <source>Leader:</source>
      <translation>Ledare:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="161" />
      <source>Note:</source>
      <translation>Anteckning:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="188" />
      <source>the session on %1</source>
      <translation>kurstillfället %1</translation>
    </message>
  </context>
  <context>
    <name>Sessions</name>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="52" />
      <source>Day</source>
      <extracomment>What a session form shows and edits (session.add's arguments but the ids).</extracomment>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="53" />
      <source>Time</source>
      <translation>Tid</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="54" />
      <source>Room</source>
      <translation>Lokal</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="55" />
      <source>Leader</source>
      <translation>Ledare</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="56" />
      <source>Note</source>
      <translation>Anteckning</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="104" />
      <source>removing the session %1</source>
      <translation>borttagningen av kurstillfället %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="116" />
      <source>Removing the session %1</source>
      <translation>Tar bort kurstillfället %1</translation>
    </message>
  </context>
  <context>
    <name>SessionsDialog</name>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="424" />
      <source>Sessions of %1</source>
      <extracomment>(user id, session id) The server's list has arrived at least once.</extracomment>
      <translation>Inloggningar för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="428" />
      <source>Signed in</source>
      <translation>Inloggad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="428" />
      <source>Ends</source>
      <translation>Upphör</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="428" />
      <source>Where</source>
      <translation>Var</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="435" />
      <source>Sessions</source>
      <translation>Inloggningar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="438" />
      <source>&amp;Revoke</source>
      <translation>&amp;Avsluta</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="439" />
      <source>End the selected session: it must sign in again</source>
      <translation>Avsluta den valda inloggningen: den måste logga in igen</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="442" />
      <source>Re&amp;fresh</source>
      <translation>&amp;Uppdatera</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="455" />
      <source>Asking the server…</source>
      <translation>Frågar servern…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="463" />
      <source>Unnamed sign-in</source>
      <translation>Namnlös inloggning</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="465" />
      <source>Web browser (staff pages)</source>
      <translation>Webbläsare (personalsidor)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="478" />
      <source>No open sessions: the user is signed out everywhere.</source>
      <translation>Inga öppna inloggningar: användaren är utloggad överallt.</translation>
    </message>
  </context>
  <context>
    <name>SessionsTab</name>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="219" />
      <source>Add session…</source>
      <extracomment>The next session as a line ("" when none is ahead), after each load. What "next" counts from (a test sets its own day).</extracomment>
      <translation>Lägg till kurstillfälle…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="220" />
      <source>Edit…</source>
      <translation>Redigera…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="221" />
      <source>Remove</source>
      <translation>Ta bort</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="255" />
      <source>No sessions yet — Add session… plans one.</source>
      <translation>Inga kurstillfällen än — Lägg till kurstillfälle… planerar ett.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="45" />
      <source>Settings</source>
      <extracomment>The demo server's address while the demo runs: shown, not saved as the user's.</extracomment>
      <translation>Inställningar</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="47" />
      <location filename="../../desktop/settings_dialog.py" line="94" />
      <source>Server address</source>
      <translation>Serveradress</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="48" />
      <source>Used at the next sign-in.</source>
      <translation>Används vid nästa inloggning.</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="53" />
      <source>The demo server on this computer; your own server address is kept.</source>
      <translation>Demoservern på den här datorn; din egen serveradress sparas.</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="58" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="60" />
      <source>Sync interval</source>
      <translation>Synkintervall</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="62" />
      <location filename="../../desktop/settings_dialog.py" line="97" />
      <location filename="../../desktop/settings_dialog.py" line="99" />
      <source>Language</source>
      <translation>Språk</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="63" />
      <source>Follow the system</source>
      <translation>Följ systemet</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="70" />
      <source>Blank rows on attendance sheets</source>
      <translation>Tomma rader på närvarolistor</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="72" />
      <source>The organisation's name from the server</source>
      <translation>Organisationens namn från servern</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="73" />
      <source>Organisation name in the header</source>
      <translation>Organisationens namn i sidhuvudet</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="74" />
      <source>Print the e-mail column</source>
      <translation>Skriv ut kolumnen e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="80" />
      <location filename="../../desktop/settings_dialog.py" line="107" />
      <source>Days before a reminder</source>
      <translation>Dagar före en påminnelse</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="83" />
      <source>A reminder sooner than this after the last request is held back unless you choose to send it anyway</source>
      <translation>En påminnelse tidigare än så efter senaste förfrågan väntar, om du inte väljer att skicka den ändå</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="90" />
      <location filename="../../desktop/settings_dialog.py" line="108" />
      <source>Ask before sending more e-mails than</source>
      <translation>Fråga innan fler mejl än så skickas</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="92" />
      <source>Connection</source>
      <translation>Anslutning</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="96" />
      <source>Sync every</source>
      <translation>Synka var</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="100" />
      <source>Printing</source>
      <translation>Utskrift</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="102" />
      <source>Blank rows for walk-ins</source>
      <translation>Tomma rader för efteranmälda</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="103" />
      <source>Organisation in the header</source>
      <translation>Organisation i sidhuvudet</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="105" />
      <source>Approval requests</source>
      <translation>Förfrågningar om godkännande</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../desktop/help.py" line="94" />
      <source>Keyboard shortcuts</source>
      <translation>Kortkommandon</translation>
    </message>
    <message>
      <location filename="../../desktop/help.py" line="96" />
      <source>Action</source>
      <translation>Åtgärd</translation>
    </message>
    <message>
      <location filename="../../desktop/help.py" line="96" />
      <source>Keys</source>
      <translation>Tangenter</translation>
    </message>
  </context>
  <context>
    <name>SieExportDialog</name>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="72" />
      <source>Export SIE file</source>
      <translation>Exportera SIE-fil</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="75" />
      <source>From</source>
      <translation>Från</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="77" />
      <source>To</source>
      <translation>Till</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="79" />
      <source>4E: full export (accounts, balances, vouchers)</source>
      <translation>4E: fullständig export (konton, saldon, verifikationer)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="80" />
      <source>4I: vouchers only</source>
      <translation>4I: bara verifikationer</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="81" />
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="83" />
      <source>&amp;From:</source>
      <translation>&amp;Från:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="84" />
      <source>&amp;To:</source>
      <translation>&amp;Till:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="85" />
      <source>T&amp;ype:</source>
      <translation>T&amp;yp:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="88" />
      <source>The period lies within one fiscal year (Accounting settings: Fiscal year and series…). The file holds one voucher per booking, payment, cancellation, fee and reminder of the period, and with accrual one per month of a course's fee.</source>
      <translation>Perioden ligger inom ett räkenskapsår (Bokföringsinställningar: Räkenskapsår och serier…). Filen har en verifikation per bokning, betalning, avbokning, avgift och påminnelse under perioden, och med periodisering en per månad av en kursavgift.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="98" />
      <source>Making the file</source>
      <translation>Filen skapas</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="105" />
      <source>&amp;Export…</source>
      <translation>&amp;Exportera…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="123" />
      <source>Save SIE file</source>
      <extracomment>Where to save, asked of the user (tests put their own here). The last file saved (tests wait on it).</extracomment>
      <translation>Spara SIE-fil</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="125" />
      <source>SIE files (*.se *.si);;All files (*)</source>
      <translation>SIE-filer (*.se *.si);;Alla filer (*)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="149" />
      <source>The period ends before it starts.</source>
      <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="155" />
      <source>The ledger is kept on the server, and this copy of the data is not connected to one. Sign in to the server to export.</source>
      <translation>Reskontran finns på servern, och den här kopian av uppgifterna är inte ansluten till någon server. Logga in på servern för att exportera.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="167" />
      <source>Making the file…</source>
      <translation>Filen skapas…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="171" />
      <source>Exporting the SIE file</source>
      <translation>Exporterar SIE-filen</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="180" />
      <source>The file could not be saved: %1</source>
      <translation>Filen kunde inte sparas: %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/accounting/sie_export.py" line="186" />
      <source>Saved %n voucher(s) to %1.</source>
      <translation>
        <numerusform>Sparade %Ln verifikation i %1.</numerusform>
        <numerusform>Sparade %Ln verifikationer i %1.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="192" />
      <source>The period must lie within one fiscal year: choose a shorter one.</source>
      <translation>Perioden måste ligga inom ett räkenskapsår: välj en kortare.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="196" />
      <source>Only administrators and treasurers may export.</source>
      <translation>Bara administratörer och kassörer får exportera.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="199" />
      <source>The file could not be made: %1</source>
      <translation>Filen kunde inte skapas: %1</translation>
    </message>
  </context>
  <context>
    <name>StaffPage</name>
    <message>
      <location filename="../../desktop/webview/staff_page.py" line="180" />
      <source>Opening the page…</source>
      <extracomment>The page finished loading: True when it shows the server's page. The offline message is shown, with its reason. A form of the page was sent and its answer loaded: the server may have changed data. "Open in browser" failed, with the reason. The language the server is asked for (the app's unless the caller chooses).</extracomment>
      <translation>Öppnar sidan…</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/staff_page.py" line="195" />
      <source>Back</source>
      <extracomment>False for a local database without a server: nothing to open, also not in a browser.</extracomment>
      <translation>Tillbaka</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/staff_page.py" line="200" />
      <source>Back to the page before</source>
      <translation>Tillbaka till föregående sida</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/staff_page.py" line="254" />
      <location filename="../../desktop/webview/staff_page.py" line="349" />
      <source>Kansli is working on a local database without a server connection.</source>
      <translation>Kansli arbetar mot en lokal databas utan anslutning till servern.</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/staff_page.py" line="258" />
      <source>You are offline: the server cannot be reached.</source>
      <translation>Du är frånkopplad: servern går inte att nå.</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/staff_page.py" line="309" />
      <source>The server cannot be reached.</source>
      <translation>Servern går inte att nå.</translation>
    </message>
  </context>
  <context>
    <name>StaffPageDialog</name>
    <message>
      <location filename="../../desktop/webview/dialog.py" line="54" />
      <source>Open in browser</source>
      <extracomment>The languages of the server's pages, each named in itself.</extracomment>
      <translation>Öppna i webbläsaren</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/dialog.py" line="55" />
      <source>Open this page in your web browser, signed in</source>
      <translation>Öppna sidan inloggad i din webbläsare</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/dialog.py" line="57" />
      <source>Reload</source>
      <translation>Läs in igen</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/dialog.py" line="70" />
      <source>Page language</source>
      <translation>Sidans språk</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/dialog.py" line="77" />
      <source>Shown in:</source>
      <translation>Visas på:</translation>
    </message>
  </context>
  <context>
    <name>StoreRecovery</name>
    <message>
      <location filename="../../desktop/sync_ui/recovery.py" line="26" />
      <source>The local database on this computer was missing, so a new one was made.</source>
      <translation>Den lokala databasen på den här datorn saknades, så en ny skapades.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/recovery.py" line="31" />
      <source>The local database on this computer was damaged, so a new one was made.</source>
      <translation>Den lokala databasen på den här datorn var skadad, så en ny skapades.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/sync_ui/recovery.py" line="37" />
      <source>Kept %n change(s) made here and not yet sent, to be sent to the server at the next sync.</source>
      <translation>
        <numerusform>%Ln ändring som gjorts här och inte skickats än behölls och skickas till servern vid nästa synkronisering.</numerusform>
        <numerusform>%Ln ändringar som gjorts här och inte skickats än behölls och skickas till servern vid nästa synkronisering.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/recovery.py" line="44" />
      <source>The data is fetched from the server again at the next sync.</source>
      <translation>Uppgifterna hämtas från servern igen vid nästa synkronisering.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/recovery.py" line="50" />
      <source>The damaged file is kept at %1.</source>
      <translation>Den skadade filen finns kvar i %1.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/recovery.py" line="63" />
      <source>Local database rebuilt</source>
      <translation>Den lokala databasen återskapades</translation>
    </message>
  </context>
  <context>
    <name>SyncIssues</name>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="25" />
      <source>Create person</source>
      <extracomment>Each command as a user names it (every registered command has one: a test checks).</extracomment>
      <translation>Skapa person</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="26" />
      <source>Edit person</source>
      <translation>Ändra person</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="27" />
      <source>Add e-mail address</source>
      <translation>Lägg till e-postadress</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="28" />
      <source>Remove e-mail address</source>
      <translation>Ta bort e-postadress</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="29" />
      <source>Link contact</source>
      <translation>Koppla kontakt</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="30" />
      <source>Change contact roles</source>
      <translation>Ändra kontaktroller</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="31" />
      <source>Remove contact</source>
      <translation>Ta bort kontakt</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="32" />
      <source>Add phone number</source>
      <translation>Lägg till telefonnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="33" />
      <source>Erase or anonymise person</source>
      <translation>Radera eller anonymisera person</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="34" />
      <source>Set category</source>
      <translation>Sätt kategori</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="35" />
      <source>Set category of several</source>
      <translation>Sätt kategori för flera</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="36" />
      <source>Create category</source>
      <translation>Skapa kategori</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="37" />
      <source>Rename category</source>
      <translation>Byt namn på kategori</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="38" />
      <source>Archive category</source>
      <translation>Arkivera kategori</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="39" />
      <source>Create course</source>
      <translation>Skapa kurs</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="40" />
      <source>Edit course</source>
      <translation>Ändra utbildning</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="41" />
      <source>Archive course</source>
      <translation>Arkivera utbildning</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="42" />
      <source>Create course round</source>
      <translation>Skapa utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="43" />
      <source>Edit course round</source>
      <translation>Ändra utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="44" />
      <source>Archive course round</source>
      <translation>Arkivera utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="45" />
      <source>Set the round's terms</source>
      <translation>Ange utbildningsomgångens villkor</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="46" />
      <source>Add registration</source>
      <translation>Lägg till kursregistrering</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="47" />
      <source>Set approving manager</source>
      <translation>Koppla godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="48" />
      <source>Send request to approving manager</source>
      <translation>Skicka förfrågan till godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="51" />
      <source>Remove approval</source>
      <translation>Ta bort godkännande</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="52" />
      <source>Cancel registration</source>
      <translation>Avboka kursregistrering</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="53" />
      <source>Add an internal note</source>
      <translation>Lägg till intern notering</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="54" />
      <source>Withdraw an internal note</source>
      <translation>Dra tillbaka intern notering</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="55" />
      <source>Move to the waiting list</source>
      <translation>Flytta till väntelistan</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="56" />
      <source>Give a place</source>
      <translation>Ge en plats</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="57" />
      <source>Accept an offered place</source>
      <translation>Tacka ja till en erbjuden plats</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="58" />
      <source>Change sign-up form</source>
      <translation>Ändra anmälningsformulär</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="59" />
      <source>Add question to sign-up form</source>
      <translation>Lägg till fråga i anmälningsformulär</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="60" />
      <source>Remove question from sign-up form</source>
      <translation>Ta bort fråga från anmälningsformulär</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="61" />
      <source>Change question of sign-up form</source>
      <translation>Ändra fråga i anmälningsformulär</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="62" />
      <source>Move question of sign-up form</source>
      <translation>Flytta fråga i anmälningsformulär</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="63" />
      <source>Alumni decision</source>
      <translation>Alumnbeslut</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="64" />
      <source>Change alumni rule</source>
      <translation>Ändra alumniregel</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="65" />
      <source>Reverse alumni decision</source>
      <translation>Häv alumnbeslut</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="66" />
      <source>Review alumni's new details</source>
      <translation>Granska alumns nya uppgifter</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="67" />
      <source>Import registrations</source>
      <translation>Importera kursregistreringar</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="68" />
      <source>Create organisation</source>
      <translation>Skapa organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="69" />
      <source>Edit organisation</source>
      <translation>Ändra organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="70" />
      <source>Archive organisation</source>
      <translation>Arkivera organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="71" />
      <source>Create customer</source>
      <translation>Skapa kund</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="72" />
      <source>Edit customer</source>
      <translation>Ändra kund</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="73" />
      <source>Archive customer</source>
      <translation>Arkivera kund</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="74" />
      <source>Create contract</source>
      <translation>Skapa kontrakt</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="75" />
      <source>Edit contract</source>
      <translation>Ändra kontrakt</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="76" />
      <source>Archive contract</source>
      <translation>Arkivera kontrakt</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="77" />
      <source>Create agent</source>
      <translation>Skapa agent</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="78" />
      <source>Edit agent</source>
      <translation>Ändra agent</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="79" />
      <source>Archive agent</source>
      <translation>Arkivera agent</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="80" />
      <source>Add session</source>
      <translation>Lägg till kurstillfälle</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="81" />
      <source>Edit session</source>
      <translation>Ändra kurstillfälle</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="82" />
      <source>Remove session</source>
      <translation>Ta bort kurstillfälle</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="83" />
      <source>Send participant list</source>
      <translation>Skicka deltagarlista</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="84" />
      <source>Create message template</source>
      <translation>Skapa meddelandemall</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="85" />
      <source>Edit message template</source>
      <translation>Ändra meddelandemall</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="86" />
      <source>Publish message template</source>
      <translation>Publicera meddelandemall</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="87" />
      <source>Create notification binding</source>
      <translation>Skapa aviseringskoppling</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="88" />
      <source>Edit notification binding</source>
      <translation>Ändra aviseringskoppling</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="89" />
      <source>Archive notification binding</source>
      <translation>Arkivera aviseringskoppling</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="90" />
      <source>Add notification recipient</source>
      <translation>Lägg till aviseringsmottagare</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="91" />
      <source>Edit notification recipient</source>
      <translation>Ändra aviseringsmottagare</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="92" />
      <source>Archive notification recipient</source>
      <translation>Arkivera aviseringsmottagare</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="95" />
      <source>Create membership type</source>
      <translation>Skapa medlemskapstyp</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="96" />
      <source>Edit membership type</source>
      <translation>Ändra medlemskapstyp</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="97" />
      <source>Archive membership type</source>
      <translation>Arkivera medlemskapstyp</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="98" />
      <source>Create price rule</source>
      <translation>Skapa prisregel</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="99" />
      <source>Edit price rule</source>
      <translation>Ändra prisregel</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="100" />
      <source>Archive price rule</source>
      <translation>Arkivera prisregel</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="101" />
      <source>Map an account</source>
      <translation>Koppla ett konto</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="102" />
      <source>Edit account mapping</source>
      <translation>Ändra kontokoppling</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="103" />
      <source>Archive account mapping</source>
      <translation>Arkivera kontokoppling</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="104" />
      <source>Add a cost centre or project</source>
      <translation>Lägg till kostnadsställe eller projekt</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="105" />
      <source>Rename a cost centre or project</source>
      <translation>Byt namn på kostnadsställe eller projekt</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="106" />
      <source>Archive a cost centre or project</source>
      <translation>Arkivera kostnadsställe eller projekt</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="109" />
      <source>Set accounting settings</source>
      <translation>Ange bokföringsinställningar</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="110" />
      <source>Set agent-order settings</source>
      <translation>Ange inställningar för agentbeställningar</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="111" />
      <source>Set retention rules</source>
      <translation>Ange gallringsregler</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="112" />
      <source>Withdraw a consent</source>
      <translation>Återkalla ett samtycke</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="113" />
      <source>Add a grant rule set</source>
      <translation>Lägg till regler för aktivitetsstöd</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="114" />
      <source>Edit a grant rule set</source>
      <translation>Ändra regler för aktivitetsstöd</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="115" />
      <source>Archive a grant rule set</source>
      <translation>Arkivera regler för aktivitetsstöd</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="116" />
      <source>Create discount</source>
      <translation>Skapa rabatt</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="117" />
      <source>Edit discount</source>
      <translation>Ändra rabatt</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="118" />
      <source>Archive discount</source>
      <translation>Arkivera rabatt</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="119" />
      <source>Add membership</source>
      <translation>Lägg till medlemskap</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="120" />
      <source>Edit membership</source>
      <translation>Ändra medlemskap</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="121" />
      <source>Remove membership</source>
      <translation>Ta bort medlemskap</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="122" />
      <source>Set cancellation terms</source>
      <translation>Ange avbokningsvillkor</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="123" />
      <source>Set payment settings</source>
      <translation>Ange betalningsinställningar</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="124" />
      <source>Add a prerequisite</source>
      <translation>Lägg till förkunskapskrav</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="125" />
      <source>Remove a prerequisite</source>
      <translation>Ta bort förkunskapskrav</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="126" />
      <source>Add a level approval</source>
      <translation>Lägg till nivågodkännande</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="127" />
      <source>Remove a level approval</source>
      <translation>Ta bort nivågodkännande</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="128" />
      <source>Accept a sign-up after review</source>
      <translation>Godta en anmälan efter granskning</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="129" />
      <source>Decline a sign-up after review</source>
      <translation>Avslå en anmälan efter granskning</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="132" />
      <source>Check in</source>
      <translation>Checka in</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="133" />
      <source>Let in despite the check-in</source>
      <translation>Släpp in trots incheckningen</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="134" />
      <source>Mark attendance</source>
      <translation>Markera närvaro</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="135" />
      <source>Set a course's evaluation</source>
      <translation>Ange en utbildnings utvärdering</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="136" />
      <source>Add a membership card</source>
      <translation>Lägg till medlemskort</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="137" />
      <source>Withdraw a membership card</source>
      <translation>Dra in medlemskort</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="138" />
      <source>Assign a service-desk case</source>
      <translation>Tilldela ett kundserviceärende</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="139" />
      <source>Change the status of a service-desk case</source>
      <translation>Ändra status på ett kundserviceärende</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="142" />
      <source>Add a note to a service-desk case</source>
      <translation>Lägg till en anteckning i ett kundserviceärende</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="149" />
      <source>Add %1 as a new person</source>
      <extracomment>The act of each command on its subject (%1), one line in the list.</extracomment>
      <translation>Lägg till %1 som ny person</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="150" />
      <source>Change the details of %1</source>
      <translation>Ändra uppgifterna för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="151" />
      <source>Add an e-mail address to %1</source>
      <translation>Lägg till en e-postadress för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="152" />
      <source>Remove an e-mail address of %1</source>
      <translation>Ta bort en e-postadress för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="153" />
      <source>Withdraw a consent of %1</source>
      <translation>Återkalla ett samtycke för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="154" />
      <source>Link %1 as a contact</source>
      <translation>Koppla %1 som kontakt</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="155" />
      <source>Change the contact roles of %1</source>
      <translation>Ändra kontaktrollerna för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="156" />
      <source>Remove %1 from the contacts</source>
      <translation>Ta bort %1 från kontakterna</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="157" />
      <source>Add a phone number to %1</source>
      <translation>Lägg till ett telefonnummer för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="158" />
      <source>Erase or anonymise %1</source>
      <translation>Radera eller anonymisera %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="159" />
      <source>Change the category of %1</source>
      <translation>Ändra kategori för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="160" />
      <source>Change the category of several persons</source>
      <translation>Ändra kategori för flera personer</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="163" />
      <source>Create the category %1</source>
      <translation>Skapa kategorin %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="164" />
      <source>Rename the category %1</source>
      <translation>Byt namn på kategorin %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="165" />
      <source>Archive the category %1</source>
      <translation>Arkivera kategorin %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="166" />
      <source>Create the course %1</source>
      <translation>Skapa kursen %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="167" />
      <source>Change the course %1</source>
      <translation>Ändra utbildningen %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="168" />
      <source>Archive the course %1</source>
      <translation>Arkivera utbildningen %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="169" />
      <source>Create the course round %1</source>
      <translation>Skapa utbildningsomgången %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="170" />
      <source>Change the course round %1</source>
      <translation>Ändra utbildningsomgången %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="171" />
      <source>Archive the course round %1</source>
      <translation>Arkivera utbildningsomgången %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="172" />
      <source>Change the terms of %1</source>
      <translation>Ändra villkoren för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="173" />
      <source>Register %1 on a course round</source>
      <translation>Registrera %1 på en utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="174" />
      <source>Change the approving manager of %1</source>
      <translation>Byt godkännande chef för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="177" />
      <source>Ask the approving manager to approve %1</source>
      <translation>Be godkännande chef att godkänna %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="180" />
      <source>Remove the approval of %1</source>
      <translation>Ta bort godkännandet för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="181" />
      <source>Cancel the registration of %1</source>
      <translation>Avboka kursregistreringen för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="182" />
      <source>Add an internal note to the registration of %1</source>
      <translation>Lägg till en intern notering på kursregistreringen för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="185" />
      <source>Withdraw an internal note on the registration of %1</source>
      <translation>Dra tillbaka en intern notering på kursregistreringen för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="188" />
      <source>Move %1 to the waiting list</source>
      <translation>Flytta %1 till väntelistan</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="189" />
      <source>Give %1 a place from the waiting list</source>
      <translation>Ge %1 en plats från väntelistan</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="192" />
      <source>Accept the place offered to %1</source>
      <translation>Tacka ja till platsen som erbjöds %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="193" />
      <source>Accept the sign-up of %1 after review</source>
      <translation>Godta anmälan från %1 efter granskning</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="196" />
      <source>Decline the sign-up of %1 after review</source>
      <translation>Avslå anmälan från %1 efter granskning</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="199" />
      <source>Change the sign-up form of %1</source>
      <translation>Ändra anmälningsformuläret för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="200" />
      <source>Add a question to the sign-up form</source>
      <translation>Lägg till en fråga i anmälningsformuläret</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="201" />
      <source>Remove the question “%1”</source>
      <translation>Ta bort frågan ”%1”</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="202" />
      <source>Change the question “%1”</source>
      <translation>Ändra frågan ”%1”</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="203" />
      <source>Move the question “%1”</source>
      <translation>Flytta frågan ”%1”</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="204" />
      <source>Change the alumni rule “%1”</source>
      <translation>Ändra alumniregeln ”%1”</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="205" />
      <source>Reverse the alumni decision on %1</source>
      <translation>Häv alumnbeslutet för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="206" />
      <source>Review the new details of %1</source>
      <translation>Granska de nya uppgifterna för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="207" />
      <source>Import registrations to %1</source>
      <translation>Importera kursregistreringar till %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="208" />
      <source>Create the organisation %1</source>
      <translation>Skapa organisationen %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="209" />
      <source>Change the organisation %1</source>
      <translation>Ändra organisationen %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="210" />
      <source>Archive the organisation %1</source>
      <translation>Arkivera organisationen %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="211" />
      <source>Make %1 a customer</source>
      <translation>Gör %1 till kund</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="212" />
      <source>Change the customer %1</source>
      <translation>Ändra kunden %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="213" />
      <source>Archive the customer %1</source>
      <translation>Arkivera kunden %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="214" />
      <source>Create a contract for %1</source>
      <translation>Skapa ett kontrakt för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="215" />
      <source>Change the contract %1</source>
      <translation>Ändra kontraktet %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="216" />
      <source>Archive the contract %1</source>
      <translation>Arkivera kontraktet %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="217" />
      <source>Make %1 an agent</source>
      <translation>Gör %1 till agent</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="218" />
      <source>Change the agent %1</source>
      <translation>Ändra agenten %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="219" />
      <source>Archive the agent %1</source>
      <translation>Arkivera agenten %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="220" />
      <source>Add a session to %1</source>
      <translation>Lägg till ett kurstillfälle i %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="221" />
      <source>Change the session %1</source>
      <translation>Ändra kurstillfället %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="222" />
      <source>Remove the session %1</source>
      <translation>Ta bort kurstillfället %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="223" />
      <source>Send the participant list of %1</source>
      <translation>Skicka deltagarlistan för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="226" />
      <source>Create the message template %1</source>
      <translation>Skapa meddelandemallen %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="227" />
      <source>Change the message template %1</source>
      <translation>Ändra meddelandemallen %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="228" />
      <source>Publish the message template %1</source>
      <translation>Publicera meddelandemallen %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="229" />
      <source>Create a notification binding of %1</source>
      <translation>Skapa en aviseringskoppling för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="232" />
      <source>Change the notification binding of %1</source>
      <translation>Ändra aviseringskopplingen för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="235" />
      <source>Archive the notification binding of %1</source>
      <translation>Arkivera aviseringskopplingen för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="238" />
      <source>Add %1 as a notification recipient</source>
      <translation>Lägg till %1 som aviseringsmottagare</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="241" />
      <source>Change the notification recipient %1</source>
      <translation>Ändra aviseringsmottagaren %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="244" />
      <source>Archive the notification recipient %1</source>
      <translation>Arkivera aviseringsmottagaren %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="247" />
      <source>Check %1 in at a session</source>
      <translation>Checka in %1 på ett kurstillfälle</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="248" />
      <source>Let %1 in at a session despite the check-in's answer</source>
      <translation>Släpp in %1 på ett kurstillfälle trots incheckningens svar</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="251" />
      <source>Mark the attendance of %1 at a session</source>
      <translation>Markera närvaron för %1 på ett kurstillfälle</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="252" />
      <source>Give %1 a membership card</source>
      <translation>Ge %1 ett medlemskort</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="253" />
      <source>Withdraw a membership card of %1</source>
      <translation>Dra in ett medlemskort för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="255" />
      <source>Approve alumni registration of %1</source>
      <translation>Godkänn alumniregistreringen för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="256" />
      <source>Deny alumni registration of %1</source>
      <translation>Neka alumniregistreringen för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="261" />
      <source>First name</source>
      <extracomment>The fields of the field-edit commands (models.commands.edits) and of the rows the server sends back, as a user names them.</extracomment>
      <translation>Förnamn</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="262" />
      <source>Last name</source>
      <translation>Efternamn</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="263" />
      <source>Personal identity number</source>
      <translation>Personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="264" />
      <source>Birth date</source>
      <translation>Födelsedatum</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="265" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="266" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="267" />
      <source>Street</source>
      <translation>Gatuadress</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="268" />
      <source>Postal code</source>
      <translation>Postnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="269" />
      <source>City</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="270" />
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="271" />
      <source>Notes</source>
      <translation>Anteckningar</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="272" />
      <source>Terms</source>
      <translation>Villkor</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="273" />
      <source>Terms version</source>
      <translation>Villkorsversion</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="274" />
      <source>Heading</source>
      <translation>Rubrik</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="275" />
      <source>Introduction</source>
      <translation>Inledning</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="276" />
      <source>Banner image</source>
      <translation>Bannerbild</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="277" />
      <source>Confirmation text</source>
      <translation>Bekräftelsetext</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="278" />
      <source>Published</source>
      <translation>Publicerat</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="279" />
      <source>Kind of rule</source>
      <translation>Typ av regel</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="280" />
      <source>Rule values</source>
      <translation>Regelns värden</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="281" />
      <source>Order</source>
      <translation>Beställning</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="282" />
      <source>Active</source>
      <translation>Aktiv</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="283" />
      <source>Description</source>
      <translation>Beskrivning</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="284" />
      <location filename="../../desktop/sync_ui/describe.py" line="285" />
      <location filename="../../desktop/sync_ui/describe.py" line="558" />
      <source>Approving manager</source>
      <translation>Godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="286" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="287" />
      <source>Decided by</source>
      <translation>Beslutad av</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="288" />
      <source>Decided</source>
      <translation>Beslutad</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="289" />
      <source>Reason for the denial</source>
      <translation>Skäl till nekandet</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="290" />
      <source>Approval requested</source>
      <translation>Godkännande begärt</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="291" />
      <source>Approved</source>
      <translation>Godkänd</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="292" />
      <source>Approved by</source>
      <translation>Godkänd av</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="293" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="294" />
      <source>Subject</source>
      <translation>Ämne</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="295" />
      <source>E-mail text</source>
      <translation>E-posttext</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="296" />
      <source>SMS text</source>
      <translation>SMS-text</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="297" />
      <source>Starts</source>
      <translation>Börjar</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="298" />
      <source>Ends</source>
      <translation>Slutar</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="299" />
      <source>Question</source>
      <translation>Fråga</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="300" />
      <source>Required</source>
      <translation>Obligatorisk</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="301" />
      <source>Options</source>
      <translation>Alternativ</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="302" />
      <source>Require confirmation by e-mail</source>
      <translation>Kräv bekräftelse via e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="303" />
      <source>E-mail address</source>
      <translation>E-postadress</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="304" />
      <source>Phone number</source>
      <translation>Telefonnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="305" />
      <source>Reason</source>
      <translation>Skäl</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="306" />
      <source>Message</source>
      <translation>Meddelande</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="307" />
      <location filename="../../desktop/sync_ui/describe.py" line="531" />
      <source>Course round</source>
      <translation>Utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="308" />
      <source>Code</source>
      <translation>Kod</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="309" />
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="310" />
      <source>Course leader</source>
      <translation>Kursledare</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="311" />
      <source>Archived</source>
      <translation>Arkiverad</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="312" />
      <source>Term</source>
      <translation>Termin</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="313" />
      <source>Place</source>
      <translation>Plats</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="314" />
      <source>Seats</source>
      <translation>Platser</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="315" />
      <source>Registration opens</source>
      <translation>Anmälan öppnar</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="316" />
      <source>Registration closes</source>
      <translation>Anmälan stänger</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="317" />
      <source>Price</source>
      <translation>Pris</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="318" />
      <source>Organisation number</source>
      <translation>Organisationsnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="319" />
      <source>Customer number</source>
      <translation>Kundnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="320" />
      <source>Participant</source>
      <translation>Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="321" />
      <source>Day</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="322" />
      <source>Starts at</source>
      <translation>Starttid</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="323" />
      <source>Ends at</source>
      <translation>Sluttid</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="324" />
      <source>Room</source>
      <translation>Lokal</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="325" />
      <source>Note</source>
      <translation>Anteckning</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="326" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="327" />
      <source>Template</source>
      <translation>Mall</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="328" />
      <location filename="../../desktop/sync_ui/describe.py" line="329" />
      <source>Applies to</source>
      <translation>Gäller</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="330" />
      <source>Recipients</source>
      <translation>Mottagare</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="331" />
      <source>Channels</source>
      <translation>Kanaler</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="332" />
      <source>Role</source>
      <translation>Roll</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="333" />
      <source>User</source>
      <translation>Användare</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="334" />
      <source>Fee</source>
      <translation>Avgift</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="335" />
      <source>VAT rate</source>
      <translation>Momssats</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="336" />
      <source>Account</source>
      <translation>Konto</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="337" />
      <source>Purpose</source>
      <translation>Ändamål</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="338" />
      <source>Cost centre</source>
      <translation>Kostnadsställe</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="339" />
      <source>Project</source>
      <translation>Projekt</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="340" />
      <source>VAT code</source>
      <translation>Momskod</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="341" />
      <source>Dimension</source>
      <translation>Dimension</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="342" />
      <source>Fiscal year starts</source>
      <translation>Räkenskapsåret börjar</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="343" />
      <source>Accrual of course fees</source>
      <translation>Periodisering av kursavgifter</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="344" />
      <source>Case handlers sign with BankID</source>
      <translation>Handläggare signerar med BankID</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="345" />
      <source>Denied alumni registrations kept (months)</source>
      <translation>Avslagna alumnregistreringar sparas (månader)</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="348" />
      <source>Mail texts kept after sending (days)</source>
      <translation>E-posttexter sparas efter utskick (dagar)</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="349" />
      <source>Expired links, sessions and codes kept (days)</source>
      <translation>Utgångna länkar, sessioner och koder sparas (dagar)</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="352" />
      <source>Audit events kept (years)</source>
      <translation>Granskningshändelser sparas (år)</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="353" />
      <source>Voucher series</source>
      <translation>Verifikationsserier</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="354" />
      <source>Base price</source>
      <translation>Grundpris</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="355" />
      <source>Membership type</source>
      <translation>Medlemskapstyp</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="356" />
      <source>Condition</source>
      <translation>Villkor</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="357" />
      <source>Amount</source>
      <translation>Belopp</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="358" />
      <source>Percentage</source>
      <translation>Procent</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="359" />
      <source>Combines with other discounts</source>
      <translation>Kombineras med andra rabatter</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="360" />
      <source>Valid from</source>
      <translation>Gäller från</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="361" />
      <source>Lowest age</source>
      <translation>Lägsta ålder</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="362" />
      <source>Highest age</source>
      <translation>Högsta ålder</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="363" />
      <source>Fewest participants</source>
      <translation>Minsta antal deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="364" />
      <source>Most participants counted</source>
      <translation>Högsta antal räknade deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="365" />
      <source>Shortest activity (minutes)</source>
      <translation>Kortaste aktivitet (minuter)</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="366" />
      <source>Leader's lowest age</source>
      <translation>Ledarens lägsta ålder</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="367" />
      <source>Counted per day</source>
      <translation>Räknas per dag</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="368" />
      <source>Valid until</source>
      <translation>Gäller till och med</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="369" />
      <source>Book by</source>
      <translation>Boka senast</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="370" />
      <source>Member since</source>
      <translation>Medlem från</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="371" />
      <source>Member until</source>
      <translation>Medlem till och med</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="372" />
      <source>Partner course</source>
      <translation>Partnerkurs</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="373" />
      <source>Assigned to</source>
      <translation>Handläggs av</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="404" />
      <source>Registered</source>
      <extracomment>The columns of the server's rows worth showing, per table, in this order.</extracomment>
      <translation>Anmäld</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="405" />
      <source>Cancelled</source>
      <translation>Avbokad</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="406" />
      <source>Waiting for review</source>
      <translation>Väntar på granskning</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="411" />
      <source>Someone changed this on the server after you saw it.</source>
      <extracomment>What the server says, by code, when its message is not one the app can translate.</extracomment>
      <translation>Någon ändrade detta på servern efter att du såg det.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="414" />
      <source>What is on the server now does not allow this any more.</source>
      <translation>Det som finns på servern nu tillåter inte detta längre.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="417" />
      <source>What this change concerns is no longer on the server.</source>
      <translation>Det som ändringen gäller finns inte längre på servern.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="420" />
      <source>Your roles do not allow this change.</source>
      <translation>Dina roller tillåter inte den här ändringen.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="421" />
      <source>The server did not accept a value of this change.</source>
      <translation>Servern godtog inte ett värde i den här ändringen.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="423" />
      <source>The server refused this change.</source>
      <translation>Servern avvisade den här ändringen.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="445" />
      <location filename="../../desktop/sync_ui/describe.py" line="463" />
      <source>yes</source>
      <extracomment>A row id inside a server's message: such a message is not shown as it is. Longest value shown in the lists of yours and theirs (the whole value is in the chooser). The commands that decide an alumni registration, sent with the status the officer saw.</extracomment>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="465" />
      <source>no</source>
      <translation>nej</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="483" />
      <source>nobody</source>
      <translation>ingen</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="535" />
      <source>Decision</source>
      <translation>Beslut</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="542" />
      <source>Status when you decided</source>
      <translation>Status när du beslutade</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="587" />
      <source>Already decided by %1 at %2: %3.</source>
      <translation>Redan beslutad av %1 %2: %3.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="590" />
      <source>the automatic check</source>
      <translation>den automatiska kontrollen</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="597" />
      <source>Already approved by %1 at %2.</source>
      <translation>Redan godkänd av %1 %2.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="624" />
      <source>This change is too large to send (%1 MB), so it never reached the server. Let it go, or make it again in smaller parts.</source>
      <translation>Ändringen är för stor för att skicka (%1 MB), så den nådde aldrig servern. Kasta den, eller gör den igen i mindre delar.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="632" />
      <source>You took this change back before the server carried it out.</source>
      <translation>Du tog tillbaka ändringen innan servern genomförde den.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="641" />
      <source>%1 changed %2 after you saw it; your change was not applied.</source>
      <translation>%1 ändrade %2 efter att du såg det; din ändring genomfördes inte.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="648" />
      <source>Someone else changed %1 after you saw it; your change was not applied.</source>
      <translation>Någon annan ändrade %1 efter att du såg det; din ändring genomfördes inte.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="686" />
      <source>Field</source>
      <extracomment>The tables whose ``status`` is neither a registration's nor an alumni state: its words. The columns of a field conflict, side by side.</extracomment>
      <translation>Fält</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="687" />
      <source>Before</source>
      <translation>Före</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="688" />
      <source>Yours</source>
      <translation>Din</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="689" />
      <source>Theirs (server)</source>
      <translation>Deras (servern)</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="690" />
      <source>Changed by</source>
      <translation>Ändrat av</translation>
    </message>
  </context>
  <context>
    <name>SyncIssuesDialog</name>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="136" />
      <source>Sync issues</source>
      <translation>Synkproblem</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="140" />
      <source>Refused changes</source>
      <translation>Avvisade ändringar</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="188" />
      <source>Nothing needs your attention. Changes you make here are sent to the server when you are online.</source>
      <translation>Inget behöver din uppmärksamhet. Ändringar du gör här skickas till servern när du är online.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="145" />
      <source>&amp;Keep theirs (discard mine)</source>
      <translation>&amp;Behåll serverns (kasta min)</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="147" />
      <source>Discard your change; the server's values stay as they are</source>
      <translation>Kasta din ändring; serverns värden står kvar</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="149" />
      <source>&amp;Apply mine again</source>
      <translation>&amp;Använd min igen</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="150" />
      <source>Send your change again, over what the server has now</source>
      <translation>Skicka din ändring igen, över det som servern har nu</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="151" />
      <source>C&amp;hoose per field…</source>
      <translation>&amp;Välj per fält…</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="152" />
      <source>Keep yours or theirs for each changed field</source>
      <translation>Behåll ditt eller serverns värde för varje ändrat fält</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/sync_ui/issues.py" line="193" />
      <source>The server refused %n change(s). Each is kept until you choose what to do with it.</source>
      <translation>
        <numerusform>Servern avvisade %Ln ändring. Den sparas tills du väljer vad som ska hända med den.</numerusform>
        <numerusform>Servern avvisade %Ln ändringar. De sparas tills du väljer vad som ska hända med dem.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="225" />
      <source>The server says</source>
      <translation>Servern säger</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="229" />
      <source>You did</source>
      <translation>Du gjorde</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="235" />
      <source>On the server now</source>
      <translation>På servern nu</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="236" />
      <source>Refused %1</source>
      <translation>Avvisad %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="242" />
      <source>Yours and theirs</source>
      <translation>Ditt och serverns</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="261" />
      <source>Discard your change</source>
      <translation>Kasta din ändring</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="262" />
      <source>Discard “%1”? The server's values stay as they are.</source>
      <translation>Kasta ”%1”? Serverns värden står kvar.</translation>
    </message>
  </context>
  <context>
    <name>SyncStatus</name>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="24" />
      <source>The server no longer accepts your sign-in; sign in again ({reason})</source>
      <extracomment>The engine's errors (``sync.engine.SyncEngine.sync_once``), for the user's language; the technical reason inside stays as the system wrote it.</extracomment>
      <translation>Servern godtar inte längre din inloggning; logga in igen ({reason})</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="27" />
      <source>Sync failed: {reason}</source>
      <translation>Synkroniseringen misslyckades: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="43" />
      <source>Online</source>
      <translation>Online</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="45" />
      <source>synced %1</source>
      <translation>synkad %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="49" />
      <source>Syncing…</source>
      <translation>Synkar…</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="52" />
      <source>Syncing… %1 rows</source>
      <translation>Synkar… %1 rader</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="56" />
      <source>Offline</source>
      <translation>Offline</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="58" />
      <source>since %1</source>
      <translation>sedan %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="61" />
      <source>work continues here</source>
      <translation>arbetet fortsätter här</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="63" />
      <source>Update Kansli to %1 or later to sync (unsent changes kept)</source>
      <translation>Uppdatera Kansli till %1 eller senare för att synka (osända ändringar finns kvar)</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="67" />
      <source>The local database is damaged: restart Kansli to rebuild it from the server (your unsent changes are kept)</source>
      <translation>Den lokala databasen är skadad: starta om Kansli så återskapas den från servern (dina ändringar som inte skickats än finns kvar)</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="73" />
      <source>The disk is full: sync paused; free some space (your unsent changes are kept)</source>
      <translation>Disken är full: synkroniseringen är pausad; frigör utrymme (dina ändringar som inte skickats än finns kvar)</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="80" />
      <source>Sync error: %1</source>
      <translation>Synkfel: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="84" />
      <source>retry</source>
      <translation>försök igen</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="87" />
      <source>Local database only (not connected to a server)</source>
      <translation>Endast lokal databas (inte ansluten till en server)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/sync_ui/status.py" line="94" />
      <source>%n pending</source>
      <translation>
        <numerusform>%Ln väntar</numerusform>
        <numerusform>%Ln väntar</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/sync_ui/status.py" line="96" />
      <source>%n need(s) attention</source>
      <translation>
        <numerusform>%Ln behöver åtgärd</numerusform>
        <numerusform>%Ln behöver åtgärd</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SyncStatusWidget</name>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="115" />
      <source>Sync state</source>
      <translation>Synkläge</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="118" />
      <source>demo data</source>
      <translation>demodata</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="124" />
      <source>Where the demo's mail and SMS codes go, and its users</source>
      <translation>Vart demons e-post och SMS-koder tar vägen, och dess användare</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="176" />
      <source>Click to see the sync issues and what waits to be sent</source>
      <translation>Klicka för att se synkproblem och vad som väntar på att skickas</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="180" />
      <source>This version of Kansli (%1) is older than the server accepts: install version %2 or later. Your unsent changes stay here and are sent once Kansli is updated.</source>
      <translation>Den här versionen av Kansli (%1) är äldre än servern godtar: installera version %2 eller senare. Dina osända ändringar finns kvar här och skickas när Kansli är uppdaterat.</translation>
    </message>
  </context>
  <context>
    <name>TemplateDialog</name>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="128" />
      <source>New message template</source>
      <translation>Ny meddelandemall</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="129" />
      <source>Edit message template</source>
      <translation>Ändra meddelandemall</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="138" />
      <location filename="../../desktop/admin/template_dialog.py" line="150" />
      <source>Event:</source>
      <translation>Händelse:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="139" />
      <source>Language:</source>
      <translation>Språk:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="145" />
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="161" />
      <source>Name:</source>
      <translation>Namn:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="162" />
      <source>Subject:</source>
      <translation>Ämne:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="163" />
      <source>E-mail text:</source>
      <translation>E-posttext:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="164" />
      <source>SMS text:</source>
      <translation>Sms-text:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="186" />
      <location filename="../../desktop/admin/template_dialog.py" line="206" />
      <source>Placeholders</source>
      <extracomment>The text a placeholder goes into (the one last edited; the e-mail text first).</extracomment>
      <translation>Platshållare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="190" />
      <source>&amp;Insert</source>
      <translation>&amp;Infoga</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="192" />
      <source>Put the chosen placeholder at the cursor of the text last edited</source>
      <translation>Sätt in den valda platshållaren vid markören i den text som ändrades senast</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="194" />
      <source>Search a row for the preview…</source>
      <translation>Sök en rad till förhandsvisningen…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="199" />
      <source>Preview with</source>
      <extracomment>Only the newest read of the rows (search as you type) and of a row's values runs.</extracomment>
      <translation>Förhandsvisa med</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="202" />
      <location filename="../../desktop/admin/template_dialog.py" line="208" />
      <source>Preview</source>
      <translation>Förhandsvisning</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="354" />
      <source>Subject</source>
      <translation>Ämne</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="355" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="356" />
      <source>SMS</source>
      <translation>Sms</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="363" />
      <source>(fix the text first)</source>
      <translation>(rätta texten först)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="370" />
      <source>No row to take values from: the placeholders show their names.</source>
      <translation>Ingen rad att hämta värden från: platshållarna visar sina namn.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="373" />
      <source>Nothing in the local database matches: the placeholders show their names.</source>
      <translation>Inget i den lokala databasen matchar: platshållarna visar sina namn.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="378" />
      <source>Values the sending makes (such as personal links) show their names.</source>
      <translation>Värden som skapas när meddelandet skickas (som personliga länkar) visar sina namn.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/admin/template_dialog.py" line="384" />
      <source>%n character(s)</source>
      <translation>
        <numerusform>%Ln tecken</numerusform>
        <numerusform>%Ln tecken</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/admin/template_dialog.py" line="385" />
      <source>%n SMS</source>
      <translation>
        <numerusform>%Ln sms</numerusform>
        <numerusform>%Ln sms</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="389" />
      <source>As previewed: %1, %2 (%3 per SMS: a character outside the SMS alphabet makes it 70)</source>
      <translation>Som i förhandsvisningen: %1, %2 (%3 per sms: ett tecken utanför sms-alfabetet gör det 70)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="393" />
      <source>As previewed: %1, %2 (%3 per SMS)</source>
      <translation>Som i förhandsvisningen: %1, %2 (%3 per sms)</translation>
    </message>
  </context>
  <context>
    <name>Templates</name>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="57" />
      <source>Swedish</source>
      <extracomment>The languages a template is written in, as the lists name them.</extracomment>
      <translation>Svenska</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="58" />
      <source>English</source>
      <translation>Engelska</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="114" />
      <source>Course</source>
      <extracomment>How many rows the preview offers to choose from (the newest first; a search narrows).</extracomment>
      <translation>Utbildning</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="115" />
      <source>Course round</source>
      <translation>Utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="116" />
      <source>Dates</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="117" />
      <source>Place</source>
      <translation>Plats</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="118" />
      <source>Session</source>
      <translation>Tillfälle</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="61" />
      <source>Event</source>
      <translation>Händelse</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="62" />
      <source>Template</source>
      <translation>Mall</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="63" />
      <source>Language</source>
      <translation>Språk</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="64" />
      <source>State</source>
      <translation>Läge</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="67" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="69" />
      <source>How many times it was published (0: never; nothing is sent from it)</source>
      <translation>Hur många gånger den har publicerats (0: aldrig; inget skickas från den)</translation>
    </message>
  </context>
  <context>
    <name>TemplatesWindow</name>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="89" />
      <source>Message templates</source>
      <translation>Meddelandemallar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="90" />
      <source>No templates yet: Kansli sends its shipped texts. New… makes one for an event.</source>
      <translation>Inga mallar ännu: Kansli skickar sina medföljande texter. Ny… skapar en för en händelse.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="130" />
      <source>A template for an event</source>
      <translation>En mall för en händelse</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="112" />
      <source>&amp;Publish…</source>
      <translation>&amp;Publicera…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="114" />
      <source>Make the draft what is sent</source>
      <translation>Gör utkastet till det som skickas</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="125" />
      <source>Drafts only</source>
      <translation>Bara utkast</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="94" />
      <source>A template is edited as a draft; what is sent changes only when it is published. Placeholders such as {participant_name} are filled when sent.</source>
      <translation>En mall ändras som utkast; det som skickas ändras först när den publiceras. Platshållare som {participant_name} fylls i när meddelandet skickas.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="117" />
      <source>New &amp;language version…</source>
      <translation>Ny &amp;språkversion…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="119" />
      <source>The same template in the other language: a binding sends each recipient the version in their language</source>
      <translation>Samma mall på det andra språket: en koppling skickar varje mottagare versionen på deras språk</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="143" />
      <source>Published</source>
      <translation>Publicerad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="143" />
      <source>Draft</source>
      <translation>Utkast</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="179" />
      <source>Publish “%1” as version %2?</source>
      <translation>Publicera ”%1” som version %2?</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="185" />
      <source>What these bindings send changes at once:</source>
      <translation>Det dessa kopplingar skickar ändras genast:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="191" />
      <source>No binding sends this template yet: publishing changes nothing that is sent until a binding names it.</source>
      <translation>Ingen koppling skickar den här mallen ännu: publiceringen ändrar inget som skickas förrän en koppling anger den.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="194" />
      <source>Publish template</source>
      <translation>Publicera mall</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="196" />
      <source>Publish</source>
      <translation>Publicera</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="214" />
      <source>Published %1 as version %2.</source>
      <translation>%1 publicerades som version %2.</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <location filename="../../desktop/operations/undo.py" line="72" />
      <source>Your decisions are being sent right now; try again in a moment.</source>
      <extracomment>Once its command reached the server, the reverser of ``table`` takes it back.</extracomment>
      <translation>Dina beslut skickas just nu; försök igen om en stund.</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/undo.py" line="89" />
      <source>This decision had already been carried out on the server (its answer was lost on the way), so it was not undone. A decided item cannot be decided again.</source>
      <translation>Beslutet hade redan genomförts på servern (svaret försvann på vägen), så det ångrades inte. Ett beslutat ärende kan inte beslutas igen.</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/undo.py" line="98" />
      <source>This decision has reached the server already; it cannot be undone here.</source>
      <translation>Beslutet har redan nått servern; det kan inte ångras här.</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/undo.py" line="104" />
      <source>This decision was sent to the server, but its answer did not arrive; the server accepts only Kansli %1 or later: update Kansli, then it can be undone.</source>
      <translation>Beslutet skickades till servern, men svaret kom aldrig fram; servern godtar bara Kansli %1 eller senare: uppdatera Kansli, sedan kan det ångras.</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/undo.py" line="112" />
      <source>This decision was sent to the server, but its answer did not arrive; it can be undone when you are back online.</source>
      <translation>Beslutet skickades till servern, men svaret kom aldrig fram; det kan ångras när du är uppkopplad igen.</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/undo.py" line="140" />
      <source>Undoing %1</source>
      <translation>Ångrar %1</translation>
    </message>
  </context>
  <context>
    <name>UnmatchedPaymentsWindow</name>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="339" />
      <source>Unmatched payments</source>
      <translation>Omatchade betalningar</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="348" />
      <source>&amp;Import BgMax file…</source>
      <extracomment>An import ended: its summary in words ("" when it failed).</extracomment>
      <translation>&amp;Importera BgMax-fil…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="351" />
      <source>Import a Bankgirot BgMax file and match its payments to invoices by OCR</source>
      <translation>Importera en BgMax-fil från Bankgirot och matcha betalningarna mot fakturor med OCR</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="354" />
      <source>&amp;Match to invoice…</source>
      <translation>&amp;Matcha mot faktura…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="357" />
      <source>Match the chosen payment to an invoice found by OCR, number or name</source>
      <translation>Matcha den valda betalningen mot en faktura som hittas med OCR, nummer eller namn</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="360" />
      <source>&amp;Card payment events…</source>
      <translation>&amp;Kortbetalningshändelser…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="363" />
      <source>What the card payment providers reported, and what needs attention</source>
      <translation>Vad kortbetalningsleverantörerna rapporterat, och vad som behöver åtgärdas</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="373" />
      <source>Payment actions</source>
      <extracomment>The card payment events' window, once opened.</extracomment>
      <translation>Åtgärder för betalningar</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="375" />
      <source>Filter by reference, payer or amount…</source>
      <translation>Filtrera på referens, betalare eller belopp…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="409" />
      <source>Every payment is matched to an invoice.</source>
      <translation>Alla betalningar är matchade mot en faktura.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="419" />
      <location filename="../../desktop/accounting/payments.py" line="450" />
      <location filename="../../desktop/accounting/payments.py" line="489" />
      <source>Import BgMax file</source>
      <translation>Importera BgMax-fil</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="423" />
      <source>BgMax files (*.txt *.bgmax *.dat)</source>
      <translation>BgMax-filer (*.txt *.bgmax *.dat)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="423" />
      <source>All files (*)</source>
      <translation>Alla filer (*)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="441" />
      <source>The file could not be read: %1</source>
      <translation>Filen kunde inte läsas: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="447" />
      <source>Importing %1…</source>
      <translation>Importerar %1…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="525" />
      <source>Matched %1 to invoice %2 (%3); the receipt is on its way.</source>
      <translation>Matchade %1 mot faktura %2 (%3); kvittot är på väg.</translation>
    </message>
  </context>
  <context>
    <name>UserContactsDialog</name>
    <message>
      <location filename="../../desktop/contacts/user_contacts.py" line="85" />
      <source>Contacts of %1</source>
      <translation>Kontakter för %1</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/user_contacts.py" line="86" />
      <source>Add %1 as their own contact</source>
      <translation>Lägg upp %1 som kontakt till sig själv</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/user_contacts.py" line="89" />
      <source>The person with the user's e-mail address (made if there is none), as Main contact and Notification recipient</source>
      <translation>Personen med användarens e-postadress (skapas om den saknas), som huvudkontakt och aviseringsmottagare</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/user_contacts.py" line="96" />
      <source>A user is their own contact as Main contact (their own details) and Notification recipient (so notifications reach them).</source>
      <translation>En användare är kontakt till sig själv som huvudkontakt (egna kontaktuppgifter) och aviseringsmottagare (så att aviseringar når fram).</translation>
    </message>
  </context>
  <context>
    <name>UsersAdmin</name>
    <message>
      <location filename="../../desktop/admin/texts.py" line="82" />
      <source>The organisation must keep at least one active administrator: make someone else administrator first.</source>
      <extracomment>The server's refusal codes of the user administration -&gt; a sentence.</extracomment>
      <translation>Organisationen måste ha kvar minst en aktiv administratör: gör någon annan till administratör först.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="87" />
      <source>Only the organisation's administrators may do this.</source>
      <translation>Bara organisationens administratörer får göra detta.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="90" />
      <source>The user or session is no longer there; the list has been refreshed.</source>
      <translation>Användaren eller inloggningen finns inte längre; listan har uppdaterats.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="93" />
      <source>The server did not accept what was entered: %1</source>
      <translation>Servern godtog inte det som angavs: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="94" />
      <source>The server does not know one of the roles.</source>
      <translation>Servern känner inte till en av rollerna.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="95" />
      <source>Choose at least one role.</source>
      <translation>Välj minst en roll.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="96" />
      <source>Too many requests; wait a minute and try again.</source>
      <translation>För många förfrågningar; vänta en minut och försök igen.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="99" />
      <source>You cannot deactivate yourself.</source>
      <translation>Du kan inte inaktivera dig själv.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="100" />
      <source>The user is deactivated: reactivate them first.</source>
      <translation>Användaren är inaktiverad: återaktivera hen först.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="101" />
      <source>They already have this role; the list has been refreshed.</source>
      <translation>Användaren har redan den här rollen; listan har uppdaterats.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="104" />
      <source>This user acts for another agent organisation, and a user acts for one only: take their roles there away first.</source>
      <translation>Användaren agerar för en annan agentorganisation, och en användare kan bara agera för en: ta först bort rollerna där.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="114" />
      <source>Only the administrators of the agent organisation may manage its users.</source>
      <extracomment>The agent administration's words where they differ from the users' (another agent organisation is "not found" to an agent's administrator).</extracomment>
      <translation>Bara agentorganisationens administratörer får hantera dess användare.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="117" />
      <source>You may manage the users of your own agent organisation only (or the role was already taken away); the list has been refreshed.</source>
      <translation>Du får bara hantera användarna i din egen agentorganisation (eller så var rollen redan borttagen); listan har uppdaterats.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="127" />
      <source>The customer organisation is no longer there; choose another.</source>
      <extracomment>Inviting a customer to order: the organisation is what may be missing.</extracomment>
      <translation>Kundorganisationen finns inte längre; välj en annan.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="139" />
      <source>The server cannot be reached. Users are managed on the server: try again when online.</source>
      <translation>Servern går inte att nå. Användare hanteras på servern: försök igen när du är ansluten.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="144" />
      <source>The server no longer accepts your sign-in. Sign in again.</source>
      <translation>Servern godtar inte längre din inloggning. Logga in igen.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="155" />
      <source>The server refused: %1</source>
      <translation>Servern nekade: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="159" />
      <source>Something went wrong: %1</source>
      <translation>Något gick fel: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="31" />
      <source>Active</source>
      <extracomment>The lists' columns, translated in context CONTEXT.</extracomment>
      <translation>Aktiv</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="32" />
      <source>Deactivated</source>
      <translation>Inaktiverad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="40" />
      <source>Never</source>
      <translation>Aldrig</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="49" />
      <source>Name</source>
      <extracomment>Roles last: the longest text takes the width the window has.</extracomment>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="50" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="53" />
      <source>Mobile phone</source>
      <translation>Mobiltelefon</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="54" />
      <source>Where SMS attestation codes are sent</source>
      <translation>Dit SMS-koder för attestering skickas</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="72" />
      <source>Agent roles</source>
      <translation>Agentroller</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="74" />
      <source>Roles in an agent organisation, and which one: the user acts for it</source>
      <translation>Roller i en agentorganisation, och vilken: användaren agerar för den</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="78" />
      <source>Roles</source>
      <translation>Roller</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="87" />
      <source>an agent organisation not held here</source>
      <translation>en agentorganisation som inte finns här</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="188" />
      <source>Roles in the agent organisation</source>
      <extracomment>Agent organisation id -&gt; name (of this copy of the data).</extracomment>
      <translation>Roller i agentorganisationen</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="191" />
      <source>Granted</source>
      <translation>Tilldelad</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="56" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="59" />
      <source>Last sign-in</source>
      <translation>Senaste inloggning</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="64" />
      <source>Sessions</source>
      <translation>Inloggningar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="66" />
      <source>Desktop sign-ins and web sessions that are open now</source>
      <translation>Inloggningar i programmet och på webben som är öppna nu</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/operations.py" line="64" />
      <source>Loading users</source>
      <translation>Hämtar användare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/operations.py" line="76" />
      <source>Inviting a user</source>
      <translation>Bjuder in en användare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/operations.py" line="88" />
      <source>Changing a user</source>
      <translation>Ändrar en användare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/operations.py" line="97" />
      <source>Sending a password reset</source>
      <translation>Skickar en återställning av lösenordet</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/operations.py" line="108" />
      <source>Loading sessions</source>
      <translation>Hämtar inloggningar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/operations.py" line="119" />
      <source>Ending a session</source>
      <translation>Avslutar en inloggning</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/operations.py" line="130" />
      <source>Loading the agent's users</source>
      <translation>Hämtar agentens användare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/operations.py" line="176" />
      <source>Changing agent roles</source>
      <translation>Ändrar agentroller</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/operations.py" line="198" />
      <source>Inviting a customer to order</source>
      <translation>Bjuder in en kund att beställa</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/operations.py" line="234" />
      <source>Loading the notifications</source>
      <extracomment>The most records the follow-up reads at once (pages of 500): the newest first.</extracomment>
      <translation>Hämtar aviseringarna</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/operations.py" line="242" />
      <source>Loading the notification</source>
      <translation>Hämtar aviseringen</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="33" />
      <source>An agent organisation's users are managed on the server, and this copy of the data is not connected to one. Sign in to the server to manage them.</source>
      <translation>En agentorganisations användare hanteras på servern, och den här kopian av data är inte ansluten till någon. Logga in på servern för att hantera dem.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="38" />
      <source>Offline: an agent organisation's users are managed on the server, and it cannot be reached now. Your other work goes on; try again when online.</source>
      <translation>Frånkopplad: en agentorganisations användare hanteras på servern, och den går inte att nå just nu. Ditt övriga arbete fortsätter; försök igen när du är ansluten.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="46" />
      <source>Users are managed on the server, and this copy of the data is not connected to one. Sign in to the server to manage users.</source>
      <translation>Användare hanteras på servern, och den här kopian av uppgifterna är inte ansluten till någon. Logga in på servern för att hantera användare.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="51" />
      <source>Offline: users are managed on the server, and it cannot be reached now. Your other work goes on; try again when online.</source>
      <translation>Frånkopplad: användare hanteras på servern, och den går inte att nå nu. Ditt övriga arbete fortsätter; försök igen när du är ansluten.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="354" />
      <source>The follow-up of notifications is kept on the server, and this copy of the data is not connected to one. Sign in to the server to see it.</source>
      <extracomment>Why there is no list: no server to ask; the server cannot be reached.</extracomment>
      <translation>Uppföljningen av aviseringar finns på servern, och den här kopian av datan är inte ansluten till någon. Logga in på servern för att se den.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="359" />
      <source>Offline: the follow-up of notifications is kept on the server, and it cannot be reached now. Your other work goes on; try again when online.</source>
      <translation>Frånkopplad: uppföljningen av aviseringar finns på servern, och den går inte att nå just nu. Ditt övriga arbete fortsätter; försök igen när du är ansluten.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="161" />
      <source>The economics report is made by the server from its ledger, and this copy of the data is not connected to one. Sign in to the server to see it.</source>
      <translation>Ekonomirapporten tas fram av servern ur dess reskontra, och den här kopian av data är inte ansluten till någon server. Logga in på servern för att se den.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="166" />
      <source>Offline: the economics report needs a connection to the server, which keeps the ledger. Your other work goes on; try again when online.</source>
      <translation>Frånkopplad: ekonomirapporten behöver en anslutning till servern, som har reskontran. Ditt övriga arbete fortsätter; försök igen när du är ansluten.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="102" />
      <source>Invoices and their reminders are kept on the server, and this copy of the data is not connected to one. Sign in to the server to see them.</source>
      <translation>Fakturor och deras påminnelser finns på servern, och den här kopian av data är inte ansluten till någon. Logga in på servern för att se dem.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="107" />
      <source>Offline: invoices and their reminders are kept on the server, and it cannot be reached now. Your other work goes on; try again when online.</source>
      <translation>Offline: fakturor och deras påminnelser finns på servern, och den kan inte nås just nu. Ditt övriga arbete fortsätter; försök igen när du är online.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="327" />
      <source>Payments are kept on the server, and this copy of the data is not connected to one. Sign in to the server to import and match payments.</source>
      <translation>Betalningar finns på servern, och den här kopian av data är inte ansluten till någon. Logga in på servern för att importera och matcha betalningar.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="332" />
      <source>Offline: payments are kept on the server, and it cannot be reached now. Importing and matching need a connection; your other work goes on. Try again when online.</source>
      <translation>Offline: betalningar finns på servern, och den kan inte nås just nu. Import och matchning behöver en anslutning; ditt övriga arbete fortsätter. Försök igen när du är online.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="202" />
      <source>Refunds are kept on the server, and this copy of the data is not connected to one. Sign in to the server to see and pay refunds.</source>
      <translation>Återbetalningar finns på servern, och den här kopian av uppgifterna är inte ansluten till någon. Logga in på servern för att se och betala återbetalningar.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="207" />
      <source>Offline: refunds are kept on the server, and it cannot be reached now. Paying refunds needs a connection; your other work goes on. Try again when online.</source>
      <translation>Frånkopplad: återbetalningar finns på servern, och den går inte att nå nu. Att betala återbetalningar kräver en anslutning; ditt övriga arbete fortsätter. Försök igen när du är ansluten.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="90" />
      <source>The evaluation answers are kept by the server, and this copy of the data is not connected to one. Sign in to the server to see them.</source>
      <translation>Utvärderingssvaren finns på servern, och den här kopian av uppgifterna är inte ansluten till någon. Logga in på servern för att se dem.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="95" />
      <source>Offline: the evaluation results need a connection to the server, which keeps the answers. Your other work goes on; try again when online.</source>
      <translation>Frånkopplad: utvärderingsresultaten behöver en anslutning till servern, som har svaren. Ditt övriga arbete fortsätter; försök igen när du är ansluten.</translation>
    </message>
  </context>
  <context>
    <name>UsersWindow</name>
    <message>
      <location filename="../../desktop/admin/view.py" line="59" />
      <source>Users</source>
      <translation>Användare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="61" />
      <source>Users of %1</source>
      <translation>Användare i %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="110" />
      <source>Filter by name, e-mail or role…</source>
      <translation>Filtrera på namn, e-post eller roll…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="82" />
      <source>&amp;Invite user…</source>
      <extracomment>(id, name) of the agent organisations of this copy of the data.</extracomment>
      <translation>&amp;Bjud in användare…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="83" />
      <source>Invite someone by e-mail and give them roles in this organisation</source>
      <translation>Bjud in någon via e-post och ge hen roller i den här organisationen</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="84" />
      <source>Edit &amp;roles…</source>
      <translation>Ändra &amp;roller…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="85" />
      <source>Change the selected user's roles</source>
      <translation>Ändra den valda användarens roller</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="86" />
      <source>&amp;Agent roles…</source>
      <translation>&amp;Agentroller…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="87" />
      <source>Choose the agent organisation the selected user acts for, and their roles there</source>
      <translation>Välj vilken agentorganisation den markerade användaren agerar för, och rollerna där</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="89" />
      <source>Mobile &amp;phone…</source>
      <translation>Mobil&amp;telefon…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="90" />
      <source>Set the mobile phone the selected user's SMS attestation codes go to</source>
      <translation>Ange mobilnumret som den valda användarens SMS-koder för attestering skickas till</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="91" />
      <source>Person&amp;nummer…</source>
      <translation>Person&amp;nummer…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="92" />
      <source>Register the personnummer the selected user's BankID signatures must come from</source>
      <translation>Registrera det personnummer som den valda användarens BankID-underskrifter måste komma från</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="94" />
      <location filename="../../desktop/admin/view.py" line="130" />
      <source>&amp;Deactivate</source>
      <translation>&amp;Inaktivera</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="95" />
      <source>Deactivate the selected user: every sign-in of theirs ends at once</source>
      <translation>Inaktivera den valda användaren: alla hens inloggningar avslutas direkt</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="96" />
      <source>Send password &amp;reset</source>
      <translation>Skicka länk för nytt &amp;lösenord</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="97" />
      <source>Mail the selected user a single-use link to choose a new password</source>
      <translation>Skicka en engångslänk till den valda användaren för att välja ett nytt lösenord</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="98" />
      <source>&amp;Sessions…</source>
      <translation>I&amp;nloggningar…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="99" />
      <source>See and end the selected user's open sign-ins</source>
      <translation>Se och avsluta den valda användarens öppna inloggningar</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="100" />
      <source>&amp;Contacts…</source>
      <translation>&amp;Kontakter…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="101" />
      <source>The selected user's contacts: their own details and others to notify</source>
      <translation>Den valda användarens kontakter: egna kontaktuppgifter och andra att avisera</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="108" />
      <source>User actions</source>
      <translation>Användaråtgärder</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="128" />
      <source>Re&amp;activate</source>
      <translation>&amp;Återaktivera</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="154" />
      <source>No users yet — invite someone with “Invite user…”.</source>
      <translation>Inga användare än — bjud in någon med ”Bjud in användare…”.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="199" />
      <source>An invitation was sent to %1.</source>
      <translation>En inbjudan skickades till %1.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="217" />
      <source>The roles of %1 were changed.</source>
      <translation>Rollerna för %1 ändrades.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="271" />
      <source>The agent roles of %1 were changed.</source>
      <translation>Agentrollerna för %1 har ändrats.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="284" />
      <source>The mobile phone of %1 was changed.</source>
      <translation>Mobilnumret för %1 har ändrats.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="294" />
      <source>The personnummer of %1 was changed.</source>
      <translation>Personnumret för %1 ändrades.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="324" />
      <source>Deactivate user</source>
      <translation>Inaktivera användare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="325" />
      <source>Deactivate %1?</source>
      <translation>Inaktivera %1?</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="328" />
      <source>All their sessions end at once: every desktop sign-in and web page is signed out, and they cannot sign in again until reactivated. Their work stays as it is.</source>
      <translation>Alla hens inloggningar avslutas direkt: varje inloggning i programmet och på webben loggas ut, och hen kan inte logga in igen förrän hen återaktiveras. Hens arbete finns kvar som det är.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="333" />
      <source>Deactivate</source>
      <translation>Inaktivera</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="335" />
      <source>Reactivate user</source>
      <translation>Återaktivera användare</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="336" />
      <source>Reactivate %1?</source>
      <translation>Återaktivera %1?</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="337" />
      <source>They can sign in again with their password.</source>
      <translation>Hen kan logga in igen med sitt lösenord.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="338" />
      <source>Reactivate</source>
      <translation>Återaktivera</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="358" />
      <source>%1 was reactivated.</source>
      <translation>%1 återaktiverades.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="360" />
      <source>%1 was deactivated; all their sessions ended.</source>
      <translation>%1 inaktiverades; alla hens inloggningar avslutades.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="379" />
      <source>A link to choose a new password was mailed to %1.</source>
      <translation>En länk för att välja ett nytt lösenord skickades till %1.</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="30" />
      <location filename="../../desktop/common/row_dialog.py" line="39" />
      <source>Must not be empty</source>
      <extracomment>The templates of the checks the desktop runs as the user types: person fields, personnummer, e-mail addresses, phone numbers and one-line text (``tests/desktop/test_domain_text.py`` keeps this list complete).</extracomment>
      <translation>Får inte vara tomt</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="31" />
      <source>Two letters, such as SE</source>
      <translation>Två bokstäver, till exempel SE</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="32" />
      <source>Letters and digits only, such as 123 45</source>
      <translation>Endast bokstäver och siffror, till exempel 123 45</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="33" />
      <location filename="../../desktop/common/row_dialog.py" line="37" />
      <source>Write the date as YYYY-MM-DD</source>
      <extracomment>What the argument model's refusals say in the form (pydantic's own words otherwise).</extracomment>
      <translation>Skriv datumet som ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="34" />
      <source>Personnummer is empty</source>
      <translation>Personnumret är tomt</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="35" />
      <source>Personnummer may contain only digits and a - or + separator</source>
      <translation>Personnumret får bara innehålla siffror och ett skiljetecken, - eller +</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="36" />
      <source>Personnummer has more than one separator</source>
      <translation>Personnumret har mer än ett skiljetecken</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="37" />
      <source>Personnummer must have 10 or 12 digits</source>
      <translation>Personnumret måste ha 10 eller 12 siffror</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="38" />
      <source>Personnummer must have the separator just before the last four digits</source>
      <translation>Personnumret måste ha skiljetecknet precis före de fyra sista siffrorna</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="41" />
      <source>Personnummer with a four-digit year cannot have a + separator; use -</source>
      <translation>Ett personnummer med fyrsiffrigt årtal kan inte ha + som skiljetecken; använd -</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="44" />
      <source>Personnummer does not contain a valid date of birth</source>
      <translation>Personnumret innehåller inget giltigt födelsedatum</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="45" />
      <source>Personnummer has a year of birth before {year}</source>
      <translation>Personnumret har ett födelseår före {year}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="46" />
      <source>Personnummer has a date of birth in the future</source>
      <translation>Personnumret har ett födelsedatum i framtiden</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="47" />
      <source>Personnummer has a wrong check digit</source>
      <translation>Personnumret har fel kontrollsiffra</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="48" />
      <source>E-mail address is empty</source>
      <translation>E-postadressen är tom</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="49" />
      <source>E-mail address must not contain spaces</source>
      <translation>E-postadressen får inte innehålla mellanslag</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="50" />
      <source>E-mail address is longer than {limit} characters</source>
      <translation>E-postadressen är längre än {limit} tecken</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="51" />
      <source>E-mail address has no @</source>
      <translation>E-postadressen saknar @</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="52" />
      <source>E-mail address has more than one @</source>
      <translation>E-postadressen har mer än ett @</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="53" />
      <source>E-mail address has nothing before the @</source>
      <translation>E-postadressen har inget före @</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="54" />
      <source>E-mail address has no domain after the @</source>
      <translation>E-postadressen har ingen domän efter @</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="55" />
      <source>E-mail address must have a dot in the domain (as in name@example.se)</source>
      <translation>E-postadressen måste ha en punkt i domänen (som i namn@exempel.se)</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="58" />
      <source>E-mail address has a misplaced dot in the domain</source>
      <translation>E-postadressen har en felplacerad punkt i domänen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="59" />
      <source>E-mail address is not valid: {reason}</source>
      <translation>E-postadressen är inte giltig: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="60" />
      <source>Phone number is empty</source>
      <translation>Telefonnumret är tomt</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="61" />
      <source>Phone number may have a + only at the start</source>
      <translation>Telefonnumret får bara ha + i början</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="62" />
      <source>Phone number may contain only digits, spaces, dashes, parentheses and a leading +</source>
      <translation>Telefonnumret får bara innehålla siffror, mellanslag, bindestreck, parenteser och ett inledande +</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="66" />
      <source>Phone number has no digits</source>
      <translation>Telefonnumret har inga siffror</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="67" />
      <source>Phone number must have a country code after + or 00</source>
      <translation>Telefonnumret måste ha en landskod efter + eller 00</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="68" />
      <source>International phone number must have {low} to {high} digits including the country code</source>
      <translation>Ett utländskt telefonnummer måste ha {low} till {high} siffror inklusive landskoden</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="72" />
      <source>Phone number must start with 0, or with + or 00 and a country code</source>
      <translation>Telefonnumret måste börja med 0, eller med + eller 00 och en landskod</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="75" />
      <source>Phone number has a 0 too many after the country code +46</source>
      <translation>Telefonnumret har en nolla för mycket efter landskoden +46</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="76" />
      <source>Swedish phone number is too short: it must have 8 to 10 digits including the leading 0</source>
      <translation>Det svenska telefonnumret är för kort: det måste ha 8 till 10 siffror inklusive den inledande nollan</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="80" />
      <source>Swedish phone number is too long: it must have 8 to 10 digits including the leading 0</source>
      <translation>Det svenska telefonnumret är för långt: det måste ha 8 till 10 siffror inklusive den inledande nollan</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="84" />
      <source>contains an invisible control character ({code})</source>
      <translation>innehåller ett osynligt styrtecken ({code})</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="93" />
      <source>A category named {name} exists already</source>
      <extracomment>Refusals of commands a clerk meets in the sync issues list (``models/commands``, ``models/courses.py``, ``models/alumni.py``): the server sends them in English, the desktop shows them in the user's language.</extracomment>
      <translation>Det finns redan en kategori som heter {name}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="94" />
      <source>{name} is archived: restore it instead</source>
      <translation>{name} är arkiverad: återställ den i stället</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="95" />
      <source>{name} is given by the alumni processing and cannot be archived</source>
      <translation>{name} ges av alumnihanteringen och kan inte arkiveras</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="98" />
      <source>A category name needs a letter or a digit</source>
      <translation>Ett kategorinamn behöver en bokstav eller en siffra</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="99" />
      <source>The registration is cancelled</source>
      <translation>Kursregistreringen är avbokad</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="101" />
      <source>This note was already withdrawn by {by} on {day}</source>
      <translation>Noteringen drogs redan tillbaka av {by} {day}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="102" />
      <source>The registration is not approved</source>
      <translation>Kursregistreringen är inte godkänd</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="103" />
      <source>A Swedish postal code has five digits, such as 123 45</source>
      <translation>Ett svenskt postnummer har fem siffror, till exempel 123 45</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="104" />
      <source>A postal code has at most ten characters</source>
      <translation>Ett postnummer har högst tio tecken</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="105" />
      <source>The registration has not been checked automatically yet</source>
      <translation>Registreringen har inte kontrollerats automatiskt än</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="106" />
      <source>The registration is in the manual queue; nothing to reverse</source>
      <translation>Registreringen ligger i den manuella kön; det finns inget beslut att häva</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="107" />
      <source>The registration proposes nothing to review</source>
      <translation>Registreringen föreslår inget att granska</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="108" />
      <source>{name} already has the proposed personnummer: merge the two profiles or discard the proposal</source>
      <translation>{name} har redan det föreslagna personnumret: slå ihop de två profilerna eller förkasta förslaget</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="113" />
      <source>The registration is in the manual queue; approve or deny it instead</source>
      <translation>Registreringen väntar på manuell behandling; godkänn eller neka den i stället</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="116" />
      <source>The membership is already terminated</source>
      <translation>Medlemskapet är redan avslutat</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="117" />
      <source>Give a reason for the denial</source>
      <translation>Ange ett skäl till nekandet</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="118" />
      <source>Give a reason for reversing the decision</source>
      <translation>Ange ett skäl till att beslutet hävs</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="119" />
      <source>An automatic decision cannot be reversed; only an officer's decision can</source>
      <translation>Ett automatiskt beslut kan inte hävas; bara en handläggares beslut kan det</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="122" />
      <source>The alumnus has terminated the membership; the decision cannot be reversed</source>
      <translation>Alumnen har avslutat medlemskapet; beslutet kan inte hävas</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="125" />
      <source>The person was merged or removed since; the decision cannot be reversed</source>
      <translation>Personen har sedan slagits ihop eller tagits bort; beslutet kan inte hävas</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="128" />
      <source>A later registration was approved on this membership; the decision cannot be reversed</source>
      <translation>En senare registrering godkändes på grund av medlemskapet; beslutet kan inte hävas</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="132" />
      <source>Only an administrator may remove an approval</source>
      <translation>Endast en administratör får ta bort ett godkännande</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="133" />
      <source>The round ends before it starts</source>
      <translation>Omgången slutar innan den börjar</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="134" />
      <source>The terms must be accepted</source>
      <translation>Villkoren måste godkännas</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="135" />
      <source>{round} is cancelled</source>
      <translation>{round} är inställd</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="136" />
      <source>{person} already has {address}</source>
      <translation>{person} har redan {address}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="137" />
      <source>Registration already approved by {email} on {day}</source>
      <translation>Kursregistreringen är redan godkänd av {email} den {day}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="138" />
      <source>Already {status} by {by} at {when}</source>
      <translation>Redan {status} av {by} {when}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="139" />
      <source>A choice element needs at least one option</source>
      <translation>En flervalsfråga behöver minst ett alternativ</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="140" />
      <source>Only a choice element has options</source>
      <translation>Bara en flervalsfråga har alternativ</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="141" />
      <source>The options must differ from each other</source>
      <translation>Alternativen måste skilja sig från varandra</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="142" />
      <source>Option {number} is empty</source>
      <translation>Alternativ {number} är tomt</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="143" />
      <source>Option {number} is longer than 200 characters</source>
      <translation>Alternativ {number} är längre än 200 tecken</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="144" />
      <source>A new rule needs its kind</source>
      <translation>En ny regel behöver en typ</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="145" />
      <source>A sign-up form cannot move to another round</source>
      <translation>Ett anmälningsformulär kan inte flyttas till en annan omgång</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="146" />
      <source>is out of range</source>
      <translation>är utanför det tillåtna intervallet</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="147" />
      <source>must be a finite number</source>
      <translation>måste vara ett ändligt tal</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="148" />
      <source>Organisationsnummer is empty</source>
      <translation>Organisationsnumret är tomt</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="149" />
      <source>Organisationsnummer may contain only digits and a -</source>
      <translation>Organisationsnumret får bara innehålla siffror och ett -</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="150" />
      <source>Organisationsnummer has more than one -</source>
      <translation>Organisationsnumret har mer än ett -</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="151" />
      <source>Organisationsnummer must have 10 digits</source>
      <translation>Organisationsnumret måste ha 10 siffror</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="152" />
      <source>Organisationsnummer has a wrong check digit</source>
      <translation>Organisationsnumret har fel kontrollsiffra</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="153" />
      <source>The session ends before it starts</source>
      <translation>Kurstillfället slutar innan det börjar</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="154" />
      <source>A session with an end time needs a start time</source>
      <translation>Ett kurstillfälle med sluttid behöver en starttid</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="155" />
      <source>The session is on {day}, outside the round's dates ({starts} to {ends})</source>
      <translation>Kurstillfället är {day}, utanför utbildningsomgångens datum ({starts} till {ends})</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="158" />
      <source>Sessions outside these dates: {count}, the first on {day}; move or remove them first</source>
      <translation>Kurstillfällen utanför dessa datum: {count}, det första {day}; flytta eller ta bort dem först</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="162" />
      <source>A session needs its day</source>
      <translation>Ett kurstillfälle behöver ett datum</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="163" />
      <source>Write the time as HH:MM, such as 09:30</source>
      <translation>Skriv tiden som TT:MM, till exempel 09:30</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="164" />
      <source>Your roles do not allow changing a user's contacts</source>
      <translation>Dina roller tillåter inte att en användares kontakter ändras</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="165" />
      <source>An organisation named {name} already exists</source>
      <translation>Det finns redan en organisation som heter {name}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="166" />
      <source>An organisation with the number {number} already exists</source>
      <translation>Det finns redan en organisation med numret {number}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="167" />
      <source>This organisation is a customer already</source>
      <translation>Organisationen är redan kund</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="169" />
      <source>This person was merged into another: erase that person instead</source>
      <translation>Personen har slagits ihop med en annan: radera den personen i stället</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="173" />
      <source>This person has a staff account: remove the account first</source>
      <translation>Personen har ett användarkonto: ta bort kontot först</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="174" />
      <source>This person has an open balance (an unpaid invoice, credit or money owed back): settle it first</source>
      <translation>Personen har ett öppet saldo (en obetald faktura, ett tillgodohavande eller pengar att betala tillbaka): reglera det först</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="179" />
      <source>A customer with the number {number} already exists</source>
      <translation>Det finns redan en kund med numret {number}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="180" />
      <source>The contract ends before it starts</source>
      <translation>Kontraktet slutar innan det börjar</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="181" />
      <source>A brace has no pair: write a placeholder as {example} and a brace as {braces}</source>
      <translation>En klammerparentes saknar sin motsvarighet: skriv en platshållare som {example} och en klammerparentes som {braces}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="185" />
      <source>{placeholder} is not a placeholder: write a placeholder as {example}</source>
      <translation>{placeholder} är ingen platshållare: skriv en platshållare som {example}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="188" />
      <source>{placeholder} is not a value of {event}: use one of {known}</source>
      <translation>{placeholder} är inget värde för {event}: använd något av {known}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="189" />
      <source>{event} is not an event type of Kansli</source>
      <translation>{event} är ingen händelsetyp i Kansli</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="190" />
      <source>The template {name} was published as version {version} meanwhile</source>
      <translation>Mallen {name} har publicerats som version {version} under tiden</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="193" />
      <source>The template {name} has no changes to publish</source>
      <translation>Mallen {name} har inga ändringar att publicera</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="194" />
      <source>A template needs a subject or an SMS text</source>
      <translation>En mall behöver ett ämne eller en SMS-text</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="195" />
      <source>An e-mail needs its text</source>
      <translation>Ett e-postmeddelande behöver sin text</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="196" />
      <source>The template {name} is made for {template_event}, not for {event}</source>
      <translation>Mallen {name} är gjord för {template_event}, inte för {event}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="199" />
      <source>A binding for the whole tenant names no row</source>
      <translation>En koppling för hela organisationen gäller ingen enskild rad</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="200" />
      <source>Choose what the binding is for</source>
      <translation>Välj vad kopplingen gäller</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="201" />
      <source>A course cannot require itself</source>
      <translation>En kurs kan inte kräva sig själv</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="202" />
      <source>{required} already requires {course}, directly or through other courses</source>
      <translation>{required} kräver redan {course}, direkt eller genom andra kurser</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="205" />
      <source>{course} already requires {required}</source>
      <translation>{course} kräver redan {required}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="206" />
      <source>The registration waits for review: accept or decline it</source>
      <translation>Anmälan väntar på granskning: godta eller avslå den</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="207" />
      <source>The registration does not wait for review</source>
      <translation>Anmälan väntar inte på granskning</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="208" />
      <source>Choose an attestant</source>
      <translation>Välj en attestant</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="209" />
      <source>The one who ordered an order may not also attest it</source>
      <translation>Den som har beställt får inte också attestera beställningen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="210" />
      <source>Give a reason for the rejection</source>
      <translation>Ange ett skäl till avslaget</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="211" />
      <source>Give a reason for declining</source>
      <translation>Ange ett skäl till att du avböjer</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="212" />
      <source>You approved this order as case handler in this session; sign out and sign in again to attest it</source>
      <translation>Du godkände den här beställningen som handläggare i den här sessionen; logga ut och logga in igen för att attestera den</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="216" />
      <source>Name the category or round the rule is for</source>
      <translation>Ange kategorin eller omgången som regeln gäller</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="217" />
      <source>A rule for the whole tenant names no scope</source>
      <translation>En regel för alla kurser anger ingen kategori eller omgång</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="218" />
      <source>This scope already has a price rule: edit that one</source>
      <translation>Det finns redan en prisregel för detta: ändra den</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="219" />
      <source>The cancellation terms of {round} were changed meanwhile (version {theirs})</source>
      <translation>Avbokningsvillkoren för {round} ändrades under tiden (version {theirs})</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="222" />
      <source>A membership ends before it starts</source>
      <translation>Medlemskapet slutar innan det börjar</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="223" />
      <source>The refund less the fee ends before the full refund does</source>
      <translation>Återbetalningen med avdrag slutar innan den fulla återbetalningen gör det</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="225" />
      <source>Changed terms need a new version, so earlier consents keep theirs</source>
      <translation>Ändrade villkor behöver en ny version, så att tidigare samtycken behåller sina</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="228" />
      <source>A participant is not their own partner</source>
      <translation>En deltagare kan inte vara sin egen partner</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="229" />
      <source>The banner must be an http(s) address of an image, as in https://example.se/b.png</source>
      <translation>Bannern måste vara en http(s)-adress till en bild, som https://example.se/b.png</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="233" />
      <source>Only the approving manager element can require confirmation by e-mail</source>
      <translation>Bara frågan om godkännande chef kan kräva bekräftelse via e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="236" />
      <source>A question cannot go after itself</source>
      <translation>En fråga kan inte placeras efter sig själv</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="237" />
      <source>The questions are on different sign-up forms</source>
      <translation>Frågorna finns på olika anmälningsformulär</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="238" />
      <source>The registration has no approving manager with an e-mail address</source>
      <translation>Anmälan har ingen godkännande chef med e-postadress</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="241" />
      <source>The registration is already on the waiting list</source>
      <translation>Anmälan står redan på väntelistan</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="242" />
      <source>The registration is not on the waiting list</source>
      <translation>Anmälan står inte på väntelistan</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="243" />
      <source>Only a registration on the waiting list can be offered a place</source>
      <translation>Bara en anmälan på väntelistan kan erbjudas en plats</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="246" />
      <source>The registration has no offered place to accept</source>
      <translation>Anmälan har ingen erbjuden plats att tacka ja till</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="247" />
      <source>OCR reference is empty</source>
      <translation>OCR-numret är tomt</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="248" />
      <source>OCR reference may contain only digits</source>
      <translation>OCR-numret får bara innehålla siffror</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="249" />
      <source>OCR reference has a wrong check digit</source>
      <translation>OCR-numret har fel kontrollsiffra</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="250" />
      <source>OCR reference has a wrong length digit (the second last digit)</source>
      <translation>OCR-numret har fel längdsiffra (den näst sista siffran)</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="253" />
      <source>Bankgiro number is empty</source>
      <translation>Bankgironumret är tomt</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="261" />
      <source>Organisationsnummer must have the - just before the last four digits</source>
      <translation>Organisationsnumret måste ha - precis före de fyra sista siffrorna</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="264" />
      <source>Organisationsnummer must have 20 or more as third and fourth digits (this looks like a personnummer)</source>
      <translation>Organisationsnumret måste ha 20 eller mer som tredje och fjärde siffra (det här ser ut som ett personnummer)</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="268" />
      <source>Organisationsnummer with 12 digits must start with 16</source>
      <translation>Ett organisationsnummer med 12 siffror måste börja med 16</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="269" />
      <source>A discount is either an amount or a percentage</source>
      <translation>En rabatt är antingen ett belopp eller en procentsats</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="270" />
      <source>A discount's amount must be between 0 and {most} öre</source>
      <translation>Rabattens belopp måste vara mellan 0 och {most} öre</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="271" />
      <source>A discount's percentage must be between 0 and 100</source>
      <translation>Rabattens procentsats måste vara mellan 0 och 100</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="272" />
      <source>An early-booking discount needs its last day</source>
      <translation>En rabatt för tidig anmälan behöver sin sista dag</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="273" />
      <source>A discount's validity ends before it starts</source>
      <translation>Rabattens giltighet slutar innan den börjar</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="274" />
      <source>A price must be between 0 and {most} öre</source>
      <translation>Ett pris måste vara mellan 0 och {most} öre</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="275" />
      <source>A VAT rate must be between 0 and 100 %</source>
      <translation>En momssats måste vara mellan 0 och 100 %</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="276" />
      <source>An administrative fee must be between 0 and {most} öre</source>
      <translation>En administrativ avgift måste vara mellan 0 och {most} öre</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="277" />
      <source>An account is four digits (BAS)</source>
      <translation>Ett konto har fyra siffror (BAS)</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="278" />
      <source>An object code is one line without edge spaces</source>
      <translation>En objektkod är en rad utan mellanslag först eller sist</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="279" />
      <source>This purpose already has an account for this scope: edit that one</source>
      <translation>Det här ändamålet har redan ett konto här: ändra det i stället</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="282" />
      <source>A VAT code is the two-digit box of the VAT return (e.g. 05 or 10)</source>
      <translation>En momskod är momsdeklarationens tvåsiffriga ruta (t.ex. 05 eller 10)</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="285" />
      <source>An object has a code</source>
      <translation>Ett objekt har en kod</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="286" />
      <source>An object has a name</source>
      <translation>Ett objekt har ett namn</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="287" />
      <source>There is already an object with this code: edit that one</source>
      <translation>Det finns redan ett objekt med den här koden: ändra det i stället</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="288" />
      <source>No such cost centre: {code}</source>
      <translation>Kostnadsstället {code} finns inte</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="289" />
      <source>No such project: {code}</source>
      <translation>Projektet {code} finns inte</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="290" />
      <source>A rule set has a name</source>
      <translation>En regeluppsättning har ett namn</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="291" />
      <source>A number of zero or more</source>
      <translation>Ett tal som är noll eller mer</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="292" />
      <source>At least one participant</source>
      <translation>Minst en deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="293" />
      <source>The highest age is below the lowest</source>
      <translation>Högsta åldern är lägre än den lägsta</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="294" />
      <source>The most participants counted is below the fewest needed</source>
      <translation>Högsta antal räknade deltagare är lägre än minsta antal som krävs</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="295" />
      <source>No such way of counting a day</source>
      <translation>Inget sådant sätt att räkna en dag</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="296" />
      <source>There is already a rule set with this name: edit that one</source>
      <translation>Det finns redan en regeluppsättning med det namnet: ändra den</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="297" />
      <source>An account mapping names this object: change that mapping first</source>
      <translation>En kontokoppling använder objektet: ändra kopplingen först</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="300" />
      <source>An object is a cost centre (dimension 1) or a project (dimension 6)</source>
      <translation>Ett objekt är ett kostnadsställe (dimension 1) eller ett projekt (dimension 6)</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="303" />
      <source>No such kind of voucher: {kind}</source>
      <translation>Verifikationsslaget {kind} finns inte</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="304" />
      <source>A voucher series is one letter A-Z ({kind})</source>
      <translation>En verifikationsserie är en bokstav A–Z ({kind})</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="305" />
      <source>The accounting settings were changed meanwhile (version {theirs})</source>
      <translation>Bokföringsinställningarna har ändrats under tiden (version {theirs})</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="314" />
      <source>OCR reference carries no number</source>
      <translation>OCR-numret innehåller inget nummer</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="316" />
      <source>Not the machine-readable zone of an ID card (3 lines of 30) or a passport (2 of 44)</source>
      <translation>Inte den maskinläsbara zonen på ett id-kort (3 rader à 30 tecken) eller ett pass (2 à 44)</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="320" />
      <source>The machine-readable zone may hold only A-Z, 0-9 and &lt;</source>
      <translation>Den maskinläsbara zonen får bara innehålla A–Z, 0–9 och &lt;</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="321" />
      <source>The document number's check digit does not match</source>
      <translation>Dokumentnumrets kontrollsiffra stämmer inte</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="322" />
      <source>The birth date's check digit does not match</source>
      <translation>Födelsedatumets kontrollsiffra stämmer inte</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="323" />
      <source>The expiry date's check digit does not match</source>
      <translation>Giltighetsdatumets kontrollsiffra stämmer inte</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="324" />
      <source>The personal number's check digit does not match</source>
      <translation>Personnumrets kontrollsiffra stämmer inte</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="325" />
      <source>The composite check digit does not match</source>
      <translation>Den sammanfattande kontrollsiffran stämmer inte</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="326" />
      <source>The machine-readable zone's country code is not letters</source>
      <translation>Landskoden i den maskinläsbara zonen är inte bokstäver</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="327" />
      <source>The machine-readable zone's sex is not M, F or &lt;</source>
      <translation>Könet i den maskinläsbara zonen är inte M, F eller &lt;</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="328" />
      <source>The birth date in the machine-readable zone is not a date</source>
      <translation>Födelsedatumet i den maskinläsbara zonen är inget datum</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="329" />
      <source>The expiry date in the machine-readable zone is not a date</source>
      <translation>Giltighetsdatumet i den maskinläsbara zonen är inget datum</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="330" />
      <source>The personnummer in the machine-readable zone does not match its birth date</source>
      <translation>Personnumret i den maskinläsbara zonen stämmer inte med födelsedatumet</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="333" />
      <source>This document has no Swedish personnummer: type it or scan the card</source>
      <translation>Dokumentet har inget svenskt personnummer: skriv in det eller skanna kortet</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="336" />
      <source>The check-in's session was not found</source>
      <translation>Incheckningens kurstillfälle hittades inte</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="337" />
      <source>Already checked in at {time}</source>
      <translation>Redan incheckad kl. {time}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="338" />
      <source>Already marked present</source>
      <translation>Redan markerad som närvarande</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="339" />
      <source>{name} is not registered on this round</source>
      <translation>{name} är inte anmäld till den här utbildningsomgången</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="340" />
      <source>A check-in is scanned or typed</source>
      <translation>En incheckning skannas eller skrivs in</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="341" />
      <source>Give a reason for letting them in</source>
      <translation>Ange ett skäl till att släppa in personen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="342" />
      <source>Give the card's code</source>
      <translation>Ange kortets kod</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="343" />
      <source>The card {code} is given to {name} already</source>
      <translation>Kortet {code} är redan utfärdat till {name}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="345" />
      <source>A questionnaire needs at least one question</source>
      <translation>Ett frågeformulär behöver minst en fråga</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="346" />
      <source>A questionnaire holds at most {count} questions</source>
      <translation>Ett frågeformulär rymmer högst {count} frågor</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="347" />
      <source>Each question needs an id of its own</source>
      <translation>Varje fråga behöver ett eget id</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="348" />
      <source>Question {number} has no text</source>
      <translation>Fråga {number} saknar text</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="349" />
      <source>Question {number} needs at least two different choices</source>
      <translation>Fråga {number} behöver minst två olika svarsalternativ</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="350" />
      <source>Question {number} has more than {count} choices</source>
      <translation>Fråga {number} har fler än {count} svarsalternativ</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="351" />
      <source>Choose a value from 1 to 5</source>
      <translation>Välj ett värde från 1 till 5</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="352" />
      <source>Choose one of the answers given</source>
      <translation>Välj ett av svarsalternativen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="353" />
      <source>Choose among the answers given</source>
      <translation>Välj bland svarsalternativen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="354" />
      <source>This question needs an answer</source>
      <translation>Den här frågan måste besvaras</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="355" />
      <source>The evaluation of {course} was changed meanwhile (version {theirs})</source>
      <translation>Utvärderingen av {course} ändrades under tiden (version {theirs})</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="359" />
      <source>Case {number} is {status}: it cannot be set to {target}</source>
      <translation>Ärende {number} har status {status}: det kan inte få status {target}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="360" />
      <source>Case {number} is closed</source>
      <translation>Ärende {number} är stängt</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="361" />
      <source>Case {number} was assigned to {name} meanwhile</source>
      <translation>Ärende {number} har under tiden tilldelats {name}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="362" />
      <source>Nobody is assigned to case {number} any longer</source>
      <translation>Ingen är längre tilldelad ärende {number}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="363" />
      <source>User {user} was not found</source>
      <translation>Användaren {user} hittades inte</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="366" />
      <source>Only a consent to the processing of personal data can be withdrawn</source>
      <translation>Bara ett samtycke till behandling av personuppgifter kan återkallas</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="369" />
      <source>Choose a period from {low} to {high}</source>
      <translation>Välj en period från {low} till {high}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="370" />
      <source>The retention settings were changed meanwhile (version {theirs})</source>
      <translation>Gallringsreglerna ändrades under tiden (version {theirs})</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="100" />
      <source>Write the internal note</source>
      <translation>Skriv den interna noteringen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="172" />
      <source>This person is erased: their data cannot be filled in again</source>
      <translation>Personen är raderad: uppgifter om personen kan inte fyllas i igen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="364" />
      <source>Write the note</source>
      <translation>Skriv anteckningen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="85" />
      <source>must be on one line</source>
      <translation>måste stå på en rad</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="21" />
      <source>Files of type {suffix} cannot be imported: use CSV (.csv, .tsv, .txt) or Excel (.xlsx)</source>
      <extracomment>:data:`models.tabular.ERRORS`, for lupdate (translated in the domain's context).</extracomment>
      <translation>Filer av typen {suffix} kan inte importeras: använd CSV (.csv, .tsv, .txt) eller Excel (.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="25" />
      <source>The file is an old Excel workbook (.xls): save it as .xlsx or CSV and choose it again</source>
      <translation>Filen är en gammal Excel-arbetsbok (.xls): spara den som .xlsx eller CSV och välj den igen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="29" />
      <source>The file is not a readable Excel workbook (.xlsx): it is damaged or another kind of file</source>
      <translation>Filen är ingen läsbar Excel-arbetsbok (.xlsx): den är skadad eller en annan sorts fil</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="33" />
      <source>The file is not a text file (line {line} holds binary data): choose a CSV or XLSX file</source>
      <translation>Filen är ingen textfil (rad {line} innehåller binära data): välj en CSV- eller XLSX-fil</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="37" />
      <source>The file's text encoding is not recognised: save it as CSV UTF-8 and choose it again</source>
      <translation>Filens teckenkodning känns inte igen: spara den som CSV UTF-8 och välj den igen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="41" />
      <source>Line {line} is in another text encoding than line {first} (the file mixes UTF-8 with another encoding): save the file again in one encoding</source>
      <translation>Rad {line} har en annan teckenkodning än rad {first} (filen blandar UTF-8 med en annan teckenkodning): spara filen igen med en enda teckenkodning</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="46" />
      <source>Line {line} holds text converted to UTF-8 twice (“{sample}” where “{meant}” was meant): save the file again from the original</source>
      <translation>Rad {line} har text som omvandlats till UTF-8 två gånger (”{sample}” där det ska stå ”{meant}”): spara filen igen från originalet</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="51" />
      <source>Row {row} has a cell longer than {limit} characters: this is not a list the import reads</source>
      <translation>Rad {row} har en cell med fler än {limit} tecken: det här är ingen lista som importen kan läsa</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="55" />
      <source>Row {row} cannot be read as CSV: {detail}</source>
      <translation>Rad {row} kan inte läsas som CSV: {detail}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="56" />
      <source>Row {row}: a quote is not closed, so the lines after it were read as one cell: close or remove the quote and choose the file again</source>
      <translation>Rad {row}: ett citattecken avslutas inte, så raderna efter det lästes som en enda cell: avsluta eller ta bort citattecknet och välj filen igen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="64" />
      <source>Excel had stored values of the column “{column}” as numbers, which drops a leading 0 or +: it was put back on rows {rows}</source>
      <extracomment>:data:`models.tabular.NOTES`, for lupdate.</extracomment>
      <translation>Excel hade sparat värden i kolumnen ”{column}” som tal, vilket tar bort en inledande nolla eller +: den har lagts tillbaka på rad {rows}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="69" />
      <source>Hidden rows of the workbook, read like the others: {rows}</source>
      <translation>Dolda rader i arbetsboken, som läses in som de övriga: {rows}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="70" />
      <source>Merged cells {ranges} were read into every row they cover</source>
      <translation>De sammanfogade cellerna {ranges} har lästs in på varje rad de täcker</translation>
    </message>
    <message>
      <location filename="../../desktop/common/row_dialog.py" line="40" />
      <source>At most {max_length} characters</source>
      <translation>Högst {max_length} tecken</translation>
    </message>
    <message>
      <location filename="../../desktop/common/row_dialog.py" line="41" />
      <source>Must not be negative</source>
      <translation>Får inte vara negativt</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="224" />
      <location filename="../../desktop/courses/dialogs.py" line="33" />
      <source>Registration closes before it opens</source>
      <translation>Anmälan stänger innan den öppnar</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="34" />
      <source>Write the price in kronor, such as 4 500 or 4 500,50</source>
      <translation>Skriv priset i kronor, till exempel 4 500 eller 4 500,50</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="35" />
      <source>Write the amount in kronor, such as 1 000 or 1 000,50</source>
      <translation>Skriv beloppet i kronor, till exempel 1 000 eller 1 000,50</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="28" />
      <source>Choose an organisation</source>
      <translation>Välj en organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="42" />
      <source>Choose the course</source>
      <translation>Välj utbildningen</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="254" />
      <source>Bankgiro number may contain only digits and a -</source>
      <translation>Bankgironumret får bara innehålla siffror och ett -</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="255" />
      <source>Bankgiro number has more than one -</source>
      <translation>Bankgironumret har mer än ett -</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="256" />
      <source>Bankgiro number must have 7 or 8 digits</source>
      <translation>Bankgironumret ska ha 7 eller 8 siffror</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="257" />
      <source>Bankgiro number must have the - just before the last four digits</source>
      <translation>Bankgironumret ska ha - precis före de fyra sista siffrorna</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="260" />
      <source>Bankgiro number has a wrong check digit</source>
      <translation>Bankgironumret har fel kontrollsiffra</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="311" />
      <source>Set the Bankgiro number before a reminder fee: invoices need it</source>
      <translation>Ange bankgironumret före en påminnelseavgift: fakturorna behöver det</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="308" />
      <source>The payment settings were changed meanwhile (version {theirs})</source>
      <translation>Betalningsinställningarna ändrades under tiden (version {theirs})</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="69" />
      <source>Write the rate in percent, such as 2,50</source>
      <extracomment>The settings' fields as the command takes them. The reference rate's refusal (the settings' other refusals are listed for translation with every command's, in desktop/common/domain_text.py).</extracomment>
      <translation>Skriv räntan i procent, till exempel 2,50</translation>
    </message>
  </context>
  <context>
    <name>WebApi</name>
    <message>
      <location filename="../../desktop/webview/server_api.py" line="126" />
      <source>The server cannot be reached.</source>
      <translation>Servern går inte att nå.</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/server_api.py" line="128" />
      <source>The server no longer accepts your sign-in. Sign in again.</source>
      <translation>Servern godtar inte längre din inloggning. Logga in igen.</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/server_api.py" line="132" />
      <source>The server refused: %1</source>
      <translation>Servern nekade: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/server_api.py" line="136" />
      <source>Something went wrong: %1</source>
      <translation>Något gick fel: %1</translation>
    </message>
  </context>
  <context>
    <name>_OrganisationChoice</name>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="183" />
      <source>Type to find the organisation…</source>
      <translation>Skriv för att hitta organisationen…</translation>
    </message>
  </context>
  <context>
    <name>_WithOrganisation</name>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="205" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="206" />
      <location filename="../../desktop/organisations/dialogs.py" line="210" />
      <source>Organisation:</source>
      <translation>Organisation:</translation>
    </message>
  </context>
</TS>