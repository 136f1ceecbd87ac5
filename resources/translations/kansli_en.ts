<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
  <context>
    <name>AddRegistrationDialog</name>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="229" />
      <source>Add registration to %1</source>
      <translation>Add registration to %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="230" />
      <source>An existing person</source>
      <translation>An existing person</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="231" />
      <source>A new person</source>
      <translation>A new person</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="233" />
      <source>Choose person…</source>
      <translation>Choose person…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="235" />
      <source>Nobody chosen</source>
      <translation>Nobody chosen</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="242" />
      <location filename="../../desktop/participants/dialogs.py" line="257" />
      <source>First name</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="243" />
      <location filename="../../desktop/participants/dialogs.py" line="258" />
      <source>Last name</source>
      <translation>Last name</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="244" />
      <location filename="../../desktop/participants/dialogs.py" line="259" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="247" />
      <source>Choose approving manager…</source>
      <translation>Choose approving manager…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="249" />
      <location filename="../../desktop/participants/dialogs.py" line="294" />
      <location filename="../../desktop/participants/dialogs.py" line="298" />
      <source>No approving manager</source>
      <translation>No approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="266" />
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="283" />
      <source>Choose participant</source>
      <translation>Choose participant</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="292" />
      <source>Choose approving manager</source>
      <translation>Choose approving manager</translation>
    </message>
  </context>
  <context>
    <name>AgentOrders</name>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="21" />
      <location filename="../../desktop/agent_orders/view.py" line="45" />
      <source>Ordered</source>
      <translation>Ordered</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="22" />
      <source>In the agent's review</source>
      <translation>In the agent's review</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="23" />
      <source>Approved by the agent</source>
      <translation>Approved by the agent</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="24" />
      <source>Attested by the agent</source>
      <translation>Attested by the agent</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="25" />
      <source>Attested by the customer</source>
      <translation>Attested by the customer</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="26" />
      <source>Handed to the service desk</source>
      <translation>Handed to the service desk</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="27" />
      <source>Rejected</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="36" />
      <source>Order</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="37" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="38" />
      <source>Customer</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="41" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="46" />
      <source>Ordered by</source>
      <translation>Ordered by</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="47" />
      <source>Case handler</source>
      <translation>Case handler</translation>
    </message>
  </context>
  <context>
    <name>AgentOrdersView</name>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="96" />
      <source>View</source>
      <translation>View</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="97" />
      <source>My approvals</source>
      <translation>My approvals</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="98" />
      <source>All orders</source>
      <translation>All orders</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="101" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="102" />
      <source>Any state</source>
      <translation>Any state</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="105" />
      <source>Search orders and customers…</source>
      <translation>Search orders and customers…</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="122" />
      <source>The review and attest pages open from here in a later version; they need a connection to the server.</source>
      <translation>The review and attest pages open from here in a later version; they need a connection to the server.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/agent_orders/view.py" line="152" />
      <source>%n order(s)</source>
      <translation>
        <numerusform>%n order</numerusform>
        <numerusform>%n orders</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="154" />
      <source>No orders wait for you.</source>
      <translation>No orders wait for you.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="156" />
      <source>No orders match.</source>
      <translation>No orders match.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="174" />
      <source>Agent orders</source>
      <translation>Agent orders</translation>
    </message>
  </context>
  <context>
    <name>Alumni</name>
    <message>
      <location filename="../../desktop/alumni/view.py" line="21" />
      <source>Not approved (manual queue)</source>
      <translation>Not approved (manual queue)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="22" />
      <location filename="../../desktop/alumni/view.py" line="45" />
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="23" />
      <source>Approved (registered alumnus)</source>
      <translation>Approved (registered alumnus)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="24" />
      <source>Approved (alumnus)</source>
      <translation>Approved (alumnus)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="25" />
      <source>Approved manually</source>
      <translation>Approved manually</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="26" />
      <source>Denied</source>
      <translation>Denied</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="27" />
      <source>Unregistered</source>
      <translation>Unregistered</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="32" />
      <source>Not approved</source>
      <extracomment>In the list's cells the queue needs no explanation.</extracomment>
      <translation>Not approved</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="46" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="47" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="48" />
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="51" />
      <source>Graduated</source>
      <translation>Graduated</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="57" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="61" />
      <source>pending</source>
      <translation>pending</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="65" />
      <source>Reason</source>
      <translation>Reason</translation>
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
      <translation>All</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="122" />
      <source>Search names, e-mails, programmes…</source>
      <translation>Search names, e-mails, programmes…</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="125" />
      <source>Show:</source>
      <translation>Show:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="140" />
      <source>Decisions (approve, deny) come to this list in a later version; double-click a row to open the matched person.</source>
      <translation>Decisions (approve, deny) come to this list in a later version; double-click a row to open the matched person.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/alumni/view.py" line="162" />
      <source>%n registration(s)</source>
      <translation>
        <numerusform>%n registration</numerusform>
        <numerusform>%n registrations</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="164" />
      <source>Nothing waits for a decision.</source>
      <translation>Nothing waits for a decision.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="166" />
      <source>No alumni registrations match.</source>
      <translation>No alumni registrations match.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="189" />
      <source>Alumni queue</source>
      <translation>Alumni queue</translation>
    </message>
  </context>
  <context>
    <name>ArgsEditor</name>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="131" />
      <source>Edit and retry</source>
      <translation>Edit and retry</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="146" />
      <source>Retry</source>
      <translation>Retry</translation>
    </message>
  </context>
  <context>
    <name>ConflictChooser</name>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="72" />
      <source>Resolve the edit</source>
      <translation>Resolve the edit</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="77" />
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="77" />
      <source>Before</source>
      <translation>Before</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="77" />
      <source>Yours</source>
      <translation>Yours</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="77" />
      <source>Theirs (server)</source>
      <translation>Theirs (server)</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="96" />
      <source>Someone changed these fields on the server after you loaded them. Choose per field which value to keep.</source>
      <translation>Someone changed these fields on the server after you loaded them. Choose per field which value to keep.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="104" />
      <source>Apply choice</source>
      <translation>Apply choice</translation>
    </message>
  </context>
  <context>
    <name>Courses</name>
    <message>
      <location filename="../../desktop/courses/view.py" line="29" />
      <source>Planned</source>
      <translation>Planned</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="30" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="31" />
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="32" />
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="48" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="49" />
      <source>Course</source>
      <translation>Course</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="50" />
      <source>Rounds</source>
      <translation>Rounds</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="53" />
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="54" />
      <source>Term</source>
      <translation>Term</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="55" />
      <source>Dates</source>
      <translation>Dates</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="56" />
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="57" />
      <source>Seats</source>
      <translation>Seats</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="58" />
      <source>Registered</source>
      <translation>Registered</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="59" />
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="62" />
      <source>Waiting</source>
      <translation>Waiting</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="65" />
      <source>Waiting for approval</source>
      <translation>Waiting for approval</translation>
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
      <translation>Search courses and rounds…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="89" />
      <source>Term</source>
      <translation>Term</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="90" />
      <location filename="../../desktop/courses/view.py" line="164" />
      <source>All terms</source>
      <translation>All terms</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="92" />
      <source>Round status</source>
      <translation>Round status</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="93" />
      <source>Any status</source>
      <translation>Any status</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="98" />
      <source>Term:</source>
      <translation>Term:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="100" />
      <source>Status:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="142" />
      <source>Open round</source>
      <translation>Open round</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="145" />
      <source>Open the selected round's page</source>
      <translation>Open the selected round's page</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="181" />
      <source>No courses match — clear the search or choose another term.</source>
      <translation>No courses match — clear the search or choose another term.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="183" />
      <source>No courses yet — they appear here after the first sync.</source>
      <translation>No courses yet — they appear here after the first sync.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="216" />
      <source>Rounds of %1</source>
      <translation>Rounds of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="218" />
      <source>All rounds</source>
      <translation>All rounds</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="220" />
      <source>No rounds match the filters.</source>
      <translation>No rounds match the filters.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/courses/view.py" line="222" />
      <source>%n course(s)</source>
      <translation>
        <numerusform>%n course</numerusform>
        <numerusform>%n courses</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/courses/view.py" line="224" />
      <source>%n round(s)</source>
      <translation>
        <numerusform>%n round</numerusform>
        <numerusform>%n rounds</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="267" />
      <source>Rounds</source>
      <translation>Rounds</translation>
    </message>
  </context>
  <context>
    <name>Login</name>
    <message>
      <location filename="../../desktop/login.py" line="40" />
      <source>Wrong e-mail address or password.</source>
      <translation>Wrong e-mail address or password.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="42" />
      <source>The server cannot be reached: %1</source>
      <translation>The server cannot be reached: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="46" />
      <source>Too many attempts; wait a minute and try again.</source>
      <translation>Too many attempts; wait a minute and try again.</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../desktop/login.py" line="74" />
      <source>Sign in to Kansli</source>
      <extracomment>Where the accounts' local databases live (the user data folder by default).</extracomment>
      <translation>Sign in to Kansli</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="76" />
      <source>Server address</source>
      <translation>Server address</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="78" />
      <location filename="../../desktop/login.py" line="93" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="82" />
      <location filename="../../desktop/login.py" line="94" />
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="83" />
      <source>Remember me on this computer</source>
      <translation>Remember me on this computer</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="92" />
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="97" />
      <source>Sign in</source>
      <translation>Sign in</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="99" />
      <source>Work offline</source>
      <translation>Work offline</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="101" />
      <source>Open this computer's copy of your data; changes are sent when online</source>
      <translation>Open this computer's copy of your data; changes are sent when online</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="154" />
      <source>Signing in as %1…</source>
      <translation>Signing in as %1…</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="177" />
      <source>Sign in with your password.</source>
      <translation>Sign in with your password.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="188" />
      <source>Signing in…</source>
      <translation>Signing in…</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="222" />
      <source>Opening this computer's copy…</source>
      <translation>Opening this computer's copy…</translation>
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
      <translation>Courses</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="84" />
      <location filename="../../desktop/mainwindow.py" line="391" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="85" />
      <source>Alumni queue</source>
      <translation>Alumni queue</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="86" />
      <source>Agent orders</source>
      <translation>Agent orders</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="105" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="150" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="153" />
      <source>&amp;Export list…</source>
      <translation>&amp;Export list…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="156" />
      <source>Save the current list as CSV or Excel</source>
      <translation>Save the current list as CSV or Excel</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="160" />
      <source>&amp;Print list…</source>
      <translation>&amp;Print list…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="163" />
      <source>Print the current list (with preview)</source>
      <translation>Print the current list (with preview)</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="168" />
      <source>&amp;Settings…</source>
      <translation>&amp;Settings…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="173" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="175" />
      <source>&amp;Edit</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="177" />
      <location filename="../../desktop/mainwindow.py" line="241" />
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="182" />
      <source>&amp;Find</source>
      <translation>&amp;Find</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="185" />
      <source>Search the current list</source>
      <translation>Search the current list</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="188" />
      <source>Select &amp;all</source>
      <translation>Select &amp;all</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="191" />
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="193" />
      <source>&amp;Reload the current list</source>
      <translation>&amp;Reload the current list</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="196" />
      <source>&amp;Go</source>
      <translation>&amp;Go</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="199" />
      <source>&amp;Courses</source>
      <translation>&amp;Courses</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="200" />
      <source>&amp;Participants</source>
      <translation>&amp;Participants</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="201" />
      <source>&amp;Alumni queue</source>
      <translation>&amp;Alumni queue</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="202" />
      <source>A&amp;gent orders</source>
      <translation>A&amp;gent orders</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="212" />
      <source>Close &amp;tab</source>
      <translation>Close &amp;tab</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="217" />
      <source>&amp;Actions</source>
      <translation>&amp;Actions</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="224" />
      <source>&amp;Sync</source>
      <translation>&amp;Sync</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="227" />
      <source>Sync &amp;now</source>
      <translation>Sync &amp;now</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="230" />
      <source>Send local changes and fetch the server's</source>
      <translation>Send local changes and fetch the server's</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="232" />
      <source>Sync &amp;issues…</source>
      <translation>Sync &amp;issues…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="234" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="235" />
      <source>&amp;About Kansli</source>
      <translation>&amp;About Kansli</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="241" />
      <source>&amp;Undo %1</source>
      <translation>&amp;Undo %1</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="266" />
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="327" />
      <source>Undo failed</source>
      <translation>Undo failed</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="333" />
      <source>Not connected to a server: sign in to sync.</source>
      <translation>Not connected to a server: sign in to sync.</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="337" />
      <source>Syncing…</source>
      <translation>Syncing…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="364" />
      <source>Export list</source>
      <translation>Export list</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="366" />
      <source>Excel workbook (*.xlsx);;CSV, comma or semicolon separated (*.csv)</source>
      <translation>Excel workbook (*.xlsx);;CSV, comma or semicolon separated (*.csv)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/mainwindow.py" line="380" />
      <source>%n row(s) exported to %1</source>
      <translation>
        <numerusform>%n row exported to %1</numerusform>
        <numerusform>%n rows exported to %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/mainwindow.py" line="396" />
      <source>%n registration(s)</source>
      <translation>
        <numerusform>%n registration</numerusform>
        <numerusform>%n registrations</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="407" />
      <source>Print a long list</source>
      <translation>Print a long list</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/mainwindow.py" line="408" />
      <source>The list has %n rows. Print them all?</source>
      <translation>
        <numerusform>The list has %n row. Print them all?</numerusform>
        <numerusform>The list has %n rows. Print them all?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="437" />
      <source>About Kansli</source>
      <translation>About Kansli</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="439" />
      <source>&lt;h3&gt;Kansli %1&lt;/h3&gt;&lt;p&gt;Back office for courses, registrations, alumni and agent orders.&lt;/p&gt;&lt;p&gt;Local database: %2&lt;br&gt;Log file: %3&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Kansli %1&lt;/h3&gt;&lt;p&gt;Back office for courses, registrations, alumni and agent orders.&lt;/p&gt;&lt;p&gt;Local database: %2&lt;br&gt;Log file: %3&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="453" />
      <source>Something went wrong</source>
      <translation>Something went wrong</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="455" />
      <source>“%1” failed. No data was lost: what was saved before is still there.</source>
      <translation>“%1” failed. No data was lost: what was saved before is still there.</translation>
    </message>
  </context>
  <context>
    <name>Participants</name>
    <message>
      <location filename="../../desktop/participants/export.py" line="77" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/export.py" line="80" />
      <source>Exporting</source>
      <translation>Exporting</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/model.py" line="325" />
      <source>%n request(s) sent</source>
      <extracomment>Tables whose changes can change what this list shows. The id list was (re)loaded: counts and selection may have changed. A batch of rows arrived (first row, last row). While True (a view being set up), sort and set_query only record the query.</extracomment>
      <translation>
        <numerusform>%n request sent</numerusform>
        <numerusform>%n requests sent</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/model.py" line="331" />
      <source>A local change waits to be sent to the server.</source>
      <translation>A local change waits to be sent to the server.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/model.py" line="339" />
      <source>Given on the sign-up form: %1</source>
      <translation>Given on the sign-up form: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="32" />
      <source>Any status</source>
      <translation>Any status</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="33" />
      <location filename="../../desktop/participants/query.py" line="179" />
      <source>Not yet approved</source>
      <translation>Not yet approved</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="34" />
      <source>Approval not requested</source>
      <translation>Approval not requested</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="35" />
      <location filename="../../desktop/participants/query.py" line="340" />
      <source>Waiting for approval</source>
      <translation>Waiting for approval</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="36" />
      <location filename="../../desktop/participants/query.py" line="341" />
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="37" />
      <location filename="../../desktop/participants/query.py" line="342" />
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="74" />
      <source>Participant</source>
      <extracomment>SQL of the sort key, and the joins it needs.</extracomment>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="80" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="86" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="91" />
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="95" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="98" />
      <source>Approving manager</source>
      <translation>Approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="105" />
      <source>Approval requested</source>
      <translation>Approval requested</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="110" />
      <source>Approved date</source>
      <translation>Approved date</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="115" />
      <source>Approved via e-mail</source>
      <translation>Approved via e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="118" />
      <source>Created</source>
      <translation>Created</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="177" />
      <source>All registrations</source>
      <translation>All registrations</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="183" />
      <source>Requested more than 7 days ago</source>
      <translation>Requested more than 7 days ago</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="187" />
      <source>Approved this week</source>
      <translation>Approved this week</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="339" />
      <source>Not requested</source>
      <translation>Not requested</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="349" />
      <source>pending</source>
      <translation>pending</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsView</name>
    <message>
      <location filename="../../desktop/participants/view.py" line="114" />
      <source>Saved filter</source>
      <extracomment>The number shown changed: (shown, total). The dialog an action opened last (kept alive; tests look at it).</extracomment>
      <translation>Saved filter</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="115" />
      <source>Custom filter</source>
      <translation>Custom filter</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="118" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="122" />
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="123" />
      <location filename="../../desktop/participants/view.py" line="358" />
      <source>All rounds</source>
      <translation>All rounds</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="126" />
      <source>Search names and e-mails…</source>
      <translation>Search names and e-mails…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="128" />
      <source>Filters</source>
      <translation>Filters</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="131" />
      <source>Save current filter…</source>
      <translation>Save current filter…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="133" />
      <source>Delete this saved filter</source>
      <translation>Delete this saved filter</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="214" />
      <source>Open participant's profile</source>
      <translation>Open participant's profile</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="217" />
      <source>Open the profile of the selected participant</source>
      <translation>Open the profile of the selected participant</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="220" />
      <source>Open approving manager's profile</source>
      <translation>Open approving manager's profile</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="225" />
      <source>Send request to approving manager…</source>
      <translation>Send request to approving manager…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="228" />
      <source>E-mail the approving managers of the selected registrations</source>
      <translation>E-mail the approving managers of the selected registrations</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="231" />
      <source>Set approving manager…</source>
      <translation>Set approving manager…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="236" />
      <source>Remove approval…</source>
      <translation>Remove approval…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="239" />
      <source>Administrators only: take back an approval</source>
      <translation>Administrators only: take back an approval</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="242" />
      <source>Cancel registration…</source>
      <translation>Cancel registration…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="247" />
      <source>Copy e-mail addresses</source>
      <translation>Copy e-mail addresses</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="406" />
      <source>Save filter</source>
      <translation>Save filter</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="406" />
      <source>Name of the filter:</source>
      <translation>Name of the filter:</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="437" />
      <source>%1 of %2 shown</source>
      <translation>%1 of %2 shown</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="443" />
      <source>No registrations on this round yet — add one with “Add registration”.</source>
      <translation>No registrations on this round yet — add one with “Add registration”.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="445" />
      <source>No registrations yet — add one from a course round.</source>
      <translation>No registrations yet — add one from a course round.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="448" />
      <source>No registrations match — clear the search or choose another filter.</source>
      <translation>No registrations match — clear the search or choose another filter.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="488" />
      <source>Set approving manager</source>
      <translation>Set approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="490" />
      <source>No approving manager</source>
      <translation>No approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="528" />
      <source>Cancel registration</source>
      <translation>Cancel registration</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/view.py" line="529" />
      <source>Cancel %n registration(s)? The participants lose their places.</source>
      <translation>
        <numerusform>Cancel %n registration? The participants lose their places.</numerusform>
        <numerusform>Cancel %n registrations? The participants lose their places.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="534" />
      <source>Cancel registrations</source>
      <translation>Cancel registrations</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="535" />
      <source>Keep</source>
      <translation>Keep</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="550" />
      <source>Some registrations were not changed</source>
      <translation>Some registrations were not changed</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="571" />
      <source>Filtered list</source>
      <translation>Filtered list</translation>
    </message>
  </context>
  <context>
    <name>PeopleOps</name>
    <message>
      <location filename="../../desktop/operations/people.py" line="64" />
      <location filename="../../desktop/operations/people.py" line="245" />
      <source>This person no longer exists.</source>
      <translation>This person no longer exists.</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="109" />
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="111" />
      <source>Approving manager</source>
      <translation>Approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="232" />
      <source>edit of %1</source>
      <translation>edit of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="239" />
      <source>Saving the profile</source>
      <translation>Saving the profile</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="269" />
      <source>adding %1</source>
      <translation>adding %1</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="280" />
      <source>Adding an e-mail address</source>
      <translation>Adding an e-mail address</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="291" />
      <source>Removing an e-mail address</source>
      <translation>Removing an e-mail address</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="306" />
      <source>Adding a phone number</source>
      <translation>Adding a phone number</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="319" />
      <source>Undoing %1</source>
      <translation>Undoing %1</translation>
    </message>
  </context>
  <context>
    <name>PersonPicker</name>
    <message>
      <location filename="../../desktop/people/picker.py" line="22" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="23" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="24" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="48" />
      <source>Search by name or e-mail…</source>
      <translation>Search by name or e-mail…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="55" />
      <location filename="../../desktop/people/picker.py" line="106" />
      <source>Type a name or an e-mail address to find a person.</source>
      <translation>Type a name or an e-mail address to find a person.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="61" />
      <source>Choose</source>
      <translation>Choose</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="104" />
      <source>Nobody matches “%1”.</source>
      <translation>Nobody matches “%1”.</translation>
    </message>
  </context>
  <context>
    <name>PersonProfile</name>
    <message>
      <location filename="../../desktop/people/profile.py" line="179" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="190" />
      <source>Changed here; waits to be sent to the server.</source>
      <translation>Changed here; waits to be sent to the server.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="207" />
      <source>YYYYMMDD-NNNN</source>
      <translation>YYYYMMDD-NNNN</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="208" />
      <source>YYYY-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
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
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="220" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="223" />
      <source>Revert</source>
      <translation>Revert</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="256" />
      <source>name@example.se</source>
      <translation>name@example.se</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="257" />
      <source>New e-mail address</source>
      <translation>New e-mail address</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="259" />
      <source>Work</source>
      <translation>Work</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="260" />
      <source>Private</source>
      <translation>Private</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="261" />
      <source>Main address</source>
      <translation>Main address</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="262" />
      <source>Add e-mail</source>
      <translation>Add e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="264" />
      <source>Remove e-mail…</source>
      <translation>Remove e-mail…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="286" />
      <source>New phone number</source>
      <translation>New phone number</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="289" />
      <source>Add phone</source>
      <translation>Add phone</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="294" />
      <source>E-mail addresses</source>
      <translation>E-mail addresses</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="297" />
      <source>Phone numbers</source>
      <translation>Phone numbers</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="327" />
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="328" />
      <source>E-mails and phones</source>
      <translation>E-mails and phones</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="329" />
      <source>Registrations</source>
      <translation>Registrations</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="330" />
      <source>Activity</source>
      <translation>Activity</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="331" />
      <source>Consents and alumni</source>
      <translation>Consents and alumni</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="373" />
      <source>No categories</source>
      <translation>No categories</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="385" />
      <source>No registrations.</source>
      <translation>No registrations.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="387" />
      <source>Nothing has happened yet.</source>
      <translation>Nothing has happened yet.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="389" />
      <source>Consent “%1” (terms %2) given %3 from %4</source>
      <translation>Consent “%1” (terms %2) given %3 from %4</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="397" />
      <source>Alumni registration: %1 (%2)</source>
      <translation>Alumni registration: %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="403" />
      <source>No consents or alumni registrations.</source>
      <translation>No consents or alumni registrations.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="414" />
      <source>No organisation</source>
      <translation>No organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="475" />
      <source>Saved.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="477" />
      <source>Saved here; it is sent to the server when you are online.</source>
      <translation>Saved here; it is sent to the server when you are online.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="494" />
      <source>Undo %1</source>
      <translation>Undo %1</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="494" />
      <source>Undo</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="556" />
      <source>Remove e-mail address</source>
      <translation>Remove e-mail address</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="557" />
      <source>Remove %1 from this person?</source>
      <translation>Remove %1 from this person?</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="../../desktop/printing/output.py" line="63" />
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/output.py" line="66" />
      <source>Waiting for approval</source>
      <translation>Waiting for approval</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/output.py" line="68" />
      <source>Not approved</source>
      <translation>Not approved</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="71" />
      <location filename="../../desktop/printing/sheet.py" line="102" />
      <source>Name</source>
      <extracomment>Share of the width left after fixed columns; 0 with ``mm`` for a fixed width.</extracomment>
      <translation>Name</translation>
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
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="77" />
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="83" />
      <source>Attendance sheet</source>
      <translation>Attendance sheet</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="107" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="112" />
      <source>Participant list</source>
      <translation>Participant list</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="198" />
      <source>Could not start printing</source>
      <translation>Could not start printing</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="311" />
      <source>Printed %1</source>
      <translation>Printed %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/printing/sheet.py" line="314" />
      <source>%n participant(s)</source>
      <translation>
        <numerusform>%n participant</numerusform>
        <numerusform>%n participants</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="322" />
      <source>Page %1 of %2</source>
      <translation>Page %1 of %2</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="358" />
      <source>List</source>
      <translation>List</translation>
    </message>
  </context>
  <context>
    <name>Profile</name>
    <message>
      <location filename="../../desktop/people/profile.py" line="60" />
      <source>Approval requested</source>
      <translation>Approval requested</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="61" />
      <source>Reminder sent</source>
      <translation>Reminder sent</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="62" />
      <source>Registration approved</source>
      <translation>Registration approved</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="63" />
      <source>Approval removed</source>
      <translation>Approval removed</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="64" />
      <source>Alumni decision</source>
      <translation>Alumni decision</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="65" />
      <source>E-mail sent</source>
      <translation>E-mail sent</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="66" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="67" />
      <source>Profiles merged</source>
      <translation>Profiles merged</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="70" />
      <source>Not requested</source>
      <translation>Not requested</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="71" />
      <source>Waiting for approval</source>
      <translation>Waiting for approval</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="72" />
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="82" />
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="87" />
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="88" />
      <source>Starts</source>
      <translation>Starts</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="89" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="91" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="93" />
      <source>Approved via e-mail</source>
      <translation>Approved via e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="96" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="99" />
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="103" />
      <source>Subject</source>
      <translation>Subject</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="104" />
      <source>By</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="105" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="114" />
      <source>Must not be empty</source>
      <translation>Must not be empty</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="121" />
      <source>Write the date as YYYY-MM-DD</source>
      <translation>Write the date as YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="123" />
      <source>Two letters, such as SE</source>
      <translation>Two letters, such as SE</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="127" />
      <source>Letters and digits only, such as 123 45</source>
      <translation>Letters and digits only, such as 123 45</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="162" />
      <source>First name</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="163" />
      <source>Last name</source>
      <translation>Last name</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="164" />
      <source>Personnummer</source>
      <translation>Personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="165" />
      <source>Birth date</source>
      <translation>Birth date</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="166" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="167" />
      <source>Street</source>
      <translation>Street</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="168" />
      <source>Postal code</source>
      <translation>Postal code</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="169" />
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="170" />
      <source>Country</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="246" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="247" />
      <location filename="../../desktop/people/profile.py" line="277" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="248" />
      <location filename="../../desktop/people/profile.py" line="278" />
      <source>Main</source>
      <translation>Main</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="276" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
  </context>
  <context>
    <name>RegistrationDetailPane</name>
    <message>
      <location filename="../../desktop/participants/detail.py" line="41" />
      <source>Select a registration to see it here.</source>
      <translation>Select a registration to see it here.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="49" />
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="50" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="51" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="52" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="53" />
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="54" />
      <source>Dates</source>
      <translation>Dates</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="55" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="56" />
      <source>Approving manager</source>
      <translation>Approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="57" />
      <source>Manager's e-mail</source>
      <translation>Manager's e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="58" />
      <source>Approval requested</source>
      <translation>Approval requested</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="59" />
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="60" />
      <source>Approved via e-mail</source>
      <translation>Approved via e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="74" />
      <source>Changed here; waits to be sent to the server.</source>
      <translation>Changed here; waits to be sent to the server.</translation>
    </message>
  </context>
  <context>
    <name>RegistrationOps</name>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="101" />
      <source>the registration is cancelled</source>
      <translation>the registration is cancelled</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="103" />
      <source>already approved by %1</source>
      <translation>already approved by %1</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="107" />
      <source>no approving manager with an e-mail address</source>
      <translation>no approving manager with an e-mail address</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="166" />
      <source>Sending approval requests</source>
      <translation>Sending approval requests</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="191" />
      <source>Setting the approving manager</source>
      <translation>Setting the approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="207" />
      <source>Removing approvals</source>
      <translation>Removing approvals</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="217" />
      <source>Cancelling registrations</source>
      <translation>Cancelling registrations</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="275" />
      <source>Adding a registration</source>
      <translation>Adding a registration</translation>
    </message>
  </context>
  <context>
    <name>RemoveApprovalDialog</name>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="179" />
      <location filename="../../desktop/participants/dialogs.py" line="198" />
      <source>Remove approval</source>
      <translation>Remove approval</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/dialogs.py" line="182" />
      <source>Removing an approval lets the approving manager approve again. The removal and its reason are recorded. %n registration(s) selected.</source>
      <translation>
        <numerusform>Removing an approval lets the approving manager approve again. The removal and its reason are recorded. %n registration selected.</numerusform>
        <numerusform>Removing an approval lets the approving manager approve again. The removal and its reason are recorded. %n registrations selected.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="190" />
      <location filename="../../desktop/participants/dialogs.py" line="202" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="191" />
      <source>Why is the approval removed?</source>
      <translation>Why is the approval removed?</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="214" />
      <source>Give a reason of a few words.</source>
      <translation>Give a reason of a few words.</translation>
    </message>
  </context>
  <context>
    <name>RequestApproval</name>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="38" />
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="39" />
      <source>Approving manager</source>
      <translation>Approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="40" />
      <source>Sent to</source>
      <translation>Sent to</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="41" />
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="47" />
      <source>Not connected to a server: the requests are saved now and the e-mails are sent when this database syncs with the server.</source>
      <translation>Not connected to a server: the requests are saved now and the e-mails are sent when this database syncs with the server.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="52" />
      <source>You are offline: the requests are saved now and the e-mails are sent when the connection is back.</source>
      <translation>You are offline: the requests are saved now and the e-mails are sent when the connection is back.</translation>
    </message>
  </context>
  <context>
    <name>RequestApprovalDialog</name>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="68" />
      <source>Send request to approving manager</source>
      <translation>Send request to approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="69" />
      <source>Checking the selected registrations…</source>
      <translation>Checking the selected registrations…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="76" />
      <source>Optional message, shown in the e-mail above the link</source>
      <translation>Optional message, shown in the e-mail above the link</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="78" />
      <source>Message to the approving manager</source>
      <translation>Message to the approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="89" />
      <source>Send</source>
      <translation>Send</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="98" />
      <source>Message (optional)</source>
      <translation>Message (optional)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="113" />
      <source>Skipped: %1</source>
      <translation>Skipped: %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/dialogs.py" line="115" />
      <source>Reminder (%n sent before)</source>
      <translation>
        <numerusform>Reminder (%n sent before)</numerusform>
        <numerusform>Reminder (%n sent before)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="117" />
      <source>Request</source>
      <translation>Request</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="133" />
      <source>Requests: %1 · Reminders: %2 · Skipped: %3</source>
      <translation>Requests: %1 · Reminders: %2 · Skipped: %3</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="156" />
      <source>Not sent:</source>
      <translation>Not sent:</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="161" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>RoundPage</name>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="45" />
      <source>First name</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="46" />
      <source>Last name</source>
      <translation>Last name</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="47" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="48" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="49" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="50" />
      <source>Approving manager</source>
      <translation>Approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="51" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="52" />
      <source>Choice</source>
      <translation>Choice</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="53" />
      <source>Check box</source>
      <translation>Check box</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="62" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="66" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="67" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="68" />
      <source>Required</source>
      <translation>Required</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="71" />
      <source>E-mail confirmation</source>
      <translation>E-mail confirmation</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="119" />
      <source>Seats</source>
      <translation>Seats</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="120" />
      <source>Registered</source>
      <translation>Registered</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="121" />
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="122" />
      <source>Waiting for approval</source>
      <translation>Waiting for approval</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="123" />
      <source>Approval not requested</source>
      <translation>Approval not requested</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="129" />
      <source>Add registration…</source>
      <translation>Add registration…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="131" />
      <source>Send approval requests…</source>
      <translation>Send approval requests…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="133" />
      <source>Ask the approving managers of all registrations not yet approved</source>
      <translation>Ask the approving managers of all registrations not yet approved</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="136" />
      <source>Print participant list…</source>
      <translation>Print participant list…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="138" />
      <source>Print attendance sheet…</source>
      <translation>Print attendance sheet…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="141" />
      <source>Save as PDF</source>
      <translation>Save as PDF</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="145" />
      <source>Attendance sheet as PDF…</source>
      <translation>Attendance sheet as PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="146" />
      <source>Participant list as PDF…</source>
      <translation>Participant list as PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="189" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="190" />
      <source>Sign-up form</source>
      <translation>Sign-up form</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="240" />
      <source>This round has no sign-up form.</source>
      <translation>This round has no sign-up form.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="243" />
      <source>No sign-up form. Registrations are added by hand.</source>
      <translation>No sign-up form. Registrations are added by hand.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="246" />
      <source>Published</source>
      <translation>Published</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="246" />
      <source>Not published</source>
      <translation>Not published</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="331" />
      <source>Save attendance sheet</source>
      <translation>Save attendance sheet</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="333" />
      <source>Save participant list</source>
      <translation>Save participant list</translation>
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
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="42" />
      <location filename="../../desktop/settings_dialog.py" line="68" />
      <source>Server address</source>
      <translation>Server address</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="43" />
      <source>Used at the next sign-in.</source>
      <translation>Used at the next sign-in.</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="47" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="49" />
      <source>Sync interval</source>
      <translation>Sync interval</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="51" />
      <location filename="../../desktop/settings_dialog.py" line="71" />
      <location filename="../../desktop/settings_dialog.py" line="73" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="52" />
      <source>Follow the system</source>
      <translation>Follow the system</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="59" />
      <source>Blank rows on attendance sheets</source>
      <translation>Blank rows on attendance sheets</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="61" />
      <source>The organisation's name from the server</source>
      <translation>The organisation's name from the server</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="62" />
      <source>Organisation name in the header</source>
      <translation>Organisation name in the header</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="63" />
      <source>Print the e-mail column</source>
      <translation>Print the e-mail column</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="66" />
      <source>Connection</source>
      <translation>Connection</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="70" />
      <source>Sync every</source>
      <translation>Sync every</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="74" />
      <source>Printing</source>
      <translation>Printing</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="76" />
      <source>Blank rows for walk-ins</source>
      <translation>Blank rows for walk-ins</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="77" />
      <source>Organisation in the header</source>
      <translation>Organisation in the header</translation>
    </message>
  </context>
  <context>
    <name>SyncIssues</name>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="42" />
      <source>Create person</source>
      <translation>Create person</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="43" />
      <source>Edit person</source>
      <translation>Edit person</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="44" />
      <source>Add e-mail address</source>
      <translation>Add e-mail address</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="45" />
      <source>Remove e-mail address</source>
      <translation>Remove e-mail address</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="46" />
      <source>Add phone number</source>
      <translation>Add phone number</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="47" />
      <source>Set category</source>
      <translation>Set category</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="48" />
      <source>Add registration</source>
      <translation>Add registration</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="49" />
      <source>Set approving manager</source>
      <translation>Set approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="50" />
      <source>Send request to approving manager</source>
      <translation>Send request to approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="53" />
      <source>Remove approval</source>
      <translation>Remove approval</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="54" />
      <source>Cancel registration</source>
      <translation>Cancel registration</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="55" />
      <source>Alumni decision</source>
      <translation>Alumni decision</translation>
    </message>
  </context>
  <context>
    <name>SyncIssuesDialog</name>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="179" />
      <source>Sync issues</source>
      <translation>Sync issues</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="183" />
      <source>Refused changes</source>
      <translation>Refused changes</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="185" />
      <source>Discard</source>
      <translation>Discard</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="186" />
      <source>Let this change go; the server's values stay</source>
      <translation>Let this change go; the server's values stay</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="187" />
      <source>Edit and retry…</source>
      <translation>Edit and retry…</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="230" />
      <source>Nothing needs your attention. Changes you make here are sent to the server when you are online.</source>
      <translation>Nothing needs your attention. Changes you make here are sent to the server when you are online.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/sync_ui/issues.py" line="235" />
      <source>The server refused %n change(s). Each is kept until you discard it or retry it.</source>
      <translation>
        <numerusform>The server refused %n change. Each is kept until you discard it or retry it.</numerusform>
        <numerusform>The server refused %n changes. Each is kept until you discard it or retry it.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="299" />
      <source>Discard change</source>
      <translation>Discard change</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="300" />
      <source>Discard “%1”? The server's values stay as they are.</source>
      <translation>Discard “%1”? The server's values stay as they are.</translation>
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
      <translation>synced %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="38" />
      <source>Syncing…</source>
      <translation>Syncing…</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="41" />
      <source>Syncing… %1 rows</source>
      <translation>Syncing… %1 rows</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="45" />
      <source>Offline</source>
      <translation>Offline</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="47" />
      <source>since %1</source>
      <translation>since %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="50" />
      <source>work continues here</source>
      <translation>work continues here</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="53" />
      <source>Sync error: %1</source>
      <translation>Sync error: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="57" />
      <source>retry</source>
      <translation>retry</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="60" />
      <source>Local database only (not connected to a server)</source>
      <translation>Local database only (not connected to a server)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/sync_ui/status.py" line="67" />
      <source>%n pending</source>
      <translation>
        <numerusform>%n pending</numerusform>
        <numerusform>%n pending</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/sync_ui/status.py" line="69" />
      <source>%n need(s) attention</source>
      <translation>
        <numerusform>%n needs attention</numerusform>
        <numerusform>%n need attention</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SyncStatusWidget</name>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="88" />
      <source>Sync state</source>
      <translation>Sync state</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="90" />
      <source>demo data</source>
      <translation>demo data</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="134" />
      <source>Click to see the sync issues and what waits to be sent</source>
      <translation>Click to see the sync issues and what waits to be sent</translation>
    </message>
  </context>
</TS>