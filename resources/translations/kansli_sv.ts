<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
  <context>
    <name>AddRegistrationDialog</name>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="229" />
      <source>Add registration to %1</source>
      <translation>Lägg till kursregistrering på %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="230" />
      <source>An existing person</source>
      <translation>En befintlig person</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="231" />
      <source>A new person</source>
      <translation>En ny person</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="233" />
      <source>Choose person…</source>
      <translation>Välj person…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="235" />
      <source>Nobody chosen</source>
      <translation>Ingen vald</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="242" />
      <location filename="../../desktop/participants/dialogs.py" line="257" />
      <source>First name</source>
      <translation>Förnamn</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="243" />
      <location filename="../../desktop/participants/dialogs.py" line="258" />
      <source>Last name</source>
      <translation>Efternamn</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="244" />
      <location filename="../../desktop/participants/dialogs.py" line="259" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="247" />
      <source>Choose approving manager…</source>
      <translation>Välj godkännande chef…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="249" />
      <location filename="../../desktop/participants/dialogs.py" line="294" />
      <location filename="../../desktop/participants/dialogs.py" line="298" />
      <source>No approving manager</source>
      <translation>Ingen godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="266" />
      <source>Add</source>
      <translation>Lägg till</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="283" />
      <source>Choose participant</source>
      <translation>Välj deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="292" />
      <source>Choose approving manager</source>
      <translation>Välj godkännande chef</translation>
    </message>
  </context>
  <context>
    <name>AgentOrders</name>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="21" />
      <location filename="../../desktop/agent_orders/view.py" line="45" />
      <source>Ordered</source>
      <translation>Beställd</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="22" />
      <source>In the agent's review</source>
      <translation>Under agentens granskning</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="23" />
      <source>Approved by the agent</source>
      <translation>Godkänd av agenten</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="24" />
      <source>Attested by the agent</source>
      <translation>Attesterad av agenten</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="25" />
      <source>Attested by the customer</source>
      <translation>Attesterad av kunden</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="26" />
      <source>Handed to the service desk</source>
      <translation>Överlämnad till servicedesk</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="27" />
      <source>Rejected</source>
      <translation>Avslagen</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="36" />
      <source>Order</source>
      <translation>Beställning</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="37" />
      <source>Service</source>
      <translation>Tjänst</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="38" />
      <source>Customer</source>
      <translation>Kund</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="41" />
      <source>State</source>
      <translation>Läge</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="46" />
      <source>Ordered by</source>
      <translation>Beställd av</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="47" />
      <source>Case handler</source>
      <translation>Handläggare</translation>
    </message>
  </context>
  <context>
    <name>AgentOrdersView</name>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="96" />
      <source>View</source>
      <translation>Vy</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="97" />
      <source>My approvals</source>
      <translation>Mina godkännanden</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="98" />
      <source>All orders</source>
      <translation>Alla beställningar</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="101" />
      <source>State</source>
      <translation>Läge</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="102" />
      <source>Any state</source>
      <translation>Alla lägen</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="105" />
      <source>Search orders and customers…</source>
      <translation>Sök beställningar och kunder…</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="122" />
      <source>The review and attest pages open from here in a later version; they need a connection to the server.</source>
      <translation>Gransknings- och attestsidorna öppnas härifrån i en senare version; de kräver anslutning till servern.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/agent_orders/view.py" line="152" />
      <source>%n order(s)</source>
      <translation>
        <numerusform>%n beställning</numerusform>
        <numerusform>%n beställningar</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="154" />
      <source>No orders wait for you.</source>
      <translation>Inga beställningar väntar på dig.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="156" />
      <source>No orders match.</source>
      <translation>Inga beställningar matchar.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="174" />
      <source>Agent orders</source>
      <translation>Beställningar via agent</translation>
    </message>
  </context>
  <context>
    <name>Alumni</name>
    <message>
      <location filename="../../desktop/alumni/view.py" line="21" />
      <source>Not approved (manual queue)</source>
      <translation>Ej godkänd (manuell kö)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="22" />
      <location filename="../../desktop/alumni/view.py" line="45" />
      <source>Received</source>
      <translation>Mottagen</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="23" />
      <source>Approved (registered alumnus)</source>
      <translation>Godkänd (registrerad alumn)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="24" />
      <source>Approved (alumnus)</source>
      <translation>Godkänd (alumn)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="25" />
      <source>Approved manually</source>
      <translation>Manuellt godkänd</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="26" />
      <source>Denied</source>
      <translation>Nekad</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="27" />
      <source>Unregistered</source>
      <translation>Avregistrerad</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="32" />
      <source>Not approved</source>
      <extracomment>In the list's cells the queue needs no explanation.</extracomment>
      <translation>Ej godkänd</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="46" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="47" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="48" />
      <source>Programme</source>
      <translation>Program</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="51" />
      <source>Graduated</source>
      <translation>Examensår</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="57" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="61" />
      <source>pending</source>
      <translation>väntar</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="65" />
      <source>Reason</source>
      <translation>Skäl</translation>
    </message>
  </context>
  <context>
    <name>AlumniQueueView</name>
    <message>
      <location filename="../../desktop/alumni/view.py" line="118" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="121" />
      <source>All</source>
      <translation>Alla</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="122" />
      <source>Search names, e-mails, programmes…</source>
      <translation>Sök namn, e-post, program…</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="125" />
      <source>Show:</source>
      <translation>Visa:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="140" />
      <source>Decisions (approve, deny) come to this list in a later version; double-click a row to open the matched person.</source>
      <translation>Beslut (godkänn, neka) kommer till listan i en senare version; dubbelklicka på en rad för att öppna den matchade personen.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/alumni/view.py" line="162" />
      <source>%n registration(s)</source>
      <translation>
        <numerusform>%n registrering</numerusform>
        <numerusform>%n registreringar</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="164" />
      <source>Nothing waits for a decision.</source>
      <translation>Inget väntar på beslut.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="166" />
      <source>No alumni registrations match.</source>
      <translation>Inga alumnregistreringar matchar.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="189" />
      <source>Alumni queue</source>
      <translation>Alumnkö</translation>
    </message>
  </context>
  <context>
    <name>ArgsEditor</name>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="131" />
      <source>Edit and retry</source>
      <translation>Ändra och försök igen</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="146" />
      <source>Retry</source>
      <translation>Försök igen</translation>
    </message>
  </context>
  <context>
    <name>ConflictChooser</name>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="72" />
      <source>Resolve the edit</source>
      <translation>Lös ändringen</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="77" />
      <source>Field</source>
      <translation>Fält</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="77" />
      <source>Before</source>
      <translation>Före</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="77" />
      <source>Yours</source>
      <translation>Din</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="77" />
      <source>Theirs (server)</source>
      <translation>Deras (servern)</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="96" />
      <source>Someone changed these fields on the server after you loaded them. Choose per field which value to keep.</source>
      <translation>Någon ändrade de här fälten på servern efter att du läste in dem. Välj för varje fält vilket värde som ska gälla.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="104" />
      <source>Apply choice</source>
      <translation>Använd valet</translation>
    </message>
  </context>
  <context>
    <name>Courses</name>
    <message>
      <location filename="../../desktop/courses/view.py" line="29" />
      <source>Planned</source>
      <translation>Planerad</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="30" />
      <source>Open</source>
      <translation>Öppen</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="31" />
      <source>Closed</source>
      <translation>Stängd</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="32" />
      <source>Cancelled</source>
      <translation>Inställd</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="48" />
      <source>Code</source>
      <translation>Kod</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="49" />
      <source>Course</source>
      <translation>Utbildning</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="50" />
      <source>Rounds</source>
      <translation>Omgångar</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="53" />
      <source>Round</source>
      <translation>Utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="54" />
      <source>Term</source>
      <translation>Termin</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="55" />
      <source>Dates</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="56" />
      <source>Place</source>
      <translation>Plats</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="57" />
      <source>Seats</source>
      <translation>Platser</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="58" />
      <source>Registered</source>
      <translation>Anmälda</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="59" />
      <source>Approved</source>
      <translation>Godkända</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="62" />
      <source>Waiting</source>
      <translation>Väntar</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="65" />
      <source>Waiting for approval</source>
      <translation>Väntar på godkännande</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="69" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>CoursesView</name>
    <message>
      <location filename="../../desktop/courses/view.py" line="87" />
      <source>Search courses and rounds…</source>
      <translation>Sök utbildningar och omgångar…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="89" />
      <source>Term</source>
      <translation>Termin</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="90" />
      <location filename="../../desktop/courses/view.py" line="164" />
      <source>All terms</source>
      <translation>Alla terminer</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="92" />
      <source>Round status</source>
      <translation>Omgångens status</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="93" />
      <source>Any status</source>
      <translation>Alla statusar</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="98" />
      <source>Term:</source>
      <translation>Termin:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="100" />
      <source>Status:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="142" />
      <source>Open round</source>
      <translation>Öppna utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="145" />
      <source>Open the selected round's page</source>
      <translation>Öppna den valda omgångens sida</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="181" />
      <source>No courses match — clear the search or choose another term.</source>
      <translation>Inga utbildningar matchar — rensa sökningen eller välj en annan termin.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="183" />
      <source>No courses yet — they appear here after the first sync.</source>
      <translation>Inga utbildningar ännu — de visas här efter första synkroniseringen.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="216" />
      <source>Rounds of %1</source>
      <translation>Omgångar av %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="218" />
      <source>All rounds</source>
      <translation>Alla omgångar</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="220" />
      <source>No rounds match the filters.</source>
      <translation>Inga omgångar matchar filtren.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/courses/view.py" line="222" />
      <source>%n course(s)</source>
      <translation>
        <numerusform>%n utbildning</numerusform>
        <numerusform>%n utbildningar</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/courses/view.py" line="224" />
      <source>%n round(s)</source>
      <translation>
        <numerusform>%n omgång</numerusform>
        <numerusform>%n omgångar</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="267" />
      <source>Rounds</source>
      <translation>Omgångar</translation>
    </message>
  </context>
  <context>
    <name>Login</name>
    <message>
      <location filename="../../desktop/login.py" line="40" />
      <source>Wrong e-mail address or password.</source>
      <translation>Fel e-postadress eller lösenord.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="42" />
      <source>The server cannot be reached: %1</source>
      <translation>Servern kan inte nås: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="46" />
      <source>Too many attempts; wait a minute and try again.</source>
      <translation>För många försök; vänta en minut och försök igen.</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../desktop/login.py" line="74" />
      <source>Sign in to Kansli</source>
      <extracomment>Where the accounts' local databases live (the user data folder by default).</extracomment>
      <translation>Logga in i Kansli</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="76" />
      <source>Server address</source>
      <translation>Serveradress</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="78" />
      <location filename="../../desktop/login.py" line="93" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="82" />
      <location filename="../../desktop/login.py" line="94" />
      <source>Password</source>
      <translation>Lösenord</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="83" />
      <source>Remember me on this computer</source>
      <translation>Kom ihåg mig på den här datorn</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="92" />
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="97" />
      <source>Sign in</source>
      <translation>Logga in</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="99" />
      <source>Work offline</source>
      <translation>Arbeta offline</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="101" />
      <source>Open this computer's copy of your data; changes are sent when online</source>
      <translation>Öppna den här datorns kopia av dina data; ändringar skickas när du är online</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="154" />
      <source>Signing in as %1…</source>
      <translation>Loggar in som %1…</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="177" />
      <source>Sign in with your password.</source>
      <translation>Logga in med ditt lösenord.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="188" />
      <source>Signing in…</source>
      <translation>Loggar in…</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="222" />
      <source>Opening this computer's copy…</source>
      <translation>Öppnar den här datorns kopia…</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktop/mainwindow.py" line="71" />
      <source>demo</source>
      <extracomment>Names accepted by ``--tab`` (and the order of the fixed tabs). Every fixed tab has shown its first data. The user closed the window (the application quits).</extracomment>
      <translation>demo</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="83" />
      <source>Courses</source>
      <translation>Utbildningar</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="84" />
      <location filename="../../desktop/mainwindow.py" line="391" />
      <source>Participants</source>
      <translation>Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="85" />
      <source>Alumni queue</source>
      <translation>Alumnkö</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="86" />
      <source>Agent orders</source>
      <translation>Beställningar via agent</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="105" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="150" />
      <source>&amp;File</source>
      <translation>&amp;Arkiv</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="153" />
      <source>&amp;Export list…</source>
      <translation>&amp;Exportera lista…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="156" />
      <source>Save the current list as CSV or Excel</source>
      <translation>Spara den aktuella listan som CSV eller Excel</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="160" />
      <source>&amp;Print list…</source>
      <translation>Skriv &amp;ut lista…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="163" />
      <source>Print the current list (with preview)</source>
      <translation>Skriv ut den aktuella listan (med förhandsgranskning)</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="168" />
      <source>&amp;Settings…</source>
      <translation>&amp;Inställningar…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="173" />
      <source>&amp;Quit</source>
      <translation>A&amp;vsluta</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="175" />
      <source>&amp;Edit</source>
      <translation>&amp;Redigera</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="177" />
      <location filename="../../desktop/mainwindow.py" line="241" />
      <source>&amp;Undo</source>
      <translation>&amp;Ångra</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="182" />
      <source>&amp;Find</source>
      <translation>&amp;Sök</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="185" />
      <source>Search the current list</source>
      <translation>Sök i den aktuella listan</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="188" />
      <source>Select &amp;all</source>
      <translation>Markera &amp;alla</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="191" />
      <source>&amp;View</source>
      <translation>&amp;Visa</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="193" />
      <source>&amp;Reload the current list</source>
      <translation>&amp;Läs in listan igen</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="196" />
      <source>&amp;Go</source>
      <translation>&amp;Gå till</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="199" />
      <source>&amp;Courses</source>
      <translation>&amp;Utbildningar</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="200" />
      <source>&amp;Participants</source>
      <translation>&amp;Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="201" />
      <source>&amp;Alumni queue</source>
      <translation>A&amp;lumnkö</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="202" />
      <source>A&amp;gent orders</source>
      <translation>&amp;Beställningar via agent</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="212" />
      <source>Close &amp;tab</source>
      <translation>Stäng &amp;flik</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="217" />
      <source>&amp;Actions</source>
      <translation>Åt&amp;gärder</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="224" />
      <source>&amp;Sync</source>
      <translation>S&amp;ynk</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="227" />
      <source>Sync &amp;now</source>
      <translation>Synka &amp;nu</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="230" />
      <source>Send local changes and fetch the server's</source>
      <translation>Skicka lokala ändringar och hämta serverns</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="232" />
      <source>Sync &amp;issues…</source>
      <translation>Synk&amp;problem…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="234" />
      <source>&amp;Help</source>
      <translation>&amp;Hjälp</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="235" />
      <source>&amp;About Kansli</source>
      <translation>&amp;Om Kansli</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="241" />
      <source>&amp;Undo %1</source>
      <translation>&amp;Ångra %1</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="266" />
      <source>Round</source>
      <translation>Utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="327" />
      <source>Undo failed</source>
      <translation>Det gick inte att ångra</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="333" />
      <source>Not connected to a server: sign in to sync.</source>
      <translation>Inte ansluten till en server: logga in för att synka.</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="337" />
      <source>Syncing…</source>
      <translation>Synkar…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="364" />
      <source>Export list</source>
      <translation>Exportera lista</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="366" />
      <source>Excel workbook (*.xlsx);;CSV, comma or semicolon separated (*.csv)</source>
      <translation>Excel-arbetsbok (*.xlsx);;CSV, komma- eller semikolonseparerad (*.csv)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/mainwindow.py" line="380" />
      <source>%n row(s) exported to %1</source>
      <translation>
        <numerusform>%n rad exporterad till %1</numerusform>
        <numerusform>%n rader exporterade till %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/mainwindow.py" line="396" />
      <source>%n registration(s)</source>
      <translation>
        <numerusform>%n registrering</numerusform>
        <numerusform>%n registreringar</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="407" />
      <source>Print a long list</source>
      <translation>Skriv ut en lång lista</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/mainwindow.py" line="408" />
      <source>The list has %n rows. Print them all?</source>
      <translation>
        <numerusform>Listan har %n rad. Skriva ut den?</numerusform>
        <numerusform>Listan har %n rader. Skriva ut alla?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="437" />
      <source>About Kansli</source>
      <translation>Om Kansli</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="439" />
      <source>&lt;h3&gt;Kansli %1&lt;/h3&gt;&lt;p&gt;Back office for courses, registrations, alumni and agent orders.&lt;/p&gt;&lt;p&gt;Local database: %2&lt;br&gt;Log file: %3&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Kansli %1&lt;/h3&gt;&lt;p&gt;Kansli för utbildningar, kursregistreringar, alumner och beställningar via agent.&lt;/p&gt;&lt;p&gt;Lokal databas: %2&lt;br&gt;Loggfil: %3&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="453" />
      <source>Something went wrong</source>
      <translation>Något gick fel</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="455" />
      <source>“%1” failed. No data was lost: what was saved before is still there.</source>
      <translation>”%1” misslyckades. Inga data gick förlorade: det som sparats tidigare finns kvar.</translation>
    </message>
  </context>
  <context>
    <name>Participants</name>
    <message>
      <location filename="../../desktop/participants/export.py" line="77" />
      <source>Participants</source>
      <translation>Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/export.py" line="80" />
      <source>Exporting</source>
      <translation>Exporterar</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/model.py" line="325" />
      <source>%n request(s) sent</source>
      <extracomment>Tables whose changes can change what this list shows. The id list was (re)loaded: counts and selection may have changed. A batch of rows arrived (first row, last row). While True (a view being set up), sort and set_query only record the query.</extracomment>
      <translation>
        <numerusform>%n förfrågan skickad</numerusform>
        <numerusform>%n förfrågningar skickade</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/model.py" line="331" />
      <source>A local change waits to be sent to the server.</source>
      <translation>En lokal ändring väntar på att skickas till servern.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/model.py" line="339" />
      <source>Given on the sign-up form: %1</source>
      <translation>Angiven i anmälningsformuläret: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="32" />
      <source>Any status</source>
      <translation>Alla statusar</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="33" />
      <location filename="../../desktop/participants/query.py" line="179" />
      <source>Not yet approved</source>
      <translation>Ännu inte godkända</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="34" />
      <source>Approval not requested</source>
      <translation>Godkännande ej begärt</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="35" />
      <location filename="../../desktop/participants/query.py" line="340" />
      <source>Waiting for approval</source>
      <translation>Väntar på godkännande</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="36" />
      <location filename="../../desktop/participants/query.py" line="341" />
      <source>Approved</source>
      <translation>Godkänd</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="37" />
      <location filename="../../desktop/participants/query.py" line="342" />
      <source>Cancelled</source>
      <translation>Avbokad</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="74" />
      <source>Participant</source>
      <extracomment>SQL of the sort key, and the joins it needs.</extracomment>
      <translation>Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="80" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="86" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="91" />
      <source>Round</source>
      <translation>Utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="95" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="98" />
      <source>Approving manager</source>
      <translation>Godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="105" />
      <source>Approval requested</source>
      <translation>Godkännande begärt</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="110" />
      <source>Approved date</source>
      <translation>Godkänt datum</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="115" />
      <source>Approved via e-mail</source>
      <translation>Godkänt via e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="118" />
      <source>Created</source>
      <translation>Skapad</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="177" />
      <source>All registrations</source>
      <translation>Alla kursregistreringar</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="183" />
      <source>Requested more than 7 days ago</source>
      <translation>Begärt för mer än 7 dagar sedan</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="187" />
      <source>Approved this week</source>
      <translation>Godkända denna vecka</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="339" />
      <source>Not requested</source>
      <translation>Ej begärt</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="349" />
      <source>pending</source>
      <translation>väntar</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsView</name>
    <message>
      <location filename="../../desktop/participants/view.py" line="114" />
      <source>Saved filter</source>
      <extracomment>The number shown changed: (shown, total). The dialog an action opened last (kept alive; tests look at it).</extracomment>
      <translation>Sparat filter</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="115" />
      <source>Custom filter</source>
      <translation>Eget filter</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="118" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="122" />
      <source>Round</source>
      <translation>Utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="123" />
      <location filename="../../desktop/participants/view.py" line="358" />
      <source>All rounds</source>
      <translation>Alla omgångar</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="126" />
      <source>Search names and e-mails…</source>
      <translation>Sök namn och e-post…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="128" />
      <source>Filters</source>
      <translation>Filter</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="131" />
      <source>Save current filter…</source>
      <translation>Spara aktuellt filter…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="133" />
      <source>Delete this saved filter</source>
      <translation>Ta bort det här sparade filtret</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="214" />
      <source>Open participant's profile</source>
      <translation>Öppna deltagarens personprofil</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="217" />
      <source>Open the profile of the selected participant</source>
      <translation>Öppna den valda deltagarens personprofil</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="220" />
      <source>Open approving manager's profile</source>
      <translation>Öppna godkännande chefs personprofil</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="225" />
      <source>Send request to approving manager…</source>
      <translation>Skicka förfrågan till godkännande chef…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="228" />
      <source>E-mail the approving managers of the selected registrations</source>
      <translation>Mejla de godkännande cheferna för de valda kursregistreringarna</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="231" />
      <source>Set approving manager…</source>
      <translation>Koppla godkännande chef…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="236" />
      <source>Remove approval…</source>
      <translation>Ta bort godkännande…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="239" />
      <source>Administrators only: take back an approval</source>
      <translation>Endast administratörer: ta tillbaka ett godkännande</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="242" />
      <source>Cancel registration…</source>
      <translation>Avboka kursregistrering…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="247" />
      <source>Copy e-mail addresses</source>
      <translation>Kopiera e-postadresser</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="406" />
      <source>Save filter</source>
      <translation>Spara filter</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="406" />
      <source>Name of the filter:</source>
      <translation>Filtrets namn:</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="437" />
      <source>%1 of %2 shown</source>
      <translation>%1 av %2 visas</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="443" />
      <source>No registrations on this round yet — add one with “Add registration”.</source>
      <translation>Inga kursregistreringar på omgången ännu — lägg till en med ”Lägg till kursregistrering”.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="445" />
      <source>No registrations yet — add one from a course round.</source>
      <translation>Inga kursregistreringar ännu — lägg till en från en utbildningsomgång.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="448" />
      <source>No registrations match — clear the search or choose another filter.</source>
      <translation>Inga kursregistreringar matchar — rensa sökningen eller välj ett annat filter.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="488" />
      <source>Set approving manager</source>
      <translation>Koppla godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="490" />
      <source>No approving manager</source>
      <translation>Ingen godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="528" />
      <source>Cancel registration</source>
      <translation>Avboka kursregistrering</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/view.py" line="529" />
      <source>Cancel %n registration(s)? The participants lose their places.</source>
      <translation>
        <numerusform>Avboka %n kursregistrering? Deltagaren förlorar sin plats.</numerusform>
        <numerusform>Avboka %n kursregistreringar? Deltagarna förlorar sina platser.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="534" />
      <source>Cancel registrations</source>
      <translation>Avboka</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="535" />
      <source>Keep</source>
      <translation>Behåll</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="550" />
      <source>Some registrations were not changed</source>
      <translation>Några kursregistreringar ändrades inte</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="571" />
      <source>Filtered list</source>
      <translation>Filtrerad lista</translation>
    </message>
  </context>
  <context>
    <name>PeopleOps</name>
    <message>
      <location filename="../../desktop/operations/people.py" line="64" />
      <location filename="../../desktop/operations/people.py" line="245" />
      <source>This person no longer exists.</source>
      <translation>Personen finns inte längre.</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="109" />
      <source>Participant</source>
      <translation>Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="111" />
      <source>Approving manager</source>
      <translation>Godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="232" />
      <source>edit of %1</source>
      <translation>ändring av %1</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="239" />
      <source>Saving the profile</source>
      <translation>Sparar personprofilen</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="269" />
      <source>adding %1</source>
      <translation>tillägg av %1</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="280" />
      <source>Adding an e-mail address</source>
      <translation>Lägger till en e-postadress</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="291" />
      <source>Removing an e-mail address</source>
      <translation>Tar bort en e-postadress</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="306" />
      <source>Adding a phone number</source>
      <translation>Lägger till ett telefonnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="319" />
      <source>Undoing %1</source>
      <translation>Ångrar %1</translation>
    </message>
  </context>
  <context>
    <name>PersonPicker</name>
    <message>
      <location filename="../../desktop/people/picker.py" line="22" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="23" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="24" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="48" />
      <source>Search by name or e-mail…</source>
      <translation>Sök på namn eller e-post…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="55" />
      <location filename="../../desktop/people/picker.py" line="106" />
      <source>Type a name or an e-mail address to find a person.</source>
      <translation>Skriv ett namn eller en e-postadress för att hitta en person.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="61" />
      <source>Choose</source>
      <translation>Välj</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="104" />
      <source>Nobody matches “%1”.</source>
      <translation>Ingen matchar ”%1”.</translation>
    </message>
  </context>
  <context>
    <name>PersonProfile</name>
    <message>
      <location filename="../../desktop/people/profile.py" line="179" />
      <source>Person</source>
      <translation>Personprofil</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="190" />
      <source>Changed here; waits to be sent to the server.</source>
      <translation>Ändrad här; väntar på att skickas till servern.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="207" />
      <source>YYYYMMDD-NNNN</source>
      <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="208" />
      <source>YYYY-MM-DD</source>
      <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="210" />
      <location filename="../../desktop/people/profile.py" line="213" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="215" />
      <location filename="../../desktop/people/profile.py" line="219" />
      <source>Notes</source>
      <translation>Anteckningar</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="220" />
      <source>Save</source>
      <translation>Spara</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="223" />
      <source>Revert</source>
      <translation>Återställ</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="256" />
      <source>name@example.se</source>
      <translation>namn@exempel.se</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="257" />
      <source>New e-mail address</source>
      <translation>Ny e-postadress</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="259" />
      <source>Work</source>
      <translation>Arbete</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="260" />
      <source>Private</source>
      <translation>Privat</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="261" />
      <source>Main address</source>
      <translation>Huvudadress</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="262" />
      <source>Add e-mail</source>
      <translation>Lägg till e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="264" />
      <source>Remove e-mail…</source>
      <translation>Ta bort e-post…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="286" />
      <source>New phone number</source>
      <translation>Nytt telefonnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="289" />
      <source>Add phone</source>
      <translation>Lägg till telefon</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="294" />
      <source>E-mail addresses</source>
      <translation>E-postadresser</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="297" />
      <source>Phone numbers</source>
      <translation>Telefonnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="327" />
      <source>Details</source>
      <translation>Uppgifter</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="328" />
      <source>E-mails and phones</source>
      <translation>E-post och telefon</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="329" />
      <source>Registrations</source>
      <translation>Kursregistreringar</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="330" />
      <source>Activity</source>
      <translation>Aktiviteter</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="331" />
      <source>Consents and alumni</source>
      <translation>Samtycken och alumn</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="373" />
      <source>No categories</source>
      <translation>Inga kategorier</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="385" />
      <source>No registrations.</source>
      <translation>Inga kursregistreringar.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="387" />
      <source>Nothing has happened yet.</source>
      <translation>Inget har hänt ännu.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="389" />
      <source>Consent “%1” (terms %2) given %3 from %4</source>
      <translation>Samtycke ”%1” (villkor %2) lämnat %3 från %4</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="397" />
      <source>Alumni registration: %1 (%2)</source>
      <translation>Alumnregistrering: %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="403" />
      <source>No consents or alumni registrations.</source>
      <translation>Inga samtycken eller alumnregistreringar.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="414" />
      <source>No organisation</source>
      <translation>Ingen organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="475" />
      <source>Saved.</source>
      <translation>Sparat.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="477" />
      <source>Saved here; it is sent to the server when you are online.</source>
      <translation>Sparat här; det skickas till servern när du är online.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="494" />
      <source>Undo %1</source>
      <translation>Ångra %1</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="494" />
      <source>Undo</source>
      <translation>Ångra</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="556" />
      <source>Remove e-mail address</source>
      <translation>Ta bort e-postadress</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="557" />
      <source>Remove %1 from this person?</source>
      <translation>Ta bort %1 från personen?</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="../../desktop/printing/output.py" line="63" />
      <source>Approved</source>
      <translation>Godkänd</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/output.py" line="66" />
      <source>Waiting for approval</source>
      <translation>Väntar på godkännande</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/output.py" line="68" />
      <source>Not approved</source>
      <translation>Ej godkänd</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="71" />
      <location filename="../../desktop/printing/sheet.py" line="102" />
      <source>Name</source>
      <extracomment>Share of the width left after fixed columns; 0 with ``mm`` for a fixed width.</extracomment>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="72" />
      <location filename="../../desktop/printing/sheet.py" line="103" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="75" />
      <location filename="../../desktop/printing/sheet.py" line="106" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="77" />
      <source>Signature</source>
      <translation>Namnteckning</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="83" />
      <source>Attendance sheet</source>
      <translation>Närvarolista</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="107" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="112" />
      <source>Participant list</source>
      <translation>Deltagarlista</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="198" />
      <source>Could not start printing</source>
      <translation>Det gick inte att börja skriva ut</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="311" />
      <source>Printed %1</source>
      <translation>Utskriven %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/printing/sheet.py" line="314" />
      <source>%n participant(s)</source>
      <translation>
        <numerusform>%n deltagare</numerusform>
        <numerusform>%n deltagare</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="322" />
      <source>Page %1 of %2</source>
      <translation>Sida %1 av %2</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="358" />
      <source>List</source>
      <translation>Lista</translation>
    </message>
  </context>
  <context>
    <name>Profile</name>
    <message>
      <location filename="../../desktop/people/profile.py" line="60" />
      <source>Approval requested</source>
      <translation>Godkännande begärt</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="61" />
      <source>Reminder sent</source>
      <translation>Påminnelse skickad</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="62" />
      <source>Registration approved</source>
      <translation>Kursregistrering godkänd</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="63" />
      <source>Approval removed</source>
      <translation>Godkännande borttaget</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="64" />
      <source>Alumni decision</source>
      <translation>Alumnbeslut</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="65" />
      <source>E-mail sent</source>
      <translation>E-post skickad</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="66" />
      <source>Note</source>
      <translation>Anteckning</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="67" />
      <source>Profiles merged</source>
      <translation>Personprofiler sammanslagna</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="70" />
      <source>Not requested</source>
      <translation>Ej begärt</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="71" />
      <source>Waiting for approval</source>
      <translation>Väntar på godkännande</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="72" />
      <source>Approved</source>
      <translation>Godkänd</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="82" />
      <source>Cancelled</source>
      <translation>Avbokad</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="87" />
      <source>Round</source>
      <translation>Utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="88" />
      <source>Starts</source>
      <translation>Startar</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="89" />
      <source>Role</source>
      <translation>Roll</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="91" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="93" />
      <source>Approved via e-mail</source>
      <translation>Godkänt via e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="96" />
      <source>When</source>
      <translation>När</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="99" />
      <source>What</source>
      <translation>Vad</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="103" />
      <source>Subject</source>
      <translation>Ämne</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="104" />
      <source>By</source>
      <translation>Av</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="105" />
      <source>Message</source>
      <translation>Meddelande</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="114" />
      <source>Must not be empty</source>
      <translation>Får inte vara tomt</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="121" />
      <source>Write the date as YYYY-MM-DD</source>
      <translation>Skriv datumet som ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="123" />
      <source>Two letters, such as SE</source>
      <translation>Två bokstäver, till exempel SE</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="127" />
      <source>Letters and digits only, such as 123 45</source>
      <translation>Endast bokstäver och siffror, till exempel 123 45</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="162" />
      <source>First name</source>
      <translation>Förnamn</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="163" />
      <source>Last name</source>
      <translation>Efternamn</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="164" />
      <source>Personnummer</source>
      <translation>Personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="165" />
      <source>Birth date</source>
      <translation>Födelsedatum</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="166" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="167" />
      <source>Street</source>
      <translation>Gatuadress</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="168" />
      <source>Postal code</source>
      <translation>Postnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="169" />
      <source>City</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="170" />
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="246" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="247" />
      <location filename="../../desktop/people/profile.py" line="277" />
      <source>Kind</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="248" />
      <location filename="../../desktop/people/profile.py" line="278" />
      <source>Main</source>
      <translation>Huvud</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="276" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
  </context>
  <context>
    <name>RegistrationDetailPane</name>
    <message>
      <location filename="../../desktop/participants/detail.py" line="41" />
      <source>Select a registration to see it here.</source>
      <translation>Välj en kursregistrering för att se den här.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="49" />
      <source>Participant</source>
      <translation>Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="50" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="51" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="52" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="53" />
      <source>Round</source>
      <translation>Utbildningsomgång</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="54" />
      <source>Dates</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="55" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="56" />
      <source>Approving manager</source>
      <translation>Godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="57" />
      <source>Manager's e-mail</source>
      <translation>Chefens e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="58" />
      <source>Approval requested</source>
      <translation>Godkännande begärt</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="59" />
      <source>Approved</source>
      <translation>Godkänd</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="60" />
      <source>Approved via e-mail</source>
      <translation>Godkänt via e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="74" />
      <source>Changed here; waits to be sent to the server.</source>
      <translation>Ändrad här; väntar på att skickas till servern.</translation>
    </message>
  </context>
  <context>
    <name>RegistrationOps</name>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="101" />
      <source>the registration is cancelled</source>
      <translation>kursregistreringen är avbokad</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="103" />
      <source>already approved by %1</source>
      <translation>redan godkänd av %1</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="107" />
      <source>no approving manager with an e-mail address</source>
      <translation>ingen godkännande chef med e-postadress</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="166" />
      <source>Sending approval requests</source>
      <translation>Skickar förfrågningar om godkännande</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="191" />
      <source>Setting the approving manager</source>
      <translation>Kopplar godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="207" />
      <source>Removing approvals</source>
      <translation>Tar bort godkännanden</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="217" />
      <source>Cancelling registrations</source>
      <translation>Avbokar kursregistreringar</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="275" />
      <source>Adding a registration</source>
      <translation>Lägger till en kursregistrering</translation>
    </message>
  </context>
  <context>
    <name>RemoveApprovalDialog</name>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="179" />
      <location filename="../../desktop/participants/dialogs.py" line="198" />
      <source>Remove approval</source>
      <translation>Ta bort godkännande</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/dialogs.py" line="182" />
      <source>Removing an approval lets the approving manager approve again. The removal and its reason are recorded. %n registration(s) selected.</source>
      <translation>
        <numerusform>Att ta bort ett godkännande låter godkännande chef godkänna igen. Borttagningen och skälet loggas. %n kursregistrering vald.</numerusform>
        <numerusform>Att ta bort ett godkännande låter godkännande chef godkänna igen. Borttagningen och skälet loggas. %n kursregistreringar valda.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="190" />
      <location filename="../../desktop/participants/dialogs.py" line="202" />
      <source>Reason</source>
      <translation>Skäl</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="191" />
      <source>Why is the approval removed?</source>
      <translation>Varför tas godkännandet bort?</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="214" />
      <source>Give a reason of a few words.</source>
      <translation>Ange ett skäl med några ord.</translation>
    </message>
  </context>
  <context>
    <name>RequestApproval</name>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="38" />
      <source>Participant</source>
      <translation>Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="39" />
      <source>Approving manager</source>
      <translation>Godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="40" />
      <source>Sent to</source>
      <translation>Skickas till</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="41" />
      <source>What</source>
      <translation>Vad</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="47" />
      <source>Not connected to a server: the requests are saved now and the e-mails are sent when this database syncs with the server.</source>
      <translation>Inte ansluten till en server: förfrågningarna sparas nu och mejlen skickas när databasen synkar med servern.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="52" />
      <source>You are offline: the requests are saved now and the e-mails are sent when the connection is back.</source>
      <translation>Du är offline: förfrågningarna sparas nu och mejlen skickas när anslutningen är tillbaka.</translation>
    </message>
  </context>
  <context>
    <name>RequestApprovalDialog</name>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="68" />
      <source>Send request to approving manager</source>
      <translation>Skicka förfrågan till godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="69" />
      <source>Checking the selected registrations…</source>
      <translation>Kontrollerar de valda kursregistreringarna…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="76" />
      <source>Optional message, shown in the e-mail above the link</source>
      <translation>Valfritt meddelande, visas i mejlet ovanför länken</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="78" />
      <source>Message to the approving manager</source>
      <translation>Meddelande till godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="89" />
      <source>Send</source>
      <translation>Skicka</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="98" />
      <source>Message (optional)</source>
      <translation>Meddelande (valfritt)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="113" />
      <source>Skipped: %1</source>
      <translation>Hoppas över: %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/dialogs.py" line="115" />
      <source>Reminder (%n sent before)</source>
      <translation>
        <numerusform>Påminnelse (%n skickad tidigare)</numerusform>
        <numerusform>Påminnelse (%n skickade tidigare)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="117" />
      <source>Request</source>
      <translation>Förfrågan</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="133" />
      <source>Requests: %1 · Reminders: %2 · Skipped: %3</source>
      <translation>Förfrågningar: %1 · Påminnelser: %2 · Hoppas över: %3</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="156" />
      <source>Not sent:</source>
      <translation>Inte skickat:</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="161" />
      <source>Close</source>
      <translation>Stäng</translation>
    </message>
  </context>
  <context>
    <name>RoundPage</name>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="45" />
      <source>First name</source>
      <translation>Förnamn</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="46" />
      <source>Last name</source>
      <translation>Efternamn</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="47" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="48" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="49" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="50" />
      <source>Approving manager</source>
      <translation>Godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="51" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="52" />
      <source>Choice</source>
      <translation>Val</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="53" />
      <source>Check box</source>
      <translation>Kryssruta</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="62" />
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="66" />
      <source>Question</source>
      <translation>Fråga</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="67" />
      <source>Kind</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="68" />
      <source>Required</source>
      <translation>Obligatorisk</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="71" />
      <source>E-mail confirmation</source>
      <translation>Bekräftelse via e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="119" />
      <source>Seats</source>
      <translation>Platser</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="120" />
      <source>Registered</source>
      <translation>Anmälda</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="121" />
      <source>Approved</source>
      <translation>Godkända</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="122" />
      <source>Waiting for approval</source>
      <translation>Väntar på godkännande</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="123" />
      <source>Approval not requested</source>
      <translation>Godkännande ej begärt</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="129" />
      <source>Add registration…</source>
      <translation>Lägg till kursregistrering…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="131" />
      <source>Send approval requests…</source>
      <translation>Skicka förfrågningar om godkännande…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="133" />
      <source>Ask the approving managers of all registrations not yet approved</source>
      <translation>Fråga godkännande chefer för alla kursregistreringar som ännu inte är godkända</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="136" />
      <source>Print participant list…</source>
      <translation>Skriv ut deltagarlista…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="138" />
      <source>Print attendance sheet…</source>
      <translation>Skriv ut närvarolista…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="141" />
      <source>Save as PDF</source>
      <translation>Spara som PDF</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="145" />
      <source>Attendance sheet as PDF…</source>
      <translation>Närvarolista som PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="146" />
      <source>Participant list as PDF…</source>
      <translation>Deltagarlista som PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="189" />
      <source>Participants</source>
      <translation>Deltagare</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="190" />
      <source>Sign-up form</source>
      <translation>Anmälningsformulär</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="240" />
      <source>This round has no sign-up form.</source>
      <translation>Omgången har inget anmälningsformulär.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="243" />
      <source>No sign-up form. Registrations are added by hand.</source>
      <translation>Inget anmälningsformulär. Kursregistreringar läggs till för hand.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="246" />
      <source>Published</source>
      <translation>Publicerat</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="246" />
      <source>Not published</source>
      <translation>Inte publicerat</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="331" />
      <source>Save attendance sheet</source>
      <translation>Spara närvarolista</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="333" />
      <source>Save participant list</source>
      <translation>Spara deltagarlista</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="336" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="40" />
      <source>Settings</source>
      <translation>Inställningar</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="42" />
      <location filename="../../desktop/settings_dialog.py" line="68" />
      <source>Server address</source>
      <translation>Serveradress</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="43" />
      <source>Used at the next sign-in.</source>
      <translation>Används vid nästa inloggning.</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="47" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="49" />
      <source>Sync interval</source>
      <translation>Synkintervall</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="51" />
      <location filename="../../desktop/settings_dialog.py" line="71" />
      <location filename="../../desktop/settings_dialog.py" line="73" />
      <source>Language</source>
      <translation>Språk</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="52" />
      <source>Follow the system</source>
      <translation>Följ systemet</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="59" />
      <source>Blank rows on attendance sheets</source>
      <translation>Tomma rader på närvarolistor</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="61" />
      <source>The organisation's name from the server</source>
      <translation>Organisationens namn från servern</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="62" />
      <source>Organisation name in the header</source>
      <translation>Organisationens namn i sidhuvudet</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="63" />
      <source>Print the e-mail column</source>
      <translation>Skriv ut kolumnen e-post</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="66" />
      <source>Connection</source>
      <translation>Anslutning</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="70" />
      <source>Sync every</source>
      <translation>Synka var</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="74" />
      <source>Printing</source>
      <translation>Utskrift</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="76" />
      <source>Blank rows for walk-ins</source>
      <translation>Tomma rader för efteranmälda</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="77" />
      <source>Organisation in the header</source>
      <translation>Organisation i sidhuvudet</translation>
    </message>
  </context>
  <context>
    <name>SyncIssues</name>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="42" />
      <source>Create person</source>
      <translation>Skapa person</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="43" />
      <source>Edit person</source>
      <translation>Ändra person</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="44" />
      <source>Add e-mail address</source>
      <translation>Lägg till e-postadress</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="45" />
      <source>Remove e-mail address</source>
      <translation>Ta bort e-postadress</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="46" />
      <source>Add phone number</source>
      <translation>Lägg till telefonnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="47" />
      <source>Set category</source>
      <translation>Sätt kategori</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="48" />
      <source>Add registration</source>
      <translation>Lägg till kursregistrering</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="49" />
      <source>Set approving manager</source>
      <translation>Koppla godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="50" />
      <source>Send request to approving manager</source>
      <translation>Skicka förfrågan till godkännande chef</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="53" />
      <source>Remove approval</source>
      <translation>Ta bort godkännande</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="54" />
      <source>Cancel registration</source>
      <translation>Avboka kursregistrering</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="55" />
      <source>Alumni decision</source>
      <translation>Alumnbeslut</translation>
    </message>
  </context>
  <context>
    <name>SyncIssuesDialog</name>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="179" />
      <source>Sync issues</source>
      <translation>Synkproblem</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="183" />
      <source>Refused changes</source>
      <translation>Avvisade ändringar</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="185" />
      <source>Discard</source>
      <translation>Släpp</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="186" />
      <source>Let this change go; the server's values stay</source>
      <translation>Släpp ändringen; serverns värden gäller</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="187" />
      <source>Edit and retry…</source>
      <translation>Ändra och försök igen…</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="230" />
      <source>Nothing needs your attention. Changes you make here are sent to the server when you are online.</source>
      <translation>Inget behöver din uppmärksamhet. Ändringar du gör här skickas till servern när du är online.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/sync_ui/issues.py" line="235" />
      <source>The server refused %n change(s). Each is kept until you discard it or retry it.</source>
      <translation>
        <numerusform>Servern avvisade %n ändring. Den sparas tills du släpper den eller försöker igen.</numerusform>
        <numerusform>Servern avvisade %n ändringar. De sparas tills du släpper dem eller försöker igen.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="299" />
      <source>Discard change</source>
      <translation>Släpp ändring</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="300" />
      <source>Discard “%1”? The server's values stay as they are.</source>
      <translation>Släppa ”%1”? Serverns värden står kvar.</translation>
    </message>
  </context>
  <context>
    <name>SyncStatus</name>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="32" />
      <source>Online</source>
      <translation>Online</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="34" />
      <source>synced %1</source>
      <translation>synkad %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="38" />
      <source>Syncing…</source>
      <translation>Synkar…</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="41" />
      <source>Syncing… %1 rows</source>
      <translation>Synkar… %1 rader</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="45" />
      <source>Offline</source>
      <translation>Offline</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="47" />
      <source>since %1</source>
      <translation>sedan %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="50" />
      <source>work continues here</source>
      <translation>arbetet fortsätter här</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="53" />
      <source>Sync error: %1</source>
      <translation>Synkfel: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="57" />
      <source>retry</source>
      <translation>försök igen</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="60" />
      <source>Local database only (not connected to a server)</source>
      <translation>Endast lokal databas (inte ansluten till en server)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/sync_ui/status.py" line="67" />
      <source>%n pending</source>
      <translation>
        <numerusform>%n väntar</numerusform>
        <numerusform>%n väntar</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/sync_ui/status.py" line="69" />
      <source>%n need(s) attention</source>
      <translation>
        <numerusform>%n behöver åtgärd</numerusform>
        <numerusform>%n behöver åtgärd</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SyncStatusWidget</name>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="88" />
      <source>Sync state</source>
      <translation>Synkläge</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="90" />
      <source>demo data</source>
      <translation>demodata</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="134" />
      <source>Click to see the sync issues and what waits to be sent</source>
      <translation>Klicka för att se synkproblem och vad som väntar på att skickas</translation>
    </message>
  </context>
</TS>